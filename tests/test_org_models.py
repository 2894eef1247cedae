"""The organisation tab's Qt models, checked by qtmodeltester (the C++ tester) over the demo plant."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from gridapp.services import Services
from tests.org_helpers import unit
from tests.test_org_roster import HEADERS, TEAM, workbook
from ui.org.coverage_dialog import GapModel, UnitCoverageModel
from ui.org.import_dialog import RosterPreviewModel
from ui.org.list_models import AreaTableModel, AssignmentColumn, AssignmentTableModel, GuardianshipTableModel
from ui.org.people_model import PeopleTableModel, PersonColumn
from ui.org.pickers import UnitListModel
from ui.org.role_dialogs import RoleCatalogueModel
from ui.org.unit_tree_model import UNIT_MIME, UnitColumn, UnitTreeModel
from ui.paged_model import PAGE_SIZE
from ui.roles import ROW_ROLE


def test_unit_tree_model_is_a_correct_qt_model(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    model = UnitTreeModel()
    model.set_units(services.org.units())
    qtmodeltester.check(model)
    root = model.index(0, 0)
    assert root.data() == "东湖水厂"
    assert model.index(0, UnitColumn.PEOPLE).data() == 58
    grid = model.index(0, 0, root)
    assert model.rowCount(grid) == 5  # five workshop zones
    zone = model.index(0, 0, grid)
    assert model.parent(zone) == grid
    assert model.index_of(zone.data(ROW_ROLE).id) == zone
    assert not model.flags(root) & Qt.ItemFlag.ItemIsDragEnabled  # the plant stays on top
    assert model.flags(zone) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.mimeData([zone]).hasFormat(UNIT_MIME)


def test_people_model_pages_and_sorts_in_the_database(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    model = PeopleTableModel()
    model.set_service(services.org)
    plant = services.org.units()[0]
    model.set_unit(plant.id)
    assert model.total == 58 and model.rowCount() == min(58, PAGE_SIZE)
    qtmodeltester.check(model)
    assert model.index(0, PersonColumn.EMPLOYEE_NO).data() == "DH0001"
    model.sort(PersonColumn.EMPLOYEE_NO, Qt.SortOrder.DescendingOrder)
    assert model.index(0, PersonColumn.EMPLOYEE_NO).data() == "DH0058"
    statuses = {model.index(r, PersonColumn.PARTY_STATUS).data() for r in range(model.rowCount())}
    assert "Party member" in statuses or "正式党员" in statuses
    model.set_filter("xdm")
    assert model.total == 2
    qtmodeltester.check(model)


def test_list_models_are_correct_qt_models(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    org = services.org
    grid = unit(services, "DH-W").id
    roles = AssignmentTableModel()
    roles.set_rows(org.roles.history(unit_id=grid))
    qtmodeltester.check(roles)
    roles.sort(AssignmentColumn.STARTS, Qt.SortOrder.DescendingOrder)
    assert roles.rowCount() == 9
    links = GuardianshipTableModel()
    links.set_rows(org.guardianship.links(grid))
    qtmodeltester.check(links)
    areas = AreaTableModel()
    areas.set_rows(org.areas.areas(grid))
    qtmodeltester.check(areas)
    unclaimed = next(r for r in range(areas.rowCount()) if not areas.row_at(r).claimer_id)
    assert areas.index(unclaimed, 3).data(Qt.ItemDataRole.ForegroundRole) == Qt.GlobalColor.red
    catalogue = RoleCatalogueModel(lambda role, name, in_use: None)
    catalogue.set_rows(org.roles.roles())
    qtmodeltester.check(catalogue)
    units = UnitListModel(org.units())
    qtmodeltester.check(units)
    assert units.index(2, 0).data().startswith("　　")  # indented by depth


def test_coverage_models_are_correct_qt_models(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    report = services.org.guardianship.coverage(unit(services, "DH").id)
    units = UnitCoverageModel()
    units.set_rows(report.units)
    qtmodeltester.check(units)
    for areas, rows in ((False, report.unguarded), (True, report.unclaimed)):
        gaps = GapModel(areas)
        gaps.set_rows(rows)
        qtmodeltester.check(gaps)


def test_roster_preview_model_is_a_correct_qt_model(qtmodeltester, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = workbook(
        tmp_path / "r.xlsx", [[1, "ＤＨ１", "张伟", "男", TEAM, "", "", "群众"], [2, "DH2", None, "", "无", "", "", ""]]
    )
    model = RosterPreviewModel()
    model.set_preview(services.org.roster.preview(path))
    qtmodeltester.check(model)
    assert model.columnCount() == 4 + len(HEADERS) - 1  # the 序号 column is not a field; changes and problems are
    model.set_only_problems(True)
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_person_picker_model_is_a_correct_qt_model(qapp, qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    from ui.org.pickers import PersonPicker

    picker = PersonPicker(lambda text: services.org.search_people(text))
    picker.text.setText("xdm")
    picker.refresh()
    qtmodeltester.check(picker.model)
    assert picker.model.rowCount() == 2 and picker.person() is not None
    picker.deleteLater()
