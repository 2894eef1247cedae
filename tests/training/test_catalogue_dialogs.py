"""The two catalogues on one dialog (ui/catalogue_dialog.py): training's classrooms and party life's meeting kinds,
each added, changed and deleted through its list; a refused entry keeps its dialog open with what was typed, a
refused delete is shown and the row stays."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from gridapp.events import EventBus
from gridapp.party_life.meetings import MeetingService
from gridapp.training.kinds import TrainingKind
from gridapp.training.service import TrainingService
from tests.org_ui import _dialog_failures, when_dialog  # noqa: F401  (fixture)
from tests.scoring.conftest import Plant
from tests.training.test_training import session
from ui.party_life.kinds_dialog import KindDialog, KindsDialog
from ui.training.dialogs import ClassroomDialog, ClassroomsDialog


def _ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def _select(catalogue: ClassroomsDialog | KindsDialog, name: str) -> None:
    model = catalogue.model
    row = next(r for r in range(model.rowCount()) if name in [model.index(r, c).data() for c in range(3)])
    catalogue.table.selectRow(row)
    assert catalogue.current() is not None and catalogue.current().name == name  # type: ignore[union-attr]


def test_the_classrooms_catalogue(qtbot, plant: Plant, training: TrainingService, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    catalogue = ClassroomsDialog(training, lambda: plant.actor("林网格长"))
    qtbot.addWidget(catalogue)
    assert catalogue.windowTitle() == "Classrooms" and catalogue.table.objectName() == "classroomsTable"
    assert catalogue.model.rowCount() == 4
    typed: list[str] = []

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, ClassroomDialog)
        dialog.code.setText("practice" if not typed else "field")  # a code taken first: refused, kept open
        dialog.name.setText("现场课堂")
        typed.append(dialog.code.text())
        _ok(dialog)
        if len(typed) == 1:
            when_dialog(add)  # the same dialog again, with what was typed

    when_dialog(add)
    assert catalogue.edit(None)
    assert typed == ["practice", "field"] and len(warnings) == 1
    assert [c.name for c in training.classrooms()][-1] == "现场课堂" and catalogue.model.rowCount() == 5
    session(plant, training, TrainingKind.LEAD, "一网格", dt.date(2025, 5, 1), 2, "甲一", room="mentor")
    _select(catalogue, "导师课堂")
    assert not catalogue.remove(catalogue.current())  # type: ignore[arg-type]  (in use: refused, shown)
    assert len(warnings) == 2 and catalogue.model.rowCount() == 5
    _select(catalogue, "现场课堂")
    assert catalogue.remove(catalogue.current())  # type: ignore[arg-type]
    assert catalogue.model.rowCount() == 4 and "现场课堂" not in [c.name for c in training.classrooms()]


def test_the_meeting_kinds_catalogue(qtbot, plant: Plant, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    meetings = MeetingService(plant.db, EventBus(), today=lambda: plant.today[0])
    meetings.ensure_kinds(plant.db.system_actor())
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail("nothing is refused here"))
    catalogue = KindsDialog(meetings, lambda: plant.actor("林网格长"))
    qtbot.addWidget(catalogue)
    before = catalogue.model.rowCount()
    assert before > 0 and catalogue.windowTitle() == "Meeting kinds"

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, KindDialog)
        dialog.code.setText("safety_talk")
        dialog.name.setText("安全讲评会")
        _ok(dialog)

    when_dialog(add)
    assert catalogue.edit(None)
    assert catalogue.model.rowCount() == before + 1
    _select(catalogue, "安全讲评会")

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, KindDialog) and dialog.code.text() == "safety_talk"
        dialog.name.setText("安全讲评")
        _ok(dialog)

    when_dialog(rename)
    assert catalogue.edit(catalogue.current())
    assert "安全讲评" in [k.name for k in meetings.kinds()]
    _select(catalogue, "安全讲评")
    assert catalogue.remove(catalogue.current())  # type: ignore[arg-type]
    assert catalogue.model.rowCount() == before
