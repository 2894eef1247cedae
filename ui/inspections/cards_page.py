"""The cards page: a post's book, four cards and three tables; the selected one's items (drag to reorder, add, edit,
remove, import, export, copy to another post) or text, its versions, and everything it prints."""

from __future__ import annotations

import html
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.prints.options import Source
from gridapp.inspections.rows import DocumentRow, ItemDraft, PostRow
from gridapp.inspections.rules import next_version
from gridapp.security.rights import Right
from ui.inspections.card_dialogs import CopyDialog, ReleaseDialog
from ui.inspections.card_workbooks import CardWorkbooks
from ui.inspections.document_set_model import DocumentSetModel, SetColumn
from ui.inspections.history_dialog import HistoryDialog
from ui.inspections.item_dialog import ItemDialog
from ui.inspections.items_model import ItemColumn, ItemsModel
from ui.inspections.messages import show_problem
from ui.inspections.print_dialog import PrintKind, open_print
from ui.widgets import EmptyState, MenuButton

if TYPE_CHECKING:
    from gridapp.services import Services
    from ui.context import AppContext


class CardsPage(QWidget):
    changed = Signal()  # a document of the post changed (the rounds page and other tabs may show it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.post: PostRow | None = None
        self.document: DocumentRow | None = None
        self.dialog: QWidget | None = None  # the last dialog opened (kept alive; tests look at it)
        self.workbooks = CardWorkbooks(self)

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.set_model = DocumentSetModel(self)
        self.set_view = QTableView()
        self.set_view.setObjectName("documentSet")
        self.set_view.setModel(self.set_model)
        self.set_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.set_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.set_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.set_view.verticalHeader().hide()
        self.set_view.horizontalHeader().setSectionResizeMode(SetColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.set_view.setColumnHidden(SetColumn.KIND, True)
        for column in (SetColumn.VERSION, SetColumn.ITEMS, SetColumn.STATUS):
            self.set_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Wide enough for every column's title (English ones are longer): the stretched name is squeezed first.
        titles = sum(self.set_view.horizontalHeader().sectionSizeHint(c) for c in SetColumn if c != SetColumn.KIND)
        self.set_view.setMinimumWidth(titles + 2 * self.set_view.frameWidth() + 4)
        self.set_view.selectionModel().selectionChanged.connect(self._on_set_selection_changed)

        # The selected document: its actions, then its items or its text.
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.release_button = QPushButton(self.tr("Release version…"))
        self.release_button.setObjectName("releaseButton")
        self.release_button.clicked.connect(self._on_release_clicked)
        self.history_button = QPushButton(self.tr("Versions and changes…"))
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(self._on_history_clicked)
        self.copy_button = QPushButton(self.tr("Copy to post…"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Rename this document for every post of the plant"))
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.print_button = MenuButton(self.tr("Print"))
        self.print_button.setObjectName("printButton")
        self.print_menu = QMenu(self)
        self.print_actions: dict[PrintKind, QAction] = {}
        for kind, text in (
            (PrintKind.CHECKLIST, self.tr("Blank checklist (A4)…")),
            (PrintKind.BOARD, self.tr("Display board (A1 / A2)…")),
            (PrintKind.TILES, self.tr("Display board on A3 / A4 sheets…")),
            (PrintKind.POCKET, self.tr("Pocket cards…")),
            (PrintKind.DOCUMENT, self.tr("Card or book (A4, A5, A6)…")),
        ):
            action = self.print_menu.addAction(text)
            action.triggered.connect(lambda checked=False, kind=kind: self.print(kind))
            self.print_actions[kind] = action
        self.print_button.setMenu(self.print_menu)
        # Toolbars rather than rows of buttons: on a narrow window what does not fit folds into the » menu.
        actions = QToolBar()
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(80)
        actions.addWidget(self.title)
        for widget in (self.release_button, self.history_button, self.copy_button, self.rename_button):
            actions.addWidget(widget)
        actions.addWidget(self.print_button)

        self.items = ItemsModel(self)
        self.items.items_dropped.connect(self._on_items_dropped)
        self.table = QTableView()
        self.table.setObjectName("itemTable")
        self.table.setModel(self.items)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ItemColumn.CONTENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ItemColumn.STANDARD, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for column, width in (
            (ItemColumn.SEQUENCE, 44),
            (ItemColumn.EQUIPMENT, 96),
            (ItemColumn.ACTIVITY, 84),
            (ItemColumn.METHOD, 100),
            (ItemColumn.LEVEL, 70),
            (ItemColumn.FREQUENCY, 70),
        ):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.add_button = QPushButton(self.tr("Add item…"))
        self.add_button.setObjectName("addItemButton")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeItemsButton")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        remove = QAction(self)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self._on_remove_clicked)
        self.table.addAction(remove)
        self.import_button = QPushButton(self.tr("Import .xlsx…"))
        self.import_button.clicked.connect(self.workbooks.choose_and_import)
        self.export_button = QPushButton(self.tr("Export .xlsx…"))
        self.export_button.clicked.connect(self.workbooks.export)
        item_bar = QToolBar()
        for button in (self.add_button, self.edit_button, self.remove_button):
            item_bar.addWidget(button)
        hint = QLabel(self.tr("Drag rows to reorder."))
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        hint.setMinimumWidth(20)
        item_bar.addWidget(hint)
        item_bar.addWidget(self.import_button)
        item_bar.addWidget(self.export_button)
        items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(item_bar)
        items_layout.addWidget(self.table, 1)

        self.body = QPlainTextEdit()
        self.body.setObjectName("documentBody")
        self.body.setPlaceholderText(
            self.tr("One point per line. A line starting with # is a heading; a line starting with - is a numbered "
                    "point (pocket cards print the points).")
        )  # fmt: skip
        self.body.textChanged.connect(self._on_body_text_changed)
        self.save_button = QPushButton(self.tr("Save text"))
        self.save_button.setObjectName("saveBodyButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_body)
        text_page = QWidget()
        text_layout = QVBoxLayout(text_page)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.body, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        text_layout.addLayout(save_row)

        self.start_page = EmptyState(self.tr("Not started"), "")
        self.start_button = QPushButton(self.tr("Start this document"))
        self.start_button.setObjectName("startDocumentButton")
        self.start_button.clicked.connect(self._on_start_clicked)
        self.start_page.layout().insertWidget(3, self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.editor = QStackedWidget()
        self.editor.addWidget(self.start_page)
        self.editor.addWidget(items_page)
        self.editor.addWidget(text_page)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(actions)
        right_layout.addWidget(self.editor, 1)
        splitter = QSplitter()
        splitter.addWidget(self.set_view)
        splitter.addWidget(right)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        self._body_dirty = False
        self._may_edit = self._may_release = False
        self._show_document(None)
        context.operator_changed.connect(self._on_context_operator_changed)

    @property
    def services(self) -> Services | None:
        return self._context.services

    # the post and its set

    def set_post(self, post: PostRow | None) -> None:
        if not self.maybe_save():
            return
        self.post = post
        self._check_rights()
        self.header.setText(
            self.tr("<b>{0}</b> &nbsp; {1}").format(html.escape(post.name), html.escape(post.unit)) if post else ""
        )
        self.reload_set()

    def reload_set(self, select_code: str | None = None) -> None:
        services = self.services
        code = select_code or (self.document.type.code if self.document else None)
        self.set_model.set_rows(
            services.inspections.documents.document_set(self.post.id) if services and self.post else []
        )
        row = self.set_model.row_of(code) if code else -1
        if row < 0 and self.set_model.rowCount():
            row = next((n for n in range(self.set_model.rowCount()) if self.set_model.row_at(n).type.has_items), 0)
        if row >= 0:
            self.set_view.selectRow(row)
            self._show_document(self.set_model.row_at(row))
        else:
            self._show_document(None)

    @Slot(QItemSelection, QItemSelection)
    def _on_set_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.set_view.selectionModel().selectedRows()
        document = self.set_model.row_at(rows[0].row()) if rows else None
        if document == self.document:
            return
        if not self.maybe_save():
            return
        self._show_document(document)

    def _check_rights(self) -> None:
        """What the logged-in account may do with this post's documents (the services refuse the rest anyway)."""
        unit = self.post.unit_id if self.post else None
        self._may_edit = unit is not None and self._context.may(Right.CARD_EDIT, unit)
        self._may_release = unit is not None and self._context.may(Right.CARD_RELEASE, unit)

    @Slot(object)
    def _on_context_operator_changed(self, actor: object) -> None:
        self._check_rights()
        self._show_document(self.document)

    def _show_document(self, document: DocumentRow | None) -> None:
        self.document = document
        started = document is not None and document.started
        for widget in (self.history_button, self.print_button):
            widget.setEnabled(started)
        self.release_button.setEnabled(started and self._may_release)
        self.copy_button.setEnabled(started and self._may_edit)
        self.rename_button.setEnabled(document is not None and self._may_edit)
        for widget in (self.add_button, self.edit_button, self.remove_button, self.import_button, self.start_button):
            widget.setEnabled(self._may_edit)
        self.body.setReadOnly(not self._may_edit)
        self.table.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop if self._may_edit else QAbstractItemView.DragDropMode.NoDragDrop
        )
        if document is None:
            self.title.clear()
            self.editor.setCurrentWidget(self.start_page)
            self.start_page.set_text(self.tr("Choose a post"), self.tr("Its book, cards and tables are listed here."))
            self.start_button.hide()
            return
        version = self.tr("version {0}").format(document.version) if document.version else self.tr("draft")
        self.title.setText(f"<b>{html.escape(document.type.name)}</b> &nbsp; {html.escape(version)}")
        has_items = document.type.has_items
        self.print_actions[PrintKind.CHECKLIST].setVisible(has_items)
        self.print_actions[PrintKind.BOARD].setVisible(has_items)
        self.print_actions[PrintKind.TILES].setVisible(has_items)
        self.print_actions[PrintKind.DOCUMENT].setVisible(not has_items)
        if not started:
            self.start_page.set_text(
                self.tr("{0} is not started").format(document.type.name),
                self.tr("Start it to write its items or text; release it to put it in force."),
            )
            self.start_button.show()
            self.editor.setCurrentWidget(self.start_page)
            return
        assert self.services is not None and document.id is not None
        if has_items:
            self.items.set_items(self.services.inspections.documents.items(document.id))
            self.editor.setCurrentIndex(1)
        else:
            self.body.blockSignals(True)
            self.body.setPlainText(self.services.inspections.editions.content(document.id).body)
            self.body.blockSignals(False)
            self._body_dirty = False
            self.save_button.setEnabled(False)
            self.editor.setCurrentIndex(2)

    def _changed(self, select_item: uuid.UUID | None = None) -> None:
        """Show what the database now holds, and tell the rest of the app."""
        self.reload_set()
        if select_item is not None:
            row = self.items.row_of(select_item)
            if row >= 0:
                self.table.selectRow(row)
        self.changed.emit()

    # text documents

    @Slot()
    def _on_body_text_changed(self) -> None:
        self._body_dirty = True
        self.save_button.setEnabled(True)

    @Slot()
    def save_body(self) -> bool:
        if self.document is None or self.document.id is None or not self._body_dirty:
            return True
        actor = self._context.require_actor(self)
        if actor is None or self.services is None:
            return False
        try:
            self.services.inspections.documents.set_body(actor, self.document.id, self.body.toPlainText())
        except Exception as exc:
            show_problem(self, exc)
            return False
        self._body_dirty = False
        self._changed()
        return True

    def maybe_save(self) -> bool:
        """Unsaved text is saved or discarded as the user says before another document is shown."""
        if not self._body_dirty or self.document is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved text"),
            self.tr("Save the changes to “{0}”?").format(self.document.type.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self._body_dirty = False
            return True
        return self.save_body()

    # items

    def _selected_items(self) -> list[uuid.UUID]:
        return [self.items.item_at(i.row()).id for i in self.table.selectionModel().selectedRows()]

    def _item_dialog(self, title: str, save: object, item: object) -> ItemDialog:
        known = self.items.items
        dialog = ItemDialog(title, save, item, [i.equipment for i in known if i.equipment],  # type: ignore[arg-type]
                            [i.activity for i in known if i.activity], self)  # fmt: skip
        self.dialog = dialog
        return dialog

    @Slot()
    def _on_add_clicked(self) -> None:
        document = self.document
        actor = self._context.require_actor(self)
        if actor is None or document is None or document.id is None or self.services is None:
            return
        rows = self.table.selectionModel().selectedRows()
        position = max(r.row() for r in rows) + 1 if rows else None
        added: list[uuid.UUID] = []
        documents = self.services.inspections.documents

        def save(draft: ItemDraft) -> None:
            added.append(documents.add_item(actor, document.id, draft, position).id)  # type: ignore[arg-type]

        if self._item_dialog(self.tr("Add a checkpoint item"), save, None).exec():
            self._changed(added[0])

    @Slot()
    def _on_edit_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._edit(rows[0].row())

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self._edit(index.row())

    def _edit(self, row: int) -> None:
        actor = self._context.require_actor(self)
        if actor is None or self.services is None or not self._may_edit:
            return
        item = self.items.item_at(row)
        documents = self.services.inspections.documents
        if self._item_dialog(self.tr("Item {0}").format(item.sequence),
                             lambda draft: documents.update_item(actor, item.id, draft), item).exec():  # fmt: skip
            self._changed(item.id)

    @Slot()
    def _on_remove_clicked(self) -> None:
        ids = self._selected_items()
        if not ids or self.services is None or not self._may_edit:  # the Delete key, too
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove items"),
            self.tr("Remove {0} items from the card? Rounds already recorded keep their results.").format(len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self._context.require_actor(self)
        if actor is None:
            return
        try:
            self.services.inspections.documents.remove_items(actor, ids)
        except Exception as exc:
            show_problem(self, exc)
        self._changed()

    @Slot(list, int)
    def _on_items_dropped(self, ids: list[uuid.UUID], to: int) -> None:
        actor = self._context.require_actor(self)
        if actor is None or self.document is None or self.document.id is None or self.services is None:
            return
        try:
            self.services.inspections.documents.move_items(actor, self.document.id, ids, to)
        except Exception as exc:
            show_problem(self, exc)
        self._changed(ids[0] if ids else None)

    # documents

    @Slot()
    def _on_start_clicked(self) -> None:
        actor = self._context.require_actor(self)
        if actor is None or self.document is None or self.post is None or self.services is None:
            return
        self.services.inspections.documents.start_document(actor, self.post.id, self.document.type.id)
        self._changed()

    @Slot()
    def _on_release_clicked(self) -> None:
        document = self.document
        if document is None or document.id is None or self.services is None:
            return
        dialog = ReleaseDialog(document.type.name, document.version, next_version(document.version), self)
        self.dialog = dialog
        if not dialog.exec():
            return
        actor = self._context.require_actor(self)
        if actor is None:
            return
        try:
            self.services.inspections.editions.release(actor, document.id, dialog.version.text(), dialog.note.text())
        except Exception as exc:
            show_problem(self, exc, self.tr("Release a version"))
            return
        self._changed()

    @Slot()
    def _on_history_clicked(self) -> None:
        if self.document is None or self.document.id is None or self.services is None:
            return
        dialog = HistoryDialog(self.services, self.document, self.post.name if self.post else "", self)
        self.dialog = dialog
        dialog.show()

    @Slot()
    def _on_copy_clicked(self) -> None:
        document = self.document
        if document is None or document.id is None or self.post is None or self.services is None:
            return
        posts = [p for p in self.services.inspections.documents.posts() if p.id != self.post.id]
        dialog = CopyDialog(document.type.name, posts, self)
        self.dialog = dialog
        if not dialog.exec():
            return
        actor = self._context.require_actor(self)
        if actor is None:
            return
        try:
            self.services.inspections.documents.copy_document(
                actor, document.id, dialog.post.currentData(), dialog.replace.isChecked()
            )
        except Exception as exc:
            show_problem(self, exc)
            return
        QMessageBox.information(
            self,
            self.tr("Copied"),
            self.tr("“{0}” was copied to {1}. It is a draft there until released.").format(
                document.type.name, dialog.post.currentText()
            ),
        )

    @Slot()
    def _on_rename_clicked(self) -> None:
        if self.document is None or self.services is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename document"), self.tr("New name for every post:"), text=self.document.type.name
        )
        if not ok:
            return
        actor = self._context.require_actor(self)
        if actor is None:
            return
        try:
            self.services.inspections.documents.rename_document_type(actor, self.document.type.id, name)
        except Exception as exc:
            show_problem(self, exc)
            return
        self._changed()

    # workbooks

    def import_file(self, path: Path) -> None:
        self.workbooks.import_file(path)

    def changed_items(self) -> None:
        self._changed()

    @property
    def context(self) -> AppContext:
        return self._context

    # printing

    def print(self, kind: PrintKind) -> None:
        document = self.document
        if document is None or document.id is None or self.services is None or self.post is None:
            return
        if not self.maybe_save():
            return
        name = f"{self.post.name}{document.type.name}"
        self.dialog = open_print(self, self.services, kind, Source(document.id), name, document.type.has_items)
