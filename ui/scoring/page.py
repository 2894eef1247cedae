"""What every page of the score dashboards shares: the host (the tab) it asks for services, scope and operator,
a table view set up the same way everywhere, and a button row."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableView, QWidget

from gridapp.actor import Actor
from gridapp.progress import Progress
from gridapp.scoring.rows import Permissions
from ui.file_dialogs import save_file_name
from ui.scoring.scope import Scope
from ui.widgets import fit_columns

if TYPE_CHECKING:
    from gridapp.services import Services


@dataclass(frozen=True)
class Subject:
    """The person or team chosen in the ranking (the other pages show it)."""

    id: uuid.UUID
    name: str


class Host(Protocol):
    services: Services | None
    scope: Scope | None
    permissions: Permissions
    subject: Subject | None

    def require_actor(self) -> Actor | None: ...
    def choose_subject(self, subject: Subject | None) -> None: ...
    def export(
        self, title: str, headers: Sequence[str], rows: Callable[[Progress], Sequence[Sequence[Any]]]
    ) -> None: ...
    def refuse(self, error: Exception) -> None: ...


class Page(QWidget):
    """A page refreshes only when shown (``stale`` otherwise), so changing the scope stays quick."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.stale = True

    def refresh(self) -> None:
        self.stale = False

    def permissions_changed(self) -> None:
        """The operator changed: enable what they may do."""


def table_view(name: str, model: Any, multi: bool = False) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if multi else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSortIndicatorShown(True)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    fit_columns(view)
    return view


def set_widths(view: QTableView, widths: dict[Any, int]) -> None:
    """Column widths in characters of the view's font (the bundled CJK font: a character is about an em)."""
    em = view.fontMetrics().horizontalAdvance("汉")
    header = view.horizontalHeader()
    for column, chars in widths.items():
        # never narrower than its heading (English headings are longer than the Chinese ones the widths suit)
        view.setColumnWidth(int(column), max(chars * em + 12, header.sectionSizeHint(int(column))))


def button_row(*buttons: QWidget | None) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        if button is None:
            row.addStretch(1)
        else:
            row.addWidget(button)
    return row


def selected_rows(view: QTableView) -> list[int]:
    return sorted({index.row() for index in view.selectionModel().selectedRows()})


def sort_column(view: QTableView, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
    view.horizontalHeader().setSortIndicator(column, order)


def ask_where_to_save(
    parent: QWidget, caption: str, title: str, suffix: str, file_filter: str, folder: QStandardPaths.StandardLocation
) -> Path | None:
    """The file the user chooses for an export named after ``title``, in the folder last used for such files."""
    default = Path(QStandardPaths.writableLocation(folder)) if QStandardPaths.writableLocation(folder) else None
    return save_file_name(parent, caption, suffix.lstrip("."), f"{title}{suffix}", file_filter, suffix, default)
