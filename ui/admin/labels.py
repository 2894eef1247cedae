"""Words for the security codes (system roles, rights, audit results) and plant time, through Qt's translation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from gridapp.security.kinds import AuditResult, SystemRole
from gridapp.security.rights import PLANT_TZ, Right

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


def right_label(right: Right) -> str:
    return {
        Right.REPORT_ISSUE: translate("AdminLabels", "report problems"),
        Right.CLOCK_SETTINGS: translate("AdminLabels", "feedback clocks and shift calendar"),
        Right.CARD_EDIT: translate("AdminLabels", "edit inspection cards"),
        Right.CARD_RELEASE: translate("AdminLabels", "release card versions"),
        Right.ROUND_RECORD: translate("AdminLabels", "record inspection rounds"),
        Right.SCORE_RULES: translate("AdminLabels", "point rules and star thresholds"),
        Right.POINTS_CONFIRM: translate("AdminLabels", "confirm points"),
        Right.PERIOD_CLOSE: translate("AdminLabels", "close scoring periods"),
        Right.WARNING_SEE: translate("AdminLabels", "see warnings"),
        Right.WARNING_RAISE: translate("AdminLabels", "raise warnings"),
        Right.WARNING_EXPORT: translate("AdminLabels", "export warnings"),
        Right.RANKING_EXPORT: translate("AdminLabels", "export rankings and score tables"),
        Right.ROSTER_IMPORT: translate("AdminLabels", "import the roster"),
        Right.ROSTER_EXPORT: translate("AdminLabels", "export the roster"),
        Right.UNIT_TREE: translate("AdminLabels", "change the organisation tree"),
        Right.ACCOUNT_ADMIN: translate("AdminLabels", "account administration"),
        Right.SECURITY_POLICY: translate("AdminLabels", "password and session policy"),
        Right.AUDIT_READ: translate("AdminLabels", "read the audit trail"),
    }[right]


def plant_time(moment: dt.datetime | None) -> str:
    """Plant time is the one zone shown (UTC is stored)."""
    return moment.astimezone(PLANT_TZ).strftime("%Y-%m-%d %H:%M:%S") if moment else ""


def plant_midnight(day: dt.date) -> dt.datetime:
    """The start of a plant day, in UTC: what a date filter means."""
    return dt.datetime.combine(day, dt.time(), PLANT_TZ).astimezone(dt.UTC)
