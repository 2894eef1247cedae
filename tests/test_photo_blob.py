"""Issue photos by their bytes: put / read / ensure_local on an SQLite file (files only) and on a plant's PostgreSQL
server, where a photo taken on one PC shows on another through the photo_blob table; and the 0010 migration."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from PIL import Image
from sqlalchemy import func, inspect, select

from gridapp.actor import Actor
from gridapp.db.connect import open_database
from gridapp.db.database import Database
from gridapp.db.schema import HEAD, MIGRATIONS, ensure_schema, stored_revisions
from gridapp.demo import load_demo
from gridapp.events import EventBus
from gridapp.issues.blobs import PhotoBlob
from gridapp.issues.photos import PhotoStore
from gridapp.issues.rows import ReportDraft
from gridapp.issues.service import IssueService
from gridapp.security.chain import ChainChecker
from gridapp.security.models import AuditRecord
from gridapp.services import open_workspace
from gridapp.station import load_or_create_station
from tests.test_postgresql import postgres_url  # noqa: F401  (the throw-away server fixture)


def _jpeg(colour: tuple[int, int, int] = (30, 90, 160), size: tuple[int, int] = (1200, 900)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# an SQLite file: the folder beside it is the data


def test_put_read_and_ensure_local_on_sqlite(db: Database, tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos", db)
    assert not store.shared
    data = _jpeg()
    sha = _sha(data)
    assert store.read(sha, ".jpg") is None and store.ensure_local(sha, ".jpg") is None
    store.put(sha, ".jpg", data)
    store.put(sha, ".jpg", data)  # the same bytes again: nothing changes
    assert store.read(sha, ".jpg") == data
    path = store.ensure_local(sha, ".jpg")
    assert path == store.path(sha, ".jpg") and path.read_bytes() == data
    with Image.open(store.thumbnail(sha)) as thumb:
        assert max(thumb.size) == 320
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PhotoBlob)) == 0  # file only on SQLite
    assert not list(path.parent.glob(".photo-*"))  # no temporary file left behind


def test_put_refuses_bytes_that_are_not_what_the_hash_names(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos")
    data = _jpeg()
    with pytest.raises(ValueError):
        store.put(_sha(b"something else"), ".jpg", data)
    with pytest.raises(ValueError):
        store.put(_sha(data), "/../../x", data)  # a name from elsewhere never reaches outside the folder
    with pytest.raises(ValueError):
        store.read("../" + "0" * 61, ".jpg")
    assert not (tmp_path / "photos").exists()


def test_bytes_that_are_not_a_picture_are_kept_without_a_thumbnail(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos")
    data = "不是图片".encode()
    store.put(_sha(data), ".img", data)
    assert store.read(_sha(data), ".img") == data
    assert store.ensure_local(_sha(data), ".img") == store.path(_sha(data), ".img")
    assert not store.thumbnail(_sha(data)).exists()


def test_ensure_local_remakes_a_missing_thumbnail(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos")
    data = _jpeg((200, 40, 40))
    store.put(_sha(data), ".jpg", data)
    store.thumbnail(_sha(data)).unlink()
    assert store.ensure_local(_sha(data), ".jpg") is not None
    assert store.thumbnail(_sha(data)).exists()


# the migration


def test_migration_0010_upgrades_a_0009_database(tmp_path: Path, data_dir: Path) -> None:
    db = open_database(tmp_path / "old.sqlite3", load_or_create_station(data_dir))
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with db.engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0009")  # a database as the previous version left it
            conn.commit()
            assert not inspect(conn).has_table("photo_blob")
        result = ensure_schema(db)
        assert result is not None and result.from_revision == "0009" and result.backup is not None
        assert stored_revisions(db) == {HEAD}
        with db.engine.connect() as conn:
            columns = {c["name"]: c for c in inspect(conn).get_columns("photo_blob")}
            assert set(columns) == {"sha256", "suffix", "size", "data", "created_at"}
            assert inspect(conn).get_pk_constraint("photo_blob")["constrained_columns"] == ["sha256"]
    finally:
        db.dispose()


# a plant's PostgreSQL server: two PCs, one database


@pytest.mark.postgres
def test_a_photo_taken_on_one_pc_shows_on_another(postgres_url: str, tmp_path: Path) -> None:  # noqa: F811
    opened = open_workspace(postgres_url)
    services = opened.services
    try:
        db = services.db
        pc_a = PhotoStore(tmp_path / "pc-a", db)
        pc_b = PhotoStore(tmp_path / "pc-b", db)
        assert pc_a.shared and pc_b.shared

        # add(): a picture picked on PC A
        picture = tmp_path / "漏水.jpg"
        picture.write_bytes(_jpeg())
        stored = pc_a.add(picture)
        assert pc_b.read(stored.sha256, stored.suffix) == picture.read_bytes()
        assert not pc_b.path(stored.sha256, stored.suffix).exists()
        path = pc_b.ensure_local(stored.sha256, stored.suffix)
        assert path is not None and path.is_relative_to(tmp_path / "pc-b")
        assert path.read_bytes() == picture.read_bytes() and pc_b.thumbnail(stored.sha256).exists()
        pc_a.add(picture)  # again: one row

        # put(): bytes from a sync file on PC B, read on PC A
        other = _jpeg((10, 200, 10), (640, 480))
        pc_b.put(_sha(other), ".jpg", other)
        pc_b.put(_sha(other), ".jpg", other)
        assert pc_a.read(_sha(other), ".jpg") == other
        with pytest.raises(ValueError):
            pc_b.put(_sha(other), ".jpg", other + b"x")
        missing = _sha(b"never stored")
        assert pc_a.read(missing, ".jpg") is None and pc_a.ensure_local(missing, ".jpg") is None

        with db.read() as s:
            rows = {r.sha256: (r.suffix, r.size) for r in s.scalars(select(PhotoBlob))}
            assert rows == {stored.sha256: (".jpg", stored.size), _sha(other): (".jpg", len(other))}
            assert s.scalar(select(func.count()).select_from(AuditRecord).where(AuditRecord.action == "photo.store"))
            assert ChainChecker(s).full().intact

        # the issue board: reported on PC A (also inside a caller's transaction), its detail on PC B
        load_demo(db, db.system_actor())
        staff = services.org.search_people("DH0013")[0]
        reporter = Actor(db.station.id, staff.id, staff.name)
        board_a = IssueService(db, EventBus(), None, PhotoStore(tmp_path / "board-a", db))
        board_b = IssueService(db, EventBus(), None, PhotoStore(tmp_path / "board-b", db))
        third = tmp_path / "third.png"
        Image.new("RGB", (800, 600), (120, 120, 0)).save(third)
        ref = board_a.report(reporter, ReportDraft("泵房地面积水", staff.unit_id, "safety", photos=(third,)))
        with db.write(reporter) as session:  # an inspection round's failed item: a write already open
            nested = board_a.report_in(session, reporter, ReportDraft("阀门渗漏", staff.unit_id, "safety",
                                                                       photos=(picture,)))  # fmt: skip
        for issue_id, source in ((ref.id, third), (nested.id, picture)):
            detail = board_b.detail(issue_id)
            assert detail is not None and len(detail.photos) == 1
            shown = detail.photos[0]
            assert shown.path.is_relative_to(tmp_path / "board-b") and shown.path.read_bytes() == source.read_bytes()
            assert shown.thumbnail.exists()
        with db.read() as s:
            assert ChainChecker(s).full().intact
    finally:
        services.close()


def test_ensure_local_is_none_for_a_photo_of_another_pc_on_sqlite(db: Database, tmp_path: Path) -> None:
    data = _jpeg()
    PhotoStore(tmp_path / "pc-a", db).put(_sha(data), ".jpg", data)
    assert PhotoStore(tmp_path / "pc-b", db).ensure_local(_sha(data), ".jpg") is None
