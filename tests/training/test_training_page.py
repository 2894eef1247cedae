"""The training page of the organisation tab, driven as a user would on the demo plant (the branch secretary logged
in): the team's required hours set, a session recorded with two people ticked by keyboard, the matrix and the
shortfall list following it, a signed sheet imported into the session, and the sign-in sheet printed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QPushButton,
    QTableView,
)

from gridapp.security.rights import plant_today
from gridapp.services import Services
from gridapp.training.kinds import RequirementPeriod, TrainingKind
from tests.org_helpers import unit
from tests.org_ui import _dialog_failures, _tab_fixture, when_dialog  # noqa: F401  (fixtures)
from tests.test_org_dialogs import wait_for_preview
from ui.org.tab import OrgTab, Page
from ui.training import page as page_module


def test_training_recorded_and_the_matrix_follows(
    qtbot, tab: OrgTab, services: Services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    team = unit(services, "DH-W-01-1")  # 取水泵房班
    tab.select_unit(team.id)
    tab.pages.setCurrentIndex(Page.TRAINING)
    page = tab.training_page
    qtbot.waitUntil(lambda: page.matrix_model.rowCount() > 0)
    people = page.matrix_model.rowCount()
    assert people >= 3
    assert page.record_action.isEnabled() and page.required_action.isEnabled()
    assert page.shortfall_model.rowCount() == 0  # nothing required yet

    def require(dialog: QDialog) -> None:  # 4 h of 领学 a year for the team
        dialog.findChild(QCheckBox, f"requirementOwn_{TrainingKind.LEAD.value}").setChecked(True)
        hours = dialog.findChild(QDoubleSpinBox, f"requirementHours_{TrainingKind.LEAD.value}")
        hours.setFocus()
        hours.selectAll()
        QTest.keyClicks(hours, "4")
        QTest.keyClick(hours, Qt.Key.Key_Return)

    when_dialog(require)
    page.required_action.trigger()
    qtbot.waitUntil(lambda: page.shortfall_model.rowCount() == people)
    req = services.training.requirements(team.id)
    assert [(r.kind, r.period, r.hours) for r in req] == [(TrainingKind.LEAD, RequirementPeriod.YEARLY, 4.0)]
    page.span.setCurrentIndex(0)  # the whole year: 4 h required of each
    ticked: list[str] = []

    def record(dialog: QDialog) -> None:
        topic = dialog.findChild(QLineEdit, "trainingTopic")
        topic.setFocus()
        QTest.keyClicks(topic, "PSA pump overhaul")  # QTest types ASCII only
        hours = dialog.findChild(QDoubleSpinBox, "trainingHours")
        hours.selectAll()
        QTest.keyClicks(hours, "4")
        table = dialog.findChild(QTableView, "trainingAttendees")
        table.setFocus()
        table.selectRow(0)
        QTest.keyClick(table, Qt.Key.Key_Space)
        table.selectRow(1)
        QTest.keyClick(table, Qt.Key.Key_Space)
        model = table.model()
        ticked.extend(model.index(r, 0).data() for r in (0, 1))
        assert dialog.findChild(QComboBox, "trainingClassroom").currentText() == "实践课堂"
        topic.setFocus()
        QTest.keyClick(topic, Qt.Key.Key_Return)  # the default button: OK

    when_dialog(record)
    page.record_action.trigger()
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 1)
    assert QApplication.activeModalWidget() is None
    session = page.sessions_model.row_at(0)
    assert (session.topic, session.hours, session.attendees, session.held_on) == (
        "PSA pump overhaul",
        4,
        2,
        plant_today(),
    )
    by_name = {r.name: r for r in page.matrix_model.matrix.rows}  # type: ignore[union-attr]
    assert all(by_name[n].hours[0] == 4 and not by_name[n].is_short for n in ticked)
    assert page.shortfall_model.rowCount() == people - 2
    page.only_short.setChecked(True)
    assert page.matrix_model.rowCount() == people - 2

    # the signed sheet of the session: one more person of the team
    others = [r.name for r in page.matrix_model.matrix.rows if r.name not in ticked]  # type: ignore[union-attr]
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["培训签到表"])
    ws.append(["序号", "姓名", "单位", "签到时间", "签名"])
    ws.append([1, ticked[0], team.name, "08:30", ticked[0]])
    ws.append([2, others[0], team.name, "08:31", others[0]])
    path = tmp_path / "签到表.xlsx"
    book.save(path)
    monkeypatch.setattr("ui.file_dialogs.open_file_name", lambda *_a, **_k: path)
    page.sessions_view.selectRow(0)

    def import_sheet(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: dialog.findChild(QPushButton, "importNext").isEnabled(), timeout=10_000)
        dialog.findChild(QPushButton, "importNext").click()
        button = dialog.findChild(QPushButton, "importButton")
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
        assert dialog.findChild(QTableView, "signInPreview").model().rowCount() == 2
        button.click()

    when_dialog(import_sheet)
    page.import_action.trigger()
    qtbot.waitUntil(
        lambda: page.sessions_model.rowCount() == 1 and page.sessions_model.row_at(0).attendees == 3, timeout=10_000
    )
    assert page.shortfall_model.rowCount() == people - 3

    # the blank sign-in sheet prints
    page.sessions_view.selectRow(0)
    pages = wait_for_preview(qtbot)
    page.sheet_action.trigger()
    assert pages == [1]
    assert page_module.span_of(2025, 2) == (plant_today().replace(2025, 4, 1), plant_today().replace(2025, 6, 30))
