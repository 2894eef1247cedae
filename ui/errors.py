"""Telling the user what went wrong, in their language, and keeping the details in the log."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gridapp.db import faults
from gridapp.errors import DatabaseOpenError, NotEmptyError, Problem

READ_ONLY_FILE = "file"  # gridapp.db.connect.READ_ONLY_FILE (the first screen does not import connect)

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def database_problem_text(error: DatabaseOpenError) -> str:
    """A sentence saying what happened and what to do; the user's file is never touched in any of these cases."""
    from ui.backup.words import backup_problem_text

    worded = backup_problem_text(error)  # a failed upgrade, a damaged file, a server upgrade without a backup
    if worded is not None:
        return worded
    where = error.location
    texts = {
        Problem.NOT_A_DATABASE: translate(
            "Errors",
            "The file {0} is not a Red Grid Workstation database, or it is damaged. It has not been changed. "
            "Choose another file, or restore a backup from the “backups” folder beside it.",
        ),
        Problem.READ_ONLY: translate(
            "Errors",
            "The database {0} or its folder cannot be written (read-only, or in use by another program). "
            "Nothing was changed. Check the folder's permissions or copy the file to a writable folder.",
        ),
        Problem.CANNOT_CREATE: translate(
            "Errors",
            "A new database cannot be created at {0}: the folder cannot be written. "
            "Choose a writable folder with --database, or ask the administrator for write access.",
        ),
        Problem.UNREACHABLE: translate(
            "Errors",
            "The database server {0} did not answer. Check the network cable or VPN, and that the server is running.",
        ),
        Problem.LOGIN_FAILED: translate("Errors", "The database server {0} refused the user name or password."),
        Problem.NEWER_SCHEMA: translate(
            "Errors",
            "The database {0} was written by a newer version of Red Grid Workstation. It has not been changed. "
            "Install the newer version to open it.",
        ),
        Problem.BAD_URL: translate(
            "Errors", "“{0}” is not a database file path or a database URL this program can use."
        ),
        Problem.NETWORK_SHARE: translate(
            "Errors",
            "The database {0} is on a network share. SQLite databases are damaged when opened over the network, "
            "so it has not been opened. Copy it to a local disk of this PC, or use the plant's database server.",
        ),
        Problem.BUSY: translate(
            "Errors",
            "The database {0} is in use by another program, which holds its write lock. "
            "Nothing was changed. Close the other program, then try again.",
        ),
        Problem.MIGRATION_FAILED: translate(
            "Errors",
            "Upgrading the database {0} to this version failed; it was left as it was, and a backup was made "
            "beforehand. Details are in the log file.",
        ),
    }
    return texts[error.problem].format(where)


RIGHT_NAMES = {
    "report_issue": QT_TRANSLATE_NOOP("Rights", "report issues"),
    "clock_settings": QT_TRANSLATE_NOOP("Rights", "set the feedback clocks and the shift calendar"),
    "card_edit": QT_TRANSLATE_NOOP("Rights", "edit inspection cards"),
    "card_release": QT_TRANSLATE_NOOP("Rights", "release card versions"),
    "round_record": QT_TRANSLATE_NOOP("Rights", "record inspection rounds"),
    "score_rules": QT_TRANSLATE_NOOP("Rights", "edit point rules and star thresholds"),
    "points_confirm": QT_TRANSLATE_NOOP("Rights", "confirm points"),
    "period_close": QT_TRANSLATE_NOOP("Rights", "close scoring periods"),
    "warning_see": QT_TRANSLATE_NOOP("Rights", "see red/yellow/blue warnings"),
    "warning_raise": QT_TRANSLATE_NOOP("Rights", "raise red/yellow/blue warnings"),
    "warning_export": QT_TRANSLATE_NOOP("Rights", "export warnings"),
    "ranking_export": QT_TRANSLATE_NOOP("Rights", "export rankings and score tables"),
    "roster_import": QT_TRANSLATE_NOOP("Rights", "import the roster"),
    "roster_export": QT_TRANSLATE_NOOP("Rights", "export the roster"),
    "unit_tree": QT_TRANSLATE_NOOP("Rights", "change the organisation"),
    "account_admin": QT_TRANSLATE_NOOP("Rights", "administer accounts"),
    "security_policy": QT_TRANSLATE_NOOP("Rights", "set the password policy"),
    "audit_read": QT_TRANSLATE_NOOP("Rights", "read the audit trail"),
    "sync_setup": QT_TRANSLATE_NOOP("Rights", "set up sync and register stations"),
    "sync_run": QT_TRANSLATE_NOOP("Rights", "sync and exchange sync files"),
    "sync_conflicts": QT_TRANSLATE_NOOP("Rights", "resolve sync conflicts"),
    "shift_handover": QT_TRANSLATE_NOOP("Rights", "hand over a shift"),
    "meeting_record": QT_TRANSLATE_NOOP("Rights", "record meetings of party life"),
    "meeting_kinds": QT_TRANSLATE_NOOP("Rights", "edit the catalogue of meeting kinds"),
    "talk_record": QT_TRANSLATE_NOOP("Rights", "record talks"),
    "talk_read": QT_TRANSLATE_NOOP("Rights", "read talk summaries"),
    "care_read": QT_TRANSLATE_NOOP("Rights", "read people's state-of-mind files and hardship cases"),
    "suggestion_submit": QT_TRANSLATE_NOOP("Rights", "submit suggestions"),
    "suggestion_review": QT_TRANSLATE_NOOP("Rights", "review suggestions"),
    "training_record": QT_TRANSLATE_NOOP("Rights", "record training sessions"),
    "project_edit": QT_TRANSLATE_NOOP("Rights", "set up and run tackling projects"),
    "training_settings": QT_TRANSLATE_NOOP("Rights", "set required training hours and the classrooms"),
}


