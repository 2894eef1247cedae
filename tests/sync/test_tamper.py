"""A bundle that is tampered with, truncated, signed by a key not registered here, for another plant, from a newer
app, or not a bundle at all is refused with its reason (``Refusal``) before anything is written.

What "nothing is written" means here, honestly, with SQLite in WAL mode: the receiving database is opened, its WAL
is checkpointed into the main file and truncated to 0 bytes (``PRAGMA wal_checkpoint(TRUNCATE)``), and the main
file is hashed. After the refused import — with the engine still open — the WAL must still be empty (a committed or
even a spilled write transaction appends frames to it), and after closing every connection and checkpointing again
the main file's SHA-256 must be the same as before. The ``-shm`` index is shared memory that readers also touch, so
it is not compared. The photo folder must be unchanged too (photos are files beside the database).

The station writes one real bundle for the plant (its own reported issue with a photo, its audit records); each test
copies the plant's database file, receives a changed copy of that bundle, and checks the file is untouched.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import struct
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.db.connect import open_database
from gridapp.db.database import Database
from gridapp.issues.photos import PhotoStore, photo_root_for
from gridapp.issues.rows import ReportDraft
from gridapp.org.models import Person, Unit
from gridapp.paths import DATA_DIR_ENV
from gridapp.services import Services
from gridapp.station import Station
from gridapp.sync import bundle, keys
from gridapp.sync.bundle import MAGIC, SIGNATURE_BYTES, BundleRefused, Contents
from gridapp.sync.kinds import Refusal
from gridapp.sync.service import SyncService
from tests.sync.helpers import plant_and_stations, read, send


@dataclass
class Parts:
    """A bundle taken apart: the header as sent, the body (zlib JSON) and blob bytes as stored, the signature."""

    header: dict[str, Any]
    head: bytes
    body: bytes
    blobs: bytes
    signature: bytes

    @property
    def header_at(self) -> int:
        return len(MAGIC) + 4

    @property
    def body_at(self) -> int:
        return self.header_at + len(self.head) + 8

    @property
    def blobs_at(self) -> int:
        return self.body_at + len(self.body)

    @property
    def signature_at(self) -> int:
        return self.blobs_at + len(self.blobs)

    def decoded(self) -> dict[str, Any]:
        return json.loads(zlib.decompress(self.body))


def take_apart(raw: bytes) -> Parts:
    assert raw.startswith(MAGIC)
    at = len(MAGIC)
    (head_len,) = struct.unpack(">I", raw[at : at + 4])
    head = raw[at + 4 : at + 4 + head_len]
    at += 4 + head_len
    (body_len,) = struct.unpack(">Q", raw[at : at + 8])
    body = raw[at + 8 : at + 8 + body_len]
    blobs = raw[at + 8 + body_len : -SIGNATURE_BYTES]
    return Parts(json.loads(head), head, body, blobs, raw[-SIGNATURE_BYTES:])


def assemble(
    header: dict[str, Any] | bytes, body: bytes, blobs: bytes, key: Ed25519PrivateKey | None, signature: bytes = b""
) -> bytes:
    """The bundle's bytes, signed by ``key`` over everything before the signature (or with ``signature`` as is)."""
    head = header if isinstance(header, bytes) else json.dumps(header, ensure_ascii=False).encode()
    signed = MAGIC + struct.pack(">I", len(head)) + head + struct.pack(">Q", len(body)) + body + blobs
    return signed + (key.sign(hashlib.sha256(signed).digest()) if key is not None else signature)


def flip(raw: bytes, at: int) -> bytes:
    return raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1 :]


# -- the world: a plant, a station joined to it, one bundle from the station -----------------------------------------


@dataclass
class World:
    plant_file: Path  # the plant's database, checkpointed and closed: copied for every test
    plant_station: Station
    plant_id: uuid.UUID
    station_id: uuid.UUID  # the station's sync identity (registered at the plant)
    station_key: Ed25519PrivateKey
    station_bundle: bytes  # what the station wrote for the plant (rows, audit records, a photo)
    plant_bundle: bytes  # what the plant wrote for the station after it (nothing new: an acknowledgement)
    station_file: Path
    station_station: Station


