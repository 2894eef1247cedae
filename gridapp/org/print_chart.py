"""The org chart of a unit as a PDF (A4 landscape): its leaders, officers, the units below it with their leads,
and the member list. Bundled CJK font embedded; every name is checked for glyphs before anything is drawn."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from collections import defaultdict
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, TableStyle

from gridapp.org import words
from gridapp.org.kinds import PARTY_MEMBERS, RoleKind, UnitKind
from gridapp.org.printing import ProgressDoc
from gridapp.org.queries import today
from gridapp.org.rows import UnitHeader, UnitRow
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import check_drawable, markup
from gridapp.reports.pdf import RED, numbered_canvas, style, title_style

PAGE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
GAP = 4 * mm
MEMBERS_PER_ROW = 40
LINE = colors.HexColor("#8A1016")
PALE = colors.HexColor("#FDECEC")


@dataclass(frozen=True, slots=True)
class ChildBox:
    name: str
    kind: str
    code: str
    leads: tuple[str, ...]  # "责任区负责人：余学军"
    people: int
    party_members: int
    missing: str = ""  # "未设置网格长" where the unit really lacks its lead, else ""
    details: tuple[str, ...] = ()  # a grid's officers and zones: "宣传员：胡彩霞", "取水车间责任区：余学军"


@dataclass(frozen=True, slots=True)
class ChartData:
    header: UnitHeader
    on: dt.date
    children: tuple[ChildBox, ...]
    members: tuple[tuple[str, tuple[str, ...]], ...]  # (unit path below the chart's unit, names; ★ = party member)


def chart_data(org: object, unit_id: uuid.UUID, on: dt.date | None = None) -> ChartData:
    """Collect what the chart shows (``org`` is the OrgService)."""
    from gridapp.org.service import OrgService

    assert isinstance(org, OrgService)
    day = on or today()
    header = org.unit_header(unit_id, day)
    if header is None:
        from gridapp.org.errors import OrgError, OrgProblem

        raise OrgError(OrgProblem.NOT_FOUND)
    units = org.units(day)
    by_id = {u.id: u for u in units}
    children = [u for u in units if u.parent_id == unit_id]
    holders: defaultdict[uuid.UUID, dict[str, list[str]]] = defaultdict(dict)
    grid_leaders: defaultdict[uuid.UUID, list[str]] = defaultdict(list)
    for a in org.roles.history():
        if a.active_on(day) and a.role_kind in (RoleKind.LEADER, RoleKind.SECRETARY, RoleKind.ZONE_LEAD):
            holders[a.unit_id].setdefault(a.role_name, []).append(a.person_name)
            if a.role_kind is RoleKind.LEADER:
                grid_leaders[a.unit_id].append(a.person_name)
    leads = {unit: [f"{role}：{'、'.join(names)}" for role, names in roles.items()] for unit, roles in holders.items()}
    boxes = tuple(
        ChildBox(
            c.name,
            words.UNIT_KIND[c.kind],
            c.code,
            tuple(leads.get(c.id, ())),
            c.people,
            c.party_members,
            "" if c.id in leads else _missing_lead(c.kind),
            _grid_details(org, c.id, day) if c.kind is UnitKind.GRID else _grids_below(c.id, units, grid_leaders),
        )
        for c in children
    )
    members = _members(org, header.unit, by_id)
    return ChartData(header, day, boxes, members)


def _missing_lead(kind: UnitKind) -> str:
    return "未设置网格长" if kind is UnitKind.GRID else "未设置负责人"


def _grid_details(org: object, unit_id: uuid.UUID, day: dt.date) -> tuple[str, ...]:
    """A grid below the chart's unit at a glance: its officers and its zones with their leads."""
    from gridapp.org.service import OrgService

    assert isinstance(org, OrgService)
    header = org.unit_header(unit_id, day)
    if header is None:
        return ()
    officers = "；".join(
        f"{slot.role.name} {'、'.join(a.person_name for a in slot.holders) or '未设置'}" for slot in header.officers
    )
    zones = "；".join(
        f"{z.zone_name}（{'、'.join(a.person_name for a in z.leads) or '未设置负责人'}）" for z in header.zone_leads
    )
    lines = [f"网格员：{officers}"] if officers else []
    lines += [f"责任区：{zones}"] if zones else []
    return tuple(lines)


