"""One time zone: plant time (UTC+8 unless the plant's calendar says otherwise) everywhere a time is shown, printed
or exported; UTC is stored. Rule versions say when they took effect as a user reads it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from gridapp import times
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import PeriodRow
from gridapp.services import Services
from tests.session_helpers import log_in
from ui.admin.labels import plant_time as admin_time
from ui.context import AppContext
from ui.scoring.list_models import PeriodTableModel, rule_version_text
from ui.sync.words import plant_time as sync_time
from ui.todo.model import due_text

ROOT = Path(__file__).resolve().parent.parent
MOMENT = dt.datetime(2026, 11, 30, 9, 42, tzinfo=dt.UTC)  # 17:42 at the plant


@pytest.fixture(autouse=True)
def _plant_zone_back() -> Iterator[None]:
    yield
    times.set_plant_offset(times.DEFAULT_OFFSET_MINUTES)


def test_plant_time_is_utc_plus_8_by_default() -> None:
    assert times.plant_text(MOMENT) == "2026-11-30 17:42"
    assert times.plant_text(MOMENT.replace(tzinfo=None)) == "2026-11-30 17:42"  # stored moments are UTC
    assert times.plant_date(dt.datetime(2026, 11, 30, 16, 5, tzinfo=dt.UTC)) == dt.date(2026, 12, 1)
    assert times.plant_midnight(dt.date(2026, 12, 1)) == dt.datetime(2026, 11, 30, 16, 0, tzinfo=dt.UTC)
    assert times.plant_offset_text() == "UTC+8" and times.plant_offset_text(330) == "UTC+5:30"


def test_every_screen_shows_the_same_moment_alike() -> None:
    # the score periods page printed 09:42 (the PC's zone, UTC) where the issue board said 17:42
    period = PeriodRow(Period(PeriodKind.MONTH, 2026, 11), True, MOMENT, "熊德明", 0)
    model = PeriodTableModel()
    model.set_rows([period])
    assert model.index(0, 5).data() == "2026-11-30 17:42"
    assert admin_time(MOMENT) == "2026-11-30 17:42:00"
    assert sync_time(MOMENT) == "2026-11-30 17:42"
    assert due_text(MOMENT) == "11-30 17:42"


def test_a_plant_elsewhere_sets_its_zone_on_the_calendar(services: Services) -> None:
    context = AppContext()
    context.set_services(services)
    log_in(context, "DH0001")
    calendar = services.issues.calendar()
    assert calendar.utc_offset_minutes == 480
    services.issues.set_calendar(context.actor, dataclasses.replace(calendar, utc_offset_minutes=300))
    assert times.plant_text(MOMENT) == "2026-11-30 14:42"
    assert services.issues.calendar().utc_offset_minutes == 300


def test_rule_versions_read_as_a_user_understands_them(services: Services) -> None:
    rule = services.scoring.rules.rules("star")[0]
    assert rule.version == 1
    # the first version is the rule itself: points from June count by it although it was typed in today
    assert "since" not in rule_version_text(rule) and rule_version_text(rule).startswith("v1")
    changed = dataclasses.replace(rule, version=2, valid_from=dt.datetime(2026, 11, 30, 16, 30, tzinfo=dt.UTC))
    assert rule_version_text(changed) == "v2, changed 2026-12-01"  # the plant's day, not the PC's


def test_no_code_reads_the_pcs_own_zone() -> None:
    """``astimezone()`` without a zone, ``date.today()`` and Qt's current date give the PC's zone (UTC on a server,
    anything on a laptop), not the plant's: the day a round is due, a print's date and a default deadline would
    change at the PC's midnight."""
    found = []
    for folder in ("gridapp", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if re.search(
                    r"\.astimezone\(\)|PLANT_TZ|date\.today\b|QDate\.currentDate\(\)|QTime\.currentTime\(\)", line
                ):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []
