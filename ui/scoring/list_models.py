"""Small lists as table models (rules, warnings, periods) and a team's scorecard as a tree (category → items)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from gridapp.scoring.points import format_points
from gridapp.scoring.rows import CatalogueRow, PeriodRow, RuleRow, Scorecard, WarningRow
from gridapp.times import plant_date, plant_text
from ui.paged_model import Index
from ui.roles import ROW_ROLE, SORT_ROLE
from ui.scoring.labels import WARNING_COLOURS, per_period_label, period_label, source_label, warning_label

translate = QCoreApplication.translate
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ListModel(QAbstractTableModel):
    """Rows held in full (tens of them); subclasses name the columns and the cells."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            value = self.cell(row, index.column())
            if hasattr(value, "as_tuple"):
                return format_points(value) if role == Qt.ItemDataRole.DisplayRole else float(value)
            if hasattr(value, "isoformat"):
                return value.isoformat()
            return value
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.headers()
        return names[section] if 0 <= section < len(names) else None


def rule_version_text(rule: RuleRow) -> str:
    """A version as the user reads it: the first is the rule itself, in force for points of any date (a rule entered
    today still scores June's work); a later one says the plant day it changed the rule."""
    if rule.version <= 1:
        return translate("RuleModel", "v1 (as first written)")
    return translate("RuleModel", "v{0}, changed {1}").format(rule.version, plant_date(rule.valid_from).isoformat())


