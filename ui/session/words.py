"""Why a login, a password or an account change was refused, in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

translate = QCoreApplication.translate


def _time(moment: Any) -> str:
    """A UTC moment as the plant's local time (hours and minutes)."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone(8 * 3600))
    return QLocale().toString(when, "HH:mm")


def policy_hint(min_length: int, min_kinds: int) -> str:
    """What a new password must be, before anyone types one."""
    return translate(
        "Session",
        "A password needs at least {0} characters of at least {1} of the four kinds (lower case, upper case, digits, "
        "other characters) and must not contain the login name.",
    ).format(min_length, min_kinds)


def policy_text(rules: list[Any], min_length: int, min_kinds: int) -> str:
    """The rules a new password breaks, one sentence."""
    words = {
        "too_short": translate("Session", "at least {0} characters").format(min_length),
        "too_few_kinds": translate(
            "Session", "at least {0} of the 4 kinds: small letters, capital letters, digits, other signs"
        ).format(min_kinds),
        "contains_login": translate("Session", "it must not contain the login name"),
    }
    broken = "; ".join(words.get(getattr(r, "value", str(r)), str(r)) for r in rules)
    return translate("Session", "The password does not meet the policy: {0}.").format(broken)


def login_problem_text(exc: Any) -> str:
    problem = exc.problem.value
    details = exc.details
    if problem == "weak":
        if "setting" in details:
            return translate("Session", "A policy value is outside its allowed range ({0} to {1}).").format(
                details["low"], details["high"]
            )
        return policy_text(details.get("rules", []), details.get("min_length", 8), details.get("min_kinds", 3))
    if problem == "locked":
        return translate(
            "Session",
            "Too many wrong passwords: this account is locked until {0}. Try again then, or ask the "
            "system administrator to unlock it.",
        ).format(_time(details["until"]))
    texts = {
        "unknown_or_wrong": translate("Session", "The login name or the password is wrong."),
        "disabled": translate("Session", "This account is disabled. Ask the system administrator."),
        "expired": translate("Session", "Your password has expired. Choose a new one."),
        "must_change": translate("Session", "Choose a new password before you start (first login or a reset)."),
        "same_as_old": translate("Session", "The new password must differ from the old one."),
        "login_taken": translate("Session", "This login name is already taken."),
        "login_invalid": translate("Session", "A login name has 2 to 40 letters, digits, dots, dashes or underscores."),
        "person_has_account": translate("Session", "{0} already has an account.").format(details.get("name", "")),
        "person_unknown": translate("Session", "This person no longer works here (or was removed)."),
        "system_role_taken": translate(
            "Session", "There is already an account for this system role; no account holds two of them."
        ),
        "admin_exists": translate("Session", "A system administrator already exists."),
        "last_admin": translate("Session", "The system administrator's account cannot be disabled."),
        "no_such_account": translate("Session", "This account no longer exists."),
    }
    return texts.get(problem, problem)


def breach_text(breach: Any) -> str:
    """The red banner: the first bad place of the audit chain (worded as the auditor reads it) and what follows."""
    from ui.admin.messages import breach_text as what

    return translate(
        "Session",
        "The audit trail failed its integrity check: {0} The database is open for reading only; nothing can be "
        "changed until the auditor has looked into it.",
    ).format(what(breach))
