"""The organisation tab's care page (思想动态与帮扶): the hardship cases of the selected unit's subtree for the monthly
analysis (overdue steps in red), the selected case's plan and progress, and a person's state-of-mind file — shown
only to the person's guardian, the grid leader and the branch secretary, each opening recorded in the audit trail."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gridapp.party_life.care import CareFile, CareStepRow, CaseRow
from gridapp.security.rights import Right
from ui.org.pickers import PersonPicker
from ui.party_life.care_models import CaseColumn, CaseTableModel, NoteTableModel, StepColumn, StepTableModel
from ui.party_life.page_parts import PartyLifePage, exec_until_saved, run_change, table_view, tool_bar
from ui.roles import ROW_ROLE

if TYPE_CHECKING:
    from gridapp.org.rows import PersonRow, UnitRow
    from ui.context import AppContext


class CarePage(PartyLifePage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._file: CareFile | None = None
        self._person: uuid.UUID | None = None  # whose file is asked for (shown only when readable)
        self.cases_model = CaseTableModel(self)
        self.steps_model = StepTableModel(self)
        self.notes_model = NoteTableModel(self)
        self.note_action = QAction(self.tr("Write note…"), self)
        self.note_action.triggered.connect(self._on_note_triggered)
        self.case_action = QAction(self.tr("Open case…"), self)
        self.case_action.triggered.connect(self._on_case_triggered)
        self.step_action = QAction(self.tr("Add step…"), self)
        self.step_action.triggered.connect(self._on_step_triggered)
        self.done_action = QAction(self.tr("Step done…"), self)
        self.done_action.triggered.connect(self._on_done_triggered)
        self.progress_action = QAction(self.tr("Add progress…"), self)
        self.progress_action.triggered.connect(self._on_progress_triggered)
        self.close_action = QAction(self.tr("Confirm closure…"), self)
        self.close_action.triggered.connect(self._on_close_triggered)
        bar = tool_bar(
            (self.note_action, None, self.case_action, self.step_action, self.done_action, self.progress_action,
             None, self.close_action)
        )  # fmt: skip
        self.show_closed = QCheckBox(self.tr("Closed cases too"))
        self.show_closed.setObjectName("careShowClosed")
        self.show_closed.toggled.connect(lambda _on: self.reload())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(bar, 1)
        top.addWidget(self.show_closed)
        self.summary = QLabel()
        self.summary.setObjectName("careSummary")
        self.summary.setWordWrap(True)

        self.cases_view = table_view(self.cases_model, "careCases")
        self.cases_view.selectionModel().selectionChanged.connect(lambda *_: self._on_case_selected())
        self.steps_view = table_view(self.steps_model, "careSteps")
        self.steps_view.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        self.progress = QPlainTextEdit()
        self.progress.setObjectName("careProgress")
        self.progress.setReadOnly(True)
        self.progress.setPlaceholderText(self.tr("Progress notes of the selected case"))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.cases_view)
        left.addWidget(self.steps_view)
        left.addWidget(self.progress)
        left.setSizes([300, 180, 100])
        for view in (self.cases_view, self.steps_view, self.progress):
            view.setMinimumHeight(self.fontMetrics().height() * 3)  # the window's smallest height stays as it was

        self.picker = PersonPicker(
            lambda text: self._context.services.org.search_people(text) if self._context.services else [],
            None,
            self,
            self.tr("Person's file (职工思想动态): name, employee no. or initials"),
        )
        self.picker.setObjectName("carePersonPicker")
        self.picker.list.setMinimumHeight(self.fontMetrics().height() * 2)
        self.picker.list.setMaximumHeight(self.fontMetrics().height() * 4)  # the notes need the height
        self.picker.person_changed.connect(self._on_picker_person_changed)
        self.file_header = QLabel()
        self.file_header.setObjectName("careFileHeader")
        self.file_header.setWordWrap(True)
        self.notes_view = table_view(self.notes_model, "careNotes")
        self.notes_view.setWordWrap(True)
        privacy = self.tr(
            "State-of-mind files are personal information: only the person's guardian, the grid leader and the "
            "branch secretary see them, and every opening is recorded in the audit trail."
        )
        self.notes_view.setToolTip(privacy)
        self.picker.setToolTip(privacy)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.picker)
        right_layout.addWidget(self.file_header)
        right_layout.addWidget(self.notes_view, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 320])  # the cases' columns need the room; a note wraps
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.update_enabled()

    # what is shown

    def show_unit(self, unit: UnitRow | None) -> None:
        self._unit = unit
        self.reload()

    def reload(self) -> None:
        services, actor = self._context.services, self._context.actor
        selected = self.current_case()
        if services is None or actor is None or self._unit is None:
            self.cases_model.set_rows([])
            self.summary.clear()
        else:
            cases = services.party_life.care.cases(actor, self._unit.id, open_only=not self.show_closed.isChecked())
            self.cases_model.set_rows(cases)
            self.cases_view.sortByColumn(CaseColumn.OPENED_ON, Qt.SortOrder.AscendingOrder)
            still_open = [c for c in cases if c.is_open]
            self.summary.setText(
                self.tr("{0} open hardship cases in this unit and below; {1} steps overdue (red).").format(
                    len(still_open), sum(c.overdue_steps for c in still_open)
                )
            )
            self.cases_view.resizeColumnsToContents()
            if selected is not None:
                self._select_case(selected.id)
        case = self.current_case()
        if case is not None:
            self._person = case.person_id
        self._load_file()
        self._show_case(case)

    def _select_case(self, case_id: uuid.UUID) -> None:
        for r in range(self.cases_model.rowCount()):
            if self.cases_model.row_at(r).id == case_id:
                self.cases_view.selectRow(r)
                return

    def _show_case(self, case: CaseRow | None) -> None:
        self.steps_model.set_rows(case.steps if case else [])
        self.steps_view.sortByColumn(StepColumn.ACTION, Qt.SortOrder.AscendingOrder)  # the plan's order
        self.steps_view.resizeColumnsToContents()
        # The list leaves the progress out; the person's file (open when the case is listed) has it.
        filed = next((c for c in self._file.cases if case and c.id == case.id), None) if self._file else None
        lines = [f"{p.written_on.isoformat()} {p.author}: {p.text}" for p in (filed.progress if filed else ())]
        if case is not None:
            head = f"{case.person} · {case.hardship}"
            if case.detail:
                head += f"\n{case.detail}"
            if case.closed_on:
                head += "\n" + self.tr("Closed on {0}, confirmed by {1}: {2}").format(
                    case.closed_on.isoformat(), case.closed_by, case.closing_note
                )
            lines.insert(0, head)
        self.progress.setPlainText("\n".join(lines))
        self.update_enabled()

    def _load_file(self) -> None:
        """Open the chosen person's file, when the logged-in person may: each opening is audited."""
        services, actor = self._context.services, self._context.actor
        self._file = None
        if services is None or actor is None or self._person is None:
            self.notes_model.set_rows([])
            self.file_header.setText(
                self.tr("Choose a person, or a case, to open their file. Only the person's guardian, the grid leader "
                        "and the branch secretary see it; every opening is recorded in the audit trail.")
            )  # fmt: skip
        elif not services.party_life.care.may_read(actor, self._person):
            self.notes_model.set_rows([])
            self.file_header.setText(
                self.tr(
                    "Restricted: only the person's guardian, the grid leader and the branch secretary see this file."
                )
            )
        elif run_change(self, self.tr("Person's file"), lambda: self._read_file(actor)):
            file = self._file
            assert file is not None
            self.notes_model.set_rows(file.notes)
            self.file_header.setText(
                self.tr("{0} ({1}, {2}); guardian: {3}; {4} notes, {5} hardship cases.").format(
                    file.person, file.employee_no, file.unit, file.guardians or "—", len(file.notes), len(file.cases)
                )
            )
            self.notes_view.resizeColumnsToContents()
            self.notes_view.resizeRowsToContents()
        self.update_enabled()

    def _read_file(self, actor: object) -> None:
        services = self._context.services
        assert services is not None and self._person is not None
        self._file = services.party_life.care.person_file(actor, self._person)  # type: ignore[arg-type]

    def current_case(self) -> CaseRow | None:
        rows = self.cases_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def current_step(self) -> CareStepRow | None:
        rows = self.steps_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def update_enabled(self) -> None:
        services, actor = self._context.services, self._context.actor
        care = services.party_life.care if services else None
        case = self.current_case()
        person = self._person
        self.note_action.setEnabled(care is not None and person is not None and care.is_guardian(actor, person))
        self.case_action.setEnabled(self._file is not None)
        open_case = case is not None and case.is_open
        self.step_action.setEnabled(open_case)
        self.progress_action.setEnabled(open_case)
        step = self.current_step()
        self.done_action.setEnabled(open_case and step is not None and step.done_on is None)
        self.close_action.setEnabled(
            open_case
            and actor is not None
            and case is not None
            and actor.person_id != case.opened_by_id
            and self._context.may(Right.CARE_READ, self._unit.id if self._unit else None)
        )

    # choosing

    def _on_case_selected(self) -> None:
        case = self.current_case()
        if case is not None and case.person_id != self._person:
            self._person = case.person_id
            self._load_file()
        self._show_case(case)

    @Slot(object)
    def _on_picker_person_changed(self, person: PersonRow | None) -> None:
        new = person.id if person else None
        if new != self._person:
            current = self.current_case()
            if current is not None and current.person_id != new:
                self.cases_view.clearSelection()  # the file shown is the picked person's, not the case's
            self._person = new
            self._load_file()

    # changes

    @Slot()
    def _on_note_triggered(self) -> None:
        from ui.party_life.care_dialogs import CareNoteDialog

        services, actor, person = self._context.services, self._context.actor, self._person
        if services is None or actor is None or person is None:
            return
        name = self._file.person if self._file else ""
        dialog = CareNoteDialog(name, self)
        care = services.party_life.care
        if exec_until_saved(dialog, lambda: care.write_note(actor, person, dialog.text.toPlainText(), dialog.day())):
            self.reload()

    @Slot()
    def _on_case_triggered(self) -> None:
        from ui.party_life.care_dialogs import CaseDialog

        services, actor, file = self._context.services, self._context.actor, self._file
        if services is None or actor is None or file is None:
            return
        dialog = CaseDialog(file.person_id, file.person, self)
        opened: list[uuid.UUID] = []
        if exec_until_saved(dialog, lambda: opened.append(services.party_life.care.open_case(actor, dialog.draft()))):
            self.reload()
            if opened:
                self._select_case(opened[0])

    @Slot()
    def _on_step_triggered(self) -> None:
        from ui.party_life.care_dialogs import StepDialog

        services, actor, case = self._context.services, self._context.actor, self.current_case()
        if services is None or actor is None or case is None:
            return
        dialog = StepDialog(self)
        care = services.party_life.care
        if exec_until_saved(dialog, lambda: care.add_step(actor, case.id, dialog.action.text(), dialog.due())):
            self.reload()

    def _text_change(self, title: str, label: str, change: object) -> None:
        from ui.party_life.care_dialogs import CareTextDialog

        dialog = CareTextDialog(title, label, self)
        if exec_until_saved(dialog, lambda: change(dialog.value())):  # type: ignore[operator]
            self.reload()

    @Slot()
    def _on_done_triggered(self) -> None:
        services, actor, step = self._context.services, self._context.actor, self.current_step()
        if services is None or actor is None or step is None:
            return
        care = services.party_life.care
        self._text_change(
            self.tr("Step done: {0}").format(step.action),
            self.tr("What was done"),
            lambda t: care.step_done(actor, step.id, t),
        )

    @Slot()
    def _on_progress_triggered(self) -> None:
        services, actor, case = self._context.services, self._context.actor, self.current_case()
        if services is None or actor is None or case is None:
            return
        care = services.party_life.care
        self._text_change(
            self.tr("Progress: {0}").format(case.person),
            self.tr("Progress"),
            lambda t: care.add_progress(actor, case.id, t),
        )

    @Slot()
    def _on_close_triggered(self) -> None:
        services, actor, case = self._context.services, self._context.actor, self.current_case()
        if services is None or actor is None or case is None:
            return
        care = services.party_life.care
        self._text_change(
            self.tr("Confirm closure (对账销户): {0}").format(case.person),
            self.tr("Checked and closed"),
            lambda t: care.close_case(actor, case.id, t),
        )
