"""The commands IT runs without a window: the first administrator, the demo with its password, the audit check,
and carrying the audit key to another PC."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

import main
from tests.conftest import ADMIN_PASSWORD, DEMO_PASSWORD, KEYRING


def _run(monkeypatch: pytest.MonkeyPatch, database: Path, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main.main(["--database", str(database), *args])


def test_init_admin_demo_and_audit_verify(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "plant.sqlite3"
    assert _run(monkeypatch, database, "account", "init-admin", stdin="weak\n") == 1
    assert "too_short" in capsys.readouterr().err  # the rules broken, not a traceback
    assert _run(monkeypatch, database, "account", "init-admin", stdin=f"{ADMIN_PASSWORD}\n") == 0
    assert _run(monkeypatch, database, "account", "init-admin", stdin=f"{ADMIN_PASSWORD}\n") == 1  # once only
    assert _run(monkeypatch, database, "demo", stdin=f"{DEMO_PASSWORD}\n") == 0  # the password from a pipe
    capsys.readouterr()
    assert _run(monkeypatch, database, "audit", "verify") == 0
    assert "审计链完好" in capsys.readouterr().out
    con = sqlite3.connect(database)
    con.execute("DROP TRIGGER issue_event_no_update")
    con.execute("UPDATE issue_event SET note = '伪造的批示：同意不整改' WHERE seq = 2")
    con.commit()
    con.close()
    assert _run(monkeypatch, database, "audit", "verify") == 3
    out = capsys.readouterr().out
    assert "审计链在第" in out and "event_changed" in out


def test_the_audit_key_moves_to_another_pc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "plant.sqlite3"
    assert _run(monkeypatch, database, "account", "init-admin", stdin=f"{ADMIN_PASSWORD}\n") == 0
    assert _run(monkeypatch, database, "demo", "--demo-password", DEMO_PASSWORD) == 0
    capsys.readouterr()
    assert _run(monkeypatch, database, "audit", "export-key", stdin=f"{ADMIN_PASSWORD}\n") == 0
    key = capsys.readouterr().out.strip()
    saved = dict(KEYRING.store)
    try:
        for name in [k for k in KEYRING.store if k[1].startswith("audit-key:")]:
            del KEYRING.store[name]  # another PC: the key is not in its keyring
        assert _run(monkeypatch, database, "audit", "verify") == 3
        assert _run(monkeypatch, database, "audit", "import-key", stdin=f"{ADMIN_PASSWORD}\nAAAA\n") == 1
        assert _run(monkeypatch, database, "audit", "import-key", stdin=f"{ADMIN_PASSWORD}\n{key}\n") == 0
        assert _run(monkeypatch, database, "audit", "verify") == 0
    finally:
        KEYRING.store.update(saved)


def test_the_plants_sync_key_moves_to_another_pc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from gridapp.services import open_workspace

    database = tmp_path / "plant.sqlite3"
    assert _run(monkeypatch, database, "account", "init-admin", stdin=f"{ADMIN_PASSWORD}\n") == 0
    assert _run(monkeypatch, database, "sync", "export-key", stdin=f"{ADMIN_PASSWORD}\n") == 1  # not set up yet
    opened = open_workspace(database)
    sync = opened.services.sync
    sync.set_up_plant(opened.services.db.system_actor(), "东湖水厂")
    capsys.readouterr()
    assert _run(monkeypatch, database, "sync", "export-key", stdin=f"{ADMIN_PASSWORD}\n") == 0
    key = capsys.readouterr().out.strip()
    saved = dict(KEYRING.store)
    try:
        for name in [k for k in KEYRING.store if k[1].startswith("sync-key:")]:
            del KEYRING.store[name]  # another PC of the plant server
        assert not sync.identity().has_key  # type: ignore[union-attr]
        wrong = "A" * 43 + "="  # a key, but not the plant's
        assert _run(monkeypatch, database, "sync", "import-key", stdin=f"{ADMIN_PASSWORD}\n{wrong}\n") == 1
        assert _run(monkeypatch, database, "sync", "import-key", stdin=f"{ADMIN_PASSWORD}\n{key}\n") == 0
        assert sync.identity().has_key  # type: ignore[union-attr]
    finally:
        KEYRING.store.update(saved)
        opened.services.close()


def test_the_command_line_speaks_chinese_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "plant.sqlite3"
    assert _run(monkeypatch, database, "account", "init-admin", stdin=f"{ADMIN_PASSWORD}\n") == 0
    assert "已创建系统管理员" in capsys.readouterr().out
    assert _run(monkeypatch, database, "account", "init-admin", stdin=f"{ADMIN_PASSWORD}\n") == 1  # refused: 1
    assert capsys.readouterr().err.strip() == "gridapp: 系统管理员已经存在"
    assert _run(monkeypatch, database, "--lang", "en", "audit", "verify") == 0
    assert capsys.readouterr().out.startswith("audit chain intact:")
    assert _run(monkeypatch, database, "restore", "no-such-backup") == 1
    assert "没有名为 no-such-backup 的校验过的备份" in capsys.readouterr().err
    assert _run(monkeypatch, tmp_path / "not-a-database.sqlite3", "migrate") == 0  # a new file is created
    (tmp_path / "garbage.sqlite3").write_bytes(b"this is not a database at all" * 10)
    assert _run(monkeypatch, tmp_path / "garbage.sqlite3", "migrate") == 2  # cannot be opened: 2, in words
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("gridapp: ")


def test_an_unknown_command_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        _run(monkeypatch, tmp_path / "x.sqlite3", "frobnicate")
    assert stopped.value.code == 2
