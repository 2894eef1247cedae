"""The role rules through the organisation tab: a zone without a lead marked in the tree, a non-member appointed
only after a question, and the catalogue's "party members only" box (pytest-qt)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from gridapp.org.kinds import RoleKind
from gridapp.services import Services
from tests.org_helpers import unit
from tests.org_ui import _dialog_failures, _tab_fixture, ok, select_unit, when_dialog, yesterday  # noqa: F401
from ui.org.role_dialogs import RoleColumn
from ui.org.tab import OrgTab, Page


def test_ending_a_zone_lead_marks_the_zone_in_the_tree(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W-04")
    tab.pages.setCurrentIndex(Page.ROLES)
    row = next(
        r for r in range(tab.roles_model.rowCount()) if tab.roles_model.row_at(r).role_kind == RoleKind.ZONE_LEAD
    )
    tab.roles_table.selectRow(row)
    when_dialog(yesterday)
    tab.actions_.end_role.trigger()
    zone = tab.units.index_of(unit(services, "DH-W-04").id)
    assert zone.data(Qt.ItemDataRole.DecorationRole) is not None  # the tree's warning icon
    assert "no active zone lead" in zone.data(Qt.ItemDataRole.ToolTipRole)  # the tests run untranslated
    assert "⚠" in tab.unit_header.text()
    tab.actions_.undo.trigger()
    assert tab.units.index_of(unit(services, "DH-W-04").id).data(Qt.ItemDataRole.DecorationRole) is None


def test_appointing_a_non_member_asks_first(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    select_unit(tab, "DH-W")
    tab.search.setText("DH0013")  # 邓建华, 群众
    qtbot.waitUntil(lambda: tab.people.total == 1)
    tab.table.selectRow(0)
    asked: list[str] = []

    def script(*steps: str) -> None:
        """Answer the dialogs as they come: "fill" the role dialog, "no"/"yes" the question, "cancel"."""
        todo = list(steps)

        def step(dialog: QDialog) -> None:
            what = todo.pop(0)
            if isinstance(dialog, QMessageBox):
                asked.append(dialog.text())
                dialog.button(
                    QMessageBox.StandardButton.Yes if what == "yes" else QMessageBox.StandardButton.No
                ).click()
            elif what == "fill":
                dialog.role.setCurrentIndex(dialog.role.findText("宣传员（", Qt.MatchFlag.MatchStartsWith))
                ok(dialog)
            else:
                dialog.reject()
            if todo:
                QTimer.singleShot(50, lambda: when_dialog(step))

        when_dialog(step)

    # "No" returns to the role dialog (what was typed is kept), which is then cancelled: nothing is appointed.
    script("fill", "no", "cancel")
    tab.actions_.assign_role.trigger()
    assert len(asked) == 1 and "邓建华" in asked[0] and "宣传员" in asked[0]
    held = [a.person_name for a in services.org.unit_roles(unit(services, "DH-W").id) if a.role_name == "宣传员"]
    assert "邓建华" not in held
    # "Yes" appoints, and the grid is flagged.
    script("fill", "yes")
    tab.actions_.assign_role.trigger()
    held = [a.person_name for a in services.org.unit_roles(unit(services, "DH-W").id) if a.role_name == "宣传员"]
    assert "邓建华" in held and len(asked) == 2
    grid = tab.units.index_of(unit(services, "DH-W").id)
    assert grid.data(Qt.ItemDataRole.DecorationRole) is not None


def test_the_catalogue_chooses_the_roles_for_party_members(qtbot, tab: OrgTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    def edit(dialog: QDialog) -> None:
        model = dialog.model
        row = next(r for r in range(model.rowCount()) if model.row_at(r).code == "publicity")
        index = model.index(row, RoleColumn.PARTY)
        assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        assert not model.row_at(row).party_required  # reloaded after the change
        dialog.accept()

    when_dialog(edit)
    tab.actions_.role_catalogue.trigger()
    assert not {r.code: r for r in services.org.roles.roles()}["publicity"].party_required
    tab.actions_.undo.trigger()
    assert {r.code: r for r in services.org.roles.roles()}["publicity"].party_required