def _grids_below(unit_id: uuid.UUID, units: list[UnitRow], leaders: dict[uuid.UUID, list[str]]) -> tuple[str, ...]:
    """The grids anywhere below a net (or a plant's part), each with its leader or "未设置网格长"."""
    children: defaultdict[uuid.UUID | None, list[UnitRow]] = defaultdict(list)
    for u in units:
        children[u.parent_id].append(u)
    grids, stack = [], list(children[unit_id])
    while stack:
        unit = stack.pop(0)
        if unit.kind is UnitKind.GRID:
            names = leaders.get(unit.id)
            grids.append(f"{unit.name}（{'、'.join(names) if names else '未设置网格长'}）")
        else:
            stack.extend(children[unit.id])
    return (f"网格：{'；'.join(grids)}",) if grids else ()


def _members(org: object, unit: UnitRow, by_id: dict[uuid.UUID, UnitRow]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    from gridapp.org.service import OrgService

    assert isinstance(org, OrgService)
    groups: dict[uuid.UUID, list[str]] = defaultdict(list)
    offset = 0
    while True:
        page = org.people(unit.id, offset, 2000, include_left=False)
        for p in page:
            groups[p.unit_id].append(("★" if p.party_status in PARTY_MEMBERS else "") + p.name)
        if len(page) < 2000:
            break
        offset += len(page)
    order = {u: i for i, u in enumerate(by_id)}

    def relative(unit_id: uuid.UUID) -> str:
        names = []
        current: uuid.UUID | None = unit_id
        while current is not None and current != unit.id and current in by_id:
            names.append(by_id[current].name)
            current = by_id[current].parent_id
        return "/".join(reversed(names)) or unit.name

    rows = []
    for unit_id in sorted(groups, key=lambda u: order.get(u, 0)):
        names = groups[unit_id]
        for start in range(0, len(names), MEMBERS_PER_ROW):
            rows.append((relative(unit_id), tuple(names[start : start + MEMBERS_PER_ROW])))
    return tuple(rows)


def org_chart_pdf(data: ChartData, progress: Progress = no_progress) -> bytes:
    """The chart as PDF bytes; a character no bundled font has is printed as a replacement mark (and logged)."""
    h = data.header
    texts = [h.unit.name, h.path, *(a.person_name for a in (*h.leaders, *h.secretaries))]
    texts += [s.role.name for s in h.officers] + [a.person_name for s in h.officers for a in s.holders]
    texts += [c.name + c.code + "".join(c.leads) + "".join(c.details) for c in data.children]
    texts += [path + "".join(names) for path, names in data.members]
    check_drawable(*texts)
    progress(1, 4, "chart")
    out = io.BytesIO()
    doc = ProgressDoc(
        out,
        progress=progress,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{h.unit.name} 组织架构图",
        author="红色网格工作站",
    )
    body = style("body", 9)
    story: list[Flowable] = [
        Paragraph(markup(f"{h.unit.name} 组织架构图"), title_style(18)),
        Paragraph(
            markup(
                f"{h.path}　·　{words.UNIT_KIND[h.unit.kind]}　·　编码 {h.unit.code}　·　"
                f"在岗 {h.unit.people} 人，党员 {h.unit.party_members} 人　·　截至 {data.on.isoformat()}"
            ),
            style("sub", 9, alignment=1, textColor=colors.HexColor("#555555")),
        ),
        Spacer(1, 4 * mm),
        _Top(h, bool(data.children)),
    ]
    per_row = min(6, max(1, len(data.children)))  # a plant of one grid draws that grid the page's width
    for start in range(0, len(data.children), per_row):
        last = start + per_row >= len(data.children)
        story.append(_ChildRow(data.children[start : start + per_row], per_row, last))
    progress(2, 4, "members")
    if data.members:
        story += [
            Spacer(1, 6 * mm),
            Paragraph(markup("成员名单（★ 为党员）"), style("h2", 12, spaceAfter=2 * mm)),
            _member_table(data.members, body),
        ]
    doc.build(story, canvasmaker=numbered_canvas())
    progress(4, 4, "")
    return out.getvalue()


def _member_table(members: tuple[tuple[str, tuple[str, ...]], ...], body: object) -> LongTable:
    head = style("head", 9, textColor=colors.white)
    rows = [[Paragraph("单位", head), Paragraph("人数", head), Paragraph("成员", head)]]
    for path, names in members:
        rows.append([Paragraph(markup(path), body), str(len(names)), Paragraph(markup("、".join(names)), body)])
    table = LongTable(rows, colWidths=[70 * mm, 14 * mm, WIDTH - 84 * mm], repeatRows=1)
    from gridapp.reports.fonts import CJK

    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), CJK),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("BACKGROUND", (0, 0), (-1, 0), RED),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#C9A0A0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 1), (1, -1), "CENTER"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
            ]
        )
    )
    return table


