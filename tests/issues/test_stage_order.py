"""六环节 in their order: a stage only after the earlier ones, or a later one with a written reason for the skip;
never backwards; merged histories from two PCs give the furthest stage whatever order they replay in."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from gridapp.issues.errors import Refusal, TransitionRefused
from gridapp.issues.kinds import EventKind, Stage
from gridapp.issues.projection import EventRecord, replay
from gridapp.issues.workflow import stage_refusal, stages_skipped
from tests.issues.conftest import OFFICER, Plant


def test_the_rule_itself() -> None:
    assert stage_refusal(None, Stage.DISCOVERY, "") is None
    assert stage_refusal(Stage.DISCOVERY, Stage.ANALYSIS, "") is None
    assert stage_refusal(None, Stage.ANALYSIS, "") is Refusal.STAGE_SKIP_REASON  # discovery passed over
    assert stage_refusal(None, Stage.ANALYSIS, "现场已发现，直接分析") is None
    assert stage_refusal(Stage.RECTIFICATION, Stage.COORDINATION, "补记") is Refusal.STAGE_ORDER  # backwards
    assert stage_refusal(Stage.PLAN, Stage.PLAN, "") is Refusal.STAGE_ORDER  # again
    assert stages_skipped(Stage.ANALYSIS, Stage.TRACKING) == (Stage.COORDINATION, Stage.PLAN)


def test_stages_are_kept_in_order(plant: Plant) -> None:
    """discovery, analysis; coordination is then skipped with a reason straight to plan (the skip is recorded);
    rectification without tracking is refused without a reason; coordination after plan is refused: stage stays plan."""
    svc, officer = plant.service, plant.actor(OFFICER)
    issue = plant.report().id
    svc.reach_stage(officer, issue, Stage.DISCOVERY)
    svc.reach_stage(officer, issue, Stage.ANALYSIS)
    svc.reach_stage(officer, issue, Stage.PLAN, "本班组即可处理，无需专业联动")
    with pytest.raises(TransitionRefused) as caught:
        svc.reach_stage(officer, issue, Stage.RECTIFICATION)
    assert caught.value.reason is Refusal.STAGE_SKIP_REASON
    with pytest.raises(TransitionRefused) as caught:
        svc.reach_stage(officer, issue, Stage.COORDINATION, "补记联动")
    assert caught.value.reason is Refusal.STAGE_ORDER
    detail = svc.detail(issue)
    assert detail is not None and detail.stage is Stage.PLAN
    assert [s for s, _ in detail.stages] == [Stage.DISCOVERY, Stage.ANALYSIS, Stage.PLAN]
    skip = [e for e in detail.events if e.kind is EventKind.STAGE_REACHED][-1]
    assert skip.data["skipped"] == ["coordination"] and skip.note == "本班组即可处理，无需专业联动"
    assert svc.replayed(issue) == svc.stored(issue)


def test_a_merged_history_keeps_the_furthest_stage() -> None:
    """PC 1 recorded rectification at 10:00, PC 2 (offline) coordination at 11:00: the union replays to
    rectification — coordination recorded after rectification never becomes current."""
    t = dt.datetime(2026, 3, 3, 1, tzinfo=dt.UTC)
    reported = EventRecord(EventKind.REPORTED, t, None, "", {
        "plant": uuid.uuid4().hex, "year": 2026, "seq": 1, "number": "2026-0001", "title": "x", "category": "c",
        "unit": uuid.uuid4().hex})  # fmt: skip
    late = EventRecord(EventKind.STAGE_REACHED, t + dt.timedelta(hours=1), None, "跳过", {"stage": "rectification"})
    early = EventRecord(EventKind.STAGE_REACHED, t + dt.timedelta(hours=2), None, "", {"stage": "coordination"})
    assert replay([reported, late, early]).stage is Stage.RECTIFICATION
    assert replay([reported, early, late]).stage is Stage.RECTIFICATION
