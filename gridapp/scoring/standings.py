"""Outputs computed in SQL from the tallies: totals by category, scores, stars, rankings with top-N and bottom-N
marks (ties share a rank), the team scorecards, and the data of the trend and comparison charts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, literal_column, null, or_, select
from sqlalchemy.orm import Session, aliased

from gridapp.actor import Actor
from gridapp.org.kinds import PARTY_MEMBERS, UnitKind
from gridapp.org.models import Person, Unit
from gridapp.org.service import subtree_ids
from gridapp.scoring.access import permissions, watched_units
from gridapp.scoring.base import Part, closed_period
from gridapp.scoring.catalogue import catalogue_row, settings_of
from gridapp.scoring.kinds import EntryStatus, Mark, ScoreMode, SubjectKind, WarningLevel
from gridapp.scoring.models import (
    ALL_CATEGORIES,
    ScoreCatalogue,
    ScoreCategory,
    ScoreEntry,
    ScorePersonTally,
    ScoreRule,
    ScoreUnitTally,
    ScoreWarning,
)
from gridapp.scoring.periods import Period
from gridapp.scoring.points import from_tenths
from gridapp.scoring.rows import (
    CatalogueRow,
    ComparisonRow,
    Scorecard,
    ScorecardCategory,
    ScorecardItem,
    StandingQuery,
    StandingRow,
    StandingSettings,
    StandingSort,
    TrendPoint,
)
from gridapp.scoring.rules import rule_row, rules_for
from gridapp.security.rights import Right, audited_export, may

SEVERITY = {WarningLevel.RED: 1, WarningLevel.YELLOW: 2, WarningLevel.BLUE: 3}
LEVELS = {n: level for level, n in SEVERITY.items()}
TENTH = Decimal("0.1")


def scaled(base: Decimal | None, tenths: int, divisor: int) -> Decimal:
    """``base`` + points (in tenths) ÷ ``divisor``, to one decimal."""
    points = from_tenths(tenths)
    if divisor != 1:
        points = (points / divisor).quantize(TENTH)
    return points if base is None else base + points


def settings_for(session: Session, catalogue: str, period: Period) -> StandingSettings:
    """The catalogue as ``period`` is scored: a closed period's copy of the settings, else the current ones."""
    head = session.scalar(
        select(ScoreCatalogue).where(ScoreCatalogue.code == catalogue, ScoreCatalogue.deleted_at.is_(None))
    )
    if head is None:
        raise KeyError(catalogue)
    categories = list(
        session.scalars(
            select(ScoreCategory)
            .where(ScoreCategory.catalogue == catalogue, ScoreCategory.deleted_at.is_(None))
            .order_by(ScoreCategory.position)
        )
    )
    closed = closed_period(session, period)
    settings = (closed.settings.get(catalogue) if closed is not None else None) or settings_of(head)
    return StandingSettings(catalogue_row(head, categories, settings), period, closed is not None)


def months_counted(catalogue: CatalogueRow, period: Period, today: Any) -> int:
    """The divisor of a monthly assessment: the period's months that have begun (a year in progress is the
    average of its months so far); 1 for a scheme whose points accumulate."""
    if catalogue.mode is not ScoreMode.MONTHLY_AVERAGE:
        return 1
    return max(1, sum(1 for month in period.months() if month.starts_on <= today))


@dataclass(frozen=True)
class RankingExport:
    rows: list[StandingRow]
    with_warnings: bool  # False: every row's warning is None and the file has no warning column


