"""The derived tallies: every confirmed entry adds to its month's, quarter's and year's sums, in its transaction.

Rankings, totals and charts read these (a year for 5,000 people is ~25,000 person rows instead of 500,000 entries).
``rebuild`` recomputes both tables from the entries with two INSERT … SELECT statements.
"""

from __future__ import annotations

from sqlalchemy import case, delete, func, insert, literal, select, union_all
from sqlalchemy.orm import Session

from gridapp.scoring.kinds import EntryStatus
from gridapp.scoring.models import ALL_CATEGORIES, ScoreEntry, ScorePersonTally, ScoreUnitTally
from gridapp.scoring.periods import keys_of_day


def _upsert(session: Session, table: type[ScorePersonTally] | type[ScoreUnitTally], row: dict[str, object]) -> None:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    statement = dialect_insert(table).values(**row)
    keys = [c.name for c in table.__table__.primary_key.columns]
    statement = statement.on_conflict_do_update(
        index_elements=keys,
        set_={
            "points_tenths": table.points_tenths + statement.excluded.points_tenths,
            "entries": table.entries + statement.excluded.entries,
        },
    )
    session.execute(statement)


def add_entry(session: Session, entry: ScoreEntry) -> None:
    """Count a newly confirmed entry in the tallies of its month, quarter and year, by category and in total."""
    for period in keys_of_day(entry.booked_on):
        for category in (entry.category, ALL_CATEGORIES):
            common = {
                "catalogue": entry.catalogue,
                "period": period,
                "category": category,
                "points_tenths": entry.points_tenths,
                "entries": 1,
            }
            if entry.person_id is not None:
                _upsert(session, ScorePersonTally, {**common, "person_id": entry.person_id})
            _upsert(session, ScoreUnitTally, {**common, "unit_id": entry.unit_id})


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
