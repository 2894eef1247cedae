"""Red Grid Workstation entry point: wires database → services → QApplication → translators → main window.

``gridapp``            start the desktop app (on the embedded SQLite database unless told otherwise)
``gridapp demo``       load the demo plant into an empty database, without a window (``--demo-password PW``,
                       or the password on standard input: the demo accounts' common password)
``gridapp migrate``    upgrade the database schema (after a backup), without a window
``gridapp account init-admin``   set the first system administrator's password (read from standard input)
``gridapp audit verify``         check the whole audit chain; exit 3 when it is broken
``gridapp audit export-key`` / ``import-key``   move the audit chain's key to another PC of a server database
                       (the system administrator's password first, on standard input)
``gridapp sync export-key`` / ``import-key``    the same for the plant's sync key (a plant server's other PCs
                       then sign the sync files they write)
``gridapp backup``     make a verified backup of the SQLite database now (``backups/`` beside it)
``gridapp restore``    list the verified backups; ``gridapp restore NAME`` restores one (the current file is backed
                       up first); the program must not have the database open
``gridapp migrate --without-backup``   upgrade a server database although pg_dump is not installed on this PC

The commands speak Chinese unless ``--lang en``; they exit 0 when done, 1 when refused for a reason they say (a
wrong password, nothing by that name, a missing key), 2 when not understood or the database cannot be opened, and
3 when ``audit verify`` finds the chain broken. An expected problem never prints a traceback (the log has it).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

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
    parser.add_argument("--demo-password", metavar="PW", help="the demo accounts' common password (gridapp demo)")
    parser.add_argument(
        "--without-backup",
        action="store_true",
        help="gridapp migrate: upgrade a server database although no pg_dump backup can be made here",
    )
    parser.add_argument(
        "command",
        nargs="?",
        choices=["run", "demo", "migrate", "account", "audit", "sync", "backup", "restore"],
        default="run",
    )
    parser.add_argument("subcommand", nargs="?", help="init-admin | verify | export-key | import-key; a backup's name")
    args = parser.parse_args(argv)
    subcommands = ["init-admin", "verify", "export-key", "import-key"]
    if args.subcommand is not None and args.command != "restore" and args.subcommand not in subcommands:
        parser.error(f"argument subcommand: invalid choice: {args.subcommand!r} (choose from {', '.join(subcommands)})")
    return args


# Exit codes of the commands without a window (README, "Command line").
DONE = 0
REFUSED = 1  # an expected problem, said in words: a wrong password, nothing by that name, a key missing…
USAGE = 2  # the command was not understood, or the database cannot be opened
BROKEN = 3  # gridapp audit verify: the audit chain is broken


def translate(context: str, text: str) -> str:
    """A message of the command line in the user's language (the ``Cli`` context of the core catalogue)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def say(text: str) -> None:
    print(text, flush=True)


def fail(text: str) -> None:
    print(f"gridapp: {text}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def language_of(args: argparse.Namespace) -> Iterator[None]:
    """Chinese unless ``--lang en``: the catalogues the window uses, loaded for the command and removed after it."""
    from PySide6.QtCore import QCoreApplication

    from ui.app import install_translators

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "gridapp"])
    translators = install_translators(app, args.lang or "zh_CN")  # type: ignore[arg-type]
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def read_secret(prompt: str, confirm: bool = False) -> str:
    """A password from the terminal (not echoed), or the next line of standard input for scripts and tests."""
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(translate("Cli", "again: ")) != first:
            fail(translate("Cli", "the two passwords differ"))
            raise SystemExit(REFUSED)
        return first
    return sys.stdin.readline().rstrip("\r\n")


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
    with language_of(args):
        return command(args)


def command(args: argparse.Namespace) -> int:
    try:
        if args.command in ("backup", "restore"):
            return backup_command(args)
        return run_command(args)
    except (OSError, RuntimeError, ValueError, LookupError) as exc:
        # Expected problems (a file, a lock, a refusal) in words, never a traceback; the details go to the log.
        import logging

        from ui.errors import exception_text

        logging.getLogger("gridapp.cli").exception("command %s failed", args.command)
        fail(exception_text(exc)[0])
        return REFUSED


