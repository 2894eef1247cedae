"""Small dialogs of the cards page: releasing a version, copying a card to another post, and the rows a rejected
workbook import found wrong."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.rows import PostRow

Index = QModelIndex | QPersistentModelIndex


class ReleaseDialog(QDialog):
    def __init__(self, document: str, current: str, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Release a version"))
        self.version = QLineEdit(suggested)
        self.version.setObjectName("releaseVersion")
        self.note = QLineEdit()
        self.note.setObjectName("releaseNote")
        self.note.setPlaceholderText(self.tr("What changed, e.g. the grid's duties added to the card"))
        intro = QLabel(
            self.tr("Release the current text of “{0}” as a new version. The released version is kept and can be "
                    "viewed and printed later; rounds are recorded against it.").format(document)
        )  # fmt: skip
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current version"), QLabel(current or self.tr("none (draft)")))
        form.addRow(self.tr("New version"), self.version)
        form.addRow(self.tr("What changed"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())


class CopyDialog(QDialog):
    """Choose the post a card is copied to, and whether it replaces what that post's card holds."""

    def __init__(self, document: str, posts: list[PostRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy “{0}” to another post").format(document))
        self.post = QComboBox()
        self.post.setObjectName("copyTarget")
        for post in posts:
            self.post.addItem(f"{post.unit} · {post.name}", post.id)
        self.replace = QRadioButton(self.tr("Replace what that post's document holds"))
        self.append = QRadioButton(self.tr("Add the items after the ones it has"))
        self.replace.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Copy to"), self.post)
        form.addRow("", self.replace)
        form.addRow("", self.append)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
