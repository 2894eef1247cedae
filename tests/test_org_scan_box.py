"""The scan box through the widgets: F7 from anywhere or the organisation tab's search field takes a scanned
place code (a USB scanner types it and presses Enter), shows the place, and one more Enter opens the quick
report there (pytest-qt)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import main
from gridapp.db.database import Database
from gridapp.issues.rows import IssueFilter
from gridapp.services import Services
from tests.org_helpers import unit
from tests.org_ui import _dialog_failures, _tab_fixture  # noqa: F401
from tests.session_helpers import sign_in
from ui.issues.quick_report import QuickReportDialog
from ui.main_window import MainWindow
from ui.org.tab import OrgTab, Page
from ui.scan_box import ScanDialog


def scan(qtbot, target, text: str) -> None:  # type: ignore[no-untyped-def]
    """What a barcode scanner in keyboard mode does: the characters, then Enter."""
    QTest.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_a_placard_scanned_into_the_search_field_opens_the_area_and_reports_there(
    qtbot, tab: OrgTab, services: Services
) -> None:  # type: ignore[no-untyped-def]
    area = services.org.areas.areas(unit(services, "DH").id)[1]
    select = tab.search
    select.setFocus()
    scan(qtbot, select, f"RG:AREA:{area.code}")
    qtbot.waitUntil(lambda: tab.findChild(ScanDialog) is not None)
    dialog = tab.findChild(ScanDialog)
    assert [p.id for p in dialog.places] == [area.id]
    assert area.name in dialog.place.text() and area.unit in dialog.place.text()
    assert tab.search.text() == ""  # the code is not left as a people filter
    assert dialog.report.isDefault()
    # Show in the organisation: the area's unit in the tree, the area selected in the areas page.
    dialog.show_button.click()
    assert tab.current_unit().id == area.unit_id and tab.pages.currentIndex() == Page.AREAS
    assert [a.id for a in tab.selected_areas()] == [area.id]


def test_f7_from_anywhere_then_enter_reports_at_the_scanned_area(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    path = demo_db.location.path
    demo_db.dispose()
    window: MainWindow = main.launch(str(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    services = window.services
    assert services is not None
    sign_in(qtbot, window, "DH0020")
    area = services.org.areas.areas(unit(services, "DH").id)[0]
    window.tabs.setCurrentIndex(2)  # the inspection cards: "from anywhere"
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.findChild(ScanDialog) is not None)
    dialog = window.findChild(ScanDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.code.hasFocus()
    scan(qtbot, dialog.code, "rg:area:nothing")  # not a code: said so, the box keeps the focus
    assert dialog.places == [] and "rg:area:nothing" in dialog.place.text() and not dialog.report.isEnabled()
    dialog.code.clear()
    scan(qtbot, dialog.code, f"RG:AREA:{area.code}")
    assert [p.id for p in dialog.places] == [area.id]
    assert dialog.report.hasFocus()
    qtbot.keyClick(dialog.report, Qt.Key.Key_Return)  # the one key: 一键上报 here
    qtbot.waitUntil(lambda: window.findChild(QuickReportDialog) is not None)
    report = window.findChild(QuickReportDialog)
    assert report.unit.currentData() == area.unit_id and report.area.currentData() == area.id
    report.what.setText("泵房照明灯不亮")
    report.category.setCurrentIndex(max(report.category.findData("safety"), 0))
    with qtbot.waitSignal(report.reported, timeout=10_000):
        report.save()
    (row,) = services.issues.page(IssueFilter(text="照明灯不亮"))
    assert row.unit_id == area.unit_id
    window.close()
    services.close()
