"""The meetings page's member's yearly record (个人组织生活记录): picked by keyboard, printed; the talk summaries
only once a reason is typed, and the reason in the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLineEdit
from sqlalchemy import select

from gridapp.party_life.kinds import TalkKind
from gridapp.party_life.member_record import EXPORT_ACTION
from gridapp.party_life.rows import TalkDraft
from gridapp.security.models import AuditRecord
from gridapp.security.rights import plant_today
from gridapp.services import Services
from tests.org_helpers import unit
from tests.org_ui import _dialog_failures, _tab_fixture, ok, when_dialog  # noqa: F401  (fixtures)
from tests.test_org_dialogs import wait_for_preview
from ui.org.tab import OrgTab, Page


def test_a_members_record_printed_with_the_summaries_and_a_reason(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    grid = unit(services, "DH-W")
    today = plant_today()
    talks = services.party_life.talks
    link = talks.coverage(grid.id, today.year, (today.month - 1) // 3 + 1).rows[0]
    actor = tab.changes.actor()
    draft = TalkDraft(link.guardian_id, link.ward_id, today, TalkKind.LINKED_QUARTERLY, "Family fine", "Training")
    talks.record(actor, draft)
    guardian = services.org.person(link.guardian_id)
    tab.select_unit(grid.id)
    tab.pages.setCurrentIndex(Page.MEETINGS)
    page = tab.meetings_page
    assert page.member_record_action.isEnabled()
    previews: list[list[int]] = []

    def fill(dialog: QDialog) -> None:
        search = dialog.findChild(QLineEdit, "personSearch")
        search.setFocus()
        QTest.keyClicks(search, guardian.employee_no)
        QTest.keyClick(search, Qt.Key.Key_Return)
        assert dialog.person.person().id == guardian.id  # type: ignore[attr-defined]
        button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
        assert button.isEnabled()
        dialog.findChild(QCheckBox, "recordWithSummaries").setChecked(True)
        assert not button.isEnabled()  # no summaries without a reason
        reason = dialog.findChild(QLineEdit, "recordReason")
        QTest.keyClicks(reason, "Democratic review")
        assert button.isEnabled()
        previews.append(wait_for_preview(qtbot))
        ok(dialog)

    when_dialog(fill)
    page.member_record_action.trigger()
    qtbot.waitUntil(lambda: bool(previews) and bool(previews[0]), timeout=20_000)
    assert previews[0][0] >= 1
    with services.db.read() as s:
        [record] = s.scalars(select(AuditRecord).where(AuditRecord.action == EXPORT_ACTION))
        assert record.detail["reason"] == "Democratic review" and record.detail["summaries"] == 1
        assert record.target_id == str(guardian.id)


def test_from_the_talks_page_the_links_party_member_is_proposed(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    grid = unit(services, "DH-W")
    tab.select_unit(grid.id)
    tab.pages.setCurrentIndex(Page.TALKS)
    page = tab.talks_page
    qtbot.waitUntil(lambda: page.coverage_model.rowCount() > 0)
    page.coverage_view.selectRow(0)
    link = page.current_link()
    assert link is not None
    previews: list[list[int]] = []

    def check(dialog: QDialog) -> None:
        assert dialog.person.person().id == link.guardian_id  # type: ignore[attr-defined]
        previews.append(wait_for_preview(qtbot))
        ok(dialog)

    when_dialog(check)
    page.member_record_action.trigger()
    qtbot.waitUntil(lambda: bool(previews) and bool(previews[0]), timeout=20_000)
    with services.db.read() as s:
        assert s.scalars(select(AuditRecord).where(AuditRecord.action == EXPORT_ACTION)).first() is None  # no reason
