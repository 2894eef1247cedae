"""The kanban board: one column per state, cards painted by a delegate from a page-by-page model (never a widget per
issue); dragging a card onto another column asks for that column's transition."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.clock import Calendar, due_status
from gridapp.issues.kinds import BOARD_ORDER, DueStatus, IssueState
from gridapp.issues.rows import Count, IssueFilter, IssueRow, board_order
from ui.issues import labels
from ui.paged_model import Index, PagedTableModel
from ui.roles import ROW_ROLE
from ui.widgets import RotatedLabel

if TYPE_CHECKING:
    from gridapp.issues.service import IssueService

MIME = "application/x-gridapp-issue"
PAGE_SIZE = 24  # a tall window shows about ten cards a column; scrolling fetches more
COLUMN_WIDTH = 240
EMPTY_COLUMN_WIDTH = 40  # an empty column folds to a strip with its name written down it, still a drop target


class CardListModel(PagedTableModel[IssueRow]):
    """The issues of one state, fetched page by page (a table of one column: a list view shows column 0)."""

    card_dropped = Signal(object, object, object)  # issue id, from state, to state
    page_size = PAGE_SIZE

    def __init__(self, state: IssueState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state

    def load(self, service: IssueService | None, where: IssueFilter, total: int, first_page: list[IssueRow]) -> None:
        """Show a column whose count and first page the board fetched (in one read for all columns)."""
        if service is None:
            self.set_source(None, None, read=(total, first_page))
            return
        mine = IssueFilter(**{**_fields(where), "states": frozenset({self.state})})
        sort, descending = board_order(self.state)
        self.set_source(
            lambda: service.count(mine),
            lambda offset, limit: service.page(mine, sort, descending, offset, limit),
            read=(total, first_page),
        )

    # Qt's interface

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        issue = self._rows[index.row()]
        if role == ROW_ROLE:
            return issue
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{issue.number} {issue.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{issue.number} {issue.title}\n{issue.unit}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            issue = self._rows[rows[0]]
            data.setData(MIME, QByteArray(f"{issue.id}|{issue.state.value}".encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        decoded = decode(data)
        return decoded is not None and decoded[1] is not self.state

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        decoded = decode(data)
        if decoded is None or decoded[1] is self.state:
            return False
        # Reported only: the board asks for the transition after the drag has ended, then reloads both columns.
        self.card_dropped.emit(decoded[0], decoded[1], self.state)
        return False


def decode(data: QMimeData) -> tuple[uuid.UUID, IssueState] | None:
    if not data.hasFormat(MIME):
        return None
    try:
        issue_id, state = bytes(data.data(MIME).data()).decode().split("|")
        return uuid.UUID(issue_id), IssueState(state)
    except ValueError:
        return None


def _fields(where: IssueFilter) -> dict[str, Any]:
    return {name: getattr(where, name) for name in IssueFilter.__slots__}  # type: ignore[attr-defined]


class CardDelegate(QStyledItemDelegate):
    """Paints a card: the risk colour or a grey bar, number and due badge, two lines of title, unit and assignee."""

    def __init__(self, service_getter: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service_getter
        self.calendar = Calendar()
        self._fonts: dict[str, tuple[QFont, QFont]] = {}

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont]:
        """(bold, small) variants of the view's font, made once (a card is painted many times a second)."""
        key = font.key()
        if key not in self._fonts:
            bold, small = QFont(font), QFont(font)
            bold.setBold(True)
            small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
            self._fonts[key] = (bold, small)
        return self._fonts[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(COLUMN_WIDTH - 24, line * 4 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        issue = index.data(ROW_ROLE)
        if not isinstance(issue, IssueRow):
            return
        service = self._service()
        now = service.now() if service else None
        due = due_status(issue.deadline_at, issue.deadline_soon_at, now) if now else DueStatus.NONE
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(2, 2, -2, -2)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = labels.DUE_BACKGROUND.get(due, palette.color(QPalette.ColorRole.Base))
        painter.setPen(
            QPen(palette.color(QPalette.ColorRole.Highlight) if selected else QColor("#C8C8C8"), 2 if selected else 1)
        )
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 5, 5)
        bar = labels.RISK_QCOLOR.get(issue.risk_colour) if issue.risk_colour else QColor("#B0BEC5")
        painter.fillRect(QRect(card.left() + 1, card.top() + 4, 4, card.height() - 8), bar)
        text = card.adjusted(10, 4, -6, -4)
        line = option.fontMetrics.height()
        bold, small = self._fonts_for(option.font)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(text.left(), text.top(), text.width(), line), Qt.AlignmentFlag.AlignLeft, issue.number)
        badge = labels.due_label(due) or (labels.grade_label(issue.hazard_grade) if issue.is_hazard else "")
        if badge:
            painter.setPen(labels.DUE_STRONG.get(due, QColor("#6D4C41")))
            painter.drawText(QRect(text.left(), text.top(), text.width(), line), Qt.AlignmentFlag.AlignRight, badge)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_rect = QRect(text.left(), text.top() + line + 2, text.width(), line * 2)
        elided = option.fontMetrics.elidedText(issue.title, Qt.TextElideMode.ElideRight, text.width() * 2 - 8)
        painter.drawText(title_rect, Qt.TextFlag.TextWordWrap, elided)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        bottom = QRect(text.left(), text.top() + line * 3 + 4, text.width(), line)
        when = labels.remaining(issue.deadline_at, now) if now and issue.deadline_at else ""
        metrics = QFontMetrics(small)
        width = bottom.width()
        if when:
            painter.setPen(labels.DUE_STRONG.get(due, palette.color(QPalette.ColorRole.PlaceholderText)))
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, when)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            width -= metrics.horizontalAdvance(when) + 8
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, who_text(issue.unit, issue.assignee, metrics, width))
        painter.restore()