class StandingService(Part):
    def settings(self, catalogue: str, period: Period) -> StandingSettings:
        with self._db.read() as s:
            return settings_for(s, catalogue, period)

    def count(self, query: StandingQuery) -> int:
        with self._db.read() as s:
            settings = settings_for(s, query.catalogue, query.period)
            subjects = _subjects(query, settings.catalogue).subquery()
            return int(s.scalar(select(func.count()).select_from(subjects)) or 0)

    def page(
        self,
        query: StandingQuery,
        offset: int = 0,
        limit: int = 200,
        sort: StandingSort | int = StandingSort.RANK,
        descending: bool = False,
    ) -> list[StandingRow]:
        """One page of the ranking; ``sort`` may be a category's index (its points).

        Ranks are computed over every subject's total (one ``*`` tally row each); the page is cut in SQL and only
        its rows look up their category figures, names and warnings.
        """
        with self._db.read() as s:
            catalogue = settings_for(s, query.catalogue, query.period).catalogue
            sort_category = sort if isinstance(sort, int) else None
            ranked = _ranked(query, catalogue, sort_category).subquery("ranked")
            top, bottom = catalogue.top_n, catalogue.bottom_n
            # RANK() from the bottom without another sort: those below plus those tied, counted from the end.
            rank_up = ranked.c.group_size - ranked.c.rank - ranked.c.tie_size + 2
            in_top = ranked.c.rank <= top
            in_bottom = and_(rank_up <= bottom, ranked.c.group_size > 1)
            # Nobody is both rewarded and penalised: a tie reaching both ends (all equal, or a tiny group) is marked
            # neither, and the committee decides.
            mark = case(
                (and_(in_top, in_bottom), literal(Mark.NONE.value)),
                (in_top, literal(Mark.TOP.value)),
                (in_bottom, literal(Mark.BOTTOM.value)),
                else_=literal(Mark.NONE.value),
            )
            if sort_category is not None:
                key: Any = ranked.c.sort_value
            else:
                key = {
                    StandingSort.RANK: ranked.c.rank,
                    StandingSort.NAME: ranked.c.sort_name,
                    StandingSort.EMPLOYEE_NO: ranked.c.employee_no,
                    StandingSort.UNIT: ranked.c.unit_name,
                    StandingSort.ENTRIES: ranked.c.entries,
                }[sort]
            order = [key.desc() if descending else key, ranked.c.rank, ranked.c.sort_name, ranked.c.id]
            chosen = (
                select(
                    *ranked.c,
                    rank_up.label("rank_up"),
                    mark.label("mark"),
                )
                .order_by(*order)
                .offset(offset)
                .limit(limit)
                .subquery("chosen")
            )
            statement = _details(chosen, query, catalogue)
            warning = self._warnings(s, query)
            if warning is not None:
                statement = statement.add_columns(warning.c.severity).outerjoin(
                    warning, warning.c.person_id == chosen.c.id
                )
            again = [chosen.c[column.name] for column in (key, ranked.c.rank, ranked.c.sort_name, ranked.c.id)]
            again[0] = again[0].desc() if descending else again[0]
            result = s.execute(statement.order_by(*again))
            divisor = months_counted(catalogue, query.period, self.today())
            return self._rows(result, catalogue, query, divisor, warning is not None)

    def all(self, query: StandingQuery, sort: StandingSort | int = StandingSort.RANK) -> list[StandingRow]:
        return self.page(query, 0, 1_000_000, sort)

    def for_export(
        self, actor: Actor, query: StandingQuery, sort: StandingSort | int = StandingSort.RANK
    ) -> RankingExport:
        """The ranking for a file: RANKING_EXPORT is required and the export audited; the warnings stay out unless
        the account may also export them (WARNING_EXPORT), whatever the query's viewer."""
        with self._db.read() as s:
            with_warnings = actor.person_id is not None and may(s, actor, Right.WARNING_EXPORT)
        detail = {
            "catalogue": query.catalogue,
            "period": query.period.key,
            "unit": str(query.unit_id),
            "warnings": with_warnings,
        }
        audited_export(self._db, actor, Right.RANKING_EXPORT, "ranking", detail)
        viewer = actor.person_id if with_warnings else None
        return RankingExport(self.all(replace(query, viewer_id=viewer), sort), with_warnings)

    def for_print(self, actor: Actor, query: StandingQuery) -> None:
        """A ranking is about to be printed (a posted board, without warnings): RANKING_EXPORT, audited."""
        detail = {"catalogue": query.catalogue, "period": query.period.key, "unit": str(query.unit_id)}
        audited_export(self._db, actor, Right.RANKING_EXPORT, "ranking_print", detail)

    def _warnings(self, s: Session, query: StandingQuery) -> Any:
        """Open warnings' most serious level per person, limited to people the viewer may see; None if none."""
        if query.viewer_id is None or not permissions(s, query.viewer_id, self.today()).see_warnings:
            return None
        severity = case(*[(ScoreWarning.level == level, n) for level, n in SEVERITY.items()], else_=9)
        return (
            select(ScoreWarning.person_id, func.min(severity).label("severity"))
            .join(Person, Person.id == ScoreWarning.person_id)
            .where(
                ScoreWarning.deleted_at.is_(None),
                ScoreWarning.closed_on.is_(None),
                Person.home_unit_id.in_(watched_units(query.viewer_id, self.today())),
            )
            .group_by(ScoreWarning.person_id)
            .subquery("warned")
        )

    @staticmethod
    def _rows(
        rows: Any, catalogue: CatalogueRow, query: StandingQuery, divisor: int, warned: bool
    ) -> list[StandingRow]:
        """Plain rows from the result: columns by position (looked up once), Decimals from a cache."""
        keys = list(rows.keys())
        at = {name: keys.index(name) for name in keys}
        i_id, i_name, i_code, i_unit, i_unit_name = (
            at["id"],
            at["name"],
            at["employee_no"],
            at["unit_id"],
            at["unit_name"],
        )
        i_party, i_kind, i_total, i_entries = at["party_status"], at["unit_kind"], at["total"], at["entries"]
        i_rank, i_up, i_tie, i_mark = at["rank"], at["rank_up"], at["tie_size"], at["mark"]
        i_severity = at.get("severity")
        categories = [(c.full, at[f"c{i}"]) for i, c in enumerate(catalogue.categories)]
        kind = query.period.kind
        out = []
        for r in rows:
            score = scaled(catalogue.base, r[i_total], divisor)
            severity = r[i_severity] if warned and i_severity is not None else None
            out.append(
                StandingRow(
                    subject_id=r[i_id],
                    name=r[i_name],
                    employee_no=r[i_code] or "",
                    unit_id=r[i_unit],
                    unit_name=r[i_unit_name] or "",
                    party_status=r[i_party],
                    unit_kind=UnitKind(r[i_kind]) if r[i_kind] else None,
                    by_category=tuple(scaled(full, r[i], divisor) for full, i in categories),
                    points=from_tenths(r[i_total]),
                    score=score,
                    entries=int(r[i_entries]),
                    stars=catalogue.stars(score, kind),
                    rank=int(r[i_rank]),
                    rank_from_bottom=int(r[i_up]),
                    tied=int(r[i_tie]) > 1,
                    mark=Mark(r[i_mark]),
                    warning=LEVELS.get(severity) if severity is not None else None,
                )
            )
        return out

    # team scorecards

    def scorecard(self, catalogue: str, subject_id: uuid.UUID, period: Period) -> Scorecard:
        """Every rule of the catalogue (as the period is scored) with how often and how many points it gave the
        subject, by category: the 5 × 44 assessment sheet of a team, or a person's card of the five criteria."""
        with self._db.read() as s:
            settings = settings_for(s, catalogue, period)
            rules = rules_for(s, catalogue, period)
            used = {
                code: (int(times), int(points), int(requested))
                for code, times, points, requested in s.execute(
                    select(
                        ScoreRule.code,
                        func.sum(ScoreEntry.quantity),
                        func.sum(ScoreEntry.points_tenths),
                        func.sum(ScoreEntry.requested_tenths),
                    )
                    .join(ScoreRule, ScoreRule.id == ScoreEntry.rule_id)
                    .where(*_confirmed_in(catalogue, period), _subject_is(settings.catalogue, subject_id))
                    .group_by(ScoreRule.code)
                )
            }
            rules += _retired_with_points(s, catalogue, set(used) - {r.code for r in rules})
            subject = s.get(Person if settings.catalogue.subject is SubjectKind.PERSON else Unit, subject_id)
            subject_name = subject.name if subject is not None else ""
            above = (
                None if subject is None else subject.home_unit_id if isinstance(subject, Person) else subject.parent_id
            )
            unit_name = s.scalar(select(Unit.name).where(Unit.id == above)) if above else ""
        divisor = months_counted(settings.catalogue, period, self.today())
        categories = []
        for category in settings.catalogue.categories:
            none = (0, 0, 0)
            items = tuple(
                ScorecardItem(
                    rule_row(r),
                    used.get(r.code, none)[0],
                    from_tenths(used.get(r.code, none)[1]),
                    from_tenths(used.get(r.code, none)[2]),
                )
                for r in rules
                if r.category == category.code
            )
            points = sum((i.points for i in items), Decimal(0))
            score = ((category.full or Decimal(0)) + points / divisor).quantize(Decimal("0.1"))
            if category.full is not None:
                score = max(score, Decimal(0))  # deductions were cut off at zero as they were confirmed
            categories.append(ScorecardCategory(category, items, points, score))
        total = sum((c.points for c in categories), Decimal(0))
        return Scorecard(
            subject_id,
            subject_name,
            period,
            settings.closed,
            settings.catalogue.base,
            tuple(categories),
            (settings.catalogue.base + total / divisor).quantize(Decimal("0.1")),
            unit_name or "",
        )

    def sheet_for_print(self, actor: Actor, catalogue: str, subject_id: uuid.UUID, period: Period) -> Scorecard:
        """A team's assessment sheet (考核表) about to be printed for posting and signature: RANKING_EXPORT, audited."""
        detail = {"catalogue": catalogue, "period": period.key, "subject": str(subject_id)}
        audited_export(self._db, actor, Right.RANKING_EXPORT, "assessment_sheet_print", detail)
        return self.scorecard(catalogue, subject_id, period)

    def scorecard_matrix(
        self, catalogue: str, unit_id: uuid.UUID, period: Period, people: bool = False
    ) -> dict[tuple[str, uuid.UUID], tuple[int, Decimal]]:
        """(rule code, subject) → (times, points) for the subtree: every team's sheet (or every person's card,
        when ``people``) at once, in one grouped query."""
        subject = ScoreEntry.person_id if people else ScoreEntry.unit_id
        with self._db.read() as s:
            query = (
                select(ScoreRule.code, subject, func.sum(ScoreEntry.quantity), func.sum(ScoreEntry.points_tenths))
                .join(ScoreRule, ScoreRule.id == ScoreEntry.rule_id)
                .where(*_confirmed_in(catalogue, period), ScoreEntry.unit_id.in_(subtree_ids(unit_id)))
                .group_by(ScoreRule.code, subject)
            )
            query = query.where(ScoreEntry.person_id.is_not(None) if people else ScoreEntry.person_id.is_(None))
            rows = s.execute(query).all()
        return {(code, who): (int(times), from_tenths(points)) for code, who, times, points in rows}

    # charts

    def trend(
        self, catalogue: str, unit_id: uuid.UUID, last: Period, months: int = 12, person_id: uuid.UUID | None = None
    ) -> list[TrendPoint]:
        """Points per month by category for the ``months`` months up to the last month of ``last``."""
        end = last.months()[-1]
        periods = [end]
        while len(periods) < months:
            periods.insert(0, periods[0].previous())
        keys = [p.key for p in periods]
        with self._db.read() as s:
            codes = [c.code for c in settings_for(s, catalogue, last).catalogue.categories]
            if person_id is not None:
                tally: Any = ScorePersonTally
                where: ColumnElement[bool] = ScorePersonTally.person_id == person_id
            else:
                tally = ScoreUnitTally
                where = ScoreUnitTally.unit_id.in_(subtree_ids(unit_id))
            rows = s.execute(
                select(tally.period, tally.category, func.sum(tally.points_tenths))
                .where(tally.catalogue == catalogue, tally.period.in_(keys), tally.category != ALL_CATEGORIES, where)
                .group_by(tally.period, tally.category)
            ).all()
        sums = {(period, category): points for period, category, points in rows}
        out = []
        for p in periods:
            values = tuple(from_tenths(sums.get((p.key, c), 0)) for c in codes)
            out.append(TrendPoint(p, values, sum(values, Decimal(0))))
        return out

    def comparison(self, catalogue: str, unit_id: uuid.UUID, period: Period) -> list[ComparisonRow]:
        """Points by category of each unit directly below ``unit_id`` (its whole branch), and of the unit itself,
        with the branch's members (party members, or people, or teams) for per-member figures. A unit with a single
        child and nobody of its own is looked through (the plant of one grid compares the grid's zones)."""
        with self._db.read() as s:
            settings = settings_for(s, catalogue, period)
            codes = [c.code for c in settings.catalogue.categories]
            unit_id = _first_fork(s, unit_id)
            branch = _branches(unit_id)
            rows = s.execute(
                select(branch.c.branch_id, ScoreUnitTally.category, func.sum(ScoreUnitTally.points_tenths))
                .join(branch, branch.c.unit_id == ScoreUnitTally.unit_id)
                .where(ScoreUnitTally.catalogue == catalogue, ScoreUnitTally.period == period.key)
                .where(ScoreUnitTally.category != ALL_CATEGORIES)
                .group_by(branch.c.branch_id, ScoreUnitTally.category)
            ).all()
            if settings.catalogue.subject is SubjectKind.PERSON:
                members_query = (
                    select(branch.c.branch_id, func.count())
                    .join(Person, Person.home_unit_id == branch.c.unit_id)
                    .where(Person.deleted_at.is_(None), Person.left_on.is_(None))
                    .where(Person.party_status.in_(PARTY_MEMBERS))
                    .group_by(branch.c.branch_id)
                )
            else:
                members_query = (
                    select(branch.c.branch_id, func.count())
                    .join(Unit, Unit.id == branch.c.unit_id)
                    .where(Unit.kind == UnitKind.TEAM)
                    .group_by(branch.c.branch_id)
                )
            members = dict(s.execute(members_query).all())
            children = s.execute(
                select(Unit.id, Unit.name)
                .where(Unit.parent_id == unit_id, Unit.deleted_at.is_(None))
                .order_by(Unit.position, Unit.name)
            ).all()
            own = s.get(Unit, unit_id)
        sums = {(branch_id, category): points for branch_id, category, points in rows}
        out = []
        for branch_id, name in [(unit_id, own.name if own else ""), *children]:
            values = tuple(from_tenths(sums.get((branch_id, c), 0)) for c in codes)
            count = members.get(branch_id, 0)
            if branch_id == unit_id and not count and not any(values):
                continue  # nobody and nothing booked at the unit itself
            out.append(
                ComparisonRow(None if branch_id == unit_id else branch_id, name, values, sum(values, Decimal(0)), count)
            )
        return out


