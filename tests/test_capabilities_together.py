"""The capabilities wired as the app wires them: a failed checkpoint raises an issue on the board, and the board's and
the rounds' events propose points that wait for a person (nothing is granted by itself)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from gridapp.inspections.kinds import CheckLevel, Frequency, Outcome, RoundSource
from gridapp.inspections.rows import ResultDraft, RoundDraft
from gridapp.issues.rows import ReportDraft
from gridapp.org.models import Person
from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.models import ScoreEntry
from gridapp.services import Services
from gridapp.times import plant_date
from tests.inspections.conftest import document_of, person_actor, post_named


def _proposals(services: Services, source: EntrySource, source_id: object) -> list[ScoreEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(ScoreEntry).where(ScoreEntry.source == source, ScoreEntry.source_id == source_id)))


def test_a_quick_report_proposes_points_for_the_reporter(services: Services) -> None:
    reporter = person_actor(services, "DH0020")
    with services.db.read() as s:
        unit_id = s.scalar(select(Person.home_unit_id).where(Person.id == reporter.person_id))
    assert unit_id is not None
    ref = services.issues.report(reporter, ReportDraft("加药间地面有积水，易滑倒", unit_id, "safety"))
    proposals = _proposals(services, EntrySource.ISSUE_REPORTED, ref.id)
    assert [(p.person_id, p.status, p.points_tenths) for p in proposals] == [
        (reporter.person_id, EntryStatus.PROPOSED, 0)
    ]


def test_a_failed_checkpoint_raises_an_issue_and_the_round_proposes_points(services: Services) -> None:
    ins = services.inspections
    card = document_of(ins, post_named(ins, "加药工"), "round_table")
    inspector = person_actor(services, "DH0020")
    items = ins.rounds.round_items(card, CheckLevel.STAFF, Frequency.DAILY)
    results = [ResultDraft(items[0].id, Outcome.FAIL, note="计量泵有异响")]
    results += [
        ResultDraft(i.id, reading=(i.lower or 0) + 0.01)
        if i.lower is not None or i.upper is not None
        else ResultDraft(i.id)
        for i in items[1:]
    ]
    now = dt.datetime.now(dt.UTC)
    draft = RoundDraft(card, CheckLevel.STAFF, Frequency.DAILY, plant_date(now), now, inspector.person_id,
                       tuple(results), RoundSource.APP)  # fmt: skip
    recorded = ins.rounds.record(inspector, draft)
    assert recorded.failed == 1 and len(recorded.issues) == 1
    issue_id = recorded.issues[0][0]
    detail = services.issues.detail(issue_id)
    assert detail is not None and "计量泵有异响" in detail.description
    assert {link.kind for link in detail.links} >= {"check_item", "round"}
    assert _proposals(services, EntrySource.ROUND_COMPLETED, recorded.round_id)
    assert _proposals(services, EntrySource.ISSUE_REPORTED, issue_id)
