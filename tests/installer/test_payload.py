"""The Windows installer's payload (build/windows/payload, made by scripts/build-windows.sh) holds what the app needs
on Windows: every module the app imports resolves to a file of the payload (or is built into the Windows Python),
the runtime's version matches the wheels' tags and the bytecode, the fonts, translations and licences are in, and no
Linux binary slipped in. Skipped, saying why, when the payload has not been built (CI builds it before the tests)."""

from __future__ import annotations

import ast
import json
import os
import re
import struct
import sys
from collections.abc import Iterator
from functools import cache
from importlib.machinery import EXTENSION_SUFFIXES, BuiltinImporter, FrozenImporter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAYLOAD = Path(os.environ.get("REDGRID_WINDOWS_PAYLOAD") or ROOT / "build" / "windows" / "payload")

pytestmark = pytest.mark.skipif(
    not (PAYLOAD / "build-info.json").exists(),
    reason=f"the Windows payload is not built ({PAYLOAD}): run scripts/build-windows.sh (CI does, before the tests)",
)

FIRST_PARTY = ("main", "gridapp", "ui")
# The bytecode magic of each runtime the lock may pin (importlib.util.MAGIC_NUMBER of that version).
MAGIC = {"3.11": 3495, "3.12": 3531, "3.13": 3571}


@cache
def info() -> dict[str, str]:
    return json.loads((PAYLOAD / "build-info.json").read_text())


def tag() -> str:
    return "cp" + info()["python"].replace(".", "")


def python() -> Path:
    return PAYLOAD / "python"


def site() -> Path:
    return python() / "Lib" / "site-packages"


def roots() -> list[Path]:
    """sys.path of the installed app, in order (python3XY._pth), without app/ (the app's own modules are checked
    against this work tree, which the next build ships: a payload built before a new module was added is not wrong)."""
    return [python() / "Lib", python() / "DLLs", site()]


def windows_extension(folder: Path, name: str) -> bool:
    return (
        any(folder.glob(f"{name}.pyd"))
        or any(folder.glob(f"{name}.{tag()}-win_amd64.pyd"))
        or any(folder.glob(f"{name}.{'abi3'}.pyd"))
    )


def module_file(folder: Path, dotted: str) -> bool:
    *parents, last = dotted.split(".")
    base = folder.joinpath(*parents)
    if parents and not base.is_dir():
        return False
    return (base / last).is_dir() or (base / f"{last}.py").is_file() or windows_extension(base, last)


@cache
def resolves(dotted: str) -> bool:
    """``dotted`` can be imported by the installed app: a file in the payload, or a stdlib module built into the
    Windows python3XY.dll (on Linux such a module is built in, frozen or a compiled extension, never a .py)."""
    if dotted.split(".")[0] in FIRST_PARTY:
        return module_file(ROOT, dotted)
    if any(module_file(root, dotted) for root in roots()):
        return True
    top = dotted.split(".")[0]
    if top in sys.stdlib_module_names and "." not in dotted:
        if top in sys.builtin_module_names or FrozenImporter.find_spec(top) or BuiltinImporter.find_spec(top):
            return True
        import importlib.util

        spec = importlib.util.find_spec(top)
        return bool(spec and spec.origin and spec.origin.endswith(tuple(EXTENSION_SUFFIXES)))
    return False


def app_sources() -> Iterator[Path]:
    """The app's code in this work tree (what the next build ships)."""
    yield ROOT / "main.py"
    for top in ("gridapp", "ui"):
        yield from sorted((ROOT / top).rglob("*.py"))


