"""A party member's yearly record of organisation life (个人组织生活记录) on the hand-built plant of the scoring tests
(tests/scoring/conftest.py). Today is 2025-05-15 (a Thursday; Q2).

甲一 (甲班, 一区) guards 甲群; he is marked at two group meetings of 甲班 (present, then absent without reason), talks
with 甲群 in Q1 only, submits two suggestions (one adopted) and files two weekly reports of 一区.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from gridapp.events import EventBus
from gridapp.org.models import Guardianship
from gridapp.party_life.kinds import Attendance, SuggestionCategory, SuggestionState, TalkKind
from gridapp.party_life.meetings import MeetingService
from gridapp.party_life.member_record import EXPORT_ACTION, MemberRecordService
from gridapp.party_life.models import Suggestion, ZoneReport
from gridapp.party_life.printing import member_record_pdf
from gridapp.party_life.rows import MeetingDraft, TalkDraft
from gridapp.party_life.talks import TalkService
from gridapp.security.models import AuditRecord
from tests.pdf_checks import assert_all_fonts_embedded, pdf_text
from tests.scoring.conftest import Plant


@pytest.fixture
def records(plant: Plant) -> MemberRecordService:
    today = lambda: plant.today[0]  # noqa: E731
    meetings = MeetingService(plant.db, EventBus(), today=today)
    meetings.ensure_kinds(plant.db.system_actor())
    group = next(k for k in meetings.kinds() if k.code == "party_group")
    for day, mark in [(dt.date(2025, 1, 20), Attendance.PRESENT), (dt.date(2025, 2, 18), Attendance.NO_REASON)]:
        expected = meetings.expected(group.id, plant.units["甲班"], day)
        marks = tuple((a.person_id, mark if a.name == "甲一" else Attendance.PRESENT, "") for a in expected)
        meetings.record(
            plant.actor("沈书记"), MeetingDraft(group.id, plant.units["甲班"], day, f"{day}难题", attendance=marks)
        )
    with plant.db.write(plant.db.system_actor()) as s:
        s.add(
            Guardianship(guardian_id=plant.people["甲一"], ward_id=plant.people["甲群"], starts_on=dt.date(2025, 1, 1))
        )
        for n, state in enumerate((SuggestionState.DONE, SuggestionState.NOT_ADOPTED)):
            s.add(
                Suggestion(
                    unit_id=plant.units["甲班"], submitter_id=plant.people["甲一"], submitted_on=dt.date(2025, 3, 1 + n),
                    title=f"建议{n}", category=SuggestionCategory.SAFETY, state=state,
                )
            )  # fmt: skip
        for week in (dt.date(2025, 4, 28), dt.date(2025, 5, 5), dt.date(2025, 5, 12)):
            s.add(ZoneReport(zone_id=plant.units["一区"], reporter_id=plant.people["甲一"], week=week, state="正常"))
    talks = TalkService(plant.db, today=today)
    draft = TalkDraft(
        plant.people["甲一"],
        plant.people["甲群"],
        dt.date(2025, 2, 3),
        TalkKind.LINKED_QUARTERLY,
        "家中老人住院",
        "每周回访",
    )
    talks.record(plant.actor("甲一"), draft)
    return MemberRecordService(plant.db, today=today)


def exports(plant: Plant) -> list[tuple[str, dict[str, object]]]:
    with plant.db.read() as s:
        return [
            (r.person_name, r.detail)
            for r in s.scalars(select(AuditRecord).where(AuditRecord.action == EXPORT_ACTION).order_by(AuditRecord.seq))
        ]


def test_the_year_of_one_member(plant: Plant, records: MemberRecordService) -> None:
    r = records.record(plant.actor("沈书记"), plant.people["甲一"], 2025)
    assert [(m.held_on, m.attendance) for m in r.meetings] == [
        (dt.date(2025, 1, 20), Attendance.PRESENT),
        (dt.date(2025, 2, 18), Attendance.NO_REASON),
    ]
    assert (r.present, r.on_leave, r.absent_without_reason) == (1, 0, 1)
    assert [(q.quarter, q.started, q.talks, q.links, q.covered) for q in r.quarters] == [
        (1, True, 1, 1, 1),
        (2, True, 0, 1, 0),
        (3, False, 0, 1, 0),
        (4, False, 0, 1, 0),
    ]
    assert (len(r.suggestions), r.adopted) == (2, 1)
    assert r.zones == ("一区",)
    # the weeks begun in 2025 that ended before Thursday 15 May: 6 Jan … 5 May (the week of 12 May still runs)
    assert len(r.weeks_due) == 18 and r.weeks_due[0] == dt.date(2025, 1, 6) and r.weeks_due[-1] == dt.date(2025, 5, 5)
    assert r.weeks_filed[-1] == dt.date(2025, 5, 12) and len(r.weeks_missed) == 16
    assert r.summaries == () and exports(plant) == []  # no reason, no summaries, nothing to audit
    assert records.record(plant.actor("沈书记"), plant.people["甲一"], 2024).meetings == ()


def test_summaries_go_out_only_with_a_reason_recorded_and_only_to_their_readers(
    plant: Plant, records: MemberRecordService
) -> None:
    whom = plant.people["甲一"]
    assert records.record(plant.actor("郑区长"), whom, 2025, "民主评议").summaries == ()  # no TALK_READ over 甲班
    assert exports(plant) == []
    r = records.record(plant.actor("沈书记"), whom, 2025, "  2025年度民主评议  ")
    assert [(t.person, t.summary, t.follow_up) for t in r.summaries] == [("甲群", "家中老人住院", "每周回访")]
    assert r.summaries_reason == "2025年度民主评议"
    [(who, detail)] = exports(plant)
    assert who == "沈书记" and detail["reason"] == "2025年度民主评议" and detail["summaries"] == 1
    assert records.record(plant.actor("沈书记"), whom, 2025, "   ").summaries == ()  # blank is no reason
    assert len(exports(plant)) == 1


def test_the_print(plant: Plant, records: MemberRecordService) -> None:
    r = records.record(plant.actor("沈书记"), plant.people["甲一"], 2025, "民主评议（38℃高温季）")
    pdf = member_record_pdf(r)
    assert_all_fonts_embedded(pdf)
    text = "".join(pdf_text(pdf)).replace(" ", "").replace("\n", "")
    for words in (
        "2025年度党员组织生活记录",
        "甲一",
        "无故缺席",
        "家中老人住院",
        "民主评议（38℃高温季）",
        "党支部书记（签字）",
    ):
        assert words in text, words
    plain = "".join(pdf_text(member_record_pdf(records.record(plant.actor("沈书记"), plant.people["甲一"], 2025))))
    assert "家中老人住院" not in plain
