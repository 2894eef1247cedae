"""The scan box: a printed QR code's place code (RG:AREA:<code>, RG:POST:<code>), typed by a USB barcode scanner
(which types like a keyboard and ends with Enter) or by hand, opens its area or post with the quick report (一键上报)
there one Enter away. F7 from anywhere; the organisation tab's search field takes a scan too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # light at start-up: the window installs the action, the database layer loads on first use
    from gridapp.org.place_codes import ScannedPlace
    from ui.context import AppContext

translate = QCoreApplication.translate
SHORTCUT = QKeySequence(Qt.Key.Key_F7)
ShowPlace = Callable[["ScannedPlace"], None]


class ScanDialog(QDialog):
    """Scan (or type) a code, see the place it names, press Enter to report a problem there."""

    def __init__(self, context: AppContext, show_place: ShowPlace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanDialog")
        self.setWindowTitle(self.tr("Scan a code"))
        self._context = context
        self._show_place = show_place
        self.places: list[ScannedPlace] = []
        self.code = QLineEdit()
        self.code.setObjectName("scanBox")
        self.code.setPlaceholderText(self.tr("Scan the QR code of a placard, board or pocket card, or type RG:AREA:…"))
        self.choice = QComboBox()  # when offline stations gave two places the same code
        self.choice.setObjectName("scanChoice")
        self.choice.currentIndexChanged.connect(self._on_choice_changed)
        self.choice.hide()
        self.place = QLabel()
        self.place.setObjectName("scanPlace")
        self.place.setWordWrap(True)
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        self.report = QPushButton(self.tr("Quick report here (Enter)"))
        self.report.setObjectName("scanReport")
        self.report.clicked.connect(self._on_report_clicked)
        self.show_button = QPushButton(self.tr("Show in the organisation"))
        self.show_button.setObjectName("scanShow")
        self.show_button.clicked.connect(self._on_show_clicked)
        self.show_button.setVisible(show_place is not None)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.choice)
        layout.addWidget(self.place)
        layout.addLayout(buttons)
        self._set_places([])
        self.resize(520, self.sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The scanner's Enter ends the code (the line edit passes it on): looked up here, so that it does not also
        # press "quick report here", which the look-up makes the default button.
        if self.code.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.code.text().strip():
                self.look_up(self.code.text())
            return
        super().keyPressEvent(event)

    def look_up(self, text: str) -> list[ScannedPlace]:
        """Resolve ``text`` as if it had been scanned; focus goes to "quick report here" when a place is found."""
        self.code.setText(text.strip())
        services = self._context.services
        places = services.org.places.resolve(text) if services is not None else []
        self._set_places(places)
        if places:
            self.report.setFocus()  # the next Enter reports; another scan goes into the box again
        else:
            self.place.setText(self.tr("No area or post has the code “{0}”.").format(text.strip()))
            self.code.selectAll()
            self.code.setFocus()
        return places

    def current(self) -> ScannedPlace | None:
        if not self.places:
            return None
        return self.places[max(self.choice.currentIndex(), 0)]

    def _set_places(self, places: list[ScannedPlace]) -> None:
        self.places = places
        self.choice.blockSignals(True)
        self.choice.clear()
        for p in places:
            self.choice.addItem(f"{p.unit_path} · {p.name}", p.id)
        self.choice.blockSignals(False)
        self.choice.setVisible(len(places) > 1)
        self.report.setEnabled(bool(places))
        self.report.setDefault(bool(places))
        self.show_button.setEnabled(bool(places))
        self._on_choice_changed()

    @Slot()
    def _on_choice_changed(self) -> None:
        place = self.current()
        if place is None:
            self.place.setText(self.tr("Scan a code, or type it and press Enter."))
            return
        kind = self.tr("Area") if place.kind.value == "AREA" else self.tr("Post")
        self.place.setText(f"{kind}：{place.name}\n{place.unit_path}")

    @Slot()
    def _on_report_clicked(self) -> None:
        from ui.issues.quick_report import open_quick_report

        place = self.current()
        if place is None:
            return
        self.accept()
        open_quick_report(self._context, self.parentWidget() or self, place.unit_id, place.area_id)

    @Slot()
    def _on_show_clicked(self) -> None:
        place = self.current()
        if place is not None and self._show_place is not None:
            self.accept()
            self._show_place(place)


def open_scan(
    context: AppContext, parent: QWidget, text: str = "", show_place: ShowPlace | None = None
) -> ScanDialog | None:
    """The scan box, with ``text`` already looked up when the scan arrived elsewhere (a search field)."""
    if context.services is None:
        return None
    dialog = ScanDialog(context, show_place, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if text:
        dialog.look_up(text)
    return dialog


def install_scan_box(window: QMainWindow, context: AppContext, show_place: ShowPlace) -> QAction:
    action = QAction(translate("ScanBox", "Scan a code (F7)"), window)
    action.setObjectName("scanAction")
    action.setToolTip(translate("ScanBox", "Open the area or post of a printed QR code (F7, from anywhere)"))
    action.setShortcut(SHORTCUT)
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    toolbar = window.findChild(QWidget, "issuesToolbar")
    if toolbar is not None:
        toolbar.addAction(action)  # type: ignore[attr-defined]
    else:
        window.addAction(action)
    action.triggered.connect(lambda: open_scan(context, window, show_place=show_place))
    return action
