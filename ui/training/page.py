"""The organisation tab's training page (三学四课堂): for the selected unit and a period, the training matrix —
people × 领学 / 联学 / 专学, hours attended against the hours required, the short ones red — with the shortfall
list and the sessions held; recording a session, importing its signed sheet, the prints, the required hours and the
catalogue of classrooms."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridapp.security.rights import Right
from gridapp.training.rows import SessionDetail, SessionRow, Shortfall, TrainingMatrix
from ui.errors import show_exception
from ui.party_life.page_parts import preview, table_view, tool_bar, year_box
from ui.roles import ROW_ROLE
from ui.tasks import Task
from ui.training.dialogs import exec_until_saved, run_change
from ui.training.models import (
    SessionColumn,
    SessionTableModel,
    ShortfallColumn,
    ShortfallTableModel,
    TrainingMatrixModel,
)

if TYPE_CHECKING:
    from gridapp.org.rows import UnitRow
    from ui.context import AppContext

# the spans a period box offers: (first month, months)
SPANS = ((1, 12), (1, 3), (4, 3), (7, 3), (10, 3), (1, 6), (7, 6))


def span_of(year: int, index: int) -> tuple[dt.date, dt.date]:
    first_month, months = SPANS[index]
    first = dt.date(year, first_month, 1)
    end_month = first_month + months
    last = dt.date(year + 1, 1, 1) if end_month > 12 else dt.date(year, end_month, 1)
    return first, last - dt.timedelta(days=1)


class TrainingPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._unit: UnitRow | None = None
        self._units: list[UnitRow] = []
        self._run = 0  # the newest reload: an older one's result is dropped
        self.matrix_model = TrainingMatrixModel(self)
        self.shortfall_model = ShortfallTableModel(self)
        self.sessions_model = SessionTableModel(self)
        self.record_action = QAction(self.tr("Record session…"), self)
        self.record_action.triggered.connect(self._on_record_triggered)
        self.edit_action = QAction(self.tr("Open session…"), self)
        self.edit_action.triggered.connect(self._on_edit_triggered)
        self.delete_action = QAction(self.tr("Delete session"), self)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.import_action = QAction(self.tr("Import sign-in sheet…"), self)
        self.import_action.triggered.connect(self._on_import_triggered)
        self.sheet_action = QAction(self.tr("Print sign-in sheet…"), self)
        self.sheet_action.triggered.connect(self._on_sheet_triggered)
        self.record_print_action = QAction(self.tr("Print training record…"), self)
        self.record_print_action.triggered.connect(self._on_record_print_triggered)
        self.required_action = QAction(self.tr("Required hours…"), self)
        self.required_action.triggered.connect(self._on_required_triggered)
        self.classrooms_action = QAction(self.tr("Classrooms…"), self)
        self.classrooms_action.triggered.connect(self._on_classrooms_triggered)
        bar = tool_bar(
            (
                self.record_action,
                self.edit_action,
                self.delete_action,
                self.import_action,
                None,
                self.sheet_action,
                self.record_print_action,
                None,
                self.required_action,
                self.classrooms_action,
            )
        )
        self.year = year_box("trainingYear")
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.span = QComboBox()
        self.span.setObjectName("trainingSpan")
        for label in (
            self.tr("Whole year"),
            self.tr("Q1"),
            self.tr("Q2"),
            self.tr("Q3"),
            self.tr("Q4"),
            self.tr("First half"),
            self.tr("Second half"),
        ):
            self.span.addItem(label)
        self.span.currentIndexChanged.connect(lambda _i: self.reload())
        self.only_short = QCheckBox(self.tr("Only people short"))
        self.only_short.setObjectName("trainingOnlyShort")
        self.only_short.toggled.connect(self.matrix_model.set_only_short)
        self.summary = QLabel()
        self.summary.setObjectName("trainingSummary")
        self.summary.setWordWrap(True)
        # the tool bar has the page's width to itself: eight actions, the period on the line below
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.span)
        top.addWidget(self.only_short)
        top.addWidget(self.summary, 1)
        self.matrix_view = table_view(self.matrix_model, "trainingMatrix")
        self.shortfall_view = table_view(self.shortfall_model, "trainingShortfalls")
        self.sessions_view = table_view(self.sessions_model, "trainingSessions")
        self.sessions_view.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self.sessions_view.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        shortfalls = QWidget()
        short_layout = QVBoxLayout(shortfalls)
        short_layout.setContentsMargins(0, 0, 0, 0)
        short_layout.addWidget(QLabel(self.tr("Who is short")))
        short_layout.addWidget(self.shortfall_view, 1)
        sessions = QWidget()
        sessions_layout = QVBoxLayout(sessions)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        sessions_layout.addWidget(QLabel(self.tr("Sessions held")))
        sessions_layout.addWidget(self.sessions_view, 1)
        bottom = QSplitter()
        bottom.addWidget(sessions)
        bottom.addWidget(shortfalls)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.matrix_view)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        context.noticed.connect(self._on_context_noticed)
        self.update_enabled()

    @Slot(object)
    def _on_context_noticed(self, notice: object) -> None:
        from gridapp.changes import TrainingChanged

        # (people moved or gone reach the page through the tab, which reloads its page on organisation changes)
        if isinstance(notice, TrainingChanged) and self.isVisible() and self._unit is not None:
            self.reload()  # recorded in another window or on another PC

    # loading

    def show_unit(self, unit: UnitRow | None, units: list[UnitRow]) -> None:
        """The selected unit and the units below it (the units a session may name)."""
        self._unit, self._units = unit, units
        self.reload()

    def period(self) -> tuple[dt.date, dt.date]:
        return span_of(self.year.value(), self.span.currentIndex())

    def reload(self) -> None:
        """Read the matrix, its shortfalls and the sessions in the background (the whole plant's first read of a
        period takes more than 100 ms); a newer reload's result replaces an older one still running."""
        self._run += 1
        services = self._context.services
        if services is None or self._unit is None:
            self._show(None)
            return
        training = services.training
        if not training.classrooms() and self._context.actor is not None:
            training.ensure_classrooms(self._context.actor)
        unit_id, (first, last), run = self._unit.id, self.period(), self._run

        def read(_progress: object) -> tuple[TrainingMatrix, list[Shortfall], list[SessionRow]]:
            matrix = training.matrix(unit_id, first, last)
            return matrix, matrix.shortfalls, training.sessions(unit_id, first, last)

        task = Task(read, name="training matrix", parent=self)
        task.succeeded.connect(lambda result: self._show(result) if run == self._run else None)
        task.failed.connect(lambda exc: show_exception(self, exc) if run == self._run else None)
        task.start()

    def _show(self, result: tuple[TrainingMatrix, list[Shortfall], list[SessionRow]] | None) -> None:
        if result is None:
            self.matrix_model.set_matrix(None)
            self.shortfall_model.set_rows([])
            self.sessions_model.set_rows([])
            self.summary.clear()
            self.update_enabled()
            return
        matrix, shortfalls, rows = result
        first, last = matrix.first, matrix.last
        self.matrix_model.set_matrix(matrix)
        self.shortfall_model.set_rows(shortfalls)
        self.sessions_model.set_rows(rows)
        self.sessions_view.sortByColumn(SessionColumn.HELD_ON, Qt.SortOrder.DescendingOrder)
        self.shortfall_view.sortByColumn(ShortfallColumn.MISSING, Qt.SortOrder.DescendingOrder)
        short_people = len({s.person_key for s in shortfalls})
        required = any(n is not None for r in matrix.rows for n in r.required)
        self.summary.setText(
            self.tr("{0} to {1}: {2} sessions, {3} people, {4} short of the required hours (red).").format(
                first.isoformat(), last.isoformat(), len(rows), len(matrix.rows), short_people
            )
            + (
                ""
                if required
                else " " + self.tr("No hours are required of this unit yet: set them with “Required hours…”.")
            )
        )
        self.matrix_view.resizeColumnsToContents()
        self.sessions_view.resizeColumnsToContents()
        self.shortfall_view.resizeColumnsToContents()
        self.update_enabled()

    def update_enabled(self) -> None:
        may = self._unit is not None and self._context.may(Right.TRAINING_RECORD, self._unit.id)
        current = self.current_session()
        self.record_action.setEnabled(may)
        self.edit_action.setEnabled(current is not None)
        self.delete_action.setEnabled(may and current is not None)
        self.import_action.setEnabled(may and current is not None)
        self.sheet_action.setEnabled(current is not None)
        self.record_print_action.setEnabled(self._unit is not None)
        self.required_action.setEnabled(
            self._unit is not None and self._context.may(Right.TRAINING_SETTINGS, self._unit.id)
        )
        self.classrooms_action.setEnabled(self._context.services is not None)

    def current_session(self) -> SessionRow | None:
        rows = self.sessions_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # acting

    def _open(self, session_id: uuid.UUID | None) -> None:
        from ui.training.dialogs import SessionDialog

        services, actor = self._context.services, self._context.actor
        if services is None or actor is None or self._unit is None:
            return
        training = services.training
        found: list[SessionDetail | None] = [None]
        if session_id is not None and not run_change(
            self, self.tr("Training session"), lambda: found.__setitem__(0, training.detail(session_id))
        ):
            self.reload()  # deleted elsewhere
            return
        dialog = SessionDialog(training.classrooms(), self._units, training.people, self._unit.id, found[0], self)
        exec_until_saved(dialog, lambda: training.record(actor, dialog.draft()))
        self.reload()

    @Slot()
    def _on_record_triggered(self) -> None:
        self._open(None)

    @Slot()
    def _on_edit_triggered(self) -> None:
        session = self.current_session()
        if session is not None:
            self._open(session.id)

    @Slot()
    def _on_delete_triggered(self) -> None:
        services, actor, session = self._context.services, self._context.actor, self.current_session()
        if services is None or actor is None or session is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr("Delete the session “{0}” of {1} and its attendance?").format(
                session.topic, session.held_on.isoformat()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_change(self, self.tr("Delete session"), lambda: services.training.delete(actor, session.id))
            self.reload()

    @Slot()
    def _on_import_triggered(self) -> None:
        from ui.file_dialogs import open_file_name
        from ui.imports.dialog import file_filter
        from ui.training.sign_in_dialog import SignInImportDialog

        services, session = self._context.services, self.current_session()
        if services is None or session is None:
            return
        path = open_file_name(self, self.tr("Import sign-in sheet"), "sign-in sheet", file_filter())
        if path is None:
            return
        dialog = SignInImportDialog(services.training, session.id, path, lambda: self._context.actor, self)
        dialog.exec()
        self.reload()

    @Slot()
    def _on_sheet_triggered(self) -> None:
        from gridapp.training.printing import sign_in_sheet_pdf

        services, session = self._context.services, self.current_session()
        if services is None or session is None:
            return
        training = services.training
        path = training.unit_path(session.unit_id)
        people = training.people(session.unit_id, session.held_on)
        name = f"培训签到表-{session.held_on.isoformat()}.pdf"
        preview(self, self.tr("Sign-in sheet"), lambda: sign_in_sheet_pdf(session, path, people), name)

    @Slot()
    def _on_record_print_triggered(self) -> None:
        from gridapp.training.printing import training_record_pdf

        services = self._context.services
        if services is None or self._unit is None:
            return
        training, unit_id = services.training, self._unit.id
        first, last = self.period()
        path = training.unit_path(unit_id)
        name = f"培训记录-{first.isoformat()}-{last.isoformat()}.pdf"
        preview(
            self,
            self.tr("Training record"),
            lambda: training_record_pdf(
                training.matrix(unit_id, first, last), training.sessions(unit_id, first, last), path
            ),
            name,
        )

    @Slot()
    def _on_required_triggered(self) -> None:
        from ui.training.dialogs import RequirementsDialog

        services, actor, unit = self._context.services, self._context.actor, self._unit
        if services is None or actor is None or unit is None:
            return
        training = services.training
        before = {r.kind: r for r in training.requirements(unit.id) if r.set_at == unit.id}
        dialog = RequirementsDialog(unit, training.requirements(unit.id), self)

        def save() -> None:
            for kind, period, hours in dialog.settings():
                old = before.get(kind)
                if hours is None and old is None:
                    continue
                if old is not None and hours is not None and (old.period, old.hours) == (period, hours):
                    continue
                training.set_requirement(actor, unit.id, kind, period, hours)

        exec_until_saved(dialog, save)
        self.reload()

    @Slot()
    def _on_classrooms_triggered(self) -> None:
        from ui.training.dialogs import ClassroomsDialog

        services = self._context.services
        if services is None:
            return
        ClassroomsDialog(services.training, self._context.station_actor, self).exec()
        self.reload()
