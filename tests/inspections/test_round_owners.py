"""Every round has one named responsible person (defaulting from the zone's and the grid's role assignments,
chosen by hand when needed); the matrix, the to-do, the alerts and the list of misses name them."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.alerts import Reason, alerts
from gridapp.inspections.kinds import CheckLevel, Frequency
from gridapp.inspections.rows import InspectionRefused, ItemDraft, Refusal, ResultDraft, RoundDraft
from gridapp.inspections.service import InspectionService
from gridapp.org.models import Person
from gridapp.security.rights import AccessDenied
from gridapp.services import Services
from gridapp.times import plant_tz
from gridapp.todo import TodoKind, todo
from tests.inspections.conftest import person_actor, post_named

IN_FORCE = dt.date(2025, 3, 5)  # a Wednesday


def _person(services: Services, name: str) -> uuid.UUID:
    with services.db.read() as s:
        found = s.scalar(select(Person.id).where(Person.name == name))
        assert found is not None
        return found


def _lab_card(ins: InspectionService, actor: Actor, leader: Actor) -> uuid.UUID:
    """A fresh card of the lab post (化验员, in the dosing workshop's zone: the 2nd of the grid's five zones)."""
    post = post_named(ins, "化验员")
    table = next(t for t in ins.documents.document_types() if t.code == "round_table")
    doc = ins.documents.start_document(actor, post.id, table.id)
    ins.documents.add_item(actor, doc, ItemDraft("检查化验仪器", CheckLevel.STAFF, Frequency.DAILY))
    ins.documents.add_item(actor, doc, ItemDraft("检查药品柜", CheckLevel.OFFICER, Frequency.WEEKLY))
    ins.documents.add_item(actor, doc, ItemDraft("检查化验台账", CheckLevel.LEADER, Frequency.MONTHLY))
    ins.editions.release(leader, doc, "1.0", today=IN_FORCE)
    return doc


def _record(ins: InspectionService, actor: Actor, doc: uuid.UUID, level: CheckLevel, frequency: Frequency,
            day: dt.date) -> None:  # fmt: skip
    items = ins.rounds.round_items(doc, level, frequency)
    at = dt.datetime.combine(day, dt.time(10), plant_tz())
    ins.rounds.record(actor, RoundDraft(doc, level, frequency, day, at, None, tuple(ResultDraft(i.id) for i in items)))


def _zone(services: Services) -> uuid.UUID:
    return next(u.id for u in services.org.units() if u.name == "加药车间责任区")


def _owners(ins: InspectionService, zone: uuid.UUID, doc: uuid.UUID, today: dt.date) -> dict[CheckLevel, str]:
    rows = [o for o in ins.rounds.owners(zone, today) if o.group.document_id == doc]
    return {o.group.level: o.owner.name if o.owner else "" for o in rows}


def test_each_round_names_one_person_by_default(services: Services, ins: InspectionService, actor: Actor,
                                                leader: Actor) -> None:  # fmt: skip
    doc = _lab_card(ins, actor, leader)
    # The grid's six officers (宣传员 徐静怡, 领学员 王德明, 攻关员 魏学军, 监督员 宋俊杰, …) and two leaders (熊德明,
    # 贾福生) serve five zones: the dosing zone is the 2nd, so its weekly round falls to the 2nd officer and its
    # monthly one to the 2nd leader; the daily round to the first of the post's staff by employee number.
    assert _owners(ins, _zone(services), doc, dt.date(2025, 3, 12)) == {
        CheckLevel.STAFF: "袁月娥",
        CheckLevel.OFFICER: "王德明",
        CheckLevel.LEADER: "贾福生",
    }


def test_a_red_cell_of_the_matrix_names_who_missed_it(services: Services, ins: InspectionService, actor: Actor,
                                                      leader: Actor) -> None:  # fmt: skip
    doc = _lab_card(ins, actor, leader)
    _record(ins, actor, doc, CheckLevel.STAFF, Frequency.DAILY, dt.date(2025, 3, 5))
    # Today 12 March: the 6th..11th daily rounds are missed (袁月娥); the week of 3 March too (王德明); the week of
    # the 10th and the month are due now.
    matrix = ins.rounds.matrix(_zone(services), dt.date(2025, 3, 1), dt.date(2025, 3, 31), today=dt.date(2025, 3, 12))
    cells = dict(zip(matrix.columns, matrix.cells[0], strict=True))

    def cell(frequency: Frequency, day: int):  # type: ignore[no-untyped-def]
        return next(
            v for c, v in cells.items() if c.frequency is frequency and c.start <= dt.date(2025, 3, day) <= c.end
        )

    assert cell(Frequency.DAILY, 7).overdue == 1 and cell(Frequency.DAILY, 7).overdue_by == ("袁月娥",)
    assert cell(Frequency.DAILY, 5).overdue_by == ()
    assert cell(Frequency.WEEKLY, 4).overdue_by == ("王德明",)
    assert cell(Frequency.WEEKLY, 11).open_by == ("王德明",) and cell(Frequency.WEEKLY, 11).overdue_by == ()
    assert cell(Frequency.MONTHLY, 12).open_by == ("贾福生",)


def test_the_named_person_can_be_chosen_and_the_to_do_follows(services: Services, ins: InspectionService,
                                                              actor: Actor, leader: Actor) -> None:  # fmt: skip
    doc = _lab_card(ins, actor, leader)
    today = dt.date(2025, 3, 12)
    song = _person(services, "宋俊杰")
    # 秦大伟 keeps the zone's cards (CARD_EDIT): he names 宋俊杰 for the weekly round instead of 王德明.
    ins.rounds.set_owner(actor, doc, CheckLevel.OFFICER, Frequency.WEEKLY, None, song)
    owners = {o.group.level: o for o in ins.rounds.owners(_zone(services), today) if o.group.document_id == doc}
    weekly = owners[CheckLevel.OFFICER]
    assert weekly.owner is not None and weekly.owner.name == "宋俊杰" and weekly.chosen
    assert weekly.default is not None and weekly.default.name == "王德明"
    due = [r for r in ins.rounds.due(_zone(services), today) if r.group.document_id == doc]
    assert {r.responsible_names for r in due if r.group.level is CheckLevel.OFFICER} == {("宋俊杰",)}

    # The week of 3 March was missed and the week of 10 March is open: both on 宋俊杰's list, neither on 王德明's.
    def rounds_of(name: str, who_named: str | None = None) -> list[tuple[dt.date, bool, str]]:
        items = todo(services, person_actor(services, _employee_no(services, name)), today).items
        return sorted(
            (i.due, i.overdue, i.person)  # type: ignore[misc]
            for i in items
            if i.kind is TodoKind.ROUND and i.id == doc and i.detail == "化验员"
        )

    assert rounds_of("宋俊杰") == [(dt.date(2025, 3, 9), True, "宋俊杰"), (dt.date(2025, 3, 16), False, "宋俊杰")]
    assert rounds_of("王德明") == []
    # The grid leader 熊德明 answers for none of them, but sees every missed one with the name of who answers
    # for it: yesterday's daily (袁月娥), last week's weekly (宋俊杰); not the open ones.
    assert rounds_of("熊德明") == [(dt.date(2025, 3, 9), True, "宋俊杰"), (dt.date(2025, 3, 11), True, "袁月娥")]

    # Back to the default.
    ins.rounds.set_owner(actor, doc, CheckLevel.OFFICER, Frequency.WEEKLY, None, None)
    assert _owners(ins, _zone(services), doc, today)[CheckLevel.OFFICER] == "王德明"


def _employee_no(services: Services, name: str) -> str:
    with services.db.read() as s:
        found = s.scalar(select(Person.employee_no).where(Person.name == name))
        assert found is not None
        return found


def test_only_who_keeps_the_cards_names_the_person(services: Services, ins: InspectionService, actor: Actor,
                                                   leader: Actor) -> None:  # fmt: skip
    doc = _lab_card(ins, actor, leader)
    staff = person_actor(services, _employee_no(services, "袁月娥"))
    with pytest.raises(AccessDenied):
        ins.rounds.set_owner(staff, doc, CheckLevel.OFFICER, Frequency.WEEKLY, None, staff.person_id)
    with pytest.raises(InspectionRefused) as refused:
        ins.rounds.set_owner(actor, doc, CheckLevel.OFFICER, Frequency.WEEKLY, None, uuid.uuid4())
    assert refused.value.refusal is Refusal.NO_SUCH_PERSON


def test_misses_older_than_one_period_stay_listed_per_person(services: Services, ins: InspectionService,
                                                             actor: Actor, leader: Actor) -> None:  # fmt: skip
    doc = _lab_card(ins, actor, leader)
    for day in (5, 6, 8):
        _record(ins, actor, doc, CheckLevel.STAFF, Frequency.DAILY, dt.date(2025, 3, day))
    _record(ins, actor, doc, CheckLevel.OFFICER, Frequency.WEEKLY, dt.date(2025, 3, 6))
    # Reviewed on 9 April, long after March: the to-do only knows the current and the last period, the list of
    # misses keeps all of March.
    #   daily 5..31 March = 27 days, 3 done → 24 misses (袁月娥);
    #   weeks beginning 3, 10, 17, 24, 31 March (the last ends 6 April, before today) → 3 March done → 4 (王德明);
    #   March's monthly round → 1 (贾福生). The demo's own cards came into force long after March 2025: none.
    misses = ins.rounds.misses(_zone(services), dt.date(2025, 3, 1), dt.date(2025, 3, 31), today=dt.date(2025, 4, 9))
    per_person: dict[str, int] = {}
    for m in misses:
        per_person[m.person] = per_person.get(m.person, 0) + 1
    assert per_person == {"袁月娥": 24, "王德明": 4, "贾福生": 1}
    days = [m.period_start.day for m in misses if m.person == "袁月娥"]
    assert days[:3] == [7, 9, 10] and days[-1] == 31
    assert [m.period_start for m in misses if m.person == "王德明"] == [
        dt.date(2025, 3, 10),
        dt.date(2025, 3, 17),
        dt.date(2025, 3, 24),
        dt.date(2025, 3, 31),
    ]
    # Sorted by person (then period), so the review reads one person at a time.
    names = [m.person for m in misses]
    assert names == sorted(names, key=lambda n: names.index(n))


def test_a_leaders_alerts_name_who_missed_a_round(services: Services) -> None:
    # The demo leaves yesterday's daily round of the filter post (滤池工) undone; its first staff member answers for
    # it, and the grid leader's alerts say so.
    leader = person_actor(services, "DH0001")
    found = [a for a in alerts(services, leader) if a.reason is Reason.ROUND_MISSED]
    assert any(a.person == "段雪莲" for a in found)
