"""One window per database file: a second start on the same file asks the first to come to the front and stops."""

from __future__ import annotations

from pathlib import Path

from ui.single_instance import SingleInstance, canonical_path, server_name


def test_a_second_start_on_the_same_file_brings_the_first_to_the_front(tmp_path: Path, qtbot: object) -> None:
    path = tmp_path / "gridapp.sqlite3"
    first = SingleInstance(path)
    assert first.claim()
    try:
        second = SingleInstance(tmp_path / "." / "gridapp.sqlite3")  # the same file by another spelling
        with qtbot.waitSignal(first.activation_requested, timeout=5_000):  # type: ignore[attr-defined]
            assert not second.claim()
        assert second.server is None
        other = SingleInstance(tmp_path / "other.sqlite3")  # another file is another window
        assert other.claim()
        other.release()
    finally:
        first.release()
    again = SingleInstance(path)  # once the first has closed, a new start is the first again
    assert again.claim()
    again.release()


def test_the_name_follows_the_files_canonical_path(tmp_path: Path) -> None:
    real = tmp_path / "gridapp.sqlite3"
    real.touch()
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    assert canonical_path(link) == canonical_path(real)
    assert server_name(link) == server_name(real)
    assert server_name(real) != server_name(tmp_path / "other.sqlite3")


def test_a_socket_left_by_a_crashed_start_is_taken_over(tmp_path: Path) -> None:
    from PySide6.QtNetwork import QLocalServer

    path = tmp_path / "gridapp.sqlite3"
    crashed = QLocalServer()
    assert crashed.listen(server_name(path))
    crashed.close()  # (a real crash leaves the socket file; nobody answers on it either way)
    guard = SingleInstance(path)
    assert guard.claim()
    guard.release()