def _tally(catalogue: CatalogueRow) -> Any:
    return ScorePersonTally if catalogue.subject is SubjectKind.PERSON else ScoreUnitTally


def _subject_key(tally: Any, catalogue: CatalogueRow) -> Any:
    return tally.person_id if catalogue.subject is SubjectKind.PERSON else tally.unit_id


def _subjects(query: StandingQuery, catalogue: CatalogueRow) -> Select[Any]:
    """The people (or teams) ranked: those of the unit's subtree; people who left before the period are not."""
    scope = subtree_ids(query.unit_id)
    if catalogue.subject is SubjectKind.PERSON:
        statement = (
            select(
                Person.id.label("id"),
                Person.name_pinyin.label("sort_name"),
                Person.employee_no.label("employee_no"),
                Unit.name.label("unit_name"),
            )
            .join(Unit, Unit.id == Person.home_unit_id)
            .where(
                Person.deleted_at.is_(None),
                Person.home_unit_id.in_(scope),
                or_(Person.left_on.is_(None), Person.left_on >= query.period.starts_on),
            )
        )
        if query.party_members_only:
            statement = statement.where(Person.party_status.in_(PARTY_MEMBERS))
        return statement
    parent = aliased(Unit)
    scored = select(ScoreUnitTally.unit_id).where(
        ScoreUnitTally.catalogue == catalogue.code,
        ScoreUnitTally.period == query.period.key,
        ScoreUnitTally.category == ALL_CATEGORIES,
    )
    return (
        select(
            Unit.id.label("id"),
            Unit.name.label("sort_name"),
            Unit.code.label("employee_no"),
            func.coalesce(parent.name, "").label("unit_name"),
        )
        .outerjoin(parent, parent.id == Unit.parent_id)
        .where(Unit.deleted_at.is_(None), Unit.id.in_(scope), _like_with_like(catalogue, scored))
    )


