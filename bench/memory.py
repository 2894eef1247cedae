"""Memory (issue 20, must-have 5): the resident set of the app's main window with a large issue database open on the
board, beside a bare PySide6 window; both run as child processes, each measured (VmRSS, VmHWM from /proc) once its
window is shown and, for the app, the board's columns are filled. Goal: app < 3 × bare + what the visible pages need.

    python -m bench.memory [--issues 1000000] [--database PATH_OR_URL]

Runs offscreen unless DISPLAY is set. The app's window is the real ``MainWindow`` with the services attached and the
issue board tab current, as after a login (the login itself is left out: its dialog holds no data).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
def ready():
    print("ready", flush=True)
    sys.stdin.readline()
    app.quit()
QTimer.singleShot(500, ready)
app.exec()
"""

# In main.py's order: the application first, then the window's and the database's modules.
APP = """
import sys
from ui.app import create_application
app = create_application(sys.argv[:1], "zh_CN")
from PySide6.QtCore import QTimer
from gridapp.services import open_workspace
from ui.issues.tab import IssuesTab
from ui.main_window import MainWindow
window = MainWindow()
# The automatic backup at start (a copy of the whole file in the background, 6 GB at 1M) is not what the board holds.
window.backup_menu.busy = True
window.resize(1280, 800)
window.show()
services = open_workspace(sys.argv[1]).services
window.context.set_services(services)
window.tabs.setCurrentWidget(window.issues_tab)
def ready():
    app.processEvents()
    tab = window.issues_tab.findChild(IssuesTab)
    cards = sum(column.model.rowCount() for column in tab.board.columns.values())
    if len(sys.argv) > 2:
        window.grab().save(sys.argv[2])
    print(f"ready {cards}", flush=True)
    sys.stdin.readline()
    app.quit()
QTimer.singleShot(500, ready)
app.exec()
"""


def _memory(pid: int) -> dict[str, int]:
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
            found[key] = int(value.split()[0]) // 1024  # MiB
    return found


def measure(command: list[str], env: dict[str, str]) -> dict[str, int]:
    child = subprocess.Popen(command, env=env, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdin is not None
    try:
        for line in child.stdout:
            if line.startswith("ready"):
                found = _memory(child.pid)
                if line.split()[1:]:
                    found["cards shown"] = int(line.split()[1])
                return found
        raise RuntimeError(f"{command[:3]} ended before its window was ready")
    finally:
        child.stdin.write("\\n")
        child.stdin.close()
        child.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--issues", type=int, default=1_000_000)
    parser.add_argument("--database", default="", help="a database path or URL (default: the cached bench one)")
    parser.add_argument("--png", default="", help="save the app's window here, to see what was measured")
    args = parser.parse_args()
    target = args.database or str(OUTPUT / f"issues-{args.issues}.sqlite3")
    env = {**os.environ, "GRIDAPP_DATA_DIR": str(OUTPUT / "data")}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    bare = measure([sys.executable, "-c", BARE], env)
    app = measure([sys.executable, "-c", APP, target, *([args.png] if args.png else [])], env)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'xcb')}; database: {target}")
    for name, found in (("bare PySide6 window", bare), ("app, board open", app)):
        print(
            f"  {name:<22} " + ", ".join(f"{k} {v}" + ("" if k == "cards shown" else " MiB") for k, v in found.items())
        )
    ratio = app["VmRSS"] / bare["VmRSS"]
    print(f"  ratio (VmRSS)          {ratio:.2f} (goal < 3 plus the visible pages)")


if __name__ == "__main__":
    main()
