"""A paper checklist keyed in by a clerk: the inspector who found the failure reports it and gets the points; the
clerk is recorded as who entered it, and the audit trail names the clerk."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from gridapp.inspections.kinds import CheckLevel, Frequency, Outcome, RoundSource
from gridapp.inspections.rows import ResultDraft, RoundDraft
from gridapp.inspections.service import InspectionService
from gridapp.issues.kinds import EventKind
from gridapp.scoring.kinds import EntrySource
from gridapp.scoring.rows import EntryQuery
from gridapp.security.models import AuditRecord
from gridapp.services import Services
from gridapp.times import plant_date
from tests.inspections.conftest import person_actor

NOW = dt.datetime.now(dt.UTC)
TODAY = plant_date(NOW)


def test_a_keyed_in_failure_is_reported_by_the_inspector_and_entered_by_the_clerk(
    services: Services, ins: InspectionService, dosing_card: uuid.UUID
) -> None:
    inspector = person_actor(services, "DH0020")  # 邹淑英 walked the round with the paper checklist
    clerk = person_actor(services, "DH0002")  # who types it in (holds ROUND_RECORD over the post's unit)
    items = ins.rounds.round_items(dosing_card, CheckLevel.STAFF, Frequency.DAILY)
    # One failed item, everything else passes: exactly one issue, one quick-report proposal.
    results = tuple(
        ResultDraft(item.id, Outcome.FAIL, note="计量泵有异响")
        if n == 0
        else ResultDraft(item.id, Outcome.PASS)
        if item.kind.value != "reading"
        else ResultDraft(item.id, reading=(item.lower or 0) + 0.01)
        for n, item in enumerate(items)
    )
    draft = RoundDraft(
        dosing_card, CheckLevel.STAFF, Frequency.DAILY, TODAY, NOW, inspector.person_id, results, RoundSource.PAPER
    )
    recorded = ins.rounds.record(clerk, draft)
    assert recorded.failed == 1
    (issue_id, _number) = recorded.issues[0]

    detail = services.issues.detail(issue_id)
    assert detail is not None
    # The reporter is the inspector; the clerk is who entered it (the REPORTED event's actor).
    assert detail.reporter_id == inspector.person_id
    assert detail.entered_by is not None and detail.entered_by.id == clerk.person_id
    reported = next(e for e in detail.events if e.kind is EventKind.REPORTED)
    assert reported.actor_id == clerk.person_id
    # Replaying the events gives the same reporter as the stored row.
    assert services.issues.replayed(issue_id).reporter_id == inspector.person_id

    # The quick-report points (star SP01) are proposed for the inspector, none for the clerk.
    proposals = [
        e
        for e in services.scoring.entries.all(EntryQuery("star"))
        if e.source is EntrySource.ISSUE_REPORTED and e.source_id == issue_id
    ]
    assert [e.person_id for e in proposals] == [inspector.person_id]

    # The audit trail names the clerk as the one who wrote it.
    with services.db.read() as s:
        record = s.scalars(
            select(AuditRecord).where(AuditRecord.action.like("%RoundService.record%")).order_by(AuditRecord.seq.desc())
        ).first()
    assert record is not None and record.person_id == clerk.person_id


def test_the_inspector_keying_in_their_own_round_is_reporter_with_nobody_else_named(
    services: Services, ins: InspectionService, dosing_card: uuid.UUID
) -> None:
    inspector = person_actor(services, "DH0020")
    items = ins.rounds.round_items(dosing_card, CheckLevel.STAFF, Frequency.DAILY)
    results = tuple(
        ResultDraft(item.id, Outcome.FAIL)
        if n == 0
        else ResultDraft(item.id, Outcome.PASS)
        if item.kind.value != "reading"
        else ResultDraft(item.id, reading=(item.lower or 0) + 0.01)
        for n, item in enumerate(items)
    )
    draft = RoundDraft(
        dosing_card, CheckLevel.STAFF, Frequency.DAILY, TODAY, NOW, inspector.person_id, results, RoundSource.PAPER
    )
    recorded = ins.rounds.record(inspector, draft)
    detail = services.issues.detail(recorded.issues[0][0])
    assert detail is not None and detail.reporter_id == inspector.person_id and detail.entered_by is None
