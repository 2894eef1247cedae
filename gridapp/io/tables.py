"""A sheet as people make it, turned into rows of fields: the one import framework every capability uses.

A capability describes its fields (a Schema: the app's own heading, common synonyms, which are required); this
module finds the heading row under any title block (one or two heading rows, merged or not), proposes which column
means which field (exact headings and synonyms first, then a heading that contains exactly one field's word, then
what the user chose last time for the same headings), fills merged cells down and across, and sets aside the rows
that are not data — blank, totals (合计/小计/总计), notes under the table (注：/说明/备注), section titles, the
heading repeated on every printed page, and hidden rows unless the user wants them — each with a note. What the rows
*mean* (validation, matching, writing) stays with the capability.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from gridapp.io import values
from gridapp.io.sheets import Sheet, SheetFile
from gridapp.org.normalize import clean_text

HEADER_SCAN_ROWS = 30
SAMPLES = 3
IGNORE = ""  # the mapping's value for a column the user chose to leave out


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    heading: str  # the app's own word, written by its exports
    synonyms: tuple[str, ...] = ()
    required: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        return (self.heading, *self.synonyms)


@dataclass(frozen=True, slots=True)
class Schema:
    name: str  # names the remembered mappings ("roster", "card_items")
    fields: tuple[Field, ...]

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)

    @property
    def required(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.required)


class Skip(enum.StrEnum):
    """Why a row under the heading is not data; the preview notes each one."""

    BLANK = "blank"
    TOTALS = "totals"  # 合计 / 小计 / 总计
    NOTE = "note"  # 注：/ 说明 / 备注 / 制表人… under the table
    SECTION = "section"  # a title merged across the table ("一、加药间")
    HEADING = "heading"  # the heading again (printed sheets repeat it on every page)
    HIDDEN = "hidden"  # a hidden row, left out by the user's choice


@dataclass(frozen=True, slots=True)
class Skipped:
    line: int
    reason: Skip
    text: str  # the row's first words, for the note


@dataclass(frozen=True, slots=True)
class Column:
    index: int  # 0-based
    heading: str  # as the sheet writes it (one line)
    samples: tuple[str, ...]  # the first few values under it
    hidden: bool = False

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True, slots=True)
class TableRow:
    line: int  # the row number as the spreadsheet shows it
    cells: dict[str, Any]  # field → the cell's value (merged cells filled)
    filled: frozenset[str] = frozenset()  # fields whose value came from a merged cell above or to the left

    def get(self, key: str) -> Any:
        return self.cells.get(key)

    def text(self, key: str) -> str:
        return values.text(self.cells.get(key))


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user chose in the mapping step; None: let the framework propose."""

    sheet: str | None = None
    header_line: int | None = None  # 1-based
    mapping: Mapping[int, str] | None = None  # column index → field key, or IGNORE
    include_hidden: bool = False


class MappingProblem(enum.StrEnum):
    NO_HEADER = "no_header"  # the first rows of the sheet are empty
    MISSING = "missing"  # a required field has no column (detail: its key)
    TWICE = "twice"  # two columns were given the same meaning (detail: the field's key)
    NO_ROWS = "no_rows"  # headings but no data under them


