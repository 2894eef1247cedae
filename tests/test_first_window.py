"""The first window is built before SQLAlchemy is imported (the database opens behind it): building the main window
imports no SQLAlchemy. Checked in a fresh process, since the test run has imported it long since."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import sys
from ui.app import create_application
app = create_application([], "zh_CN")
from ui.main_window import MainWindow
window = MainWindow()
window.show()
app.processEvents()
print(sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy")[:3])
"""


def test_building_the_main_window_imports_no_sqlalchemy(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GRIDAPP_DATA_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]", run.stdout
