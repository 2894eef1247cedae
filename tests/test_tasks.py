"""The background task helper: results, failures and cancellation arrive on the UI thread."""

from __future__ import annotations

import gc
import threading
import time
import traceback
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread

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


def test_work_outliving_its_task_lets_go_of_everything_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dialog closed while its document is still being built: the task goes with it, the work finishes, nothing
    is delivered, and what the work held is released on the UI thread (a Qt object freed on a worker thread
    corrupts the heap)."""
    released_on: list[threading.Thread] = []
    go_on = threading.Event()

    class Held:
        pass

    held = Held()
    weakref.finalize(held, lambda: released_on.append(threading.current_thread()))

    def work(progress: Progress, held: Held = held) -> str:
        assert go_on.wait(5)
        progress(1, 1)
        return "built"

    owner = QObject()
    task = Task(work, parent=owner)
    delivered: list[str] = []
    task.finished.connect(lambda: delivered.append("finished"))
    task.start()
    del held, work
    shiboken6.delete(owner)  # the task's C++ object goes with its parent
    del task, owner
    gc.collect()
    go_on.set()
    qtbot.waitUntil(lambda: bool(released_on), timeout=5000)
    assert released_on == [threading.main_thread()]
    assert delivered == []


def test_a_failure_keeps_its_lines_but_not_its_frames(qtbot) -> None:  # type: ignore[no-untyped-def]
    def build_the_document(progress: Progress) -> None:
        secret = bytearray(10)  # noqa: F841 - a local the frame would otherwise keep alive
        raise OSError("磁盘已满")

    task = Task(build_the_document)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    exc = blocker.args[0]
    assert "build_the_document" in "".join(traceback.format_exception(exc))
    work_frame = [frame for frame, _ in traceback.walk_tb(exc.__traceback__)][-1]
    assert work_frame.f_code.co_name == "build_the_document" and not work_frame.f_locals


def test_stop_all_at_quit_cancels_running_work_and_waits_for_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Quit while work runs (the database still opening behind the login): the work stops at its next report and
    its worker has finished before the interpreter tears the relay down."""
    from ui.tasks import stop_all

    started = threading.Event()
    ended: list[str] = []

    def work(progress: Progress) -> None:
        started.set()
        try:
            for i in range(1000):
                time.sleep(0.01)
                progress(i, 1000)
        finally:
            ended.append("rolled back")

    task = Task(work)
    task.start()
    assert started.wait(5)
    begun = time.monotonic()
    assert stop_all(5000)
    assert ended == ["rolled back"] and time.monotonic() - begun < 1
    assert task.is_cancel_requested
