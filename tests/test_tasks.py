"""The background task helper: results, failures and cancellation arrive on the UI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from gridapp.progress import Progress
from ui.tasks import Task


def test_result_and_progress_are_delivered_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker_threads: list[threading.Thread] = []
    seen: list[tuple[int, int]] = []
    delivered_on: list[QThread] = []

    def work(progress: Progress) -> int:
        worker_threads.append(threading.current_thread())
        for i in range(5):
            progress(i, 4)
        return 42

    task = Task(work)
    task.progressed.connect(lambda done, total, text: seen.append((done, total)))
    task.succeeded.connect(lambda result: delivered_on.append(QThread.currentThread()))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [42]
    assert worker_threads[0] is not threading.main_thread()
    assert delivered_on == [task.thread()]
    assert seen[-1] == (4, 4)


def test_a_failure_is_delivered_not_swallowed(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(progress: Progress) -> None:
        raise ValueError("坏数据")

    task = Task(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ValueError) and str(blocker.args[0]) == "坏数据"
    assert task.error is blocker.args[0]


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        for i in range(1000):
            progress(i, 1000)
            steps.append(i)
            time.sleep(0.005)

    task = Task(work)
    succeeded: list[object] = []
    task.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.start()
        assert started.wait(5)
        task.cancel()
    assert succeeded == [] and len(steps) < 1000
    assert not task.running


def test_a_task_cannot_be_started_twice(qtbot) -> None:  # type: ignore[no-untyped-def]
    task = Task(lambda progress: None)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
        with pytest.raises(RuntimeError):
            task.start()
