"""Points proposed by the other capabilities' events (a problem reported, feedback given, an issue or hazard
closed, a round done): each rule in force whose trigger matches gets a proposal; none counts until a person
confirms it. Handlers run inside the publisher's transaction, so a proposal never outlives a cancelled change."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from gridapp.events import (
    IssueClosed,
    IssueFedBack,
    IssueReported,
    MemberAbsent,
    ProjectFinished,
    RoundCompleted,
    SuggestionAdopted,
)
from gridapp.org.kinds import UnitKind
from gridapp.org.models import Person, Unit
from gridapp.scoring.base import closing_of
from gridapp.scoring.catalogue import install_defaults, is_installed
from gridapp.scoring.entries import new_entry
from gridapp.scoring.kinds import EntrySource, SubjectKind
from gridapp.scoring.models import ScoreCatalogue, ScoreEntry, ScoreRule
from gridapp.scoring.rules import applies_to, in_force
from gridapp.times import plant_date


class Proposer:
    """Turns events into proposals (ScoringService.subscribe connects it to the bus)."""

    def __init__(self, today: Callable[[], dt.date]) -> None:
        self._today = today

    def on_issue_reported(self, session: Session, event: IssueReported) -> None:
        self.propose(session, EntrySource.ISSUE_REPORTED, event.issue_id, event.at, event.reporter_id, event.unit_id)

    def on_issue_fed_back(self, session: Session, event: IssueFedBack) -> None:
        trigger = EntrySource.FEEDBACK_ON_TIME if event.on_time else EntrySource.FEEDBACK_LATE
        self.propose(session, trigger, event.issue_id, event.at, event.person_id, None)

    def on_issue_closed(self, session: Session, event: IssueClosed) -> None:
        trigger = EntrySource.HAZARD_CLOSED if event.hazard else EntrySource.ISSUE_CLOSED
        self.propose(session, trigger, event.issue_id, event.at, event.rectifier_id, event.unit_id)

    def on_round_completed(self, session: Session, event: RoundCompleted) -> None:
        self.propose(session, EntrySource.ROUND_COMPLETED, event.round_id, event.at, event.inspector_id, event.unit_id)

    def on_member_absent(self, session: Session, event: MemberAbsent) -> None:
        self.propose(session, EntrySource.MEETING_ABSENT, event.meeting_id, event.at, event.person_id, event.unit_id)

    def on_suggestion_adopted(self, session: Session, event: SuggestionAdopted) -> None:
        trigger = EntrySource(f"suggestion_{event.category}")
        self.propose(session, trigger, event.suggestion_id, event.at, event.submitter_id, event.unit_id)

    def on_project_finished(self, session: Session, event: ProjectFinished) -> None:
        # The shipped catalogue's 攻关 rule (ST03) names no trigger: a rule in force naming 攻关 and no other
        # trigger counts as this event's, so a site's own 攻关 rule proposes too.
        evidence = f"{event.evidence}：{event.results}" if event.results else event.evidence
        for person in event.people:
            self.propose(
                session, EntrySource.PROJECT_FINISHED, event.project_id, event.at, person, event.unit_id,
                naming="攻关", evidence=evidence[:500],
            )  # fmt: skip

    def propose(
        self,
        session: Session,
        trigger: EntrySource,
        source_id: uuid.UUID,
        at: dt.datetime,
        person_id: uuid.UUID | None,
        unit_id: uuid.UUID | None,
        naming: str | None = None,
        evidence: str = "",
    ) -> list[ScoreEntry]:
        """One proposal per rule in force with ``trigger`` (or, with ``naming``, with no trigger and that word in
        its name): for the person (person catalogues) or the unit where it happened (unit catalogues). A repeated
        event proposes nothing new."""
        if not is_installed(session):
            install_defaults(session)
        matches = ScoreRule.trigger == trigger
        if naming:
            matches = or_(matches, and_(ScoreRule.trigger.is_(None), ScoreRule.name.contains(naming)))
        rules = session.execute(
            select(ScoreRule, ScoreCatalogue.subject, ScoreCatalogue.unit_kind)
            .join(ScoreCatalogue, ScoreCatalogue.code == ScoreRule.catalogue)
            .where(*in_force(), matches, ScoreCatalogue.deleted_at.is_(None))
            .order_by(ScoreRule.catalogue, ScoreRule.position)
        ).all()
        made = []
        for rule, subject, unit_kind in rules:
            if subject is SubjectKind.PERSON:
                person = session.get(Person, person_id) if person_id else None
                if person is None or person.deleted_at is not None:
                    continue
                subject_person, subject_unit = person.id, person.home_unit_id
            else:
                scored = scored_unit(session, unit_kind, unit_id, person_id)
                if scored is None:
                    continue
                subject_person, subject_unit = None, scored
            if not applies_to(session, rule, subject_unit):
                continue
            if _already_proposed(session, trigger, source_id, rule, subject_person, subject_unit):
                continue
            made.append(
                new_entry(
                    session,
                    rule,
                    person_id=subject_person,
                    unit_id=subject_unit,
                    booked_on=self._booking_day(session, at),
                    quantity=1,
                    source=trigger,
                    source_id=source_id,
                    occurred_at=at,
                    reason="",
                    evidence=evidence,
                    proposed_by=None,
                )
            )
        return made

    def _booking_day(self, session: Session, at: dt.datetime) -> dt.date:
        """The local day of the event; today when that day is already frozen in a closed period (or in the future)."""
        today = self._today()
        day = plant_date(at)
        if day > today or closing_of(session, day) is not None:
            return today
        return day


def scored_unit(
    session: Session, kind: UnitKind | None, unit_id: uuid.UUID | None, person_id: uuid.UUID | None
) -> uuid.UUID | None:
    """The unit a unit catalogue's points go to: the unit of the catalogue's kind where the event happened (the
    unit itself or the nearest above it), else the one the person who did the work belongs to (a team's member
    doing a round of a zone's post earns it for the team); None when neither lies in a unit of that kind. A
    catalogue naming no kind takes the event's unit as it is."""
    starts = [unit_id]
    if kind is not None and person_id is not None:
        starts.append(session.scalar(select(Person.home_unit_id).where(Person.id == person_id)))
    for start in starts:
        unit = session.get(Unit, start) if start else None
        for _ in range(32):
            if unit is None or unit.deleted_at is not None:
                break
            if kind is None or unit.kind == kind:
                return unit.id
            unit = session.get(Unit, unit.parent_id) if unit.parent_id else None
    return None


def _already_proposed(
    session: Session,
    trigger: EntrySource,
    source_id: uuid.UUID,
    rule: ScoreRule,
    person_id: uuid.UUID | None,
    unit_id: uuid.UUID,
) -> bool:
    same_code = select(ScoreRule.id).where(ScoreRule.catalogue == rule.catalogue, ScoreRule.code == rule.code)
    conditions = [
        ScoreEntry.source == trigger,
        ScoreEntry.source_id == source_id,
        ScoreEntry.deleted_at.is_(None),
        ScoreEntry.rule_id.in_(same_code),
    ]
    if person_id is not None:
        conditions.append(ScoreEntry.person_id == person_id)
    else:
        conditions += [ScoreEntry.unit_id == unit_id, ScoreEntry.person_id.is_(None)]
    return bool(session.scalar(select(exists().where(*conditions))))
