"""The quick report: numbering per plant and year, validation, photos, links, events, and report_in inside a
caller's transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from gridapp.events import IssueReported
from gridapp.issues.errors import InputProblem, IssueInputError
from gridapp.issues.kinds import EventKind, IssueState
from gridapp.issues.models import Issue, IssueEvent
from gridapp.issues.rows import IssueLinkDraft, ReportDraft
from tests.issues.conftest import STAFF, Plant


def test_report_numbers_per_year_and_derives_state_from_the_event(plant: Plant) -> None:
    seen: list[IssueReported] = []
    plant.events.subscribe(IssueReported, lambda s, e: seen.append(e))
    first = plant.report(description="泵房东侧地面有积水")
    second = plant.report(title="加药间照明灯不亮", unit="DH-W-02-1", category="equipment")
    assert (first.number, second.number) == ("2026-0001", "2026-0002")
    plant.clock.current = dt.datetime(2026, 12, 31, 16, 30, tzinfo=dt.UTC)  # 00:30 on 1 January in China
    assert plant.report().number == "2027-0001"
    detail = plant.service.detail(first.id)
    assert detail is not None
    assert detail.row.state is IssueState.REPORTED and detail.row.reporter == plant.names[STAFF]
    assert detail.description == "泵房东侧地面有积水" and detail.category == "生产运行"
    assert [e.kind for e in detail.events] == [EventKind.REPORTED]
    assert plant.service.replayed(first.id) == plant.service.stored(first.id)
    assert [e.issue_id for e in seen] == [first.id, second.id, seen[2].issue_id]
    assert seen[0].unit_id == plant.units["DH-W-01-1"] and seen[0].reporter_id == plant.people[STAFF]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"title": "  "}, InputProblem.TITLE_REQUIRED),
        ({"title": "很" * 201}, InputProblem.TITLE_TOO_LONG),
        ({"category": "nonsense"}, InputProblem.CATEGORY_UNKNOWN),
        ({"links": [IssueLinkDraft("planet", __import__("uuid").uuid4(), "x")]}, InputProblem.LINK_KIND_UNKNOWN),
    ],
)
def test_bad_reports_are_refused_and_nothing_is_written(plant: Plant, change: dict[str, object],
                                                        problem: InputProblem) -> None:  # fmt: skip
    with pytest.raises(IssueInputError) as caught:
        plant.report(**change)  # type: ignore[arg-type]
    assert caught.value.problem is problem
    with plant.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Issue)) == 0


def test_report_in_joins_the_callers_transaction(plant: Plant) -> None:
    draft = ReportDraft("巡检发现：沉淀池护栏松动", plant.units["DH-W-03-1"], "safety",
                        links=[IssueLinkDraft("round", __import__("uuid").uuid4(), "3月3日群众日查")])  # fmt: skip
    actor = plant.actor(STAFF)
    with pytest.raises(RuntimeError), plant.db.write(actor) as session:
        plant.service.report_in(session, actor, draft)
        raise RuntimeError("the round could not be saved")
    with plant.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Issue)) == 0
        assert s.scalar(select(func.count()).select_from(IssueEvent)) == 0
    with plant.db.write(actor) as session:
        ref = plant.service.report_in(session, actor, draft)
    assert ref.number == "2026-0001"  # the rolled-back report used no number
    detail = plant.service.detail(ref.id)
    assert detail is not None and [link.kind for link in detail.links] == ["round"]


def test_photos_are_stored_by_content_with_thumbnails(plant: Plant, tmp_path: Path) -> None:
    picture = tmp_path / "漏水.jpg"
    Image.new("RGB", (1600, 1200), (30, 90, 160)).save(picture)
    same = tmp_path / "copy.jpg"
    same.write_bytes(picture.read_bytes())
    ref = plant.report(photos=[picture, same])
    detail = plant.service.detail(ref.id)
    assert detail is not None and len(detail.photos) == 2
    first, second = detail.photos
    assert first.path == second.path and first.path.exists()  # one file for the same bytes
    assert first.path.read_bytes() == picture.read_bytes()
    with Image.open(first.thumbnail) as thumb:
        assert max(thumb.size) == 320
    assert (first.width, first.height) == (1600, 1200) and first.name == "漏水.jpg"
    assert detail.row.photo_count == 2


def test_a_file_that_is_not_a_picture_is_refused(plant: Plant, tmp_path: Path) -> None:
    text = tmp_path / "说明.jpg"
    text.write_text("不是图片", encoding="utf-8")
    with pytest.raises(IssueInputError) as caught:
        plant.report(photos=[text])
    assert caught.value.problem is InputProblem.PHOTO_NOT_IMAGE
    with pytest.raises(IssueInputError) as caught:
        plant.report(photos=[tmp_path / "missing.jpg"])
    assert caught.value.problem is InputProblem.PHOTO_MISSING


def test_history_is_append_only_in_the_database(plant: Plant) -> None:
    ref = plant.report()
    with pytest.raises(Exception, match="append-only"), plant.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE issue_event SET note = 'changed'")
    with pytest.raises(Exception, match="append-only"), plant.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM issue_event")
    assert plant.service.detail(ref.id) is not None
