"""The alerts as a table: the reason, the item, its unit and when it began; unread ones in bold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from gridapp.alerts import Alert, AlertKind, Reason
from gridapp.times import plant_text

translate = QCoreApplication.translate
URGENT = QColor("#c62828")
AlertRole = Qt.ItemDataRole.UserRole + 1  # the Alert of a row

_REASONS = {
    Reason.ASSIGNED: QT_TRANSLATE_NOOP("Alerts", "Assigned to me"),
    Reason.ESCALATED: QT_TRANSLATE_NOOP("Alerts", "Escalated to my unit"),
    Reason.DUE_SOON: QT_TRANSLATE_NOOP("Alerts", "Due soon"),
    Reason.OVERDUE: QT_TRANSLATE_NOOP("Alerts", "Overdue"),
    Reason.VERIFY: QT_TRANSLATE_NOOP("Alerts", "Waiting for my verification"),
    Reason.ROUND_DUE: QT_TRANSLATE_NOOP("Alerts", "Round due today"),
    Reason.ROUND_MISSED: QT_TRANSLATE_NOOP("Alerts", "Round missed"),
    Reason.HOLD_REVIEW: QT_TRANSLATE_NOOP("Alerts", "Held issue to review"),
    Reason.MEETING_MISSED: QT_TRANSLATE_NOOP("Alerts", "Required meeting missed"),
    Reason.CARE_STEP_OVERDUE: QT_TRANSLATE_NOOP("Alerts", "Hardship plan step overdue"),
    Reason.MILESTONE_OVERDUE: QT_TRANSLATE_NOOP("Alerts", "Project milestone overdue"),
}
_KINDS = {
    AlertKind.ASSIGNED: QT_TRANSLATE_NOOP("Alerts", "Issues assigned to me"),
    AlertKind.ESCALATED: QT_TRANSLATE_NOOP("Alerts", "Issues escalated to my unit"),
    AlertKind.DUE: QT_TRANSLATE_NOOP("Alerts", "Due soon or overdue"),
    AlertKind.VERIFY: QT_TRANSLATE_NOOP("Alerts", "Issues waiting for my verification"),
    AlertKind.ROUND: QT_TRANSLATE_NOOP("Alerts", "Rounds due today or missed"),
    AlertKind.HOLD_REVIEW: QT_TRANSLATE_NOOP("Alerts", "Held issues whose review date has come"),
    AlertKind.MEETING: QT_TRANSLATE_NOOP("Alerts", "Required meetings missed in units I lead"),
    AlertKind.CARE: QT_TRANSLATE_NOOP("Alerts", "Overdue steps of my wards' hardship plans"),
    AlertKind.PROJECT: QT_TRANSLATE_NOOP("Alerts", "Overdue milestones of the projects I lead"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("Alerts", "Reason"),
    QT_TRANSLATE_NOOP("Alerts", "Item"),
    QT_TRANSLATE_NOOP("Alerts", "Unit"),
    QT_TRANSLATE_NOOP("Alerts", "Since"),
)


def reason_label(reason: Reason) -> str:
    return translate("Alerts", _REASONS[reason])


def kind_label(kind: AlertKind) -> str:
    return translate("Alerts", _KINDS[kind])


def item_text(alert: Alert) -> str:
    if alert.kind is AlertKind.ROUND:
        who = alert.person or translate("Alerts", "nobody named")
        responsible = translate("Alerts", "responsible: %1").replace("%1", who)
        return f"{alert.title} · {responsible}"
    return f"{alert.number} {alert.title}" if alert.number else alert.title


class AlertModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alerts: list[Alert] = []

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.beginResetModel()
        self._alerts = list(alerts)
        self.endResetModel()

    def alert(self, index: QModelIndex) -> Alert | None:
        return self._alerts[index.row()] if index.isValid() else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._alerts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        alert = self._alerts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            since = plant_text(alert.at, year=False)
            return (reason_label(alert.reason), item_text(alert), alert.unit, since)[index.column()]
        if role == Qt.ItemDataRole.FontRole and not alert.read:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ForegroundRole and alert.reason in (
            Reason.OVERDUE,
            Reason.ROUND_MISSED,
            Reason.MEETING_MISSED,
            Reason.CARE_STEP_OVERDUE,
            Reason.MILESTONE_OVERDUE,
        ):
            return URGENT
        if role == AlertRole:
            return alert
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return translate("Alerts", _HEADERS[section])
        return None
