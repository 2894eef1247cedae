"""Start-up: median time from process start to the main window shown, to the login asked (typing possible), and to
the database open behind it (its services attached: the tree and people show as soon as the login is done), on a
5,000-person database with its system administrator, beside a bare PySide6 window; goals (issue 16): ratio ≤ 2 for
the window, ≤ 3 for the first screen a person works in — the login, asked while the database opens.

    python -m bench.startup [--runs 9] [--people 5000]

Runs offscreen unless DISPLAY is set (then in the real window system, e.g. under Xvfb).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.synth import build

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"

BARE_WINDOW = """
import time, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print(f"shown {time.time():.4f}", flush=True), app.quit()))
app.exec()
"""


def _time(command: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    marks = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("shown", "prompt", "data"):
            marks[key] = float(value) - started
    if "shown" not in marks:
        raise RuntimeError(f"{command} printed no timing: {result.stdout} {result.stderr}")
    return marks


def _with_admin(database: Path) -> None:
    """A plant in use has its system administrator, so the start asks for a login (not for a first password)."""
    from gridapp.services import open_workspace

    services = open_workspace(str(database)).services
    try:
        if services.security.accounts.needs_admin():
            services.security.accounts.init_admin("Bench-startup-2026")
    finally:
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--people", type=int, default=5000)
    args = parser.parse_args()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    database = OUTPUT / f"startup-{args.people}.sqlite3"
    if not database.exists():
        build(database, args.people, max(50, args.people // 20))
    _with_admin(database)
    data_dir = tempfile.mkdtemp(prefix="gridapp-bench-")
    env = {**os.environ, "GRIDAPP_DATA_DIR": data_dir, "GRIDAPP_STARTUP_PROBE": "1"}
    # An installed app starts from compiled bytecode (pip and the installer compile it); the warm-up run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    app = [sys.executable, "main.py", "--database", str(database)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    _time(app, env)  # warm the OS file cache once
    app_runs, bare_runs = [], []
    for _ in range(args.runs):  # interleaved, so a busy moment of the machine weighs on both alike
        app_runs.append(_time(app, env))
        bare_runs.append(_time(bare, env)["shown"])
    shown = statistics.median(r["shown"] for r in app_runs)
    data = statistics.median(r["data"] for r in app_runs)
    prompt = statistics.median(r.get("prompt", r["data"]) for r in app_runs)
    bare_shown = statistics.median(bare_runs)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'xcb')}, {args.runs} runs, {args.people} people")
    print(f"bare PySide6 window shown     {bare_shown * 1000:7.0f} ms")
    print(f"main window shown             {shown * 1000:7.0f} ms   ratio {shown / bare_shown:.2f} (goal ≤ 2)")
    print(f"login asked, typing possible  {prompt * 1000:7.0f} ms   ratio {prompt / bare_shown:.2f} (goal ≤ 3)")
    print(f"database open behind it       {data * 1000:7.0f} ms   ratio {data / bare_shown:.2f}")


if __name__ == "__main__":
    main()
