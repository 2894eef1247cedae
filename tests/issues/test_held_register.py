"""The 挂账 register: who decided, since when, why, the review date (never in the past) and its review; the A4
landscape PDF; leaving the register by an assignment; replay gives the same row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gridapp.issues.errors import InputProblem, IssueInputError, Refusal, TransitionRefused
from gridapp.issues.kinds import Action, IssueState
from gridapp.issues.register import register_pdf
from tests.issues.conftest import LEADER, SECRETARY, STAFF, STAFF_2, Plant
from tests.pdf_checks import assert_all_fonts_embedded, page_sizes_mm, pdf_text, save_pages_png

CST = dt.timezone(dt.timedelta(hours=8))


def at(plant: Plant, day: int, hour: int = 9) -> None:
    plant.clock.current = dt.datetime(2026, 3, day, hour, tzinfo=CST).astimezone(dt.UTC)


def test_the_register_its_review_dates_and_print(plant: Plant, output_dir: Path) -> None:
    """A held 3 March by the leader (review 10 March); B held 5 March by the secretary (no review date); C open.
    On 12 March the register lists A (held 12 − 3 = 9 days, review due since the 10th) then B (7 days, 未定).
    The leader reviews A (next review 20 March): no longer due. Assigning B takes it off the register."""
    svc = plant.service
    at(plant, 3)
    a = plant.report(title="二级泵房出水阀门内漏").id
    b = plant.report(title="厂区围墙外排水沟堵塞").id
    c = plant.report(title="加药间照明不足").id
    svc.act(plant.actor(LEADER), a, Action.HOLD, "需停机检修，等待大修窗口", review_on=dt.date(2026, 3, 10))
    at(plant, 5)
    with pytest.raises(IssueInputError) as past:
        svc.act(plant.actor(SECRETARY), b, Action.HOLD, "需厂级立项", review_on=dt.date(2026, 3, 4))
    assert past.value.problem is InputProblem.DEADLINE_IN_PAST
    svc.act(plant.actor(SECRETARY), b, Action.HOLD, "需厂级立项")
    at(plant, 12)
    rows = svc.held_register(plant.units["DH-W"])
    assert [r.number for r in rows] == ["2026-0001", "2026-0002"]  # C is open, not held
    assert (rows[0].decided_by, rows[0].reason, rows[0].review_on, rows[0].review_due) == (
        plant.names[LEADER], "需停机检修，等待大修窗口", dt.date(2026, 3, 10), True)  # fmt: skip
    assert (rows[1].decided_by, rows[1].review_on, rows[1].review_due) == (plant.names[SECRETARY], None, False)
    assert svc.held_register(plant.units["DH-W-04"]) == []

    pdf = register_pdf(rows, "东湖水厂挂账问题台账", "截至 2026-03-12", svc.calendar(), dt.date(2026, 3, 12))
    (output_dir / "held-register.pdf").write_bytes(pdf)
    save_pages_png(pdf, output_dir, "held-register", dpi=70)
    assert_all_fonts_embedded(pdf)
    assert page_sizes_mm(pdf) == [(297, 210)]  # A4 landscape
    (text,) = pdf_text(pdf)
    for word in ("挂账原因", "决定人", "复核日期", "9 天", "7 天", "2026-03-10", "已到期", "未定", plant.names[LEADER]):
        assert word in text, word

    with pytest.raises(TransitionRefused) as who:
        svc.review_hold(plant.actor(STAFF), a, "看过了", dt.date(2026, 3, 20))
    assert who.value.reason is Refusal.NOT_PERMITTED
    with pytest.raises(TransitionRefused) as state:
        svc.review_hold(plant.actor(LEADER), c, "不是挂账", None)
    assert state.value.reason is Refusal.WRONG_STATE
    with pytest.raises(TransitionRefused) as note:
        svc.review_hold(plant.actor(LEADER), a, " ", dt.date(2026, 3, 20))
    assert note.value.reason is Refusal.NOTE_REQUIRED
    svc.review_hold(plant.actor(LEADER), a, "停机窗口推迟到月底", dt.date(2026, 3, 20))
    again = svc.held_register(plant.units["DH-W"])[0]
    assert (again.review_on, again.review_due) == (dt.date(2026, 3, 20), False)
    detail = svc.detail(a)
    assert detail is not None and detail.hold_review_on == dt.date(2026, 3, 20)
    assert svc.replayed(a) == svc.stored(a)

    svc.assign(plant.actor(LEADER), b, plant.people[STAFF_2])
    assert [r.number for r in svc.held_register(plant.units["DH-W"])] == ["2026-0001"]
    stored = svc.stored(b)
    assert (stored.state, stored.hold_reason, stored.held_by_id, stored.hold_review_on) == (
        IssueState.ASSIGNED, None, None, None)  # fmt: skip
    assert svc.replayed(b) == stored
