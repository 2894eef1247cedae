"""Guards the PySide6 pin in pyproject.toml: the installed Qt binding must not lose references to None or True.

PySide6 6.12.0 under Python 3.11 (where None, True and False are not yet immortal) drops a reference to None on
every void C++ call and to True on every ``Signal.emit``; the organisation tab makes thousands of both, and the
interpreter aborts ("bool_dealloc" / "none_dealloc") once a count reaches zero, at exit or in the middle of a shift.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    happened = Signal()


def test_void_calls_and_emits_keep_their_references(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    emitter = _Emitter()
    emitter.happened.connect(lambda: None)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        label.setText("网格")
        emitter.happened.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 5, "void Qt calls lose references to None: use another PySide6 version"
    assert after[1] >= before[1] - 5, "Signal.emit loses references to True: use another PySide6 version"
