"""Quick report (一键上报) from anywhere: one shortcut and a toolbar button open a dialog asking only what, where
and which category; photos are dragged in or picked. Saving runs in the background (photos are copied and
thumbnailed) and takes a moment."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QImageReader, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.issues.rows import IssueRef, ReportDraft
from ui.errors import show_exception
from ui.file_dialogs import open_file_names
from ui.issues import labels
from ui.issues.detail_panel import PHOTO_FILTER
from ui.issues.filter_bar import fill_unit_combo
from ui.tasks import Task
from ui.widgets import find_data

if TYPE_CHECKING:
    from ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
THUMB = QSize(96, 72)
PICTURE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff"}


class PhotoDraftModel(QAbstractListModel):
    """Photos chosen for a report that is not saved yet (files on disk, shown as small previews)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.paths: list[Path] = []
        self._previews: dict[Path, QPixmap] = {}

    def add(self, paths: list[Path]) -> None:
        new = [p for p in paths if p not in self.paths]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), len(self.paths), len(self.paths) + len(new) - 1)
        self.paths.extend(new)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.paths):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.paths[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.paths)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.paths):
            return None
        path = self.paths[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            if path not in self._previews:
                reader = QImageReader(str(path))
                reader.setAutoTransform(True)
                size = reader.size()
                if size.isValid():
                    reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
                self._previews[path] = QPixmap.fromImage(reader.read())
            return self._previews[path]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole):
            return path.name
        return None


class QuickReportDialog(QDialog):
    reported = Signal(object)  # IssueRef

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickReportDialog")
        self.setWindowTitle(self.tr("Quick report"))
        self.setAcceptDrops(True)
        self._context = context
        self.task: Task | None = None
        services = context.services
        assert services is not None
        self.what = QLineEdit()
        self.what.setObjectName("reportTitle")
        self.what.setMaxLength(200)
        self.what.setPlaceholderText(self.tr("What is wrong, in a few words"))
        self.unit = QComboBox()
        self.unit.setObjectName("reportUnit")
        home = context.operator.unit_id if context.operator else None
        fill_unit_combo(self.unit, services.org.units(), home)
        self.area = QComboBox()
        self.area.setObjectName("reportArea")
        self.category = QComboBox()
        self.category.setObjectName("reportCategory")
        for category in services.issues.categories():
            self.category.addItem(labels.category_label(category.code, category.name), category.code)
        self.description = QPlainTextEdit()
        self.description.setObjectName("reportDescription")
        self.description.setPlaceholderText(self.tr("Details (optional)"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().height() * 4)
        self.photos = PhotoDraftModel(self)
        self.photo_view = QListView()
        self.photo_view.setObjectName("reportPhotos")
        self.photo_view.setModel(self.photos)
        self.photo_view.setViewMode(QListView.ViewMode.IconMode)
        self.photo_view.setIconSize(THUMB)
        self.photo_view.setFlow(QListView.Flow.LeftToRight)
        self.photo_view.setWrapping(False)
        self.photo_view.setFixedHeight(THUMB.height() + 36)
        add_photos = QPushButton(self.tr("Add photos…"))
        add_photos.clicked.connect(self._on_add_photos_clicked)
        remove_photo = QPushButton(self.tr("Remove"))
        remove_photo.clicked.connect(lambda: self.photos.remove(self.photo_view.currentIndex().row()))
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(add_photos)
        photo_buttons.addWidget(remove_photo)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_view, 1)
        photo_row.addLayout(photo_buttons)
        form = QFormLayout()
        form.addRow(self.tr("What *"), self.what)
        form.addRow(self.tr("Where *"), self.unit)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Category *"), self.category)
        form.addRow(self.tr("Details"), self.description)
        form.addRow(self.tr("Photos"), photo_row)
        hint = QLabel(self.tr("Drag photos into this window, or pick them. Ctrl+Enter saves."))
        hint.setStyleSheet("color: palette(mid);")
        self.error = QLabel()
        self.error.setObjectName("reportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Report"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_shortcut = QAction(self)
        save_shortcut.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save_shortcut.triggered.connect(self.save)
        self.addAction(save_shortcut)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.unit.currentIndexChanged.connect(self._on_unit_changed)
        self._on_unit_changed()
        self.what.setFocus()
        self.resize(560, self.sizeHint().height())

    def place(self, unit_id: uuid.UUID, area_id: uuid.UUID | None = None) -> None:
        """Report here: the place a scanned code named (its unit, and the area when it is one)."""
        at = find_data(self.unit, unit_id)
        if at >= 0:
            self.unit.setCurrentIndex(at)  # fills the unit's areas
        if area_id is not None and (at := find_data(self.area, area_id)) >= 0:
            self.area.setCurrentIndex(at)

    def draft(self) -> ReportDraft:
        return ReportDraft(
            title=self.what.text(),
            unit_id=self.unit.currentData(),
            category=self.category.currentData(),
            description=self.description.toPlainText(),
            area_id=self.area.currentData(),
            photos=tuple(self.photos.paths),
        )

    @Slot()
    def save(self) -> None:
        if self.task is not None:
            return
        if not self.what.text().strip():
            self._show_error(self.tr("Say in a few words what the problem is."))
            self.what.setFocus()
            return
        services = self._context.services
        actor = self._context.require_actor(self)
        if services is None or actor is None:
            self._show_error(self.tr("Log in with your personal account first."))
            return
        draft = self.draft()
        self.buttons.setEnabled(False)
        self.error.hide()
        self.task = Task(lambda progress: services.issues.report(actor, draft), name="quick report", parent=self)
        self.task.succeeded.connect(self._on_task_succeeded)
        self.task.failed.connect(self._on_task_failed)
        self.task.start()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @Slot(object)
    def _on_task_succeeded(self, ref: IssueRef) -> None:
        self.task = None
        self.reported.emit(ref)
        self.accept()

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        text = labels.problem_text(exc)
        if text:
            self._show_error(text)
        else:
            show_exception(self, exc, self.tr("The report could not be saved"))

    @Slot()
    def _on_unit_changed(self) -> None:
        services = self._context.services
        self.area.clear()
        self.area.addItem(self.tr("(none)"), None)
        unit_id = self.unit.currentData()
        if services is not None and unit_id is not None:
            for area_id, name in services.issues.areas(unit_id):
                self.area.addItem(name, area_id)

    @Slot()
    def _on_add_photos_clicked(self) -> None:
        files = open_file_names(self, self.tr("Add photos"), "photos", self.tr("Pictures ({0})").format(PHOTO_FILTER))
        self.photos.add(files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _pictures(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        pictures = _pictures(event.mimeData())
        if pictures:
            self.photos.add(pictures)
            event.acceptProposedAction()


def _pictures(data: Any) -> list[Path]:
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in PICTURE_SUFFIXES]


def open_quick_report(
    context: AppContext, parent: QWidget, unit_id: uuid.UUID | None = None, area_id: uuid.UUID | None = None
) -> QuickReportDialog | None:
    """Open the quick report dialog for the logged-in person (at ``unit_id``/``area_id`` when given: a scan)."""
    if context.services is None or context.require_actor(parent) is None:
        return None
    dialog = QuickReportDialog(context, parent)
    if unit_id is not None:
        dialog.place(unit_id, area_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window = parent.window()
    if isinstance(window, QMainWindow):
        dialog.reported.connect(
            lambda ref: window.statusBar().showMessage(
                translate("QuickReport", "Reported as {0}").format(ref.number), 8000
            )
        )
    dialog.open()
    return dialog
