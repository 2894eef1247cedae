"""The organisation tab's suggestions page (合理化建议): the year's suggestions of the selected unit's subtree, with
submitting, reviewing and marking an adopted one done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gridapp.party_life.kinds import SuggestionState
from gridapp.party_life.rows import SuggestionRow
from gridapp.security.rights import Right
from ui.party_life.page_parts import PartyLifePage, preview, run_change, table_view, tool_bar, year_box
from ui.party_life.suggestion_models import SuggestionColumn, SuggestionTableModel
from ui.roles import ROW_ROLE

if TYPE_CHECKING:
    from gridapp.org.rows import UnitRow
    from ui.context import AppContext


class SuggestionsPage(PartyLifePage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._units: list[UnitRow] = []
        self.model = SuggestionTableModel(self)
        self.submit_action = QAction(self.tr("Submit suggestion…"), self)
        self.submit_action.triggered.connect(self._on_submit_triggered)
        self.review_action = QAction(self.tr("Review…"), self)
        self.review_action.triggered.connect(self._on_review_triggered)
        self.done_action = QAction(self.tr("Mark done…"), self)
        self.done_action.triggered.connect(self._on_done_triggered)
        self.print_action = QAction(self.tr("Print for posting…"), self)
        self.print_action.triggered.connect(self._on_print_triggered)
        bar = tool_bar((self.submit_action, self.review_action, self.done_action, None, self.print_action))
        self.year = year_box("suggestionYear")
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.adopted_only = QCheckBox(self.tr("Adopted only (the list for posting)"))
        self.adopted_only.toggled.connect(lambda _on: self.reload())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(bar, 1)
        top.addWidget(self.adopted_only)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        self.summary = QLabel()
        self.summary.setObjectName("suggestionSummary")
        self.view = table_view(self.model, "suggestionsTable")
        self.view.doubleClicked.connect(lambda _index: self.review_action.trigger())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.update_enabled()

    def show_unit(self, unit: UnitRow | None, units: list[UnitRow]) -> None:
        self._unit, self._units = unit, units
        self.reload()

    def reload(self) -> None:
        services = self._context.services
        if services is None or self._unit is None:
            self.model.set_rows([])
            self.summary.clear()
            self.update_enabled()
            return
        service = services.party_life.suggestions
        span = dt.date(self.year.value(), 1, 1), dt.date(self.year.value(), 12, 31)
        listed = service.adopted if self.adopted_only.isChecked() else service.suggestions
        rows = listed(self._unit.id, *span)
        self.model.set_rows(rows)
        self.view.sortByColumn(SuggestionColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        waiting = sum(1 for r in rows if r.state is SuggestionState.SUBMITTED)
        adopted = sum(1 for r in rows if r.state in (SuggestionState.ADOPTED, SuggestionState.DONE))
        self.summary.setText(
            self.tr("{0} suggestions, {1} waiting for review, {2} adopted.").format(len(rows), waiting, adopted)
        )
        self.view.resizeColumnsToContents()
        self.update_enabled()

    def current(self) -> SuggestionRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def update_enabled(self) -> None:
        row = self.current()
        self.submit_action.setEnabled(self._unit is not None and self._context.actor is not None)
        self.print_action.setEnabled(self._unit is not None)
        reviewer = row is not None and self._context.may(Right.SUGGESTION_REVIEW, row.unit_id)
        self.review_action.setEnabled(reviewer and row is not None and row.state is SuggestionState.SUBMITTED)
        self.done_action.setEnabled(reviewer and row is not None and row.state is SuggestionState.ADOPTED)

    def _call(self, change: Callable[[], object]) -> None:
        run_change(self, self.tr("Suggestions"), change)
        self.reload()

    @Slot()
    def _on_print_triggered(self) -> None:
        from gridapp.party_life.printing import adopted_suggestions_pdf

        services, unit, year = self._context.services, self._unit, self.year.value()
        if services is None or unit is None:
            return
        rows = services.party_life.suggestions.adopted(unit.id, dt.date(year, 1, 1), dt.date(year, 12, 31))
        path = services.party_life.unit_path(unit.id)
        name = f"合理化建议公示-{year}.pdf"
        preview(self, self.tr("Adopted suggestions"), lambda: adopted_suggestions_pdf(rows, path, year), name)

    @Slot()
    def _on_submit_triggered(self) -> None:
        from ui.party_life.suggestion_dialogs import SubmitDialog

        services, actor = self._context.services, self._context.actor
        if services is None or actor is None:
            return
        dialog = SubmitDialog(self._units, self._unit.id if self._unit else None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._call(lambda: services.party_life.suggestions.submit(actor, dialog.draft()))

    @Slot()
    def _on_review_triggered(self) -> None:
        from ui.party_life.suggestion_dialogs import ReviewDialog

        services, actor, row = self._context.services, self._context.actor, self.current()
        if services is None or actor is None or row is None or row.state is not SuggestionState.SUBMITTED:
            return
        dialog = ReviewDialog(row, self.model.rows(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            state, note, into = dialog.decision()
            self._call(lambda: services.party_life.suggestions.review(actor, row.id, state, note, into))

    @Slot()
    def _on_done_triggered(self) -> None:
        services, actor, row = self._context.services, self._context.actor, self.current()
        if services is None or actor is None or row is None:
            return
        note, accepted = QInputDialog.getText(self, self.tr("Mark done"), self.tr("What was done:"))
        if accepted:
            self._call(lambda: services.party_life.suggestions.mark_done(actor, row.id, note))
