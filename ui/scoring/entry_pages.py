"""Proposals waiting for a person with the right role, and the ledger of every entry with its corrections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from gridapp.scoring.kinds import EntryStatus
from gridapp.scoring.rows import EntryQuery, EntryRow
from ui.scoring.entry_model import WIDTHS, EntryColumn, EntryTableModel
from ui.scoring.labels import period_label, status_label
from ui.scoring.page import Host, Page, button_row, selected_rows, set_widths, table_view
from ui.scoring.ranking_pages import export_entries
from ui.scoring.small_dialogs import CorrectionDialog
from ui.tasks import Task


class ProposalsPage(Page):
    """Points proposed by events (or by people who may not grant them) wait here; a person decides."""

    counted = Signal(int)  # proposals waiting in the scope

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = EntryTableModel(self)
        self.view = table_view("proposalsTable", self.model, multi=True)
        set_widths(self.view, WIDTHS)
        self.view.sortByColumn(EntryColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.summary = QLabel()
        self.summary.setObjectName("proposalsSummary")
        self.summary.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.setObjectName("confirmButton")
        self.reject_button = QPushButton(self.tr("&Reject…"))
        self.reject_button.setObjectName("rejectButton")
        self.export_button = QPushButton(self.tr("Export…"))
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.export_button.clicked.connect(lambda: export_entries(self.host, self.model, self.tr("Proposals")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addLayout(button_row(self.confirm_button, self.reject_button, None, self.export_button))
        self._on_view_selection_changed(QItemSelection(), QItemSelection())
        self.task: Task | None = None

    def refresh(self) -> None:
        super().refresh()
        host, scope = self.host, self.host.scope
        if host.services is None or scope is None:
            self.model.set_query(None, None, None)
            return
        # Every waiting proposal of the unit's subtree, whatever its period: decisions should not wait for a month.
        query = EntryQuery(scope.catalogue.code, None, scope.unit_id, EntryStatus.PROPOSED)
        self.model.set_query(host.services.scoring.entries, query, scope.catalogue)
        self.summary.setText(
            self.tr(
                "{0} proposals wait in {1}. They count for nothing until a person who may grant the rule confirms "
                "them. Select one or more, then confirm or reject."
            ).format(self.model.total, scope.unit_name)
        )
        self.counted.emit(self.model.total)

    def chosen(self) -> list[EntryRow]:
        return [self.model.row_at(row) for row in selected_rows(self.view)]

    def permissions_changed(self) -> None:
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        # Deciding needs POINTS_CONFIRM as well as a grantor role of each rule (the service checks both).
        any_chosen = bool(self.view.selectionModel().selectedRows()) and self.host.permissions.confirm
        self.confirm_button.setEnabled(any_chosen)
        self.reject_button.setEnabled(any_chosen)

    @Slot()
    def _on_confirm_button_clicked(self) -> None:
        entries = self.chosen()
        actor = self.host.require_actor()
        if not entries or actor is None or self.host.services is None:
            return
        service = self.host.services.scoring.entries
        ids = [e.id for e in entries]
        self._decide(lambda: service.confirm(actor, ids))

    @Slot()
    def _on_reject_button_clicked(self) -> None:
        entries = self.chosen()
        actor = self.host.require_actor()
        if not entries or actor is None or self.host.services is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Reject proposals"), self.tr("Why are these {0} proposals rejected?").format(len(entries))
        )
        if not ok:
            return
        service = self.host.services.scoring.entries
        ids = [e.id for e in entries]
        self._decide(lambda: service.reject(actor, ids, note))

    def _decide(self, work: Callable[[], object]) -> None:
        """One transaction for the whole selection, off the UI thread (hundreds of proposals take a while)."""
        self.confirm_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        self.task = Task(lambda progress: work(), name="decide proposals", parent=self)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.start()

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        # The decisions arrive as a change notice, which refreshes every page; the buttons follow the selection.
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        self._on_view_selection_changed(QItemSelection(), QItemSelection())
        self.host.refuse(error)  # type: ignore[arg-type]


class LedgerPage(Page):
    """Every entry of the period and unit: confirmed, waiting and rejected, corrections included."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = EntryTableModel(self)
        self.view = table_view("ledgerTable", self.model)
        set_widths(self.view, WIDTHS)
        self.view.sortByColumn(EntryColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.status = QComboBox()
        self.status.setObjectName("ledgerStatus")
        self.status.addItem(self.tr("All entries"), None)
        for status in EntryStatus:
            self.status.addItem(status_label(status), status)
        self.status.currentIndexChanged.connect(lambda _index: self.refresh())
        self.summary = QLabel()
        self.correct_button = QPushButton(self.tr("C&orrect…"))
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setToolTip(
            self.tr("A correction is a new entry booked today; the corrected entry, perhaps in a closed period, stays.")
        )
        self.export_button = QPushButton(self.tr("Export…"))
        self.correct_button.clicked.connect(self._on_correct_button_clicked)
        self.export_button.clicked.connect(lambda: export_entries(self.host, self.model, self.tr("Entries")))
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.status, self.summary, None))
        layout.addWidget(self.view)
        layout.addLayout(button_row(self.correct_button, None, self.export_button))
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    def refresh(self) -> None:
        super().refresh()
        host, scope = self.host, self.host.scope
        if host.services is None or scope is None:
            self.model.set_query(None, None, None)
            return
        status = self.status.currentData()
        query = EntryQuery(scope.catalogue.code, scope.period, scope.unit_id, EntryStatus(status) if status else None)
        self.model.set_query(host.services.scoring.entries, query, scope.catalogue)
        self.summary.setText(self.tr("{0} entries in {1}").format(self.model.total, period_label(scope.period)))

    def permissions_changed(self) -> None:
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = selected_rows(self.view)
        entry = self.model.row_at(rows[0]) if rows else None
        self.correct_button.setEnabled(
            entry is not None and entry.status is EntryStatus.CONFIRMED and self.host.permissions.confirm
        )

    @Slot()
    def _on_correct_button_clicked(self) -> None:
        rows = selected_rows(self.view)
        actor = self.host.require_actor()
        if not rows or actor is None or self.host.services is None:
            return
        dialog = CorrectionDialog(self.host.services, actor, self.model.row_at(rows[0]), self)
        dialog.exec()  # what it writes arrives as a change notice
