"""The shift handover sheet (交接班): on one A4 page, what is new since the last shift change, what is overdue and
what else is still open in a unit subtree — how long each has waited, why held ones are held — with the outgoing
shift's notes and 交接事项 and lines for both shifts to sign (or the incoming person's acknowledgement, when the
handover was recorded: ``gridapp.issues.handovers``)."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from gridapp.issues import printed
from gridapp.issues.clock import Calendar, due_status
from gridapp.issues.kinds import DueStatus, IssueState
from gridapp.issues.models import Issue
from gridapp.org.models import Person, Unit
from gridapp.org.service import subtree_ids
from gridapp.progress import Progress, no_progress

Assignee = aliased(Person, name="assignee")
LIMITS = {"new": 12, "overdue": 12, "open": 14}  # rows per section, so the sheet stays on one page
TITLE_CHARS = 30
REASON_CHARS = 16


@dataclass(frozen=True, slots=True)
class HandoverLine:
    number: str
    title: str
    unit: str
    state: IssueState
    assignee: str
    deadline: dt.datetime | None
    due: DueStatus
    reported_at: dt.datetime
    hold_reason: str = ""  # why a held (挂账) issue is held


@dataclass(frozen=True, slots=True)
class HandoverSheet:
    unit: str
    since: dt.datetime
    until: dt.datetime
    new: tuple[HandoverLine, ...]
    overdue: tuple[HandoverLine, ...]
    open: tuple[HandoverLine, ...]
    new_total: int  # reported since the shift change (listed in "new" whatever else they are)
    new_overdue: int  # of those, already overdue
    overdue_total: int  # overdue and reported before the shift change
    others_total: int  # open, neither new nor overdue
    open_total: int  # every open issue
    closed_in_shift: int


@dataclass(frozen=True, slots=True)
class HandoverNotes:
    """What a recorded handover adds to its sheet: the outgoing shift's words and the incoming acknowledgement."""

    notes: str = ""
    items: tuple[str, ...] = ()  # 交接事项
    acknowledged_by: str = ""
    acknowledged_at: dt.datetime | None = None
    acknowledge_note: str = ""


