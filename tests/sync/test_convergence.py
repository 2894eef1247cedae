"""Convergence: a plant and three pump stations make random edits of every kind while their files are dropped,
duplicated, reordered and replayed, one station's clock a year fast and one a year slow; after a full exchange every
database holds the same content (gridapp.sync.digest), no issue event or point entry made anywhere is missing, and
every value overwritten by a concurrent change is in a conflict archive."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.db.connect import open_database
from gridapp.issues.errors import IssueInputError, TransitionRefused
from gridapp.issues.models import IssueEvent, IssuePhoto
from gridapp.issues.rows import ReportDraft
from gridapp.issues.service import IssueService
from gridapp.org.errors import OrgError
from gridapp.org.models import Area, Person
from gridapp.org.service import OrgService
from gridapp.scoring.models import ScoreEntry, ScoreRule
from gridapp.scoring.service import ScoringService
from gridapp.security.rights import AccessDenied
from gridapp.station import Station
from gridapp.sync import log
from gridapp.sync.digest import content_digest, table_digests
from gridapp.sync.models import Conflict
from gridapp.sync.service import SyncService
from tests.sync.helpers import Site, plant_and_stations, read, send

YEAR_MS = 365 * 24 * 3600 * 1000
SKEW = {2: -YEAR_MS, 3: YEAR_MS}  # station 2 a year slow, station 3 a year fast


@pytest.fixture(scope="module")
def joined(_templates: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Station]]:
    """A plant and three stations that have joined it, closed, to be copied for each example."""
    folder = tmp_path_factory.mktemp("joined")
    plant, stations = plant_and_stations(_templates, folder, stations=3)
    sites = [plant, *stations]
    for site in sites:
        site.db.dispose()
    return folder, [site.db.station for site in sites]


@dataclasses.dataclass
class World:
    sites: list[Site]
    org: list[OrgService]
    issues: list[IssueService]
    scoring: list[ScoringService]
    leader: list[Actor]
    made_events: set[uuid.UUID] = dataclasses.field(default_factory=set)
    made_entries: set[uuid.UUID] = dataclasses.field(default_factory=set)
    phones: set[str] = dataclasses.field(default_factory=set)  # every phone number written
    superseded: set[str] = dataclasses.field(default_factory=set)  # replaced by a change made knowing of it
    pool: list[tuple[Path, int]] = dataclasses.field(default_factory=list)  # files on the USB stick, for site n
    counter: int = 0


def _open(copy: Path, stations: list[Station]) -> World:
    from gridapp.issues.photos import PhotoStore, photo_root_for

    names = ["plant", "station1", "station2", "station3"]
    sites, org, issues, scoring, leader = [], [], [], [], []
    from gridapp.events import EventBus

    for name, station in zip(names, stations, strict=True):
        folder = copy / name
        db = open_database(folder / "gridapp.sqlite3", station)
        photos = PhotoStore(photo_root_for(str(folder / "gridapp.sqlite3"), folder))
        sites.append(Site(name, db, SyncService(db, photos), folder, photos))
        org.append(OrgService(db))
        issues.append(IssueService(db, EventBus(), photos=photos))
        scoring.append(ScoringService(db))
        with db.read() as s:
            who = s.scalars(select(Person).where(Person.employee_no == "DH0001")).one()
            leader.append(Actor(station.id, who.id, who.name))
    return World(sites, org, issues, scoring, leader)


@contextlib.contextmanager
def _clock_of(n: int) -> Iterator[None]:
    skew = SKEW.get(n, 0)
    if not skew:
        yield
        return
    real = log.now_ms
    log.now_ms = lambda: real() + skew  # type: ignore[assignment]
    try:
        yield
    finally:
        log.now_ms = real  # type: ignore[assignment]


def _people(w: World, n: int) -> list[uuid.UUID]:
    with w.sites[n].db.read() as s:
        return list(
            s.scalars(
                select(Person.id)
                .where(Person.deleted_at.is_(None), Person.employee_no.in_(_EDITED))
                .order_by(Person.id)
            )
        )


_EDITED = ["DH0008", "DH0012", "DH0020"]  # three people everyone edits: concurrent edits of the same rows


def _issues(w: World, n: int) -> list[uuid.UUID]:
    with w.sites[n].db.read() as s:
        from gridapp.issues.models import Issue

        return list(s.scalars(select(Issue.id).where(Issue.deleted_at.is_(None)).order_by(Issue.id)))


def _grid(w: World, n: int) -> uuid.UUID:
    with w.sites[n].db.read() as s:
        person = s.scalars(select(Person).where(Person.employee_no == "DH0008")).one()
        return person.home_unit_id


def _do(w: World, kind: str, n: int, k: int) -> None:
    w.counter += 1
    site = w.sites[n]
    with _clock_of(n):
        if kind == "report":
            photos = [_picture(site.folder, w.counter)] if k % 3 == 0 else []
            ref = w.issues[n].report(
                w.leader[n],
                ReportDraft(title=f"泵房问题{w.counter}", unit_id=_grid(w, n), category="production", photos=photos),
            )
            w.made_events.update(_events_of(site, ref.id))
        elif kind == "act":
            ids = _issues(w, n)
            issue_id = ids[k % len(ids)]
            actions = w.issues[n].available_actions(w.leader[n], issue_id)
            try:
                if actions and k % 3:
                    action = actions[k % len(actions)]
                    w.issues[n].act(
                        w.leader[n], issue_id, action, f"处理{w.counter}", assignee_id=w.leader[n].person_id,
                        due=dt.date.today() + dt.timedelta(days=3),
                    )  # fmt: skip
                else:
                    w.issues[n].comment(w.leader[n], issue_id, f"意见{w.counter}")
            except (TransitionRefused, IssueInputError, AccessDenied):
                pass
            w.made_events.update(_events_of(site, issue_id))
        elif kind == "phone":
            people = _people(w, n)
            who = people[k % len(people)]
            fields = w.org[n].people_edit.fields(who)
            phone = f"139{w.counter:08d}"
            w.superseded.add(fields.phone)
            w.org[n].people_edit.update_person(w.leader[n], who, dataclasses.replace(fields, phone=phone))
            w.phones.add(phone)
        elif kind == "area":
            with site.db.read() as s:
                areas = list(s.scalars(select(Area.id).order_by(Area.id)))
            area_id = areas[k % len(areas)]
            with contextlib.suppress(OrgError, AccessDenied):
                if k % 2:
                    w.org[n].areas.delete_area(w.leader[n], area_id)
                else:
                    w.org[n].areas.restore_area(w.leader[n], area_id)
        elif kind == "points":
            with site.db.read() as s:
                rules = list(
                    s.scalars(
                        select(ScoreRule.id)
                        .where(ScoreRule.deleted_at.is_(None), ScoreRule.superseded_at.is_(None))
                        .order_by(ScoreRule.code)
                    )
                )
            people = _people(w, n)
            with contextlib.suppress(Exception):
                row = w.scoring[n].entries.give(
                    w.leader[n], rules[k % len(rules)], person_id=people[k % len(people)], reason=f"加分{w.counter}"
                )
                w.made_entries.add(row.id)
        elif kind == "export":
            if n == 0:
                target = 1 + k % 3
                w.pool.append((send(site, w.sites[target]), target))
            else:
                w.pool.append((send(site, w.sites[0]), 0))
        elif kind == "deliver" and w.pool:
            path, target = w.pool[k % len(w.pool)]
            with _clock_of(target):
                read(w.sites[target], path)
        elif kind == "drop" and w.pool:
            w.pool.pop(k % len(w.pool))


def _picture(folder: Path, n: int) -> Path:
    from PIL import Image

    path = folder / f"photo-{n}.jpg"
    Image.new("RGB", (40, 30), (n * 37 % 256, n * 91 % 256, 120)).save(path)
    return path


def _events_of(site: Site, issue_id: uuid.UUID) -> set[uuid.UUID]:
    with site.db.read() as s:
        return set(s.scalars(select(IssueEvent.id).where(IssueEvent.issue_id == issue_id)))


def _full_exchange(w: World) -> None:
    plant, stations = w.sites[0], w.sites[1:]
    for _ in range(2):  # the second round carries what the plant sent back (its own rows, restated)
        for n, station in enumerate(stations, 1):
            with _clock_of(n):
                path = send(station, plant)
            read(plant, path)
        for n, station in enumerate(stations, 1):
            path = send(plant, station)
            with _clock_of(n):
                read(station, path)


KINDS = ["report", "act", "act", "phone", "phone", "area", "points", "export", "export", "deliver", "deliver", "drop"]
OPS = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 3), st.integers(0, 10_000)), min_size=15, max_size=45)


def _check(w: World) -> None:
    digests = []
    for site in w.sites:
        with site.db.read() as s:
            digests.append(content_digest(s))
    if len(set(digests)) != 1:
        with w.sites[0].db.read() as a:
            plant = table_digests(a)
        for site in w.sites[1:]:
            with site.db.read() as b:
                there = table_digests(b)
            differ = sorted(t for t in plant if plant[t] != there[t])
            assert not differ, f"{site.name} differs from the plant in {differ}"
    for site in w.sites:
        with site.db.read() as s:
            events = set(s.scalars(select(IssueEvent.id)))
            entries = set(s.scalars(select(ScoreEntry.id)))
        assert w.made_events <= events, f"{site.name} lost issue events"
        assert w.made_entries <= entries, f"{site.name} lost point entries"
    final, archived = set(), set()
    for site in w.sites:
        with site.db.read() as s:
            final |= set(s.scalars(select(Person.phone)))
            for lost in s.scalars(select(Conflict.lost)):
                if lost:
                    archived.add(lost.get("phone"))
    from gridapp.security.chain import ChainChecker

    for site in w.sites:  # each PC's audit trail still verifies: imported events are sealed where they arrive
        with site.db.read() as s:
            report = ChainChecker(s).full()
        assert report.breach is None, f"{site.name}: {report.breach}"
    for site in w.sites:  # every photo's bytes travelled with its row
        with site.db.read() as s:
            photos = list(s.execute(select(IssuePhoto.sha256, IssuePhoto.suffix)))
        assert site.photos is not None
        assert all(site.photos.read(sha, suffix) for sha, suffix in photos), f"{site.name} lacks a photo"
    for site in w.sites:  # tallies added to entry by entry as they arrived equal those rebuilt from all entries
        assert _tallies(site) == _tallies(site, rebuilt=True), f"{site.name}'s score tallies"
    _check_issue_tallies(w, "after the exchange")
    missing = w.phones - final - archived - w.superseded
    assert not missing, f"overwritten values not in any conflict archive: {sorted(missing)}"


def _tallies(site: Site, rebuilt: bool = False) -> list[tuple[object, ...]]:
    from gridapp.scoring import tallies
    from gridapp.scoring.models import ScorePersonTally, ScoreUnitTally

    if rebuilt:
        with site.db.write(site.actor, "test.rebuild") as s:
            tallies.rebuild(s)
    with site.db.read() as s:
        found: list[tuple[object, ...]] = []
        for model in (ScorePersonTally, ScoreUnitTally):
            found += sorted(tuple(r) for r in s.execute(select(model.__table__)))
        return found


def _check_issue_tallies(w: World, when: str) -> None:
    """The issue tallies kept by the triggers equal a count of the issues, and a rebuild from scratch."""
    from gridapp.issues import tallies
    from gridapp.issues.models import IssueTally

    for site in w.sites:
        with site.db.read() as s:
            assert not tallies.differences(s), f"{site.name}'s issue tallies {when}"
            kept = sorted((tuple(r) for r in s.execute(select(IssueTally.__table__)) if r.issues), key=str)
        with site.db.write(site.actor, "test.rebuild") as s:
            tallies.rebuild(s)
        with site.db.read() as s:
            assert sorted((tuple(r) for r in s.execute(select(IssueTally.__table__))), key=str) == kept


def _run(joined: tuple[Path, list[Station]], tmp: Path, ops: list[tuple[str, int, int]]) -> dict[str, int]:
    source, stations = joined
    copy = tmp / uuid.uuid4().hex
    shutil.copytree(source, copy)
    w = _open(copy, stations)
    try:
        for kind, n, k in ops:
            _do(w, kind, n, k)
        _check_issue_tallies(w, "after the random operations")
        _full_exchange(w)
        _check(w)
        with w.sites[0].db.read() as s:
            conflicts = len(list(s.scalars(select(Conflict.id))))
        return {"conflicts": conflicts, "events": len(w.made_events), "phones": len(w.phones)}
    finally:
        for site in w.sites:
            site.db.dispose()
        shutil.rmtree(copy, ignore_errors=True)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_every_database_converges(joined: tuple[Path, list[Station]], tmp_path: Path, ops) -> None:
    _run(joined, tmp_path, ops)


def test_concurrent_edits_of_one_person_keep_the_loser(joined: tuple[Path, list[Station]], tmp_path: Path) -> None:
    ops = [("phone", 1, 0), ("phone", 2, 0), ("phone", 0, 0), ("export", 1, 0), ("export", 2, 0)]
    ops += [("deliver", 0, 0), ("deliver", 0, 1), ("report", 3, 0), ("act", 3, 0), ("act", 0, 1)]
    figures = _run(joined, tmp_path, ops)
    assert figures["phones"] == 3
    assert figures["conflicts"] >= 2  # three PCs edited one row without knowing of each other: two values lost
