"""Document sets per post: the catalogue (renameable), checkpoint items, the change log, versions, copying a card."""

from __future__ import annotations

import pytest

from gridapp.actor import Actor
from gridapp.inspections.kinds import ChangeAction, CheckLevel, DocumentKind, Frequency, ItemKind
from gridapp.inspections.rows import InspectionRefused, ItemDraft, PostRow, Refusal
from gridapp.inspections.rules import next_version
from gridapp.inspections.service import InspectionService
from gridapp.security.rights import AccessDenied
from tests.inspections.conftest import document_of, post_named

DAILY = ItemDraft(content="检查计量泵运行声音", level=CheckLevel.STAFF, frequency=Frequency.DAILY, standard="无异响")


def test_every_post_has_the_book_four_cards_and_three_tables(ins: InspectionService, dosing: PostRow) -> None:
    entries = ins.documents.document_set(dosing.id)
    kinds = [e.type.kind for e in entries]
    assert kinds.count(DocumentKind.BOOK) == 1 and kinds.count(DocumentKind.CARD) == 4
    assert kinds.count(DocumentKind.TABLE) == 3
    names = [e.type.name for e in entries]
    assert names[:2] == ["岗位手册", "岗位职责卡"] and "巡回检查表" in names
    card = next(e for e in entries if e.type.code == "round_table")
    assert card.version == "4.0" and card.items == 31 and not card.changed_since_release
    # A post of the demo without documents still lists its whole set, not started.
    lab = ins.documents.document_set(post_named(ins, "化验员").id)
    assert len(lab) == 8 and not any(e.started for e in lab)


def test_a_site_renames_a_document_for_every_post(ins: InspectionService, actor: Actor, dosing: PostRow) -> None:
    risk = next(t for t in ins.documents.document_types() if t.code == "risk_card")
    ins.documents.rename_document_type(actor, risk.id, "  岗位风险告知卡 ")
    assert any(e.type.name == "岗位风险告知卡" for e in ins.documents.document_set(dosing.id))
    assert any(e.type.name == "岗位风险告知卡" for e in ins.documents.document_set(post_named(ins, "取水泵工").id))
    with pytest.raises(InspectionRefused) as refused:
        ins.documents.rename_document_type(actor, risk.id, "  ")
    assert refused.value.refusal is Refusal.NAME_REQUIRED


def test_items_are_added_edited_moved_and_removed_with_a_change_log(ins: InspectionService, actor: Actor) -> None:
    post = post_named(ins, "化验员")
    table = next(t for t in ins.documents.document_types() if t.code == "round_table")
    doc = ins.documents.start_document(actor, post.id, table.id)
    assert ins.documents.start_document(actor, post.id, table.id) == doc  # one document per post and type
    a = ins.documents.add_item(actor, doc, DAILY)
    b = ins.documents.add_item(
        actor,
        doc,
        ItemDraft(
            "记录出厂水余氯",
            CheckLevel.STAFF,
            Frequency.DAILY,
            kind=ItemKind.READING,
            lower=0.3,
            upper=2.0,
            unit="mg/L",
        ),
    )
    c = ins.documents.add_item(actor, doc, ItemDraft("检查化验室通风橱", CheckLevel.OFFICER, Frequency.WEEKLY), 0)
    assert [i.content for i in ins.documents.items(doc)] == [c.content, a.content, b.content]
    assert [i.sequence for i in ins.documents.items(doc)] == [1, 2, 3]

    ins.documents.update_item(
        actor, a.id, ItemDraft(a.content, CheckLevel.STAFF, Frequency.DAILY, standard="无异响、无振动")
    )
    ins.documents.move_items(actor, doc, [c.id], 3)  # drag the first item to the end
    assert [i.id for i in ins.documents.items(doc)] == [a.id, b.id, c.id]
    ins.documents.remove_items(actor, [a.id])
    items = ins.documents.items(doc)
    assert [i.id for i in items] == [b.id, c.id] and [i.position for i in items] == [0, 1]

    log = ins.editions.changes(doc)
    actions = [ch.action for ch in log]
    assert actions[-1] is ChangeAction.CREATED
    assert actions.count(ChangeAction.ITEM_ADDED) == 3
    assert ChangeAction.ITEMS_REORDERED in actions and ChangeAction.ITEM_REMOVED in actions
    edit = next(ch for ch in log if ch.action is ChangeAction.ITEM_CHANGED)
    assert (edit.field, edit.old_value, edit.new_value) == ("standard", "无异响", "无异响、无振动")
    assert all(ch.actor_name == "秦大伟" for ch in log)


