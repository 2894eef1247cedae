"""The pages for leaders: warnings (only for those allowed to see them), the rules, and closing periods."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.progress import Progress
from gridapp.scoring.kinds import ScoringRefused
from gridapp.scoring.periods import PeriodKind
from gridapp.scoring.rows import RuleRow
from gridapp.security.rights import AccessDenied
from ui.scoring.labels import period_label
from ui.scoring.list_models import ListModel, PeriodTableModel, RuleTableModel, WarningTableModel
from ui.scoring.page import Host, Page, button_row, selected_rows, table_view
from ui.scoring.rule_dialog import RuleDialog
from ui.scoring.scope import RECENT
from ui.scoring.small_dialogs import SettingsDialog, WarningDialog


def export_list(host: Host, title: str, model: ListModel) -> None:
    headers = model.headers()
    rows_now = model.rows()

    def rows(progress: Progress) -> list[list[Any]]:
        return [[model.cell(r, c) for c in range(len(headers))] for r in rows_now]

    host.export(title, headers, rows)


class WarningsPage(Page):
    """Red/yellow/blue warnings on people's situation; the tab shows this page only to those who may see it."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = WarningTableModel(self)
        self.view = table_view("warningsTable", self.model)
        self.view.setSortingEnabled(False)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.include_closed = QCheckBox(self.tr("Show closed warnings"))
        self.include_closed.toggled.connect(lambda _on: self.refresh())
        note = QLabel(
            self.tr(
                "Warnings are confidential: only the grid leaders and party secretaries of a person's units see them, "
                "and they never appear on printed or posted boards."
            )
        )
        note.setWordWrap(True)
        self.raise_button = QPushButton(self.tr("&Raise a warning…"))
        self.raise_button.setObjectName("raiseWarningButton")
        self.update_button = QPushButton(self.tr("Re-grade or add measures…"))
        self.close_button = QPushButton(self.tr("Close (resolved)…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.raise_button.clicked.connect(self._on_raise_button_clicked)
        self.update_button.clicked.connect(self._on_update_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(button_row(self.include_closed, None))
        layout.addWidget(self.view)
        layout.addLayout(button_row(self.raise_button, self.update_button, self.close_button, None, self.export_button))
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    def refresh(self) -> None:
        super().refresh()
        host, scope = self.host, self.host.scope
        if host.services is None or scope is None or not host.permissions.see_warnings:
            self.model.set_rows([])
            return
        rows = host.services.scoring.warnings.warnings(
            host.permissions.person_id, scope.unit_id, self.include_closed.isChecked()
        )
        self.model.set_rows(rows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def permissions_changed(self) -> None:
        self.raise_button.setEnabled(self.host.permissions.raise_warnings)
        self.export_button.setEnabled(self.host.permissions.export_warnings)
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = selected_rows(self.view)
        open_ = bool(rows) and self.model.row_at(rows[0]).closed_on is None and self.host.permissions.raise_warnings
        self.update_button.setEnabled(open_)
        self.close_button.setEnabled(open_)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        """The warnings are read again for the file: the service checks WARNING_EXPORT and audits the export."""
        actor, services, scope = self.host.require_actor(), self.host.services, self.host.scope
        if actor is None or services is None or scope is None:
            return
        try:
            rows_now = services.scoring.warnings.for_export(actor, scope.unit_id, self.include_closed.isChecked())
        except AccessDenied as denied:
            self.host.refuse(denied)
            return
        headers, model = self.model.headers(), self.model

        def rows(progress: Progress) -> list[list[Any]]:
            return [[model.cell(r, c) for c in range(len(headers))] for r in rows_now]

        self.host.export(self.tr("Warnings"), headers, rows)

    @Slot()
    def _on_raise_button_clicked(self) -> None:
        actor, subject, services, scope = (
            self.host.require_actor(),
            self.host.subject,
            self.host.services,
            self.host.scope,
        )
        if actor is None or services is None:
            return
        person = (subject.id, subject.name) if subject is not None and scope is not None and scope.people else None
        WarningDialog(services, actor, person, parent=self).exec()  # what it writes arrives as a change notice

    @Slot()
    def _on_update_button_clicked(self) -> None:
        rows = selected_rows(self.view)
        actor, services = self.host.require_actor(), self.host.services
        if not rows or actor is None or services is None:
            return
        WarningDialog(
            services, actor, warning=self.model.row_at(rows[0]), parent=self
        ).exec()  # what it writes arrives as a change notice

    @Slot()
    def _on_close_button_clicked(self) -> None:
        rows = selected_rows(self.view)
        actor, services = self.host.require_actor(), self.host.services
        if not rows or actor is None or services is None:
            return
        warning = self.model.row_at(rows[0])
        note, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Close warning"),
            self.tr("How was the situation of {0} resolved?").format(warning.person_name),
        )
        if not ok:
            return
        try:
            services.scoring.warnings.close(actor, warning.id, note)
        except (ScoringRefused, AccessDenied) as refused:
            self.host.refuse(refused)
            return


class RulesPage(Page):
    """The rules the period is scored under (a closed period's own versions), and changing them."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = RuleTableModel(self)
        self.view = table_view("rulesTable", self.model)
        self.view.setSortingEnabled(False)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&New rule…"))
        self.change_button = QPushButton(self.tr("C&hange…"))
        self.retire_button = QPushButton(self.tr("Re&tire…"))
        self.history_button = QPushButton(self.tr("&Versions"))
        self.history_button.setCheckable(True)
        self.settings_button = QPushButton(self.tr("Stars and ranking &settings…"))
        self.settings_button.setObjectName("settingsButton")
        self.export_button = QPushButton(self.tr("Export…"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.history_button.toggled.connect(lambda _on: self.refresh())
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        self.export_button.clicked.connect(lambda: export_list(self.host, self.tr("Rules"), self.model))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addLayout(
            button_row(
                self.add_button,
                self.change_button,
                self.retire_button,
                self.history_button,
                None,
                self.settings_button,
                self.export_button,
            )
        )

    def refresh(self) -> None:
        super().refresh()
        host, scope = self.host, self.host.scope
        if host.services is None or scope is None:
            self.model.set_rules([], None, {})
            return
        rules = host.services.scoring.rules
        roles = dict(host.services.scoring.roles())
        chosen = self._chosen()
        if self.history_button.isChecked() and chosen is not None:
            self.model.units = {u.id: u.name for u in host.services.org.units()}
            self.model.set_rules(rules.history(scope.catalogue.code, chosen.code), scope.catalogue, roles)
            self.summary.setText(self.tr("Every version of rule {0}, newest first.").format(chosen.code))
        else:
            self.history_button.setChecked(False)
            listed = rules.rules(scope.catalogue.code, scope.period)
            self.model.units = {u.id: u.name for u in host.services.org.units()}
            self.model.set_rules(listed, scope.catalogue, roles)
            if scope.closed:
                text = self.tr(
                    "{0} rules as {1} was scored under them (the period is closed; later changes do not apply)."
                )
            else:
                text = self.tr("{0} rules in force. Changing a rule makes a new version; closed periods keep theirs.")
            self.summary.setText(text.format(len(listed), period_label(scope.period)))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.permissions_changed()

    def permissions_changed(self) -> None:
        permissions = self.host.permissions
        self.add_button.setEnabled(permissions.manage or bool(permissions.manage_units))
        self.settings_button.setEnabled(permissions.manage)
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    def _owners(self) -> list[tuple[uuid.UUID | None, str]]:
        """Whose a new rule may be: the plant's (for the plant's leaders), then each unit whose own rules they keep,
        the scope bar's unit first."""
        permissions, services, scope = self.host.permissions, self.host.services, self.host.scope
        owners: list[tuple[uuid.UUID | None, str]] = [(None, "")] if permissions.manage else []
        if services is not None:
            kept = [(u.id, u.name) for u in services.org.units() if permissions.may_keep(u.id)]
            if scope is not None:
                kept.sort(key=lambda unit: unit[0] != scope.unit_id)
            owners += kept if not permissions.manage else [u for u in kept if scope and u[0] == scope.unit_id]
        return owners

    def _chosen(self) -> RuleRow | None:
        rows = selected_rows(self.view)
        return self.model.row_at(rows[0]) if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rule = self._chosen()
        may = rule is not None and rule.in_force and self.host.permissions.may_keep(rule.owner_unit_id)
        self.change_button.setEnabled(may)
        self.retire_button.setEnabled(may)
        self.history_button.setEnabled(rule is not None or self.history_button.isChecked())

    @Slot()
    def _on_add_button_clicked(self) -> None:
        actor, scope, services = self.host.require_actor(), self.host.scope, self.host.services
        if actor is None or scope is None or services is None:
            return
        RuleDialog(
            services, scope.catalogue, actor, parent=self, owners=self._owners()
        ).exec()  # what it writes arrives as a change notice

    @Slot()
    def _on_change_button_clicked(self) -> None:
        actor, scope, services, rule = self.host.require_actor(), self.host.scope, self.host.services, self._chosen()
        if actor is None or scope is None or services is None or rule is None:
            return
        RuleDialog(
            services, scope.catalogue, actor, rule, parent=self
        ).exec()  # what it writes arrives as a change notice

    @Slot()
    def _on_retire_button_clicked(self) -> None:
        actor, services, rule = self.host.require_actor(), self.host.services, self._chosen()
        if actor is None or services is None or rule is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retire rule"),
            self.tr("Retire “{0} {1}”? It can no longer be given; points already given under it stay.").format(
                rule.code, rule.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            services.scoring.rules.retire(actor, rule.id)
        except (ScoringRefused, AccessDenied) as refused:
            self.host.refuse(refused)
            return

    @Slot()
    def _on_settings_button_clicked(self) -> None:
        actor, scope, services = self.host.require_actor(), self.host.scope, self.host.services
        if actor is None or scope is None or services is None:
            return
        SettingsDialog(services, scope.catalogue, actor, self).exec()  # what it writes arrives as a change notice


class PeriodsPage(Page):
    """Months, quarters or years with their state; closing one freezes it."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = PeriodTableModel(self)
        self.view = table_view("periodsTable", self.model)
        self.view.setSortingEnabled(False)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        note = QLabel(
            self.tr(
                "Closing a period freezes it (and the months inside a quarter or year) with the rules and star thresholds "
                "of that day. Later corrections are new entries in the open period; a closed period is never edited."
            )
        )
        note.setWordWrap(True)
        self.close_button = QPushButton(self.tr("C&lose period…"))
        self.close_button.setObjectName("closePeriodButton")
        self.export_button = QPushButton(self.tr("Export…"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.export_button.clicked.connect(lambda: export_list(self.host, self.tr("Periods"), self.model))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view)
        layout.addLayout(button_row(self.close_button, None, self.export_button))

    def refresh(self) -> None:
        super().refresh()
        host, scope = self.host, self.host.scope
        if host.services is None or scope is None:
            self.model.set_rows([])
            return
        kind: PeriodKind = scope.period.kind
        periods = host.services.scoring.periods
        self.model.set_rows(periods.periods(kind, RECENT[kind], scope.catalogue.code, scope.unit_id))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    def permissions_changed(self) -> None:
        self._on_view_selection_changed(QItemSelection(), QItemSelection())

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = selected_rows(self.view)
        self.close_button.setEnabled(
            self.host.permissions.close_periods and bool(rows) and not self.model.row_at(rows[0]).closed
        )

    @Slot()
    def _on_close_button_clicked(self) -> None:
        rows = selected_rows(self.view)
        actor, services = self.host.require_actor(), self.host.services
        if not rows or actor is None or services is None:
            return
        period = self.model.row_at(rows[0]).period
        answer = QMessageBox.question(
            self,
            self.tr("Close period"),
            self.tr(
                "Close {0}? Its points, rules and star thresholds are frozen; nothing booked in it can change any more."
            ).format(period_label(period)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            services.scoring.periods.close(actor, period)
        except (ScoringRefused, AccessDenied) as refused:
            self.host.refuse(refused)
            return
