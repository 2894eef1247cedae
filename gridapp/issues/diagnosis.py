"""The diagnosis matrix (格间联动诊治矩阵, seed 001): the grids under a unit × the six stages (六环节) — open issues at
each stage and those of them overdue, cross-grid issues counted apart, totals per grid and per stage, and for a month
how many issues passed each stage; as data and as an A3 landscape PDF for the monthly meeting.

An issue belongs to the row of the grid its responsible unit (``Issue.unit_id``, what the board filters by) lies
under, so a cell holds exactly what the board shows for that grid, that stage and the open states. Issues
responsible at the chosen unit itself (escalated to it) make a row of their own, 本级. A cross-grid issue has a
partner (合伙人) whose home unit lies outside the issue's grid. A stage passed in a month counts in the row of the unit
the issue was at when it reached the stage (an escalation later does not move the month's record).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import case, func, literal_column, select
from sqlalchemy.orm import Session

from gridapp.issues.clock import Calendar
from gridapp.issues.kinds import EventKind, IssueState, Stage
from gridapp.issues.models import Issue, IssueEvent, IssuePartner
from gridapp.org.models import Person, Unit
from gridapp.progress import Progress, no_progress

STAGES: tuple[Stage, ...] = tuple(Stage)
# The words of the paper (printed sheets are always Chinese).
STAGE_WORDS = {
    Stage.DISCOVERY: "问题发现",
    Stage.ANALYSIS: "技术分析",
    Stage.COORDINATION: "专业联动",
    Stage.PLAN: "方案制定",
    Stage.TRACKING: "问题跟踪",
    Stage.RECTIFICATION: "整改提升",
}
OWN_ROW = "本级"


@dataclass(frozen=True, slots=True)
class StageCell:
    open: int = 0  # open issues now at this stage
    overdue: int = 0  # of them, past the deadline of the clock that runs
    cross_grid: int = 0  # of them, with a partner from another grid
    passed: int = 0  # issues that reached this stage in the chosen month (0 without a month)


@dataclass(frozen=True, slots=True)
class MatrixRow:
    unit_id: uuid.UUID
    name: str
    own: bool  # the chosen unit itself (本级): not a grid below it; its issues are not under any row's grid
    cells: tuple[StageCell, ...]  # one per stage, in STAGES order
    total: StageCell


@dataclass(frozen=True, slots=True)
class DiagnosisMatrix:
    unit_id: uuid.UUID
    unit: str
    rows: tuple[MatrixRow, ...]
    totals: tuple[StageCell, ...]  # per stage over every row
    total: StageCell
    month: dt.date | None  # the first day of the month ``passed`` counts, or None
    at: dt.datetime  # when it was counted (overdue is measured then)


def _add(a: StageCell, b: StageCell) -> StageCell:
    return StageCell(a.open + b.open, a.overdue + b.overdue, a.cross_grid + b.cross_grid, a.passed + b.passed)


def _rows_of(s: Session, unit_id: uuid.UUID) -> tuple[str, list[tuple[uuid.UUID, str]], dict[uuid.UUID, uuid.UUID]]:
    """The unit's name, its child grids in tree order, and every unit of its subtree → the row it counts in."""
    units = s.execute(
        select(Unit.id, Unit.parent_id, Unit.name).where(Unit.deleted_at.is_(None)).order_by(Unit.position, Unit.name)
    ).all()
    children: dict[uuid.UUID | None, list[uuid.UUID]] = {}
    names = {}
    for uid, parent, name in units:
        children.setdefault(parent, []).append(uid)
        names[uid] = name
    row_of: dict[uuid.UUID, uuid.UUID] = {unit_id: unit_id}
    grids = [(child, names[child]) for child in children.get(unit_id, [])]
    for grid, _name in grids:
        stack = [grid]
        while stack:
            at = stack.pop()
            row_of[at] = grid
            stack.extend(children.get(at, []))
    return names.get(unit_id, ""), grids, row_of


