"""Memory of the window on the issue board (issue 20, must-have 5): what it must not carry.

A real start in main.py's order — the application, the window, the database, the board — in a child process, so
its ``sys.modules`` and ``linecache`` are the app's alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BOARD = """
import json, linecache, sys
from ui.app import create_application
app = create_application(sys.argv[:1], "zh_CN")
from gridapp.services import open_workspace
from ui.issues.tab import IssuesTab
from ui.main_window import MainWindow
window = MainWindow()
window.backup_menu.busy = True  # the start's automatic backup is not what the board holds
window.show()
window.context.set_services(open_workspace(sys.argv[1]).services)
window.tabs.setCurrentWidget(window.issues_tab)
app.processEvents()
tab = window.issues_tab.findChild(IssuesTab)
cards = sum(column.model.rowCount() for column in tab.board.columns.values())
sources = sorted(n for n, entry in linecache.cache.items() if not n.startswith("<") and len(entry) > 2 and entry[2])
print(json.dumps({"cards": cards, "modules": sorted(sys.modules), "sources": sources}))
window.context.services.close()
"""

# Loaded when first used (a PDF, a chart, a workbook, a sync bundle signed or read, a migration), never by the window
# on the board. The keyring is read at start (the audit chain's key), so it is not among them; its Linux backend
# (Secret Service) imports cryptography itself, Windows' does not: the child uses a keyring that imports nothing.
LAZY = (
    "cryptography",
    "orjson",
    "alembic",
    "reportlab",
    "matplotlib",
    "openpyxl",
    "PIL",
    "qrcode",
    "pypdfium2",
)


def _board(database: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "tests.memory_keyring.MemoryKeyring"}
    result = subprocess.run(
        [sys.executable, "-c", BOARD, str(database)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_board_carries_no_library_it_does_not_use_and_no_module_source(demo_db_file: Path) -> None:
    shown = _board(demo_db_file)
    assert shown["cards"], "the demo plant's issues show on the board"
    modules = shown["modules"]
    assert isinstance(modules, list)
    assert "sqlalchemy" in modules and "ui.issues.tab" in modules  # the board really is open
    assert sorted({m.split(".")[0] for m in modules} & set(LAZY)) == []
    # PySide6 reads every imported module's source (its __feature__ check) through linecache; none of it is kept.
    assert shown["sources"] == []
