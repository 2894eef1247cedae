"""Reading issues for the board, the table and the detail panel: filtered, sorted and paged in SQL."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, any_, bindparam, func, literal_column, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, aliased

from gridapp.db.database import Database
from gridapp.issues import catalogue, indicators, search, tallies
from gridapp.issues.clock import Calendar, Clock
from gridapp.issues.diagnosis import DiagnosisMatrix, diagnosis_matrix
from gridapp.issues.handover import HandoverSheet, handover_sheet
from gridapp.issues.indicators import Indicators, SeriesPoint
from gridapp.issues.kinds import BOARD_ORDER, EventKind, IssueState, Stage
from gridapp.issues.ledger import LedgerRow, ledger_rows
from gridapp.issues.models import HISTORY_ORDER, Issue, IssueCategory, IssueEvent, IssueLink, IssuePartner, IssuePhoto
from gridapp.issues.photos import PhotoStore
from gridapp.issues.projection import NO_DEADLINE, EventRecord, Snapshot, replay
from gridapp.issues.register import HeldRow, held_rows
from gridapp.issues.rows import (
    CategoryRow,
    Count,
    EventRow,
    IssueDetail,
    IssueFilter,
    IssueRow,
    IssueSort,
    LinkRow,
    Overdue,
    PersonRef,
    PhotoRow,
    board_order,
)
from gridapp.org.models import Area, Person, Unit
from gridapp.org.service import subtree_ids

Reporter = aliased(Person, name="reporter")
Assignee = aliased(Person, name="assignee")


class IssueQueries:
    def __init__(self, db: Database, clock: Clock, photos: PhotoStore | None) -> None:
        self._db = db
        self._clock = clock
        self._photos = photos

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def photos(self) -> PhotoStore | None:
        return self._photos

    def now(self) -> dt.datetime:
        return self._clock.now()

    # catalogue

    def categories(self, include_unused: bool = False) -> list[CategoryRow]:
        with self._db.read() as s:
            rows = s.scalars(
                select(IssueCategory).where(IssueCategory.deleted_at.is_(None)).order_by(IssueCategory.position)
            ).all()
        found = [CategoryRow(c.code, c.name, c.feedback_minutes, c.clock, c.hazard, c.in_use) for c in rows]
        found = found or catalogue.shipped_categories()
        return [c for c in found if include_unused or c.in_use]

    def category_limits(self) -> dict[str, catalogue.Limits]:
        """Each category's acceptance clock and default completion, by code."""
        with self._db.read() as s:
            return catalogue.read_limits(s)

    def areas(self, unit_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """The live areas of a unit (for the report's "where"), by name."""
        with self._db.read() as s:
            rows = s.execute(
                select(Area.id, Area.name).where(Area.unit_id == unit_id, Area.deleted_at.is_(None)).order_by(Area.name)
            ).all()
        return [(r[0], r[1]) for r in rows]

    def calendar(self) -> Calendar:
        with self._db.read() as s:
            return catalogue.read_calendar(s)

    # indicators

    def indicators(self, unit_id: uuid.UUID, start: dt.date, end: dt.date) -> Indicators:
        with self._db.read() as s:
            return indicators.compute(s, unit_id, start, end, self._clock.now(), catalogue.read_calendar(s))

    def indicator_series(self, unit_id: uuid.UUID, start: dt.date, end: dt.date) -> list[SeriesPoint]:
        with self._db.read() as s:
            return indicators.series(s, unit_id, start, end, catalogue.read_calendar(s))

    # the hazard ledger and the shift handover

    def hazard_ledger(self, unit_id: uuid.UUID, include_closed: bool = True) -> list[LedgerRow]:
        with self._db.read() as s:
            return ledger_rows(s, unit_id, self._clock.now(), include_closed)

    def diagnosis_matrix(self, unit_id: uuid.UUID, month: dt.date | None = None) -> DiagnosisMatrix:
        """The diagnosis matrix (诊治矩阵) of the grids under ``unit_id`` × the six stages; with ``month``, also how many
        issues passed each stage in that month (``gridapp.issues.diagnosis``)."""
        with self._db.read() as s:
            return diagnosis_matrix(s, unit_id, self._clock.now(), catalogue.read_calendar(s), month)

    def held_register(self, unit_id: uuid.UUID) -> list[HeldRow]:
        """The 挂账 register of a unit subtree (``gridapp.issues.register``), oldest hold first."""
        now = self._clock.now()
        with self._db.read() as s:
            return held_rows(s, unit_id, catalogue.read_calendar(s).local_date(now))

    def handover(self, unit_id: uuid.UUID, since: dt.datetime | None = None) -> HandoverSheet:
        """What is new since ``since`` (the last shift change by default), overdue, and otherwise open."""
        now = self._clock.now()
        with self._db.read() as s:
            calendar = catalogue.read_calendar(s)
            return handover_sheet(s, unit_id, since or calendar.last_shift_change(now), now)

    # lists

    def page(
        self,
        where: IssueFilter,
        sort: IssueSort = IssueSort.REPORTED_AT,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[IssueRow]:
        with self._db.read() as s:
            common = self._common_matches(s, where) is not None
            conditions = self._conditions(s, where, ordered=True, common=common)
            query = _row_query().where(*conditions).order_by(*_order(sort, descending)).offset(offset).limit(limit)
            return [_issue_row(r) for r in s.execute(query)]

    def first_page(self, where: IssueFilter, sort: IssueSort = IssueSort.REPORTED_AT, descending: bool = True,
                   limit: int = 200) -> tuple[Count, list[IssueRow]]:  # fmt: skip
        """The count and the first page in one read (the search runs once). The count comes from the tallies or a
        bounded scan (``Count.more``: "at least"), so the page never waits for a count of every issue."""
        with self._db.read() as s:
            matches = self._common_matches(s, where)
            if matches is not None:
                total = Count(sum(self._estimated_counts(s, where, matches)[0].values()), approximate=True)
                ordered = self._conditions(s, where, ordered=True, common=True)
            else:
                total = self._count(s, where, self._conditions(s, where, remember_search=True))
                ordered = self._conditions(s, where, remember_search=True, ordered=True, searched=True)
            query = _row_query().where(*ordered).order_by(*_order(sort, descending)).limit(limit)
            rows = [_issue_row(r) for r in s.execute(query)] if total or matches is not None else []
            if matches is not None and len(rows) > total:
                total = Count(len(rows), approximate=True)  # an estimate below what the page shows
            return total, rows

    def count(self, where: IssueFilter) -> Count:
        with self._db.read() as s:
            matches = self._common_matches(s, where)
            if matches is not None:
                return Count(sum(self._estimated_counts(s, where, matches)[0].values()), approximate=True)
            return self._count(s, where, self._conditions(s, where))

    def state_counts(self, where: IssueFilter) -> dict[IssueState, int]:
        """How many issues pass ``where`` in each state (the kanban column headers); ``where.states`` is ignored.
        A filter the tallies cannot answer is counted up to ``tallies.CAP`` per state."""
        with self._db.read() as s:
            everything = _all_states(where)
            return self._board_counts(s, everything, self._conditions(s, everything))[0]

    def board(self, where: IssueFilter, per_state: int = 40, only: Iterable[IssueState] | None = None) -> Board:
        """The kanban's counts and each shown column's first page, in one read (the search runs once); with
        ``only``, the first pages of those columns alone (the others' pages come back empty)."""
        wanted = set(only) if only is not None else None
        with self._db.read() as s:
            everything = _all_states(where)
            matches = self._common_matches(s, everything)
            approximate: frozenset[IssueState] = frozenset()
            if matches is not None:
                # A common word: estimated counts ("约 N"), and each column's page found by walking its own index.
                counts, present = self._estimated_counts(s, everything, matches)
                approximate = frozenset(state for state, n in present.items() if n)
                capped: frozenset[IssueState] = frozenset()
                conditions = self._conditions(s, everything, ordered=True, common=True)
            else:
                conditions = self._conditions(s, everything, remember_search=True)
                hits = s.info.get(search.HITS_TABLE) if everything.text.strip() else None
                if hits is not None and self._db.engine.dialect.name != "sqlite":
                    return self._board_of_hits(s, where, conditions, per_state, wanted)
                counts, capped = self._board_counts(s, everything, conditions)
                present = counts
                conditions = self._conditions(s, everything, remember_search=True, ordered=True, searched=True)
            pages = {}
            for state in BOARD_ORDER:
                if (where.states and state not in where.states) or not present[state]:
                    pages[state] = []
                    continue
                if wanted is not None and state not in wanted:
                    pages[state] = []
                    continue
                sort, descending = board_order(state)
                query = _row_query().where(*conditions, Issue.state == state).order_by(*_order(sort, descending))
                pages[state] = [_issue_row(r) for r in s.execute(query.limit(per_state))]
                if state in approximate:
                    counts[state] = max(counts[state], len(pages[state]))  # an estimate never below what is shown
        return Board(counts, pages, capped, approximate)

    def _board_of_hits(self, s: Session, where: IssueFilter, conditions: list[ColumnElement[bool]], per_state: int,
                       wanted: set[IssueState] | None) -> Board:  # fmt: skip
        """PostgreSQL, a rare word searched: its matches (a few thousand ids at most, remembered) are sorted into
        the states once, so the counts are exact and each column's page looks up only its own matches."""
        by_state: dict[IssueState, list[uuid.UUID]] = {state: [] for state in IssueState}
        for state, issue_id in s.execute(select(Issue.state, Issue.id).where(*conditions)):
            by_state[state].append(issue_id)
        counts = {state: len(ids) for state, ids in by_state.items()}
        pages: dict[IssueState, list[IssueRow]] = {}
        for state in BOARD_ORDER:
            shown = not (where.states and state not in where.states) and (wanted is None or state in wanted)
            if not shown or not by_state[state]:
                pages[state] = []
                continue
            sort, descending = board_order(state)
            ids = bindparam("state_hits", by_state[state], type_=postgresql.ARRAY(postgresql.UUID))
            query = _row_query().where(Issue.id == any_(ids)).order_by(*_order(sort, descending)).limit(per_state)
            pages[state] = [_issue_row(r) for r in s.execute(query)]
        return Board(counts, pages)

    def states_touched(self, issue_ids: Iterable[uuid.UUID], event_ids: Iterable[uuid.UUID]) -> frozenset[IssueState]:
        """The board columns a change touched: where its issues are now, and where its events moved them from."""
        issue_ids, event_ids = list(issue_ids), list(event_ids)
        with self._db.read() as s:
            now = set(s.scalars(select(Issue.state).where(Issue.id.in_(issue_ids)))) if issue_ids else set()
            before = (
                set(s.scalars(select(IssueEvent.from_state).where(IssueEvent.id.in_(event_ids))))
                if event_ids
                else set()
            )
        return frozenset(state for state in now | before if state is not None)

    def row(self, issue_id: uuid.UUID) -> IssueRow | None:
        with self._db.read() as s:
            found = s.execute(_row_query().where(Issue.id == issue_id)).first()
        return _issue_row(found) if found else None

    def _board_counts(self, s: Session, where: IssueFilter, conditions: list[ColumnElement[bool]]
                      ) -> tuple[dict[IssueState, int], frozenset[IssueState]]:  # fmt: skip
        """Per state: from the tallies when they answer ``where``, else counted up to ``tallies.CAP`` each."""
        if tallies.answers(where):
            return tallies.state_counts(s, _subtree_units(s, where.unit_id), where.categories, where.hazards_only), (
                frozenset()
            )
        return tallies.bounded_counts(s, conditions, sorted(where.states) if where.states else tuple(IssueState))

    def _common_matches(self, s: Session, where: IssueFilter) -> int | None:
        """Searching a common word: how many issues match it (``search.common_matches``: counted on SQLite,
        estimated from a sample on PostgreSQL); else None."""
        if not where.text.strip():
            return None
        query = search.parse_query(where.text)
        return None if query is None else search.common_matches(s, query)

    def _estimated_counts(self, s: Session, where: IssueFilter, matches: int
                          ) -> tuple[dict[IssueState, int], dict[IssueState, int]]:  # fmt: skip
        """Per state, the issues of ``where`` without its search (from the tallies, or bounded) times the share of
        all issues that match the search: an estimate shown as "约 N" that costs no walk of the matches; and the
        counts without the search (a column with none has no match either)."""
        base = IssueFilter(**{**_fields(where), "text": ""})
        counts, _capped = self._board_counts(s, base, self._conditions(s, base))
        everything = sum(tallies.state_counts(s, None, (), False).values())
        share = min(1.0, matches / everything) if everything else 0.0
        wanted = where.states or frozenset(IssueState)
        counts = {state: n if state in wanted else 0 for state, n in counts.items()}
        return {state: round(n * share) for state, n in counts.items()}, counts

    def _count(self, s: Session, where: IssueFilter, conditions: list[ColumnElement[bool]]) -> Count:
        """The table's total: from the tallies, or a scan that stops after ``tallies.CAP`` issues."""
        if tallies.answers(where):
            counts = tallies.state_counts(s, _subtree_units(s, where.unit_id), where.categories, where.hazards_only)
            return Count(sum(n for state, n in counts.items() if not where.states or state in where.states))
        found = select(literal_column("1")).select_from(Issue).where(*conditions).limit(tallies.CAP + 1).subquery()
        n = s.scalar(select(func.count()).select_from(found)) or 0
        return Count(tallies.CAP, more=True) if n > tallies.CAP else Count(n)

    def _conditions(self, s: Session, where: IssueFilter, remember_search: bool = False, ordered: bool = False,
                    searched: bool = False, common: bool = False) -> list[ColumnElement[bool]]:  # fmt: skip
        """The filter as SQL conditions. ``remember_search``: keep the search's matches for further statements of
        this read (``searched``: they are kept already); ``ordered``: for a query that reads a page in an order;
        ``common``: the search is a common word, tested row by row as the page's index is walked."""
        conditions: list[ColumnElement[bool]] = [Issue.deleted_at.is_(None)]
        if where.unit_id is not None:
            in_unit = _in_subtree(s, where.unit_id)
            if in_unit is not None:
                conditions.append(in_unit)
        if where.states:
            conditions.append(Issue.state.in_(sorted(where.states)))
        if where.categories:
            conditions.append(Issue.category_code.in_(sorted(where.categories)))
        if where.assignee_id is not None:
            conditions.append(Issue.assignee_id == where.assignee_id)
        if where.hazards_only:
            conditions.append(Issue.is_hazard.is_(True))
        if where.stages:
            conditions.append(Issue.stage.in_(sorted(where.stages)))
        if where.todo_group is not None:
            from gridapp.times import plant_today
            from gridapp.todo import TodoKind, group_condition

            person, kind = where.todo_group
            conditions.append(group_condition(s, person, TodoKind(kind), plant_today(self._clock.now())))
        if where.overdue is not Overdue.ANY:
            now = self._clock.now()
            # On urgency_at (indexed; NO_DEADLINE for issues without a clock) rather than deadline_at.
            if where.overdue is Overdue.OVERDUE:
                conditions.append(Issue.urgency_at < now)
            elif where.overdue is Overdue.DUE_SOON:
                conditions.extend(
                    [Issue.urgency_at >= now, Issue.urgency_at < NO_DEADLINE, Issue.deadline_soon_at <= now]
                )
            else:
                conditions.extend([Issue.urgency_at < NO_DEADLINE, Issue.deadline_soon_at <= now])
        if where.reported_from is not None or where.reported_to is not None:
            tz = catalogue.read_calendar(s).tz
            if where.reported_from is not None:
                conditions.append(Issue.reported_at >= dt.datetime.combine(where.reported_from, dt.time(), tz))
            if where.reported_to is not None:
                end = dt.datetime.combine(where.reported_to + dt.timedelta(days=1), dt.time(), tz)
                conditions.append(Issue.reported_at < end)
        if where.text.strip():
            query = search.parse_query(where.text)
            if query is None:
                conditions.append(Issue.id.is_(None))  # nothing searchable: nothing found
            else:
                dialect = self._db.engine.dialect.name
                remembered = remember_search and not common
                if remembered and not searched:
                    search.remember_hits(s, query)
                hits = s.info.get(search.HITS_TABLE) if remembered and dialect != "sqlite" else None
                conditions.append(
                    search.matching_each(Issue.search_key, Issue.id, query, dialect)
                    if common
                    else search.matching(Issue.search_key, Issue.id, query, dialect, remembered, ordered, hits)
                )
        return conditions

    # one issue

    def detail(self, issue_id: uuid.UUID) -> IssueDetail | None:
        with self._db.read() as s:
            found = s.execute(_row_query().where(Issue.id == issue_id)).first()
            if found is None:
                return None
            issue = s.get(Issue, issue_id)
            assert issue is not None
            people = _names(
                s, [issue.lead_id, issue.supervisor_id, issue.responsible_id, issue.rectifier_id, issue.verifier_id]
            )
            partner_rows = s.execute(
                select(Person.id, Person.name)
                .join(IssuePartner, IssuePartner.person_id == Person.id)
                .where(IssuePartner.issue_id == issue_id, IssuePartner.deleted_at.is_(None))
                .order_by(IssuePartner.created_at)
            ).all()
            events = [
                _event_row(e)
                for e in s.scalars(select(IssueEvent).where(IssueEvent.issue_id == issue_id).order_by(*HISTORY_ORDER))
            ]
            photos = s.scalars(
                select(IssuePhoto)
                .where(IssuePhoto.issue_id == issue_id, IssuePhoto.deleted_at.is_(None))
                .order_by(IssuePhoto.position)
            ).all()
            links = s.scalars(
                select(IssueLink)
                .where(IssueLink.issue_id == issue_id, IssueLink.deleted_at.is_(None))
                .order_by(IssueLink.created_at)
            ).all()
            category = s.scalar(
                select(IssueCategory.name).where(
                    IssueCategory.code == issue.category_code, IssueCategory.deleted_at.is_(None)
                )
            )
            origin = s.scalar(select(Unit.name).where(Unit.id == issue.origin_unit_id)) or ""
            names = _event_names(s, events)
            area = s.scalar(select(Area.name).where(Area.id == issue.area_id)) if issue.area_id else ""
        if category is None:
            category = next((c.name for c in catalogue.shipped_categories() if c.code == issue.category_code), "")
        stages: dict[Stage, dt.datetime] = {}
        for event in events:
            if event.kind is EventKind.STAGE_REACHED:
                stages.setdefault(Stage(str(event.data["stage"])), event.at)
        return IssueDetail(
            row=_issue_row(found),
            description=issue.description,
            category=category,
            origin_unit=origin,
            area=area or "",
            reporter_id=issue.reporter_id,
            feedback_due_at=issue.feedback_due_at,
            fed_back_at=issue.fed_back_at,
            due_at=issue.due_at,
            hold_reason=issue.hold_reason,
            hold_review_on=issue.hold_review_on,
            lead=people.get(issue.lead_id),
            supervisor=people.get(issue.supervisor_id),
            partners=tuple(PersonRef(pid, name) for pid, name in partner_rows),
            stage=issue.stage,
            stages=tuple((stage, stages[stage]) for stage in Stage if stage in stages),
            responsible=people.get(issue.responsible_id),
            measures=issue.measures,
            funds=issue.funds,
            contingency_plan=issue.contingency_plan,
            rectifier=people.get(issue.rectifier_id),
            verifier=people.get(issue.verifier_id),
            closed_at=issue.closed_at,
            events=tuple(events),
            photos=tuple(self._photo_row(p) for p in photos),
            links=tuple(LinkRow(link.kind, link.target_id, link.label) for link in links),
            names=names,
            entered_by=_entered_by(events),
        )

    def replayed(self, issue_id: uuid.UUID) -> Snapshot:
        """The issue as its events alone describe it (what the stored row must always equal)."""
        with self._db.read() as s:
            events = s.scalars(select(IssueEvent).where(IssueEvent.issue_id == issue_id).order_by(*HISTORY_ORDER))
            return replay(EventRecord(e.kind, e.at, e.actor_id, e.note, e.data) for e in events)

    def stored(self, issue_id: uuid.UUID) -> Snapshot:
        """The stored row's projected columns (and partners) as a Snapshot, to compare with ``replayed``."""
        from gridapp.issues.projection import PROJECTED

        with self._db.read() as s:
            issue = s.get(Issue, issue_id)
            assert issue is not None
            partners = frozenset(
                s.scalars(
                    select(IssuePartner.person_id).where(
                        IssuePartner.issue_id == issue_id, IssuePartner.deleted_at.is_(None)
                    )
                )
            )
            return Snapshot(**{name: getattr(issue, name) for name in PROJECTED}, partners=partners)

    def _photo_row(self, photo: IssuePhoto) -> PhotoRow:
        """Outside the read: a photo taken on another PC of the plant is written here from the server first."""
        store = self._photos
        path = store.ensure_local(photo.sha256, photo.suffix) if store else None
        thumb = store.thumbnail(photo.sha256) if store and path else None
        return PhotoRow(photo.id, photo.name, path or _NOWHERE, thumb or _NOWHERE, photo.width, photo.height)


_NOWHERE = Path()


@dataclass(frozen=True, slots=True)
class Board:
    counts: dict[IssueState, int]
    pages: dict[IssueState, list[IssueRow]]
    capped: frozenset[IssueState] = frozenset()  # columns whose count stopped at tallies.CAP ("10,000+")
    approximate: frozenset[IssueState] = frozenset()  # columns whose count is an estimate ("约 N")


def _all_states(where: IssueFilter) -> IssueFilter:
    return IssueFilter(**{**_fields(where), "states": frozenset()})


def _in_subtree(s: Session, unit_id: uuid.UUID) -> ColumnElement[bool] | None:
    """Issues of the unit's subtree; None when that is every issue (the only plant in the database)."""
    roots = [
        r[0] for r in s.execute(select(Unit.id).where(Unit.parent_id.is_(None), Unit.deleted_at.is_(None)).limit(2))
    ]
    if roots == [unit_id]:
        return None
    if unit_id in roots:
        return Issue.plant_id == unit_id  # one plant of several: one indexed comparison
    # The subtree's ids as a list: the per-unit index (unit_id, state) is then used once per unit.
    return Issue.unit_id.in_(list(s.scalars(subtree_ids(unit_id))))


def _subtree_units(s: Session, unit_id: uuid.UUID | None) -> list[uuid.UUID] | None:
    """The units of the subtree for the tallies; None when that is every unit (the only plant in the database)."""
    if unit_id is None:
        return None
    roots = [
        r[0] for r in s.execute(select(Unit.id).where(Unit.parent_id.is_(None), Unit.deleted_at.is_(None)).limit(2))
    ]
    if roots == [unit_id]:
        return None
    return list(s.scalars(subtree_ids(unit_id)))


def _fields(where: IssueFilter) -> dict[str, Any]:
    return {name: getattr(where, name) for name in IssueFilter.__slots__}  # type: ignore[attr-defined]


def _row_query() -> Select[Any]:
    return _ROW_QUERY()


@cache
def _ROW_QUERY() -> Select[Any]:
    return (
        select(
            Issue.id,
            Issue.number,
            Issue.title,
            Issue.category_code,
            Issue.state,
            Issue.state_at,
            Issue.unit_id,
            Unit.name,
            Issue.origin_unit_id,
            Reporter.name,
            Issue.reported_at,
            Issue.assignee_id,
            Assignee.name,
            Issue.deadline_at,
            Issue.deadline_soon_at,
            Issue.deadline_kind,
            Issue.is_hazard,
            Issue.hazard_grade,
            Issue.risk_colour,
            Issue.rework_count,
            Issue.escalation_count,
            Issue.photo_count,
            Issue.comment_count,
        )
        .join(Unit, Unit.id == Issue.unit_id)
        .outerjoin(Reporter, Reporter.id == Issue.reporter_id)
        .outerjoin(Assignee, Assignee.id == Issue.assignee_id)
    )


def _issue_row(r: Row[Any]) -> IssueRow:
    values = list(r)
    values[9] = values[9] or ""
    values[12] = values[12] or ""
    return IssueRow(*values)


def _order(sort: IssueSort, descending: bool) -> list[Any]:
    columns: list[Any] = {
        IssueSort.DEADLINE: [Issue.urgency_at],
        IssueSort.NUMBER: [Issue.year, Issue.seq],
        IssueSort.TITLE: [Issue.title],
        IssueSort.CATEGORY: [Issue.category_code],
        IssueSort.STATE: [Issue.state],
        IssueSort.UNIT: [Unit.name],
        IssueSort.ASSIGNEE: [Assignee.name_pinyin],
        IssueSort.REPORTED_AT: [Issue.reported_at],
        IssueSort.GRADE: [Issue.hazard_grade],
    }[sort]
    # The id breaks ties (pages never repeat or skip a row) in the same direction, so one index serves both.
    ordered = [*columns, Issue.id]
    return [c.desc() if descending else c for c in ordered]


def _entered_by(events: list[EventRow]) -> PersonRef | None:
    """The clerk who keyed in a report on behalf of its reporter (the REPORTED event's actor, when it names one)."""
    first = next((e for e in events if e.kind is EventKind.REPORTED), None)
    if first is None or not first.data.get("reporter") or first.actor_id is None:
        return None
    return PersonRef(first.actor_id, first.actor)


def _event_row(e: IssueEvent) -> EventRow:
    return EventRow(e.seq, e.kind, e.at, e.actor_id, e.actor_name, e.from_state, e.to_state, e.note, dict(e.data))


def _names(s: Session, ids: list[uuid.UUID | None]) -> dict[uuid.UUID | None, PersonRef]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(Person.id, Person.name).where(Person.id.in_(wanted))).all()
    return {pid: PersonRef(pid, name) for pid, name in rows}


_NAMED = ("assignee", "lead", "supervisor", "responsible", "from_unit", "to_unit")


def _event_names(s: Session, events: list[EventRow]) -> dict[str, str]:
    """Names of the people and units that events refer to by id (an assignment names its assignee …)."""
    wanted: set[uuid.UUID] = set()
    for event in events:
        for key in _NAMED:
            value = event.data.get(key)
            if isinstance(value, str):
                wanted.add(uuid.UUID(value))
        for value in event.data.get("partners", []) or []:  # type: ignore[union-attr]
            wanted.add(uuid.UUID(str(value)))
    if not wanted:
        return {}
    found = {str(pid): name for pid, name in s.execute(select(Person.id, Person.name).where(Person.id.in_(wanted)))}
    found.update({str(uid): name for uid, name in s.execute(select(Unit.id, Unit.name).where(Unit.id.in_(wanted)))})
    return found
