"""A modal progress dialog bound to a Task: shows its progress, cancels it, and reports its failure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from gridapp.progress import Progress
from ui.errors import show_exception
from ui.tasks import Task


def run_with_progress(
    parent: QWidget,
    label: str,
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    *,
    name: str = "",
    failure_title: str = "",
) -> Task:
    """Start ``fn`` in the background behind a progress dialog with a Cancel button."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Progress", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick work finishes without a flash of dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(fn, name=name, parent=parent)

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    task.progressed.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    if on_success is not None:
        task.succeeded.connect(on_success)
    task.failed.connect(lambda exc: show_exception(parent, exc, failure_title))
    return task.start()
