"""Words for the security codes (system roles, audit results) and plant time, through Qt's translation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from gridapp.security.kinds import AuditResult, SystemRole
from gridapp.security.rights import PLANT_TZ

translate = QCoreApplication.translate


def system_role_label(role: SystemRole | None) -> str:
    if role is None:
        return translate("AdminLabels", "Person")
    return {
        SystemRole.SYSTEM_ADMIN: translate("AdminLabels", "System administrator"),
        SystemRole.SECURITY_ADMIN: translate("AdminLabels", "Security administrator"),
        SystemRole.AUDITOR: translate("AdminLabels", "Auditor"),
    }[role]


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