def backup_command(args: argparse.Namespace) -> int:
    """``gridapp backup`` and ``gridapp restore [NAME]`` on an SQLite file, without opening it through the app (a
    damaged file can still be restored)."""
    from pathlib import Path

    from gridapp.backup.sqlite import BackupFailed, find_backup, list_backups, make_backup, restore_backup

    target = database_target(args)
    if "://" in target and not target.startswith("sqlite"):
        fail(
            translate("Cli", "a server database is backed up and restored by its administrator (pg_dump / pg_restore)")
        )
        return USAGE
    path = Path(target.removeprefix("sqlite:///"))
    try:
        if args.command == "backup":
            backup = make_backup(path)
            say(translate("Cli", "backup made and verified: {0}").format(backup.path))
            return DONE
        if args.subcommand is None:
            backups = list_backups(path)
            if not backups:
                say(translate("Cli", "no verified backups of {0} (in {1})").format(path, path.parent / "backups"))
            for b in backups:
                say(
                    translate("Cli", "{0}  {1}  {2}  schema {3}  people {4}  issues {5}  photos {6}").format(
                        b.name, f"{b.made_at:%Y-%m-%d %H:%M}", f"{b.reason:<8}", b.revision,
                        b.counts.get("person", 0), b.counts.get("issue", 0), b.photos,
                    )
                )  # fmt: skip
            return DONE
        try:
            backup = find_backup(path, args.subcommand)
        except LookupError:
            fail(translate("Cli", "no verified backup named {0} (gridapp restore lists them)").format(args.subcommand))
            return REFUSED
        restored = restore_backup(path, backup)
    except BackupFailed as exc:
        fail(translate("Cli", "the backup did not work: {0}").format(exc))
        return REFUSED
    if restored.previous is not None:
        say(
            translate("Cli", "restored {0}; the replaced file was backed up as {1}").format(
                backup.name, restored.previous.name
            )
        )
    else:
        say(
            translate("Cli", "restored {0}; the replaced file could not be verified, its bytes are in {1}").format(
                backup.name, restored.kept_damaged
            )
        )
    return DONE


def run_command(args: argparse.Namespace) -> int:
    """The commands that open the database without a window: demo, migrate, account, audit, sync."""
    from gridapp.demo import load_demo
    from gridapp.errors import DatabaseOpenError, NotEmptyError
    from gridapp.security.accounts import LoginRefused
    from gridapp.services import open_workspace
    from ui.errors import database_problem_text

    try:
        opened = open_workspace(database_target(args), without_backup=args.without_backup)
    except DatabaseOpenError as exc:
        fail(database_problem_text(exc))
        if exc.problem.value == "upgrade_needs_backup":
            fail(
                translate(
                    "Cli",
                    "pg_dump is not installed here, so no backup can be made before the upgrade; back the database "
                    "up on the server, then run: gridapp migrate --without-backup",
                )
            )
        return USAGE
    db = opened.services.db
    try:
        if args.command in ("account", "audit", "sync"):
            return security_command(args, opened)
        if args.command == "migrate":
            upgrade = opened.upgrade
            if upgrade:
                say(translate("Cli", "{0}: upgraded; backup {1}").format(db.location.url, upgrade.backup or "—"))
            else:
                say(translate("Cli", "{0}: already current").format(db.location.url))
        elif args.command == "demo":
            password = args.demo_password
            if password is None:
                password = read_secret(translate("Cli", "demo accounts' password: "), confirm=True)
            try:
                load_demo(db, db.system_actor(), demo_password=password)
            except LoginRefused as exc:
                fail(translate("Cli", "the demo password is refused: {0}").format(refusal_text(exc)))
                return REFUSED
            except NotEmptyError:
                fail(
                    translate("Cli", "{0} already holds a plant; the demo needs an empty database").format(
                        db.location.url
                    )
                )
                return REFUSED
            say(translate("Cli", "demo plant loaded into {0}").format(db.location.url))
    finally:
        opened.services.close()
    return DONE


def refusal_text(exc: Any) -> str:
    """A LoginRefused for the terminal: the problem, and the policy rules broken (their codes kept for IT)."""
    rules = exc.details.get("rules")
    if rules:
        broken = ", ".join(r.value for r in rules)
        return translate(
            "Cli", "{0} ({1}; at least {2} characters with {3} of: small letters, capitals, digits, other signs)"
        ).format(exc.problem.value, broken, exc.details["min_length"], exc.details["min_kinds"])
    return exc.problem.value