@pytest.fixture(scope="module")
def world(_templates: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("tamper")
    with pytest.MonkeyPatch.context() as mp:
        (tmp / "data").mkdir()
        mp.setenv(DATA_DIR_ENV, str(tmp / "data"))
        plant, (station,) = plant_and_stations(_templates, tmp)
        services = Services.over(station.db)
        with station.db.read() as s:
            unit = s.scalar(select(Unit.id).where(Unit.code == "DH-W-01-1"))
            reporter = s.scalar(select(Person.id).where(Person.employee_no == "DH0013"))
        assert unit is not None and reporter is not None
        picture = tmp / "leak.jpg"
        Image.effect_noise((320, 240), 64).convert("RGB").save(picture, quality=90)
        actor = Actor(station.db.station.id, reporter, "值班员")
        services.issues.report(actor, ReportDraft("取水泵房漏水", unit, "production", photos=[picture]))
        # The station's photos are beside its database file (where the issue service keeps them).
        photos = PhotoStore(photo_root_for(station.db.location.path, tmp / "data"))
        station_sync = SyncService(station.db, photos)
        me = station_sync.identity()
        plant_me = plant.sync.identity()
        assert me is not None and plant_me is not None
        out = tmp / "out.rgsync"
        station_sync.export_file(station.actor, plant_me.id, out)
        station_bundle = out.read_bytes()
        assert len(take_apart(station_bundle).header["blobs"]) >= 1, "the photo travels"
        plant_bundle = send(plant, station).read_bytes()
        plant_station, station_station = plant.db.station, station.db.station
        for site in (plant, station):
            _checkpoint(site.db)
            site.db.dispose()
        yield World(
            plant.folder / "gridapp.sqlite3",
            plant_station,
            plant_me.id,
            me.id,
            keys.private_key(me.id),
            station_bundle,
            plant_bundle,
            station.folder / "gridapp.sqlite3",
            station_station,
        )


def _checkpoint(db: Database) -> None:
    with db.engine.connect() as conn:
        busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        assert busy == 0


@dataclass
class Receiver:
    db: Database
    sync: SyncService
    file: Path
    photos: Path

    @property
    def actor(self) -> Actor:
        return self.db.system_actor()


def _receiver(source: Path, station: Station, tmp: Path) -> Receiver:
    folder = tmp / "receiver"
    folder.mkdir()
    target = Path(shutil.copy(source, folder / "gridapp.sqlite3"))
    db = open_database(target, station)
    photos = folder / "photos"
    return Receiver(db, SyncService(db, PhotoStore(photos)), target, photos)


@pytest.fixture
def plant(world: World, tmp_path: Path) -> Iterator[Receiver]:
    receiver = _receiver(world.plant_file, world.plant_station, tmp_path)
    yield receiver
    receiver.db.dispose()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def refused_unchanged(receiver: Receiver, raw: bytes, tmp: Path, name: str = "bundle.rgsync") -> Refusal:
    """Import ``raw`` at ``receiver``; it must be refused with the database file and the photos untouched.
    Returns the refusal."""
    path = tmp / name
    path.write_bytes(raw)
    _checkpoint(receiver.db)
    wal = Path(f"{receiver.file}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    before, photos_before = _sha(receiver.file), _files(receiver.photos)
    with pytest.raises(BundleRefused) as refused:
        read(receiver, path)  # type: ignore[arg-type]
    assert not wal.exists() or wal.stat().st_size == 0, "a transaction was written to the WAL"
    receiver.db.dispose()
    _checkpoint(receiver.db)  # a fresh connection: anything committed would now be in the main file
    receiver.db.dispose()
    assert _sha(receiver.file) == before
    assert _files(receiver.photos) == photos_before
    return refused.value.refusal


# -- the bundle as written is accepted (so the refusals below are the changes' doing) ---------------------------------


def test_the_untouched_bundle_is_accepted(world: World, plant: Receiver, tmp_path: Path) -> None:
    path = tmp_path / "good.rgsync"
    path.write_bytes(world.station_bundle)
    received = read(plant, path)  # type: ignore[arg-type]
    assert received.merged.rows > 0 and received.merged.blobs == 1


# -- one flipped byte ------------------------------------------------------------------------------------------------


def _value_at(parts: Parts, needle: str) -> int:
    """The offset in the file of the first character of ``needle``'s occurrence in the header."""
    return parts.header_at + parts.head.index(needle.encode())


WHERE: dict[str, Callable[[Parts], int]] = {
    "magic": lambda p: 3,
    "header length": lambda p: len(MAGIC) + 3,
    "header JSON structure": lambda p: p.header_at,  # the opening brace
    "header: the sender's name": lambda p: _value_at(p, p.header["from"]["name"]) + 2,  # the 1st character's last byte
    "header: the time it was made": lambda p: _value_at(p, p.header["created_at"]) + 3,
    "header: the row count": lambda p: _value_at(p, f'"rows":{p.header["rows"]}') + len('"rows":'),
    "header: a blob's digest": lambda p: _value_at(p, p.header["blobs"][0][0]) + 10,
    "body length": lambda p: p.body_at - 1,
    "body: first byte": lambda p: p.body_at,
    "body: middle": lambda p: p.body_at + len(p.body) // 2,
    "body: last byte": lambda p: p.blobs_at - 1,
    "photo blob: first byte": lambda p: p.blobs_at,
    "photo blob: middle": lambda p: p.blobs_at + len(p.blobs) // 2,
    "photo blob: last byte": lambda p: p.signature_at - 1,
    "signature: first byte": lambda p: p.signature_at,
    "signature: last byte": lambda p: p.signature_at + SIGNATURE_BYTES - 1,
}


@pytest.mark.parametrize("where", list(WHERE))
def test_a_flipped_byte_is_refused(world: World, plant: Receiver, tmp_path: Path, where: str) -> None:
    raw = world.station_bundle
    at = WHERE[where](take_apart(raw))
    expected = Refusal.NOT_A_BUNDLE if where == "magic" else Refusal.DAMAGED
    assert refused_unchanged(plant, flip(raw, at), tmp_path) == expected


def test_a_flipped_byte_anywhere_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    """Random positions over the whole file (seeded), every one refused, each with the database untouched."""
    raw = world.station_bundle
    rng = random.Random(20260)
    for n, at in enumerate(sorted(rng.sample(range(len(raw)), 12))):
        assert refused_unchanged(plant, flip(raw, at), tmp_path, f"flip-{n}.rgsync") in set(Refusal), at


HEADER_FIELDS = {
    "to": ("to",),
    "plant": ("plant",),
    "from.id": ("from", "id"),
    "from.public_key": ("from", "public_key"),
}


def _in_field(parts: Parts, path: tuple[str, ...]) -> int:
    """An offset inside the value of the header's field at ``path`` (a hex string; "to" and "plant" are equal at the
    plant, so the key is part of the needle)."""
    value: Any = parts.header
    for key in path:
        value = value[key]
    return _value_at(parts, f'"{path[-1]}":"{value}"') + len(f'"{path[-1]}":"') + 5


@pytest.mark.parametrize("field", list(HEADER_FIELDS))
def test_a_flipped_byte_in_an_addressing_field_is_refused(
    world: World, plant: Receiver, tmp_path: Path, field: str
) -> None:
    raw = world.station_bundle
    parts = take_apart(raw)
    at = _in_field(parts, HEADER_FIELDS[field])
    assert refused_unchanged(plant, flip(raw, at), tmp_path) in set(Refusal)


@pytest.mark.parametrize("field", list(HEADER_FIELDS))
def test_a_flipped_byte_in_an_addressing_field_is_reported_as_damage(
    world: World, plant: Receiver, tmp_path: Path, field: str
) -> None:
    raw = world.station_bundle
    parts = take_apart(raw)
    at = _in_field(parts, HEADER_FIELDS[field])
    assert refused_unchanged(plant, flip(raw, at), tmp_path) == Refusal.DAMAGED


# -- truncated -------------------------------------------------------------------------------------------------------

CUTS: dict[str, Callable[[Parts], int]] = {
    "0 bytes": lambda p: 0,
    "half the magic": lambda p: len(MAGIC) // 2,
    "just the magic": lambda p: len(MAGIC),
    "in the header length": lambda p: len(MAGIC) + 2,
    "in the header": lambda p: p.header_at + len(p.head) // 2,
    "after the header": lambda p: p.body_at - 8,
    "in the body length": lambda p: p.body_at - 3,
    "in the body": lambda p: p.body_at + len(p.body) // 2,
    "after the body": lambda p: p.blobs_at,
    "in the photo": lambda p: p.blobs_at + len(p.blobs) // 2,
    "no signature": lambda p: p.signature_at,
    "half the signature": lambda p: p.signature_at + SIGNATURE_BYTES // 2,
    "one byte short": lambda p: p.signature_at + SIGNATURE_BYTES - 1,
}


@pytest.mark.parametrize("cut", list(CUTS))
def test_a_truncated_bundle_is_refused(world: World, plant: Receiver, tmp_path: Path, cut: str) -> None:
    raw = world.station_bundle
    at = CUTS[cut](take_apart(raw))
    assert at < len(raw)
    expected = Refusal.NOT_A_BUNDLE if at < len(MAGIC) else Refusal.DAMAGED  # a piece of the magic is no bundle
    assert refused_unchanged(plant, raw[:at], tmp_path) == expected


def test_a_bundle_with_bytes_appended_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    assert refused_unchanged(plant, world.station_bundle + b"\0", tmp_path) == Refusal.DAMAGED


# -- a removed record ------------------------------------------------------------------------------------------------


def _without_one_row(parts: Parts, table: str | None = None) -> bytes:
    body = parts.decoded()
    at = next(i for i, r in enumerate(body["rows"]) if table is None or r[0] == table)
    del body["rows"][at]
    return zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), 6)


