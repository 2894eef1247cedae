"""Meetings of party life on the hand-built plant of the scoring tests (tests/scoring/conftest.py):

东风厂 → 一网格 (secretary 沈书记) → 一区 → 甲班 (甲一 甲二 甲三 party members, 甲群 masses), 二区 → 乙班 (乙一 乙二).
Today is 2025-05-15; the shipped catalogue wants a party group meeting (党小组会) of each team every month.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from gridapp.events import EventBus
from gridapp.party_life.kinds import Attendance, Attendees, MeetingFrequency, MeetingStatus, PartyLifeRefused
from gridapp.party_life.meetings import MeetingService, period_of
from gridapp.party_life.rows import MeetingDraft, MeetingKindDraft
from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.rows import EntryQuery
from gridapp.security.rights import AccessDenied
from tests.scoring.conftest import Plant


@pytest.fixture
def meetings(plant: Plant) -> MeetingService:
    events = EventBus()
    plant.scoring.subscribe(events)
    service = MeetingService(plant.db, events, today=lambda: plant.today[0])
    assert service.ensure_kinds(plant.db.system_actor())
    assert not service.ensure_kinds(plant.db.system_actor())  # once
    return service


STATUS_LETTER = {
    MeetingStatus.OVERDUE: "!",
    MeetingStatus.DONE: "✓",
    MeetingStatus.OPEN: "·",
    MeetingStatus.UPCOMING: "-",
}


def kind(service: MeetingService, code: str):  # type: ignore[no-untyped-def]
    return next(k for k in service.kinds() if k.code == code)


def group_meeting(plant: Plant, service: MeetingService, team: str, day: dt.date, **marks: Attendance):  # type: ignore[no-untyped-def]
    group = kind(service, "party_group")
    expected = service.expected(group.id, plant.units[team], day)
    attendance = tuple((a.person_id, marks.get(a.name, Attendance.PRESENT), "") for a in expected)
    draft = MeetingDraft(group.id, plant.units[team], day, "班组难题攻关", attendance=attendance)
    return service.record(plant.actor("沈书记"), draft)


def absent_proposals(plant: Plant):  # type: ignore[no-untyped-def]
    rows = plant.scoring.entries.all(EntryQuery("star", status=EntryStatus.PROPOSED))
    return [e for e in rows if e.source is EntrySource.MEETING_ABSENT]


def test_the_shipped_catalogue_and_periods(meetings: MeetingService) -> None:
    kinds = {k.code: k for k in meetings.kinds()}
    assert [k.name for k in meetings.kinds()] == [
        "支部党员大会", "支委会", "党小组会", "党课", "主题党日", "网格理论学习研讨会（三必讲）"
    ]  # fmt: skip
    assert kinds["party_group"].frequency is MeetingFrequency.MONTHLY
    assert kinds["branch_general"].frequency is MeetingFrequency.QUARTERLY
    assert period_of(MeetingFrequency.QUARTERLY, dt.date(2025, 5, 15)) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    assert period_of(MeetingFrequency.HALF_YEARLY, dt.date(2025, 8, 1)) == (dt.date(2025, 7, 1), dt.date(2025, 12, 31))


def test_expected_attendees_are_the_teams_party_members(plant: Plant, meetings: MeetingService) -> None:
    group = kind(meetings, "party_group")
    names = {a.name for a in meetings.expected(group.id, plant.units["甲班"])}
    assert names == {"甲一", "甲二", "甲三"}  # 甲群 is not a party member
    committee = kind(meetings, "branch_committee")
    assert {a.name for a in meetings.expected(committee.id, plant.units["一网格"])} == {"林网格长", "沈书记", "苏监督"}


def test_a_month_without_the_group_meeting_is_overdue_and_alerted(plant: Plant, meetings: MeetingService) -> None:
    group_meeting(plant, meetings, "甲班", dt.date(2025, 4, 8))  # 甲班 met in April; 乙班 did not
    matrix = meetings.matrix(plant.units["一网格"], first=dt.date(2025, 3, 1), months=4)
    assert matrix.months == (dt.date(2025, 3, 1), dt.date(2025, 4, 1), dt.date(2025, 5, 1), dt.date(2025, 6, 1))
    rows = {(r.unit, r.kind): r for r in matrix.rows}
    statuses = {key: "".join(STATUS_LETTER[c.status] for c in row.cells) for key, row in rows.items()}
    assert statuses[("甲班", "党小组会")] == "!✓·-"
    assert statuses[("乙班", "党小组会")] == "!!·-"
    assert statuses[("一网格", "支部党员大会")] == "!···"  # Q1 missed, Q2 running
    assert ("一区", "党小组会") not in rows  # zones hold none; teams do
    # the alert: the last ended period (April) of the group meeting missed by 乙班 only
    missed = meetings.missed_for(plant.people["沈书记"])
    group = [(m.unit, m.period_start) for m in missed if m.kind == "党小组会"]
    assert group == [("乙班", dt.date(2025, 4, 1))]
    assert meetings.missed_for(plant.people["甲一"]) == []  # leads nothing
    assert meetings.missed_for(plant.people["郑区长"]) == []  # leads 一区, whose 甲班 met
    group_meeting(plant, meetings, "乙班", dt.date(2025, 4, 30))
    assert [m for m in meetings.missed(plant.units["一网格"]) if m.kind == "党小组会"] == []


def test_an_absence_without_reason_proposes_one_deduction(plant: Plant, meetings: MeetingService) -> None:
    meeting = group_meeting(
        plant, meetings, "甲班", dt.date(2025, 5, 6), 甲二=Attendance.NO_REASON, 甲三=Attendance.SICK_LEAVE
    )
    found = absent_proposals(plant)
    assert [(e.rule_code, e.person_name, e.requested, e.booked_on) for e in found] == [
        ("SD06", "甲二", Decimal(-2), dt.date(2025, 5, 6))
    ]
    detail = meetings.detail(meeting)
    assert (detail.meeting.present, detail.meeting.absent, detail.meeting.absent_without_reason) == (1, 2, 1)
    # saving the record again proposes nothing new
    again = tuple((a.person_id, a.attendance, "改") for a in detail.attendees)
    draft = MeetingDraft(group_id := detail.meeting.kind_id, plant.units["甲班"], dt.date(2025, 5, 6), "再存")
    meetings.record(plant.actor("沈书记"), replace(draft, attendance=again, id=meeting))
    assert group_id == kind(meetings, "party_group").id
    assert len(absent_proposals(plant)) == 1
    # nothing counts until a person with the rule's role confirms it: the secretary does
    plant.scoring.entries.confirm(plant.actor("沈书记"), [found[0].id])
    confirmed = plant.scoring.entries.all(EntryQuery("star", status=EntryStatus.CONFIRMED))
    assert [(e.person_name, e.points, e.decided_by) for e in confirmed] == [("甲二", Decimal(-2), "沈书记")]


def test_refusals(plant: Plant, meetings: MeetingService) -> None:
    group = kind(meetings, "party_group")
    draft = MeetingDraft(group.id, plant.units["甲班"], dt.date(2025, 5, 6), "学习")
    with pytest.raises(AccessDenied):
        meetings.record(plant.actor("甲一"), draft)  # plain staff keeps no record
    with pytest.raises(PartyLifeRefused):
        meetings.record(plant.actor("沈书记"), MeetingDraft(group.id, plant.units["甲班"], dt.date(2025, 6, 1), "x"))
    meeting = meetings.record(plant.actor("沈书记"), draft)
    with pytest.raises(PartyLifeRefused):
        meetings.delete_kind(plant.actor("林网格长"), group.id)  # in use: switched off instead
    row = meetings.save_kind(
        plant.actor("林网格长"),
        MeetingKindDraft("party_group", "党小组会", MeetingFrequency.MONTHLY, Attendees.PARTY_MEMBERS, None, False),
        group.id,
    )
    assert not row.in_use
    assert meetings.matrix(plant.units["一网格"]).rows and all(r.kind != "党小组会" for r in meetings.matrix(
        plant.units["一网格"]).rows)  # fmt: skip
    meetings.delete(plant.actor("沈书记"), meeting)
    assert meetings.meetings(plant.units["一网格"], dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == []
