"""Changing issues: the quick report, every workflow transition and every detail change, each one transaction that
appends events, applies them to the issue's row, keeps the search index current and publishes domain events."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Select, bindparam, case, func, select, text
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.events import EventBus, IssueClosed, IssueFedBack, IssueReported
from gridapp.issues import catalogue
from gridapp.issues.clock import (
    Calendar,
    Clock,
    SystemClock,
)
from gridapp.issues.errors import InputProblem, IssueInputError, Refusal, TransitionRefused
from gridapp.issues.kinds import (
    ACTION_EVENTS,
    Action,
    Change,
    ClockKind,
    EventKind,
    IssueState,
    Stage,
)
from gridapp.issues.models import Issue, IssueLink, IssuePartner
from gridapp.issues.permissions import live_parent
from gridapp.issues.photos import PhotoStore, photo_root_for
from gridapp.issues.projection import id_text
from gridapp.issues.rows import HazardDraft, IssueLinkDraft, IssueRef, ReportDraft
from gridapp.issues.workflow import TRANSITIONS, refusal, stage_refusal, stages_skipped
from gridapp.issues.writing import MAX_TEXT, MAX_TITLE, IssueWriter, new_issue
from gridapp.org.models import Area, Person, Unit
from gridapp.org.normalize import single_line
from gridapp.security import audit
from gridapp.security.rights import Right, plant_root, require
from gridapp.sync.kinds import Role
from gridapp.sync.models import Identity
from gridapp.times import set_plant_offset


def _where_reported() -> Select[tuple[Any, Any, Any]]:
    """The reported unit (its id when live), its plant (``permissions.plant_of``) and the series this database
    numbers in (``sync.identity.issue_series``): one statement, one round trip of the twenty a report makes."""
    chain = select(Unit.id, Unit.parent_id).where(Unit.id == bindparam("unit")).cte("chain", recursive=True)
    parent = aliased(Unit)
    chain = chain.union_all(select(parent.id, parent.parent_id).where(parent.id == chain.c.parent_id))
    return select(
        select(Unit.id).where(Unit.id == bindparam("unit"), Unit.deleted_at.is_(None)).scalar_subquery(),
        select(chain.c.id).where(chain.c.parent_id.is_(None)).scalar_subquery(),
        select(case((Identity.role == Role.STATION, Identity.code), else_="")).limit(1).scalar_subquery(),
    )


WHERE_REPORTED = _where_reported()


class IssueService(IssueWriter):
    def __init__(
        self, db: Database, events: EventBus, clock: Clock | None = None, photos: PhotoStore | None = None
    ) -> None:
        super().__init__(db, clock or SystemClock(), photos)
        self._events = events

    @classmethod
    def over(cls, db: Database, events: EventBus, clock: Clock | None = None) -> IssueService:
        """The service with its photo folder beside the database file (in the data folder for a server, whose
        database also keeps every photo's bytes for the plant's other PCs)."""
        from gridapp.paths import data_dir

        return cls(db, events, clock, PhotoStore(photo_root_for(db.location.path, data_dir()), db))

    # catalogue and calendar

    def set_category_clock(self, actor: Actor, code: str, feedback_minutes: int, clock: ClockKind) -> None:
        self.set_clocks(actor, {code: (feedback_minutes, clock)})

    def set_calendar(self, actor: Actor, calendar: Calendar) -> None:
        self.set_clocks(actor, {}, calendar)

    def set_clocks(self, actor: Actor, categories: dict[str, tuple[int, ClockKind]],
                   calendar: Calendar | None = None) -> None:  # fmt: skip
        """Change feedback clocks per category (minutes, kind) and the shift calendar, in one transaction.

        Deadlines already set keep their time (they are part of their events); new assignments use the new clocks.
        """
        for minutes, _kind in categories.values():
            if not 30 <= minutes <= 720 * 60:
                raise IssueInputError(InputProblem.HOURS_INVALID, minutes=minutes)
        if calendar is not None and calendar.problems():
            raise IssueInputError(InputProblem.CALENDAR_INVALID, problems=calendar.problems())
        with self._db.write(actor) as s:
            require(s, actor, Right.CLOCK_SETTINGS, plant_root(s))
            found = catalogue.install_categories(s)
            for code, (minutes, kind) in categories.items():
                category = found.get(code)
                if category is None:
                    raise IssueInputError(InputProblem.CATEGORY_UNKNOWN, code=code)
                category.feedback_minutes = minutes
                category.clock = kind
            if calendar is not None:
                catalogue.store_calendar(s, calendar)
        if calendar is not None:
            set_plant_offset(calendar.utc_offset_minutes)  # every time shown from now on, after the commit

    # the quick report

    def report(self, actor: Actor, draft: ReportDraft) -> IssueRef:
        """Report a problem in its own transaction; raises IssueInputError for bad input."""
        with self._db.write(actor) as session:
            return self.report_in(session, actor, draft)

    def report_in(self, session: Session, actor: Actor, draft: ReportDraft) -> IssueRef:
        """Report inside a caller's ``Database.write`` transaction (an inspection round's failed item)."""
        now = self._clock.now()
        title = single_line(draft.title)
        if not title:
            raise IssueInputError(InputProblem.TITLE_REQUIRED)
        if len(title) > MAX_TITLE:
            raise IssueInputError(InputProblem.TITLE_TOO_LONG, limit=MAX_TITLE)
        description = draft.description.strip()
        if len(description) > MAX_TEXT:
            raise IssueInputError(InputProblem.DESCRIPTION_TOO_LONG, limit=MAX_TEXT)
        live, plant_id, series = session.execute(WHERE_REPORTED, {"unit": draft.unit_id}).one()
        if live is None:
            raise IssueInputError(InputProblem.UNIT_UNKNOWN)
        plant_id, series = plant_id or draft.unit_id, series or ""
        require(session, actor, Right.REPORT_ISSUE, draft.unit_id)
        reporter = self._reporter(session, actor, draft)
        categories = catalogue.install_categories(session)
        category = categories.get(draft.category)
        if category is None or not category.in_use:
            raise IssueInputError(InputProblem.CATEGORY_UNKNOWN, code=draft.category)
        if (
            draft.area_id is not None
            and session.scalar(select(Area.id).where(Area.id == draft.area_id, Area.deleted_at.is_(None))) is None
        ):
            raise IssueInputError(InputProblem.AREA_UNKNOWN)
        links = [self._checked_link(link) for link in draft.links]
        calendar = catalogue.read_calendar(session)
        hazard = self._hazard_data(session, draft.hazard, now, calendar) if draft.hazard else None
        stored = [self._store_photo(path, actor) for path in draft.photos]

        year = calendar.local_date(now).year
        issue = new_issue()
        changes = session.info.get(audit.CHANGES_KEY)
        if changes is not None and changes.target is None and not changes.targets:
            # The record's target is the issue, though the proposals below are written first.
            changes.target = ("issue", str(issue.id), "", draft.unit_id)
        # Whatever needs no number comes before it is drawn: the number's lock is held until the commit, and every
        # plant-wide report waits for it (the scoring proposal needs only the issue's id).
        self._events.publish(session, IssueReported(issue.id, draft.unit_id, reporter, now))
        if session.get_bind().dialect.name == "postgresql":
            # Two plant-wide writers must not draw the same number (SQLite serialises writers already).
            session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"issue-number-{plant_id}"})
        seq = (
            session.scalar(
                select(func.max(Issue.seq)).where(
                    Issue.plant_id == plant_id, Issue.year == year, Issue.series == series
                )
            )
            or 0
        ) + 1
        number = f"{year}-{series}-{seq:04d}" if series else f"{year}-{seq:04d}"
        if changes is not None and changes.target is not None and changes.target[1] == str(issue.id):
            changes.target = ("issue", str(issue.id), number, draft.unit_id)
        data: dict[str, Any] = {
            "plant": id_text(plant_id),
            "year": year,
            "series": series,
            "seq": seq,
            "number": number,
            "title": title,
            "description": description,
            "category": category.code,
            "unit": id_text(draft.unit_id),
            "area": id_text(draft.area_id),
            "is_hazard": category.hazard or hazard is not None,
            "hazard": hazard,
            "links": [[link.kind, id_text(link.target_id), link.label] for link in links],
        }
        if reporter != actor.person_id:
            data["reporter"] = id_text(reporter)
        session.add(issue)
        limits = catalogue.Limits(category.accept_minutes, category.accept_clock, category.complete_days)
        self._append(
            session, actor, issue, EventKind.REPORTED, "", data, now, flush_issue=True, known=(limits, calendar)
        )
        if stored:
            self._attach_photos(session, actor, issue, stored, now)
        for link in links:
            session.add(IssueLink(issue_id=issue.id, kind=link.kind, target_id=link.target_id, label=link.label[:200]))
        self._reindex(session, issue, new=category)  # its events (reported, photos added) carry no note
        return IssueRef(issue.id, number)

    def _reporter(self, session: Session, actor: Actor, draft: ReportDraft) -> uuid.UUID | None:
        """Who reports: the actor, or the person who found the problem when the actor keys it in for them (a paper
        checklist typed in by a clerk), which needs the right to record rounds over the unit as well."""
        if draft.reporter_id is None or draft.reporter_id == actor.person_id:
            return actor.person_id
        require(session, actor, Right.ROUND_RECORD, draft.unit_id)
        found = session.scalar(select(Person.id).where(Person.id == draft.reporter_id, Person.deleted_at.is_(None)))
        if found is None:
            raise IssueInputError(InputProblem.PERSON_UNKNOWN)
        return found

    # the workflow

    def refusal(self, actor: Actor, issue_id: uuid.UUID, action: Action, note: str = "") -> Refusal | None:
        """Why ``actor`` may not make ``action`` now (None: allowed). ``note`` is checked when given."""
        with self._db.read() as s:
            issue = self._issue(s, issue_id)
            return refusal(action, self._situation(s, actor, issue), note if note else "x")

    def available_actions(self, actor: Actor, issue_id: uuid.UUID) -> list[Action]:
        """The transitions ``actor`` may make on the issue now (notes not yet written are assumed)."""
        with self._db.read() as s:
            issue = self._issue(s, issue_id)
            situation = self._situation(s, actor, issue)
            return [a for a in TRANSITIONS if refusal(a, situation, "x") is None]

    def act(
        self,
        actor: Actor,
        issue_id: uuid.UUID,
        action: Action,
        note: str = "",
        *,
        assignee_id: uuid.UUID | None = None,
        due: dt.date | None = None,
        review_on: dt.date | None = None,
    ) -> IssueState:
        """Make one transition; raises TransitionRefused (why not) or IssueInputError. Returns the new state.
        ``review_on``: when a held issue (挂账) is to be reviewed again."""
        with self._db.write(actor) as session:
            return self.act_in(
                session, actor, issue_id, action, note, assignee_id=assignee_id, due=due, review_on=review_on
            )

    def act_in(
        self,
        s: Session,
        actor: Actor,
        issue_id: uuid.UUID,
        action: Action,
        note: str = "",
        *,
        assignee_id: uuid.UUID | None = None,
        due: dt.date | None = None,
        review_on: dt.date | None = None,
    ) -> IssueState:
        """``act`` inside a caller's ``Database.write`` transaction."""
        note = note.strip()
        if len(note) > MAX_TEXT:
            raise IssueInputError(InputProblem.DESCRIPTION_TOO_LONG, limit=MAX_TEXT)
        now = self._clock.now()
        issue = self._issue(s, issue_id, lock=True)
        situation = self._situation(s, actor, issue)
        why = refusal(action, situation, note)
        if why is not None:
            raise TransitionRefused(action, why, state=issue.state)
        data: dict[str, Any] = {}
        if action is Action.ASSIGN:
            data = self._assignment(s, issue, assignee_id, due, now)
        elif action is Action.FEED_BACK:
            data = {"on_time": issue.feedback_due_at is None or now <= issue.feedback_due_at}
        elif action is Action.ESCALATE:
            data = {
                "from_unit": id_text(issue.unit_id),
                "to_unit": id_text(live_parent(s, issue.unit_id)),
                "overdue": situation.overdue,
            }
        elif action is Action.HOLD:
            data = self._review_data(s, review_on, now)
        self._append(s, actor, issue, ACTION_EVENTS[action], note, data, now)
        if note:  # feedback, return and hold reasons are searched like comments
            self._reindex(s, issue)
        if action is Action.FEED_BACK:
            self._events.publish(s, IssueFedBack(issue.id, actor.person_id, bool(data["on_time"]), now))
        elif action is Action.CLOSE:
            self._events.publish(
                s,
                IssueClosed(
                    issue.id, issue.origin_unit_id, issue.rectifier_id, issue.verifier_id, issue.is_hazard, now
                ),
            )
        return issue.state

    def assign(
        self, actor: Actor, issue_id: uuid.UUID, assignee_id: uuid.UUID, note: str = "", due: dt.date | None = None
    ) -> IssueState:
        """Point-to-point assignment (点对点交办) with an optional completion date; starts the feedback clock."""
        return self.act(actor, issue_id, Action.ASSIGN, note, assignee_id=assignee_id, due=due)

    # details

    def comment(self, actor: Actor, issue_id: uuid.UUID, text_: str) -> None:
        body = text_.strip()
        if not body:
            raise IssueInputError(InputProblem.COMMENT_EMPTY)
        if len(body) > MAX_TEXT:
            raise IssueInputError(InputProblem.DESCRIPTION_TOO_LONG, limit=MAX_TEXT)
        with self._db.write(actor) as s:
            self.comment_in(s, actor, issue_id, body)

    def comment_in(self, s: Session, actor: Actor, issue_id: uuid.UUID, body: str) -> None:
        if actor.person_id is None:
            raise TransitionRefused(Change.COMMENT, Refusal.NO_PERSON)
        issue = self._issue(s, issue_id, lock=True)
        self._append(s, actor, issue, EventKind.COMMENTED, body, {}, self._clock.now())
        self._reindex(s, issue)

    def edit(
        self,
        actor: Actor,
        issue_id: uuid.UUID,
        *,
        title: str | None = None,
        description: str | None = None,
        category: str | None = None,
    ) -> None:
        """Correct what was reported (the old values stay in the history)."""
        with self._db.write(actor) as s:
            issue = self._issue(s, issue_id, lock=True)
            self._check_change(s, actor, issue, Change.EDIT)
            changes: dict[str, list[Any]] = {}
            title = single_line(title) if title is not None else None
            if title is not None and title != issue.title:
                if not title:
                    raise IssueInputError(InputProblem.TITLE_REQUIRED)
                if len(title) > MAX_TITLE:
                    raise IssueInputError(InputProblem.TITLE_TOO_LONG, limit=MAX_TITLE)
                changes["title"] = [issue.title, title]
            if description is not None and description.strip() != issue.description:
                if len(description.strip()) > MAX_TEXT:
                    raise IssueInputError(InputProblem.DESCRIPTION_TOO_LONG, limit=MAX_TEXT)
                changes["description"] = [issue.description, description.strip()]
            if category is not None and category != issue.category_code:
                found = catalogue.install_categories(s).get(category)
                if found is None or not found.in_use:
                    raise IssueInputError(InputProblem.CATEGORY_UNKNOWN, code=category)
                changes["category_code"] = [issue.category_code, category]
            if not changes:
                return
            self._append(s, actor, issue, EventKind.EDITED, "", {"changes": changes}, self._clock.now())
            self._reindex(s, issue)

    def set_people(
        self,
        actor: Actor,
        issue_id: uuid.UUID,
        lead_id: uuid.UUID | None,
        supervisor_id: uuid.UUID | None,
        partner_ids: Sequence[uuid.UUID] = (),
    ) -> None:
        """The lead (牵头人), supervisor (督导人) and partners (合伙人) of a cross-grid issue."""
        with self._db.write(actor) as s:
            self.set_people_in(s, actor, issue_id, lead_id, supervisor_id, partner_ids)

    def set_people_in(self, s: Session, actor: Actor, issue_id: uuid.UUID, lead_id: uuid.UUID | None,
                      supervisor_id: uuid.UUID | None, partner_ids: Sequence[uuid.UUID]) -> None:  # fmt: skip
        partners = list(dict.fromkeys(partner_ids))
        named = [p for p in (lead_id, supervisor_id) if p is not None]
        if len(set(named)) < len(named) or set(named) & set(partners):
            raise IssueInputError(InputProblem.PERSON_REPEATED)
        issue = self._issue(s, issue_id, lock=True)
        self._check_change(s, actor, issue, Change.PEOPLE)
        self._check_people(s, [*named, *partners])
        current = {
            p.person_id: p
            for p in s.scalars(
                select(IssuePartner).where(IssuePartner.issue_id == issue.id, IssuePartner.deleted_at.is_(None))
            )
        }
        for person_id, row in current.items():
            if person_id not in partners:
                row.mark_deleted()
        for person_id in partners:
            if person_id not in current:
                s.add(IssuePartner(issue_id=issue.id, person_id=person_id))
        data = {
            "lead": id_text(lead_id),
            "supervisor": id_text(supervisor_id),
            "partners": [id_text(p) for p in partners],
        }
        self._append(s, actor, issue, EventKind.PEOPLE_SET, "", data, self._clock.now())

    def reach_stage(self, actor: Actor, issue_id: uuid.UUID, stage: Stage, note: str = "") -> None:
        """Record that the six-stage track (六环节) reached ``stage`` today: only the next stage, or a later one
        with a written reason for the stages it skips (``workflow.stage_refusal``)."""
        with self._db.write(actor) as s:
            self.reach_stage_in(s, actor, issue_id, stage, note)

    def reach_stage_in(self, s: Session, actor: Actor, issue_id: uuid.UUID, stage: Stage, note: str = "") -> None:
        note = note.strip()
        issue = self._issue(s, issue_id, lock=True)
        self._check_change(s, actor, issue, Change.STAGE)
        why = stage_refusal(issue.stage, stage, note)
        if why is not None:
            raise TransitionRefused(Change.STAGE, why, stage=issue.stage)
        # The unit it reached the stage in: the diagnosis matrix counts a month's stages by it without reading issues.
        data: dict[str, Any] = {"stage": stage.value, "unit": str(issue.unit_id)}
        skipped = stages_skipped(issue.stage, stage)
        if skipped:
            data["skipped"] = [s_.value for s_ in skipped]
        self._append(s, actor, issue, EventKind.STAGE_REACHED, note, data, self._clock.now())
        if note:
            self._reindex(s, issue)

    def set_hazard(self, actor: Actor, issue_id: uuid.UUID, hazard: HazardDraft) -> None:
        """Grade a hazard and record its five fixes; a major hazard is refused until all five are given."""
        with self._db.write(actor) as s:
            issue = self._issue(s, issue_id, lock=True)
            self._check_change(s, actor, issue, Change.HAZARD)
            now = self._clock.now()
            data = self._hazard_data(
                s, hazard, now, catalogue.read_calendar(s), start=issue.reported_at, current_due=issue.due_at
            )
            self._append(s, actor, issue, EventKind.HAZARD_SET, "", data, now)
            self._reindex(s, issue)

    def add_photos(self, actor: Actor, issue_id: uuid.UUID, paths: Sequence[Path]) -> int:
        if not paths:
            return 0
        stored = [self._store_photo(path, actor) for path in paths]
        with self._db.write(actor) as s:
            issue = self._issue(s, issue_id, lock=True)
            self._check_change(s, actor, issue, Change.PHOTOS)
            return self._attach_photos(s, actor, issue, stored, self._clock.now())

    def add_link(self, actor: Actor, issue_id: uuid.UUID, link: IssueLinkDraft) -> None:
        checked = self._checked_link(link)
        with self._db.write(actor) as s:
            issue = self._issue(s, issue_id, lock=True)
            self._check_change(s, actor, issue, Change.LINK)
            s.add(
                IssueLink(issue_id=issue.id, kind=checked.kind, target_id=checked.target_id, label=checked.label[:200])
            )
            data = {"kind": checked.kind, "target": id_text(checked.target_id), "label": checked.label[:200]}
            self._append(s, actor, issue, EventKind.LINK_ADDED, "", data, self._clock.now())