def _like_with_like(catalogue: CatalogueRow, scored: Select[Any]) -> ColumnElement[bool]:
    """Units of the catalogue's kind only (teams with teams: a zone's points never put it in the team ranking); a
    catalogue naming no kind ranks teams and whatever unit has points, as before kinds were named."""
    if catalogue.unit_kind is not None:
        return Unit.kind == catalogue.unit_kind
    return or_(Unit.kind == UnitKind.TEAM, Unit.id.in_(scored))


def _ranked(query: StandingQuery, catalogue: CatalogueRow, sort_category: int | None) -> Select[Any]:
    """Each subject's total with its rank (ties share it), the size of its tie and of the group: narrow rows."""
    tally = _tally(catalogue)
    key = _subject_key(tally, catalogue)
    subjects = _subjects(query, catalogue).subquery("subjects")
    totals = (
        select(key.label("sid"), tally.points_tenths.label("total"), tally.entries.label("entries"))
        .where(tally.catalogue == catalogue.code, tally.period == query.period.key, tally.category == ALL_CATEGORIES)
        .subquery("totals")
    )
    # The totals first, then the windows over a plain column: identical window orderings share one sort.
    scored = (
        select(
            *subjects.c,
            func.coalesce(totals.c.total, literal_column("0")).label("total"),
            func.coalesce(totals.c.entries, literal_column("0")).label("entries"),
        )
        .select_from(subjects)
        .outerjoin(totals, totals.c.sid == subjects.c.id)
    )
    if sort_category is not None:
        one = aliased(tally, name="sorted_category")
        scored = scored.add_columns(
            func.coalesce(one.points_tenths, literal_column("0")).label("sort_value")
        ).outerjoin(
            one,
            and_(
                one.catalogue == catalogue.code,
                one.period == query.period.key,
                one.category == catalogue.categories[sort_category].code,
                _subject_key(one, catalogue) == subjects.c.id,
            ),
        )
    inner = scored.subquery("scored")
    # One ordering for rank and tie size, so SQLite sorts once (a row's peers are its tie).
    return select(
        *inner.c,
        func.rank().over(order_by=inner.c.total.desc()).label("rank"),
        func.count().over(order_by=inner.c.total.desc(), range_=(0, 0)).label("tie_size"),
        func.count().over().label("group_size"),
    )


def _details(chosen: Any, query: StandingQuery, catalogue: CatalogueRow) -> Select[Any]:
    """The chosen page's names, units and per-category points (one keyed lookup per row and category)."""
    tally = _tally(catalogue)
    lookups = [aliased(tally, name=f"category_{i}") for i in range(len(catalogue.categories))]
    figures = [func.coalesce(t.points_tenths, 0).label(f"c{i}") for i, t in enumerate(lookups)]
    if catalogue.subject is SubjectKind.PERSON:
        statement = select(
            *chosen.c,
            Person.name.label("name"),
            Person.home_unit_id.label("unit_id"),
            Person.party_status.label("party_status"),
            null().label("unit_kind"),
            *figures,
        ).join(Person, Person.id == chosen.c.id)
    else:
        statement = select(
            *chosen.c,
            Unit.name.label("name"),
            Unit.parent_id.label("unit_id"),
            null().label("party_status"),
            Unit.kind.label("unit_kind"),
            *figures,
        ).join(Unit, Unit.id == chosen.c.id)
    for category, lookup in zip(catalogue.categories, lookups, strict=True):
        statement = statement.outerjoin(
            lookup,
            and_(
                lookup.catalogue == catalogue.code,
                lookup.period == query.period.key,
                lookup.category == category.code,
                _subject_key(lookup, catalogue) == chosen.c.id,
            ),
        )
    return statement


def _subject_is(catalogue: CatalogueRow, subject_id: uuid.UUID) -> ColumnElement[bool]:
    if catalogue.subject is SubjectKind.PERSON:
        return ScoreEntry.person_id == subject_id
    return and_(ScoreEntry.unit_id == subject_id, ScoreEntry.person_id.is_(None))


def _confirmed_in(catalogue: str, period: Period) -> list[ColumnElement[bool]]:
    return [
        ScoreEntry.catalogue == catalogue,
        ScoreEntry.status == EntryStatus.CONFIRMED,
        ScoreEntry.deleted_at.is_(None),
        ScoreEntry.booked_on.between(period.starts_on, period.ends_on),
    ]


def _retired_with_points(s: Session, catalogue: str, codes: set[str]) -> list[ScoreRule]:
    """The latest versions of rules no longer listed that still gave points in the period: nothing is hidden."""
    if not codes:
        return []
    found: dict[str, ScoreRule] = {}
    for rule in s.scalars(
        select(ScoreRule)
        .where(ScoreRule.catalogue == catalogue, ScoreRule.code.in_(codes), ScoreRule.deleted_at.is_(None))
        .order_by(ScoreRule.version)
    ):
        found[rule.code] = rule
    return sorted(found.values(), key=lambda r: (r.position, r.code))


