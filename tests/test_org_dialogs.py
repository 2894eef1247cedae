"""The organisation's dialogs that work in the background: the Excel import preview and import, the coverage check
with its print preview, the org chart and placard previews, areas with a photo, and the role catalogue."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox, QPushButton

from gridapp.org.roster_preview import RowAction
from gridapp.services import Services
from tests.org_helpers import person, unit
from tests.org_ui import _dialog_failures, _tab_fixture, names_below, ok, select_unit, when_dialog  # noqa: F401
from tests.test_org_roster import TEAM, workbook
from ui.org.coverage_dialog import CoverageDialog
from ui.org.import_dialog import RosterImportDialog
from ui.org.tab import OrgTab, Page
from ui.print_preview import PrintPreviewDialog


def wait_for_preview(qtbot, handle=None):  # type: ignore[no-untyped-def]
    """Wait for the print preview to render its pages, check them, and close it."""
    seen: list[int] = []

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, PrintPreviewDialog)
        qtbot.waitUntil(lambda: dialog.pages.count() > 0, timeout=20_000)
        seen.append(dialog.pages.count())
        if handle:
            handle(dialog)
        dialog.reject()

    when_dialog(check)
    return seen


def test_import_preview_blocks_a_file_with_errors_and_imports_a_clean_one(qtbot, tab: OrgTab, services: Services,
                                                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    bad = workbook(
        tmp_path / "bad.xlsx",
        [[1, "DH2001", "张伟", "男", TEAM, "", "", ""], [2, "DH2001", "", "", "无此单位", "", "", ""]],
    )
    dialog = RosterImportDialog(services.org, bad, tab.changes.actor, tab)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=10_000)  # step 1: the columns were found
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 2 and dialog.preview.count(RowAction.ERROR) == 2
    assert "2" in dialog.summary.text()
    dialog.close()

    good = workbook(tmp_path / "good.xlsx", [[1, "DH2001", "张伟", "男", TEAM, "加药工", "13900000001", "群众"]])
    dialog = RosterImportDialog(services.org, good, tab.changes.actor, tab)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=10_000)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert person(services, "DH2001").team == "加药班"


def test_import_through_the_tab_refreshes_the_tree(qtbot, tab: OrgTab, services: Services, tmp_path: Path,
                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    good = workbook(tmp_path / "good.xlsx", [[1, "DH2002", "李娜", "女", TEAM, "", "", "中共党员"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))

    def run(dialog: QDialog) -> None:
        assert isinstance(dialog, RosterImportDialog)
        qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=10_000)
        dialog.next_button.click()
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        dialog.import_button.click()

    when_dialog(run)
    tab.actions_.import_roster.trigger()
    qtbot.waitUntil(lambda: tab.units.unit(unit(services, "DH-W-02-1").id).people == 10, timeout=10_000)


def test_export_writes_the_workbook_in_the_background(qtbot, tab: OrgTab, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "导出"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    select_unit(tab, "DH")
    tab.actions_.export_roster.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert (tmp_path / "导出.xlsx").stat().st_size > 5000


def test_coverage_dialog_lists_the_gaps_and_prints(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = CoverageDialog(services.org, unit(services, "DH").id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.people.rowCount() == len(dialog.report.unguarded) > 0
    assert dialog.areas.rowCount() == 1  # the demo's 会议室
    assert dialog.units.rowCount() == 13
    pages = wait_for_preview(qtbot)
    dialog.print_button.click()
    assert pages and pages[0] >= 1


def test_org_chart_and_placards_preview(qtbot, tab: OrgTab) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W")
    pages = wait_for_preview(qtbot)
    tab.actions_.org_chart.trigger()
    assert pages and pages[0] >= 1
    tab.pages.setCurrentIndex(Page.AREAS)
    tab.areas_table.selectRow(0)
    pages = wait_for_preview(qtbot)
    tab.actions_.print_placards.trigger()
    assert pages == [1]


def test_add_an_area_with_a_photo_then_undo(
    qtbot, tab: OrgTab, services: Services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    picture = tmp_path / "泵房.png"
    Image.new("RGB", (640, 480), (10, 120, 200)).save(picture)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    select_unit(tab, "DH-W-03")
    tab.pages.setCurrentIndex(Page.AREAS)
    before = tab.areas_model.rowCount()

    def fill(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit, "areaName").insert("反冲洗泵房")
        dialog.claimer.text.setText("DH0033")
        dialog.claimer.refresh()
        assert dialog.claimer.person() is not None
        choose = next(b for b in dialog.findChildren(QPushButton) if b.text() in ("Choose photo…", "选择照片…"))
        choose.click()
        assert dialog.photo is not None
        ok(dialog)

    when_dialog(fill)
    tab.actions_.add_area.trigger()
    assert tab.areas_model.rowCount() == before + 1
    added = next(
        tab.areas_model.row_at(r)
        for r in range(tab.areas_model.rowCount())
        if tab.areas_model.row_at(r).name == "反冲洗泵房"
    )
    assert added.has_photo and added.claimer == person(services, "DH0033").name
    tab.actions_.undo.trigger()
    assert tab.areas_model.rowCount() == before


def test_role_catalogue_renames_and_takes_roles_into_use(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    def edit(dialog: QDialog) -> None:
        model = dialog.model
        row = next(r for r in range(model.rowCount()) if model.row_at(r).code == "diagnosis")
        model.setData(model.index(row, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        assert model.row_at(row).in_use  # reloaded after the change
        row = next(r for r in range(model.rowCount()) if model.row_at(r).code == "tackling")
        model.setData(model.index(row, 0), "技术攻关员", Qt.ItemDataRole.EditRole)
        dialog.accept()

    when_dialog(edit)
    tab.actions_.role_catalogue.trigger()
    roles = {r.code: r for r in services.org.roles.roles()}
    assert roles["diagnosis"].in_use and roles["tackling"].name == "技术攻关员"
    select_unit(tab, "DH-W")
    assert "诊治员" in tab.unit_header.text()  # now an empty officer role: flagged
    tab.actions_.undo.trigger()
    tab.actions_.undo.trigger()
    roles = {r.code: r for r in services.org.roles.roles()}
    assert not roles["diagnosis"].in_use and roles["tackling"].name == "攻关员"
    assert QApplication.activeModalWidget() is None
    assert names_below(tab, "DH-W")
