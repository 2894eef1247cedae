"""The organisation tab's Qt models, checked by qtmodeltester over the demo plant."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gridapp.services import Services
from ui.org.people_model import PAGE_SIZE, PeopleTableModel, PersonColumn
from ui.org.unit_tree_model import UnitColumn, UnitTreeModel
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
