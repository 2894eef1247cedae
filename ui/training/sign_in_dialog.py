"""Importing a signed sheet (签到表) into a session: after the column step (``ui.imports``), each row's person or why
it is nobody — a name no one of the unit bears, or several do — and the import (all or nothing) only when no row is
in error; a printed name nobody signed is noted and left out."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QTableView, QVBoxLayout, QWidget

from gridapp.actor import Actor
from gridapp.io.tables import Table
from gridapp.progress import Progress
from gridapp.training.kinds import SignInProblem, TrainingRefused
from gridapp.training.rows import SignInPreview
from gridapp.training.sign_in import SCHEMA
from ui.imports.dialog import ImportDialog
from ui.training.models import SignInColumn, SignInTableModel
from ui.training.words import refusal_text

if TYPE_CHECKING:
    from gridapp.training.service import TrainingService

translate = QCoreApplication.translate


def field_label(key: str) -> str:
    return {
        "seq": translate("SignInImport", "No."),
        "name": translate("SignInImport", "Name"),
        "unit": translate("SignInImport", "Unit"),
        "signed_at": translate("SignInImport", "Time signed"),
        "signature": translate("SignInImport", "Signature"),
    }.get(key, key)


class SignInImportDialog(ImportDialog):
    def __init__(
        self,
        service: TrainingService,
        session_id: uuid.UUID,
        path: Path,
        actor: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(path, SCHEMA, field_label, "", parent)
        self.setWindowTitle(self.tr("Import sign-in sheet"))
        self._service = service
        self._session_id = session_id
        self._actor = actor
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("signInSummary")
        self.summary.setWordWrap(True)
        self.model = SignInTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("signInPreview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.add_preview(page)
        self.load()

    def make_preview(self, table: Table, progress: Progress) -> Any:
        return self._service.match_sign_in(self._session_id, table)

    def show_preview(self, result: Any) -> bool:
        preview: SignInPreview = result
        self.model.set_rows(list(preview.rows))
        self.table.sortByColumn(SignInColumn.LINE, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        absent = sum(1 for r in preview.rows if r.problem is SignInProblem.NOT_SIGNED)
        text = self.tr("{0} people signed in; {1} printed names not signed (left out).").format(
            len(preview.people), absent
        )
        if preview.errors:
            text += " " + self.tr(
                "{0} rows name nobody of the unit (red): correct the sheet and read it again."
            ).format(len(preview.errors))
            self.summary.setStyleSheet("color: #B3261E")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)
        return not preview.errors and bool(preview.people)

    def do_import(self, actor: Actor, table: Table, progress: Progress) -> Any:
        return self._service.import_sign_in(actor, self._session_id, table)

    def actor(self) -> Actor | None:
        return self._actor()

    def imported_text(self, result: Any) -> str:
        return self.tr("{0} attendees added from the sign-in sheet.").format(result)

    def show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, TrainingRefused):
            QMessageBox.warning(self, self.windowTitle(), refusal_text(exc))
        else:
            super().show_failure(exc)