def type_checking_only(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def guarded_by_import_error(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Try) and any(
            h.type is not None and re.search(r"ImportError|ModuleNotFoundError", ast.unparse(h.type))
            for h in node.handlers
        ):
            return True
    return False


def imports_of(path: Path) -> Iterator[tuple[str, str | None, int]]:
    """(module, name imported from it or None, line) for every import that runs (not under TYPE_CHECKING, not an
    optional one inside ``try/except ImportError``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom) or type_checking_only(node, parents):
            continue
        if guarded_by_import_error(node, parents):
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None, node.lineno
        else:
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{anchor}.{base}" if base else anchor
            if base == "__future__":
                continue
            for alias in node.names:
                yield base, alias.name, node.lineno


def test_every_import_of_the_app_resolves_in_the_payload() -> None:
    missing = []
    for path in app_sources():
        for module, name, line in imports_of(path):
            if not resolves(module):
                missing.append(f"{path.relative_to(ROOT)}:{line}: {module}")
            elif name and name != "*" and module.split(".")[0] in ("PySide6", "gridapp", "ui"):
                # from PySide6 import QtSvg / from gridapp import x: a submodule must be there when it is one
                sub = f"{module}.{name}"
                if module == "PySide6" and name.startswith("Qt") and not resolves(sub):
                    missing.append(f"{path.relative_to(ROOT)}:{line}: {sub}")
    assert not missing, (
        "imports the Windows payload cannot satisfy (a new dependency: add it to pyproject.toml, then ./scripts/build-windows.sh --lock; a stdlib or Qt module: keep it in installer/payload.py):\n"
        + ("\n".join(missing))
    )


def test_the_qt_modules_the_app_imports_are_kept_and_the_others_left_out() -> None:
    used = {m.split(".")[1] for p in app_sources() for m, _, _ in imports_of(p) if m.startswith("PySide6.")}
    kept = {p.name.split(".")[0] for p in (site() / "PySide6").glob("Qt*.pyd")}
    assert used <= kept
    assert not {"QtQml", "QtQuick", "QtOpenGL", "QtDesigner", "QtWebEngineCore"} & kept
    assert not (site() / "PySide6" / "opengl32sw.dll").exists()
    assert (site() / "PySide6" / "plugins" / "platforms" / "qwindows.dll").is_file()
    assert (site() / "PySide6" / "plugins" / "imageformats" / "qsvg.dll").is_file()  # the window icon is an SVG


def test_the_runtime_matches_the_wheels_tags_and_the_bytecode() -> None:
    py = info()["python"]
    assert (python() / f"python{py.replace('.', '')}.dll").is_file()
    assert (python() / "pythonw.exe").is_file() and (python() / "python.exe").is_file()
    major, minor = (int(x) for x in py.split("."))
    for wheel in site().glob("*.dist-info/WHEEL"):
        tags = re.findall(r"^Tag: (\S+)", wheel.read_text(), re.M)
        assert tags, wheel
        for t in tags:
            interpreter, abi, platform = t.split("-")
            assert platform in ("any", "win_amd64"), f"{wheel.parent.name}: {t}"
            if abi == "abi3":
                assert int(interpreter.removeprefix("cp")[1:]) <= minor, f"{wheel.parent.name}: {t}"
            elif abi != "none":
                assert interpreter == abi == tag(), f"{wheel.parent.name}: {t} on a {tag()} runtime"
    for pyd in site().rglob("*.pyd"):
        m = re.search(r"\.(cp\d+)-(\w+)\.pyd$", pyd.name)
        if m:
            assert m.groups() == (tag(), "win_amd64"), pyd
    pyc = next((PAYLOAD / "app" / "gridapp" / "__pycache__").glob("__init__.*.pyc"))
    assert pyc.name == f"__init__.cpython-{major}{minor}.pyc"
    magic = struct.unpack("<H", pyc.read_bytes()[:2])[0]
    assert magic == MAGIC[py], f"{pyc} has bytecode {magic}, the runtime {py} reads {MAGIC[py]}"


def test_every_module_is_precompiled() -> None:
    uncompiled = [
        p
        for folder in (PAYLOAD / "app", python() / "Lib")
        for p in folder.rglob("*.py")
        if not (p.parent / "__pycache__" / f"{p.stem}.cpython-{tag()[2:]}.pyc").is_file()
    ]
    assert not uncompiled[:10]


def test_fonts_translations_catalogues_and_licences_are_in() -> None:
    resources = PAYLOAD / "app" / "resources"
    for font in ("WenQuanYiMicroHei.ttf", "DejaVuSans.ttf"):
        assert (resources / "fonts" / font).stat().st_size > 100_000
    ours = sorted(p.name for p in (ROOT / "resources" / "i18n").glob("*.qm"))
    assert ours and ours == sorted(p.name for p in (resources / "i18n").glob("*.qm"))
    assert (site() / "PySide6" / "translations" / "qtbase_zh_CN.qm").is_file()
    assert {p.name for p in (ROOT / "resources" / "catalogues").glob("*.json")} <= {
        p.name for p in (resources / "catalogues").glob("*.json")
    }
    assert (resources / "demo" / "org.json").is_file()
    assert (resources / "icons" / "app.svg").is_file() and (PAYLOAD / "RedGridWorkstation.ico").is_file()
    licenses = PAYLOAD / "licenses"
    for name in ("RedGridWorkstation.txt", "Python.txt", "Qt-LGPL-NOTICE.txt", "LGPL-3.0.txt", "GPL-3.0.txt"):
        assert (licenses / name).stat().st_size > 0, name
    assert list((licenses / "fonts").glob("*"))
    assert "PySide6" in (licenses / "THIRD-PARTY.txt").read_text(encoding="utf-8")


def test_the_runtime_sees_only_its_own_folders() -> None:
    pth = (python() / f"python{tag()[2:]}._pth").read_text().splitlines()
    assert "..\\app" in pth and "Lib\\site-packages" in pth
    assert "import site" not in pth  # no user site-packages, no .pth files


def pe_machine(data: bytes) -> int | None:
    if data[:2] != b"MZ":
        return None
    offset = struct.unpack_from("<I", data, 0x3C)[0]
    if data[offset : offset + 4] != b"PE\0\0":
        return None
    return struct.unpack_from("<H", data, offset + 4)[0]


def test_no_linux_binary_and_every_windows_binary_is_x64() -> None:
    linux, wrong = [], []
    for path in PAYLOAD.rglob("*"):
        if not path.is_file():
            continue
        with path.open("rb") as f:
            head = f.read(4096)
        rel = path.relative_to(PAYLOAD)
        if (
            head[:4] == b"\x7fELF"
            or re.search(r"\.so(\.\d+)*$", path.name)
            or head[:4]
            in (
                b"\xcf\xfa\xed\xfe",
                b"\xca\xfe\xba\xbe",
            )
        ):
            linux.append(str(rel))
        elif path.suffix.lower() in (".dll", ".pyd", ".exe"):
            with path.open("rb") as f:
                data = f.read(1 << 16)
            if pe_machine(data) != 0x8664:
                wrong.append(str(rel))
    assert not linux, f"Linux/macOS binaries in the payload: {linux[:10]}"
    assert not wrong, f"not x64 Windows binaries: {wrong[:10]}"
