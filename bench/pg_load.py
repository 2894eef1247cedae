"""The cached SQLite bench database copied into PostgreSQL with COPY: the same plant, issues and events.

    python -m bench.bulk --issues 1000000 --postgresql postgresql://grid@127.0.0.1:5432/plant

The schema is made by the app's migrations (an empty database); every table's rows then go in with ``COPY … FROM
STDIN`` in SQLite's stored forms, which PostgreSQL reads as they are (a UUID as 32 hex digits, a time as
"YYYY-MM-DD HH:MM:SS.ffffff", a flag as 0/1). The issue table's secondary indexes and its tally triggers are left
out during the load and made after it; the search table (``issue_search``: tokens and the folded text) is written
from the issues' texts the way ``gridapp.issues.search.write_many`` writes it.
"""

from __future__ import annotations

import sqlite3
import time
import unicodedata
import uuid
from functools import cache
from pathlib import Path

from gridapp.db.models import metadata
from gridapp.issues import search

# Derived or made by the migrations and the workspace itself; the audit trail and sync bookkeeping stay per database.
SKIP = {"alembic_version", "issue_fts", "issue_search", "issue_tally", "audit_record", "audit_chain", "station"}
BIG = ("issue", "issue_event")


@cache
def _search_entry(title: str, description: str) -> tuple[list[str], str]:
    pieces = [title, description]
    return search.tokenize(pieces).all(), unicodedata.normalize("NFKC", search.SEPARATOR.join(pieces)).casefold()


def copy_into(source: Path, url: str) -> dict[str, float]:
    """Copy the SQLite database ``source`` into the empty PostgreSQL database ``url``; returns seconds per phase."""
    import psycopg

    from gridapp.services import open_workspace

    figures: dict[str, float] = {}
    started = time.perf_counter()
    opened = open_workspace(url)  # migrations: tables, indexes, triggers
    opened.services.close()
    figures["schema"] = time.perf_counter() - started
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as pg:
        indexes = pg.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) AND indexname NOT LIKE 'pk_%%'",
            [list(BIG)],
        ).fetchall()
        for name, _sql in indexes:
            pg.execute(f'DROP INDEX "{name}"')
        pg.execute("ALTER TABLE issue DISABLE TRIGGER USER")
        started = time.perf_counter()
        have = {r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in metadata.sorted_tables:
            if table.name in SKIP or table.name.startswith("sync_") or table.name not in have:
                continue
            columns = [c.name for c in table.columns]
            if not lite.execute(f'SELECT 1 FROM "{table.name}" LIMIT 1').fetchone():
                continue
            pg.execute(f'DELETE FROM "{table.name}"')  # rows the migrations seeded (roles, categories) come again
            names = ", ".join(f'"{c}"' for c in columns)
            with pg.cursor().copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                for row in lite.execute(f'SELECT {names} FROM "{table.name}"'):
                    copy.write_row(row)
        figures["copy"] = time.perf_counter() - started
        started = time.perf_counter()
        with pg.cursor().copy("COPY issue_search (issue_id, grams, doc) FROM STDIN") as copy:
            copy.set_types(["uuid", "text[]", "text"])
            for issue_hex, title, description in lite.execute("SELECT id, title, description FROM issue"):
                grams, doc = _search_entry(title, description)
                copy.write_row((uuid.UUID(issue_hex), grams, doc))
        figures["search"] = time.perf_counter() - started
        started = time.perf_counter()
        for _name, sql in indexes:
            pg.execute(sql)
        pg.execute("ALTER TABLE issue ENABLE TRIGGER USER")
        pg.execute("DELETE FROM issue_tally")
        pg.execute(
            "INSERT INTO issue_tally (unit_id, state, category_code, is_hazard, issues) SELECT unit_id, state, "
            "category_code, is_hazard, count(*) FROM issue WHERE deleted_at IS NULL "
            "GROUP BY unit_id, state, category_code, is_hazard"
        )
        figures["indexes and tallies"] = time.perf_counter() - started
        # As bench.bulk.forget_audit_trail: the loaded events are a database's from before its audit trail.
        pg.execute("ALTER TABLE audit_record DISABLE TRIGGER USER")
        pg.execute("DELETE FROM audit_record")
        pg.execute("DELETE FROM audit_chain")
        pg.execute("ALTER TABLE audit_record ENABLE TRIGGER USER")
        started = time.perf_counter()
        pg.execute("VACUUM ANALYZE")
        figures["analyze"] = time.perf_counter() - started
    lite.close()
    print("PostgreSQL loaded: " + ", ".join(f"{k} {v:.0f} s" for k, v in figures.items()))
    return figures