@pytest.mark.parametrize("table", [None, "issue_event", "issue_photo"])
def test_a_removed_record_is_refused(world: World, plant: Receiver, tmp_path: Path, table: str | None) -> None:
    parts = take_apart(world.station_bundle)
    tampered = assemble(parts.head, _without_one_row(parts, table), parts.blobs, None, parts.signature)
    assert refused_unchanged(plant, tampered, tmp_path) == Refusal.DAMAGED


def test_a_removed_audit_record_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    parts = take_apart(world.station_bundle)
    body = parts.decoded()
    assert body["audit"], "the station's audit records travel up"
    del body["audit"][-1]
    packed = zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), 6)
    assert refused_unchanged(plant, assemble(parts.head, packed, parts.blobs, None, parts.signature), tmp_path) == (
        Refusal.DAMAGED
    )


def test_a_removed_photo_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    """The photo's bytes taken out and the header's list of blobs emptied: the signature no longer matches."""
    parts = take_apart(world.station_bundle)
    header = dict(parts.header, blobs=[])
    assert refused_unchanged(plant, assemble(header, parts.body, b"", None, parts.signature), tmp_path) == (
        Refusal.DAMAGED
    )


# -- signed by a key not registered here -----------------------------------------------------------------------------


def _contents(parts: Parts) -> Contents:
    body = parts.decoded()
    digests = [sha for sha, _ in parts.header["blobs"]]
    blobs, at = bundle.Blobs(), 0
    for sha, length in parts.header["blobs"]:
        blobs[sha] = parts.blobs[at : at + length]
        at += length
    assert list(blobs) == digests
    header = {k: v for k, v in parts.header.items() if k not in ("format", "blobs")}
    return Contents(header, body["rows"], body["audit"], blobs)


