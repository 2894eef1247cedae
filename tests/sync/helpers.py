"""A plant and its stations as separate databases in one test, each with its own station identity and photos."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from gridapp.db.connect import open_database
from gridapp.db.database import Database
from gridapp.issues.photos import PhotoStore, photo_root_for
from gridapp.station import Station
from gridapp.sync.service import SyncService


@dataclass
class Site:
    name: str
    db: Database
    sync: SyncService
    folder: Path
    photos: PhotoStore | None = None

    @property
    def actor(self):
        return self.db.system_actor()


def open_site(template: Path, folder: Path, name: str) -> Site:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "gridapp.sqlite3"
    shutil.copy(template, path)
    db = open_database(path, Station(uuid.uuid4(), name))
    photos = PhotoStore(photo_root_for(str(path), folder))  # where the issue service keeps them
    return Site(name, db, SyncService(db, photos), folder, photos)


def plant_and_stations(templates: dict[str, Path], tmp: Path, stations: int = 1) -> tuple[Site, list[Site]]:
    """The demo plant, set up for sync, and empty stations registered with it and joined by a first exchange."""
    plant = open_site(templates["demo"], tmp / "plant", "东湖水厂")
    plant.sync.set_up_plant(plant.actor, "东湖水厂")
    sites = []
    for n in range(stations):
        station = open_site(templates["empty"], tmp / f"station{n + 1}", f"泵站{n + 1}")
        station.sync.set_up_station(station.actor, f"泵站{n + 1}", f"B{n + 1}")
        me = station.sync.identity()
        assert me is not None
        with station.db.read() as s:
            from gridapp.sync.models import Identity

            public = s.get(Identity, me.id).public_key  # type: ignore[union-attr]
        plant.sync.register_key(plant.actor, me.id, public, f"泵站{n + 1}", f"B{n + 1}")
        join(plant, station)
        sites.append(station)
    return plant, sites


def send(source: Site, target: Site, tmp: Path | None = None) -> Path:
    """``source`` writes a file for ``target`` (not yet read)."""
    peer = _peer_id(source, target)
    folder = tmp or source.folder / "out"
    folder.mkdir(exist_ok=True)
    path = folder / f"{uuid.uuid4().hex}.rgsync"
    source.sync.export_file(source.actor, peer, path)
    return path


def read(target: Site, path: Path):
    return target.sync.import_file(target.actor, path, trust_plant=lambda _name, _code: True)


def join(plant: Site, station: Site) -> None:
    """A station's first exchange: the plant's whole content reaches it; then the station's goes up."""
    read(station, send(plant, station))
    read(plant, send(station, plant))
    read(station, send(plant, station))


def exchange(a: Site, b: Site) -> None:
    read(b, send(a, b))
    read(a, send(b, a))


def _peer_id(source: Site, target: Site) -> uuid.UUID:
    me = target.sync.identity()
    assert me is not None
    return me.id
