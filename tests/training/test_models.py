"""Training's item models checked by pytest-qt's model tester, with more rows than a screen and both sort orders."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt

from gridapp.training.kinds import TrainingKind
from gridapp.training.rows import MatrixRow, Trainee, TrainingMatrix
from ui.training.models import ShortfallTableModel, TraineeCheckModel, TrainingMatrixModel

KINDS = tuple(TrainingKind)


def matrix(n: int) -> TrainingMatrix:
    rows = tuple(
        MatrixRow(uuid.uuid4().hex, f"职工{i:03d}", f"T{i}", f"{i % 7}班", (i % 5, (i * 3) % 4, 0.0), (4.0, 2.0, None))
        for i in range(n)
    )
    return TrainingMatrix(dt.date(2025, 1, 1), dt.date(2025, 12, 31), KINDS, rows)


def test_the_matrix_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TrainingMatrixModel()
    model.set_matrix(matrix(250))
    qtmodeltester.check(model)
    assert model.columnCount() == 2 + 3 + 1
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 2).data() == "4 / 4" and model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 2).data() == "0 / 4"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "4 hours short"
    assert model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is None  # no 专学 required: not coloured
    short = sum(1 for r in model.matrix.rows if r.is_short)  # type: ignore[union-attr]
    model.set_only_short(True)
    assert model.rowCount() == short < 250
    qtmodeltester.check(model)
    shortfalls = ShortfallTableModel()
    shortfalls.set_rows(model.matrix.shortfalls)  # type: ignore[union-attr]
    qtmodeltester.check(shortfalls)


def test_ticking_people(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    people = [Trainee(uuid.uuid4(), f"职工{i}", f"T{i}", "甲班") for i in range(120)]
    model = TraineeCheckModel()
    model.set_people(people, {people[3].person_id})
    qtmodeltester.check(model)
    assert model.setData(model.index(5, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.set_ticked([3], False)
    assert model.ticked_in_order() == (people[5].person_id,)
    assert model.index(5, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_refusal_is_worded(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox, QWidget

    from gridapp.training.kinds import Refusal, TrainingRefused
    from ui.training.dialogs import run_change

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)

    def refuse() -> None:
        raise TrainingRefused(Refusal.FUTURE_DATE)

    assert not run_change(parent, "x", refuse)
    assert run_change(parent, "x", lambda: None)
    assert said == ["A session is recorded once it has been held: the date is in the future."]