class RuleTableModel(ListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._categories: dict[str, str] = {}
        self._roles: dict[str, str] = {}
        self.units: dict[Any, str] = {}  # unit names, for the scope of a unit's own rule

    def set_rules(self, rules: list[RuleRow], catalogue: CatalogueRow | None, roles: dict[str, str]) -> None:
        self._categories = {c.code: c.name for c in catalogue.categories} if catalogue else {}
        self._roles = roles
        self.set_rows(rules)

    def headers(self) -> list[str]:
        return [
            translate("RuleModel", "Code"),
            translate("RuleModel", "Rule"),
            translate("RuleModel", "Category"),
            translate("RuleModel", "Points"),
            translate("RuleModel", "Cap"),
            translate("RuleModel", "Evidence"),
            translate("RuleModel", "May grant"),
            translate("RuleModel", "Proposed by event"),
            translate("RuleModel", "Version"),
            translate("RuleModel", "Standard"),
            translate("RuleModel", "Applies to"),
        ]

    def cell(self, rule: RuleRow, column: int) -> Any:
        return [
            rule.code,
            rule.name,
            self._categories.get(rule.category, rule.category),
            format_points(rule.points, signed=True),
            translate("RuleModel", "{0} {1}").format(format_points(rule.cap), per_period_label(rule.cap_period))
            if rule.cap is not None
            else translate("RuleModel", "no cap"),
            translate("RuleModel", "required") if rule.evidence_required else "",
            "、".join(self._roles.get(code, code) for code in rule.grantor_roles),
            source_label(rule.trigger),
            rule_version_text(rule),
            rule.standard,
            translate("RuleModel", "whole plant")
            if rule.owner_unit_id is None
            else translate("RuleModel", "{0} only").format(self.units.get(rule.owner_unit_id, "")),
        ][column]

    def extra(self, rule: RuleRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 9):
            return rule.standard or None
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            return translate("RuleModel", "Version {0}, saved {1} (plant time).").format(
                rule.version, plant_text(rule.valid_from)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not rule.in_force:
            return Qt.GlobalColor.gray
        return None


class WarningTableModel(ListModel):
    def headers(self) -> list[str]:
        return [
            translate("WarningModel", "Level"),
            translate("WarningModel", "Name"),
            translate("WarningModel", "Employee no."),
            translate("WarningModel", "Unit"),
            translate("WarningModel", "Situation"),
            translate("WarningModel", "Measures"),
            translate("WarningModel", "Raised on"),
            translate("WarningModel", "Raised by"),
            translate("WarningModel", "Closed on"),
            translate("WarningModel", "Closed by"),
            translate("WarningModel", "How it was resolved"),
        ]

    def cell(self, w: WarningRow, column: int) -> Any:
        return [
            warning_label(w.level),
            w.person_name,
            w.employee_no,
            w.unit_name,
            w.situation,
            w.measures,
            w.raised_on,
            w.raised_by,
            w.closed_on or "",
            w.closed_by,
            w.closing_note,
        ][column]

    def extra(self, w: WarningRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if w.closed_on is not None:
                return Qt.GlobalColor.gray
            if column == 0:
                return WARNING_COLOURS[w.level]
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, 5, 10):
            return self.cell(w, column) or None
        return None


class PeriodTableModel(ListModel):
    def headers(self) -> list[str]:
        return [
            translate("PeriodModel", "Period"),
            translate("PeriodModel", "From"),
            translate("PeriodModel", "To"),
            translate("PeriodModel", "State"),
            translate("PeriodModel", "Closed by"),
            translate("PeriodModel", "Closed at"),
            translate("PeriodModel", "Proposals waiting"),
        ]

    def cell(self, p: PeriodRow, column: int) -> Any:
        return [
            period_label(p.period),
            p.period.starts_on,
            p.period.ends_on,
            translate("PeriodModel", "Closed") if p.closed else translate("PeriodModel", "Open"),
            p.closed_by,
            plant_text(p.closed_at),
            p.waiting,
        ][column]

    def extra(self, p: PeriodRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and p.waiting:
            return WARNING_COLOURS[next(iter(WARNING_COLOURS))]
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and p.waiting_plant != p.waiting:
            return translate(
                "PeriodModel",
                "{0} in this catalogue and unit, as the Waiting page counts them; {1} across every catalogue of "
                "the plant hold the closing of the period back.",
            ).format(p.waiting, p.waiting_plant)
        return None


class ScorecardColumn(enum.IntEnum):
    ITEM = 0
    STANDARD = 1
    POINTS_EACH = 2
    TIMES = 3
    POINTS = 4
    SCORE = 5


class ScorecardTreeModel(QAbstractItemModel):
    """Categories at the top (with their full and current score), their rules below, with times and points."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.card: Scorecard | None = None

    def set_card(self, card: Scorecard | None) -> None:
        self.beginResetModel()
        self.card = card
        self.endResetModel()

    # internalId: 0 for a category row, 1 + the category's row for an item under it.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if self.card is None or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if self.card is None:
            return 0
        if not parent.isValid():
            return len(self.card.categories)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.card.categories[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(ScorecardColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.card is None or not index.isValid():
            return None
        column = ScorecardColumn(index.column())
        if index.internalId() == 0:
            category = self.card.categories[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if column is ScorecardColumn.ITEM:
                    return translate("ScorecardModel", "{0} ({1} items)").format(
                        category.category.name, len(category.items)
                    )
                if column is ScorecardColumn.STANDARD and category.category.full is not None:
                    return translate("ScorecardModel", "full score {0}").format(format_points(category.category.full))
                if column is ScorecardColumn.TIMES:
                    return sum(i.times for i in category.items)
                if column is ScorecardColumn.POINTS:
                    return format_points(category.points, signed=True)
                if column is ScorecardColumn.SCORE:
                    return format_points(category.score)
            if role == Qt.ItemDataRole.FontRole:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            if role == ROW_ROLE:
                return category
        else:
            item = self.card.categories[int(index.internalId()) - 1].items[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return [
                    f"{item.rule.code} {item.rule.name}",
                    item.rule.standard,
                    format_points(item.rule.points, signed=True),
                    item.times or "",
                    format_points(item.points, signed=True) if item.times else "",
                    "",
                ][column]
            if role == Qt.ItemDataRole.ToolTipRole and column is ScorecardColumn.POINTS and item.cut_off:
                return translate(
                    "ScorecardModel", "Asked {0}, counted {1}: {2} cut off by a cap or by the category's floor at zero."
                ).format(
                    format_points(item.requested, signed=True),
                    format_points(item.points, signed=True),
                    format_points(item.cut_off),
                )
            if role == Qt.ItemDataRole.ToolTipRole and column in (ScorecardColumn.ITEM, ScorecardColumn.STANDARD):
                return item.rule.standard or None
            if role == Qt.ItemDataRole.ForegroundRole and item.times:
                return Qt.GlobalColor.darkRed if item.points < 0 else Qt.GlobalColor.darkGreen
            if role == ROW_ROLE:
                return item
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ScorecardColumn.POINTS_EACH,
            ScorecardColumn.TIMES,
            ScorecardColumn.POINTS,
            ScorecardColumn.SCORE,
        ):
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            translate("ScorecardModel", "Item"),
            translate("ScorecardModel", "Standard"),
            translate("ScorecardModel", "Points each"),
            translate("ScorecardModel", "Times"),
            translate("ScorecardModel", "Points"),
            translate("ScorecardModel", "Score"),
        ][section]