@dataclass(frozen=True, slots=True)
class Table:
    path: str
    sheet: str
    sheets: tuple[str, ...]  # every sheet of the file, for the choice
    schema: Schema
    header_line: int  # 1-based; 0 when no heading row was found
    columns: tuple[Column, ...]
    mapping: dict[int, str]  # column index → field key (unmapped columns absent)
    guessed: frozenset[int]  # columns mapped from a heading that only contains a field's word
    remembered: bool  # the mapping is the one the user chose before for these headings
    rows: tuple[TableRow, ...]
    skipped: tuple[Skipped, ...]
    hidden_rows: int  # hidden rows in the table's range (left out or included as the user chose)
    include_hidden: bool = False

    @property
    def missing(self) -> tuple[Field, ...]:
        mapped = set(self.mapping.values())
        return tuple(f for f in self.schema.required if f.key not in mapped)

    @property
    def unmapped(self) -> tuple[Column, ...]:
        """Columns with a heading or values that nothing reads: listed, never dropped silently."""
        return tuple(c for c in self.columns if c.index not in self.mapping and (c.heading or c.samples))

    @property
    def fields(self) -> tuple[str, ...]:
        """The mapped fields in the sheet's column order."""
        return tuple(self.mapping[i] for i in sorted(self.mapping))

    @property
    def layout_key(self) -> str:
        return layout_key(self.schema, [c.heading for c in self.columns])

    def problems(self) -> list[tuple[MappingProblem, str]]:
        found: list[tuple[MappingProblem, str]] = []
        if not self.header_line:
            return [(MappingProblem.NO_HEADER, "")]
        found += [(MappingProblem.MISSING, f.key) for f in self.missing]
        keys = list(self.mapping.values())
        found += [(MappingProblem.TWICE, k) for k in dict.fromkeys(keys) if keys.count(k) > 1]
        if self.header_line and not self.rows:
            found.append((MappingProblem.NO_ROWS, ""))
        return found

    def remembered_form(self) -> dict[str, str]:
        """The mapping as it is remembered: each heading's key → field key or IGNORE."""
        return {heading_key(c.heading): self.mapping.get(c.index, IGNORE) for c in self.columns if c.heading}


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_REQUIRED_MARK = re.compile(r"[（(]\s*(必填|选填|可选|必须|非必填)\s*[)）]")
_UNIT_MARK = re.compile(r"[（(][^()（）]{0,12}[)）]$")
_NOTE_IN_BRACKETS = re.compile(r"[（(\[【][^()（）]{0,20}[)）\]】]")
_PUNCTUATION = str.maketrans("", "", " *＊:：_\n\r\t")


def heading_key(text: Any) -> str:
    """A heading compared without spaces, stars, colons, full-width forms, case or "（必填）"."""
    value = clean_text(values.text(text)).value
    return _REQUIRED_MARK.sub("", value).translate(_PUNCTUATION).lower()


def layout_key(schema: Schema, headings: list[str]) -> str:
    """Names a sheet layout by its headings, so the same kind of file is recognised next time."""
    joined = "|".join(heading_key(h) for h in headings)
    return f"{schema.name}:{hashlib.sha1(joined.encode('utf-8')).hexdigest()[:16]}"


def _exact(schema: Schema) -> dict[str, str]:
    return {heading_key(word): f.key for f in schema.fields for word in f.words}


def _propose(schema: Schema, headings: list[str]) -> tuple[dict[int, str], set[int]]:
    """Exact words first (in column order, a field once); then a heading without its unit in brackets; then a
    heading containing the longest word of exactly one field still free."""
    exact = _exact(schema)
    mapping: dict[int, str] = {}
    guessed: set[int] = set()
    for index, heading in enumerate(headings):
        key = exact.get(heading_key(heading))
        if key and key not in mapping.values():
            mapping[index] = key
    for index, heading in enumerate(headings):
        if index in mapping or not heading:
            continue
        key = exact.get(heading_key(_UNIT_MARK.sub("", heading)))
        if key and key not in mapping.values():
            mapping[index] = key
            continue
        compact = heading_key(heading)
        best: dict[str, int] = {}
        for f in schema.fields:
            if f.key in mapping.values():
                continue
            length = max((len(w) for w in map(heading_key, f.words) if len(w) >= 2 and w in compact), default=0)
            if length:
                best[f.key] = length
        if best:
            top = max(best.values())
            winners = [k for k, n in best.items() if n == top]
            if len(winners) == 1:
                mapping[index] = winners[0]
                guessed.add(index)
    return mapping, guessed


def _merged_fills(sheet: Sheet) -> dict[int, list[tuple[int, int, Any]]]:
    """For each row, the merged ranges over it that do not start on it or start left of a cell: (first column,
    last column, the value shown)."""
    fills: dict[int, list[tuple[int, int, Any]]] = {}
    for r1, c1, r2, c2 in sheet.merged:
        if r1 >= len(sheet.rows):
            continue
        row = sheet.rows[r1]
        value = row[c1] if c1 < len(row) else None
        if value is None:
            continue
        for r in range(r1, min(r2, len(sheet.rows) - 1) + 1):
            fills.setdefault(r, []).append((c1, c2, value))
    return fills


