"""Words for the security codes (system roles, audit results) and plant time, through Qt's translation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gridapp import times
from gridapp.security.kinds import AuditResult, SystemRole

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
    "care.read_file": QT_TRANSLATE_NOOP("AdminLabels", "State-of-mind file opened"),
    "care.read_cases": QT_TRANSLATE_NOOP("AdminLabels", "Hardship cases listed"),
    "talk.export_summaries": QT_TRANSLATE_NOOP("AdminLabels", "Talk summaries printed (with a reason)"),
}

# What each table is, for the target of a record (the table's own name stays in the details).
TABLE_NAMES = {
    "unit": QT_TRANSLATE_NOOP("AdminLabels", "Unit"),
    "post": QT_TRANSLATE_NOOP("AdminLabels", "Post"),
    "person": QT_TRANSLATE_NOOP("AdminLabels", "Person"),
    "role": QT_TRANSLATE_NOOP("AdminLabels", "Role"),
    "role_assignment": QT_TRANSLATE_NOOP("AdminLabels", "Role assignment"),
    "area": QT_TRANSLATE_NOOP("AdminLabels", "Area"),
    "area_photo": QT_TRANSLATE_NOOP("AdminLabels", "Area photo"),
    "guardianship": QT_TRANSLATE_NOOP("AdminLabels", "Guardianship"),
    "org_setting": QT_TRANSLATE_NOOP("AdminLabels", "Organisation setting"),
    "issue_category": QT_TRANSLATE_NOOP("AdminLabels", "Issue category"),
    "work_calendar": QT_TRANSLATE_NOOP("AdminLabels", "Shift calendar"),
    "issue": QT_TRANSLATE_NOOP("AdminLabels", "Issue"),
    "issue_event": QT_TRANSLATE_NOOP("AdminLabels", "Issue history"),
    "issue_photo": QT_TRANSLATE_NOOP("AdminLabels", "Issue photo"),
    "issue_link": QT_TRANSLATE_NOOP("AdminLabels", "Issue link"),
    "issue_partner": QT_TRANSLATE_NOOP("AdminLabels", "Issue partner"),
    "inspection_document_type": QT_TRANSLATE_NOOP("AdminLabels", "Document type"),
    "inspection_document": QT_TRANSLATE_NOOP("AdminLabels", "Card document"),
    "inspection_item": QT_TRANSLATE_NOOP("AdminLabels", "Check item"),
    "inspection_edition": QT_TRANSLATE_NOOP("AdminLabels", "Card version"),
    "inspection_change": QT_TRANSLATE_NOOP("AdminLabels", "Card change"),
    "inspection_round": QT_TRANSLATE_NOOP("AdminLabels", "Inspection round"),
    "inspection_result": QT_TRANSLATE_NOOP("AdminLabels", "Check result"),
    "inspection_photo": QT_TRANSLATE_NOOP("AdminLabels", "Inspection photo"),
    "project": QT_TRANSLATE_NOOP("AdminLabels", "Tackling project"),
    "project_issue": QT_TRANSLATE_NOOP("AdminLabels", "Project's issue"),
    "project_member": QT_TRANSLATE_NOOP("AdminLabels", "Project member"),
    "project_milestone": QT_TRANSLATE_NOOP("AdminLabels", "Project milestone"),
    "project_result": QT_TRANSLATE_NOOP("AdminLabels", "Project result"),
    "project_attachment": QT_TRANSLATE_NOOP("AdminLabels", "Project file"),
    "score_catalogue": QT_TRANSLATE_NOOP("AdminLabels", "Score catalogue"),
    "score_category": QT_TRANSLATE_NOOP("AdminLabels", "Score category"),
    "score_rule": QT_TRANSLATE_NOOP("AdminLabels", "Point rule"),
    "score_entry": QT_TRANSLATE_NOOP("AdminLabels", "Points entry"),
    "score_period": QT_TRANSLATE_NOOP("AdminLabels", "Scoring period"),
    "score_period_rule": QT_TRANSLATE_NOOP("AdminLabels", "Period rule"),
    "score_warning": QT_TRANSLATE_NOOP("AdminLabels", "Warning"),
    "station": QT_TRANSLATE_NOOP("AdminLabels", "Station"),
    "account": QT_TRANSLATE_NOOP("AdminLabels", "Account"),
    "security_setting": QT_TRANSLATE_NOOP("AdminLabels", "Security setting"),
}


def table_label(table: str) -> str:
    source = TABLE_NAMES.get(table)
    return translate("AdminLabels", source) if source else table


def system_role_label(role: SystemRole | None) -> str:
    if role is None:
        return translate("AdminLabels", "Person")
    return {
        SystemRole.SYSTEM_ADMIN: translate("AdminLabels", "System administrator"),
        SystemRole.SECURITY_ADMIN: translate("AdminLabels", "Security administrator"),
        SystemRole.AUDITOR: translate("AdminLabels", "Auditor"),
    }[role]


OPERATIONS = {
    "insert": QT_TRANSLATE_NOOP("AdminLabels", "Added: {0}"),
    "update": QT_TRANSLATE_NOOP("AdminLabels", "Changed: {0}"),
    "delete": QT_TRANSLATE_NOOP("AdminLabels", "Deleted: {0}"),
}


def action_label(action: str, record: object = None) -> str:
    """Words for an action: the security actions by name; a business write by what it did to its target (新增：问题),
    its service method (the code the filter matches) staying in the details and the tooltip."""
    source = ACTION_NAMES.get(action)
    if source:
        return translate("AdminLabels", source)
    table, row = getattr(record, "target_table", ""), getattr(record, "target_id", "")
    detail = getattr(record, "detail", None) or {}
    for op, listed_table, listed_row in detail.get("rows", []):
        if listed_table == table and listed_row == row and op in OPERATIONS:
            return translate("AdminLabels", OPERATIONS[op]).format(table_label(table))
    return action


def result_label(result: str) -> str:
    return {
        AuditResult.OK: translate("AdminLabels", "Succeeded"),
        AuditResult.DENIED: translate("AdminLabels", "Refused"),
        AuditResult.FAILED: translate("AdminLabels", "Failed"),
    }.get(result, result)  # type: ignore[call-overload]


def plant_time(moment: dt.datetime | None) -> str:
    """Plant time is the one zone shown (UTC is stored)."""
    return times.plant_text(moment, seconds=True)


def plant_midnight(day: dt.date) -> dt.datetime:
    """The start of a plant day, in UTC: what a date filter means."""
    return times.plant_midnight(day)
