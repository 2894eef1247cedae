"""Each event kind proposes points under the rules whose trigger it matches; nothing counts until confirmed.

Events are published the way the issue board and the inspection rounds publish them: inside a write transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from gridapp.events import EventBus, IssueClosed, IssueFedBack, IssueReported, RoundCompleted
from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import EntryQuery, EntryRow, StandingQuery
from tests.scoring.conftest import Plant

AT = dt.datetime(2025, 5, 10, 2, 30, tzinfo=dt.UTC)


@pytest.fixture
def bus(plant: Plant) -> EventBus:
    events = EventBus()
    plant.scoring.subscribe(events)
    return events


def publish(plant: Plant, bus: EventBus, event: object) -> list[EntryRow]:
    with plant.db.write(plant.db.system_actor()) as session:
        bus.publish(session, event)
    return proposals(plant)


def proposals(plant: Plant) -> list[EntryRow]:
    found = []
    for catalogue in ("star", "team"):
        found += plant.scoring.entries.all(EntryQuery(catalogue, status=EntryStatus.PROPOSED))
    return found


def summary(rows: list[EntryRow]) -> set[tuple[str, str, str, Decimal, EntrySource]]:
    return {(e.catalogue, e.rule_code, e.subject, e.requested, e.source) for e in rows}


def test_each_event_kind_proposes_its_rules(plant: Plant, bus: EventBus) -> None:
    issue, hazard, chore, round_id = (uuid.uuid4() for _ in range(4))
    zone = plant.units["一区"]
    team = plant.units["甲班"]
    who = plant.people["甲一"]
    publish(plant, bus, IssueReported(issue, zone, who, AT))
    publish(plant, bus, IssueFedBack(issue, who, True, AT))
    publish(plant, bus, IssueFedBack(chore, plant.people["甲二"], False, AT))
    publish(plant, bus, IssueClosed(hazard, zone, who, plant.people["林网格长"], True, AT))
    publish(plant, bus, IssueClosed(chore, zone, plant.people["甲二"], plant.people["林网格长"], False, AT))
    rows = publish(plant, bus, RoundCompleted(round_id, team, plant.people["甲三"], "daily", AT))
    assert summary(rows) == {
        ("star", "SP01", "甲一", Decimal(1), EntrySource.ISSUE_REPORTED),
        ("star", "SD03", "甲一", Decimal(1), EntrySource.FEEDBACK_ON_TIME),
        ("star", "SD04", "甲二", Decimal(-1), EntrySource.FEEDBACK_LATE),
        ("star", "SR01", "甲一", Decimal(3), EntrySource.HAZARD_CLOSED),
        # The team assessment scores teams: the hazard of 一区 was closed by 甲一, so 甲班 earns it (issue 15).
        ("team", "SE05", "甲班", Decimal("0.5"), EntrySource.HAZARD_CLOSED),
        ("star", "SR02", "甲二", Decimal(1), EntrySource.ISSUE_CLOSED),
        ("star", "ST01", "甲三", Decimal("0.5"), EntrySource.ROUND_COMPLETED),
        ("team", "PR05", "甲班", Decimal("0.2"), EntrySource.ROUND_COMPLETED),
    }
    assert all(e.points == 0 and e.proposed_by == "" and e.booked_on == dt.date(2025, 5, 10) for e in rows)
    assert {e.source_id for e in rows if e.source is EntrySource.ROUND_COMPLETED} == {round_id}


def test_proposals_count_only_once_a_person_confirms(plant: Plant, bus: EventBus) -> None:
    may = Period(PeriodKind.MONTH, 2025, 5)
    query = StandingQuery("star", may, plant.units["东风厂"])
    rows = publish(plant, bus, IssueReported(uuid.uuid4(), plant.units["甲班"], plant.people["甲一"], AT))
    assert {r.name: r.points for r in plant.scoring.standings.all(query)}["甲一"] == 0
    plant.scoring.entries.confirm(plant.actor("郑区长"), [rows[0].id])
    assert {r.name: r.points for r in plant.scoring.standings.all(query)}["甲一"] == Decimal(1)


def test_a_repeated_event_proposes_nothing_new_and_anonymous_events_nothing(plant: Plant, bus: EventBus) -> None:
    event = IssueReported(uuid.uuid4(), plant.units["甲班"], plant.people["甲一"], AT)
    publish(plant, bus, event)
    assert len(publish(plant, bus, event)) == 1
    assert len(publish(plant, bus, IssueReported(uuid.uuid4(), plant.units["甲班"], None, AT))) == 1


def test_an_event_dated_in_a_closed_period_is_booked_today(plant: Plant, bus: EventBus) -> None:
    plant.scoring.periods.close(plant.actor("沈书记"), Period(PeriodKind.MONTH, 2025, 4))
    late = dt.datetime(2025, 4, 29, 3, 0, tzinfo=dt.UTC)
    rows = publish(plant, bus, IssueReported(uuid.uuid4(), plant.units["甲班"], plant.people["甲一"], late))
    assert rows[0].booked_on == dt.date(2025, 5, 15) and rows[0].occurred_at == late


def test_a_proposal_rolls_back_with_the_change_that_caused_it(plant: Plant, bus: EventBus) -> None:
    with pytest.raises(RuntimeError), plant.db.write(plant.db.system_actor()) as session:
        bus.publish(session, IssueReported(uuid.uuid4(), plant.units["甲班"], plant.people["甲一"], AT))
        raise RuntimeError("the report failed")
    assert proposals(plant) == []


def test_services_subscribe_scoring_to_the_bus(services) -> None:  # type: ignore[no-untyped-def]
    person = services.org.search_people("DH0012")[0]
    before = services.scoring.entries.count(EntryQuery("star", status=EntryStatus.PROPOSED))
    with services.db.write(services.db.system_actor()) as session:
        services.events.publish(
            session, IssueReported(uuid.uuid4(), person.unit_id, person.id, dt.datetime.now(dt.UTC))
        )
    assert services.scoring.entries.count(EntryQuery("star", status=EntryStatus.PROPOSED)) == before + 1
