"""Full-text search over every text a person wrote on an issue (title, description, category name, hazard measures,
funds and contingency plan, and the note of every event: comments, feedback, return, hold, escalation, reopening,
assignment and stage notes) that finds Chinese words of any length.

SQLite's FTS5 trigram tokenizer finds nothing for terms under three characters, and most Chinese words have two.
So the text is tokenised here: every run of Chinese characters becomes its overlapping bigrams (泵房隐患 → 泵房 房隐
隐患) in one column and its single characters in another; Latin letters and digits become lower-case words. A query
is tokenised the same way: a Chinese run of two or more characters is a phrase of its bigrams (consecutive, so
隐患排查 matches only that sequence), a single character searches the characters column, a word is a prefix.
On PostgreSQL the same tokens go into a text[] column with a GIN index (``@>``), and a LIKE over the stored text
makes the match exact. No dictionary (jieba) is needed, and no word is ever missed for not being in one.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, any_, bindparam, column, exists, literal_column, select, table, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_SEGMENT = re.compile(f"([{_CJK}]+)|([^\\W{_CJK}]+)")
ROWID_MASK = (1 << 63) - 1
SEPARATOR = "\n"


@dataclass(frozen=True, slots=True)
class Tokens:
    grams: list[str]  # bigrams of Chinese runs (a one-character run stays whole), and words
    chars: list[str]  # every Chinese character

    def all(self) -> list[str]:
        return list(dict.fromkeys([*self.grams, *self.chars]))


def _segments(text: str) -> Iterable[tuple[bool, str]]:
    # NFKC first: full-width Ａ１ typed on a Chinese keyboard searches like A1.
    for match in _SEGMENT.finditer(unicodedata.normalize("NFKC", text).casefold()):
        chinese, word = match.groups()
        if chinese:
            yield True, chinese
        elif word:
            yield False, word


def _bigrams(run: str) -> list[str]:
    return [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]


def tokenize(pieces: Sequence[str]) -> Tokens:
    grams: list[str] = []
    chars: list[str] = []
    for piece in pieces:
        for chinese, run in _segments(piece):
            if chinese:
                grams.extend(_bigrams(run))
                chars.extend(run)
            else:
                grams.append(run)
    return Tokens(grams, chars)


@dataclass(frozen=True, slots=True)
class Query:
    fts: str  # an FTS5 MATCH expression
    tokens: list[str]  # tokens every match must contain (PostgreSQL)
    patterns: list[str]  # substrings every match must contain (PostgreSQL LIKE, lower-cased)


def parse_query(raw: str) -> Query | None:
    """None when the query holds nothing searchable (only punctuation or spaces)."""
    parts, tokens, patterns = [], [], []
    for chinese, run in _segments(raw):
        patterns.append(run)
        if chinese and len(run) == 1:
            parts.append(f'chars : "{run}"')
            tokens.append(run)
        elif chinese:
            grams = _bigrams(run)
            parts.append('grams : "' + " ".join(grams) + '"')
            tokens.extend(grams)
        else:
            parts.append(f'grams : "{run}"*')
    if not parts:
        return None
    return Query(" AND ".join(parts), list(dict.fromkeys(tokens)), patterns)


def rowid(issue_id: uuid.UUID) -> int:
    """The FTS5 row of an issue: 63 bits of its UUID, so it is found and replaced without a scan."""
    return issue_id.int & ROWID_MASK


def written_texts(category_name: str, hazard: Sequence[str], notes: Iterable[str]) -> list[str]:
    """What is indexed beside the title and description: the category's name, the hazard's written fixes, and the
    note of every event (not only comments: a word written only in a feedback or a hold reason must be found)."""
    return [text for text in (category_name, *hazard, *notes) if text]


def _document(title: str, description: str, comments: Sequence[str]) -> list[str]:
    return [title, description, *comments]


def write_index(
    conn: Connection | Session, issue_id: uuid.UUID, title: str, description: str, comments: Sequence[str]
) -> None:
    """Replace the issue's entry in the search index; ``comments`` are its other texts (``written_texts``)."""
    write_many(conn, [(issue_id, title, description, comments)])