def _cell(sheet: Sheet, fills: dict[int, list[tuple[int, int, Any]]], r: int, c: int) -> tuple[Any, bool]:
    """The value shown at (r, c) and whether it came from a merge."""
    row = sheet.rows[r]
    value = row[c] if c < len(row) else None
    if value is not None:
        return value, False
    for c1, c2, merged in fills.get(r, ()):
        if c1 <= c <= c2:
            return merged, True
    return None, False


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _score(schema: Schema, exact: dict[str, str], row: tuple[Any, ...]) -> int:
    return len({exact[k] for k in (heading_key(v) for v in row if not _blank(v)) if k in exact})


def find_header(sheet: Sheet, schema: Schema) -> int | None:
    """The 0-based index of the heading row: the one among the first rows naming the most fields (at least two, or
    every field of a schema with fewer); None when no row does."""
    exact = _exact(schema)
    best, at = 0, None
    for r, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        score = _score(schema, exact, row)
        if score > best:
            best, at = score, r
    return at if best >= min(2, len(schema.fields)) else None


_TOTALS = re.compile(r"^(合计|小计|总计|共计|总数|累计|本页合计|全厂合计)")
_NOTE = re.compile(
    r"^(注[:：\d、.]|注意[:：]|备注[:：]|说明[:：]|填表说明|附注|附[:：]|制表人?[:：]|审核人?[:：]|审批人?[:：]|填报人?[:：]"
    r"|填表人?[:：]|填报日期|制表日期|负责人[:：])|^(注|备注|说明)$"
)