def diagnosis_matrix(
    s: Session, unit_id: uuid.UUID, now: dt.datetime, calendar: Calendar, month: dt.date | None = None
) -> DiagnosisMatrix:
    """The matrix of ``unit_id``'s child grids; with ``month`` (any day of it), the stages passed in that month."""
    name, grids, row_of = _rows_of(s, unit_id)
    stage_at = {stage: i for i, stage in enumerate(STAGES)}
    counts: dict[tuple[uuid.UUID, Stage], list[int]] = {}
    # The subtree's units as a list (no condition at all for a plant's whole tree): the grouped pass over the index
    # of open issues on the track (ix_issue_open_stage) reads no issue row.
    roots = s.scalars(select(Unit.id).where(Unit.parent_id.is_(None), Unit.deleted_at.is_(None)).limit(2)).all()
    in_tree = [] if list(roots) == [unit_id] else [Issue.unit_id.in_(list(row_of))]
    # The terms of the partial index ix_issue_open_stage as it writes them (a bound state would not match it).
    open_on_track = [Issue.deleted_at.is_(None), Issue.stage.is_not(None),
                     Issue.state != literal_column(f"'{IssueState.CLOSED.value}'"), *in_tree]  # fmt: skip
    overdue = func.sum(case((Issue.urgency_at < now, 1), else_=0))
    query = (
        select(Issue.unit_id, Issue.stage, func.count(), overdue)
        .where(*open_on_track)
        .group_by(Issue.unit_id, Issue.stage)
    )
    for uid, stage, n, late in s.execute(query):
        if uid not in row_of:
            continue  # a unit tombstoned with issues still on it
        cell = counts.setdefault((row_of[uid], Stage(stage)), [0, 0, 0, 0])
        cell[0] += n
        cell[1] += int(late or 0)
    # Cross-grid: open issues on the track with a live partner whose home unit counts in another row (or outside the
    # unit). The partners first (few), then their issues by id: the planner would otherwise walk the issues.
    homes: dict[uuid.UUID, set[uuid.UUID]] = {}
    for issue_id, home in s.execute(
        select(IssuePartner.issue_id, Person.home_unit_id)
        .join(Person, Person.id == IssuePartner.person_id)
        .where(IssuePartner.deleted_at.is_(None))
    ):
        homes.setdefault(issue_id, set()).add(home)
    crossing: set[tuple[uuid.UUID, uuid.UUID, Stage]] = set()
    ids = list(homes)
    for chunk in range(0, len(ids), 5000):
        partnered = select(Issue.id, Issue.unit_id, Issue.stage).where(Issue.id.in_(ids[chunk : chunk + 5000]),
                                                                     *open_on_track)  # fmt: skip
        for issue_id, uid, stage in s.execute(partnered):
            row = row_of.get(uid)
            if row is not None and any(row_of.get(home) != row for home in homes[issue_id]):
                crossing.add((issue_id, row, Stage(stage)))
    for _issue, row, stage in crossing:
        counts.setdefault((row, stage), [0, 0, 0, 0])[2] += 1
    first = None
    if month is not None:
        first = month.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        start = dt.datetime.combine(first, dt.time(), calendar.tz)
        end = dt.datetime.combine(following, dt.time(), calendar.tz)
        # The unit an event names (recorded since the matrix exists) spares reading its issue; older events' issues
        # are asked for their unit. Grouped in SQL: a month holds thousands of stage events. Issues are never
        # tombstoned (their history is append-only).
        stage_of, unit_of = IssueEvent.data["stage"].as_string(), IssueEvent.data["unit"].as_string()
        in_month = [IssueEvent.kind == EventKind.STAGE_REACHED, IssueEvent.at >= start, IssueEvent.at < end]
        distinct_issues = func.count(func.distinct(IssueEvent.issue_id))
        if s.get_bind().dialect.name == "sqlite":
            # One JSON parse per event for both keys (a third faster on a month of 100,000 issues' events).
            both = func.json_extract(IssueEvent.data, "$.unit", "$.stage")
            grouped = [
                (*json.loads(key), n)
                for key, n in s.execute(select(both, distinct_issues).where(*in_month).group_by(both))
            ]
        else:
            named = select(unit_of, stage_of, distinct_issues).where(*in_month).group_by(unit_of, stage_of)
            grouped = [tuple(r) for r in s.execute(named)]
        # Units by their text as events write them: thousands of groups are not each parsed into a UUID.
        row_of_text: dict[str | None, uuid.UUID] = {str(unit): row for unit, row in row_of.items()}
        passed = [(row_of_text.get(u), stage, n) for u, stage, n in grouped if u is not None]
        if any(u is None for u, _stage, _n in grouped):
            unnamed = (
                select(Issue.unit_id, stage_of, func.count(func.distinct(IssueEvent.issue_id)))
                .join(Issue, Issue.id == IssueEvent.issue_id)
                .where(*in_month, unit_of.is_(None))
                .group_by(Issue.unit_id, stage_of)
            )
            passed += [(row_of.get(u), stage, n) for u, stage, n in s.execute(unnamed)]
        for row, stage, n in passed:
            if row is not None and stage in Stage._value2member_map_:
                counts.setdefault((row, Stage(stage)), [0, 0, 0, 0])[3] += n
    rows = []
    for row_id, row_name, own in [*((g, n, False) for g, n in grids), (unit_id, OWN_ROW, True)]:
        cells = tuple(StageCell(*counts.get((row_id, stage), (0, 0, 0, 0))) for stage in STAGES)
        if own and not any(c.open or c.passed for c in cells):
            continue  # nothing held at the unit itself: no row for it
        total = StageCell()
        for cell in cells:
            total = _add(total, cell)
        rows.append(MatrixRow(row_id, row_name, own, cells, total))
    totals = []
    for stage in STAGES:
        column = StageCell()
        for row in rows:
            column = _add(column, row.cells[stage_at[stage]])
        totals.append(column)
    grand = StageCell()
    for column in totals:
        grand = _add(grand, column)
    return DiagnosisMatrix(unit_id, name, tuple(rows), tuple(totals), grand, first, now)


