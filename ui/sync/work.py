"""Sync's long work off the UI thread: a progress dialog saying the step, and a cancel the service sees.

The service stops only where stopping leaves nothing half-done (``cancelled()`` is asked between its steps and
inside its loops; the merge is one transaction), so Cancel here sets a flag the service reads instead of making
the progress report raise at an arbitrary point (after a file is written, before it is recorded).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from gridapp.progress import Cancelled
from ui.sync.words import step_label
from ui.tasks import Task

if TYPE_CHECKING:
    from gridapp.actor import Actor
    from gridapp.services import Services
    from gridapp.sync.exchange import Merged

translate = QCoreApplication.translate
SyncWork = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]  # (progress, cancelled) -> result


def background(work: SyncWork, name: str, parent: Any = None) -> tuple[Task, threading.Event]:
    """A Task running ``work``; setting the returned event asks the service to stop at its next safe point."""
    stop = threading.Event()

    def run(progress: Callable[..., None]) -> Any:
        def report(done: int, total: int, step: str = "") -> None:
            progress(done, total, step)

        from gridapp.sync.exchange import Cancelled as SyncCancelled

        try:
            result = work(report, stop.is_set)
        except (SyncCancelled, InterruptedError) as exc:
            raise Cancelled(name) from exc
        return result

    return Task(run, name=name, parent=parent), stop


def run_sync(
    parent: QWidget,
    label: str,
    work: SyncWork,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_cancelled: Callable[[], None] | None = None,
    *,
    name: str = "sync",
) -> Task:
    """Start ``work`` behind a window-modal progress dialog with the current step and a Cancel button."""
    dialog = QProgressDialog(label, translate("SyncWork", "Cancel"), 0, 0, parent)
    dialog.setObjectName("syncProgress")
    dialog.setWindowTitle(translate("SyncWork", "Sync"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    task, stop = background(work, name, parent)

    def on_progress(done: int, total: int, step: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if step:
            dialog.setLabelText(f"{label}\n{step_label(step)}")

    def on_cancel() -> None:
        stop.set()
        dialog.setLabelText(translate("SyncWork", "Stopping… nothing half-done is kept."))

    task.progressed.connect(on_progress)
    dialog.canceled.connect(on_cancel)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    task.start()
    return task


def network_sync(services: Services, actor: Actor, url: str, confirmed: str = "") -> SyncWork:
    """The work of "sync now": open the plant's database at ``url`` (password from the keyring), exchange, close.
    ``confirmed``: the plant's key code the user compared at the first contact (the first try is refused with the
    code to compare)."""

    def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> tuple[Merged, Merged]:
        from gridapp.db.connect import open_database
        from gridapp.issues.photos import PhotoStore, photo_root_for
        from gridapp.paths import data_dir

        progress(0, 4, "connect")
        plant = open_database(url, services.db.station)
        try:
            photos = PhotoStore(photo_root_for(plant.location.path, data_dir()), plant)
            return services.sync.sync_with(
                actor,
                plant,
                photos,
                trust_plant=lambda _name, code: bool(confirmed) and code == confirmed,
                progress=progress,
                cancelled=cancelled,
            )
        finally:
            plant.dispose()

    return work
