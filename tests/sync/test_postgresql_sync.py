"""A plant on its PostgreSQL server and pump stations on SQLite: network sync straight into the plant's database,
photos every PC of the plant sees, and the convergence scenario with the plant on the server."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from gridapp.demo import load_demo
from gridapp.events import EventBus
from gridapp.issues.models import Issue, IssuePhoto
from gridapp.issues.photos import PhotoStore
from gridapp.issues.rows import ReportDraft
from gridapp.issues.service import IssueService
from gridapp.org.models import Person
from gridapp.services import open_workspace
from gridapp.sync import keys
from gridapp.sync.bundle import BundleRefused
from gridapp.sync.models import Identity
from gridapp.sync.service import SyncService
from tests.conftest import DEMO_PASSWORD
from tests.sync.helpers import Site, open_site
from tests.sync.test_convergence import KINDS, World, _check, _do, _full_exchange
from tests.test_postgresql import postgres_url  # noqa: F401  (the throw-away server fixture)


def test_stations_sync_with_a_plant_server(postgres_url: str, _templates: dict[str, Path], tmp_path: Path) -> None:  # noqa: F811
    from gridapp.actor import Actor
    from gridapp.org.service import OrgService
    from gridapp.scoring.service import ScoringService

    opened = open_workspace(postgres_url)
    server = opened.services.db
    load_demo(server, server.system_actor(), demo_password=DEMO_PASSWORD)
    plant_photos = PhotoStore(tmp_path / "plant-pc1-photos", server)
    plant = Site("plant", server, SyncService(server, plant_photos), tmp_path / "plant", plant_photos)
    plant.folder.mkdir()
    plant.sync.set_up_plant(plant.actor, "东湖水厂")

    stations = []
    for n in (1, 2, 3):
        station = open_site(_templates["empty"], tmp_path / f"station{n}", f"泵站{n}")
        station.sync.set_up_station(station.actor, f"泵站{n}", f"B{n}")
        with station.db.read() as s:
            me = s.scalars(select(Identity)).one()
            plant.sync.register_key(plant.actor, me.id, me.public_key, me.name, me.code)
        with server.read() as s:
            plant_code = keys.code(s.scalars(select(Identity)).one().public_key)
        # The station meets its plant: the user compares the key code with the plant's screen, then everything
        # comes by network.
        with pytest.raises(BundleRefused):
            station.sync.sync_with(station.actor, server, plant_photos, trust_plant=lambda _n, _c: False)
        shown: list[tuple[str, str]] = []

        def compared(name: str, code: str, shown: list[tuple[str, str]] = shown) -> bool:
            shown.append((name, code))
            return True

        station.sync.sync_with(station.actor, server, plant_photos, trust_plant=compared)
        assert shown == [("东湖水厂", plant_code)]
        stations.append(station)

    # A photo taken at station 1 reaches the server, and a second PC of the plant (its own empty photo folder) sees it.
    station = stations[0]
    picture = tmp_path / "leak.jpg"
    Image.frombytes("RGB", (64, 48), random.Random(1).randbytes(64 * 48 * 3)).save(picture)
    with station.db.read() as s:
        who = s.scalars(select(Person).where(Person.employee_no == "DH0001")).one()
        unit = s.scalars(select(Person).where(Person.employee_no == "DH0008")).one().home_unit_id
    issues = IssueService(station.db, EventBus(), photos=station.photos)
    ref = issues.report(
        Actor(station.db.station.id, who.id, who.name),
        ReportDraft(title="泵房漏水", unit_id=unit, category="production", photos=[picture]),
    )
    at_plant, _here = station.sync.sync_with(station.actor, server, plant_photos)
    assert at_plant.rows > 0
    other_pc = PhotoStore(tmp_path / "plant-pc2-photos", server)
    with server.read() as s:
        assert s.get(Issue, ref.id).number == ref.number  # type: ignore[union-attr]
        photo = s.scalars(select(IssuePhoto).where(IssuePhoto.issue_id == ref.id)).one()
    assert other_pc.ensure_local(photo.sha256, photo.suffix) is not None

    # The convergence scenario with the plant on the server, by USB files.
    sites = [plant, *stations]
    world = World(
        sites,
        [OrgService(s.db) for s in sites],
        [IssueService(s.db, EventBus(), photos=s.sync._photos) for s in sites],
        [ScoringService(s.db) for s in sites],
        [],
    )
    for site in sites:
        with site.db.read() as s:
            who = s.scalars(select(Person).where(Person.employee_no == "DH0001")).one()
            world.leader.append(Actor(site.db.station.id, who.id, who.name))
    rng = random.Random(12)
    for _ in range(60):
        _do(world, rng.choice(KINDS), rng.randrange(4), rng.randrange(10_000))
    _full_exchange(world)
    _check(world)
    for site in stations:
        site.db.dispose()
    server.dispose()
