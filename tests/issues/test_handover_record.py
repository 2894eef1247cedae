"""The shift handover as a record: notes and 交接事项 of the outgoing person, the sheet as handed over (how long each
item has waited, why held ones are held), the incoming person's acknowledgement, and reprinting a past one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gridapp.issues.errors import Refusal, TransitionRefused
from gridapp.issues.handover import handover_pdf, waited_text
from gridapp.issues.kinds import Action, IssueState
from gridapp.security.rights import AccessDenied
from tests.issues.conftest import LEADER, OTHER_ZONE_LEAD, STAFF, STAFF_2, Plant
from tests.pdf_checks import assert_all_fonts_embedded, page_sizes_mm, pdf_text, save_pages_png

CST = dt.timezone(dt.timedelta(hours=8))


def at(plant: Plant, day: int, hour: int, minute: int = 0) -> None:
    plant.clock.current = dt.datetime(2026, 3, day, hour, minute, tzinfo=CST).astimezone(dt.UTC)


def test_waited_text() -> None:
    t = dt.datetime(2026, 3, 3, 1, tzinfo=dt.UTC)
    assert waited_text(t, t + dt.timedelta(minutes=59)) == "不足1小时"
    assert waited_text(t, t + dt.timedelta(hours=11, minutes=30)) == "11小时"
    assert waited_text(t, t + dt.timedelta(days=3, hours=5)) == "3天5小时"


def test_a_handover_is_recorded_acknowledged_and_reprinted(plant: Plant, output_dir: Path) -> None:
    """Day shift of 3 March (08:00–20:00): X reported 09:00, Y reported 09:00 and held at 10:00 (待备件), Z reported
    20:10. At 20:30 the worker DH0013 hands the team DH-W-01-1 over (late, after the 20:00 shift change). The sheet covers 20:00–20:30: new = Z (waited 20 min: 不足1小时); the others (X: open
    11 h 30 → 11小时, overdue for assignment; Y held 11 h 30, reason printed). DH0014 acknowledges at 20:40."""
    svc = plant.service
    at(plant, 3, 9)
    x = plant.report(title="1号取水泵轴承温度偏高").id
    y = plant.report(title="2号格栅除污机链条断裂").id
    at(plant, 3, 10)
    svc.act(plant.actor(LEADER), y, Action.HOLD, "待备件到货")
    at(plant, 3, 20, 10)
    plant.report(title="取水口水位计读数跳变")
    at(plant, 3, 20, 30)
    outgoing, incoming = plant.actor(STAFF), plant.actor(STAFF_2)
    team = plant.units["DH-W-01-1"]
    with pytest.raises(AccessDenied):  # a zone lead of another zone has no say over this team's shift
        svc.hand_over(plant.actor(OTHER_ZONE_LEAD), team, "代交班")
    first = svc.hand_over(
        outgoing, team, "夜班注意1号泵温度，每小时记录一次。", ["1号泵轴承温度跟踪", "  ", "格栅备件已催"]
    )
    record = svc.handover_record(first)
    assert record is not None and not record.acknowledged
    assert record.items == ("1号泵轴承温度跟踪", "格栅备件已催")  # the empty line dropped
    assert record.since == dt.datetime(2026, 3, 3, 12, 0, tzinfo=dt.UTC)  # the 20:00 shift change
    sheet = record.sheet
    assert [line.title for line in sheet.new] == ["取水口水位计读数跳变"]
    assert waited_text(sheet.new[0].reported_at, sheet.until) == "不足1小时"
    waiting = {line.title: line for line in (*sheet.overdue, *sheet.open)}
    assert waited_text(waiting["1号取水泵轴承温度偏高"].reported_at, sheet.until) == "11小时"
    held = waiting["2号格栅除污机链条断裂"]
    assert (held.state, held.hold_reason) == (IssueState.HELD, "待备件到货")

    with pytest.raises(TransitionRefused) as same:
        svc.acknowledge_handover(outgoing, first)
    assert same.value.reason is Refusal.SAME_PERSON
    at(plant, 3, 20, 40)
    svc.acknowledge_handover(incoming, first, "已接班")
    with pytest.raises(TransitionRefused) as twice:
        svc.acknowledge_handover(plant.actor(LEADER), first)
    assert twice.value.reason is Refusal.WRONG_STATE

    # The next morning X is assigned; the old record still shows the sheet as handed over.
    at(plant, 4, 8, 5)
    svc.assign(plant.actor(LEADER), x, plant.people[STAFF_2])
    second = svc.hand_over(incoming, team, "夜班平稳。")
    past, newest = svc.handover_record(first), svc.handover_record(second)
    assert past is not None and newest is not None
    assert past.sheet == sheet  # reprinted exactly as handed over
    assert newest.since == past.until  # the next sheet starts where the last handover ended
    assert [h.id for h in svc.handovers(team)] == [second, first]
    assert (past.acknowledged_by, past.acknowledged_at) == (
        plant.names[STAFF_2], dt.datetime(2026, 3, 3, 12, 40, tzinfo=dt.UTC))  # fmt: skip

    pdf = handover_pdf(past.sheet, svc.calendar(), past.handed_by, record=past.printed_notes)
    (output_dir / "handover-record.pdf").write_bytes(pdf)
    save_pages_png(pdf, output_dir, "handover-record", dpi=70)
    assert_all_fonts_embedded(pdf)
    assert page_sizes_mm(pdf) == [(210, 297)]
    (text,) = pdf_text(pdf)
    for word in ("已等待", "不足1小时", "11小时", "挂账：待备件到货", "夜班注意1号泵温度", "1. 1号泵轴承温度跟踪",
                 "2. 格栅备件已催", "接班意见：已接班", plant.names[STAFF_2], "已确认"):  # fmt: skip
        assert word in text, word
