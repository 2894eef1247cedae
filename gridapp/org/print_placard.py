"""Area placards (区域认领目视化公示牌) as a PDF, one A4 page per area: the area, its unit, the claimer and their
role, a photo slot (the area's photo when it has one), and a QR code holding the area's place code
(RG:AREA:<code>), which the app's scan box opens."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from gridapp.org import words
from gridapp.org.areas import PlacardData
from gridapp.org.place_codes import PlaceKind, qr_payload
from gridapp.org.queries import PATH_SEPARATOR, today
from gridapp.progress import Progress, no_progress
from gridapp.reports.fonts import CJK, check_drawable, markup, register_fonts
from gridapp.reports.pdf import GOLD, RED, style
from gridapp.reports.qr import draw_qr, qr_matrix

WIDTH, HEIGHT = A4
MARGIN = 15 * mm
PHOTO_W, PHOTO_H = 70 * mm, 90 * mm
QR_SIZE = 38 * mm
DARK_RED = colors.HexColor("#8A1016")


def placard_texts(data: PlacardData) -> dict[str, str]:
    """The labelled lines of a placard, in print order."""
    area = data.area
    roles = "、".join(dict.fromkeys(f"{a.unit_name}{a.role_name}" for a in data.claimer_roles))
    identity = "；".join(
        t
        for t in (roles, words.PARTY_STATUS.get(data.claimer_party_status, "") if data.claimer_party_status else "")
        if t
    )
    path = data.unit_path.split(PATH_SEPARATOR, 1)[1] if PATH_SEPARATOR in data.unit_path else data.unit_path
    return {
        "所属单位": path,
        "区域类型": area.kind or "—",
        "认领人": area.claimer or "（待认领）",
        "身份职务": identity or data.claimer_post or "—",
        "联系电话": data.claimer_phone or "—",
        "包保党员": "、".join(area.guardians) or "—",
        "认领职责": area.duties or "负责本区域安全、卫生、设备设施完好，发现问题及时处置并一键上报。",
    }


def placard_pdf(placards: list[PlacardData], progress: Progress = no_progress, on: dt.date | None = None) -> bytes:
    """One page per area; a character no bundled font has is printed as a replacement mark (and logged)."""
    register_fonts()
    for data in placards:
        check_drawable(data.plant, data.area.name, *placard_texts(data).values())
    day = on or today()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=CJK)
    canvas.setTitle("区域认领公示牌")
    canvas.setAuthor("红色网格工作站")
    for n, data in enumerate(placards):
        progress(n, len(placards), data.area.name)
        _page(canvas, data, day)
        canvas.showPage()
    canvas.save()
    progress(len(placards), len(placards), "")
    return out.getvalue()


def _centred(canvas: Canvas, text: str, size: float, y: float, colour: colors.Color, width: float = WIDTH) -> float:
    """Draw ``text`` centred, wrapping if needed, with its top at ``y``; returns the y under it."""
    para = Paragraph(markup(text), style("centred", size, alignment=1, textColor=colour, leading=size * 1.25))
    _w, h = para.wrap(width - 2 * MARGIN, HEIGHT)
    para.drawOn(canvas, (WIDTH - width) / 2 + MARGIN, y - h)
    return y - h


def _page(canvas: Canvas, data: PlacardData, day: dt.date) -> None:
    # the red band with the title
    band = 48 * mm
    canvas.setFillColor(RED)
    canvas.rect(0, HEIGHT - band, WIDTH, band, stroke=0, fill=1)
    canvas.setFillColor(GOLD)
    canvas.rect(0, HEIGHT - band - 2.5 * mm, WIDTH, 2.5 * mm, stroke=0, fill=1)
    y = _centred(canvas, data.plant, 14, HEIGHT - 9 * mm, GOLD)
    _centred(canvas, "区域认领公示牌", 34, y - 4 * mm, colors.white)

    # the area
    y = _centred(canvas, data.area.name, 30, HEIGHT - band - 10 * mm, DARK_RED)
    top = y - 8 * mm

    # the photo slot, right
    photo_x = WIDTH - MARGIN - PHOTO_W
    photo_y = top - PHOTO_H
    canvas.setStrokeColor(DARK_RED)
    canvas.setLineWidth(1)
    if data.photo:
        image = ImageReader(io.BytesIO(data.photo))
        canvas.drawImage(image, photo_x, photo_y, PHOTO_W, PHOTO_H, preserveAspectRatio=True, anchor="c")
        canvas.rect(photo_x, photo_y, PHOTO_W, PHOTO_H, stroke=1, fill=0)
    else:
        canvas.setDash(4, 3)
        canvas.rect(photo_x, photo_y, PHOTO_W, PHOTO_H, stroke=1, fill=0)
        canvas.setDash()
        canvas.setFillColor(colors.HexColor("#999999"))
        canvas.setFont(CJK, 14)
        canvas.drawCentredString(photo_x + PHOTO_W / 2, photo_y + PHOTO_H / 2 + 3 * mm, "认领人照片")
        canvas.setFont(CJK, 9)
        canvas.drawCentredString(photo_x + PHOTO_W / 2, photo_y + PHOTO_H / 2 - 4 * mm, "（粘贴处）")

    # the labelled lines, left
    label_w = 24 * mm
    value_w = photo_x - MARGIN - label_w - 8 * mm
    label_style = style("label", 12, textColor=colors.white, alignment=1)
    value_style = style("value", 13, leading=17)
    y = top
    for label, value in placard_texts(data).items():
        para = Paragraph(markup(value), value_style)
        _w, h = para.wrap(value_w, HEIGHT)
        h = max(h, 9 * mm)
        canvas.setFillColor(DARK_RED)
        canvas.rect(MARGIN, y - h - 2 * mm, label_w, h + 2 * mm, stroke=0, fill=1)
        lab = Paragraph(markup(label), label_style)
        _lw, lh = lab.wrap(label_w, h)
        lab.drawOn(canvas, MARGIN, y - 1 * mm - (h + lh) / 2)
        canvas.setStrokeColor(colors.HexColor("#D8B4B4"))
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN + label_w, y - h - 2 * mm, photo_x - 6 * mm, y - h - 2 * mm)
        para.drawOn(canvas, MARGIN + label_w + 4 * mm, y - 1 * mm - (h + para.height) / 2)
        y -= h + 4 * mm

    # the QR code and the footer
    qr_x, qr_y = WIDTH - MARGIN - QR_SIZE, MARGIN + 12 * mm
    payload = qr_payload(PlaceKind.AREA, data.area.code)
    draw_qr(canvas, qr_matrix(payload), qr_x, qr_y, QR_SIZE, quiet=2)
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont(CJK, 8)
    canvas.drawCentredString(qr_x + QR_SIZE / 2, qr_y - 5 * mm, "扫码上报问题")
    canvas.setFont(CJK, 9)
    canvas.drawCentredString(qr_x + QR_SIZE / 2, qr_y - 9.5 * mm, payload)
    canvas.setFont(CJK, 10)
    canvas.drawString(MARGIN, MARGIN + 24 * mm, f"公示日期：{day.year}年{day.month}月{day.day}日")
    canvas.drawString(MARGIN, MARGIN + 17 * mm, "欢迎监督：发现问题请告知认领人或网格员")
    canvas.setFont(CJK, 7)
    canvas.drawString(MARGIN, MARGIN + 4 * mm, f"区域编码 {payload}（无扫码枪时可手工输入）")
    canvas.setFillColor(GOLD)
    canvas.rect(0, 0, WIDTH, 4 * mm, stroke=0, fill=1)