def _paragraphs(lines: list[tuple[str, float, colors.Color]], width: float) -> tuple[list[Paragraph], float]:
    paras = []
    height = 0.0
    for text, size, colour in lines:
        p = Paragraph(markup(text), style("box", size, alignment=1, textColor=colour))
        _w, h = p.wrap(width, 1000)
        paras.append(p)
        height += h
    return paras, height


def _draw_box(
    canvas: Canvas,
    x: float,
    top: float,
    width: float,
    height: float,
    title: str,
    lines: list[tuple[str, float, colors.Color]],
    fill: colors.Color,
    title_colour: colors.Color = colors.white,
) -> None:
    """A box with a coloured title band and centred lines under it; ``top`` is its upper edge."""
    band = 7 * mm
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.8)
    canvas.setFillColor(colors.white)
    canvas.roundRect(x, top - height, width, height, 2 * mm, stroke=1, fill=1)
    canvas.setFillColor(fill)
    canvas.roundRect(x, top - band, width, band, 2 * mm, stroke=0, fill=1)
    canvas.rect(x, top - band, width, band / 2, stroke=0, fill=1)
    title_para = Paragraph(markup(title), style("band", 10, alignment=1, textColor=title_colour))
    _w, th = title_para.wrap(width - 2 * mm, band)
    title_para.drawOn(canvas, x + 1 * mm, top - band + (band - th) / 2)
    y = top - band - 1.5 * mm
    paras, _h = _paragraphs(lines, width - 3 * mm)
    for p in paras:
        y -= p.height
        p.drawOn(canvas, x + 1.5 * mm, y)


def _box_height(lines: list[tuple[str, float, colors.Color]], width: float) -> float:
    return 7 * mm + 3 * mm + _paragraphs(lines, width - 3 * mm)[1]


