"""The care page (typed in English: QTest cannot type Chinese, an input method does): a guardian writes a state-of-mind note and opens a hardship case with its plan by keyboard; the
case shows with its overdue step in the unit's list; the grid leader confirms the closure once the steps are done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit
from sqlalchemy import select
from sqlalchemy.orm import aliased

from gridapp.org.models import Guardianship, Person, Unit
from gridapp.security.models import AuditRecord
from gridapp.security.rights import plant_today
from gridapp.services import Services
from tests.org_ui import _dialog_failures, ok, when_dialog  # noqa: F401  (fixture)
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.org.tab import OrgTab, Page


def type_into(dialog: QDialog, kind: type, name: str, text: str) -> None:
    edit = dialog.findChild(kind, name)
    assert edit is not None, name
    edit.setFocus()
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            QTest.keyClick(edit, Qt.Key.Key_Return)
        QTest.keyClicks(edit, line)


def test_a_note_and_a_case_by_keyboard_closed_by_the_leader(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    guardian, ward = aliased(Person), aliased(Person)
    with services.db.read() as s:
        guardian_no, ward_no, ward_name = s.execute(
            select(guardian.employee_no, ward.employee_no, ward.name)
            .select_from(Guardianship)
            .join(guardian, guardian.id == Guardianship.guardian_id)
            .join(ward, ward.id == Guardianship.ward_id)
            .where(Guardianship.deleted_at.is_(None), Guardianship.ends_on.is_(None), ward.left_on.is_(None))
            .order_by(ward.employee_no)
            .limit(1)
        ).one()
        grid = s.scalar(select(Unit.id).where(Unit.code == "DH-W"))
    context = AppContext()
    tab = OrgTab(context)
    qtbot.addWidget(tab)
    context.set_services(services)
    log_in(context, guardian_no)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.select_unit(grid)
    tab.pages.setCurrentIndex(Page.CARE)
    page = tab.care_page
    assert page.cases_model.rowCount() == 0 and not page.note_action.isEnabled()

    page.picker.text.setFocus()
    QTest.keyClicks(page.picker.text, ward_no)
    QTest.keyClick(page.picker.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.note_action.isEnabled())
    assert ward_name in page.file_header.text()

    def note(dialog: QDialog) -> None:
        type_into(dialog, QPlainTextEdit, "careNoteText", "Calm; worried about school fees")
        ok(dialog)

    when_dialog(note)
    page.note_action.trigger()
    qtbot.waitUntil(lambda: page.notes_model.rowCount() == 1)
    assert page.notes_model.row_at(0).text == "Calm; worried about school fees"

    today = plant_today()
    late, later = today - dt.timedelta(days=3), today + dt.timedelta(days=20)

    def case(dialog: QDialog) -> None:
        type_into(dialog, QLineEdit, "caseHardship", "School fees")
        type_into(
            dialog,
            QPlainTextEdit,
            "casePlan",
            f"{late.isoformat()} Apply for a school grant\n{later.isoformat()} Visit again",
        )
        ok(dialog)

    when_dialog(case)
    page.case_action.trigger()
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == 1)
    assert QApplication.activeModalWidget() is None
    opened = page.cases_model.row_at(0)
    assert (opened.person, opened.hardship, opened.overdue_steps) == (ward_name, "School fees", 1)
    assert [(s.action, s.due_on, s.overdue) for s in opened.steps] == [
        ("Apply for a school grant", late, True),
        ("Visit again", later, False),
    ]
    page.cases_view.selectRow(0)
    assert page.steps_model.rowCount() == 2 and not page.close_action.isEnabled()  # not by the one who opened it

    for row in range(2):
        page.cases_view.selectRow(0)
        page.steps_view.selectRow(row)
        assert page.done_action.isEnabled()

        def done(dialog: QDialog) -> None:
            type_into(dialog, QPlainTextEdit, "careText", "Done")
            ok(dialog)

        when_dialog(done)
        page.done_action.trigger()
        qtbot.waitUntil(lambda row=row: sum(s.done_on is not None for s in page.cases_model.row_at(0).steps) == row + 1)

    log_in(context, "DH0001")  # the grid leader confirms (对账销户)
    page.reload()
    page.cases_view.selectRow(0)
    assert page.close_action.isEnabled()

    def close(dialog: QDialog) -> None:
        type_into(dialog, QPlainTextEdit, "careText", "Checked")
        ok(dialog)

    when_dialog(close)
    page.close_action.trigger()
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == 0)
    page.show_closed.setChecked(True)
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == 1)
    assert page.cases_model.row_at(0).closing_note == "Checked"
    with services.db.read() as s:
        actions = list(s.scalars(select(AuditRecord.action).where(AuditRecord.action == "care.read_file")))
    assert len(actions) >= 3  # each opening of the file, by the guardian and the leader
    tab.close()
