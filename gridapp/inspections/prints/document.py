"""A text document of the set (the handbook, a card) on A4: title, version, post, and the body's headings, numbered
points and paragraphs. These are a few pages at most, so Platypus lays them out."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from gridapp.inspections.prints.text import MM
from gridapp.inspections.prints.words import version_text
from gridapp.inspections.rows import DocumentContent
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, check_drawable, markup
from gridapp.reports.pdf import RED, numbered_canvas, style, title_style


def body_blocks(body: str) -> list[tuple[str, str]]:
    """The body as (kind, text) blocks: "heading" for lines starting with '#', "point" for lines starting with
    '-', '·' or a number and a full stop, "text" otherwise; blank lines end nothing (each line is a block)."""
    out = []
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            out.append(("heading", line.lstrip("#").strip()))
        elif line[0] in "-·•*":
            out.append(("point", line[1:].strip()))
        else:
            out.append(("text", line))
    return out


def points_of(body: str) -> list[str]:
    """The body's points for a pocket card (headings become points of their own only when there are no points)."""
    blocks = body_blocks(body)
    points = [t for k, t in blocks if k != "heading"]
    return points or [t for _, t in blocks]


def build_document(
    content: DocumentContent, printed_on: dt.date | None = None, progress: Progress = no_progress
) -> bytes:
    blocks = body_blocks(content.body)
    title = f"{content.post}{content.title}"
    meta = f"{content.unit}　{content.post}　{version_text(content.version, content.draft)}"
    printed = f"打印于 {(printed_on or dt.date.today()):%Y-%m-%d}"
    check_drawable(title, meta, printed, *(t for _, t in blocks), "（本文件尚无内容）")
    progress(0, 2, "")
    heading = style("heading", 12.5, spaceBefore=8, spaceAfter=3, textColor=RED)
    body = style("body", 10.5, leading=16, spaceAfter=2)
    # Bullets are set in their own font, Helvetica unless told: name the embedded one.
    point = style("point", 10.5, leading=16, leftIndent=14, bulletIndent=2, spaceAfter=2, bulletFontName=CJK)
    small = style("small", 8.5, textColor=colors.HexColor("#555555"), spaceAfter=6)
    story = [Paragraph(markup(title), title_style(18)), Paragraph(markup(f"{meta}　{printed}"), small), Spacer(1, 4)]
    number = 0
    for kind, text in blocks:
        if kind == "heading":
            number = 0
            story.append(Paragraph(markup(text), heading))
        elif kind == "point":
            number += 1
            story.append(Paragraph(markup(text), point, bulletText=f"{number}."))
        else:
            story.append(Paragraph(markup(text), body))
    if not blocks:
        story.append(Paragraph(markup("（本文件尚无内容）"), body))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * MM,
        rightMargin=20 * MM,
        topMargin=18 * MM,
        bottomMargin=20 * MM,
        title=f"{title} {content.version}",
        author="红色网格工作站",
    )
    document.build(story, canvasmaker=numbered_canvas())
    progress(2, 2, "")
    return buffer.getvalue()