@pytest.mark.parametrize(
    ("draft", "refusal"),
    [
        (ItemDraft("  ", CheckLevel.STAFF, Frequency.DAILY), Refusal.CONTENT_REQUIRED),
        (ItemDraft("x" * 401, CheckLevel.STAFF, Frequency.DAILY), Refusal.TEXT_TOO_LONG),
        (ItemDraft("清洗溶药罐", CheckLevel.STAFF, Frequency.CUSTOM), Refusal.INTERVAL_REQUIRED),
        (
            ItemDraft("记录压力", CheckLevel.STAFF, Frequency.DAILY, kind=ItemKind.READING, lower=0.5, upper=0.2),
            Refusal.LIMITS_REVERSED,
        ),
    ],
)
def test_bad_items_are_refused(
    ins: InspectionService, actor: Actor, dosing_card, draft: ItemDraft, refusal: Refusal
) -> None:  # type: ignore[no-untyped-def]
    before = ins.documents.items(dosing_card)
    with pytest.raises(InspectionRefused) as refused:
        ins.documents.add_item(actor, dosing_card, draft)
    assert refused.value.refusal is refusal
    assert ins.documents.items(dosing_card) == before


def test_releasing_keeps_each_version_viewable(
    ins: InspectionService, actor: Actor, leader: Actor, dosing_card
) -> None:  # type: ignore[no-untyped-def]
    editions = ins.editions.editions(dosing_card)
    assert [e.version for e in editions] == ["4.0", "3.0"]
    old = ins.editions.edition_content(editions[1].id)
    assert len(old.items) == 27  # 4.0 added four items that fuse the grid's duties into the card
    assert next(i for i in old.items if i.content == "记录PAC投加量").standard == "按工艺要求投加"

    with pytest.raises(InspectionRefused) as refused:
        ins.editions.release(leader, dosing_card, "4.1")
    assert refused.value.refusal is Refusal.NOTHING_TO_RELEASE
    ins.documents.add_item(actor, dosing_card, DAILY)
    assert ins.documents.document(dosing_card).changed_since_release
    for bad, why in (
        ("4.0", Refusal.VERSION_NOT_NEWER),
        ("3.9", Refusal.VERSION_NOT_NEWER),
        ("v5", Refusal.BAD_VERSION),
    ):
        with pytest.raises(InspectionRefused) as refused:
            ins.editions.release(leader, dosing_card, bad)
        assert refused.value.refusal is why
    assert next_version("4.0") == "4.1" and next_version("") == "1.0"
    with pytest.raises(AccessDenied):  # the zone lead edits the card; the grid leader puts it in force
        ins.editions.release(actor, dosing_card, "4.1")
    edition = ins.editions.release(leader, dosing_card, "4.1", "增加计量泵声音检查")
    assert edition.released_by == "熊德明"
    row = ins.documents.document(dosing_card)
    assert row.version == "4.1" and not row.changed_since_release
    # Editing after the release leaves the released edition as it was.
    ins.documents.remove_items(actor, [ins.documents.items(dosing_card)[0].id])
    assert len(ins.editions.edition_content(edition.id).items) == 32
    assert len(ins.editions.content(dosing_card).items) == 31
    assert ins.editions.content(dosing_card).draft


def test_a_first_release_puts_the_card_in_force(ins: InspectionService, actor: Actor, leader: Actor) -> None:
    post = post_named(ins, "化验员")
    table = next(t for t in ins.documents.document_types() if t.code == "round_table")
    doc = ins.documents.start_document(actor, post.id, table.id)
    ins.documents.add_item(actor, doc, DAILY)
    assert ins.rounds.schedule_groups(document_id=doc) == []  # a draft is not in force
    ins.editions.release(leader, doc, "1.0")
    assert ins.documents.document(doc).in_force_from is not None
    assert len(ins.rounds.schedule_groups(document_id=doc)) == 1


def test_copying_a_card_to_another_post(ins: InspectionService, actor: Actor, dosing: PostRow, dosing_card) -> None:  # type: ignore[no-untyped-def]
    lab = post_named(ins, "化验员")
    copied = ins.documents.copy_document(actor, dosing_card, lab.id, replace=False)
    assert [i.content for i in ins.documents.items(copied)] == [i.content for i in ins.documents.items(dosing_card)]
    again = ins.documents.copy_document(actor, dosing_card, lab.id, replace=False)
    assert again == copied and len(ins.documents.items(copied)) == 62  # appended
    ins.documents.copy_document(actor, dosing_card, lab.id, replace=True)
    assert len(ins.documents.items(copied)) == 31
    log = ins.editions.changes(copied)
    assert log[0].action is ChangeAction.COPIED_FROM and log[0].old_value == "加药工 4.0"
    with pytest.raises(InspectionRefused) as refused:
        ins.documents.copy_document(actor, dosing_card, dosing.id, replace=True)
    assert refused.value.refusal is Refusal.SAME_POST
    # The copy is the target's own: changing it leaves the dosing card alone.
    ins.documents.remove_items(actor, [ins.documents.items(copied)[0].id])
    assert len(ins.documents.items(dosing_card)) == 31


def test_text_documents_keep_their_body_and_history(ins: InspectionService, actor: Actor, dosing: PostRow) -> None:
    risk = document_of(ins, dosing, "risk_card")
    before = ins.editions.content(risk).body
    ins.documents.set_body(actor, risk, before + "\n- 雨天巡检注意防滑。")
    assert ins.editions.content(risk).body.endswith("雨天巡检注意防滑。")
    change = ins.editions.changes(risk)[0]
    assert change.action is ChangeAction.BODY_EDITED and change.new_value.endswith("雨天巡检注意防滑。")
