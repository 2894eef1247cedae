"""Sync as the sync page and the command line use it: set up, register stations, export, import, sync now, the
conflict archive and the history.

Every bundle is checked — its sender registered here with the key that signed it, for this plant, made by a format
this version reads — before any of it is read into the database; then it is merged in one write transaction, so a
failure or a cancel leaves nothing half-applied and reading the same file again completes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp import __version__
from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.db.schema import HEAD
from gridapp.db.station_table import StationRecord
from gridapp.issues.photos import PhotoStore
from gridapp.org.models import Unit
from gridapp.progress import Progress, no_progress
from gridapp.security.rights import Right, require
from gridapp.sync import bundle, keys
from gridapp.sync.bundle import BundleRefused, Contents
from gridapp.sync.exchange import Cancelled, Merged, gather, merge, store_photos
from gridapp.sync.identity import identity
from gridapp.sync.kinds import ConflictReason, Refusal, Role, Way
from gridapp.sync.models import Conflict, Exchange, Identity, Peer, RowVersion
from gridapp.sync.tables import BY_NAME, CODECS
from gridapp.times import utcnow

CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,3}$")  # a station's series in issue numbers: "B2", "QZ"


class SyncInputError(ValueError):
    """A set-up value that cannot be used (``problem`` names it for the UI's words)."""

    def __init__(self, problem: str, **facts: Any) -> None:
        super().__init__(problem, facts)
        self.problem = problem
        self.facts = facts


@dataclass(frozen=True, slots=True)
class IdentityRow:
    id: uuid.UUID
    role: Role
    name: str
    code: str
    plant_id: uuid.UUID | None
    key_code: str  # the digits to compare on two screens
    has_key: bool  # this PC holds the private key (can sign bundles)
    warn_after_days: int
    every_minutes: int
    plant_url: str


@dataclass(frozen=True, slots=True)
class PeerRow:
    id: uuid.UUID
    role: Role
    name: str
    code: str
    key_code: str
    active: bool
    waiting: int  # changes here the peer has not acknowledged
    last_sync_at: dt.datetime | None
    last_way: str
    last_written: str
    last_written_at: dt.datetime | None
    last_read: str
    last_read_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ConflictRow:
    id: uuid.UUID
    at: dt.datetime
    table: str
    row_id: uuid.UUID
    reason: ConflictReason
    lost: dict[str, Any] | None
    kept: dict[str, Any] | None  # the row as it is now
    lost_origin: str  # the station's name
    resolved_at: dt.datetime | None
    resolution: str
    label: str = ""  # which record: its number, name, title or code

    @property
    def record(self) -> dict[str, Any]:
        return self.kept or self.lost or {}


@dataclass(frozen=True, slots=True)
class ExchangeRow:
    at: dt.datetime
    peer_name: str
    way: Way
    direction: str
    file: str
    rows: int
    blobs: int
    conflicts: int
    size: int
    by: str
    outcome: str


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    rows: int
    blobs: int
    size: int


@dataclass(frozen=True, slots=True)
class Sender:
    """Who a file says it comes from (read before it is checked: for the questions asked before an import)."""

    id: uuid.UUID
    role: str
    name: str
    code: str
    key_code: str
    is_request: bool  # a station's registration file (no changes)


@dataclass(frozen=True, slots=True)
class Received:
    peer_name: str
    merged: Merged
    reply: Written | None  # the file written back for the station (at the plant)


class SyncService:
    def __init__(self, db: Database, photos: PhotoStore | None = None) -> None:
        self._db = db
        self._photos = photos

    # -- identity and peers ------------------------------------------------------------------------------------------

    def identity(self) -> IdentityRow | None:
        with self._db.read() as s:
            me = identity(s)
            return None if me is None else self._identity_row(me)

    def set_up_plant(self, actor: Actor, name: str) -> IdentityRow:
        """Make this database the plant that stations exchange with (its key pair made here)."""
        return self._set_up(actor, Role.PLANT, name, "")

    def set_up_station(self, actor: Actor, name: str, code: str) -> IdentityRow:
        """Make this database a station with issue numbers in series ``code`` (e.g. "B2")."""
        code = code.strip().upper()
        if not CODE_PATTERN.match(code):
            raise SyncInputError("code", code=code)
        with self._db.read() as s:
            if s.scalar(select(Unit.id).limit(1)) is not None:
                # A station receives the plant whole; a tree of its own (the demo plant) would be merged into it.
                raise SyncInputError("not_empty")
        return self._set_up(actor, Role.STATION, name, code)

    def _set_up(self, actor: Actor, role: Role, name: str, code: str) -> IdentityRow:
        name = " ".join(name.split())[:80]
        if not name:
            raise SyncInputError("name")
        with self._db.write(actor, "SyncService.set_up") as s:
            require(s, actor, Right.SYNC_SETUP)
            if identity(s) is not None:
                raise SyncInputError("already")
            identity_id = uuid.uuid4() if role == Role.PLANT else self._db.station.id
            public = keys.new_key(identity_id)
            me = Identity(
                id=identity_id,
                role=role,
                name=name,
                code=code,
                plant_id=identity_id if role == Role.PLANT else None,
                public_key=public,
            )
            s.add(me)
            s.flush()
            return self._identity_row(me)

    def configure(
        self, actor: Actor, warn_after_days: int, every_minutes: int, plant_url: str | None = None
    ) -> IdentityRow:
        if not 1 <= warn_after_days <= 365 or not 0 <= every_minutes <= 24 * 60:
            raise SyncInputError("range")
        with self._db.write(actor, "SyncService.configure") as s:
            require(s, actor, Right.SYNC_SETUP)
            me = self._me(s)
            me.warn_after_days, me.every_minutes = warn_after_days, every_minutes
            if plant_url is not None:
                me.plant_url = plant_url.strip()[:300]
            s.flush()
            return self._identity_row(me)

    def write_request(self, actor: Actor, path: Path) -> Written:
        """At a new station: the file the plant registers it from — its name, code and public key, signed, no
        changes (it has no peer to address them to yet)."""
        with self._db.read() as s:
            require(s, actor, Right.SYNC_RUN)
            me = self._me(s)
            header = {
                "app": __version__,
                "schema": HEAD,
                "from": _signer(me),
                "to": "",
                "plant": "",
                "created_at": utcnow().isoformat(),
                "request": True,
            }
            identity_id = me.id
        size = bundle.write(path, Contents(header), keys.private_key(identity_id))
        return Written(path, 0, 0, size)

    @staticmethod
    def sender_of(path: Path) -> Sender:
        """Who ``path`` says it comes from; raises BundleRefused when it is not a sync file at all."""
        header = bundle.read_header(path)
        sender = _sender(header)
        return Sender(
            uuid.UUID(str(sender["id"])),
            str(sender.get("role", "")),
            str(sender.get("name", "")),
            str(sender.get("code", "")),
            keys.code(str(sender["public_key"])),
            bool(header.get("request")),
        )

    def register_station(self, actor: Actor, request: Path, name: str = "") -> PeerRow:
        """At the plant: register the station that wrote ``request`` (any bundle of its, e.g. its first export).
        The user compares the key code shown here with the station's screen before confirming (the UI asks)."""
        header = bundle.open_verified(request, lambda h: _sender(h)["public_key"]).header  # damaged: refused
        sender = _sender(header)
        if sender.get("role") != Role.STATION:
            raise BundleRefused(Refusal.SAME_ROLE)
        return self.register_key(
            actor, uuid.UUID(sender["id"]), sender["public_key"], name or sender.get("name", ""), sender.get("code", "")
        )

    def register_key(self, actor: Actor, station_id: uuid.UUID, public_key: str, name: str, code: str) -> PeerRow:
        bytes.fromhex(public_key)  # a damaged key is refused here, not at the first import
        with self._db.write(actor, "SyncService.register_station") as s:
            require(s, actor, Right.SYNC_SETUP)
            me = self._me(s)
            if me.role != Role.PLANT:
                raise SyncInputError("not_plant")
            taken = s.scalar(select(Peer.name).where(Peer.code == code, Peer.id != station_id, Peer.active))
            if code and taken:
                raise SyncInputError("code_taken", code=code, name=taken)
            peer = s.get(Peer, station_id)
            if peer is None:
                peer = Peer(id=station_id, role=Role.STATION, acked_usn=0, applied_usn=0, acked_audit=0)
                s.add(peer)
            peer.name, peer.code, peer.public_key, peer.active = name[:80], code, public_key, True
            peer.registered_at, peer.registered_by = utcnow(), actor.name
            s.flush()
            return self._peer_row(s, peer)

    def set_active(self, actor: Actor, peer_id: uuid.UUID, active: bool) -> None:
        """Stop (or resume) accepting a station's bundles: a lost or replaced PC."""
        with self._db.write(actor, "SyncService.set_active") as s:
            require(s, actor, Right.SYNC_SETUP)
            peer = s.get(Peer, peer_id)
            if peer is None:
                raise LookupError(str(peer_id))
            peer.active = active

    def peers(self) -> list[PeerRow]:
        with self._db.read() as s:
            return [self._peer_row(s, p) for p in s.scalars(select(Peer).order_by(Peer.role, Peer.name))]

    def days_since_sync(self) -> int | None:
        """At a station: whole days since the last exchange with the plant, when past the warning limit."""
        with self._db.read() as s:
            me = identity(s)
            if me is None or me.role != Role.STATION:
                return None
            last = s.scalar(select(func.max(Peer.last_sync_at)).where(Peer.role == Role.PLANT))
            since = last or me.created_at
            days = (utcnow() - since).days
            return days if days >= me.warn_after_days else None

    # -- files -------------------------------------------------------------------------------------------------------

    def file_name(self, peer_id: uuid.UUID, today: dt.date) -> str:
        with self._db.read() as s:
            me = self._me(s)
        name = re.sub(r'[\\/:*?"<>|\s]+', "-", me.name).strip("-") or "sync"
        return f"{name}-{today.isoformat()}{bundle.SUFFIX}"

    def export_file(
        self,
        actor: Actor,
        peer_id: uuid.UUID,
        path: Path,
        progress: Progress = no_progress,
        cancelled: Callable[[], bool] = bool,
    ) -> Written:
        """Write every change ``peer`` lacks (photos included) to ``path``, signed with this database's key."""
        with self._db.read() as s:
            require(s, actor, Right.SYNC_RUN)
            me = self._me(s)
            peer = self._peer(s, peer_id)
            progress(0, 3, "gather")
            with _gc_paused():
                contents = gather(s, me, peer, self._photos, cancelled)
            contents.header.update(self._header(s, me, peer))
        signer = keys.private_key(me.id)
        progress(1, 3, "write")
        size = bundle.write(path, contents, signer, cancelled)
        written = Written(path, len(contents.rows), len(contents.blobs), size)
        progress(2, 3, "record")
        with self._db.write(actor, "SyncService.export") as s:
            peer = self._peer(s, peer_id)
            peer.last_written, peer.last_written_at = path.name, utcnow()
            self._history(s, actor, peer, Way.FILE, "export", path.name, written.rows, written.blobs, 0, size)
        progress(3, 3, "done")
        return written

    def import_file(
        self,
        actor: Actor,
        path: Path,
        reply_folder: Path | None = None,
        trust_plant: Callable[[str, str], bool] | None = None,
        progress: Progress = no_progress,
        cancelled: Callable[[], bool] = bool,
    ) -> Received:
        """Check and merge the bundle at ``path``; at the plant, write the station's return file into
        ``reply_folder``. ``trust_plant(name, key code)`` is asked once, at a station's first bundle from the plant.
        Raises BundleRefused (nothing written), Cancelled, AccessDenied."""
        progress(0, 4, "check")
        with self._db.read() as s:
            require(s, actor, Right.SYNC_RUN)
            me = identity(s)
            if me is None:
                raise BundleRefused(Refusal.NOT_SET_UP)
            me_id, me_role, me_plant = me.id, me.role, me.plant_id
        # The signature first, against the key the file names: a changed byte anywhere is damage, whatever it hit.
        opened = bundle.open_verified(path, lambda h: _sender(h)["public_key"])
        header = opened.header
        sender = _sender(header)
        if str(header.get("to")) != me_id.hex:
            raise BundleRefused(Refusal.NOT_FOR_US, name=sender.get("name", ""))
        if _number(header.get("schema", "0")) > int(HEAD):
            raise BundleRefused(Refusal.NEWER_APP, made_by=str(header.get("app", "")))
        plant_id = str(header.get("plant") or "")
        if me_plant is not None and plant_id != me_plant.hex:
            raise BundleRefused(Refusal.OTHER_PLANT, name=sender.get("name", ""))
        if sender.get("role") == me_role:
            raise BundleRefused(Refusal.SAME_ROLE)
        # Then whether that key is the one registered here for its sender.
        known = self._known_key(uuid.UUID(sender["id"]))
        if known is None and me_role == Role.STATION:
            code = keys.code(sender["public_key"])
            if plant_id != sender["id"]:
                raise BundleRefused(Refusal.OTHER_PLANT, name=sender.get("name", ""))
            if trust_plant is None or not trust_plant(sender.get("name", ""), code):
                raise BundleRefused(Refusal.PLANT_NOT_CONFIRMED, name=sender.get("name", ""), code=code)
            self._meet_plant(actor, uuid.UUID(sender["id"]), sender.get("name", ""), sender["public_key"])
            known = sender["public_key"]
        if known is None:
            raise BundleRefused(
                Refusal.UNKNOWN_SENDER, name=sender.get("name", ""), code=keys.code(sender["public_key"])
            )
        if known != sender["public_key"]:
            raise BundleRefused(Refusal.WRONG_KEY, name=sender.get("name", ""))
        progress(1, 4, "read")
        with _gc_paused():
            contents = opened.contents()
        progress(2, 4, "merge")
        merged = self._receive(actor, contents, Way.FILE, path.name, cancelled)
        reply = None
        if reply_folder is not None and me_role == Role.PLANT:
            progress(3, 4, "reply")
            peer_id = uuid.UUID(sender["id"])
            reply_path = reply_folder / self.file_name(peer_id, utcnow().date())
            reply = self.export_file(actor, peer_id, reply_path, cancelled=cancelled)
        progress(4, 4, "done")
        return Received(sender.get("name", ""), merged, reply)

    def _meet_plant(self, actor: Actor, plant_id: uuid.UUID, name: str, public_key: str) -> None:
        """A station's first meeting with its plant (its key code compared by the user)."""
        with self._db.write(actor, "SyncService.meet_plant") as s:
            s.add(
                Peer(
                    id=plant_id,
                    role=Role.PLANT,
                    name=name[:80],
                    code="",
                    public_key=public_key,
                    registered_by=actor.name[:80],
                    acked_usn=0,
                    applied_usn=0,
                    acked_audit=0,
                )
            )
            self._me(s).plant_id = plant_id

    def _known_key(self, peer_id: uuid.UUID) -> str | None:
        with self._db.read() as s:
            peer = s.get(Peer, peer_id)
            return peer.public_key if peer is not None and peer.active else None

    def _receive(self, actor: Actor, contents: Contents, way: Way, file: str, cancelled: Callable[[], bool]) -> Merged:
        header = contents.header
        sender = _sender(header)
        sender_id = uuid.UUID(sender["id"])
        try:
            photos = store_photos(contents, self._photos)
            with _gc_paused(), self._db.write(actor, "SyncService.import") as s:
                me = self._me(s)
                peer = self._peer(s, sender_id)
                merged = merge(s, me, peer, contents, actor.station_id, cancelled)
                merged.blobs = photos
                top = int(s.scalar(select(func.max(RowVersion.usn))) or 0)
                peer.acked_usn = max(peer.acked_usn, min(int(header.get("ack", 0)), top))
                peer.applied_usn = max(peer.applied_usn, int(header.get("usn_to", 0)))
                peer.acked_audit = max(peer.acked_audit, int(header.get("audit_ack", 0)))
                peer.last_sync_at, peer.last_way = utcnow(), way
                if way == Way.FILE:
                    peer.last_read, peer.last_read_at = file, utcnow()
                _note_stations(s, header)
                self._history(s, actor, peer, way, "import", file, merged.rows, merged.blobs, merged.conflicts, 0)
                return merged
        except Cancelled:
            raise
        except Exception as exc:
            self._failed(actor, sender_id, sender.get("name", ""), way, file, exc)
            raise

    def _failed(self, actor: Actor, peer_id: uuid.UUID, name: str, way: Way, file: str, exc: Exception) -> None:
        with self._db.write(actor, "SyncService.import_failed") as s:
            s.add(
                Exchange(
                    peer_id=peer_id,
                    peer_name=name[:80],
                    way=way,
                    direction="import",
                    file=file[:260],
                    by=actor.name[:80],
                    outcome=type(exc).__name__,
                )
            )

    # -- the network -------------------------------------------------------------------------------------------------

    def sync_with(
        self,
        actor: Actor,
        plant: Database,
        plant_photos: PhotoStore | None,
        trust_plant: Callable[[str, str], bool] | None = None,
        progress: Progress = no_progress,
        cancelled: Callable[[], bool] = bool,
    ) -> tuple[Merged, Merged]:
        """A station exchanging with its plant's database directly: what it lacks there, then what it lacks here —
        the same change sets as the files, handed over in memory (the database connection is the trust: the
        station's account on the server, its password in the keyring). The first time, ``trust_plant(name, key
        code)`` is asked, as for a first file. Returns (merged at the plant, merged here)."""
        there = SyncService(plant, plant_photos)
        with self._db.read() as s:
            require(s, actor, Right.SYNC_RUN)
            me = self._me(s)
            me_id, me_key = me.id, me.public_key
            if me.role != Role.STATION:
                raise SyncInputError("not_station")
        with plant.read() as ps:
            plant_me = identity(ps)
            if plant_me is None or plant_me.role != Role.PLANT:
                raise BundleRefused(Refusal.NOT_SET_UP)
            station_there = ps.get(Peer, me_id)
            if station_there is None or not station_there.active:
                raise BundleRefused(Refusal.UNKNOWN_SENDER, name=me.name, code=keys.code(me_key))
            if station_there.public_key != me_key:
                raise BundleRefused(Refusal.WRONG_KEY, name=me.name)
            plant_id, plant_name, plant_key = plant_me.id, plant_me.name, plant_me.public_key
        with self._db.read() as s:
            peer = s.get(Peer, plant_id)
            known = peer.public_key if peer is not None else None
            plant_of_mine = self._me(s).plant_id
        if plant_of_mine is not None and plant_of_mine != plant_id:
            raise BundleRefused(Refusal.OTHER_PLANT, name=plant_name)
        if known is None:
            code = keys.code(plant_key)
            if trust_plant is None or not trust_plant(plant_name, code):
                raise BundleRefused(Refusal.PLANT_NOT_CONFIRMED, name=plant_name, code=code)
            self._meet_plant(actor, plant_id, plant_name, plant_key)
        elif known != plant_key:
            raise BundleRefused(Refusal.WRONG_KEY, name=plant_name)
        with self._db.read() as s:
            peer = self._peer(s, plant_id)
            progress(0, 4, "gather")
            outgoing = gather(s, self._me(s), peer, self._photos, cancelled)
            outgoing.header.update(self._header(s, self._me(s), peer))
        progress(1, 4, "send")
        at_plant = there._receive(actor, outgoing, Way.NETWORK, "", cancelled)
        with plant.read() as ps:
            progress(2, 4, "fetch")
            plant_me = identity(ps)
            assert plant_me is not None
            station_there = ps.get(Peer, me_id)
            assert station_there is not None
            incoming = gather(ps, plant_me, station_there, plant_photos, cancelled)
            incoming.header.update(there._header(ps, plant_me, station_there))
        progress(3, 4, "receive")
        here = self._receive(actor, incoming, Way.NETWORK, "", cancelled)
        progress(4, 4, "done")
        return at_plant, here

    # -- the conflict archive and the history ------------------------------------------------------------------------

    def conflicts(self, open_only: bool = True, limit: int = 500) -> list[ConflictRow]:
        with self._db.read() as s:
            query = select(Conflict).order_by(Conflict.at.desc()).limit(limit)
            if open_only:
                query = query.where(Conflict.resolved_at.is_(None))
            names = {r.id: r.name for r in s.execute(select(StationRecord.id, StationRecord.name))}
            names.update({r.id: r.name for r in s.execute(select(Peer.id, Peer.name))})
            me = identity(s)
            if me is not None:
                names[me.id] = me.name
            rows = []
            for c in s.scalars(query):
                table = BY_NAME.get(c.table_name)
                kept = None
                if table is not None:
                    now = s.execute(select(table).where(table.c.id == c.row_id)).first()
                    if now is not None:
                        kept = dict(
                            zip(CODECS[c.table_name].columns, CODECS[c.table_name].encode(now, {}), strict=True)
                        )
                rows.append(
                    ConflictRow(
                        c.id,
                        c.at,
                        c.table_name,
                        c.row_id,
                        ConflictReason(c.reason),
                        c.lost,
                        kept,
                        names.get(c.lost_origin, ""),
                        c.resolved_at,
                        c.resolution,
                        _label(kept or c.lost or {}),
                    )
                )
            return rows

    def restore(self, actor: Actor, conflict_id: uuid.UUID) -> None:
        """Put the archived value back, as a new change made here (so it reaches every PC and wins)."""
        with self._db.write(actor, "SyncService.restore") as s:
            require(s, actor, Right.SYNC_CONFLICTS)
            c = s.get(Conflict, conflict_id)
            if c is None or c.resolved_at is not None or c.lost is None or c.table_name not in BY_NAME:
                raise SyncInputError("not_restorable")
            if c.reason == ConflictReason.PLANT_ONLY or c.table_name in ("issue", "issue_event"):
                raise SyncInputError("plant_only" if c.reason == ConflictReason.PLANT_ONLY else "not_restorable")
            model = _model(c.table_name)
            codec = CODECS[c.table_name]
            values = codec.decode([c.lost[name] for name in codec.columns], {})
            obj = s.get(model, c.row_id)
            if obj is None:
                raise SyncInputError("not_restorable")
            for name, value in values.items():
                if name not in ("id", "created_at", "updated_at", "station_id", "updated_by"):
                    setattr(obj, name, value)
            c.resolved_at, c.resolved_by, c.resolution = utcnow(), actor.name[:80], "restored"
            s.flush()

    def dismiss(self, actor: Actor, conflict_id: uuid.UUID) -> None:
        with self._db.write(actor, "SyncService.dismiss") as s:
            require(s, actor, Right.SYNC_CONFLICTS)
            c = s.get(Conflict, conflict_id)
            if c is None or c.resolved_at is not None:
                raise SyncInputError("not_restorable")
            c.resolved_at, c.resolved_by, c.resolution = utcnow(), actor.name[:80], "dismissed"

    def history(self, limit: int = 200) -> list[ExchangeRow]:
        with self._db.read() as s:
            return [
                ExchangeRow(
                    e.at,
                    e.peer_name,
                    Way(e.way),
                    e.direction,
                    e.file,
                    e.rows,
                    e.blobs,
                    e.conflicts,
                    e.size,
                    e.by,
                    e.outcome,
                )
                for e in s.scalars(select(Exchange).order_by(Exchange.at.desc()).limit(limit))
            ]

    # -- the plant's key on its other PCs ----------------------------------------------------------------------------

    def export_key(self, actor: Actor) -> bytes:
        with self._db.read() as s:
            require(s, actor, Right.SYNC_SETUP)
            me = self._me(s)
        self._db.audit_event(actor, "SyncService.export_key")
        return keys.export_private(me.id)

    def import_key(self, actor: Actor, raw: bytes) -> None:
        with self._db.read() as s:
            require(s, actor, Right.SYNC_SETUP)
            me = self._me(s)
        keys.import_private(me.id, raw, me.public_key)
        self._db.audit_event(actor, "SyncService.import_key")

    # -- helpers -----------------------------------------------------------------------------------------------------

    def _me(self, s: Session) -> Identity:
        me = identity(s)
        if me is None:
            raise BundleRefused(Refusal.NOT_SET_UP)
        return me

    def _peer(self, s: Session, peer_id: uuid.UUID) -> Peer:
        peer = s.get(Peer, peer_id)
        if peer is None:
            raise LookupError(str(peer_id))
        return peer

    def _header(self, s: Session, me: Identity, peer: Peer) -> dict[str, Any]:
        from gridapp.sync.models import StationAuditRecord

        audit_ack = 0
        if me.role == Role.PLANT:
            audit_ack = int(
                s.scalar(select(func.max(StationAuditRecord.seq)).where(StationAuditRecord.station_id == peer.id)) or 0
            )
        return {
            "app": __version__,
            "schema": HEAD,
            "from": _signer(me),
            "to": peer.id.hex,
            "plant": (me.plant_id or peer.id).hex,
            "created_at": utcnow().isoformat(),
            "audit_ack": audit_ack,
            "stations": [[r.id.hex, r.name] for r in s.scalars(select(StationRecord))],
        }

    def _identity_row(self, me: Identity) -> IdentityRow:
        try:
            keys.private_key(me.id)
            has_key = True
        except Exception:  # missing here, or no keyring at all: either way it cannot sign
            has_key = False
        return IdentityRow(
            me.id,
            Role(me.role),
            me.name,
            me.code,
            me.plant_id,
            keys.code(me.public_key),
            has_key,
            me.warn_after_days,
            me.every_minutes,
            me.plant_url,
        )

    def _peer_row(self, s: Session, peer: Peer) -> PeerRow:
        waiting = int(
            s.scalar(
                select(func.count())
                .select_from(RowVersion)
                .where(RowVersion.usn > peer.acked_usn)
                .where((RowVersion.source_id.is_(None)) | (RowVersion.source_id != peer.id))
            )
            or 0
        )
        return PeerRow(
            peer.id,
            Role(peer.role),
            peer.name,
            peer.code,
            keys.code(peer.public_key),
            peer.active,
            waiting,
            peer.last_sync_at,
            peer.last_way,
            peer.last_written,
            peer.last_written_at,
            peer.last_read,
            peer.last_read_at,
        )

    def _history(
        self,
        s: Session,
        actor: Actor,
        peer: Peer,
        way: Way,
        direction: str,
        file: str,
        rows: int,
        blobs: int,
        conflicts: int,
        size: int,
    ) -> None:
        s.add(
            Exchange(
                peer_id=peer.id,
                peer_name=peer.name,
                way=way,
                direction=direction,
                file=file[:260],
                rows=rows,
                blobs=blobs,
                conflicts=conflicts,
                size=size,
                by=actor.name[:80],
            )
        )


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a bundle is merged: its hundred thousand small lists, none of them
    garbage, would be walked again and again (a third of an import's time); reference counting still frees."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


LABEL_FIELDS = ("number", "name", "title", "login", "code", "key", "employee_no")


def _label(values: dict[str, Any]) -> str:
    """A record as a person would name it: an issue's number and title, a person's name and employee number…"""
    found = [str(values[f]) for f in LABEL_FIELDS if values.get(f)]
    return " ".join(dict.fromkeys(found))[:80]


def _number(value: object) -> int:
    try:
        return int(str(value))
    except ValueError as exc:
        raise BundleRefused(Refusal.DAMAGED) from exc


def _signer(me: Identity) -> dict[str, str]:
    """Who a bundle is from, as its header says (the public key it must be checked with)."""
    return {"id": me.id.hex, "role": me.role, "name": me.name, "code": me.code, "public_key": me.public_key}


def _sender(header: dict[str, Any]) -> dict[str, Any]:
    sender = header.get("from")
    if not isinstance(sender, dict) or "id" not in sender or "public_key" not in sender:
        raise BundleRefused(Refusal.DAMAGED)
    try:
        uuid.UUID(str(sender["id"]))
        bytes.fromhex(str(sender["public_key"]))
    except ValueError as exc:
        raise BundleRefused(Refusal.DAMAGED) from exc
    return sender


def _note_stations(s: Session, header: dict[str, Any]) -> None:
    """Name the stations the rows came from, so "made at 泵站2" shows everywhere."""
    for station_id, name in header.get("stations", []):
        try:
            key = uuid.UUID(station_id)
        except (ValueError, TypeError):
            continue
        if s.get(StationRecord, key) is None:
            s.add(StationRecord(id=key, name=str(name)[:80]))
    s.flush()


def _model(table: str) -> Any:
    from gridapp.db.base import Base

    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:
            return mapper.class_
    raise LookupError(table)
