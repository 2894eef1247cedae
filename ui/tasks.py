"""Running core work off the UI thread: progress, cancel, and success or failure delivered on the UI thread.

The function runs on a QThreadPool thread and receives a ``Progress`` callback (gridapp.progress); cancelling makes
that callback raise ``Cancelled`` so the work stops at its next report and its transaction rolls back. Outcomes
travel through a relay QObject living on the UI thread, so every slot runs there whatever kind of callable it is.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from gridapp.progress import Cancelled, Progress

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second reach the UI


class _Relay(QObject):
    """Lives on the UI thread; its signals, emitted from the worker, are queued to the UI thread."""

    progressed = Signal(int, int, str)
    done = Signal(str, object)  # outcome ("succeeded" | "failed" | "cancelled"), payload


class Task(QObject):
    """One piece of background work. Create, connect, ``start()``; ``cancel()`` asks it to stop."""

    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    _running: ClassVar[set[Task]] = set()  # keeps started tasks alive until they finish

    def __init__(self, fn: Callable[[Progress], Any], name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.name = name or getattr(fn, "__name__", "task")
        self._cancel = threading.Event()
        self._relay = _Relay()
        self._relay.progressed.connect(self._on_relay_progressed)
        self._relay.done.connect(self._on_relay_done)
        self.running = False
        self.error: BaseException | None = None

    def start(self, pool: QThreadPool | None = None) -> Task:
        if self.running:
            raise RuntimeError(f"task {self.name} already started")
        self.running = True
        Task._running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self._fn, self._cancel, self._relay, self.name))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, int, str)
    def _on_relay_progressed(self, done: int, total: int, text: str) -> None:
        self.progressed.emit(done, total, text)

    @Slot(str, object)
    def _on_relay_done(self, outcome: str, payload: object) -> None:
        self.running = False
        Task._running.discard(self)
        if outcome == "succeeded":
            self.succeeded.emit(payload)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            assert isinstance(payload, BaseException)
            self.error = payload
            self.failed.emit(payload)
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], cancel: threading.Event, relay: _Relay, name: str) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = cancel
        self._relay = relay
        self._name = name
        self._last = 0.0

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled(self._name)
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or done >= total:
            self._last = now
            self._relay.progressed.emit(done, total, text)

    def run(self) -> None:
        try:
            if self._cancel.is_set():
                raise Cancelled(self._name)
            result = self._fn(self._progress)
        except Cancelled:
            self._relay.done.emit("cancelled", None)
        except BaseException as exc:
            log.exception("background task %s failed", self._name)
            self._relay.done.emit("failed", exc)
        else:
            self._relay.done.emit("succeeded", result)
