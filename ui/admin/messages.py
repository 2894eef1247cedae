"""Sentences of the security windows: refusals in a warning box, and the audit chain's verdict."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gridapp.db.database import ReadOnlyDatabase
from gridapp.security.accounts import LoginRefused
from gridapp.security.chain import Breach, BreachKind, ChainReport
from gridapp.security.rights import AccessDenied
from ui.errors import exception_text, show_exception

translate = QCoreApplication.translate
GENESIS = "events before the audit trail started"  # gridapp.security.chain's detail for the first record's seal


def show_refusal(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A refusal (a login problem, a missing right, a read-only database) in a warning box, worded where every
    window words it (ui.errors); anything unexpected through the app's error dialog."""
    if isinstance(exc, (LoginRefused, AccessDenied, ReadOnlyDatabase)):
        QMessageBox.warning(parent, title or translate("AdminMessages", "Not possible"), exception_text(exc)[0])
    else:
        show_exception(parent, exc, title)


def breach_text(breach: Breach) -> str:
    seq, detail = breach.seq, breach.detail
    if breach.kind is BreachKind.EVENT_CHANGED and detail == GENESIS:
        detail = translate("AdminMessages", "(those written before the audit trail began)")
    return {
        BreachKind.RECORD_CHANGED: translate(
            "AdminMessages",
            "Audit record no. {0} was changed: its hash does not match its content and the record before it.",
        ).format(seq),
        BreachKind.RECORD_MISSING: translate(
            "AdminMessages",
            "Audit record no. {0} is missing: the numbers have a gap, or records were removed from the end.",
        ).format(seq),
        BreachKind.EVENT_CHANGED: translate(
            "AdminMessages", "The issue history entry {0} was changed after audit record no. {1} sealed it."
        ).format(detail, seq),
        BreachKind.EVENT_MISSING: translate(
            "AdminMessages", "The issue history entry {0} sealed by audit record no. {1} is gone."
        ).format(detail, seq),
        BreachKind.EVENT_FORGED: translate(
            "AdminMessages", "The issue history entry {0} was not written by this program: no audit record seals it."
        ).format(detail),
        BreachKind.GUARD_DROPPED: translate(
            "AdminMessages", "The database guard {0} that forbids changing or deleting records was removed."
        ).format(detail),
        BreachKind.KEY_MISSING: translate(
            "AdminMessages",
            "This PC's keyring lacks the audit chain's key, so nothing can be checked. Use the PC that holds the "
            "key, or restore the key into this PC's keyring. ({0})",
        ).format(detail),
    }[breach.kind]


def chain_report_text(report: ChainReport) -> str:
    if report.breach is None:
        text = translate("AdminMessages", "The audit chain is intact: {0} records, {1} issue history entries.").format(
            report.records, report.events
        )
        if not report.keyed:
            text += " " + translate(
                "AdminMessages",
                "The chain has no key (this PC had no keyring when it began): edits recomputed outside the program "
                "cannot be detected.",
            )
        return text
    if report.breach.seq is None:
        head = translate("AdminMessages", "The audit chain is broken.")
    else:
        head = translate("AdminMessages", "The audit chain is broken at record no. {0}.").format(report.breach.seq)
    return f"{head} {breach_text(report.breach)}"