def _written(contents: Contents, key: Ed25519PrivateKey, tmp: Path) -> bytes:
    path = tmp / f"{uuid.uuid4().hex}.rgsync"
    bundle.write(path, contents, key)
    return path.read_bytes()


def test_a_bundle_signed_by_another_key_in_the_real_stations_name_is_refused(
    world: World, plant: Receiver, tmp_path: Path
) -> None:
    """The header names the station and its registered public key, but another key signed it."""
    forged = _written(_contents(take_apart(world.station_bundle)), Ed25519PrivateKey.generate(), tmp_path)
    assert refused_unchanged(plant, forged, tmp_path) == Refusal.DAMAGED


def test_a_bundle_claiming_the_station_with_another_public_key_is_refused(
    world: World, plant: Receiver, tmp_path: Path
) -> None:
    """The header names the station with the forger's own public key, so the signature matches that key."""
    contents = _contents(take_apart(world.station_bundle))
    forger = Ed25519PrivateKey.generate()
    contents.header["from"] = dict(contents.header["from"], public_key=keys.public_hex(forger))
    assert refused_unchanged(plant, _written(contents, forger, tmp_path), tmp_path) == Refusal.WRONG_KEY


def test_a_bundle_from_an_unknown_station_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    contents = _contents(take_apart(world.station_bundle))
    stranger = Ed25519PrivateKey.generate()
    contents.header["from"] = dict(
        contents.header["from"], id=uuid.uuid4().hex, name="陌生泵站", public_key=keys.public_hex(stranger)
    )
    assert refused_unchanged(plant, _written(contents, stranger, tmp_path), tmp_path) == Refusal.UNKNOWN_SENDER


def test_a_bundle_from_a_station_no_longer_accepted_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    plant.sync.set_active(plant.db.system_actor(), world.station_id, False)
    assert refused_unchanged(plant, world.station_bundle, tmp_path) == Refusal.UNKNOWN_SENDER


# -- properly signed, but not for this database ----------------------------------------------------------------------


def _resigned(world: World, tmp: Path, **changes: Any) -> bytes:
    contents = _contents(take_apart(world.station_bundle))
    contents.header.update(changes)
    return _written(contents, world.station_key, tmp)


