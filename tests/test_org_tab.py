"""The organisation tab driven like a user: add, move (the action and a drop), assign a role, undo and redo,
through the widgets; the database is checked after each step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from gridapp.org.kinds import RoleKind
from gridapp.services import Services
from tests.org_helpers import person, unit
from tests.org_ui import (  # noqa: F401
    _dialog_failures,
    _tab_fixture,
    names_below,
    ok,
    press_undo,
    select_unit,
    when_dialog,
    yesterday,
)
from ui.org.people_model import PersonColumn
from ui.org.pickers import UnitPicker
from ui.org.tab import OrgTab, Page
from ui.org.unit_tree_model import UNIT_MIME


def test_add_a_unit_then_undo_and_redo(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W")

    def fill(dialog: QDialog) -> None:
        assert dialog.findChild(QLineEdit, "unitCode").text() == "DH-W-06"  # suggested from the siblings
        name = dialog.findChild(QLineEdit, "unitName")
        name.insert("污泥处理车间责任区")  # typed through the input method
        ok(dialog)

    when_dialog(fill)
    tab.actions_.add_unit.trigger()
    assert names_below(tab, "DH-W")[-1] == "污泥处理车间责任区"
    assert tab.current_unit().code == "DH-W-06"  # the new unit is selected
    assert unit(services, "DH-W-06").name == "污泥处理车间责任区"

    press_undo(qtbot, tab, tab.tree)
    assert "污泥处理车间责任区" not in names_below(tab, "DH-W")
    assert "DH-W-06" not in {u.code for u in services.org.units()}
    tab.actions_.redo.trigger()
    assert names_below(tab, "DH-W")[-1] == "污泥处理车间责任区"


def test_a_taken_code_keeps_the_dialog_open_with_what_was_typed(qtbot, tab: OrgTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    select_unit(tab, "DH-W")
    seen: list[str] = []

    def first(dialog: QDialog) -> None:
        code = dialog.findChild(QLineEdit, "unitCode")
        code.setText("DH-W-01")
        dialog.findChild(QLineEdit, "unitName").insert("重复编码")  # typed through the input method
        when_dialog(second)  # the same dialog comes back after the refusal
        ok(dialog)

    def second(dialog: QDialog) -> None:
        seen.append(dialog.findChild(QLineEdit, "unitName").text())
        dialog.reject()

    when_dialog(first)
    tab.actions_.add_unit.trigger()
    assert warnings and "DH-W-01" in warnings[0]
    assert seen == ["重复编码"]
    assert tab.changes.stack.count() == 0


def test_move_a_unit_with_the_action_and_by_dropping_it(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W-04-2")  # 中控室 under 送水车间

    def choose(dialog: QDialog) -> None:
        picker = dialog.findChild(UnitPicker, "moveTarget")
        picker.set_unit(unit(services, "DH-W-05").id)
        ok(dialog)

    when_dialog(choose)
    tab.actions_.move_unit.trigger()
    assert names_below(tab, "DH-W-05") == ["机电维修班", "中控室"]
    assert tab.current_unit().code == "DH-W-04-2"

    # Drop it back as the first child of 送水车间, the way the tree view delivers a drop.
    target = tab.units.index_of(unit(services, "DH-W-04").id)
    data = tab.units.mimeData([tab.units.index_of(unit(services, "DH-W-04-2").id)])
    assert data.hasFormat(UNIT_MIME)
    assert tab.units.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    tab.units.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    qtbot.waitUntil(lambda: names_below(tab, "DH-W-04") == ["中控室", "送水泵房班"])
    # A unit cannot be dropped into itself.
    own = tab.units.index_of(unit(services, "DH-W-04-2").id)
    assert not tab.units.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, own)

    tab.actions_.undo.trigger()
    assert names_below(tab, "DH-W-05") == ["机电维修班", "中控室"]
    tab.actions_.undo.trigger()
    assert names_below(tab, "DH-W-04") == ["送水泵房班", "中控室"]
    assert [u.code for u in services.org.units() if u.parent_id == unit(services, "DH-W-04").id] == [
        "DH-W-04-1",
        "DH-W-04-2",
    ]


def test_drop_people_onto_a_unit_and_undo(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W-01-1")
    assert tab.people.total == 8
    tab.table.selectRow(0)
    tab.table.selectionModel().select(
        tab.people.index(1, 0),
        tab.table.selectionModel().SelectionFlag.Select | tab.table.selectionModel().SelectionFlag.Rows,
    )
    moved = [p.id for p in tab.selected_people()]
    assert len(moved) == 2
    data = tab.people.mimeData([tab.people.index(0, 0), tab.people.index(1, 0)])
    target = tab.units.index_of(unit(services, "DH-W-02-1").id)
    tab.units.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    qtbot.waitUntil(lambda: tab.people.total == 6)
    assert unit(services, "DH-W-02-1").people == 11
    tab.actions_.undo.trigger()
    assert tab.people.total == 8 and unit(services, "DH-W-02-1").people == 9


def test_assign_a_role_through_the_widgets_then_undo(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W")
    tab.search.setText("DH0015")
    qtbot.waitUntil(lambda: tab.people.total == 1)
    tab.table.selectRow(0)
    assert tab.current_person().employee_no == "DH0015"
    assert "常雪莲" in tab.detail.text()

    def fill(dialog: QDialog) -> None:
        roles = dialog.role
        roles.setCurrentIndex(roles.findText("宣传员（", Qt.MatchFlag.MatchStartsWith))
        assert dialog.person.person().employee_no == "DH0015"  # the selected person is proposed
        ok(dialog)

    when_dialog(fill)
    tab.actions_.assign_role.trigger()
    held = [a for a in services.org.unit_roles(unit(services, "DH-W").id) if a.role_name == "宣传员"]
    assert sorted(a.person_name for a in held) == ["常雪莲", "徐静怡"]
    tab.pages.setCurrentIndex(Page.ROLES)
    assert "常雪莲" in [tab.roles_model.row_at(r).person_name for r in range(tab.roles_model.rowCount())]
    assert "宣传员" in tab.detail.text()

    press_undo(qtbot, tab, tab.table)
    held = [a for a in services.org.unit_roles(unit(services, "DH-W").id) if a.role_name == "宣传员"]
    assert [a.person_name for a in held] == ["徐静怡"]
    assert "常雪莲" not in [tab.roles_model.row_at(r).person_name for r in range(tab.roles_model.rowCount())]


def test_ending_the_leaders_flags_the_grid(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W")
    tab.pages.setCurrentIndex(Page.ROLES)
    for _ in range(2):
        row = next(
            r for r in range(tab.roles_model.rowCount())
            if tab.roles_model.row_at(r).role_kind == RoleKind.LEADER and tab.roles_model.row_at(r).ends_on is None
        )  # fmt: skip
        tab.roles_table.selectRow(row)
        when_dialog(yesterday)  # the last day held
        tab.actions_.end_role.trigger()
    header = tab.unit_header.text()
    assert "⚠" in header
    grid = tab.units.index_of(unit(services, "DH-W").id)
    assert grid.data(Qt.ItemDataRole.DecorationRole) is not None  # the tree marks the grid
    tab.actions_.undo.trigger()
    tab.actions_.undo.trigger()
    assert tab.units.index_of(unit(services, "DH-W").id).data(Qt.ItemDataRole.DecorationRole) is None


def test_delete_a_team_moving_its_people_then_undo(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W-03-1")

    def confirm(dialog: QDialog) -> None:
        picker = dialog.findChild(UnitPicker, "reassignTarget")
        assert picker is not None and picker.unit().code == "DH-W-03"  # the parent is proposed
        ok(dialog)

    when_dialog(confirm)
    tab.actions_.delete_unit.trigger()
    assert "沉淀过滤班" not in names_below(tab, "DH-W-03")
    assert unit(services, "DH-W-03").people == 9
    assert tab.current_unit().code == "DH-W-03"
    tab.actions_.undo.trigger()
    assert names_below(tab, "DH-W-03") == ["沉淀过滤班"]
    assert unit(services, "DH-W-03-1").people == 8


def test_search_filters_the_people_of_the_unit(qtbot, tab: OrgTab) -> None:  # type: ignore[no-untyped-def]
    tab.actions_.find.trigger()
    QTest.keyClicks(tab.search, "xdm")
    qtbot.waitUntil(lambda: tab.people.total == 2)
    names = {tab.people.index(r, PersonColumn.NAME).data() for r in range(tab.people.rowCount())}
    assert names == {"熊德明", "许德明"}
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.people.total == 58)


def test_add_a_person_and_mark_as_left_then_undo(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W-02-1")

    def fill(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit, "personName").insert("新同事")  # typed through the input method
        dialog.findChild(QLineEdit, "personEmployeeNo").insert("ＤＨ０２００")  # typed through the input method
        ok(dialog)

    when_dialog(fill)
    tab.actions_.add_person.trigger()
    added = person(services, "DH0200")
    assert added.name == "新同事" and added.team == "加药班"
    assert tab.current_person() is not None and tab.current_person().id == added.id
    when_dialog(ok)
    tab.actions_.mark_left.trigger()
    assert person(services, "DH0200").left_on is not None
    tab.actions_.undo.trigger()
    assert person(services, "DH0200").left_on is None
    tab.actions_.undo.trigger()
    assert services.org.search_people("DH0200") == []


def test_pages_list_roles_links_and_areas(qtbot, tab: OrgTab) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W")
    for page, model, least in ((Page.ROLES, tab.roles_model, 14), (Page.GUARDIANSHIP, tab.links_model, 20),
                               (Page.AREAS, tab.areas_model, 10)):  # fmt: skip
        tab.pages.setCurrentIndex(page)
        assert model.rowCount() >= least, page
    assert "徐静怡" in tab.unit_header.text() and "余学军" in tab.unit_header.text()


def widget_named(parent: QWidget, name: str) -> QWidget:
    found = parent.findChild(QWidget, name)
    assert found is not None, name
    return found
