"""Words for the security codes (system roles, audit results) and plant time, through Qt's translation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gridapp.security.kinds import AuditResult, SystemRole
from gridapp.security.rights import PLANT_TZ

translate = QCoreApplication.translate

# The security capability's own actions; a business write is named after its service method and shown as it is.
ACTION_NAMES = {
    "login": QT_TRANSLATE_NOOP("AdminLabels", "Login"),
    "logout": QT_TRANSLATE_NOOP("AdminLabels", "Logout"),
    "session.lock": QT_TRANSLATE_NOOP("AdminLabels", "Window locked"),
    "account.init_admin": QT_TRANSLATE_NOOP("AdminLabels", "System administrator created"),
    "account.create": QT_TRANSLATE_NOOP("AdminLabels", "Account created"),
    "account.reset_password": QT_TRANSLATE_NOOP("AdminLabels", "Password reset"),
    "account.password_changed": QT_TRANSLATE_NOOP("AdminLabels", "Password changed"),
    "account.unlock": QT_TRANSLATE_NOOP("AdminLabels", "Account unlocked"),
    "account.enable": QT_TRANSLATE_NOOP("AdminLabels", "Account enabled"),
    "account.disable": QT_TRANSLATE_NOOP("AdminLabels", "Account disabled"),
    "security.policy": QT_TRANSLATE_NOOP("AdminLabels", "Password policy changed"),
    "demo.load": QT_TRANSLATE_NOOP("AdminLabels", "Demo plant loaded"),
    "audit.start": QT_TRANSLATE_NOOP("AdminLabels", "Audit trail started"),
    "audit.check": QT_TRANSLATE_NOOP("AdminLabels", "Audit chain checked at start"),
    "audit.verify": QT_TRANSLATE_NOOP("AdminLabels", "Audit chain verified"),
    "audit.read": QT_TRANSLATE_NOOP("AdminLabels", "Audit trail read"),
    "audit.export": QT_TRANSLATE_NOOP("AdminLabels", "Audit trail exported"),
    "audit.export_key": QT_TRANSLATE_NOOP("AdminLabels", "Audit key exported"),
}


def system_role_label(role: SystemRole | None) -> str:
    if role is None:
        return translate("AdminLabels", "Person")
    return {
        SystemRole.SYSTEM_ADMIN: translate("AdminLabels", "System administrator"),
        SystemRole.SECURITY_ADMIN: translate("AdminLabels", "Security administrator"),
        SystemRole.AUDITOR: translate("AdminLabels", "Auditor"),
    }[role]


def action_label(action: str) -> str:
    """Words for a security action; any other action keeps its code (the filter matches codes)."""
    source = ACTION_NAMES.get(action)
    return translate("AdminLabels", source) if source else action


def result_label(result: str) -> str:
    return {
        AuditResult.OK: translate("AdminLabels", "Succeeded"),
        AuditResult.DENIED: translate("AdminLabels", "Refused"),
        AuditResult.FAILED: translate("AdminLabels", "Failed"),
    }.get(result, result)  # type: ignore[call-overload]


def plant_time(moment: dt.datetime | None) -> str:
    """Plant time is the one zone shown (UTC is stored)."""
    return moment.astimezone(PLANT_TZ).strftime("%Y-%m-%d %H:%M:%S") if moment else ""


def plant_midnight(day: dt.date) -> dt.datetime:
    """The start of a plant day, in UTC: what a date filter means."""
    return dt.datetime.combine(day, dt.time(), PLANT_TZ).astimezone(dt.UTC)
