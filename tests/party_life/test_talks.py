"""Talks and their quarterly 1+N coverage on the hand-built plant of the scoring tests (tests/scoring/conftest.py),
with three staff members added: 甲群 is in 甲班 already; 乙群一 and 乙群二 join 乙班. Today is 2025-05-15 (Q2).

Links: 甲一 → 甲群, 乙一 → 乙群一, 乙一 → 乙群二, 甲二 → 乙二 (ended 2025-03-31: not in Q2).
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from gridapp.org.kinds import PartyStatus
from gridapp.org.models import Guardianship, Person
from gridapp.party_life.kinds import PartyLifeRefused, TalkKind
from gridapp.party_life.rows import TalkDraft
from gridapp.party_life.talks import TalkService, quarter_span
from gridapp.security.rights import AccessDenied
from tests.scoring.conftest import Plant


@pytest.fixture
def talks(plant: Plant) -> TalkService:
    with plant.db.write(plant.db.system_actor()) as s:
        for i, name in enumerate(("乙群一", "乙群二")):
            p = Person(
                id=uuid.uuid4(), name=name, employee_no=f"Y{i}", home_unit_id=plant.units["乙班"],
                party_status=PartyStatus.MASSES, name_pinyin=f"y{i}", name_initials="",
            )  # fmt: skip
            s.add(p)
            plant.people[name] = p.id
        s.flush()
        since = dt.date(2025, 1, 1)
        for guardian, ward, ends in [
            ("甲一", "甲群", None),
            ("乙一", "乙群一", None),
            ("乙一", "乙群二", None),
            ("甲二", "乙二", dt.date(2025, 3, 31)),
        ]:
            s.add(
                Guardianship(
                    guardian_id=plant.people[guardian], ward_id=plant.people[ward], starts_on=since, ends_on=ends
                )
            )
    return TalkService(plant.db, today=lambda: plant.today[0])


def talk(plant: Plant, service: TalkService, talker: str, person: str, day: dt.date, kind: TalkKind, by: str = ""):  # type: ignore[no-untyped-def]
    draft = TalkDraft(plant.people[talker], plant.people[person], day, kind, f"{talker}与{person}谈心", "跟进")
    return service.record(plant.actor(by or talker), draft)


def test_a_quarter_with_talks_missing_lists_exactly_them(plant: Plant, talks: TalkService) -> None:
    q = TalkKind.LINKED_QUARTERLY
    talk(plant, talks, "甲一", "甲群", dt.date(2025, 4, 10), q)
    talk(plant, talks, "乙一", "乙群一", dt.date(2025, 5, 2), TalkKind.HARDSHIP)  # any talk of the two covers it
    talk(plant, talks, "乙一", "乙群二", dt.date(2025, 3, 28), q)  # last quarter's
    talk(plant, talks, "沈书记", "乙群二", dt.date(2025, 4, 20), TalkKind.CONFLICT, by="沈书记")  # not the guardian
    coverage = talks.coverage(plant.units["一网格"], 2025, 2)
    assert (coverage.first, coverage.last) == quarter_span(2025, 2) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    assert {(r.guardian, r.ward, r.talked_on) for r in coverage.rows} == {
        ("甲一", "甲群", dt.date(2025, 4, 10)),
        ("乙一", "乙群一", dt.date(2025, 5, 2)),
        ("乙一", "乙群二", None),
    }  # 甲二 → 乙二 ended before the quarter
    assert [(r.guardian, r.ward) for r in coverage.missing] == [("乙一", "乙群二")]
    assert [r.ward for r in talks.coverage(plant.units["一区"], 2025, 2).rows] == ["甲群"]
    q1 = talks.coverage(plant.units["一网格"], 2025, 1)
    assert {(r.guardian, r.ward) for r in q1.missing} == {("甲一", "甲群"), ("乙一", "乙群一"), ("甲二", "乙二")}


def test_summaries_are_read_by_the_talker_and_the_units_leaders_only(plant: Plant, talks: TalkService) -> None:
    talk(plant, talks, "甲一", "甲群", dt.date(2025, 4, 10), TalkKind.LINKED_QUARTERLY)
    span = (dt.date(2025, 4, 1), dt.date(2025, 6, 30))

    def summaries(reader: str) -> list[str | None]:
        return [t.summary for t in talks.talks(plant.actor(reader), plant.units["一网格"], *span)]

    assert summaries("甲一") == ["甲一与甲群谈心"]  # the talker
    assert summaries("沈书记") == ["甲一与甲群谈心"]  # the branch secretary
    assert summaries("林网格长") == ["甲一与甲群谈心"]  # the grid leader
    assert summaries("郑区长") == [None]  # the zone lead sees that it happened, not what was said
    assert summaries("甲二") == [None]
    row = talks.talks(plant.actor("甲二"), plant.units["一网格"], *span)[0]
    assert row.restricted and row.follow_up is None and row.held_on == dt.date(2025, 4, 10)


def test_refusals(plant: Plant, talks: TalkService) -> None:
    with pytest.raises(AccessDenied):
        talk(plant, talks, "甲一", "乙群一", dt.date(2025, 4, 10), TalkKind.OTHER)  # outside his own line of units
    with pytest.raises(PartyLifeRefused):
        talk(plant, talks, "甲一", "甲一", dt.date(2025, 4, 10), TalkKind.OTHER)
    with pytest.raises(PartyLifeRefused):
        talk(plant, talks, "甲一", "甲群", dt.date(2025, 5, 16), TalkKind.OTHER)  # tomorrow
    mine = talk(plant, talks, "甲一", "甲群", dt.date(2025, 4, 10), TalkKind.LINKED_QUARTERLY)
    with pytest.raises(AccessDenied):  # 甲二 may record talks in 甲班, but not change what he may not read
        talks.record(
            plant.actor("甲二"),
            TalkDraft(plant.people["甲一"], plant.people["甲群"], dt.date(2025, 4, 10), TalkKind.OTHER, id=mine),
        )
    talks.delete(plant.actor("甲一"), mine)
    assert talks.talks(plant.actor("沈书记"), plant.units["一网格"], dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == []
