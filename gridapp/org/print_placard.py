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
PHOTO_W, PHOTO_H = 66 * mm, 84 * mm
QR_SIZE = 50 * mm
FOOTER_TOP = MARGIN + 20 * mm  # the two footer lines and the place code under them
# the scan code's lower-left corner: centred under the photo slot, above its two lines of words
QR_X, QR_Y = WIDTH - MARGIN - PHOTO_W + (PHOTO_W - QR_SIZE) / 2, FOOTER_TOP + 14 * mm
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

    # the area, as large as one line allows
    name_size = min(44.0, (WIDTH - 2 * MARGIN) / max(1, len(data.area.name)) / 1.02)
    y = _centred(canvas, data.area.name, max(name_size, 28), HEIGHT - band - 8 * mm, DARK_RED)
    top = y - 7 * mm

    # the right column: the photo slot, then the scan code with its words under it
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
        canvas.setFont(CJK, 16)
        canvas.drawCentredString(photo_x + PHOTO_W / 2, photo_y + PHOTO_H / 2 + 3 * mm, "认领人照片")
        canvas.setFont(CJK, 11)
        canvas.drawCentredString(photo_x + PHOTO_W / 2, photo_y + PHOTO_H / 2 - 5 * mm, "（粘贴处）")
    payload = qr_payload(PlaceKind.AREA, data.area.code)
    qr_x, qr_y = QR_X, QR_Y
    draw_qr(canvas, qr_matrix(payload), qr_x, qr_y, QR_SIZE, quiet=2)
    canvas.setFillColor(DARK_RED)
    canvas.setFont(CJK, 16)
    canvas.drawCentredString(qr_x + QR_SIZE / 2, qr_y - 7 * mm, "扫码上报问题")
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont(CJK, 12)
    canvas.drawCentredString(qr_x + QR_SIZE / 2, qr_y - 13 * mm, payload)

    # the labelled lines, left, spread over the whole height down to the footer
    label_w = 26 * mm
    value_x = MARGIN + label_w + 4 * mm
    value_w = photo_x - 6 * mm - value_x
    texts = placard_texts(data)
    avail = top - FOOTER_TOP - 6 * mm
    for value_size in (20, 18, 16, 14, 12):
        value_style = style("value", value_size, leading=value_size * 1.3)
        paras = [Paragraph(markup(value), value_style) for value in texts.values()]
        heights = [max(p.wrap(value_w, HEIGHT)[1], 12 * mm) + 4 * mm for p in paras]
        if sum(heights) <= avail:
            break
    extra = max(0.0, avail - sum(heights)) / len(heights)
    label_style = style("label", min(16, value_size), textColor=colors.white, alignment=1)
    y = top
    for (label, _value), para, h in zip(texts.items(), paras, heights, strict=True):
        h += extra
        canvas.setFillColor(DARK_RED)
        canvas.rect(MARGIN, y - h + 2 * mm, label_w, h - 2 * mm, stroke=0, fill=1)
        lab = Paragraph(markup(label), label_style)
        _lw, lh = lab.wrap(label_w, h)
        lab.drawOn(canvas, MARGIN, y + 1 * mm - (h + lh) / 2)
        canvas.setStrokeColor(colors.HexColor("#D8B4B4"))
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN + label_w, y - h + 2 * mm, photo_x - 6 * mm, y - h + 2 * mm)
        para.drawOn(canvas, value_x, y + 1 * mm - (h + para.height) / 2)
        y -= h

    # the footer
    canvas.setFillColor(colors.HexColor("#333333"))
    canvas.setFont(CJK, 14)
    canvas.drawString(MARGIN, MARGIN + 14 * mm, f"公示日期：{day.year}年{day.month}月{day.day}日")
    canvas.drawString(MARGIN, MARGIN + 7 * mm, "欢迎监督：发现问题请告知认领人或网格员，或扫码上报")
    canvas.setFont(CJK, 10)
    canvas.drawString(MARGIN, MARGIN + 1 * mm, f"区域编码 {payload}（无扫码枪时可在扫码框手工输入）")
    canvas.setFillColor(GOLD)
    canvas.rect(0, 0, WIDTH, 4 * mm, stroke=0, fill=1)
