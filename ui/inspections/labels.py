"""Words for the inspection codes (levels, frequencies, kinds, outcomes, statuses, change actions), through Qt's
translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridapp.inspections.kinds import ChangeAction, CheckLevel, DocumentKind, Frequency, ItemKind, Outcome, RoundSource
from gridapp.inspections.rows import DueStatus

translate = QCoreApplication.translate


def level_label(level: CheckLevel) -> str:
    return {
        CheckLevel.STAFF: translate("InspectionLabels", "Staff"),
        CheckLevel.OFFICER: translate("InspectionLabels", "Grid officer"),
        CheckLevel.LEADER: translate("InspectionLabels", "Grid leader"),
    }[level]


def round_label(level: CheckLevel) -> str:
    """The seeds' names of the rounds: staff check daily, officers weekly, the leader monthly."""
    return {
        CheckLevel.STAFF: translate("InspectionLabels", "Staff round"),
        CheckLevel.OFFICER: translate("InspectionLabels", "Officer round"),
        CheckLevel.LEADER: translate("InspectionLabels", "Leader round"),
    }[level]


def frequency_label(frequency: Frequency, interval_days: int | None = None) -> str:
    if frequency == Frequency.CUSTOM and interval_days:
        return translate("InspectionLabels", "Every {0} days").format(interval_days)
    return {
        Frequency.DAILY: translate("InspectionLabels", "Daily"),
        Frequency.WEEKLY: translate("InspectionLabels", "Weekly"),
        Frequency.MONTHLY: translate("InspectionLabels", "Monthly"),
        Frequency.CUSTOM: translate("InspectionLabels", "Custom"),
    }[frequency]


def kind_label(kind: ItemKind) -> str:
    return {
        ItemKind.PASS_FAIL: translate("InspectionLabels", "Pass / fail"),
        ItemKind.READING: translate("InspectionLabels", "Reading"),
    }[kind]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.PASS: translate("InspectionLabels", "Pass"),
        Outcome.FAIL: translate("InspectionLabels", "Fail"),
        Outcome.NOT_APPLICABLE: translate("InspectionLabels", "N/A"),
    }[outcome]


def document_kind_label(kind: DocumentKind) -> str:
    return {
        DocumentKind.BOOK: translate("InspectionLabels", "Book"),
        DocumentKind.CARD: translate("InspectionLabels", "Card"),
        DocumentKind.TABLE: translate("InspectionLabels", "Table"),
    }[kind]


def status_label(status: DueStatus) -> str:
    return {
        DueStatus.DONE: translate("InspectionLabels", "Done"),
        DueStatus.OPEN: translate("InspectionLabels", "Due"),
        DueStatus.OVERDUE: translate("InspectionLabels", "Overdue"),
        DueStatus.NOT_YET: translate("InspectionLabels", "Not yet due"),
    }[status]


def source_label(source: RoundSource) -> str:
    return {
        RoundSource.APP: translate("InspectionLabels", "At the PC"),
        RoundSource.PAPER: translate("InspectionLabels", "From paper"),
    }[source]


def field_label(field: str) -> str:
    return {
        "sequence": translate("InspectionLabels", "No."),
        "id": translate("InspectionLabels", "Item number"),
        "equipment": translate("InspectionLabels", "Equipment category"),
        "activity": translate("InspectionLabels", "Activity unit"),
        "content": translate("InspectionLabels", "Content"),
        "standard": translate("InspectionLabels", "Standard"),
        "method": translate("InspectionLabels", "Method"),
        "level": translate("InspectionLabels", "Level"),
        "frequency": translate("InspectionLabels", "Frequency"),
        "interval_days": translate("InspectionLabels", "Interval (days)"),
        "kind": translate("InspectionLabels", "Kind"),
        "lower": translate("InspectionLabels", "Lower limit"),
        "upper": translate("InspectionLabels", "Upper limit"),
        "unit": translate("InspectionLabels", "Unit"),
    }.get(field, field)


def change_label(action: ChangeAction) -> str:
    return {
        ChangeAction.CREATED: translate("InspectionLabels", "Started"),
        ChangeAction.BODY_EDITED: translate("InspectionLabels", "Text edited"),
        ChangeAction.ITEM_ADDED: translate("InspectionLabels", "Item added"),
        ChangeAction.ITEM_CHANGED: translate("InspectionLabels", "Item changed"),
        ChangeAction.ITEM_REMOVED: translate("InspectionLabels", "Item removed"),
        ChangeAction.ITEMS_REORDERED: translate("InspectionLabels", "Items reordered"),
        ChangeAction.IMPORTED: translate("InspectionLabels", "Imported from a workbook"),
        ChangeAction.COPIED_FROM: translate("InspectionLabels", "Copied from another post"),
        ChangeAction.RELEASED: translate("InspectionLabels", "Version released"),
    }[action]


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def limits_label(lower: float | None, upper: float | None, unit: str) -> str:
    if lower is not None and upper is not None:
        return f"{lower:g} – {upper:g} {unit}".strip()
    if lower is not None:
        return f"≥ {lower:g} {unit}".strip()
    if upper is not None:
        return f"≤ {upper:g} {unit}".strip()
    return unit