def test_the_resigning_itself_is_accepted(world: World, plant: Receiver, tmp_path: Path) -> None:
    """Taking the bundle apart and signing it again with the station's key gives a bundle the plant reads."""
    path = tmp_path / "resigned.rgsync"
    path.write_bytes(_resigned(world, tmp_path))
    assert read(plant, path).merged.rows > 0  # type: ignore[arg-type]


def test_a_bundle_for_another_plant_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    raw = _resigned(world, tmp_path, plant=uuid.uuid4().hex)
    assert refused_unchanged(plant, raw, tmp_path) == Refusal.OTHER_PLANT


def test_a_bundle_addressed_to_another_database_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    raw = _resigned(world, tmp_path, to=uuid.uuid4().hex)
    assert refused_unchanged(plant, raw, tmp_path) == Refusal.NOT_FOR_US


def test_a_bundle_from_a_newer_schema_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    schema = f"{int(take_apart(world.station_bundle).header['schema']) + 1:04d}"
    raw = _resigned(world, tmp_path, schema=schema, app="99.0")
    assert refused_unchanged(plant, raw, tmp_path) == Refusal.NEWER_APP


def test_a_bundle_of_a_newer_format_is_refused(world: World, plant: Receiver, tmp_path: Path) -> None:
    parts = take_apart(world.station_bundle)
    header = dict(parts.header, format=bundle.FORMAT + 1, app="99.0")
    raw = assemble(header, parts.body, parts.blobs, world.station_key)
    assert refused_unchanged(plant, raw, tmp_path) == Refusal.NEWER_APP


@pytest.mark.parametrize("field", ["format", "schema"])
def test_a_header_whose_version_is_not_a_number_is_refused(
    world: World, plant: Receiver, tmp_path: Path, field: str
) -> None:
    parts = take_apart(world.station_bundle)
    header = dict(parts.header, **{field: "1.0"})
    raw = assemble(header, parts.body, parts.blobs, world.station_key)
    assert refused_unchanged(plant, raw, tmp_path) == Refusal.DAMAGED


def test_a_station_bundle_at_another_station_is_refused(world: World, tmp_path: Path) -> None:
    """Station to station is not in this version: a bundle from a station read at a station."""
    receiver = _receiver(world.station_file, world.station_station, tmp_path)
    try:
        contents = _contents(take_apart(world.station_bundle))
        with receiver.db.read() as s:
            from gridapp.sync.identity import identity

            me = identity(s)
            assert me is not None
            contents.header["to"] = me.id.hex
        raw = _written(contents, world.station_key, tmp_path)
        assert refused_unchanged(receiver, raw, tmp_path) == Refusal.SAME_ROLE
    finally:
        receiver.db.dispose()


def test_a_damaged_bundle_from_the_plant_is_refused_at_the_station(world: World, tmp_path: Path) -> None:
    receiver = _receiver(world.station_file, world.station_station, tmp_path)
    try:
        raw = world.plant_bundle
        parts = take_apart(raw)
        assert refused_unchanged(receiver, flip(raw, parts.body_at + len(parts.body) // 3), tmp_path) == (
            Refusal.DAMAGED
        )
        assert refused_unchanged(receiver, raw[: len(raw) // 2], tmp_path, "half.rgsync") == Refusal.DAMAGED
    finally:
        receiver.db.dispose()


# -- not a bundle at all ---------------------------------------------------------------------------------------------


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["编号", "标题"])  # type: ignore[union-attr]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


NOT_BUNDLES: dict[str, Callable[[], bytes]] = {
    "a PNG picture": _png,
    "an Excel workbook": _xlsx,
    "random bytes": lambda: random.Random(7).randbytes(100_000),
    "a text file": lambda: "泵站2 数据\n".encode() * 100,
    "an SQLite database": lambda: b"SQLite format 3\x00" + bytes(4080),
}


@pytest.mark.parametrize("kind", list(NOT_BUNDLES))
def test_a_file_that_is_not_a_bundle_is_refused(plant: Receiver, tmp_path: Path, kind: str) -> None:
    assert refused_unchanged(plant, NOT_BUNDLES[kind](), tmp_path, "not.rgsync") == Refusal.NOT_A_BUNDLE


def test_a_refusal_leaves_the_bundle_file_where_it_was(world: World, plant: Receiver, tmp_path: Path) -> None:
    raw = flip(world.station_bundle, len(world.station_bundle) // 2)
    refused_unchanged(plant, raw, tmp_path, "kept.rgsync")
    assert (tmp_path / "kept.rgsync").read_bytes() == raw
    assert os.listdir(tmp_path).count("kept.rgsync") == 1
