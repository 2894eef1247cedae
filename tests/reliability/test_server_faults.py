"""Server faults: a PostgreSQL server behind a local proxy that starts swallowing every byte (a black hole that
still acknowledges the packets). A write fails in bounded time with the write lock free, the poller says so once in
the status bar and clears it when the server answers again; a read's loss never opens a dialog."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from gridapp.db import faults
from gridapp.db.connect import Timeouts, postgresql_connect_args
from gridapp.services import Opened, open_workspace
from tests.test_postgresql import postgres_url  # noqa: F401  (the throw-away server, started for this module)

SHORT = {  # the test's timeouts: the same mechanisms as a plant's defaults, seconds instead of a minute
    "GRIDAPP_TIMEOUT_PG_CONNECT_S": "2",
    "GRIDAPP_TIMEOUT_PG_KEEPALIVE_IDLE_S": "1",
    "GRIDAPP_TIMEOUT_PG_KEEPALIVE_INTERVAL_S": "1",
    "GRIDAPP_TIMEOUT_PG_KEEPALIVE_COUNT": "2",
    "GRIDAPP_TIMEOUT_PG_TCP_USER_TIMEOUT_S": "3",
    "GRIDAPP_TIMEOUT_PG_STATEMENT_S": "4",
    "GRIDAPP_TIMEOUT_PG_DEADLINE_S": "5",
}


class BlackHoleProxy:
    """127.0.0.1:port → the server. While ``black_hole`` is set it keeps every socket open, reads what arrives
    and discards it, and sends nothing back (new connections too)."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.black_hole = False
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._stop = False
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _addr = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self._sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                break
            if not data:
                break
            if self.black_hole:
                continue  # swallowed: the sender's TCP stack sees it acknowledged, nobody ever answers
            try:
                sink.sendall(data)
            except OSError:
                break
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._stop = True
        self.listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()


@pytest.fixture
def proxied(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Opened, BlackHoleProxy]]:  # noqa: F811
    for name, value in SHORT.items():
        monkeypatch.setenv(name, value)
    host_port = postgres_url.split("@", 1)[1].split("/", 1)[0]
    host, port = host_port.rsplit(":", 1)
    proxy = BlackHoleProxy((host, int(port)))
    opened = open_workspace(postgres_url.replace(host_port, f"127.0.0.1:{proxy.port}"))
    try:
        yield opened, proxy
    finally:
        proxy.black_hole = False
        proxy.close()
        opened.services.close()


def test_the_connect_arguments_bound_every_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    args = postgresql_connect_args(Timeouts())
    assert args["connect_timeout"] == 5
    assert args["keepalives"] == 1 and args["keepalives_idle"] and args["keepalives_interval"]
    assert args["keepalives_count"] and args["tcp_user_timeout"] == 30_000
    # every statement planned for its values (a cached generic plan made a common search word scan: issue 20)
    assert args["options"] == "-c statement_timeout=120000 -c plan_cache_mode=force_custom_plan"
    monkeypatch.setenv("GRIDAPP_TIMEOUT_PG_STATEMENT_S", "300")
    monkeypatch.setenv("GRIDAPP_TIMEOUT_SQLITE_BUSY_S", "not a number")  # ignored: the default stays
    assert Timeouts.from_env() == Timeouts(pg_statement_s=300)


def test_a_write_to_a_black_holed_server_fails_in_bounded_time_and_frees_the_lock(
    proxied: tuple[Opened, BlackHoleProxy],
) -> None:
    opened, proxy = proxied
    db = opened.services.db
    with db.write(db.system_actor(), "test") as s:  # the way there works
        s.execute(text("SELECT 1"))
    proxy.black_hole = True
    started = time.monotonic()
    with pytest.raises(faults.ConnectionLost) as caught, db.write(db.system_actor(), "test") as s:
        s.execute(text("SELECT 1"))
    took = time.monotonic() - started
    assert caught.value.during_write
    assert took <= 30, took
    assert db._write_lock.acquire(blocking=False)  # nobody holds it
    db._write_lock.release()
    proxy.black_hole = False
    with db.write(db.system_actor(), "test") as s:  # and once the server answers, writes work again
        assert s.execute(text("SELECT 1")).scalar() == 1


def test_the_poller_says_once_that_the_connection_is_lost_and_clears_it(
    proxied: tuple[Opened, BlackHoleProxy], qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui import change_poll
    from ui.errors import connection_state, show_exception

    monkeypatch.setattr(change_poll, "SERVER_MS", 200)
    dialogs: list[object] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box) or 0)
    opened, proxy = proxied
    state = connection_state()
    said: list[bool] = []
    state.changed.connect(said.append)
    poll = change_poll.ChangePoll()
    poll.watch(opened.services)
    try:
        proxy.black_hole = True
        qtbot.waitUntil(lambda: said == [True], timeout=30_000)  # type: ignore[attr-defined]
        # reads keep failing while the server is away: still one message, and no dialog
        show_exception(None, faults.ConnectionLost("gone", during_write=False))
        qtbot.wait(7_000)  # type: ignore[attr-defined]
        assert said == [True]
        assert dialogs == []
        proxy.black_hole = False
        qtbot.waitUntil(lambda: said == [True, False], timeout=30_000)  # type: ignore[attr-defined]
    finally:
        poll.watch(None)
        qtbot.waitUntil(lambda: poll._task is None, timeout=30_000)  # type: ignore[attr-defined]
        state.changed.disconnect(said.append)


def test_a_failed_write_is_told_once_and_the_status_bar_shows_the_loss(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.errors import connection_state, exception_text, show_exception
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    connection_state().set_lost(True)
    try:
        assert window.statusBar().currentMessage() == "Connection to the server lost; retrying…"
    finally:
        connection_state().set_lost(False)
    assert window.statusBar().currentMessage() == ""
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box.text()) or 0)
    lost_write = faults.ConnectionLost("server closed the connection", during_write=True)
    show_exception(window, lost_write)
    assert len(dialogs) == 1 and "not saved" in dialogs[0]
    assert connection_state().lost  # the status bar says it too, until a poll succeeds
    connection_state().set_lost(False)
    words, _detail = exception_text(lost_write)
    assert words == dialogs[0]
