"""The meetings page of the organisation tab: a meeting recorded with its attendance by keyboard, the matrix
following it, and the absence without reason proposing its deduction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QTableView

from gridapp.party_life.kinds import Attendance, MeetingStatus
from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.rows import EntryQuery
from gridapp.security.rights import plant_today
from gridapp.services import Services
from tests.org_helpers import unit
from tests.org_ui import _dialog_failures, _tab_fixture, when_dialog  # noqa: F401  (fixtures)
from tests.test_org_dialogs import wait_for_preview
from ui.org.tab import OrgTab, Page


def test_a_meeting_recorded_by_keyboard(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    team = unit(services, "DH-W-01-1")  # 取水泵房班
    tab.select_unit(team.id)
    tab.pages.setCurrentIndex(Page.MEETINGS)
    page = tab.meetings_page
    qtbot.waitUntil(lambda: page.matrix_model.rowCount() > 0)
    assert page.record_action.isEnabled()  # the branch secretary is logged in
    month = plant_today().month
    group_row = next(r for r in page.matrix_model.matrix.rows if r.kind == "党小组会")  # type: ignore[union-attr]
    assert group_row.cells[month - 1].status is MeetingStatus.OPEN
    marked: dict[str, Attendance] = {}

    def fill(dialog: QDialog) -> None:
        kind = dialog.findChild(QComboBox, "meetingKind")
        kind.setFocus()
        while kind.currentText() != "党小组会":
            kind.setCurrentIndex(kind.currentIndex() + 1)
        topic = dialog.findChild(QLineEdit, "meetingTopic")
        topic.setFocus()
        QTest.keyClicks(topic, "QC: PSA")  # QTest types ASCII only; an input method types the Chinese
        table = dialog.findChild(QTableView, "attendanceTable")
        model = table.model()
        assert model.rowCount() >= 2
        table.setFocus()
        table.selectRow(0)
        QTest.keyClick(table, Qt.Key.Key_4)  # absent without reason; the next row is selected
        QTest.keyClick(table, Qt.Key.Key_2)  # sick leave
        for row in range(model.rowCount()):
            marked[model.row_at(row).name] = model.row_at(row).attendance
        topic.setFocus()
        QTest.keyClick(topic, Qt.Key.Key_Return)  # the default button: OK

    when_dialog(fill)
    page.record_action.trigger()
    qtbot.waitUntil(lambda: page.meetings_model.rowCount() == 1)
    assert QApplication.activeModalWidget() is None
    row = page.meetings_model.row_at(0)
    assert (row.kind, row.topic, row.unit) == ("党小组会", "QC: PSA", team.name)
    assert (row.present, row.absent, row.absent_without_reason) == (len(marked) - 2, 2, 1)
    assert sorted(marked.values()).count(Attendance.NO_REASON) == 1
    assert row.held_on == plant_today()  # the plant's day, not this PC's
    group_row = next(r for r in page.matrix_model.matrix.rows if r.kind == "党小组会")  # type: ignore[union-attr]
    assert group_row.cells[row.held_on.month - 1].status is MeetingStatus.DONE
    absent = next(name for name, mark in marked.items() if mark is Attendance.NO_REASON)
    proposed = services.scoring.entries.all(EntryQuery("star", status=EntryStatus.PROPOSED))
    assert [e.person_name for e in proposed if e.source is EntrySource.MEETING_ABSENT] == [absent]
    # the record sheet prints
    page.meetings_view.selectRow(0)
    pages = wait_for_preview(qtbot)
    page.print_action.trigger()
    assert pages == [1]