def who_text(unit: str, assignee: str | None, metrics: QFontMetrics, width: int) -> str:
    """ "unit · assignee" in ``width``: the unit gives way first, the assignee (whom to ask) stays whole if it can."""
    if not assignee:
        return metrics.elidedText(unit, Qt.TextElideMode.ElideRight, max(width, 10))
    whole = f"{unit} · {assignee}" if unit else assignee
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    tail = f" · {assignee}"
    room = width - metrics.horizontalAdvance(tail)
    if unit and room >= metrics.horizontalAdvance("…") + metrics.averageCharWidth() * 2:
        return metrics.elidedText(unit, Qt.TextElideMode.ElideRight, room) + tail
    return metrics.elidedText(assignee, Qt.TextElideMode.ElideRight, max(width, 10))


class KanbanColumn(QFrame):
    def __init__(self, state: IssueState, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"column_{state.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = CardListModel(state, self)
        self.header = QLabel()
        self.header.setObjectName("columnHeader")
        self.header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.folded = RotatedLabel()  # the name of an empty, folded column, written down its strip
        self.folded.setObjectName("foldedHeader")
        self.folded.setFont(font)
        self.view = QListView()
        self.view.setObjectName(f"cards_{state.value}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(2)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.folded, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.view)
        self.set_count(0)

    def set_count(self, total: int, more: bool = False, approximate: bool = False) -> None:
        """``more``: the count stopped at ``total`` (a filter the tallies cannot answer): "10,000+";
        ``approximate``: an estimate (a common word searched): "约 N"."""
        name = labels.state_label(self.state)
        tip = ""
        if more:
            tip = self.tr("At least {0} issues: counting stops there, so the board opens at once").format(total)
        elif approximate:
            tip = self.tr("An estimate: a common word matches too many issues to count them at once")
        self.header.setToolTip(tip)
        if total:
            self.setFixedWidth(COLUMN_WIDTH)
            shown = f"{total:,}+" if more else self.tr("about {0}").format(total) if approximate else str(total)
            self.header.setText(f"{name}  {shown}")
        else:
            self.setFixedWidth(EMPTY_COLUMN_WIDTH)
            self.header.setText("0")
            self.folded.setText(name)
        self.folded.setVisible(not total)


class KanbanBoard(QScrollArea):
    issue_selected = Signal(object)  # uuid | None
    card_dropped = Signal(object, object, object)  # issue id, from state, to state

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kanbanBoard")
        self._service: IssueService | None = None
        self.delegate = CardDelegate(lambda: self._service, self)
        self.columns: dict[IssueState, KanbanColumn] = {}
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(6)
        for state in BOARD_ORDER:
            column = KanbanColumn(state, self.delegate)
            column.model.card_dropped.connect(self._on_model_card_dropped, Qt.ConnectionType.QueuedConnection)
            column.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
            self.columns[state] = column
            row.addWidget(column)
        row.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def load(self, service: IssueService | None, where: IssueFilter) -> None:
        """Counts for every column in one query, then the first page of each shown column."""
        self._service = service
        if service is not None:
            self.delegate.calendar = service.calendar()
        board = service.board(where, PAGE_SIZE) if service is not None else None
        for state, column in self.columns.items():
            shown = not where.states or state in where.states
            column.setVisible(shown)
            total = board.counts.get(state, 0) if board is not None and shown else 0
            more = board is not None and state in board.capped
            approximate = board is not None and state in board.approximate
            column.set_count(total, more, approximate)
            column.model.load(
                service if shown else None,
                where,
                Count(total, more, approximate),
                board.pages[state] if board and shown else [],
            )

    def refresh(self, service: IssueService, where: IssueFilter, states: frozenset[IssueState]) -> None:
        """A change touched these columns: every count again (one grouped read), and only their cards."""
        board = service.board(where, PAGE_SIZE, only=states)
        for state, column in self.columns.items():
            if where.states and state not in where.states:
                continue  # a column the filter hides
            total, more, approximate = board.counts.get(state, 0), state in board.capped, state in board.approximate
            column.set_count(total, more, approximate)
            if state in states:
                column.model.load(service, where, Count(total, more, approximate), board.pages[state])

    def select(self, issue_id: uuid.UUID | None) -> None:
        for column in self.columns.values():
            row = column.model.row_of(issue_id) if issue_id else -1
            if row >= 0:
                column.view.setCurrentIndex(column.model.index(row, 0))
                column.view.scrollTo(column.model.index(row, 0))
                self.ensureWidgetVisible(column)
            else:
                column.view.clearSelection()

    @Slot(object, object, object)
    def _on_model_card_dropped(self, issue_id: uuid.UUID, source: IssueState, target: IssueState) -> None:
        self.card_dropped.emit(issue_id, source, target)

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        issue = current.data(ROW_ROLE) if current.isValid() else None
        if isinstance(issue, IssueRow):
            for column in self.columns.values():
                if column.state is not issue.state:
                    column.view.selectionModel().clearSelection()
            self.issue_selected.emit(issue.id)
