"""Fixtures for the issue board's tests: the demo plant's people as actors, its units by code, and a fake clock."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.db.connect import open_database
from gridapp.db.database import Database
from gridapp.events import EventBus
from gridapp.issues.clock import FakeClock
from gridapp.issues.photos import PhotoStore
from gridapp.issues.rows import IssueRef, ReportDraft
from gridapp.issues.service import IssueService
from gridapp.org.demo import load_org
from gridapp.org.models import Area, Person, Unit
from gridapp.paths import DEMO
from gridapp.progress import no_progress
from gridapp.station import load_or_create_station

# A Tuesday morning, 09:00 in China (01:00 UTC).
START = dt.datetime(2026, 3, 3, 1, 0, tzinfo=dt.UTC)


@dataclass
class Plant:
    """The demo plant as tests name it: people by employee number, units by code."""

    db: Database
    service: IssueService
    events: EventBus
    clock: FakeClock
    people: dict[str, uuid.UUID]
    names: dict[str, str]
    units: dict[str, uuid.UUID]
    areas: dict[str, uuid.UUID]

    def actor(self, employee_no: str) -> Actor:
        return Actor(self.db.station.id, self.people[employee_no], self.names[employee_no])

    def report(self, reporter: str = "DH0013", unit: str = "DH-W-01-1", title: str = "取水泵房漏水",
               category: str = "production", **kw: object) -> IssueRef:  # fmt: skip
        draft = ReportDraft(title=title, unit_id=self.units[unit], category=category, **kw)  # type: ignore[arg-type]
        return self.service.report(self.actor(reporter), draft)


LEADER = "DH0001"  # 网格长 of the grid DH-W
SECRETARY = "DH0002"  # 网格长 and 党支部书记
OFFICER = "DH0003"  # 宣传员 (an officer of DH-W)
ZONE_LEAD = "DH0007"  # 责任区负责人 of DH-W-01
STAFF = "DH0013"  # a pump worker in DH-W-01-1
STAFF_2 = "DH0014"
OTHER_ZONE_LEAD = "DH0010"  # zone lead of DH-W-04: no say over DH-W-01


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture(scope="session")
def _org_only(_templates: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plant's organisation without its demo issues, so each test starts from issue number one."""
    folder = tmp_path_factory.mktemp("issues-template")
    target = Path(shutil.copy(_templates["empty"], folder / "org.sqlite3"))
    db = open_database(target, load_or_create_station(folder))
    data = json.loads((DEMO / "org.json").read_text(encoding="utf-8"))
    with db.write(db.system_actor()) as session:
        load_org(session, data, no_progress)
    db.dispose()
    return target


@pytest.fixture
def org_db(_org_only: Path, tmp_path: Path, data_dir: Path) -> Iterator[Database]:
    database = open_database(
        Path(shutil.copy(_org_only, tmp_path / "gridapp.sqlite3")), load_or_create_station(data_dir)
    )
    yield database
    database.dispose()


@pytest.fixture
def plant(org_db: Database, clock: FakeClock, tmp_path: Path) -> Plant:
    demo_db = org_db
    events = EventBus()
    service = IssueService(demo_db, events, clock, PhotoStore(tmp_path / "photos"))
    with demo_db.read() as s:
        people = {no: pid for pid, no in s.execute(select(Person.id, Person.employee_no))}
        names = {no: name for no, name in s.execute(select(Person.employee_no, Person.name))}
        units = {code: uid for uid, code in s.execute(select(Unit.id, Unit.code))}
        areas = {name: aid for aid, name in s.execute(select(Area.id, Area.name))}
    return Plant(demo_db, service, events, clock, people, names, units, areas)


@pytest.fixture
def tab(qtbot: Any, services: Any) -> Iterator[Any]:
    """The issue board tab (ui.issues.tab.IssuesTab) on the demo plant, the grid leader logged in; Qt is imported
    here, so the service tests of this folder run without it."""
    from tests.session_helpers import log_in
    from ui.context import AppContext
    from ui.issues.tab import IssuesTab

    context = AppContext()
    widget = IssuesTab(context)
    qtbot.addWidget(widget)
    context.set_services(services)
    log_in(context, "DH0001")  # the grid leader
    widget.resize(1400, 900)
    widget.show()
    yield widget
    widget.close()
