"""The one safe way to open a user's .xlsx and to put text into a cell the app writes.

Reading: a workbook is a zip of XML parts, and openpyxl trusts both. Before openpyxl sees a file, every XML part is
streamed once through expat in constant memory: a DOCTYPE (the only way to declare an entity bomb or an external
entity) is refused, and so is a sheet with more rows or columns, or a cell with more characters, than LIMITS allow.
The scan stops at the first excess, so a 10-million-row or a 400 MB-cell file is refused in milliseconds; defusedxml
(which openpyxl uses when it is installed) is the second line. The limits are generous for real rosters and card
sheets: a plant's roster is a few thousand people and a card a few hundred items, a dozen or two columns wide.

Writing: openpyxl turns any string starting with "=" into a live formula, and refuses control characters with
IllegalCharacterError. ``cell``/``row`` write text as text (OWASP formula injection: = + - @ tab CR) with Excel's
quote prefix, so it stays text even when someone edits the cell, and show characters .xlsx cannot hold as U+FFFD.
"""

from __future__ import annotations

import enum
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_ROWS = 20_000  # ten times the largest plant roster we know of (≈2,000 people); a card has < 1,000 items
MAX_COLUMNS = 200  # rosters use ~15 columns, card sheets ~12; room for a site's own extra columns
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell: anything longer was not made by Excel
MAX_PART_BYTES = 100 * 1024 * 1024  # a sheet or the shared strings unpacked; 20,000 × 200 cells of real text is below
MAX_OTHER_PART_BYTES = 32 * 1024 * 1024  # styles, workbook, theme…, which openpyxl holds whole: a few MB at most
MAX_PARTS = 10_000
_CHUNK = 64 * 1024
_CELL_ELEMENTS = frozenset({"c", "si"})  # a sheet's cell; a shared string
_DIMENSION = re.compile(r"^[A-Z]{0,3}\d*:?([A-Z]{1,3})(\d+)$")
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037\ufffe\uffff]")
REPLACEMENT = "\ufffd"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class WorkbookProblem(enum.StrEnum):
    """Why a workbook was refused; ``limit`` in WorkbookRefused says the number the UI names."""

    NOT_A_WORKBOOK = "not_a_workbook"  # not a zip of XML parts, damaged or password-protected
    UNSAFE_XML = "unsafe_xml"  # a DOCTYPE: entity declarations (an entity bomb) or an external entity
    PART_TOO_LARGE = "part_too_large"  # an XML part unpacks to more than limit bytes
    TOO_MANY_ROWS = "too_many_rows"
    TOO_MANY_COLUMNS = "too_many_columns"
    CELL_TOO_LONG = "cell_too_long"  # a cell's text is longer than limit characters


class WorkbookRefused(ValueError):
    def __init__(self, problem: WorkbookProblem, limit: int = 0, part: str = "") -> None:
        super().__init__(f"{problem.value} (limit {limit}) {part}".strip())
        self.problem = problem
        self.limit = limit
        self.part = part


@dataclass(frozen=True, slots=True)
class Limits:
    rows: int = MAX_ROWS
    columns: int = MAX_COLUMNS
    cell_chars: int = MAX_CELL_CHARS
    part_bytes: int = MAX_PART_BYTES


LIMITS = Limits()


@dataclass(slots=True)
class Layout:
    """What openpyxl's read-only mode does not give: a sheet's merged ranges (0-based, inclusive: first row, first
    column, last row, last column) and its hidden rows and columns (0-based). Gathered by the safety scan."""

    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)


def open_workbook(source: Path | str | bytes, limits: Limits = LIMITS, layouts: dict[str, Layout] | None = None) -> Any:
    """``source`` as a read-only openpyxl workbook (values, not formulas) once it is known to be within ``limits``.

    ``layouts``, when given, receives each worksheet part's Layout by its path in the zip (a read-only sheet's
    ``_worksheet_path``). Raises WorkbookRefused; the caller closes the workbook.
    """
    from openpyxl import load_workbook

    data = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with zipfile.ZipFile(data) as archive:
            found = check_archive(archive, limits)
            if layouts is not None:
                layouts.update(found)
    except WorkbookRefused:
        raise
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, RuntimeError) as exc:
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=f"{type(exc).__name__}: {exc}"[:300]) from exc
    if isinstance(data, io.BytesIO):
        data.seek(0)
    try:
        return load_workbook(data, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=f"{type(exc).__name__}: {exc}"[:300]) from exc


def check_archive(archive: zipfile.ZipFile, limits: Limits = LIMITS) -> dict[str, Layout]:
    """Refuse the workbook's zip when any XML part is too large, declares a DOCTYPE or exceeds ``limits``; returns
    each worksheet's Layout by its part's path."""
    members = archive.infolist()
    if len(members) > MAX_PARTS:  # no workbook has that many parts; a zip of zips might
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=f"{len(members)} parts")
    parts = [m for m in members if m.filename.endswith((".xml", ".rels", ".vml"))]
    for member in parts:
        if member.file_size > _part_limit(member, limits):
            raise WorkbookRefused(WorkbookProblem.PART_TOO_LARGE, _part_limit(member, limits), member.filename)
    layouts: dict[str, Layout] = {}
    for member in parts:
        layout = _scan(archive, member, limits)
        if layout is not None:
            layouts[member.filename] = layout
    return layouts


