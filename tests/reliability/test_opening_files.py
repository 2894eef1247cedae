"""Opening files safely: what a file is gets decided read-only, a refused file is left byte for byte with nothing
beside it, a read-only file opens read-only (and writable again once it is), a busy file and a network share are
told apart from the generic error."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from gridapp.db import faults
from gridapp.db.connect import Timeouts, open_database
from gridapp.db.identify import FileKind, classify, look
from gridapp.db.network_share import is_unc, linux_network_path, mount_of, windows_network_path
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.services import open_workspace
from gridapp.station import load_or_create_station

ROOT = Path(__file__).resolve().parents[2]


def _beside(path: Path) -> list[str]:
    """Every file next to ``path`` whose name starts with its name (the file itself, -wal, -shm, -journal)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def _problem(target: Path) -> Problem:
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(target)
    return caught.value.problem


def _foreign_alembic_file(path: Path, wal: bool) -> None:
    con = sqlite3.connect(path)
    if wal:
        con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('3f1c2a9b7d10')")
    con.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total NUMERIC)")
    con.execute("INSERT INTO invoice (total) VALUES (12.5)")
    con.commit()
    con.close()


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_another_programs_alembic_file_is_refused_byte_for_byte(tmp_path: Path, wal: bool) -> None:
    path = tmp_path / "other.db"
    _foreign_alembic_file(path, wal)
    before = path.read_bytes()
    assert _problem(path) is Problem.NOT_A_DATABASE  # not "written by a newer Red Grid Workstation"
    assert path.read_bytes() == before
    assert _beside(path) == ["other.db"]


def test_a_newer_red_grid_file_is_told_so_and_left_alone(demo_db_file: Path) -> None:
    con = sqlite3.connect(demo_db_file)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    before = demo_db_file.read_bytes()
    assert _problem(demo_db_file) is Problem.NEWER_SCHEMA
    assert demo_db_file.read_bytes() == before
    assert _beside(demo_db_file) == [demo_db_file.name]


@pytest.mark.parametrize("keep", [0.5, 4096 * 3 + 100, 120], ids=["half", "not-whole-pages", "header-only"])
def test_a_truncated_file_is_refused_with_nothing_left_beside_it(demo_db_file: Path, keep: float) -> None:
    data = demo_db_file.read_bytes()
    size = int(len(data) * keep) if keep < 1 else int(keep)
    demo_db_file.write_bytes(data[: size - size % 4096] if keep < 1 else data[:size])
    before = demo_db_file.read_bytes()
    assert _problem(demo_db_file) is Problem.NOT_A_DATABASE
    assert demo_db_file.read_bytes() == before
    assert _beside(demo_db_file) == [demo_db_file.name]


def test_the_look_tells_every_kind_apart() -> None:
    ours = {"station", "unit", "person", "alembic_version"}
    assert classify(set(), set()).kind is FileKind.EMPTY
    assert classify({"alembic_version"}, set()).kind is FileKind.EMPTY
    assert classify({"invoice"}, set()).kind is FileKind.FOREIGN
    assert classify({"invoice", "alembic_version"}, {"3f1c2a9b7d10"}).kind is FileKind.FOREIGN
    assert classify({"invoice", "alembic_version"}, {"0099"}).kind is FileKind.FOREIGN  # digits, but not our tables
    assert classify(ours, {"0099"}).kind is FileKind.NEWER
    assert classify(ours, {"0001"}).kind is FileKind.OLDER
    from gridapp.db.schema import HEAD

    assert classify(ours, {HEAD}).kind is FileKind.CURRENT


def _without_override(code: str) -> subprocess.CompletedProcess[str]:
    """Python that file permissions apply to (root's override dropped, as for a real user)."""
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


OPEN_AND_TRY = """
import sys
import keyring
from tests.memory_keyring import MemoryKeyring
ring = MemoryKeyring()
ring.store = {{tuple(k): v for k, v in {keys!r}}}
keyring.set_keyring(ring)  # this run's audit keys, as the PC's keyring would hold them
from sqlalchemy import func, select
from gridapp.db.database import ReadOnlyDatabase
from gridapp.org.models import Person
from gridapp.services import open_workspace
opened = open_workspace(sys.argv[1] if len(sys.argv) > 1 else {path!r})
db = opened.services.db
with db.read() as s:
    people = s.scalar(select(func.count()).select_from(Person))
try:
    with db.write(db.system_actor(), "test") as s:
        pass
    wrote = "wrote"
except ReadOnlyDatabase as exc:
    wrote = "refused:" + exc.reason
opened.services.close()
print(db.read_only, people, wrote)
"""


