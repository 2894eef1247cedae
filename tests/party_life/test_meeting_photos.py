"""A meeting record's photos (issue 18 item 1): kept in the issues' photo folder by SHA-256, added and taken off with
the record, printed scaled after the signatures, and carried by sync to the other databases as the issues' are."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from gridapp.events import EventBus
from gridapp.issues.errors import IssueInputError
from gridapp.issues.photos import PhotoStore
from gridapp.org.models import Unit
from gridapp.party_life.meetings import MeetingService
from gridapp.party_life.printing import meeting_record_pdf
from gridapp.party_life.rows import MeetingDraft
from gridapp.sync.tables import FILE_TABLES
from tests.pdf_checks import assert_all_fonts_embedded, pdf_text
from tests.scoring.conftest import Plant
from tests.sync.helpers import exchange, plant_and_stations


def picture(folder: Path, name: str, size: tuple[int, int], colour: str) -> Path:
    path = folder / name
    Image.new("RGB", size, colour).save(path)
    return path


@pytest.fixture
def meetings(plant: Plant, tmp_path: Path) -> MeetingService:
    service = MeetingService(plant.db, EventBus(), lambda: plant.today[0], PhotoStore(tmp_path / "photos"))
    service.ensure_kinds(plant.db.system_actor())
    return service


def test_photos_added_taken_off_and_printed(plant: Plant, meetings: MeetingService, tmp_path: Path) -> None:
    group = next(k for k in meetings.kinds() if k.code == "party_group")
    wide = picture(tmp_path, "会场.jpg", (1200, 800), "red")
    tall = picture(tmp_path, "签到表.png", (600, 900), "blue")
    draft = MeetingDraft(group.id, plant.units["甲班"], dt.date(2025, 5, 6), "主题党日", add_photos=(wide, tall))
    meeting = meetings.record(plant.actor("沈书记"), draft)
    detail = meetings.detail(meeting)
    assert [(p.name, p.width, p.height) for p in detail.photos] == [("会场.jpg", 1200, 800), ("签到表.png", 600, 900)]
    files = [meetings.photo_file(p) for p in detail.photos]
    assert all(f is not None and f.exists() for f in files)
    assert all(meetings.photo_thumbnail(p) is not None for p in detail.photos)
    pdf = meeting_record_pdf(detail, "东风厂/甲班", files)
    assert_all_fonts_embedded(pdf)
    assert pdf.count(b"/Subtype /Image") == 2
    text = "".join(pdf_text(pdf)).replace(" ", "")
    assert "附：会议照片" in text and "1.会场.jpg" in text
    # a photo whose file is not on this PC is named, not drawn
    assert b"/Subtype /Image" not in meeting_record_pdf(detail, "东风厂/甲班", [None, None])
    # changing the record: one taken off, another added after the rest
    again = picture(tmp_path, "合影.jpg", (800, 600), "green")
    change = MeetingDraft(
        group.id, plant.units["甲班"], dt.date(2025, 5, 6), "主题党日", id=meeting,
        add_photos=(again,), remove_photos=(detail.photos[0].id,),
    )  # fmt: skip
    meetings.record(plant.actor("沈书记"), change)
    assert [p.name for p in meetings.detail(meeting).photos] == ["签到表.png", "合影.jpg"]
    # a meeting without photos prints as before
    plain = meeting_record_pdf(meetings.detail(meetings.record(plant.actor("沈书记"), MeetingDraft(
        group.id, plant.units["甲班"], dt.date(2025, 5, 7), "无照片"))), "东风厂/甲班")  # fmt: skip
    assert "会议照片" not in "".join(pdf_text(plain))


def test_a_file_that_is_not_a_picture_is_refused(plant: Plant, meetings: MeetingService, tmp_path: Path) -> None:
    group = next(k for k in meetings.kinds() if k.code == "party_group")
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a picture")
    with pytest.raises(IssueInputError):
        meetings.record(
            plant.actor("沈书记"),
            MeetingDraft(group.id, plant.units["甲班"], dt.date(2025, 5, 6), "x", add_photos=(bad,)),
        )
    assert meetings.meetings(plant.units["甲班"], dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == []


def test_the_photos_travel_with_sync(_templates: dict[str, Path], tmp_path: Path) -> None:
    assert "party_meeting_photo" in FILE_TABLES
    plant, (station,) = plant_and_stations(_templates, tmp_path)
    here = MeetingService(plant.db, EventBus(), photos=plant.photos)
    here.ensure_kinds(plant.actor)
    with plant.db.read() as s:
        unit = s.scalars(select(Unit.id).where(Unit.parent_id.is_not(None)).order_by(Unit.code)).first()
    assert unit is not None
    kind = here.kinds()[0]
    photo = picture(tmp_path, "会场.jpg", (640, 480), "red")
    draft = MeetingDraft(kind.id, unit, dt.date(2026, 11, 2), "主题党日", add_photos=(photo,))
    meeting = here.record(plant.actor, draft)
    exchange(plant, station)
    there = MeetingService(station.db, EventBus(), photos=station.photos)
    [row] = there.detail(meeting).photos
    file = there.photo_file(row)
    assert file is not None and file.read_bytes() == photo.read_bytes()
    assert file.parent.parent != plant.photos.root  # type: ignore[union-attr]  (the station's own folder)
    assert isinstance(meeting, uuid.UUID)
