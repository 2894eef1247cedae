"""The derived tallies: every confirmed entry adds to its month's, quarter's and year's sums, in its transaction.

Rankings, totals and charts read these (a year for 5,000 people is ~25,000 person rows instead of 500,000 entries).
``rebuild`` recomputes both tables from the entries with two INSERT … SELECT statements.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Table, case, delete, func, insert, literal, select, union_all
from sqlalchemy.orm import Session

from gridapp.scoring.kinds import EntryStatus
from gridapp.scoring.models import ALL_CATEGORIES, ScoreEntry, ScorePersonTally, ScoreUnitTally
from gridapp.scoring.periods import keys_of_day


@cache
def _upsert_statement(dialect: str, table: Table) -> Any:
    """INSERT … ON CONFLICT DO UPDATE adding to the sums, built once per dialect and table (executemany)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    statement = dialect_insert(table)
    return statement.on_conflict_do_update(
        index_elements=[c.name for c in table.primary_key.columns],
        set_={
            "points_tenths": table.c.points_tenths + statement.excluded.points_tenths,
            "entries": table.c.entries + statement.excluded.entries,
        },
    )


def add_entry(session: Session, entry: ScoreEntry) -> None:
    """Count a newly confirmed entry in the tallies of its month, quarter and year, by category and in total."""
    add_entries(session, [entry])


def add_entries(session: Session, entries: Iterable[Any]) -> None:
    """Count newly confirmed entries (anything with an entry's attributes), summed per tally row first: a thousand
    entries of one month become a few dozen upserts."""
    sums: dict[tuple[str, Any, str, str, Any], list[int]] = defaultdict(lambda: [0, 0])
    periods = cache(keys_of_day)
    for entry in entries:
        for period in periods(entry.booked_on):
            for category in (entry.category, ALL_CATEGORIES):
                for subject, key in (("person_id", entry.person_id), ("unit_id", entry.unit_id)):
                    if key is not None:
                        total = sums[(subject, key, entry.catalogue, period, category)]
                        total[0] += entry.points_tenths
                        total[1] += 1
    rows: dict[str, list[dict[str, object]]] = {"person_id": [], "unit_id": []}
    for (subject, key, catalogue, period, category), (points, count) in sums.items():
        rows[subject].append(
            {"catalogue": catalogue, "period": period, "category": category, subject: key,
             "points_tenths": points, "entries": count}
        )  # fmt: skip
    dialect = session.get_bind().dialect.name
    connection = session.connection()
    for subject, table in (("person_id", ScorePersonTally.__table__), ("unit_id", ScoreUnitTally.__table__)):
        if rows[subject]:
            connection.execute(_upsert_statement(dialect, table), rows[subject])


def _period_expressions(dialect: str) -> tuple[object, object, object]:
    """SQL for an entry's month, quarter and year keys ("M2025-03", "Q2025-1", "Y2025") on this dialect."""
    day = ScoreEntry.booked_on
    if dialect == "postgresql":
        year = func.to_char(day, "YYYY")
        month = func.to_char(day, "MM")
        quarter = func.to_char(day, "Q")
    else:
        year = func.strftime("%Y", day)
        month = func.strftime("%m", day)
        quarter = case((month <= "03", "1"), (month <= "06", "2"), (month <= "09", "3"), else_="4")
    return literal("M") + year + "-" + month, literal("Q") + year + "-" + quarter, literal("Y") + year


def rebuild(session: Session) -> None:
    """Recompute both tallies from the confirmed entries (after a bulk load, a sync, or to verify)."""
    session.execute(delete(ScorePersonTally))
    session.execute(delete(ScoreUnitTally))
    live = (ScoreEntry.status == EntryStatus.CONFIRMED, ScoreEntry.deleted_at.is_(None))
    for table, subject in ((ScorePersonTally, ScoreEntry.person_id), (ScoreUnitTally, ScoreEntry.unit_id)):
        parts = []
        for key in _period_expressions(session.get_bind().dialect.name):
            for category, by in ((ScoreEntry.category, [ScoreEntry.category]), (literal(ALL_CATEGORIES), [])):
                parts.append(
                    select(
                        ScoreEntry.catalogue,
                        key.label("period"),  # type: ignore[attr-defined]
                        subject.label("subject"),
                        category.label("category"),
                        func.sum(ScoreEntry.points_tenths).label("points"),
                        func.count().label("entries"),
                    )
                    .where(*live, subject.is_not(None))
                    .group_by(ScoreEntry.catalogue, key, subject, *by)
                )
        subject_column = "person_id" if table is ScorePersonTally else "unit_id"
        session.execute(
            insert(table).from_select(
                ["catalogue", "period", subject_column, "category", "points_tenths", "entries"], union_all(*parts)
            )
        )