def right_name(code: str) -> str:
    source = RIGHT_NAMES.get(code)
    return translate("Rights", source) if source else code


def _security_text(exc: BaseException) -> str | None:
    """Refusals of the security capability, worded; its modules are looked at only once they are loaded (the
    first screen imports no SQLAlchemy)."""
    rights = sys.modules.get("gridapp.security.rights")
    if rights is not None and isinstance(exc, rights.AccessDenied):
        return translate(
            "Errors", "Your account does not have the right to {0}. Nothing was changed; ask your grid leader."
        ).format(right_name(exc.right.value))
    database = sys.modules.get("gridapp.db.database")
    if database is not None and isinstance(exc, database.ReadOnlyDatabase) and exc.reason == READ_ONLY_FILE:
        return translate(
            "Errors",
            "This database file is open for reading only: the file or its folder cannot be written on this PC. "
            "Nothing was changed. Ask the administrator for write access, then open the database again.",
        )
    if database is not None and isinstance(exc, database.ReadOnlyDatabase):
        return translate(
            "Errors",
            "This database is open for reading only: its audit trail failed the integrity check (or this PC lacks "
            "its key). Nothing was changed. Ask the auditor to check the trail.",
        )
    accounts = sys.modules.get("gridapp.security.accounts")
    if accounts is not None and isinstance(exc, accounts.LoginRefused):
        from ui.session.words import login_problem_text

        return login_problem_text(exc)
    return None


def exception_text(exc: BaseException) -> tuple[str, str]:
    """(message for the user, technical detail)."""
    detail = "".join(traceback.format_exception(exc)).strip()
    security = _security_text(exc)
    if security is not None:
        return security, ""
    if isinstance(exc, DatabaseOpenError):
        return database_problem_text(exc), exc.detail
    fault = _fault_text(exc)
    if fault is not None:
        return fault, detail
    if isinstance(exc, NotEmptyError):
        return translate("Errors", "The demo plant can only be loaded into an empty database."), ""
    if isinstance(exc, PermissionError):
        return translate("Errors", "A file could not be written: {0}").format(exc.filename or exc), detail
    if isinstance(exc, OSError):
        return translate("Errors", "A file operation failed: {0}").format(exc.strerror or exc), detail
    return translate("Errors", "An unexpected error occurred. The details have been written to the log file."), detail


def _fault_text(exc: BaseException) -> str | None:
    if faults.is_busy(exc):
        return translate(
            "Errors",
            "The database is in use by another program, which holds its write lock. Nothing was changed. "
            "Close the other program or wait a moment, then try again.",
        )
    if faults.is_connection_lost(exc):
        return translate(
            "Errors",
            "The connection to the database server was lost, so the change was not saved (nothing was changed). "
            "The program keeps retrying; try again once the status bar no longer says the connection is lost.",
        )
    return None


class ConnectionState(QObject):
    """Whether the database server (or file) is out of reach: one place that the change poll and failed
    operations report to, and that the status bar shows, so a lost connection is told once, not per attempt."""

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.lost = False

    def set_lost(self, lost: bool) -> None:
        if lost != self.lost:
            self.lost = lost
            self.changed.emit(lost)


_connection_state: ConnectionState | None = None
_open_boxes: set[str] = set()  # texts of the fault dialogs on screen: the same one is not stacked


def connection_state() -> ConnectionState:
    global _connection_state
    if _connection_state is None:
        _connection_state = ConnectionState()
    return _connection_state


def show_exception(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A dialog saying what went wrong — except for a lost connection while reading, which only the status bar
    tells (once, until it is back), and a fault whose dialog is already on screen."""
    if faults.is_connection_lost(exc):
        connection_state().set_lost(True)
        if not _lost_during_write(exc):
            log.info("database out of reach: %s", exc)
            return
    text, detail = exception_text(exc)
    calm = faults.is_connection_lost(exc) or faults.is_busy(exc)
    if calm and text in _open_boxes:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical, title or translate("Errors", "Error"), text, QMessageBox.StandardButton.Ok, parent
    )
    if detail:
        box.setDetailedText(detail)
    if calm:
        _open_boxes.add(text)
    try:
        box.exec()
    finally:
        _open_boxes.discard(text)


def _lost_during_write(exc: BaseException) -> bool:
    current: BaseException | None = exc
    while current is not None:
        if isinstance(current, faults.ConnectionLost):
            return current.during_write
        current = current.__cause__ or current.__context__
    return True  # not known to be a read: say so rather than lose a failed change silently


def install_excepthook() -> None:
    """Unexpected exceptions go to the log and to an error dialog, never to a silent exit."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("unhandled exception", exc_info=(kind, exc, tb))
        if QApplication.instance() is not None:
            show_exception(QApplication.activeWindow(), exc.with_traceback(tb))

    sys.excepthook = hook