def security_command(args: argparse.Namespace, opened: Opened) -> int:
    import base64

    from gridapp.security.accounts import SYSTEM_LOGINS, LoginRefused
    from gridapp.security.chain import ChainChecker
    from gridapp.security.kinds import SystemRole
    from gridapp.security.secrets import NoSecureStore
    from gridapp.sync.bundle import BundleRefused
    from gridapp.sync.keys import SyncKeyMissing

    security = opened.services.security
    db = opened.services.db
    if args.command == "account" and args.subcommand == "init-admin":
        if not security.accounts.needs_admin():
            fail(translate("Cli", "a system administrator already exists"))
            return REFUSED
        try:
            security.accounts.init_admin(
                read_secret(translate("Cli", "system administrator's password: "), confirm=True)
            )
        except LoginRefused as exc:
            fail(translate("Cli", "the password is refused: {0}").format(refusal_text(exc)))
            return REFUSED
        say(translate("Cli", "system administrator 'sysadmin' created"))
        return DONE
    if args.command == "audit" and args.subcommand == "verify":
        with db.read() as session:
            report = ChainChecker(session).full()
        if report.breach is None:
            say(
                translate("Cli", "audit chain intact: {0} records, {1} issue events").format(
                    report.records, report.events
                )
            )
            if not report.keyed:
                say(translate("Cli", "(unkeyed: this PC had no keyring when the chain was started)"))
            return DONE
        b = report.breach
        say(
            translate("Cli", "audit chain BROKEN at record {0}: {1} {2}").format(
                b.seq if b.seq is not None else "?", b.kind.value, b.detail
            )
        )
        return BROKEN
    if args.command in ("audit", "sync") and args.subcommand in ("export-key", "import-key"):
        admin = SYSTEM_LOGINS[SystemRole.SYSTEM_ADMIN]
        try:
            actor = security.accounts.login(
                admin, read_secret(translate("Cli", "system administrator's password: "))
            ).actor
        except LoginRefused as exc:
            fail(translate("Cli", "login refused: {0}").format(refusal_text(exc)))
            return REFUSED
        try:
            sync = opened.services.sync
            if args.subcommand == "export-key":
                key = security.export_key(actor) if args.command == "audit" else sync.export_key(actor)
                print(base64.b64encode(key).decode("ascii"))
                return DONE
            raw = base64.b64decode(sys.stdin.readline().strip())
            if args.command == "audit":
                security.import_key(raw)
            else:
                sync.import_key(actor, raw)
        except (LookupError, ValueError, BundleRefused, SyncKeyMissing) as exc:
            fail(translate("Cli", "the key was not moved: {0}").format(exc))
            return REFUSED
        except NoSecureStore as exc:
            fail(translate("Cli", "this PC has no secure key store (keyring): {0}").format(exc))
            return REFUSED
        say(translate("Cli", "key stored in this PC's keyring; restart the program"))
        return DONE
    fail(
        translate(
            "Cli",
            "usage: gridapp account init-admin | gridapp audit verify|export-key|import-key | "
            "gridapp sync export-key|import-key | gridapp backup | gridapp restore [NAME]",
        )
    )
    return USAGE


def run_gui(args: argparse.Namespace) -> int:
    from ui.app import create_application
    from ui.settings import language

    app = create_application(sys.argv, args.lang or language())
    target = database_target(args)
    guard = None
    if "://" not in target:  # one window per database file on this PC
        from ui.single_instance import SingleInstance, bring_to_front, tell_already_open

        guard = SingleInstance(target)
        if not guard.claim():
            tell_already_open(target)
            return 0
    window = launch(target)
    if guard is not None:
        guard.activation_requested.connect(lambda: bring_to_front(window))
    code = app.exec()
    from ui.tasks import stop_all

    stop_all()  # e.g. quit at the login while the database was still opening
    if guard is not None:
        guard.release()
    if window.services is not None:
        window.services.close()
    return code


def launch(target: str) -> MainWindow:
    """Show the main window at once and open the database behind it; the window fills in when it is open."""
    from ui.main_window import MainWindow
    from ui.tasks import Task

    window = MainWindow()
    window.show()
    if "://" not in target:
        from pathlib import Path

        from gridapp.db.identify import ready_for_login

        if ready_for_login(Path(target)):  # the login is asked while the database opens behind it
            window.session.ask_login_early()
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
        now = f"{time.time():.4f}"
        print(f"shown {now}", flush=True)
        if window.session.dialog is not None:  # type: ignore[attr-defined]
            print(f"prompt {now}", flush=True)  # the login is open with the window: typing can begin

    def attached() -> None:
        print(f"data {time.time():.4f}", flush=True)
        QTimer.singleShot(0, window.close)  # type: ignore[attr-defined]

    QTimer.singleShot(0, shown)
    window.services_attached.connect(attached)  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