def build_table(
    file: SheetFile,
    schema: Schema,
    settings: Settings = Settings(),
    recall: Callable[[str], Mapping[str, str] | None] | None = None,
) -> Table:
    """The chosen sheet as rows of fields. ``recall`` gives the mapping remembered for a layout key, if any."""
    sheet = file.sheet(settings.sheet)
    sheets = tuple(s.name for s in file.sheets)
    if settings.header_line is not None and 1 <= settings.header_line <= len(sheet.rows):
        top: int | None = settings.header_line - 1
    else:
        top = find_header(sheet, schema)
        if top is None:  # no row names the fields: the first row with words, so the user sees the columns to map
            top = next(
                (r for r, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]) if any(not _blank(v) for v in row)), None
            )
    fills = _merged_fills(sheet)
    if top is None:
        return Table(file.path, sheet.name, sheets, schema, 0, (), {}, frozenset(), False, (), (), 0)
    width = max((len(r) for r in sheet.rows), default=0)
    headings = [values.text(_cell(sheet, fills, top, c)[0]).strip() for c in range(width)]
    headings = [clean_text(h).value for h in headings]
    first_data = top + 1
    # A second heading row under headings merged across ("限值" over 下限 / 上限): its words name those columns.
    if first_data < len(sheet.rows):
        exact = _exact(schema)
        below = sheet.rows[first_data]
        spans = {c for r1, c1, r2, c2 in sheet.merged if r1 <= top <= r2 and c2 > c1 for c in range(c1, c2 + 1)}
        words = {c: clean_text(values.text(v)).value for c, v in enumerate(below) if not _blank(v)}
        if (
            words
            and all(c in spans or not headings[c] for c in words)
            and any(heading_key(w) in exact for w in words.values())
        ):
            for c, word in words.items():
                headings[c] = word
            first_data += 1
        elif words and all(_NOTE_IN_BRACKETS.fullmatch(w) for w in words.values()):
            first_data += 1  # a row of notes under the headings: "(MPa)", "（岗位）"
    while headings and not headings[-1]:
        headings.pop()
    header_keys = [heading_key(h) for h in headings]

    remembered = False
    if settings.mapping is not None:
        mapping = {i: k for i, k in settings.mapping.items() if k and any(f.key == k for f in schema.fields)}
        guessed: set[int] = set()
    else:
        mapping, guessed = _propose(schema, headings)
        memory = recall(layout_key(schema, headings)) if recall else None
        if memory:
            known = {f.key for f in schema.fields}
            mapping = {i: memory[h] for i, h in enumerate(header_keys) if memory.get(h) in known}
            guessed, remembered = set(), True
        if not settings.include_hidden:  # a hidden column is offered in the list, not read unless chosen
            mapping = {i: k for i, k in mapping.items() if i not in sheet.hidden_columns}

    rows: list[TableRow] = []
    skipped: list[Skipped] = []
    in_notes = False
    hidden_count = 0
    data_columns = sorted(mapping) or list(range(len(headings)))
    used = range(max(len(headings), max(mapping, default=-1) + 1))
    for r in range(first_data, len(sheet.rows)):
        line = r + 1
        raw = sheet.rows[r]
        texts = [values.text(raw[c]).strip() if c < len(raw) else "" for c in used]
        present = [t for t in texts if t]
        if r in sheet.hidden_rows:
            hidden_count += 1
            if not settings.include_hidden:
                if present:
                    skipped.append(Skipped(line, Skip.HIDDEN, _words(present)))
                continue
        if not present:  # merged values running down (a category) are no data of the row's own
            skipped.append(Skipped(line, Skip.BLANK, ""))
            continue
        compact = [t.replace(" ", "").replace("\u3000", "") for t in present]
        if in_notes and len(present) <= 1:
            skipped.append(Skipped(line, Skip.NOTE, _words(present)))
            continue
        if _NOTE.match(compact[0]):
            in_notes = True
            skipped.append(Skipped(line, Skip.NOTE, _words(present)))
            continue
        if any(_TOTALS.match(t) for t in compact):
            skipped.append(Skipped(line, Skip.TOTALS, _words(present)))
            continue
        keys = [heading_key(t) for t in texts]
        if sum(1 for k, h in zip(keys, header_keys, strict=False) if k and k == h) >= max(2, len(present) * 2 // 3):
            skipped.append(Skipped(line, Skip.HEADING, _words(present)))
            continue
        if len(present) == 1 and _section(sheet, r, texts, len(data_columns)):
            skipped.append(Skipped(line, Skip.SECTION, present[0]))
            continue
        cells: dict[str, Any] = {}
        filled: set[str] = set()
        for index, key in mapping.items():
            value, merged = _cell(sheet, fills, r, index)
            cells[key] = value
            if merged:
                filled.add(key)
        rows.append(TableRow(line, cells, frozenset(filled)))

    columns = []
    for index, heading in enumerate(headings):
        samples: list[str] = []
        for row in rows:
            key = mapping.get(index)
            value = row.cells.get(key) if key else _raw(sheet, row.line - 1, index)
            if not _blank(value):
                samples.append(values.text(value).strip()[:40])
            if len(samples) >= SAMPLES:
                break
        columns.append(Column(index, heading, tuple(samples), index in sheet.hidden_columns))
    return Table(
        file.path,
        sheet.name,
        sheets,
        schema,
        top + 1,
        tuple(columns),
        mapping,
        frozenset(guessed & set(mapping)),
        remembered,
        tuple(rows),
        tuple(skipped),
        hidden_count,
        settings.include_hidden,
    )


def _raw(sheet: Sheet, r: int, c: int) -> Any:
    row = sheet.rows[r]
    return row[c] if c < len(row) else None


def _words(present: list[str]) -> str:
    return " ".join(present)[:60]


def _section(sheet: Sheet, r: int, texts: list[str], width: int) -> bool:
    """A lone title merged across at least half the table's columns."""
    c = next(i for i, t in enumerate(texts) if t)
    return any(r1 == r and c1 == c and c2 - c1 + 1 >= max(2, (width + 1) // 2) for r1, c1, _r2, c2 in sheet.merged)


def skip_counts(skipped: tuple[Skipped, ...]) -> dict[Skip, int]:
    """How many rows were set aside for each reason, in the order of Skip."""
    found = {s.reason for s in skipped}
    return {reason: sum(1 for s in skipped if s.reason is reason) for reason in Skip if reason in found}
