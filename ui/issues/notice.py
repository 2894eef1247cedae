"""A one-line notice above the board that says why something was not done, and goes away by itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

SHOWN_MS = 10_000


class NoticeBar(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueNotice")
        self.setWordWrap(True)
        self.setStyleSheet("background: #FDECEA; color: #B71C1C; padding: 6px; border-radius: 4px;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    @Slot(str)
    def show_text(self, text: str) -> None:
        self.setText(text)
        self.show()
        self._timer.start(SHOWN_MS)

    def mousePressEvent(self, event: object) -> None:  # type: ignore[override]
        self.hide()