def test_a_read_only_file_opens_read_only_and_writable_again_after_chmod(demo_db_file: Path, data_dir: Path) -> None:
    from tests.conftest import KEYRING

    db = open_database(demo_db_file, load_or_create_station(data_dir))
    with db.engine.connect() as conn:
        people = conn.execute(text("SELECT count(*) FROM person")).scalar()
    db.dispose()
    code = OPEN_AND_TRY.format(path=str(demo_db_file), keys=list(KEYRING.store.items()))
    os.chmod(demo_db_file, 0o444)  # the folder stays writable: the case that left a read-only -shm behind
    before = demo_db_file.read_bytes()
    try:
        result = _without_override(code)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["file", str(people), "refused:file"], result.stderr
        assert demo_db_file.read_bytes() == before
        assert _beside(demo_db_file) == [demo_db_file.name]  # no -wal/-shm with the file's read-only mode
    finally:
        os.chmod(demo_db_file, 0o644)
    result = _without_override(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["None", str(people), "wrote"], result.stderr


def test_a_read_only_file_says_why_a_write_is_refused(demo_db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gridapp.db import connect
    from gridapp.db.database import ReadOnlyDatabase
    from gridapp.org.models import Person
    from ui.errors import exception_text

    monkeypatch.setattr(connect, "_can_write", lambda path: False)  # as root every file is writable
    opened = open_workspace(demo_db_file)
    db = opened.services.db
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Person))
        with pytest.raises(ReadOnlyDatabase) as caught, db.write(db.system_actor(), "test"):
            pass
        words, _detail = exception_text(caught.value)
        assert "cannot be written" in words
    finally:
        opened.services.close()
    assert _beside(demo_db_file) == [demo_db_file.name]


def test_a_file_held_by_another_program_says_busy(demo_db_file: Path, data_dir: Path) -> None:
    from ui.errors import exception_text

    db = open_database(demo_db_file, load_or_create_station(data_dir), Timeouts(sqlite_busy_s=0.3))
    other = sqlite3.connect(demo_db_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(faults.DatabaseBusy) as caught, db.write(db.system_actor(), "test") as s:
            s.execute(text("SELECT 1"))
        assert db._write_lock.acquire(blocking=False)
        db._write_lock.release()
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.dispose()
    words, _detail = exception_text(caught.value)
    assert "in use by another program" in words


def test_a_file_on_a_network_share_is_refused_before_anything_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.db import connect

    monkeypatch.setattr(connect, "on_network_share", lambda path: True)
    target = tmp_path / "share" / "gridapp.sqlite3"
    assert _problem(target) is Problem.NETWORK_SHARE
    assert not target.parent.exists()


MOUNTS = r"""/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fileserver/safety /mnt/safety cifs rw,vers=3.0 0 0
nas:/export/plant /srv/plant nfs4 rw 0 0
/dev/sdb1 /srv/plant/local ext4 rw 0 0
//fs/with\040space /mnt/with\040space smb3 rw 0 0
user@host:/data /home/u/sshfs fuse.sshfs rw 0 0
"""


def test_network_shares_are_found_in_the_mount_table() -> None:
    assert linux_network_path("/mnt/safety/gridapp.sqlite3", MOUNTS)
    assert linux_network_path("/srv/plant/db/gridapp.sqlite3", MOUNTS)
    assert not linux_network_path("/srv/plant/local/gridapp.sqlite3", MOUNTS)  # a local disk mounted inside
    assert linux_network_path("/mnt/with space/g.sqlite3", MOUNTS)
    assert linux_network_path("/home/u/sshfs/g.sqlite3", MOUNTS)
    assert not linux_network_path("/home/u/gridapp.sqlite3", MOUNTS)
    assert not linux_network_path("/mnt/safetynet/g.sqlite3", MOUNTS)  # a prefix of the name is not inside
    assert mount_of("/srv/plant/local/x", MOUNTS) == ("/srv/plant/local", "ext4")


def test_windows_unc_paths_and_mapped_drives_are_network_shares() -> None:
    remote = {"Z:\\"}
    drive_type = remote.__contains__
    assert is_unc(r"\\server\share\gridapp.sqlite3")
    assert is_unc("//server/share/gridapp.sqlite3")
    assert is_unc(r"\\?\UNC\server\share\gridapp.sqlite3")
    assert not is_unc(r"\\?\C:\data\gridapp.sqlite3")
    assert not is_unc(r"C:\data\gridapp.sqlite3")
    assert windows_network_path(r"\\server\share\gridapp.sqlite3", drive_type)
    assert windows_network_path(r"z:\plant\gridapp.sqlite3", drive_type)
    assert not windows_network_path(r"C:\Users\grid\gridapp.sqlite3", drive_type)


def test_the_look_reads_only(demo_db_file: Path) -> None:
    before = demo_db_file.read_bytes()
    assert look(demo_db_file).kind is FileKind.CURRENT
    assert demo_db_file.read_bytes() == before
    assert _beside(demo_db_file) == [demo_db_file.name]
