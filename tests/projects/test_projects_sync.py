"""A project written at a pump station reaches the plant by a sync file, with its team, plan and attached file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.org.models import Person, Unit
from gridapp.projects.rows import ProjectDraft
from gridapp.security.rights import plant_today
from gridapp.services import Services
from tests.sync.helpers import exchange, plant_and_stations


def test_a_project_and_its_file_travel_to_the_plant(_templates: dict[str, Path], tmp_path: Path) -> None:
    plant, (station,) = plant_and_stations(_templates, tmp_path)
    at_station = Services.over(station.db)
    with station.db.read() as s:
        grid = s.scalars(select(Unit.id).where(Unit.name == "东湖水厂党支部红色网格")).one()
        people = {p.employee_no: p for p in s.scalars(select(Person))}
    grid_leader = Actor(station.db.station.id, people["DH0001"].id, people["DH0001"].name)
    today = plant_today()
    draft = ProjectDraft(
        "取水泵节能改造", grid, people["DH0005"].id, today - dt.timedelta(days=10),
        members=((people["DH0012"].id, "数据采集"),), milestones=(("方案论证", today + dt.timedelta(days=5)),),
    )  # fmt: skip
    project_id = at_station.projects.create(grid_leader, draft)
    report = tmp_path / "可研报告.docx"
    report.write_bytes(b"PK\x03\x04 a report written at the pump station")
    at_station.projects.attach(grid_leader, project_id, report)
    exchange(station, plant)
    at_plant = Services.over(plant.db)
    detail = at_plant.projects.project(project_id)
    assert (detail.row.title, detail.row.leader) == ("取水泵节能改造", people["DH0005"].name)
    assert [m.name for m in detail.members] == [people["DH0012"].name]
    assert [m.title for m in detail.milestones] == ["方案论证"]
    (attachment,) = detail.attachments
    assert attachment.name == "可研报告.docx"
    stored = at_plant.projects.attachment_file(attachment)
    assert stored is not None and stored.read_bytes() == report.read_bytes()
    assert stored.is_relative_to(plant.folder)  # the plant's own photo folder, not the station's
