"""Weekly zone reports on the scoring tests' plant: 一区 (甲班: 甲一 甲二 甲三 party members, 甲群 masses; zone lead 郑区长)
and 二区 (乙班: 乙一 乙二). Today is Thursday 2025-05-15; its week begins on Monday 2025-05-12."""

from __future__ import annotations

import datetime as dt

import pytest

from gridapp.party_life.kinds import PartyLifeRefused
from gridapp.party_life.zone_reports import ZoneReportService, week_of
from tests.scoring.conftest import Plant


@pytest.fixture
def reports(plant: Plant) -> ZoneReportService:
    return ZoneReportService(plant.db, today=lambda: plant.today[0])


def test_the_week_lists_who_has_not_reported(plant: Plant, reports: ZoneReportService) -> None:
    assert week_of(dt.date(2025, 5, 15)) == dt.date(2025, 5, 12)
    zone = plant.units["一区"]
    reports.file(plant.actor("甲一"), zone, "泵房正常", "2号泵渗漏")
    reports.file(plant.actor("甲一"), zone, "泵房正常，已处理渗漏")  # filed again: the same report, changed
    week = reports.week(plant.units["一网格"])
    assert {(r.zone, r.person) for r in week if not r.filed} == {
        ("一区", "郑区长"), ("一区", "甲三"), ("一区", "甲二"), ("二区", "乙一"), ("二区", "乙二")
    }  # fmt: skip
    assert not week[0].filed and week[-1].filed  # who has not reported comes first
    filed = [r for r in week if r.filed]
    assert [(r.person, r.state, r.problems) for r in filed] == [("甲一", "泵房正常，已处理渗漏", "")]
    assert all(r.person != "甲群" for r in week)  # masses do not report
    assert [r.person for r in reports.week(plant.units["甲班"]) if r.filed] == ["甲一"]  # a team sees its zone
    plant.today[0] = dt.date(2025, 5, 19)  # a new week: nobody has reported yet
    assert not any(r.filed for r in reports.week(plant.units["一网格"]))


def test_only_a_party_member_of_the_zone_files(plant: Plant, reports: ZoneReportService) -> None:
    with pytest.raises(PartyLifeRefused):
        reports.file(plant.actor("甲一"), plant.units["二区"], "x")  # another zone
    with pytest.raises(PartyLifeRefused):
        reports.file(plant.actor("甲一"), plant.units["甲班"], "x")  # a team is not a zone
    assert reports.zones_of(plant.people["甲一"]) == [(plant.units["一区"], "一区")]
    assert reports.zones_of(plant.people["甲群"]) == []