def write_many(conn: Connection | Session, entries: Iterable[tuple[uuid.UUID, str, str, Sequence[str]]]) -> None:
    dialect = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    rows = []
    for issue_id, title, description, comments in entries:
        pieces = _document(title, description, comments)
        tokens = tokenize(pieces)
        rows.append((issue_id, pieces, tokens))
    if not rows:
        return
    if dialect == "sqlite":
        conn.execute(text("DELETE FROM issue_fts WHERE rowid = :r"), [{"r": rowid(i)} for i, _, _ in rows])
        conn.execute(
            text("INSERT INTO issue_fts (rowid, issue_id, grams, chars) VALUES (:r, :id, :g, :c)"),
            [{"r": rowid(i), "id": i.hex, "g": " ".join(t.grams), "c": " ".join(t.chars)} for i, _, t in rows],
        )
    else:
        statement = text(
            "INSERT INTO issue_search (issue_id, grams, doc) VALUES (:id, :g, :d) "
            "ON CONFLICT (issue_id) DO UPDATE SET grams = excluded.grams, doc = excluded.doc"
        ).bindparams(bindparam("g", type_=postgresql.ARRAY(postgresql.TEXT)))
        conn.execute(
            statement,
            [
                {"id": i, "g": t.all(), "d": unicodedata.normalize("NFKC", SEPARATOR.join(p)).casefold()}
                for i, p, t in rows
            ],
        )


HITS_TABLE = "issue_search_hits"


def remember_hits(session: Session, query: Query) -> None:
    """Keep the matches of ``query`` for the further statements of this read (the board's counts and its eleven
    columns), so they do not search again: SQLite in a temporary table of this connection, PostgreSQL as a list of
    ids in the session (a rare word's, at most a few thousand: a common word is walked, never remembered)."""
    if session.get_bind().dialect.name != "sqlite":
        where, parameters = _pg_match(query)
        session.info[HITS_TABLE] = list(
            session.scalars(text(f"SELECT issue_id FROM issue_search WHERE {where}"), parameters)
        )
        return
    session.execute(text(f"CREATE TEMP TABLE IF NOT EXISTS {HITS_TABLE} (key INTEGER PRIMARY KEY)"))
    session.execute(text(f"DELETE FROM {HITS_TABLE}"))
    session.execute(
        text(f"INSERT INTO {HITS_TABLE} SELECT rowid FROM issue_fts WHERE issue_fts MATCH :q"), {"q": query.fts}
    )


COMMON = 5_000  # more matches than this: a common word, whose pages are found by walking the list's own index
SAMPLED = 20_000  # PostgreSQL: rows of the search table sampled to estimate a word's share (above 5 × as many)


def common_matches(conn: Connection | Session, query: Query) -> int | None:
    """The number of issues matching ``query`` when it is a common word (more than ``COMMON``), else None. Reads at
    most ``COMMON + 1`` matches unless the word is common. SQLite counts a common word's matches in the full-text
    index; PostgreSQL with a large search table estimates them from a sample of its pages (``SAMPLED`` rows), since
    counting a quarter of a million matches there means visiting each."""
    dialect = conn.get_bind().dialect.name if isinstance(conn, Session) else conn.dialect.name
    if dialect == "sqlite":
        found = conn.execute(
            text("SELECT count(*) FROM (SELECT rowid FROM issue_fts WHERE issue_fts MATCH :q LIMIT :n)"),
            {"q": query.fts, "n": COMMON + 1},
        ).scalar_one()
        if found <= COMMON:
            return None
        return int(
            conn.execute(text("SELECT count(*) FROM issue_fts WHERE issue_fts MATCH :q"), {"q": query.fts}).scalar_one()
        )
    where, parameters = _pg_match(query)
    found = conn.execute(
        text(f"SELECT count(*) FROM (SELECT 1 FROM issue_search WHERE {where} LIMIT :n) AS found"),
        {**parameters, "n": COMMON + 1},
    ).scalar_one()
    if found <= COMMON:
        return None
    rows = float(
        conn.execute(text("SELECT reltuples FROM pg_class WHERE oid = 'issue_search'::regclass")).scalar_one() or 0
    )
    if rows > 5 * SAMPLED:
        matched, sampled = conn.execute(
            text(
                f"SELECT count(*) FILTER (WHERE {where}), count(*) FROM issue_search "
                "TABLESAMPLE SYSTEM (:percent) REPEATABLE (20)"
            ),
            {**parameters, "percent": 100.0 * SAMPLED / rows},
        ).one()
        if sampled >= SAMPLED // 2:
            return max(found, round(rows * matched / sampled))
    return int(conn.execute(text(f"SELECT count(*) FROM issue_search WHERE {where}"), parameters).scalar_one())


def _pg_match(query: Query) -> tuple[str, dict[str, Any]]:
    """PostgreSQL: the search table's condition for ``query`` (GIN ``@>`` on the tokens, LIKE for exactness)."""
    terms, parameters = [], {}
    if query.tokens:
        terms.append("grams @> CAST(:search_tokens AS text[])")
        parameters["search_tokens"] = query.tokens
    for n, pattern in enumerate(query.patterns):
        terms.append(f"doc LIKE :search_like_{n}")
        parameters[f"search_like_{n}"] = "%" + _escaped(pattern) + "%"
    return " AND ".join(terms) or "true", parameters


def _escaped(pattern: str) -> str:
    return pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def matching_each(search_key: ColumnElement[int], issue_id: ColumnElement[uuid.UUID], query: Query, dialect: str
                  ) -> ColumnElement[bool]:  # fmt: skip
    """The issue matches ``query``, tested row by row: SQLite seeks the full-text index at the issue's key,
    PostgreSQL the search table at the issue's id. For a common word a page walks the index of its order and stops
    after one page, never reading every match."""
    if dialect == "sqlite":
        fts = table("issue_fts", column("rowid"))
        return exists(
            select(literal_column("1"))
            .select_from(fts)
            .where(text("issue_fts MATCH :fts_query").bindparams(fts_query=query.fts))
            .where(fts.c.rowid == search_key)
        )
    entry = table("issue_search", column("issue_id"))
    return exists(select(literal_column("1")).select_from(entry).where(entry.c.issue_id == issue_id, *_pg_terms(query)))


def _pg_terms(query: Query) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.tokens:
        conditions.append(
            literal_column("issue_search.grams").op("@>")(
                bindparam("search_tokens", query.tokens, type_=postgresql.ARRAY(postgresql.TEXT))
            )
        )
    for n, pattern in enumerate(query.patterns):
        conditions.append(
            literal_column("issue_search.doc").like(bindparam(f"search_like_{n}", f"%{_escaped(pattern)}%"))
        )
    return conditions


def matching(search_key: ColumnElement[int], issue_id: ColumnElement[uuid.UUID], query: Query, dialect: str,
             remembered: bool = False, ordered: bool = False, hits: Sequence[uuid.UUID] | None = None
             ) -> ColumnElement[bool]:  # fmt: skip
    """A condition on an issue: it matches ``query``.

    On SQLite the FTS5 row of an issue is its ``search_key``, so the matches are plain integers read from the
    full-text index alone (reading the index's stored issue ids instead costs four times as much). For a page in
    some order (``ordered``), ``+search_key`` keeps SQLite from starting at the matches: it walks the index of the
    order instead and tests each entry's key, which stops after one page however many issues match.
    """
    if dialect == "sqlite":
        if ordered:
            search_key = literal_column("+issue.search_key")
        if remembered:
            return search_key.in_(select(literal_column("key")).select_from(text(HITS_TABLE)))
        keys = (
            select(literal_column("rowid"))
            .select_from(text("issue_fts"))
            .where(text("issue_fts MATCH :fts_query").bindparams(fts_query=query.fts))
        )
        return search_key.in_(keys)
    if hits is not None:  # remembered (``remember_hits``): the ids, so the search runs once per read
        return issue_id == any_(bindparam("search_hits", list(hits), type_=postgresql.ARRAY(postgresql.UUID)))
    conditions = _pg_terms(query)
    ids = select(literal_column("issue_search.issue_id")).select_from(text("issue_search")).where(*conditions)
    return issue_id.in_(ids)
