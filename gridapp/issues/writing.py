"""The write side's plumbing shared by every change: loading and locking an issue, how the acting person stands to
it, checks beyond the state machine (hazards' five fixes, people, links, photos), the deadlines events start, the
acceptance and completion limits per category, and appending one event and applying it to the issue's row."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.events import EventBus
from gridapp.issues import catalogue, search
from gridapp.issues.clock import (
    Calendar,
    deadline_after,
    deadline_until,
    end_of_local_day,
)
from gridapp.issues.errors import InputProblem, IssueInputError, Refusal, TransitionRefused
from gridapp.issues.handovers import HandoverRecords
from gridapp.issues.kinds import (
    DEFAULT_COLOUR,
    Action,
    Change,
    ClockKind,
    EventKind,
    FiveFix,
    HazardGrade,
    IssueState,
    LinkKind,
    Party,
)
from gridapp.issues.models import HISTORY_ORDER, Issue, IssueCategory, IssueEvent, IssuePhoto
from gridapp.issues.permissions import anyone_in_charge, live_parent, parties_of
from gridapp.issues.photos import StoredPhoto
from gridapp.issues.projection import EventRecord, apply_event, hazard_data, id_text, time_text
from gridapp.issues.queries import IssueQueries
from gridapp.issues.rows import HazardDraft, IssueLinkDraft
from gridapp.issues.workflow import CHANGE_RULES, Situation
from gridapp.org.models import Person
from gridapp.security.rights import Right, plant_root, require

MAX_TITLE = 200
MAX_TEXT = 10_000

# Who may change what besides the transitions (every one of them refused on a closed issue, except comments).


class IssueWriter(IssueQueries, HandoverRecords):
    _events: EventBus

    def set_category_limits(self, actor: Actor, limits: dict[str, catalogue.Limits]) -> None:
        """Change the acceptance clock and the default completion per category, in one transaction.

        Clocks already running keep their time (they are part of their events); new waits and feedbacks use these.
        """
        for found in limits.values():
            if not catalogue.ACCEPT_MINUTES[0] <= found.accept_minutes <= catalogue.ACCEPT_MINUTES[1]:
                raise IssueInputError(InputProblem.HOURS_INVALID, clock="accept", minutes=found.accept_minutes)
            if not catalogue.COMPLETE_DAYS[0] <= found.complete_days <= catalogue.COMPLETE_DAYS[1]:
                raise IssueInputError(InputProblem.HOURS_INVALID, clock="complete", days=found.complete_days)
        with self._db.write(actor) as s:
            require(s, actor, Right.CLOCK_SETTINGS, plant_root(s))
            categories = catalogue.install_categories(s)
            for code, wanted in limits.items():
                category = categories.get(code)
                if category is None:
                    raise IssueInputError(InputProblem.CATEGORY_UNKNOWN, code=code)
                category.accept_minutes = wanted.accept_minutes
                category.accept_clock = wanted.accept_clock
                category.complete_days = wanted.complete_days

    def _situation(self, s: Session, actor: Actor, issue: Issue) -> Situation:
        now = self._clock.now()
        today = self._today(s, now)
        parent = live_parent(s, issue.unit_id)
        return Situation(
            state=issue.state,
            parties=parties_of(s, actor, issue, today),
            actor_id=actor.person_id,
            rectifier_id=issue.rectifier_id,
            responsible_id=issue.responsible_id,
            is_hazard=issue.is_hazard,
            major_hazard=issue.is_hazard and issue.hazard_grade is HazardGrade.MAJOR,
            has_parent=parent is not None,
            someone_above=parent is not None and anyone_in_charge(s, parent, today),
            overdue=issue.deadline_at is not None and now > issue.deadline_at,
        )

    def _today(self, s: Session, now: dt.datetime) -> dt.date:
        return catalogue.read_calendar(s).local_date(now)

    def _check_change(self, s: Session, actor: Actor, issue: Issue, change: Change) -> None:
        if issue.state is IssueState.CLOSED:
            raise IssueInputError(InputProblem.ISSUE_CLOSED)
        who = CHANGE_RULES.get(change)
        if who is None:
            return  # anyone may add photos and links
        parties = parties_of(s, actor, issue, self._today(s, self._clock.now()))
        if Party.SYSTEM in parties:
            return
        if change == Change.EDIT and parties == {Party.REPORTER} and issue.state is not IssueState.REPORTED:
            raise TransitionRefused(change, Refusal.NOT_PERMITTED)
        if not parties & who:
            raise TransitionRefused(change, Refusal.NOT_PERMITTED)

    def _assignment(
        self, s: Session, issue: Issue, assignee_id: uuid.UUID | None, due: dt.date | None, now: dt.datetime
    ) -> dict[str, Any]:
        if assignee_id is None:
            raise TransitionRefused(Action.ASSIGN, Refusal.ASSIGNEE_REQUIRED)
        if (
            s.scalar(
                select(Person.id).where(Person.id == assignee_id, Person.deleted_at.is_(None), Person.left_on.is_(None))
            )
            is None
        ):
            raise TransitionRefused(Action.ASSIGN, Refusal.ASSIGNEE_UNKNOWN)
        category = catalogue.install_categories(s).get(issue.category_code)
        minutes = category.feedback_minutes if category else 480
        kind = category.clock if category else ClockKind.CALENDAR
        calendar = catalogue.read_calendar(s)
        feedback = deadline_after(now, minutes, kind, calendar)
        data: dict[str, Any] = {
            "assignee": id_text(assignee_id),
            "feedback_due": time_text(feedback.due),
            "feedback_soon": time_text(feedback.soon),
            "clock": kind.value,
            "minutes": minutes,
        }
        if due is not None:
            if due < calendar.local_date(now):
                raise IssueInputError(InputProblem.DEADLINE_IN_PAST)
            completion = deadline_until(now, end_of_local_day(due, calendar))
            data["due"] = time_text(completion.due)
            data["due_soon"] = time_text(completion.soon)
        return data

    def _hazard_data(
        self,
        s: Session,
        hazard: HazardDraft,
        now: dt.datetime,
        calendar: Calendar,
        start: dt.datetime | None = None,
        current_due: dt.datetime | None = None,
    ) -> dict[str, Any]:
        measures, funds, plan = hazard.measures.strip(), hazard.funds.strip(), hazard.contingency_plan.strip()
        if hazard.grade is HazardGrade.MAJOR:
            missing = [
                fix
                for fix, given in (
                    (FiveFix.RESPONSIBLE, hazard.responsible_id is not None),
                    (FiveFix.MEASURES, bool(measures)),
                    (FiveFix.FUNDS, bool(funds)),
                    (FiveFix.DEADLINE, hazard.deadline is not None),
                    (FiveFix.CONTINGENCY, bool(plan)),
                )
                if not given
            ]
            if missing:
                raise IssueInputError(InputProblem.FIVE_FIXES_MISSING, missing=missing)
        if hazard.responsible_id is not None:
            self._check_people(s, [hazard.responsible_id])
        deadline_day = hazard.deadline
        if deadline_day is None:
            days = catalogue.hazard_days(hazard.grade)
            deadline_day = calendar.local_date(start or now) + dt.timedelta(days=days) if days else None
        elif deadline_day < calendar.local_date(now) and end_of_local_day(deadline_day, calendar) != current_due:
            # An unchanged deadline may lie in the past (the hazard is overdue); a new one may not.
            raise IssueInputError(InputProblem.DEADLINE_IN_PAST)
        deadline = deadline_until(start or now, end_of_local_day(deadline_day, calendar)) if deadline_day else None
        return hazard_data(
            hazard.grade,
            hazard.colour or DEFAULT_COLOUR[hazard.grade],
            hazard.responsible_id,
            measures,
            funds,
            deadline.due if deadline else None,
            deadline.soon if deadline else None,
            plan,
        )

    def _review_data(self, s: Session, review_on: dt.date | None, now: dt.datetime) -> dict[str, Any]:
        """A held issue's next review date (挂账复核), never in the past."""
        if review_on is None:
            return {}
        if review_on < self._today(s, now):
            raise IssueInputError(InputProblem.DEADLINE_IN_PAST)
        return {"review_on": review_on.isoformat()}

    def review_hold(self, actor: Actor, issue_id: uuid.UUID, note: str, review_on: dt.date | None) -> None:
        """Record a review of a held issue (挂账复核): what was found (required) and the next review date (None: no
        further date). Only while it is held, by a manager (as the hold itself)."""
        note = note.strip()
        with self._db.write(actor) as s:
            issue = self._issue(s, issue_id, lock=True)
            self._check_change(s, actor, issue, Change.HOLD_REVIEW)
            if issue.state is not IssueState.HELD:
                raise TransitionRefused(Change.HOLD_REVIEW, Refusal.WRONG_STATE, state=issue.state)
            if not note:
                raise TransitionRefused(Change.HOLD_REVIEW, Refusal.NOTE_REQUIRED)
            now = self._clock.now()
            data = self._review_data(s, review_on, now)
            self._append(s, actor, issue, EventKind.HOLD_REVIEWED, note, data, now)
            self._reindex(s, issue)

    def _check_people(self, s: Session, people: Iterable[uuid.UUID]) -> None:
        wanted = set(people)
        if not wanted:
            return
        found = set(s.scalars(select(Person.id).where(Person.id.in_(wanted), Person.deleted_at.is_(None))))
        if found != wanted:
            raise IssueInputError(InputProblem.PERSON_UNKNOWN)

    def _checked_link(self, link: IssueLinkDraft) -> IssueLinkDraft:
        if link.kind not in {k.value for k in LinkKind}:
            raise IssueInputError(InputProblem.LINK_KIND_UNKNOWN, kind=link.kind)
        return link

    def _store_photo(self, path: Path, actor: Actor | None = None) -> StoredPhoto:
        if self._photos is None:
            raise IssueInputError(InputProblem.PHOTO_MISSING, name=Path(path).name)
        return self._photos.add(Path(path), actor)

    def _attach_photos(
        self, s: Session, actor: Actor, issue: Issue, stored: Sequence[StoredPhoto], now: dt.datetime
    ) -> int:
        position = s.scalar(select(func.count()).select_from(IssuePhoto).where(IssuePhoto.issue_id == issue.id)) or 0
        ids = []
        for offset, photo in enumerate(stored):
            row = IssuePhoto(
                id=uuid.uuid4(),
                issue_id=issue.id,
                sha256=photo.sha256,
                suffix=photo.suffix,
                name=photo.name,
                size=photo.size,
                width=photo.width,
                height=photo.height,
                position=position + offset,
            )
            s.add(row)
            ids.append(id_text(row.id))
        self._append(s, actor, issue, EventKind.PHOTOS_ADDED, "", {"photos": ids}, now)
        return len(ids)

    def _append(
        self,
        s: Session,
        actor: Actor,
        issue: Issue,
        kind: EventKind,
        note: str,
        data: dict[str, Any],
        at: dt.datetime,
        flush_issue: bool = False,
        known: tuple[catalogue.Limits, Calendar] | None = None,
    ) -> None:
        """Append one event to the history and apply it to the issue's row (``known``: the category's limits and the
        calendar, when the caller has read them already in this transaction)."""
        before = issue.state
        self._started_clocks(s, issue, kind, data, at, known)
        record = EventRecord(kind, at, actor.person_id, note, data)
        apply_event(issue, record)
        if flush_issue:
            s.flush()  # the event refers to the issue
        s.add(
            IssueEvent(
                issue_id=issue.id,
                seq=issue.event_count,
                kind=kind,
                at=at,
                actor_id=actor.person_id,
                actor_name=actor.name[:40],
                from_state=before,
                to_state=issue.state if issue.state != before else None,
                note=note,
                data=data,
            )
        )

    def _started_clocks(
        self,
        s: Session,
        issue: Issue,
        kind: EventKind,
        data: dict[str, Any],
        at: dt.datetime,
        known: tuple[catalogue.Limits, Calendar] | None = None,
    ) -> None:
        """Add the deadlines ``kind`` starts to its data: computed once, here, so that replay never reads the catalogue
        or calendar of today. Every wait for an assignment gets an acceptance clock; a feedback with no completion
        date yet (none from the leader, no hazard's) gets the category's default, so no open issue is without a clock.
        """
        waits = kind in (EventKind.REPORTED, EventKind.ESCALATED, EventKind.REOPENED)
        if not waits and not (kind is EventKind.FED_BACK and issue.due_at is None):
            return
        if known is not None:
            limits, calendar = known
        else:
            with s.no_autoflush:  # a new issue is added but not yet filled in by its first event
                limits = catalogue.read_limits(s).get(data.get("category") or issue.category_code, catalogue.Limits())
                calendar = catalogue.read_calendar(s)
        if waits:
            accept = deadline_after(at, limits.accept_minutes, limits.accept_clock, calendar)
            data.update(accept_due=time_text(accept.due), accept_soon=time_text(accept.soon))
        else:
            day = calendar.local_date(at) + dt.timedelta(days=limits.complete_days)
            completion = deadline_until(at, end_of_local_day(day, calendar))
            data.update(due=time_text(completion.due), due_soon=time_text(completion.soon))

    def _reindex(self, s: Session, issue: Issue, new: IssueCategory | None = None) -> None:
        """Index every text a person wrote on the issue (``search.written_texts``). ``new``: the live category of an
        issue this transaction reports, whose events carry no note yet (nothing to read back)."""
        s.flush()
        if new is not None:
            notes: Sequence[str] = []
            category = new.name
        else:
            notes = s.scalars(
                select(IssueEvent.note)
                .where(IssueEvent.issue_id == issue.id, IssueEvent.note != "")
                .order_by(*HISTORY_ORDER)
            ).all()
            category = s.scalar(
                select(IssueCategory.name).where(
                    IssueCategory.code == issue.category_code, IssueCategory.deleted_at.is_(None)
                )
            )
        hazard = (issue.measures, issue.funds, issue.contingency_plan)
        search.write_index(
            s, issue.id, issue.title, issue.description, search.written_texts(category or "", hazard, notes)
        )

    def _issue(self, s: Session, issue_id: uuid.UUID, lock: bool = False) -> Issue:
        query = select(Issue).where(Issue.id == issue_id, Issue.deleted_at.is_(None))
        issue = s.scalars(query.with_for_update() if lock else query).first()
        if issue is None:
            raise IssueInputError(InputProblem.ISSUE_UNKNOWN)
        return issue


def new_issue() -> Issue:
    # Column defaults apply only at INSERT; the projection counts up from these before the first flush.
    issue_id = uuid.uuid4()
    return Issue(
        id=issue_id,
        search_key=search.rowid(issue_id),
        description="",
        rework_count=0,
        escalation_count=0,
        reopen_count=0,
        comment_count=0,
        photo_count=0,
        is_hazard=False,
        measures="",
        funds="",
        contingency_plan="",
        event_count=0,
    )