def _first_fork(s: Session, unit_id: uuid.UUID) -> uuid.UUID:
    """Walk down while a unit has a single child and no people of its own (a plant with one grid): comparing one
    bar says nothing, the units below it are what people compare."""
    for _ in range(20):
        children = s.scalars(select(Unit.id).where(Unit.parent_id == unit_id, Unit.deleted_at.is_(None)).limit(2)).all()
        own = s.scalar(select(Person.id).where(Person.home_unit_id == unit_id, Person.deleted_at.is_(None)).limit(1))
        if len(children) != 1 or own is not None:
            return unit_id
        unit_id = children[0]
    return unit_id


def _branches(unit_id: uuid.UUID) -> Any:
    """(unit_id, branch_id): every unit of the subtree with the child of ``unit_id`` it lies under (the unit itself
    is its own branch)."""
    top = (
        select(Unit.id.label("unit_id"), Unit.id.label("branch_id"))
        .where(Unit.parent_id == unit_id, Unit.deleted_at.is_(None))
        .cte("branches", recursive=True)
    )
    child = aliased(Unit)
    top = top.union_all(
        select(child.id, top.c.branch_id).where(child.parent_id == top.c.unit_id, child.deleted_at.is_(None))
    )
    itself = select(
        literal(unit_id, type_=Unit.id.type).label("unit_id"), literal(unit_id, type_=Unit.id.type).label("branch_id")
    )
    return select(top.c.unit_id, top.c.branch_id).union_all(itself).subquery("branch")