def _part_limit(member: zipfile.ZipInfo, limits: Limits) -> int:
    name = member.filename.lower()
    if "worksheets/" in name or name.endswith("sharedstrings.xml"):
        return limits.part_bytes
    return min(limits.part_bytes, MAX_OTHER_PART_BYTES)


def _scan(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limits: Limits) -> Layout | None:
    from xml.parsers import expat

    # What a part holds is known by its root element, wherever the workbook's relationships put it: a sheet's rows and
    # columns are counted, and the text of a sheet's cells and of the shared strings.
    state = {"chars": 0, "depth": 0, "row": 0, "read": 0, "sheet": -1, "cells": 0}
    layout = Layout()
    size_limit = _part_limit(member, limits)

    def refuse(*_: Any) -> None:
        raise WorkbookRefused(WorkbookProblem.UNSAFE_XML, part=member.filename)

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local in _CELL_ELEMENTS or state["depth"] == 0:
            state["chars"] = 0
        if local in _CELL_ELEMENTS:
            state["depth"] += 1
        if state["sheet"] < 0:
            state["sheet"] = int(local == "worksheet")
            state["cells"] = int(local in ("worksheet", "sst"))
        if not state["sheet"]:
            return
        if local == "row":
            state["row"] = _number(attrs.get("r"), state["row"] + 1)
            if state["row"] > limits.rows:
                raise WorkbookRefused(WorkbookProblem.TOO_MANY_ROWS, limits.rows, member.filename)
            if attrs.get("hidden") in ("1", "true"):
                layout.hidden_rows.add(state["row"] - 1)
        elif local == "mergeCell" and (span := _span(attrs.get("ref", ""))):
            layout.merged.append(span)
        elif local == "col" and attrs.get("hidden") in ("1", "true"):
            first = _number(attrs.get("min"), 1)
            last = min(_number(attrs.get("max"), first), limits.columns)  # "1:16384" hides the rest of the sheet
            layout.hidden_columns.update(range(first - 1, last))
        elif local == "c" and (ref := attrs.get("r")):
            if _column(ref) > limits.columns:
                raise WorkbookRefused(WorkbookProblem.TOO_MANY_COLUMNS, limits.columns, member.filename)
        elif local == "dimension" and (match := _DIMENSION.match(attrs.get("ref", "").replace("$", ""))):
            if int(match.group(2)) > limits.rows:
                raise WorkbookRefused(WorkbookProblem.TOO_MANY_ROWS, limits.rows, member.filename)
            if _column(match.group(1)) > limits.columns:
                raise WorkbookRefused(WorkbookProblem.TOO_MANY_COLUMNS, limits.columns, member.filename)

    def end(name: str) -> None:
        if name.rpartition(":")[2] in _CELL_ELEMENTS:
            state["depth"] -= 1

    def text(data: str) -> None:
        if not state["cells"]:
            return
        state["chars"] += len(data)
        if state["chars"] > limits.cell_chars:
            raise WorkbookRefused(WorkbookProblem.CELL_TOO_LONG, limits.cell_chars, member.filename)

    parser = expat.ParserCreate()
    parser.buffer_text = False  # long text arrives in pieces, so a huge cell is refused before it is held
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                state["read"] += len(chunk)
                if state["read"] > size_limit:  # the directory can lie about the unpacked size
                    raise WorkbookRefused(WorkbookProblem.PART_TOO_LARGE, size_limit, member.filename)
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise WorkbookRefused(WorkbookProblem.NOT_A_WORKBOOK, part=f"{member.filename}: {exc}"[:300]) from exc
    return layout if state["sheet"] == 1 else None


def _span(ref: str) -> tuple[int, int, int, int] | None:
    """ "B3:D7" as (2, 1, 6, 3); None for a reference that is not a range of cells."""
    first, _, last = ref.replace("$", "").partition(":")
    cells = []
    for part in (first, last or first):
        letters = part.rstrip("0123456789")
        digits = part[len(letters) :]
        column = _column(letters)
        if not digits.isdigit() or not column:
            return None
        cells.append((int(digits) - 1, column - 1))
    (r1, c1), (r2, c2) = cells
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def _number(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default


def _column(ref: str) -> int:
    letters = ref.rstrip("0123456789$").lstrip("$")
    number = 0
    for char in letters[:4].upper():
        if not "A" <= char <= "Z":
            return 0
        number = number * 26 + ord(char) - 64
    return number


def cell_text(text: str) -> str:
    """``text`` with the characters an .xlsx cannot hold (NUL, \\x0b and other controls) shown as U+FFFD."""
    return _ILLEGAL.sub(REPLACEMENT, text)


def csv_text(text: str) -> str:
    """``text`` for a CSV field: cleaned, and prefixed with an apostrophe when a spreadsheet would run it."""
    text = cell_text(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def cell(sheet: Any, value: Any = None) -> Any:
    """An openpyxl cell of ``sheet`` (ordinary or write-only) holding ``value``, text kept as text."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        value = cell_text(value)
    return guard(WriteOnlyCell(sheet, value=value))


def guard(target: Any) -> Any:
    """Make an existing cell's text plain text (never a formula); returns the cell."""
    value = target.value
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        target.data_type = "s"
        target.quotePrefix = True  # Excel keeps it text when the cell is edited
    return target


def row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """``values`` as cells for ``sheet.append``: text kept as text; cells already made are guarded."""
    from openpyxl.cell.cell import Cell

    return [guard(v) if isinstance(v, Cell) else cell(sheet, v) for v in values]
