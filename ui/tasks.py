"""Running core work off the UI thread: progress, cancel, and success or failure delivered on the UI thread.

The function runs on a QThreadPool thread and receives a ``Progress`` callback (gridapp.progress); cancelling makes
that callback raise ``Cancelled`` so the work stops at its next report and its transaction rolls back.

Outcomes travel through one relay QObject made on the UI thread and kept for the life of the application, with the
task's number: a worker never holds the last reference to a Qt object, so none is ever deleted on a worker thread
(Qt forbids it, and the heap corruption it causes kills the process later, somewhere unrelated). A task deleted while
its work runs (its dialog closed) simply hears nothing.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from gridapp.progress import Cancelled, Progress

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # at most ~20 progress updates a second reach the UI


class _Relay(QObject):
    """Lives on the UI thread; its signals, emitted from workers, are queued to the UI thread."""

    progressed = Signal(int, int, int, str)  # task number, done, total, text
    done = Signal(int, str, object)  # task number, outcome ("succeeded" | "failed" | "cancelled"), payload

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, Task] = {}  # started and not yet finished (keeps them alive meanwhile)
        self.progressed.connect(self._on_progressed)
        self.done.connect(self._on_done)

    @Slot(int, int, int, str)
    def _on_progressed(self, number: int, done: int, total: int, text: str) -> None:
        task = self.tasks.get(number)
        if task is not None and shiboken6.isValid(task):
            task.progressed.emit(done, total, text)

    @Slot(int, str, object)
    def _on_done(self, number: int, outcome: str, payload: object) -> None:
        task = self.tasks.pop(number, None)
        if task is not None and shiboken6.isValid(task):
            task.deliver(outcome, payload)


_relay: _Relay | None = None
_numbers = itertools.count(1)
_stops: dict[int, threading.Event] = {}  # each started task's cancel flag, until its worker has finished


def stop_all(wait_ms: int = 30_000) -> bool:
    """At quit, after the event loop: ask every running task to stop (its transaction rolls back at its next
    progress report) and wait for the workers, so none reports to a relay the interpreter is tearing down.
    False when a worker was still busy after ``wait_ms``."""
    for stop in list(_stops.values()):
        stop.set()
    return QThreadPool.globalInstance().waitForDone(wait_ms)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class Task(QObject):
    """One piece of background work. Create, connect, ``start()``; ``cancel()`` asks it to stop.

    The function returns plain data (rows, bytes, QImages): never a QObject, which would belong to the worker's thread.
    """

    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, fn: Callable[[Progress], Any], name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.name = name or getattr(fn, "__name__", "task")
        self._cancel = threading.Event()
        self._number = next(_numbers)
        self.running = False
        self.error: BaseException | None = None

    def start(self, pool: QThreadPool | None = None) -> Task:
        if self.running:
            raise RuntimeError(f"task {self.name} already started")
        self.running = True
        relay = _the_relay()
        relay.tasks[self._number] = self
        _stops[self._number] = self._cancel
        (pool or QThreadPool.globalInstance()).start(_Runner(self._fn, self._cancel, relay, self._number, self.name))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def deliver(self, outcome: str, payload: object) -> None:
        """On the UI thread: the work is over; say how."""
        self.running = False
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
    def __init__(
        self, fn: Callable[[Progress], Any], cancel: threading.Event, relay: _Relay, number: int, name: str
    ) -> None:
        super().__init__()
        self._fn: Callable[[Progress], Any] | None = fn
        self._cancel = cancel
        self._relay = relay
        self._number = number
        self._name = name
        self._last = 0.0

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled(self._name)
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or done >= total:
            self._last = now
            self._relay.progressed.emit(self._number, done, total, text)

    def run(self) -> None:
        fn, self._fn = self._fn, None  # the task keeps the function (and what it holds) until it hears the outcome
        assert fn is not None
        outcome: tuple[str, object]
        try:
            if self._cancel.is_set():
                raise Cancelled(self._name)
            outcome = ("succeeded", fn(self._progress))
        except Cancelled:
            outcome = ("cancelled", None)
        except BaseException as exc:
            log.exception("background task %s failed", self._name)
            traceback.clear_frames(exc.__traceback__)  # the lines stay for the report; the frames' objects go now
            outcome = ("failed", exc)
        del fn  # dropped here, while the task still holds it: never the last reference
        _stops.pop(self._number, None)
        self._relay.done.emit(self._number, *outcome)
