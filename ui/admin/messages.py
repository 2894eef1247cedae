"""Sentences for the security refusals (logins, accounts, policy, missing rights) and the audit chain's verdict."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gridapp.security.accounts import LoginRefused
from gridapp.security.chain import Breach, BreachKind, ChainReport
from gridapp.security.kinds import LoginProblem, SystemRole
from gridapp.security.passwords import PolicyRule
from gridapp.security.rights import AccessDenied
from ui.admin.labels import plant_time, right_label, system_role_label
from ui.errors import show_exception

translate = QCoreApplication.translate
GENESIS = "events before the audit trail started"  # gridapp.security.chain's detail for the first record's seal


def policy_setting_label(name: str) -> str:
    return {
        "min_length": translate("AdminMessages", "Minimum length"),
        "min_kinds": translate("AdminMessages", "Kinds of characters"),
        "expire_days": translate("AdminMessages", "Password expires after"),
        "lock_attempts": translate("AdminMessages", "Lock after wrong passwords"),
        "lock_minutes": translate("AdminMessages", "Lock for"),
        "idle_minutes": translate("AdminMessages", "Lock the window when idle for"),
    }.get(name, name)


def rule_text(rule: PolicyRule, min_length: int, min_kinds: int) -> str:
    return {
        PolicyRule.TOO_SHORT: translate("AdminMessages", "at least {0} characters").format(min_length),
        PolicyRule.TOO_FEW_KINDS: translate(
            "AdminMessages", "at least {0} of these kinds: lower case, upper case, digits, other characters"
        ).format(min_kinds),
        PolicyRule.CONTAINS_LOGIN: translate("AdminMessages", "must not contain the login name"),
    }[rule]


def policy_hint(min_length: int, min_kinds: int) -> str:
    """What a new password must be, before anyone types one."""
    rules = [rule_text(rule, min_length, min_kinds) for rule in PolicyRule]
    return translate("AdminMessages", "A password needs {0}.").format(translate("AdminMessages", "; ").join(rules))


def login_problem_text(error: LoginRefused) -> str:
    d = error.details
    if error.problem is LoginProblem.WEAK and "setting" in d:
        return translate("AdminMessages", "“{0}” must be between {1} and {2}.").format(
            policy_setting_label(d["setting"]), d.get("low"), d.get("high")
        )
    if error.problem is LoginProblem.WEAK:
        rules = [rule_text(r, d.get("min_length", 8), d.get("min_kinds", 3)) for r in d.get("rules", [])]
        return translate("AdminMessages", "The password does not meet the password policy: {0}.").format(
            translate("AdminMessages", "; ").join(rules)
        )
    role = d.get("role")
    texts = {
        LoginProblem.UNKNOWN_OR_WRONG: translate("AdminMessages", "Unknown login name or wrong password."),
        LoginProblem.DISABLED: translate(
            "AdminMessages", "This account is disabled. The system administrator can enable it again."
        ),
        LoginProblem.LOCKED: translate(
            "AdminMessages",
            "This account is locked after too many wrong passwords, until {0}. The system administrator can unlock it.",
        ).format(plant_time(d.get("until"))),
        LoginProblem.EXPIRED: translate("AdminMessages", "The password has expired and must be changed now."),
        LoginProblem.MUST_CHANGE: translate(
            "AdminMessages", "The password must be changed at the first login and after a reset."
        ),
        LoginProblem.SAME_AS_OLD: translate("AdminMessages", "The new password must differ from the old one."),
        LoginProblem.LOGIN_TAKEN: translate("AdminMessages", "The login name “{0}” is already used.").format(
            d.get("login", "")
        ),
        LoginProblem.LOGIN_INVALID: translate(
            "AdminMessages",
            "The login name “{0}” cannot be used: 2 to 40 characters, only letters, digits and _ . -",
        ).format(d.get("login", "")),
        LoginProblem.PERSON_HAS_ACCOUNT: translate("AdminMessages", "{0} already has an account.").format(
            d.get("name", "")
        ),
        LoginProblem.PERSON_UNKNOWN: translate(
            "AdminMessages", "This person no longer exists or has left; an account needs an active person."
        ),
        LoginProblem.SYSTEM_ROLE_TAKEN: translate(
            "AdminMessages",
            "There is already an active {0} account. Each system role has one account, and no account holds two (三员分立).",
        ).format(system_role_label(SystemRole(role)) if role else ""),
        LoginProblem.ADMIN_EXISTS: translate("AdminMessages", "A system administrator already exists."),
        LoginProblem.LAST_ADMIN: translate(
            "AdminMessages", "The system administrator's account cannot be disabled: nobody could manage accounts."
        ),
        LoginProblem.NO_SUCH_ACCOUNT: translate(
            "AdminMessages", "This account no longer exists; the list is refreshed."
        ),
    }
    return texts[error.problem]


def refusal_text(exc: BaseException) -> str | None:
    """The sentence for a security refusal; None for anything else (an unexpected failure)."""
    if isinstance(exc, LoginRefused):
        return login_problem_text(exc)
    if isinstance(exc, AccessDenied):
        return translate("AdminMessages", "Your account lacks the right “{0}”. Nothing was changed.").format(
            right_label(exc.right)
        )
    return None


def show_refusal(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A refusal in a warning box with its sentence; anything unexpected through the app's error dialog."""
    text = refusal_text(exc)
    if text is None:
        show_exception(parent, exc, title)
    else:
        QMessageBox.warning(parent, title or translate("AdminMessages", "Not possible"), text)


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
