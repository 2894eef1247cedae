"""The architecture's import rules: gridapp never imports Qt or ui; ui never builds SQL."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_gridapp_imports_neither_qt_nor_ui() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            name for name in imported_modules(path) if name.split(".")[0] in {"PySide6", "shiboken6", "ui"}
        )
        for path in (ROOT / "gridapp").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_ui_does_not_import_sqlalchemy() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            name for name in imported_modules(path) if name.split(".")[0] in {"sqlalchemy", "alembic"}
        )
        for path in [ROOT / "main.py", *(ROOT / "ui").rglob("*.py")]
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_import_linter_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is part of the test dependencies"
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_gridapp_runs_without_qt_installed() -> None:
    """Importing every gridapp module in a process where PySide6 cannot be imported still works."""
    code = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'): raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import gridapp\n"
        "for m in pkgutil.walk_packages(gridapp.__path__, 'gridapp.'):\n"
        "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_first_screen_waits_for_no_heavy_library() -> None:
    """The window is shown before the database opens: building it must not import SQLAlchemy, ReportLab & co."""
    code = (
        "import sys\n"
        "import main\n"
        "from ui.main_window import MainWindow\n"
        "from ui.app import create_application\n"
        "heavy = ('sqlalchemy', 'alembic', 'reportlab', 'matplotlib', 'openpyxl', 'PIL', 'pypinyin', 'pypdfium2')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
