"""The roster import dialog's second step: the two choices re-check the rows (空白即清空 listing what it would clear,
new units listed with their parent), notes between the rows, the filter, and a refusal in the organisation's words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from gridapp.org.roster_preview import RowAction
from gridapp.services import Services
from tests.org.test_roster_messy import GRID, INTAKE_TEAM, messy_workbook
from tests.org_helpers import actor, person, unit
from ui.org.import_dialog import RosterImportDialog


def open_dialog(qtbot, services: Services, path: Path) -> RosterImportDialog:  # type: ignore[no-untyped-def]
    dialog = RosterImportDialog(services.org, path, lambda: actor(services))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=10_000)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def rechecked(qtbot, dialog: RosterImportDialog, box) -> None:  # type: ignore[no-untyped-def]
    dialog.preview = None
    box.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)


def test_the_choices_recheck_the_rows_and_import_what_they_show(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = messy_workbook(
        tmp_path / "r.xlsx",
        [
            ["DH0013", "邓建华", None, INTAKE_TEAM, None],
            ["DH3601", "新人", "女", f"{GRID}/新建车间", "一班"],
            [None, "合计", "2人"],
        ],
        ["工号", "姓名", "性别", "所属单位", "班组"],
    )
    dialog = open_dialog(qtbot, services, path)
    model = dialog.model
    assert not dialog.import_button.isEnabled() and dialog.preview.count(RowAction.ERROR) == 1
    assert model.rowCount() == 3  # two people and the totals row as a note
    assert model.index(2, 1).data() and "合计" in model.index(2, model.problems_column).data()
    problems = model.index(1, model.problems_column).data()
    assert "东湖水厂/东湖水厂党支部红色网格/新建车间" in problems and "一班" in problems
    assert "1" in dialog.clearable.text()  # the stored gender an empty cell would clear

    rechecked(qtbot, dialog, dialog.blank_clears)
    assert dialog.preview.options.blank_clears and dialog.preview.rows[0].action is RowAction.UPDATE
    assert "男" in model.index(0, model.changes_column).data()  # 男 → (empty)

    rechecked(qtbot, dialog, dialog.create_units)
    assert dialog.preview.new_units == (f"{GRID}/新建车间", f"{GRID}/新建车间/一班")
    assert "新建车间" in dialog.summary.text() and dialog.import_button.isEnabled()
    dialog.only_problems.click()
    assert model.rowCount() == 1  # the new person's note about the units created

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_button.click()
    assert person(services, "DH3601").unit == "一班" and person(services, "DH0013").gender is None
    assert "2" in dialog.imported_text(done.args[0])  # two units created
    assert unit(services, "XJCJ").name == "新建车间"


def test_a_refused_import_is_told_in_the_organisations_words(qtbot, services: Services, tmp_path: Path,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    path = messy_workbook(tmp_path / "r.xlsx", [["DH3701", "某人", INTAKE_TEAM]], ["工号", "姓名", "所属单位"])
    dialog = open_dialog(qtbot, services, path)
    assert dialog.import_button.isEnabled()
    team = unit(services, "DH-W-01-1")  # 取水泵房班, renamed at another station meanwhile
    services.org.tree.update_unit(actor(services), team.id, "取水一班", team.kind, team.code)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "1" in warned[0]