def waited_text(since: dt.datetime, until: dt.datetime) -> str:
    """How long an item has waited, as the sheet prints it: "3天5小时", "7小时", "不足1小时"."""
    hours = max(0, int((until - since).total_seconds() // 3600))
    if hours < 1:
        return "不足1小时"
    days, rest = divmod(hours, 24)
    return f"{days}天{rest}小时" if days else f"{hours}小时"


def _lines(s: Session, query: Select[tuple[object, ...]], now: dt.datetime, limit: int) -> tuple[HandoverLine, ...]:
    return tuple(
        HandoverLine(r[0], r[1], r[2], r[3], r[4] or "", r[5], due_status(r[5], r[6], now), r[7], r[8] or "")
        for r in s.execute(query.limit(limit))
    )


def handover_sheet(s: Session, unit_id: uuid.UUID, since: dt.datetime, now: dt.datetime) -> HandoverSheet:
    unit = s.scalar(select(Unit.name).where(Unit.id == unit_id)) or ""
    base = [Issue.deleted_at.is_(None), Issue.unit_id.in_(subtree_ids(unit_id))]
    still_open = Issue.state != IssueState.CLOSED
    is_new = Issue.reported_at >= since
    overdue = and_(still_open, Issue.deadline_at < now)
    columns = select(Issue.number, Issue.title, Unit.name, Issue.state, Assignee.name, Issue.deadline_at,
                     Issue.deadline_soon_at, Issue.reported_at, Issue.hold_reason)  # fmt: skip
    rows = columns.join(Unit, Unit.id == Issue.unit_id).outerjoin(Assignee, Assignee.id == Issue.assignee_id)
    not_late = or_(Issue.deadline_at.is_(None), Issue.deadline_at >= now)
    counts = s.execute(
        select(
            func.count().filter(is_new),
            func.count().filter(is_new, overdue),
            func.count().filter(overdue, ~is_new),
            func.count().filter(still_open, ~is_new, not_late),
            func.count().filter(still_open),
            func.count().filter(Issue.state == IssueState.CLOSED, Issue.closed_at >= since),
        ).where(*base)
    ).one()
    new = _lines(s, rows.where(*base, is_new).order_by(Issue.reported_at.desc()), now, LIMITS["new"])
    late = _lines(s, rows.where(*base, overdue, ~is_new).order_by(Issue.deadline_at), now, LIMITS["overdue"])
    rest = rows.where(*base, still_open, ~is_new, not_late)
    others = _lines(s, rest.order_by(Issue.deadline_at.is_(None), Issue.deadline_at, Issue.reported_at), now,
                    LIMITS["open"])  # fmt: skip
    return HandoverSheet(unit, since, now, new, late, others, *counts)


def handover_pdf(sheet: HandoverSheet, calendar: Calendar, handed_over_by: str = "",
                 progress: Progress = no_progress, record: HandoverNotes | None = None) -> bytes:  # fmt: skip
    """One A4 portrait page: whatever does not fit is counted ("另有 N 项"), never dropped silently. With a
    ``record``: the outgoing shift's notes and 交接事项, and who acknowledged it when."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from gridapp.reports.fonts import CJK, check_drawable, markup
    from gridapp.reports.pdf import RED, numbered_canvas, style, title_style

    progress(0, 2, "")
    body, small, head = style("h-body", 8, 10), style("h-small", 7.5, 9), style("h-head", 10.5, 13)

    def section(title: str, lines: Sequence[HandoverLine], total: int) -> list[object]:
        flow: list[object] = [Paragraph(markup(f"{title}（{total} 项）"), head)]
        if not lines:
            return [*flow, Paragraph(markup("无"), body), Spacer(1, 2 * mm)]
        data = [[Paragraph(markup(h), small) for h in ("编号", "问题", "单位", "状态", "责任人", "已等待", "时限")]]
        commands: list[tuple[object, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), CJK),  # Table sets its cell font even around Paragraphs
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for i, line in enumerate(lines, start=1):
            title_text = line.title if len(line.title) <= TITLE_CHARS else line.title[: TITLE_CHARS - 1] + "…"
            due = printed.DUE[line.due]
            deadline = printed.when(line.deadline, calendar) + (f" {due}" if due else "")
            state = printed.STATE[line.state]
            if line.state is IssueState.HELD and line.hold_reason:
                reason = line.hold_reason
                state += "：" + (reason if len(reason) <= REASON_CHARS else reason[: REASON_CHARS - 1] + "…")
            waited = waited_text(line.reported_at, sheet.until)
            data.append([Paragraph(markup(text), small) for text in (
                line.number, title_text, line.unit, state, line.assignee, waited, deadline)])  # fmt: skip
            if line.due is DueStatus.OVERDUE:
                commands.append(("TEXTCOLOR", (6, i), (6, i), RED))
                commands.append(("BACKGROUND", (6, i), (6, i), colors.HexColor("#FDECEA")))
            elif line.due is DueStatus.DUE_SOON:
                commands.append(("BACKGROUND", (6, i), (6, i), colors.HexColor("#FFF4D6")))
        widths = [18 * mm, 56 * mm, 24 * mm, 28 * mm, 15 * mm, 17 * mm, 32 * mm]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(commands))
        flow.append(table)
        if total > len(lines):
            flow.append(Paragraph(markup(f"另有 {total - len(lines)} 项未列出，详见问题看板。"), small))
        flow.append(Spacer(1, 3 * mm))
        return flow

    window = f"{printed.when(sheet.since, calendar)} 至 {printed.when(sheet.until, calendar)}"
    summary = (
        f"本班新增 {sheet.new_total} 项（其中已超期 {sheet.new_overdue} 项），此前超期未办结 {sheet.overdue_total} 项，"
        f"在办合计 {sheet.open_total} 项，本班销号 {sheet.closed_in_shift} 项。"
    )
    incoming = "接班人：__________"
    if record is not None and record.acknowledged_by:
        incoming = f"接班人：{record.acknowledged_by}（{printed.when(record.acknowledged_at, calendar)} 已确认）"
    signatures = Table(
        [[Paragraph(markup(text), body) for text in (
            f"交班人：{handed_over_by or '__________'}", incoming,
            f"交接时间：{printed.when(sheet.until, calendar)}")]],
        colWidths=[60 * mm, 60 * mm, 66 * mm],
        style=[("FONTNAME", (0, 0), (-1, -1), CJK)],
    )  # fmt: skip
    story: list[object] = [
        Paragraph(markup("交接班问题清单"), title_style(16)),
        Paragraph(markup(f"单位：{sheet.unit}　　交接时段：{window}"), body),
        Paragraph(markup(summary), body),
        Spacer(1, 3 * mm),
        *section("一、本班新增", sheet.new, sheet.new_total),
        *section("二、超期未办结", sheet.overdue, sheet.overdue_total),
        *section("三、其他在办", sheet.open, sheet.others_total),
    ]
    written: list[str] = []
    if record is not None and (record.notes or record.items):
        story.append(Paragraph(markup("四、交班说明与交接事项"), head))
        if record.notes:
            story.append(Paragraph(markup(record.notes).replace("\n", "<br/>"), body))
        for n, item in enumerate(record.items, start=1):
            story.append(Paragraph(markup(f"{n}. {item}"), body))
        written = [record.notes, *record.items]
    if record is not None and record.acknowledge_note:
        story.append(Paragraph(markup(f"接班意见：{record.acknowledge_note}"), body))
        written.append(record.acknowledge_note)
    story += [Spacer(1, 4 * mm), signatures]
    check_drawable(sheet.unit, *(line.title for line in (*sheet.new, *sheet.overdue, *sheet.open)),
                   *(line.hold_reason for line in (*sheet.new, *sheet.overdue, *sheet.open)), *written)  # fmt: skip
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=16 * mm, title="交接班问题清单")  # fmt: skip
    frame_height = A4[1] - 28 * mm - 12
    doc.build([KeepInFrame(A4[0] - 24 * mm, frame_height, story, mode="shrink")], canvasmaker=numbered_canvas())
    progress(2, 2, "")
    return out.getvalue()
