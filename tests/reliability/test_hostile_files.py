"""Hostile and huge files a user may pick: each is refused quickly (≤ 2 s) and cheaply (≤ 200 MB) with a reason.

Every file is made here, small on disk: PNG headers declaring 400 or 144 megapixels over zlib-compressed zero rows, and
workbooks zipped by hand with an entity bomb, an external entity, a 419 MB cell, 10 million rows and so on. Each one is
opened in a fresh Python by every importer that takes such a file, measuring the time and the peak memory it costs.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import pytest

from gridapp.inspections.photos import TooManyPixels, shrink_photo
from gridapp.inspections.workbook import ImportProblem, read_items
from gridapp.io.pictures import MAX_PIXELS
from gridapp.io.sheets import read_file
from gridapp.io.workbooks import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, WorkbookProblem, WorkbookRefused, open_workbook
from gridapp.issues.errors import InputProblem, IssueInputError
from gridapp.issues.photos import PhotoStore
from gridapp.org.areas import prepare_photo
from gridapp.org.errors import OrgError, OrgProblem

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 2.0
MEGABYTES = 200


# --- making the files -------------------------------------------------------------------------------------------------


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def png(path: Path, width: int, height: int) -> Path:
    """A 1-bit grey PNG of ``width`` × ``height`` black pixels: kilobytes on disk, gigabytes once decoded as RGB."""
    packer = zlib.compressobj(9)
    row = b"\x00" + bytes((width + 7) // 8)  # filter byte + the packed row
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b""))
    return path


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="xl/workbook.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        '<Relationship Id="rId2" Target="sharedStrings.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>'
    ),
}
_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}>'
_ONE_CELL = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
_SHARED = f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="1" uniqueCount="1"><si><t>姓名</t></si></sst>'


def xlsx(
    path: Path,
    sheet: str | Iterable[bytes],
    shared: str | Iterable[bytes] = _SHARED,
    extra: dict[str, str | Iterable[bytes]] | None = None,
) -> Path:
    """A workbook zipped by hand; ``sheet``, ``shared`` and ``extra`` parts may be streams of chunks, written without
    holding them."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        parts = {"xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": shared}
        parts.update(extra or {})
        for name, content in parts.items():
            with archive.open(name, "w", force_zip64=True) as out:
                for piece in [content.encode()] if isinstance(content, str) else content:
                    out.write(piece)
    return path


def _repeat(head: str, piece: bytes, times: int, tail: str) -> Iterable[bytes]:
    yield head.encode()
    block = piece * 10_000
    for _ in range(times // 10_000):
        yield block
    yield piece * (times % 10_000)
    yield tail.encode()


_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi", strict=True))
    + f"]><sst {_NS}><si><t>&i;</t></si></sst>"
)
_EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    f'<worksheet {_NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>'
    "</sheetData></worksheet>"
)


