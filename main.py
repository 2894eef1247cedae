"""Red Grid Workstation entry point: wires database → services → QApplication → translators → main window.

``gridapp``            start the desktop app (on the embedded SQLite database unless told otherwise)
``gridapp demo``       load the demo plant into an empty database, without a window
``gridapp migrate``    upgrade the database schema (after a backup), without a window
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gridapp.progress import Progress
    from gridapp.services import Opened
    from ui.main_window import MainWindow


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="gridapp", description="红色网格工作站 Red Grid Workstation")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLite file path or database URL (postgresql+psycopg://user@host/db); "
        "default: $GRIDAPP_DATABASE_URL, else gridapp.sqlite3 in the user's data folder",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user interface language (default: as last chosen)")
    parser.add_argument("command", nargs="?", choices=["run", "demo", "migrate"], default="run")
    return parser.parse_args(argv)


def database_target(args: argparse.Namespace) -> str:
    from gridapp.paths import DATABASE_URL_ENV, default_database_path

    return args.database or os.environ.get(DATABASE_URL_ENV) or str(default_database_path())


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from gridapp.logs import setup_logging
    from gridapp.paths import log_dir

    setup_logging(log_dir())
    if args.command == "run":
        return run_gui(args)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """The commands that need no window: demo, migrate."""
    from gridapp.demo import load_demo
    from gridapp.errors import DatabaseOpenError, NotEmptyError
    from gridapp.services import open_workspace

    try:
        opened = open_workspace(database_target(args))
    except DatabaseOpenError as exc:
        print(f"gridapp: cannot open the database: {exc}", file=sys.stderr)
        return 2
    db = opened.services.db
    try:
        if args.command == "migrate":
            upgrade = opened.upgrade
            print(f"{db.location.url}: " + (f"upgraded, backup {upgrade.backup}" if upgrade else "already current"))
        elif args.command == "demo":
            try:
                load_demo(db, db.system_actor())
            except NotEmptyError:
                print(
                    f"gridapp: {db.location.url} already holds a plant; the demo needs an empty database",
                    file=sys.stderr,
                )
                return 1
            print(f"demo plant loaded into {db.location.url}")
    finally:
        opened.services.close()
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from ui.app import create_application
    from ui.settings import language

    app = create_application(sys.argv, args.lang or language())
    window = launch(database_target(args))
    code = app.exec()
    if window.services is not None:
        window.services.close()
    return code


def launch(target: str) -> MainWindow:
    """Show the main window at once and open the database behind it; the window fills in when it is open."""
    from ui.main_window import MainWindow
    from ui.tasks import Task

    window = MainWindow()
    window.show()
    if os.environ.get("GRIDAPP_STARTUP_PROBE"):
        _report_startup_probe(window)

    def open_in_background(progress: Progress) -> Opened:
        from gridapp.services import open_workspace

        return open_workspace(target, progress)

    opening = Task(open_in_background, name="open database", parent=window)
    opening.succeeded.connect(window.attach)
    opening.failed.connect(window.show_open_failure)
    opening.start()
    return window


def _report_startup_probe(window: object) -> None:
    """For bench/startup.py: print the wall-clock times the window was shown and the plant's data was on screen."""
    from PySide6.QtCore import QTimer

    def shown() -> None:
        print(f"shown {time.time():.4f}", flush=True)

    def attached() -> None:
        print(f"data {time.time():.4f}", flush=True)
        QTimer.singleShot(0, window.close)  # type: ignore[attr-defined]

    QTimer.singleShot(0, shown)
    window.services_attached.connect(attached)  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
