"""Suggestions (合理化建议 / 一记): anyone submits one in a unit; the unit's officer adopts it, declines it with a
reason, or merges it into another on the same point; an adopted one is followed until done. Adoption publishes
``SuggestionAdopted``, from which scoring proposes what its rules give (the star rule for an adopted safety
suggestion, the team rule for a cost one); a person confirms those points as every point is confirmed."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.events import EventBus, SuggestionAdopted
from gridapp.org.models import Person, Unit
from gridapp.org.queries import UnitIndex
from gridapp.party_life.kinds import PartyLifeRefused, Refusal, SuggestionState
from gridapp.party_life.meetings import meeting_moment
from gridapp.party_life.models import Suggestion, live
from gridapp.party_life.rows import SuggestionDraft, SuggestionRow
from gridapp.security.rights import Right, plant_today, require

PUBLIC = (SuggestionState.ADOPTED, SuggestionState.DONE)  # what the 公示 list shows


class SuggestionService:
    def __init__(self, db: Database, events: EventBus, today: Callable[[], dt.date] = plant_today) -> None:
        self._db = db
        self._events = events
        self._today = today

    def submit(self, actor: Actor, draft: SuggestionDraft) -> uuid.UUID:
        title = draft.title.strip()
        if not title:
            raise PartyLifeRefused(Refusal.NAME_REQUIRED)
        submitter = draft.submitter_id or actor.person_id
        if submitter is None:
            raise PartyLifeRefused(Refusal.UNKNOWN)  # a suggestion is always somebody's
        with self._db.write(actor) as s:
            require(s, actor, Right.SUGGESTION_SUBMIT, draft.unit_id)
            live(s, Unit, draft.unit_id)
            live(s, Person, submitter)
            suggestion = Suggestion(
                id=uuid.uuid4(),
                unit_id=draft.unit_id,
                submitter_id=submitter,
                submitted_on=self._today(),
                title=title,
                content=draft.content.strip(),
                category=draft.category,
            )
            s.add(suggestion)
            return suggestion.id

    def review(
        self,
        actor: Actor,
        suggestion_id: uuid.UUID,
        state: SuggestionState,
        note: str = "",
        merged_into: uuid.UUID | None = None,
    ) -> None:
        """Adopt, decline (``note`` says why) or merge (into ``merged_into``) a submitted suggestion."""
        note = note.strip()
        if state not in (SuggestionState.ADOPTED, SuggestionState.NOT_ADOPTED, SuggestionState.MERGED):
            raise PartyLifeRefused(Refusal.NOT_REVIEWABLE)
        if state is SuggestionState.NOT_ADOPTED and not note:
            raise PartyLifeRefused(Refusal.REASON_REQUIRED)
        with self._db.write(actor) as s:
            suggestion = live(s, Suggestion, suggestion_id)
            require(s, actor, Right.SUGGESTION_REVIEW, suggestion.unit_id)
            if suggestion.state is not SuggestionState.SUBMITTED:
                raise PartyLifeRefused(Refusal.NOT_REVIEWABLE)
            if state is SuggestionState.MERGED:
                target = live(s, Suggestion, merged_into) if merged_into else None
                if (
                    target is None
                    or target.id == suggestion.id
                    or target.state
                    not in (
                        SuggestionState.SUBMITTED,
                        *PUBLIC,
                    )
                ):
                    raise PartyLifeRefused(Refusal.BAD_MERGE)
                suggestion.merged_into_id = target.id
            today = self._today()
            suggestion.state, suggestion.review_note = state, note
            suggestion.reviewer_id, suggestion.reviewed_on = actor.person_id, today
            s.flush()
            if state is SuggestionState.ADOPTED:
                event = SuggestionAdopted(
                    suggestion.id,
                    suggestion.unit_id,
                    suggestion.submitter_id,
                    suggestion.category.value,
                    meeting_moment(today),
                )
                self._events.publish(s, event)

    def mark_done(self, actor: Actor, suggestion_id: uuid.UUID, note: str = "") -> None:
        """An adopted suggestion carried out (its follow-up closed)."""
        with self._db.write(actor) as s:
            suggestion = live(s, Suggestion, suggestion_id)
            require(s, actor, Right.SUGGESTION_REVIEW, suggestion.unit_id)
            if suggestion.state is not SuggestionState.ADOPTED:
                raise PartyLifeRefused(Refusal.NOT_REVIEWABLE)
            suggestion.state, suggestion.done_on, suggestion.done_note = (
                SuggestionState.DONE,
                self._today(),
                note.strip(),
            )

    def suggestions(
        self,
        unit_id: uuid.UUID,
        first: dt.date,
        last: dt.date,
        states: Iterable[SuggestionState] | None = None,
    ) -> list[SuggestionRow]:
        """Suggestions submitted in ``unit_id``'s subtree within ``first``..``last``, in order of submission."""
        with self._db.read() as s:
            units = UnitIndex(s).descendants(unit_id)
            return _rows(s, units, first, last, tuple(states) if states is not None else None)

    def adopted(self, unit_id: uuid.UUID, first: dt.date, last: dt.date) -> list[SuggestionRow]:
        """The adopted ones (done or still followed), for posting (公示)."""
        return self.suggestions(unit_id, first, last, PUBLIC)


def _rows(
    session: Session,
    units: list[uuid.UUID],
    first: dt.date,
    last: dt.date,
    states: tuple[SuggestionState, ...] | None,
) -> list[SuggestionRow]:
    submitter, reviewer = aliased(Person), aliased(Person)
    other = aliased(Suggestion)
    query = (
        select(Suggestion, Unit.name, submitter.name, reviewer.name, other.title)
        .join(Unit, Unit.id == Suggestion.unit_id)
        .join(submitter, submitter.id == Suggestion.submitter_id)
        .outerjoin(reviewer, reviewer.id == Suggestion.reviewer_id)
        .outerjoin(other, other.id == Suggestion.merged_into_id)
        .where(
            Suggestion.deleted_at.is_(None),
            Suggestion.unit_id.in_(units),
            Suggestion.submitted_on >= first,
            Suggestion.submitted_on <= last,
        )
        .order_by(Suggestion.submitted_on, Suggestion.created_at)
    )
    if states is not None:
        query = query.where(Suggestion.state.in_(states))
    return [
        SuggestionRow(
            g.id,
            n,
            g.unit_id,
            unit,
            g.submitter_id,
            who,
            g.submitted_on,
            g.title,
            g.content,
            g.category,
            g.state,
            by or "",
            g.reviewed_on,
            g.review_note,
            g.merged_into_id,
            into or "",
            g.done_on,
            g.done_note,
        )
        for n, (g, unit, who, by, into) in enumerate(session.execute(query), start=1)
    ]