def hostile_workbooks(folder: Path) -> dict[str, tuple[Path, WorkbookProblem]]:
    big = 419 * 1024 * 1024
    return {
        "entity bomb": (xlsx(folder / "bomb.xlsx", _HEAD + _ONE_CELL, _BOMB), WorkbookProblem.UNSAFE_XML),
        "external entity": (xlsx(folder / "xxe.xlsx", _EXTERNAL), WorkbookProblem.UNSAFE_XML),
        "419 MB cell": (
            xlsx(
                folder / "cell.xlsx",
                _HEAD + _ONE_CELL,
                _repeat(f"<sst {_NS}><si><t>", b"A" * 1024, big // 1024, "</t></si></sst>"),
            ),
            WorkbookProblem.PART_TOO_LARGE,  # the zip's directory says so: refused before reading a byte
        ),
        "40 MB cell": (
            xlsx(
                folder / "cell40.xlsx",
                _HEAD + _ONE_CELL,
                _repeat(f"<sst {_NS}><si><t>", b"A" * 1024, 40 * 1024, "</t></si></sst>"),
            ),
            WorkbookProblem.CELL_TOO_LONG,
        ),
        "10 M empty rows": (
            xlsx(
                folder / "rows.xlsx", _repeat(_HEAD + "<sheetData>", b"<row/>", 10_000_000, "</sheetData></worksheet>")
            ),
            WorkbookProblem.TOO_MANY_ROWS,
        ),
        "declared 10 M rows": (
            xlsx(folder / "dimension.xlsx", _HEAD + '<dimension ref="A1:B10000000"/>' + _ONE_CELL),
            WorkbookProblem.TOO_MANY_ROWS,
        ),
        "row 10 M": (
            xlsx(
                folder / "far.xlsx",
                _HEAD + '<sheetData><row r="10000000"><c r="A10000000"><v>1</v></c></row></sheetData></worksheet>',
            ),
            WorkbookProblem.TOO_MANY_ROWS,
        ),
        "column 18,278": (
            xlsx(
                folder / "wide.xlsx",
                _HEAD + '<sheetData><row r="1"><c r="ZZZ1"><v>1</v></c></row></sheetData></worksheet>',
            ),
            WorkbookProblem.TOO_MANY_COLUMNS,
        ),
        "40 MB styles": (
            xlsx(
                folder / "styles.xlsx",
                _HEAD + _ONE_CELL,
                extra={"xl/styles.xml": _repeat(f"<styleSheet {_NS}>", b"<!-- -->", 5_000_000, "</styleSheet>")},
            ),
            WorkbookProblem.PART_TOO_LARGE,
        ),
        "150 MB sheet": (
            xlsx(
                folder / "part.xlsx", _repeat(_HEAD + "<sheetData>", b" " * 1500, 100_000, "</sheetData></worksheet>")
            ),
            WorkbookProblem.PART_TOO_LARGE,
        ),
    }


# --- measuring in a fresh Python --------------------------------------------------------------------------------------

# The peak resident size of this process (VmHWM), reset before each attempt through /proc/self/clear_refs (ru_maxrss
# would carry the forking pytest's peak across exec).
_MEASURE = """
import json, sys, time
from pathlib import Path
{imports}

def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024

path = Path(sys.argv[1])
results = []
for name, attempt in {attempts}:
    Path("/proc/self/clear_refs").write_text("5")
    before = status("VmRSS")
    start = time.perf_counter()
    try:
        outcome = repr(attempt(path))
    except Exception as exc:
        outcome = type(exc).__name__ + ": " + str(exc)
    seconds = time.perf_counter() - start
    peak = status("VmHWM")
    results.append({{"name": name, "seconds": seconds, "grew_mb": peak - before, "peak_mb": peak,
                    "outcome": outcome[:300]}})
print(json.dumps(results))
"""


def measure(path: Path, imports: str, attempts: str) -> list[dict[str, object]]:
    script = _MEASURE.format(imports=textwrap.dedent(imports), attempts=attempts)
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def assert_cheap(results: list[dict[str, object]], label: str) -> None:
    for r in results:
        print(f"{label:>20} · {r['name']:<10} {r['seconds']:.3f} s, +{r['grew_mb']:.0f} MB (peak {r['peak_mb']:.0f} MB)"
              f" → {r['outcome'][:90]}")  # fmt: skip
        assert float(r["seconds"]) <= SECONDS, (label, r)  # type: ignore[arg-type]
        assert float(r["grew_mb"]) <= MEGABYTES, (label, r)  # type: ignore[arg-type]


# --- pictures -----------------------------------------------------------------------------------------------------------

_PICTURE_IMPORTS = """
import tempfile
from gridapp.issues.photos import PhotoStore
from gridapp.org.areas import prepare_photo
from gridapp.inspections.photos import shrink_photo
import PIL.Image, PIL.PngImagePlugin
store = PhotoStore(Path(tempfile.mkdtemp()))
"""
_PICTURE_ATTEMPTS = """[("issue", store.add), ("area", lambda p: prepare_photo(p.read_bytes())),
                        ("round", lambda p: shrink_photo(p.read_bytes()))]"""


@pytest.mark.parametrize(("width", "height"), [(20_000, 20_000), (12_000, 12_000)])
def test_a_picture_with_too_many_pixels_is_refused_before_decoding(tmp_path: Path, width: int, height: int) -> None:
    picture = png(tmp_path / "huge.png", width, height)
    assert picture.stat().st_size < 2_000_000
    results = measure(picture, _PICTURE_IMPORTS, _PICTURE_ATTEMPTS)
    assert_cheap(results, f"{width}×{height} PNG")
    assert all("too_many_pixels" in str(r["outcome"]) or "TooManyPixels" in str(r["outcome"]) for r in results)

    with pytest.raises(IssueInputError) as issue:
        PhotoStore(tmp_path / "photos").add(picture)
    assert issue.value.problem is InputProblem.PHOTO_TOO_MANY_PIXELS and issue.value.details["limit"] == MAX_PIXELS
    with pytest.raises(OrgError) as area:
        prepare_photo(picture.read_bytes())
    assert area.value.problem is OrgProblem.PHOTO_TOO_MANY_PIXELS and area.value.details["limit"] == MAX_PIXELS
    with pytest.raises(TooManyPixels) as item:
        shrink_photo(picture.read_bytes())
    assert item.value.limit == MAX_PIXELS
    assert not list((tmp_path / "photos").rglob("*.png"))  # nothing was stored


def test_an_ordinary_photo_still_goes_in(tmp_path: Path) -> None:
    picture = png(tmp_path / "ok.png", 4000, 3000)  # 12 MP, what a phone takes
    assert PhotoStore(tmp_path / "photos").add(picture).width == 4000
    assert prepare_photo(picture.read_bytes())[:2] == b"\xff\xd8"
    assert shrink_photo(picture.read_bytes())[:2] == b"\xff\xd8"


# --- workbooks ----------------------------------------------------------------------------------------------------------

_WORKBOOK_IMPORTS = """
from gridapp.io.workbooks import open_workbook
from gridapp.io.sheets import read_file
from gridapp.inspections.workbook import read_items
import openpyxl.reader.excel
"""
_WORKBOOK_ATTEMPTS = (
    """[("open", lambda p: open_workbook(p).close()), ("any sheet", read_file), ("card items", read_items)]"""
)


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, WorkbookProblem]]:
    return hostile_workbooks(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize(
    "case",
    [
        "entity bomb",
        "external entity",
        "419 MB cell",
        "40 MB cell",
        "10 M empty rows",
        "declared 10 M rows",
        "row 10 M",
        "column 18,278",
        "40 MB styles",
        "150 MB sheet",
    ],
)
def test_a_hostile_workbook_is_refused_quickly_by_every_importer(
    workbooks: dict[str, tuple[Path, WorkbookProblem]], case: str
) -> None:
    path, problem = workbooks[case]
    assert path.stat().st_size < 1_000_000, path.stat().st_size
    assert_cheap(measure(path, _WORKBOOK_IMPORTS, _WORKBOOK_ATTEMPTS), case)

    with pytest.raises(WorkbookRefused) as refused:
        open_workbook(path)
    assert refused.value.problem is problem
    limit = {
        WorkbookProblem.TOO_MANY_ROWS: MAX_ROWS,
        WorkbookProblem.TOO_MANY_COLUMNS: MAX_COLUMNS,
        WorkbookProblem.CELL_TOO_LONG: MAX_CELL_CHARS,
    }.get(problem)
    if limit:
        assert refused.value.limit == limit
    with pytest.raises(WorkbookRefused) as read:  # what every import (roster, card items) reads a file with
        read_file(path)
    assert read.value.problem is problem
    (error,) = read_items(path).errors
    assert error.problem is ImportProblem(problem.value)


def test_a_plain_workbook_of_this_shape_is_read(tmp_path: Path) -> None:
    book = open_workbook(xlsx(tmp_path / "plain.xlsx", _HEAD + _ONE_CELL))
    try:
        assert [list(r) for r in book.worksheets[0].iter_rows(values_only=True)] == [["姓名"]]
    finally:
        book.close()
    (error,) = read_items(tmp_path / "plain.xlsx").errors
    assert error.problem is ImportProblem.MISSING_COLUMN  # read, and found not to be a card


def test_long_text_outside_the_cells_is_no_reason_to_refuse(tmp_path: Path) -> None:
    """Add-ins keep long strings in parts openpyxl never reads as cells; only a cell's text has Excel's limit."""
    custom = f'<?xml version="1.0"?><Properties><blob>{"x" * 100_000}</blob></Properties>'
    book = open_workbook(xlsx(tmp_path / "custom.xlsx", _HEAD + _ONE_CELL, extra={"docProps/custom.xml": custom}))
    book.close()


def test_the_refusals_are_worded_with_their_limit() -> None:
    from ui.file_limits import picture_limit_text, workbook_refusal_text

    assert "50" in picture_limit_text(MAX_PIXELS)
    for problem in WorkbookProblem:
        text = workbook_refusal_text(problem, {WorkbookProblem.PART_TOO_LARGE: 100 * 1024 * 1024}.get(problem, 20000))
        assert text and "{" not in text
    assert "20000" in workbook_refusal_text(WorkbookProblem.TOO_MANY_ROWS, 20000)
    assert "32767" in workbook_refusal_text(WorkbookProblem.CELL_TOO_LONG, 32767)