def _figure(cell: StageCell, with_month: bool) -> str:
    text = str(cell.open) if cell.open else "—"
    if cell.overdue:
        text += f"<br/>超期 {cell.overdue}"
    if cell.cross_grid:
        text += f"<br/>跨格 {cell.cross_grid}"
    if with_month:
        text += f"<br/>本月经过 {cell.passed}"
    return text


def matrix_pdf(matrix: DiagnosisMatrix, calendar: Calendar, progress: Progress = no_progress) -> bytes:
    """The matrix on A3 landscape: a row per grid, a column per stage and a total column; overdue figures in red,
    the legend and the signatures of the monthly meeting below."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from gridapp.reports.fonts import CJK, check_drawable, markup
    from gridapp.reports.pdf import RED, numbered_canvas, style, title_style

    progress(0, 1, "")
    with_month = matrix.month is not None
    title = f"{matrix.unit}问题诊治矩阵（{len(matrix.rows)}×{len(STAGES)}）"
    stamp = calendar.local(matrix.at).strftime("%Y-%m-%d %H:%M")
    subtitle = f"截至 {stamp}，在办问题 {matrix.total.open} 项，其中超期 {matrix.total.overdue} 项、跨网格 {matrix.total.cross_grid} 项"
    if with_month and matrix.month is not None:
        subtitle += f"；{matrix.month.year} 年 {matrix.month.month} 月经过各环节 {matrix.total.passed} 项次"
    check_drawable(title, subtitle, *(row.name for row in matrix.rows))
    size = 10 if len(matrix.rows) <= 16 else 8
    cell_style = style("matrix-cell", size, size * 1.25, alignment=TA_CENTER)
    head = style("matrix-head", size + 1, (size + 1) * 1.25, alignment=TA_CENTER)
    name_style = style("matrix-name", size, size * 1.25)

    def para(text: str, st: object = cell_style) -> Paragraph:
        return Paragraph(text if "<br/>" in text else markup(text), st)  # type: ignore[arg-type]

    header = [para("网格", head), *(para(STAGE_WORDS[stage], head) for stage in STAGES), para("合计", head)]
    data = [header]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), CJK),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F5F5F5")),
        ("BACKGROUND", (-1, 0), (-1, -1), colors.HexColor("#F5F5F5")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for r, row in enumerate(matrix.rows, start=1):
        data.append([para(row.name, name_style), *(para(_figure(c, with_month)) for c in row.cells),
                     para(_figure(row.total, with_month))])  # fmt: skip
        for c, cell in enumerate((*row.cells, row.total), start=1):
            if cell.overdue:
                commands.append(("BOX", (c, r), (c, r), 1.2, RED))
    data.append([para("合计", name_style), *(para(_figure(c, with_month)) for c in matrix.totals),
                 para(_figure(matrix.total, with_month))])  # fmt: skip
    page = landscape(A3)
    usable = page[0] - 24 * mm
    widths = [usable * 0.16] + [usable * 0.84 / (len(STAGES) + 1)] * (len(STAGES) + 1)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    legend = "格内数字：该环节在办问题数；超期：其中已超过当前时限；跨格：其中有其他网格的合伙人参与"
    if with_month:
        legend += "；本月经过：当月记录到达该环节的问题数"
    if any(row.own for row in matrix.rows):
        legend += f"；{OWN_ROW}：已上报至本单位、由本单位直接负责的问题"
    story: list[object] = [
        Paragraph(markup(title), title_style(20)),
        Paragraph(markup(subtitle), style("sub", 11)),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 4 * mm),
        Paragraph(markup(legend), style("legend", 9)),
        Spacer(1, 8 * mm),
        Paragraph(markup("牵头人：__________　　督导人：__________　　网格长签字：__________"), style("sign", 11)),
    ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=16 * mm, title=title)  # fmt: skip
    doc.build(story, canvasmaker=numbered_canvas())
    progress(1, 1, "")
    return out.getvalue()
