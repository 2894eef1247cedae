"""Test fixtures: offscreen Qt, a private data folder per test, and databases built by the real migrations."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: without a display Qt aborts with a misleading xcb message.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import keyring
import pytest

from gridapp.db.connect import open_database
from gridapp.db.database import Database
from gridapp.db.schema import ensure_schema
from gridapp.demo import load_demo
from gridapp.paths import DATA_DIR_ENV
from gridapp.services import Services
from gridapp.station import load_or_create_station
from tests.memory_keyring import MemoryKeyring

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test-output"
DEMO_PASSWORD = "Demo#2026"  # the demo accounts' password in every test database
ADMIN_PASSWORD = "Admin#2026"  # the system administrator's, where a test makes one


KEYRING = MemoryKeyring()  # per run, so copied databases keep their audit key
keyring.set_keyring(KEYRING)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test has its own data folder (settings, station identity, logs)."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    monkeypatch.delenv("GRIDAPP_DATABASE_URL", raising=False)
    return folder


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Migrated database files, built once per run and copied for each test."""
    folder = tmp_path_factory.mktemp("templates")
    station = load_or_create_station(folder)
    empty = folder / "empty.sqlite3"
    db = open_database(empty, station)
    ensure_schema(db)
    db.dispose()
    demo = folder / "demo.sqlite3"
    shutil.copy(empty, demo)
    db = open_database(demo, station)
    load_demo(db, db.system_actor(), demo_password=DEMO_PASSWORD)
    db.dispose()
    return {"empty": empty, "demo": demo}


def _copy_and_open(template: Path, target: Path, data_dir: Path) -> Database:
    shutil.copy(template, target)
    return open_database(target, load_or_create_station(data_dir))


@pytest.fixture
def db(_templates: dict[str, Path], tmp_path: Path, data_dir: Path) -> Iterator[Database]:
    """An empty database at the newest schema."""
    database = _copy_and_open(_templates["empty"], tmp_path / "gridapp.sqlite3", data_dir)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(_templates: dict[str, Path], tmp_path: Path, data_dir: Path) -> Iterator[Database]:
    """A database holding the demo plant."""
    database = _copy_and_open(_templates["demo"], tmp_path / "gridapp.sqlite3", data_dir)
    yield database
    database.dispose()


@pytest.fixture
def demo_db_file(_templates: dict[str, Path], tmp_path: Path) -> Path:
    """A closed copy of the demo database file, for tests that open it themselves."""
    folder = tmp_path / "db"
    folder.mkdir()
    return Path(shutil.copy(_templates["demo"], folder / "gridapp.sqlite3"))


@pytest.fixture
def services(demo_db: Database) -> Services:
    return Services.over(demo_db)


@pytest.fixture
def output_dir(request: pytest.FixtureRequest) -> Path:
    """test-output/<module>: pictures and PDFs a person can open after the run."""
    folder = OUTPUT / Path(request.node.fspath).stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(autouse=True, scope="session")
def _one_application(qapp: object) -> object:
    """The QApplication exists before any test runs: the command line (main.py) uses the running application's
    translators when there is one and makes a bare QCoreApplication only when there is none — which, made first in
    this process, would leave no room for the widgets of later tests."""
    return qapp


@pytest.fixture(autouse=True)
def _no_background_work_left() -> Iterator[None]:
    """Fails a test that leaves background work running (napari's habit)."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        assert QThreadPool.globalInstance().waitForDone(5_000), "a background task was still running"
