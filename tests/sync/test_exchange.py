"""A plant and a pump station exchanging by USB file: the plant's data reaches the station, work made offline at the
station reaches the plant, and reading the same file twice changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from gridapp.issues.models import Issue
from gridapp.org.models import Person
from tests.sync.helpers import exchange, plant_and_stations, read, send


def _count(site, model) -> int:
    with site.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_new_station_receives_the_whole_plant(_templates: dict[str, Path], tmp_path: Path) -> None:
    plant, (station,) = plant_and_stations(_templates, tmp_path)
    assert _count(station, Person) == _count(plant, Person) > 0
    assert _count(station, Issue) == _count(plant, Issue) > 0
    with plant.db.read() as p, station.db.read() as s:
        a = {(i.number, i.state, i.title) for i in p.scalars(select(Issue))}
        b = {(i.number, i.state, i.title) for i in s.scalars(select(Issue))}
    assert a == b


def test_the_same_file_twice_changes_nothing(_templates: dict[str, Path], tmp_path: Path) -> None:
    plant, (station,) = plant_and_stations(_templates, tmp_path)
    path = send(plant, station)
    first = read(station, path)
    again = read(station, path)
    assert again.merged.rows == 0
    assert first.merged.conflicts == again.merged.conflicts == 0
    exchange(station, plant)


def test_after_joining_both_have_the_same_content(_templates: dict[str, Path], tmp_path: Path) -> None:
    from gridapp.sync.digest import table_digests

    plant, (station,) = plant_and_stations(_templates, tmp_path)
    with plant.db.read() as p, station.db.read() as s:
        a, b = table_digests(p), table_digests(s)
    assert {t for t in a if a[t] != b[t]} == set()


def _leader(site):
    from gridapp.actor import Actor

    with site.db.read() as s:
        who = s.scalars(select(Person).where(Person.employee_no == "DH0001")).one()
        return Actor(site.db.station.id, who.id, who.name)


def test_issues_made_offline_keep_their_station_numbers(_templates: dict[str, Path], tmp_path: Path) -> None:
    from gridapp.events import EventBus
    from gridapp.issues.rows import ReportDraft
    from gridapp.issues.service import IssueService

    plant, (station,) = plant_and_stations(_templates, tmp_path)
    issues = IssueService(station.db, EventBus())
    leader = _leader(station)
    with station.db.read() as s:
        unit = s.scalars(select(Person).where(Person.employee_no == "DH0008")).one().home_unit_id
    made = [
        issues.report(leader, ReportDraft(title=f"泵房漏水{n}", unit_id=unit, category="production")) for n in (1, 2)
    ]
    year = made[0].number.split("-")[0]
    assert [r.number for r in made] == [f"{year}-B1-0001", f"{year}-B1-0002"]
    at_plant = IssueService(plant.db, EventBus()).report(
        _leader(plant), ReportDraft(title="厂里的问题", unit_id=unit, category="production")
    )
    exchange(station, plant)
    with plant.db.read() as p, station.db.read() as s:
        there = {i.id: i.number for i in p.scalars(select(Issue))}
        here = {i.id: i.number for i in s.scalars(select(Issue))}
    assert there == here
    assert {there[r.id] for r in made} == {r.number for r in made}
    assert "-B1-" not in at_plant.number


def test_a_station_cannot_raise_its_own_rights(_templates: dict[str, Path], tmp_path: Path) -> None:
    from gridapp.security.accounts import AccountService
    from gridapp.security.kinds import SystemRole
    from gridapp.security.models import Account
    from gridapp.sync.models import Conflict
    from tests.conftest import DEMO_PASSWORD

    plant, (station,) = plant_and_stations(_templates, tmp_path)
    # A person changes their own password at the station (offline): that travels.
    AccountService(station.db).change_password("DH0020", DEMO_PASSWORD, "Pump#Station2")
    with station.db.write(station.actor) as s:  # someone edits the station's file to make DH0020 an administrator
        account = s.scalars(select(Account).where(Account.login == "DH0020")).one()
        account.system_role = SystemRole.SYSTEM_ADMIN
    exchange(station, plant)
    read(station, send(plant, station))
    for site in (plant, station):
        with site.db.read() as s:
            account = s.scalars(select(Account).where(Account.login == "DH0020")).one()
            assert account.system_role is None, site.name
    with plant.db.read() as s:
        refused = list(s.scalars(select(Conflict).where(Conflict.reason == "plant_only")))
    assert [c.lost["system_role"] for c in refused] == ["system_admin"]
    AccountService(plant.db).login("DH0020", "Pump#Station2")  # the new password works at the plant


def test_an_escalation_at_a_station_reaches_the_plant_leaders_todo(_templates: dict[str, Path], tmp_path: Path) -> None:
    from gridapp.actor import Actor
    from gridapp.changes import IssuesChanged
    from gridapp.events import EventBus
    from gridapp.issues.kinds import Action, IssueState
    from gridapp.issues.rows import ReportDraft
    from gridapp.issues.service import IssueService
    from gridapp.org.models import Unit
    from gridapp.services import Services
    from gridapp.todo import todo

    plant, (station,) = plant_and_stations(_templates, tmp_path)
    with station.db.read() as s:
        lead = s.scalars(select(Person).where(Person.employee_no == "DH0007")).one()
        team = s.scalars(select(Unit.id).where(Unit.code == "DH-W-01-1")).one()
    zone_lead = Actor(station.db.station.id, lead.id, lead.name)
    issues = IssueService(station.db, EventBus())
    ref = issues.report(zone_lead, ReportDraft(title="取水泵异响", unit_id=team, category="production"))
    issues.act(zone_lead, ref.id, Action.ESCALATE, "班组解决不了，请网格长协调")
    heard: list[IssuesChanged] = []
    plant.db.notices.subscribe(IssuesChanged, heard.append)
    read(plant, send(station, plant))
    assert any(ref.id in n.ids("issue") for n in heard)  # the board and to-do refresh as for a local change
    services = Services.over(plant.db)
    leader = _leader(plant)
    items = [item for item in todo(services, leader).items if item.id == ref.id]
    assert items, "the escalated issue is on the plant leader's to-do"
    with plant.db.read() as s:
        assert s.get(Issue, ref.id).state is IssueState.ESCALATED  # type: ignore[union-attr]


def test_a_plant_upgraded_from_before_sync_gives_a_station_everything(
    _templates: dict[str, Path], tmp_path: Path
) -> None:
    """Rows made before the change log existed get their first version in the migration (0011)."""
    from alembic import command
    from alembic.config import Config

    from gridapp.db.schema import MIGRATIONS, ensure_schema
    from gridapp.sync.digest import content_digest
    from gridapp.sync.models import RowVersion
    from gridapp.sync.tables import SYNCED
    from tests.sync.helpers import open_site

    plant = open_site(_templates["demo"], tmp_path / "plant", "东湖水厂")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with plant.db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0010")
        conn.commit()
    ensure_schema(plant.db)
    with plant.db.read() as s:
        rows = sum(int(s.scalar(select(func.count()).select_from(t)) or 0) for t in SYNCED)
        assert int(s.scalar(select(func.count()).select_from(RowVersion)) or 0) == rows
    plant.sync.set_up_plant(plant.actor, "东湖水厂")
    station = open_site(_templates["empty"], tmp_path / "station", "泵站1")
    station.sync.set_up_station(station.actor, "泵站1", "B1")
    plant.sync.register_station(plant.actor, _request(station, tmp_path))
    read(station, send(plant, station))
    with plant.db.read() as p, station.db.read() as s:
        assert content_digest(p) == content_digest(s)


def _request(station, tmp_path: Path) -> Path:
    path = tmp_path / "request.rgsync"
    station.sync.write_request(station.actor, path)
    return path


def test_people_log_in_at_a_station_with_the_plants_accounts(_templates: dict[str, Path], tmp_path: Path) -> None:
    from gridapp.security.accounts import AccountService
    from tests.conftest import DEMO_PASSWORD

    _plant, (station,) = plant_and_stations(_templates, tmp_path)
    logged_in = AccountService(station.db).login("DH0020", DEMO_PASSWORD)  # offline, at the pump station
    assert logged_in.actor.person_id is not None


def test_a_cancelled_import_leaves_nothing(_templates: dict[str, Path], tmp_path: Path) -> None:
    from gridapp.sync.exchange import Cancelled
    from gridapp.sync.models import Exchange
    from tests.sync.helpers import open_site

    plant = open_site(_templates["demo"], tmp_path / "plant", "东湖水厂")
    plant.sync.set_up_plant(plant.actor, "东湖水厂")
    station = open_site(_templates["empty"], tmp_path / "station", "泵站1")
    station.sync.set_up_station(station.actor, "泵站1", "B1")
    plant.sync.register_station(plant.actor, _request(station, tmp_path))
    path = send(plant, station)
    asked = iter(range(1_000))

    def cancelled() -> bool:
        return next(asked) > 5  # the user presses Cancel while the tables are being merged

    with pytest.raises(Cancelled):
        station.sync.import_file(station.actor, path, trust_plant=lambda _n, _c: True, cancelled=cancelled)
    assert _count(station, Person) == 0
    assert _count(station, Exchange) == 0
    received = read(station, path)  # the same file again completes it
    assert received.merged.rows > 0 and _count(station, Person) == _count(plant, Person)


def test_a_station_starts_empty_and_its_own_first_administrator_gives_way(
    _templates: dict[str, Path], tmp_path: Path
) -> None:
    """A new station PC asks for a system administrator at first start; when it joins, the plant's accounts (its
    sysadmin included) are the ones that hold, on both sides."""
    from gridapp.security.accounts import AccountService, LoginRefused
    from gridapp.sync.digest import content_digest
    from gridapp.sync.service import SyncInputError
    from tests.conftest import ADMIN_PASSWORD
    from tests.sync.helpers import open_site

    demo = open_site(_templates["demo"], tmp_path / "demo", "演示")
    with pytest.raises(SyncInputError) as refused:
        demo.sync.set_up_station(demo.actor, "泵站9", "B9")
    assert refused.value.problem == "not_empty"

    plant = open_site(_templates["demo"], tmp_path / "plant", "东湖水厂")
    AccountService(plant.db).init_admin(ADMIN_PASSWORD)
    plant.sync.set_up_plant(plant.actor, "东湖水厂")
    station = open_site(_templates["empty"], tmp_path / "station", "泵站1")
    AccountService(station.db).init_admin("Station#2026")  # the station's own, before it knows the plant
    station.sync.set_up_station(station.actor, "泵站1", "B1")
    plant.sync.register_station(plant.actor, _request(station, tmp_path))
    read(station, send(plant, station))
    exchange(station, plant)
    read(station, send(plant, station))
    with plant.db.read() as p, station.db.read() as s:
        assert content_digest(p) == content_digest(s)
    AccountService(station.db).login("sysadmin", ADMIN_PASSWORD)  # the plant's administrator, offline
    with pytest.raises(LoginRefused):
        AccountService(station.db).login("sysadmin", "Station#2026")
