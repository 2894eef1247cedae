"""The Qt binding keeps Python's reference to None balanced: PySide6 6.12.0 on Python 3.11 dropped one on every call
of a void method, so a board that paints cards aborted the program ("deallocating None") within minutes."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter


def test_void_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(40, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(300):  # with the bug: 900 references lost, and the process is near its end
        painter.save()
        painter.setPen(QColor("#C62828"))
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after > before - 100, "this PySide6 build drops references to None; see pyproject.toml"
