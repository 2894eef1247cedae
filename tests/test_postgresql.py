"""The same code on a PostgreSQL server: migrations, the demo plant, and the organisation queries.

The test starts a throw-away server of its own (initdb + pg_ctl in a temporary folder, on a free loopback port).
Where no PostgreSQL binaries exist it is skipped, unless GRIDAPP_REQUIRE_POSTGRES=1 (set by scripts/test.sh).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from gridapp.demo import load_demo
from gridapp.org.service import OrgService
from gridapp.services import open_workspace


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as_owner(args: list[str], owner: str | None) -> None:
    command = ["runuser", "-u", owner, "--", *args] if owner else args
    subprocess.run(command, check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("GRIDAPP_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL binaries are missing (apt-get install postgresql)")
        pytest.skip("no PostgreSQL binaries on this machine")
    # Not under pytest's temporary folder: that is private to this user, and the server runs as another.
    folder = Path(tempfile.mkdtemp(prefix="gridapp-pg-"))
    owner = "postgres" if os.geteuid() == 0 else None  # the server refuses to run as root
    if owner:
        shutil.chown(folder, owner)
    data = folder / "data"
    port = _free_port()
    _run_as_owner([str(bindir / "initdb"), "-D", str(data), "-U", "grid", "--auth=trust", "-E", "UTF8"], owner)
    _run_as_owner(
        [
            str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "start",
            "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1",
        ],
        owner,
    )  # fmt: skip
    try:
        _run_as_owner([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "grid", "plant"], owner)
        yield f"postgresql://grid@127.0.0.1:{port}/plant"
    finally:
        _run_as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], owner)
        shutil.rmtree(folder, ignore_errors=True)


def test_migrations_demo_and_queries_on_postgresql(postgres_url: str) -> None:
    opened = open_workspace(postgres_url)
    db = opened.services.db
    try:
        assert not db.location.is_sqlite and "postgresql+psycopg" in db.location.url
        assert opened.empty and opened.upgrade is not None
        load_demo(db, db.system_actor())
        org = OrgService(db)
        units = org.units()
        assert units[0].name == "东湖水厂" and units[0].people == 58
        people = org.people(units[0].id, limit=500)
        assert len(people) == 58 and people[0].employee_no == "DH0001"
        assert [p.name for p in org.search_people(people[0].name)][:1] == [people[0].name]
    finally:
        opened.services.close()
    again = open_workspace(postgres_url)  # second start: already current, no migration
    try:
        assert again.upgrade is None and not again.empty
    finally:
        again.services.close()