class _Top(Flowable):
    """The leader box and the officer row, joined by lines."""

    def __init__(self, header: UnitHeader, trunk: bool) -> None:
        super().__init__()
        self.header = header
        self.trunk = trunk
        self.leader_lines = self._leader_lines()
        self.leader_w = 100 * mm
        self.leader_h = _box_height(self.leader_lines, self.leader_w)
        slots = header.officers
        self.per_row = max(1, min(len(slots), 8))
        self.officer_w = (WIDTH - (self.per_row - 1) * GAP) / self.per_row if slots else 0
        self.officer_lines = [self._officer_lines(s) for s in slots]
        self.officer_h = max((_box_height(lines, self.officer_w) for lines in self.officer_lines), default=0)
        rows = (len(slots) + self.per_row - 1) // self.per_row
        self.height = self.leader_h + (rows * (self.officer_h + 10 * mm) if rows else 0) + 8 * mm

    def _leader_lines(self) -> list[tuple[str, float, colors.Color]]:
        h = self.header
        leaders = "、".join(a.person_name for a in h.leaders)
        lines: list[tuple[str, float, colors.Color]] = []
        if leaders:
            lines.append((f"{h.leaders[0].role_name}：{leaders}", 11, colors.black))
        elif h.unit.kind is UnitKind.GRID:  # a plant or a net has no 网格长 to miss
            lines.append(("未设置网格长", 11, RED))
        if h.secretaries:
            lines.append(("党支部书记：" + "、".join(a.person_name for a in h.secretaries), 10, colors.black))
        for a in h.others:
            lines.append((f"{a.role_name}：{a.person_name}", 9, colors.black))
        if not lines:
            lines.append((f"{words.UNIT_KIND[h.unit.kind]} · 编码 {h.unit.code}", 9, colors.HexColor("#555555")))
        return lines

    @staticmethod
    def _officer_lines(slot: object) -> list[tuple[str, float, colors.Color]]:
        holders = getattr(slot, "holders", ())
        if not holders:
            return [("空缺", 10, RED)]
        return [(a.person_name, 10, colors.black) for a in holders]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return WIDTH, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        centre = WIDTH / 2
        _draw_box(
            c,
            centre - self.leader_w / 2,
            top,
            self.leader_w,
            self.leader_h,
            self.header.unit.name,
            self.leader_lines,
            RED,
        )
        y = top - self.leader_h
        slots = self.header.officers
        c.setStrokeColor(LINE)
        c.setLineWidth(1)
        for start in range(0, len(slots), self.per_row):
            row = slots[start : start + self.per_row]
            bus = y - 5 * mm
            xs = [i * (self.officer_w + GAP) + self.officer_w / 2 for i in range(len(row))]
            c.line(centre, y, centre, bus)
            c.line(min(xs[0], centre), bus, max(xs[-1], centre), bus)
            for i, slot in enumerate(row):
                x = i * (self.officer_w + GAP)
                c.line(xs[i], bus, xs[i], bus - 5 * mm)
                fill = GOLD_DARK if slot.holders else colors.HexColor("#9E9E9E")
                _draw_box(
                    c,
                    x,
                    bus - 5 * mm,
                    self.officer_w,
                    self.officer_h,
                    slot.role.name,
                    self.officer_lines[start + i],
                    fill,
                )
            y = bus - 5 * mm - self.officer_h
        if self.trunk:
            c.line(centre, y, centre, 0)


GOLD_DARK = colors.HexColor("#B8860B")


class _ChildRow(Flowable):
    """One row of the units below, each with its kind, code, leads and head count."""

    def __init__(self, children: tuple[ChildBox, ...], per_row: int, last: bool) -> None:
        super().__init__()
        self.children = children
        self.last = last
        self.box_w = (WIDTH - (per_row - 1) * GAP) / per_row
        self.lines = [self._lines(c) for c in children]
        self.box_h = max(_box_height(lines, self.box_w) for lines in self.lines)
        self.height = self.box_h + 10 * mm

    @staticmethod
    def _lines(child: ChildBox) -> list[tuple[str, float, colors.Color]]:
        lines = [(f"{child.kind} · {child.code}", 8, colors.HexColor("#666666"))]
        lines += [(lead, 10, colors.black) for lead in child.leads] or [(child.missing, 10, RED)]
        lines += [(detail, 9, colors.black) for detail in child.details]
        lines.append((f"在岗 {child.people} 人 · 党员 {child.party_members} 人", 8, colors.HexColor("#444444")))
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return WIDTH, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        bus = top - 4 * mm
        xs = [i * (self.box_w + GAP) + self.box_w / 2 for i in range(len(self.children))]
        c.setStrokeColor(LINE)
        c.setLineWidth(1)
        centre = WIDTH / 2
        c.line(centre, top, centre, bus)  # the trunk runs down the gap between the middle boxes
        if not self.last:
            c.line(centre, bus, centre, 0)
        c.line(min(xs[0], centre), bus, max(xs[-1], centre), bus)
        for i, child in enumerate(self.children):
            x = i * (self.box_w + GAP)
            c.line(xs[i], bus, xs[i], bus - 4 * mm)
            _draw_box(c, x, bus - 4 * mm, self.box_w, self.box_h, child.name, self.lines[i], LINE)
