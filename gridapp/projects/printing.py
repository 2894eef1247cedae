"""The year's tackling projects for posting (攻关项目公示): A4 landscape, every font embedded — what each project
attacks, its target, its team, how far it got and what it achieved."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from gridapp.projects.kinds import ProjectStatus
from gridapp.projects.rows import ProjectDetail
from gridapp.projects.words import STATUS_CN
from gridapp.reports.fonts import CJK, check_drawable, markup
from gridapp.reports.pdf import RED, numbered_canvas, style, title_style

PAGE = landscape(A4)
MARGIN = 14 * mm
WIDTH = PAGE[0] - 2 * MARGIN
GRID_LINE = colors.HexColor("#C9A0A0")
PALE_RED = colors.HexColor("#FDECEC")
HEADERS = [
    "序号",
    "编号",
    "项目名称",
    "攻关问题",
    "目标与指标",
    "负责人",
    "团队成员（网格）",
    "起止日期",
    "进度",
    "状态",
    "成果",
]
# mm; the problem and the results take what is left
FIXED = {0: 12, 1: 22, 2: 36, 4: 34, 5: 16, 6: 38, 7: 24, 8: 16, 9: 16}


def _cell(text: str, header: bool = False) -> Paragraph:
    look = style("head", 9, textColor=colors.white) if header else style("cell", 8.5, leading=11)
    return Paragraph(markup(text).replace("\n", "<br/>"), look)


def _texts(n: int, d: ProjectDetail) -> list[str]:
    row = d.row
    issues = "；".join(f"{i.number} {i.title}" for i in d.issues)
    problem = "\n".join(part for part in (d.problem, issues) if part)
    goal = "\n".join(part for part in (row.goal, f"指标：{row.target}" if row.target else "") if part)
    team = "、".join(f"{m.name}（{m.grid}）" if m.grid else m.name for m in d.members)
    dates = f"{row.started_on.isoformat()}\n至 {row.due_on.isoformat()}" if row.due_on else row.started_on.isoformat()
    progress = f"节点 {row.milestones_done}/{row.milestones}" + (f"\n逾期 {row.overdue}" if row.overdue else "")
    status = STATUS_CN[row.status] + (f"\n{d.status_note}" if row.status is ProjectStatus.STOPPED else "")
    return [str(n), row.number, row.title, problem, goal, row.leader, team, dates, progress, status,
            "\n".join(row.results)]  # fmt: skip


def yearly_projects_pdf(details: Sequence[ProjectDetail], unit_path: str, year: int) -> bytes:
    """The year's projects for 公示, in the order of their numbers; a finished one's results in full."""
    texts = [_texts(n, d) for n, d in enumerate(details, start=1)]
    check_drawable(unit_path, *("".join(t) for t in texts))
    rest = (WIDTH / mm - sum(FIXED.values())) / 2
    widths = [FIXED.get(i, rest) * mm for i in range(len(HEADERS))]
    story: list[Flowable] = [
        Paragraph(markup(f"{year} 年度重点攻关项目公示"), title_style(18)),
        Paragraph(markup(unit_path), style("sub", 10, alignment=1)),
        Spacer(1, 4 * mm),
    ]
    if texts:
        cells = [[_cell(h, header=True) for h in HEADERS]] + [[_cell(t) for t in row] for row in texts]
        table = LongTable(cells, colWidths=widths, repeatRows=1)
        finished = [n for n, d in enumerate(details, start=1) if d.row.status is ProjectStatus.FINISHED]
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), CJK),
                    ("BACKGROUND", (0, 0), (-1, 0), RED),
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID_LINE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    *[("BACKGROUND", (0, r), (-1, r), PALE_RED) for r in finished],
                ]
            )
        )
        counts = {s: sum(1 for d in details if d.row.status is s) for s in ProjectStatus}
        summary = "，".join(f"{STATUS_CN[s]} {counts[s]} 项" for s in ProjectStatus if counts[s])
        story += [table, Spacer(1, 3 * mm), Paragraph(markup(f"共 {len(details)} 项：{summary}。"), style("p", 10))]
    else:
        story.append(Paragraph(markup("本年度暂无攻关项目。"), style("p", 10)))
    story += [
        Spacer(1, 8 * mm),
        Paragraph(
            markup("公示期间如有异议，请向党支部反映。　　　　党支部（盖章）　　　　日期：____________"),
            style("p", 10),
        ),
    ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=f"{year}年度重点攻关项目公示", author="红色网格工作站",
    )  # fmt: skip
    doc.build(story, canvasmaker=numbered_canvas())
    return out.getvalue()
