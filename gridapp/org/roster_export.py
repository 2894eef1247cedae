"""Exporting the tree, the people and the role assignments to one .xlsx workbook that the import reads back."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.files import write_atomically
from gridapp.org import words
from gridapp.org.kinds import PARTY_MEMBERS
from gridapp.org.models import Person, Post, Unit
from gridapp.org.queries import UnitIndex
from gridapp.org.roles import RoleService
from gridapp.org.roster import EXPORT_COLUMNS, EXPORT_HEADERS
from gridapp.progress import Progress, no_progress
from gridapp.security.rights import Right, audited_export, plant_root

PEOPLE_SHEET = "人员名册"
TREE_SHEET = "组织架构"
ROLES_SHEET = "角色任职"
WIDTHS = {"employee_no": 12, "name": 10, "gender": 6, "unit": 48, "post": 14, "phone": 14, "party_status": 14,
          "status": 8, "left_on": 12}  # fmt: skip


def export_workbook(
    db: Database, actor: Actor, path: Path, unit_id: uuid.UUID | None = None, progress: Progress = no_progress
) -> Path:
    """Write ``unit_id``'s subtree (the whole plant by default) to ``path``; a failed export leaves no file.

    The roster is personal data: ROSTER_EXPORT over the unit (the plant's root by default) is required, and the
    export is audited."""
    with db.read() as s:
        over = unit_id or plant_root(s)
    audited_export(db, actor, Right.ROSTER_EXPORT, "roster", {"unit": str(unit_id or ""), "file": path.name}, over)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from gridapp.io import workbooks

    with db.read() as s:
        index = UnitIndex(s)
        roots = index.children().get(None, [])
        if unit_id is None and not roots:
            units: list[uuid.UUID] = []
        else:
            units = index.descendants(unit_id or roots[0])
        people = s.execute(
            select(
                Person.employee_no,
                Person.name,
                Person.gender,
                Person.home_unit_id,
                Post.name,
                Person.phone,
                Person.party_status,
                Person.left_on,
            )
            .outerjoin(Post, Post.id == Person.post_id)
            .where(Person.deleted_at.is_(None), Person.home_unit_id.in_(units))
            .order_by(Person.employee_no)
        ).all()
        codes = dict(s.execute(select(Unit.id, Unit.code).where(Unit.id.in_(units))).all()) if units else {}
        counts = {
            r[0]: (r[1], r[2])
            for r in s.execute(
                select(
                    Person.home_unit_id,
                    func.count(),
                    func.count().filter(Person.party_status.in_(PARTY_MEMBERS)),
                )
                .where(Person.deleted_at.is_(None), Person.left_on.is_(None))
                .group_by(Person.home_unit_id)
            )
        }
    roles = RoleService(db)
    in_scope = set(units)
    history = [a for a in roles.history() if a.unit_id in in_scope]

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="F8D7DA")

    def header(sheet: Any, titles: list[str]) -> None:
        cells = []
        for title in titles:
            cell = workbooks.cell(sheet, title)
            cell.font, cell.fill, cell.alignment = bold, fill, Alignment(horizontal="center")
            cells.append(cell)
        sheet.append(cells)
        sheet.freeze_panes = "A2"

    def text(sheet: Any, value: str) -> Any:
        cell = workbooks.cell(sheet, value)
        cell.number_format = "@"  # keeps leading zeros of numbers typed as text
        return cell

    def date(sheet: Any, value: Any) -> Any:
        cell = workbooks.cell(sheet, value)
        cell.number_format = "yyyy-mm-dd"
        return cell

    sheet = book.create_sheet(PEOPLE_SHEET)
    for i, key in enumerate(EXPORT_COLUMNS):
        sheet.column_dimensions[chr(ord("A") + i)].width = WIDTHS[key]
    header(sheet, [EXPORT_HEADERS[k] for k in EXPORT_COLUMNS])
    total = len(people) + len(units) + len(history)
    for n, (number, name, gender, home, post, phone, party, left_on) in enumerate(people):
        if n % 500 == 0:
            progress(n, total, "people")
        sheet.append(workbooks.row(sheet, [
            text(sheet, number), name, words.GENDER.get(gender, "") if gender else "", index.path(home), post or "",
            text(sheet, phone or ""), words.PARTY_STATUS[party], words.LEFT if left_on else words.ACTIVE,
            date(sheet, left_on) if left_on else None,
        ]))  # fmt: skip

    summary: dict[uuid.UUID, tuple[int, int]] = {}
    children = index.children()
    for u in reversed(units):  # children before their parents: subtree totals bottom-up
        people_here, party_here = counts.get(u, (0, 0))
        for child in children.get(u, []):
            people_here += summary.get(child, (0, 0))[0]
            party_here += summary.get(child, (0, 0))[1]
        summary[u] = (people_here, party_here)
    leaders: dict[uuid.UUID, list[str]] = {}
    for a in history:
        if a.ends_on is None and a.role_kind.value in ("leader", "zone_lead"):
            leaders.setdefault(a.unit_id, []).append(f"{a.role_name}：{a.person_name}")
    sheet = book.create_sheet(TREE_SHEET)
    for column, width in zip("ABCDEFG", (48, 24, 8, 16, 10, 10, 40), strict=True):
        sheet.column_dimensions[column].width = width
    header(sheet, ["单位路径", "单位名称", "类型", "编码", "在岗人数", "党员人数", "负责人"])
    for n, u in enumerate(units):
        if n % 200 == 0:
            progress(len(people) + n, total, "units")
        sheet.append(workbooks.row(sheet, [
            index.path(u), index.name[u], words.UNIT_KIND[index.kind[u]], text(sheet, codes.get(u, "")),
            summary[u][0], summary[u][1], "；".join(leaders.get(u, [])),
        ]))  # fmt: skip

    sheet = book.create_sheet(ROLES_SHEET)
    for column, width in zip("ABCDEF", (48, 14, 10, 12, 12, 12), strict=True):
        sheet.column_dimensions[column].width = width
    header(sheet, ["单位路径", "角色", "姓名", "工号", "开始日期", "结束日期"])
    for a in history:
        sheet.append(workbooks.row(sheet, [
            index.path(a.unit_id), a.role_name, a.person_name, text(sheet, a.employee_no), date(sheet, a.starts_on),
            date(sheet, a.ends_on) if a.ends_on else None,
        ]))  # fmt: skip
    progress(total, total, "save")
    return write_atomically(path, book.save)
