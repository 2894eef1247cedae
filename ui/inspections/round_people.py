"""Who answers for each round (one named person per recurring round, chosen or by default) and the rounds missed in
a month, by person and period, for the monthly review."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.rows import MissedRound, RoundOwnerRow
from ui.inspections.labels import frequency_label, round_label
from ui.inspections.messages import show_problem
from ui.org.pickers import PersonPicker
from ui.row_table import RowTableModel

if TYPE_CHECKING:
    from gridapp.org.rows import UnitRow
    from ui.context import AppContext


class OwnerColumn(enum.IntEnum):
    UNIT = 0
    POST = 1
    DOCUMENT = 2
    ROUND = 3
    OWNER = 4
    DEFAULT = 5


class OwnerModel(RowTableModel[RoundOwnerRow]):
    """Each recurring round with its named person; a person chosen by hand is marked, nobody is red."""

    columns = OwnerColumn

    def title(self, column: OwnerColumn) -> str:
        return {
            OwnerColumn.UNIT: self.tr("Unit"),
            OwnerColumn.POST: self.tr("Post"),
            OwnerColumn.DOCUMENT: self.tr("Document"),
            OwnerColumn.ROUND: self.tr("Round"),
            OwnerColumn.OWNER: self.tr("Responsible"),
            OwnerColumn.DEFAULT: self.tr("By default"),
        }[column]

    def text(self, row: RoundOwnerRow, column: OwnerColumn) -> str:
        g = row.group
        match column:
            case OwnerColumn.UNIT:
                return g.unit
            case OwnerColumn.POST:
                return g.post
            case OwnerColumn.DOCUMENT:
                return g.document
            case OwnerColumn.ROUND:
                return f"{round_label(g.level)} · {frequency_label(g.frequency, g.interval_days)}"
            case OwnerColumn.OWNER:
                if row.owner is None:
                    return self.tr("nobody named")
                return self.tr("{0} (chosen)").format(row.owner.name) if row.chosen else row.owner.name
            case OwnerColumn.DEFAULT:
                return row.default.name if row.default else ""
        return ""

    def sort_value(self, row: RoundOwnerRow, column: OwnerColumn) -> Any:
        return self.text(row, column)

    def extra(self, row: RoundOwnerRow, column: OwnerColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == OwnerColumn.OWNER and row.owner is None:
            return QColor("#C62828")
        return None


class MissColumn(enum.IntEnum):
    PERSON = 0
    PERIOD = 1
    UNIT = 2
    POST = 3
    DOCUMENT = 4
    ROUND = 5


class MissModel(RowTableModel[MissedRound]):
    columns = MissColumn

    def title(self, column: MissColumn) -> str:
        return {
            MissColumn.PERSON: self.tr("Responsible"),
            MissColumn.PERIOD: self.tr("Period"),
            MissColumn.UNIT: self.tr("Unit"),
            MissColumn.POST: self.tr("Post"),
            MissColumn.DOCUMENT: self.tr("Document"),
            MissColumn.ROUND: self.tr("Round"),
        }[column]

    def text(self, row: MissedRound, column: MissColumn) -> str:
        g = row.group
        match column:
            case MissColumn.PERSON:
                return row.person or self.tr("nobody named")
            case MissColumn.PERIOD:
                if row.period_start == row.period_end:
                    return row.period_start.isoformat()
                return f"{row.period_start.isoformat()} – {row.period_end.isoformat()}"
            case MissColumn.UNIT:
                return g.unit
            case MissColumn.POST:
                return g.post
            case MissColumn.DOCUMENT:
                return g.document
            case MissColumn.ROUND:
                return f"{round_label(g.level)} · {frequency_label(g.frequency, g.interval_days)}"
        return ""

    def sort_value(self, row: MissedRound, column: MissColumn) -> Any:
        if column == MissColumn.PERIOD:
            return row.period_start
        return self.text(row, column)


def _table(model: RowTableModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class RoundPeopleDialog(QDialog):
    """Two pages over one unit: who answers for each round (and choosing someone else), and a month's misses."""

    def __init__(self, context: AppContext, unit: UnitRow, month: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundPeopleDialog")
        self._context = context
        self.unit = unit
        self.month = month.replace(day=1)
        self.setWindowTitle(self.tr("Responsible for rounds · {0}").format(unit.name))
        services = context.services
        assert services is not None
        self.owners = OwnerModel(self)
        self.owners_view = _table(self.owners, "roundOwnerTable")
        self.owners_view.selectionModel().selectionChanged.connect(self._on_owner_selection_changed)
        self.picker = PersonPicker(lambda text: services.org.search_people(text))
        self.picker.person_changed.connect(lambda person: self._update_buttons())
        self.name_button = QPushButton(self.tr("Name this person"))
        self.name_button.setObjectName("nameOwnerButton")
        self.name_button.clicked.connect(self._on_name_clicked)
        self.default_button = QPushButton(self.tr("Back to the default"))
        self.default_button.setObjectName("defaultOwnerButton")
        self.default_button.clicked.connect(self._on_default_clicked)
        hint = QLabel(
            self.tr("Each round has one named person: by default the first of the post's staff for its daily round, "
                    "and for weekly and monthly rounds the officer or leader whose turn the zone is. "
                    "Choose someone else where that is wrong.")
        )  # fmt: skip
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.name_button)
        owners_page = QWidget()
        owners_layout = QVBoxLayout(owners_page)
        owners_layout.addWidget(hint)
        owners_layout.addWidget(self.owners_view, 3)
        owners_layout.addWidget(self.picker, 1)
        owners_layout.addLayout(buttons)

        self.misses = MissModel(self)
        self.misses_view = _table(self.misses, "missedRoundTable")
        self.month_label = QLabel()
        self.summary = QLabel()
        self.summary.setObjectName("missSummary")
        self.summary.setWordWrap(True)
        previous, following = QToolButton(), QToolButton()
        previous.setText("◀")
        previous.setToolTip(self.tr("Previous month"))
        following.setText("▶")
        following.setToolTip(self.tr("Next month"))
        previous.clicked.connect(lambda: self.set_month(_shift(self.month, -1)))
        following.clicked.connect(lambda: self.set_month(_shift(self.month, 1)))
        top = QHBoxLayout()
        top.addWidget(self.month_label, 1)
        top.addWidget(previous)
        top.addWidget(following)
        misses_page = QWidget()
        misses_layout = QVBoxLayout(misses_page)
        misses_layout.addLayout(top)
        misses_layout.addWidget(self.summary)
        misses_layout.addWidget(self.misses_view, 1)

        self.pages = QTabWidget()
        self.pages.addTab(owners_page, self.tr("Who answers for each round"))
        self.pages.addTab(misses_page, self.tr("Missed rounds"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(close)
        self.resize(900, 640)
        self.refresh()
        self.set_month(self.month)

    def refresh(self) -> None:
        services = self._context.services
        if services is None:
            return
        self.owners.set_rows(services.inspections.rounds.owners(self.unit.id))
        self._update_buttons()

    def set_month(self, month: dt.date) -> None:
        services = self._context.services
        if services is None:
            return
        self.month = month.replace(day=1)
        last = _shift(self.month, 1) - dt.timedelta(days=1)
        self.month_label.setText(self.tr("<b>{0}</b>: rounds whose period ended without a round").format(
            f"{self.month:%Y-%m}"))  # fmt: skip
        rows = services.inspections.rounds.misses(self.unit.id, self.month, last)
        self.misses.set_rows(rows)
        counts: dict[str, int] = {}
        for row in rows:
            name = row.person or self.tr("nobody named")
            counts[name] = counts.get(name, 0) + 1
        parts = [self.tr("{0}: {1}").format(name, n) for name, n in counts.items()]
        self.summary.setText("；".join(parts) if parts else self.tr("No round was missed."))

    def selected(self) -> RoundOwnerRow | None:
        rows = self.owners_view.selectionModel().selectedRows()
        return self.owners.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.name_button.setEnabled(row is not None and self.picker.person() is not None)
        self.default_button.setEnabled(row is not None and row.chosen)

    @Slot(QItemSelection, QItemSelection)
    def _on_owner_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update_buttons()

    def _set(self, person_id: Any) -> None:
        row, services, actor = self.selected(), self._context.services, self._context.actor
        if row is None or services is None or actor is None:
            return
        g = row.group
        try:
            services.inspections.rounds.set_owner(actor, g.document_id, g.level, g.frequency, g.interval_days,
                                                  person_id)  # fmt: skip
        except Exception as exc:
            show_problem(self, exc, self.windowTitle())
            return
        index = self.owners_view.selectionModel().selectedRows()[0].row()
        self.refresh()
        self.set_month(self.month)
        self.owners_view.selectRow(index)

    @Slot()
    def _on_name_clicked(self) -> None:
        person = self.picker.person()
        if person is not None:
            self._set(person.id)

    @Slot()
    def _on_default_clicked(self) -> None:
        self._set(None)


def _shift(month: dt.date, months: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
