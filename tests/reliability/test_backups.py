"""Backups: made and verified, thinned by the calendar, never displaced by a bad one, photos kept, the restore drill."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from gridapp.backup.sqlite import (
    DAILY,
    MANUAL,
    UPGRADE,
    Backup,
    BackupFailed,
    Retention,
    backup_due,
    backup_folder,
    backup_photo_root,
    backups_to_keep,
    find_backup,
    list_backups,
    make_backup,
    photo_root,
    restore_backup,
    thin_backups,
)
from gridapp.db.database import Database


def _file(db: Database) -> Path:
    return Path(db.location.path or "")


def _person_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as con, con:
        return con.execute("SELECT count(*) FROM person").fetchone()[0]


def _renamed(path: Path) -> int:
    with closing(sqlite3.connect(path)) as con, con:
        return con.execute("SELECT count(*) FROM person WHERE name = '改过'").fetchone()[0]


def test_a_backup_is_made_verified_and_described(demo_db: Database) -> None:
    path = _file(demo_db)
    backup = make_backup(path, MANUAL)
    assert backup.path.parent == path.parent / "backups" and backup.path.exists()
    assert backup.revision is not None and backup.counts["person"] == 58 and backup.counts["unit"] > 0
    assert "alembic_version" not in backup.counts and not any(t.startswith("issue_fts") for t in backup.counts)
    manifest = json.loads(backup.manifest.read_text(encoding="utf-8"))
    assert manifest["integrity_check"] == "ok" and manifest["counts"]["person"] == 58
    with closing(sqlite3.connect(backup.path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert [b.name for b in list_backups(path)] == [backup.name]
    assert not [p for p in backup_folder(path).iterdir() if p.name.endswith(".part")]


def test_the_backup_is_a_consistent_snapshot_while_the_app_holds_the_file(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:  # an open connection of the app, in WAL mode
        conn.exec_driver_sql("SELECT count(*) FROM person").fetchall()
        backup = make_backup(_file(demo_db))
    assert backup.counts["person"] == 58


def test_due_after_the_hours(demo_db: Database) -> None:
    path = _file(demo_db)
    assert backup_due(path, 24)
    made = make_backup(path, DAILY)
    assert not backup_due(path, 24)
    assert backup_due(path, 24, now=made.made_at + dt.timedelta(hours=25))


def _fake(name: str, made_at: dt.datetime, reason: str = DAILY) -> Backup:
    return Backup(Path(name), name, made_at, reason, "0011", 1, "x")


def test_rotation_keeps_seven_days_four_weeks_twelve_months() -> None:
    start = dt.datetime(2026, 11, 30, 20, 0)
    # Two backups a day for 500 days, newest first.
    backups = [_fake(f"b{i}", start - dt.timedelta(hours=12 * i)) for i in range(1000)]
    keep = backups_to_keep(backups, Retention())
    kept = sorted((b for b in backups if b.name in keep), key=lambda b: b.made_at, reverse=True)
    days = [b.made_at.date() for b in kept]
    # The newest of each of the last 7 days…
    assert [b.made_at for b in kept[:7]] == [start - dt.timedelta(days=d) for d in range(7)]
    # …of each of 4 ISO weeks and 12 months: at most 7 + 4 + 12, at least 12 months reach back.
    assert len(kept) <= 7 + 4 + 12
    assert min(days) <= dt.date(2025, 12, 31) and min(days) >= dt.date(2025, 12, 1)
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12
    weeks = {tuple(d.isocalendar())[:2] for d in days}
    assert len(weeks) >= 4
    # A pre-upgrade backup outlives the calendar.
    old = _fake("upgrade", start - dt.timedelta(days=900), UPGRADE)
    assert "upgrade" in backups_to_keep([*backups, old], Retention())
    assert "upgrade" not in backups_to_keep([*backups, _fake("other", old.made_at)], Retention())


def test_thinning_removes_files_and_manifests(demo_db: Database) -> None:
    path = _file(demo_db)
    now = dt.datetime(2026, 11, 30, 9)
    for day in range(10):
        make_backup(path, DAILY, now=now - dt.timedelta(days=day), thin=False)
    (backup_folder(path) / "backup-settings.json").write_text(json.dumps({"daily": 3, "weekly": 0, "monthly": 0}))
    removed = thin_backups(path)
    left = list_backups(path)
    assert [b.made_at.date() for b in left] == [(now - dt.timedelta(days=d)).date() for d in range(3)]
    assert len(removed) == 7 and not any(b.path.exists() or b.manifest.exists() for b in removed)


def test_settings_file_is_written_with_the_defaults(demo_db: Database) -> None:
    path = _file(demo_db)
    make_backup(path)
    settings = json.loads((backup_folder(path) / "backup-settings.json").read_text())
    assert settings["daily"] == 7 and settings["weekly"] == 4 and settings["monthly"] == 12


def test_a_backup_failing_verification_never_replaces_a_good_one(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(demo_db)
    (backup_folder(path)).mkdir(exist_ok=True)
    (backup_folder(path) / "backup-settings.json").write_text(json.dumps({"daily": 1, "weekly": 0, "monthly": 0}))
    good = make_backup(path, DAILY, now=dt.datetime(2026, 11, 29, 9))
    import gridapp.backup.sqlite as backups

    real = backups._snapshot

    def corrupting(database: Path, target: Path) -> None:
        real(database, target)
        with target.open("r+b") as fh:  # scribble over a page in the middle of the file
            fh.seek(8192)
            fh.write(b"\xde\xad" * 2048)

    monkeypatch.setattr(backups, "_snapshot", corrupting)
    with pytest.raises(BackupFailed):
        make_backup(path, DAILY, now=dt.datetime(2026, 11, 30, 9))
    assert [b.name for b in list_backups(path)] == [good.name]
    assert sorted(p.name for p in backup_folder(path).iterdir() if p.is_file()) == sorted(
        [good.name, good.manifest.name, "backup-settings.json"]
    )


def test_a_backup_damaged_afterwards_is_refused_at_restore(demo_db: Database) -> None:
    path = _file(demo_db)
    backup = make_backup(path)
    data = bytearray(backup.path.read_bytes())
    data[5000] ^= 0xFF
    backup.path.write_bytes(bytes(data))
    demo_db.dispose()
    with pytest.raises(BackupFailed):
        restore_backup(path, backup)
    assert _person_count(path) == 58


def test_photos_are_in_the_backup_once_and_put_back(demo_db: Database) -> None:
    path = _file(demo_db)
    photos = photo_root(path)
    (photos / "ab").mkdir(parents=True)
    (photos / "ab" / ("ab" + "0" * 62 + ".jpg")).write_bytes(b"photo one")
    (photos / "thumbs" / "ab").mkdir(parents=True)
    (photos / "thumbs" / "ab" / ("ab" + "0" * 62 + ".jpg")).write_bytes(b"thumb")
    first = make_backup(path, now=dt.datetime(2026, 11, 29, 9))
    assert first.photos == 2
    copy = backup_photo_root(path) / "ab" / ("ab" + "0" * 62 + ".jpg")
    assert copy.read_bytes() == b"photo one"
    inode = copy.stat().st_ino
    (photos / "cd").mkdir()
    (photos / "cd" / ("cd" + "1" * 62 + ".png")).write_bytes(b"photo two")
    second = make_backup(path, now=dt.datetime(2026, 11, 30, 9))
    assert second.photos == 3 and copy.stat().st_ino == inode  # the first photo was not copied again
    # A photo lost from the live folder comes back with the restore.
    (photos / "ab" / ("ab" + "0" * 62 + ".jpg")).unlink()
    demo_db.dispose()
    restored = restore_backup(path, second)
    assert restored.photos == 1 and (photos / "ab" / ("ab" + "0" * 62 + ".jpg")).read_bytes() == b"photo one"


def test_restore_drill(demo_db: Database) -> None:
    """Make data, back up, change data, restore: the old data is back and the replaced file was backed up first."""
    path = _file(demo_db)
    backup = make_backup(path, MANUAL, now=dt.datetime(2026, 11, 29, 9))
    with demo_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE person SET name = '改过' WHERE employee_no > 'DH0040'")
        conn.exec_driver_sql("CREATE TABLE scratch (n INTEGER)")
        conn.exec_driver_sql("INSERT INTO scratch VALUES (1), (2)")
    assert _renamed(path) > 0
    demo_db.dispose()  # every connection closed, as the app does before a restore
    restored = restore_backup(path, find_backup(path, backup.name))
    assert _renamed(path) == 0 and _person_count(path) == 58
    assert restored.previous is not None and restored.previous.counts["scratch"] == 2
    assert restored.previous.name in {b.name for b in list_backups(path)}
    assert not path.with_name(path.name + "-wal").exists()
    with closing(sqlite3.connect(path)) as con, con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_command_line_lists_and_restores(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from main import main

    path = _file(demo_db)
    demo_db.dispose()
    assert main(["--lang", "en", "--database", str(path), "restore"]) == 0
    assert "no verified backups" in capsys.readouterr().out
    assert main(["--database", str(path), "backup"]) == 0
    name = list_backups(path)[0].name
    assert main(["--lang", "en", "--database", str(path), "restore"]) == 0
    listing = capsys.readouterr().out
    assert name in listing and "people 58" in listing
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("UPDATE person SET name = '改过'")
    assert main(["--database", str(path), "restore", "no-such-backup"]) == 1
    assert main(["--lang", "en", "--database", str(path), "restore", name]) == 0
    assert _renamed(path) == 0
    assert "backed up as" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["account", "bogus"])


def test_a_read_only_file_is_backed_up_with_nothing_left_beside_it(demo_db: Database, tmp_path: Path) -> None:
    """The start-up backup of a file this PC may only read leaves no -wal/-shm beside it (run without root's
    override of file permissions, as a plant user would)."""
    import shutil
    import stat

    from tests.reliability.test_opening_files import _without_override

    source = _file(demo_db)
    with closing(sqlite3.connect(source)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "plant.sqlite3"
    shutil.copy(source, path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        result = _without_override(
            f"from pathlib import Path\nfrom gridapp.backup.sqlite import make_backup\n"
            f"print(make_backup(Path({str(path)!r}), 'manual').path.exists())"
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["True"]
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    finally:
        path.chmod(0o644)
