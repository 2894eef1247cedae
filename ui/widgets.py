"""Small widgets used across tabs: an empty-state page, a flow layout, a menu button, a rotated title, and columns
that fit their contents."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionToolButton,
    QStyleOptionViewItem,
    QStylePainter,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)


def find_data(combo: QComboBox, value: object) -> int:
    """``QComboBox.findData`` compares Python objects (UUIDs) by identity, so an id read again from the database
    is never found; this compares them by value. Use it for every item data that is not a str, int or enum."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


class EmptyState(QWidget):
    """An honest page for something that has nothing to show yet: a title and one or two sentences why."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(text)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(2)

    def set_text(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)


class FlowLayout(QLayout):
    """Widgets side by side at their natural width, wrapping to the next line when the row is full.

    For rows of buttons or filters whose words differ in length between languages: on a narrow window they take a
    second line instead of squeezing their text. An item with a horizontal stretch factor set through
    ``add_stretching`` takes what is left of its line.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretching: set[int] = set()
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def add_stretching(self, widget: QWidget) -> None:
        """A widget (a search box) that fills the rest of its line."""
        self.addWidget(widget)
        self._stretching.add(id(widget))

    # QLayout's interface

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._stretching.discard(id(item.widget()))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() + self.spacing() for i in self._visible())
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden()) and not i.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        lines: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._visible():
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append(item)
            x += width + gap
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i in line)
            used = sum(min(i.sizeHint().width(), area.width()) for i in line) + gap * (len(line) - 1)
            spare = max(area.width() - used, 0)
            x = area.x()
            for item in line:
                width = min(item.sizeHint().width(), area.width())
                if id(item.widget()) in self._stretching:
                    width += spare
                    spare = 0
                if move:
                    top = y + (height - item.sizeHint().height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item.sizeHint().height())))
                x += width + gap
            y += height + gap
        return y - gap - rect.y() + m.bottom()


class MenuButton(QToolButton):
    """A tool button that opens a menu, with its arrow drawn beside the label: the style draws it over the last
    character ("更多。") when the button is only as wide as its text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setProperty("menu_arrow_beside", True)  # what tests/screens checks for

    def _arrow(self) -> int:
        return max(self.fontMetrics().height() // 2, 8)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._arrow() + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.features &= ~QStyleOptionToolButton.ToolButtonFeature.HasMenu
        text = option.text
        option.text = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)
        arrow = self._arrow()
        label = self.rect().adjusted(4, 0, -(arrow + 6), 0)
        painter.drawItemText(
            label,
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic),
            self.palette(),
            self.isEnabled(),
            text,
            QPalette.ColorRole.ButtonText,
        )
        indicator = QStyleOption()
        indicator.initFrom(self)
        indicator.rect = QRect(self.width() - arrow - 5, (self.height() - arrow) // 2, arrow, arrow)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorArrowDown, indicator)


class RotatedLabel(QWidget):
    """A title written top to bottom along a narrow strip (a folded column's name), in any language."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.height() + 6, metrics.horizontalAdvance(self._text) + 12)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.translate(self.width(), 0)
        painter.rotate(90)
        painter.drawText(
            QRect(6, 0, self.height() - 6, self.width()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._text,
        )


FIT_ROWS = 100  # rows measured when fitting a column (those at the top): enough to see a page's longest text
FIT_CAP_EMS = 22  # no column grows wider than this many characters; longer texts elide with their tooltip


class FullTextTooltips(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow for it and the model gives none."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text and self.sizeHint(option, index).width() > option.rect.width():
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def fit_columns(view: QTableView, cap_ems: int = FIT_CAP_EMS) -> None:
    """Columns as wide as their title and their texts each time the rows change, up to ``cap_ems`` characters.

    Fixed widths suit one language and one data set; at 1280 px they cut dates, names and English titles. A column
    set to stretch keeps stretching; a text wider than the cap elides and shows in full in its tooltip.
    """
    cap = view.fontMetrics().horizontalAdvance("汉") * cap_ems
    view.setProperty("fit_cap", cap)  # what tests/screens accepts as a deliberately elided column
    view.verticalHeader().setResizeContentsPrecision(FIT_ROWS)
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(FullTextTooltips(view))
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(lambda: _fit(view, cap))

    def watch(model: QAbstractItemModel | None) -> None:
        if model is None:
            return
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(timer.start)
        timer.start()

    watch(view.model())
    view.setProperty("fit_watching", True)


def _fit(view: QTableView, cap: int) -> None:
    model, header = view.model(), view.horizontalHeader()
    if model is None:
        return
    last = header.logicalIndex(header.count() - 1)
    for column in range(model.columnCount()):
        mode = header.sectionResizeMode(column)
        if view.isColumnHidden(column) or mode != QHeaderView.ResizeMode.Interactive:
            continue
        if header.stretchLastSection() and column == last:
            continue
        wanted = max(header.sectionSizeHint(column), min(view.sizeHintForColumn(column), cap))
        view.setColumnWidth(column, wanted)
