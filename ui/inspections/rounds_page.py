"""The rounds page of a unit: the done-vs-due matrix for a month, who is due to check what (or what one matrix cell
holds), recording a round or entering a paper checklist, the blank checklist to print, and the round record with
each failed item's issue."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.kinds import RoundSource
from gridapp.inspections.prints.options import ChecklistOptions, Source
from gridapp.inspections.rows import DueRow, RecordedRound
from gridapp.inspections.schedule import month_span, next_month
from gridapp.org.rows import UnitRow
from gridapp.security.rights import Right
from gridapp.times import plant_today
from ui.inspections.labels import frequency_label
from ui.inspections.print_dialog import PrintKind, kind_title
from ui.inspections.round_entry import RoundEntryDialog
from ui.inspections.round_models import (
    DueColumn,
    DueModel,
    MatrixModel,
    ResultColumn,
    ResultListModel,
    RoundListModel,
)
from ui.widgets import FlowLayout, fit_columns

if TYPE_CHECKING:
    from gridapp.services import Services
    from ui.context import AppContext


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    fit_columns(view)
    return view


class RoundsPage(QWidget):
    recorded = Signal(object)  # RecordedRound

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.unit: UnitRow | None = None
        self.month = plant_today().replace(day=1)
        self.dialog: QWidget | None = None
        self.shown_round: uuid.UUID | None = None  # the round last opened from elsewhere

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.previous_button.clicked.connect(lambda: self.set_month(self._shift(-1)))
        self.month_label = QLabel()
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.set_month(self._shift(1)))
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)

        self.matrix = MatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setObjectName("doneMatrix")
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_view.horizontalHeader().setMinimumSectionSize(30)
        self.matrix_view.clicked.connect(self._on_matrix_clicked)
        legend = QLabel(
            self.tr("Done / due per unit: each day, each week, the month. Red: overdue; yellow: due now; green: done. "
                    "Click a cell to see its rounds.")
        )  # fmt: skip
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(mid);")

        self.due_title = QLabel()
        self.show_now_button = QPushButton(self.tr("Due now"))
        self.show_now_button.clicked.connect(self.show_due_now)
        self.record_button = QPushButton(self.tr("Record round…"))
        self.record_button.setObjectName("recordRoundButton")
        self.record_button.clicked.connect(lambda: self.record(RoundSource.APP))
        self.paper_button = QPushButton(self.tr("Enter paper checklist…"))
        self.paper_button.setObjectName("paperRoundButton")
        self.paper_button.clicked.connect(lambda: self.record(RoundSource.PAPER))
        self.blank_button = QPushButton(self.tr("Print blank checklist…"))
        self.blank_button.setObjectName("blankChecklistButton")
        self.blank_button.clicked.connect(self._on_blank_clicked)
        # The title and five buttons wrap onto a second line on a narrow window (English words are longer) rather
        # than make the page so wide that the post tree beside it is squeezed to nothing.
        due_bar = FlowLayout()
        due_bar.addWidget(self.due_title)
        self.people_button = QPushButton(self.tr("Responsible and misses…"))
        self.people_button.setObjectName("roundPeopleButton")
        self.people_button.setToolTip(self.tr("Who answers for each round, and the rounds missed month by month"))
        self.people_button.clicked.connect(self.open_people)
        for button in (
            self.show_now_button,
            self.people_button,
            self.blank_button,
            self.paper_button,
            self.record_button,
        ):
            due_bar.addWidget(button)
        self.due = DueModel(self)
        self.due_view = _table(self.due, "dueTable")
        self.due_view.horizontalHeader().setSectionResizeMode(DueColumn.WHO, QHeaderView.ResizeMode.Stretch)
        self.due_view.doubleClicked.connect(lambda index: self.record(RoundSource.APP))
        self.due_view.selectionModel().selectionChanged.connect(self._on_due_selection_changed)
        self.notice = QLabel()
        self.notice.setObjectName("roundNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #1B5E20;")
        self.notice.hide()

        self.rounds = RoundListModel(self)
        self.rounds_view = _table(self.rounds, "roundTable")
        self.rounds_view.horizontalHeader().setStretchLastSection(True)  # every column fits its texts; the last fills
        self.rounds_view.selectionModel().selectionChanged.connect(self._on_round_selection_changed)
        self.results = ResultListModel(self)
        self.results_view = _table(self.results, "resultTable")
        self.results_view.horizontalHeader().setSectionResizeMode(ResultColumn.CONTENT, QHeaderView.ResizeMode.Stretch)
        self.results_view.doubleClicked.connect(self._on_results_view_double_clicked)

        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(legend)
        matrix_layout.addWidget(self.matrix_view)
        due_box = QWidget()
        due_layout = QVBoxLayout(due_box)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addLayout(due_bar)
        due_layout.addWidget(self.notice)
        due_layout.addWidget(self.due_view)
        record = QSplitter()
        record.addWidget(self.rounds_view)
        record.addWidget(self.results_view)
        record.setSizes([600, 500])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(matrix_box)
        splitter.addWidget(due_box)
        splitter.addWidget(record)
        splitter.setSizes([220, 260, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._selected_cell: tuple[int, int] | None = None
        self._update_buttons()
        context.operator_changed.connect(self._on_context_operator_changed)

    @property
    def services(self) -> Services | None:
        return self._context.services

    def set_unit(self, unit: UnitRow | None) -> None:
        self.unit = unit
        self.header.setText(self.tr("<b>{0}</b> and the units below it").format(html.escape(unit.name)) if unit else "")
        self.refresh()

    def set_month(self, month: dt.date) -> None:
        self.month = month.replace(day=1)
        self._selected_cell = None
        self.refresh()

    def _shift(self, months: int) -> dt.date:
        if months > 0:
            return next_month(self.month)
        return (self.month - dt.timedelta(days=1)).replace(day=1)

    def refresh(self) -> None:
        services, unit = self.services, self.unit
        self.month_label.setText(self.tr("{0}-{1:02}").format(self.month.year, self.month.month))
        if services is None or unit is None:
            self.matrix.set_matrix(None)
            self.due.set_rows([])
            self.rounds.set_unit(None, None)
            self.results.set_rows([])
            return
        first, last = month_span(self.month)
        self.matrix.set_matrix(services.inspections.rounds.matrix(unit.id, first, last))
        if self._selected_cell is not None and self._cell_valid(*self._selected_cell):
            self._show_cell(*self._selected_cell)
        else:
            self.show_due_now()
        self.rounds.set_unit(services.inspections.rounds, unit.id)
        self.results.set_rows([])

    def _cell_valid(self, row: int, column: int) -> bool:
        return row < self.matrix.rowCount() and column < self.matrix.columnCount()

    @Slot()
    def show_due_now(self) -> None:
        self._selected_cell = None
        self.matrix_view.clearSelection()
        if self.services is None or self.unit is None:
            return
        self.due.set_rows(self.services.inspections.rounds.due(self.unit.id))
        self.due_title.setText(self.tr("Who is due to check what, now"))
        self._select_first_due()

    @Slot(QModelIndex)
    def _on_matrix_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._selected_cell = (index.row(), index.column())
            self._show_cell(index.row(), index.column())

    def _show_cell(self, row: int, column: int) -> None:
        if self.services is None:
            return
        unit_id, name = self.matrix.unit_at(row)
        period = self.matrix.column_at(column)
        self.due.set_rows(
            self.services.inspections.rounds.period_status(unit_id, period.frequency, period.start, period.end)
        )
        span = period.start.isoformat() if period.start == period.end else f"{period.start} – {period.end}"
        self.due_title.setText(self.tr("{0}: {1} rounds, {2}").format(name, frequency_label(period.frequency), span))
        self._select_first_due()

    def _select_first_due(self) -> None:
        if self.due.rowCount():
            self.due_view.selectRow(0)
        self._update_buttons()

    def selected_due(self) -> DueRow | None:
        rows = self.due_view.selectionModel().selectedRows()
        return self.due.row_at(rows[0].row()) if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _on_due_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update_buttons()

    @Slot(object)
    def _on_context_operator_changed(self, actor: object) -> None:
        self._update_buttons()  # who may record rounds here

    def _update_buttons(self) -> None:
        due = self.selected_due()
        can_record = (
            due is not None
            and due.period_start <= plant_today()
            and self._context.may(Right.ROUND_RECORD, due.group.unit_id)  # staff: the units on their own line
        )
        for button in (self.record_button, self.paper_button):
            button.setEnabled(can_record)
        self.blank_button.setEnabled(due is not None)

    # recording

    def record(self, source: RoundSource) -> RoundEntryDialog | None:
        due = self.selected_due()
        if due is None or self.services is None:
            return None
        if self._context.require_actor(self) is None:
            return None
        dialog = RoundEntryDialog(self._context, due, source, self)
        dialog.recorded.connect(self._on_dialog_recorded)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(object)
    def _on_dialog_recorded(self, result: RecordedRound) -> None:
        if result.issues:
            numbers = "、".join(number for _, number in result.issues)
            text = self.tr("Round recorded. {0} failed items were reported on the issue board: {1}.").format(
                result.failed, numbers
            )
        elif result.failed:
            text = self.tr("Round recorded with {0} failed items.").format(result.failed)
        else:
            text = self.tr("Round recorded: every item passed.")
        self.notice.setText(text)
        self.notice.show()
        self.refresh()
        row = self.rounds.row_of(result.round_id)
        if row >= 0:
            self.rounds_view.selectRow(row)
        self.recorded.emit(result)

    @Slot()
    def _on_blank_clicked(self) -> None:
        """The blank checklist of exactly the selected round (its level and frequency), to fill in at the equipment."""
        from ui.print_preview import PrintPreviewDialog  # loaded on the first print, not at start-up

        due = self.selected_due()
        if due is None or self.services is None:
            return
        g = due.group
        options = ChecklistOptions(level=g.level, frequency=g.frequency, printed_on=plant_today())
        prints = self.services.inspections.prints
        name = f"{g.post}{g.document}"
        preview = PrintPreviewDialog(f"{kind_title(PrintKind.CHECKLIST)} · {name}",
                                     lambda p: prints.checklist(Source(g.document_id), options, p),
                                     f"{name}-{frequency_label(g.frequency)}-检查表.pdf", self)  # fmt: skip
        preview.setObjectName("inspectionPreview")
        self.dialog = preview
        preview.show()

    def open_people(self) -> QWidget | None:
        """Who answers for each round of the unit, and the month's misses by person."""
        from ui.inspections.round_people import RoundPeopleDialog

        if self.unit is None or self.services is None:
            return None
        dialog = RoundPeopleDialog(self._context, self.unit, self.month, self)
        dialog.finished.connect(lambda result: self.refresh())
        self.dialog = dialog
        dialog.show()
        return dialog

    # the record

    def show_round(self, round_id: uuid.UUID, item_id: uuid.UUID | None = None) -> None:
        """Show one recorded round's results with ``item_id``'s row chosen; the round is chosen in the record when
        its page is loaded (an older one shows its results all the same)."""
        if self.services is None:
            return
        self.shown_round = round_id
        found = next((r for r in range(self.rounds.rowCount()) if self.rounds.row_at(r).id == round_id), None)
        if found is not None:
            self.rounds_view.selectRow(found)
            self.rounds_view.scrollTo(self.rounds.index(found, 0))
        else:
            self.rounds_view.clearSelection()
            self.results.set_rows(self.services.inspections.rounds.results(round_id))
        if item_id is not None:
            row = next((r for r in range(self.results.rowCount()) if self.results.row_at(r).item_id == item_id), None)
            if row is not None:
                self.results_view.selectRow(row)
                self.results_view.scrollTo(self.results.index(row, 0))
        self.results_view.setFocus()

    @Slot(QModelIndex)
    def _on_results_view_double_clicked(self, index: QModelIndex) -> None:
        issue_id = self.results.row_at(index.row()).issue_id
        if issue_id is not None:
            self._context.show_issue(issue_id)

    @Slot(QItemSelection, QItemSelection)
    def _on_round_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.rounds_view.selectionModel().selectedRows()
        if not rows or self.services is None:
            self.results.set_rows([])
            return
        self.results.set_rows(self.services.inspections.rounds.results(self.rounds.row_at(rows[0].row()).id))
