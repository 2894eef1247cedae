"""The roster in Excel: a preview of what an import would do (with every row's problems), the all-or-nothing import,
and the export. Columns are found by their Chinese header; the unit is a path such as 中引水厂/加药车间/加药班.

The preview and the import run the same analysis; the import repeats it inside its write transaction, so what is
written is exactly what a fresh preview would show. People are matched by employee number: re-importing the same
file finds every row unchanged and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import Gender, PartyStatus, UnitKind
from gridapp.org.models import Person, Post
from gridapp.org.normalize import Fix, clean_text
from gridapp.org.pinyin import name_keys
from gridapp.org.queries import UnitIndex
from gridapp.org.roster_preview import FileProblem, Problem, RosterPreview, RosterRow, RowAction, RowProblem
from gridapp.progress import Progress, no_progress
from gridapp.security.rights import Right, plant_root, require

MAX_ROWS = 100_000
HEADER_SCAN_ROWS = 10

# Header names seen in plant rosters, by field; matched after removing spaces, "*" and "（必填）".
HEADERS: dict[str, tuple[str, ...]] = {
    "employee_no": ("工号", "员工编号", "员工号", "职工编号", "人员编号", "职工号", "编号"),
    "name": ("姓名", "名字", "员工姓名", "职工姓名"),
    "gender": ("性别",),
    "unit": ("所属单位", "单位", "所在单位", "单位路径", "部门", "所属部门", "组织", "所属组织", "网格"),
    "team": ("班组", "所在班组", "所属班组"),
    "post": ("岗位", "岗位名称", "工种", "职务"),
    "phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "电话号码"),
    "party_status": ("政治面貌", "党员身份", "政治身份"),
    "status": ("状态", "在岗状态", "人员状态", "在职状态"),
    "left_on": ("离职日期", "离岗日期", "调离日期", "离开日期"),
}
REQUIRED = ("employee_no", "name", "unit")
EXPORT_COLUMNS = ("employee_no", "name", "gender", "unit", "post", "phone", "party_status", "status", "left_on")
EXPORT_HEADERS = {
    "employee_no": "工号",
    "name": "姓名",
    "gender": "性别",
    "unit": "所属单位",
    "post": "岗位",
    "phone": "联系电话",
    "party_status": "政治面貌",
    "status": "状态",
    "left_on": "离职日期",
}
GENDERS = {"男": Gender.MALE, "女": Gender.FEMALE, "m": Gender.MALE, "f": Gender.FEMALE}
GENDERS.update({g.value: g for g in Gender})
PARTY = {
    "中共党员": PartyStatus.FULL_MEMBER,
    "正式党员": PartyStatus.FULL_MEMBER,
    "党员": PartyStatus.FULL_MEMBER,
    "中共预备党员": PartyStatus.PROBATIONARY,
    "预备党员": PartyStatus.PROBATIONARY,
    "入党积极分子": PartyStatus.ACTIVIST,
    "积极分子": PartyStatus.ACTIVIST,
    "群众": PartyStatus.MASSES,
    "共青团员": PartyStatus.MASSES,
    "团员": PartyStatus.MASSES,
    "民主党派": PartyStatus.MASSES,
    "无党派人士": PartyStatus.MASSES,
}
PARTY.update({p.value: p for p in PartyStatus})
ACTIVE_WORDS = {"", "在岗", "在职", "正常", "active"}
LEFT_WORDS = {"离职", "离岗", "调离", "退休", "离开", "left"}
PATH_SPLIT = re.compile(r"\s*[/／\\>＞]\s*")
DATE_FORMS = (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", r"(\d{4})年(\d{1,2})月(\d{1,2})日?")


@dataclass(slots=True)
class _Planned:
    """A row that will be written: the person's values, resolved."""

    line: int
    person_id: uuid.UUID | None
    name: str
    employee_no: str
    unit_id: uuid.UUID
    post: tuple[uuid.UUID | None, str] | None  # (existing post id or None, its name); None: no post column
    post_unit_id: uuid.UUID | None  # where a post not found yet is added
    gender: Gender | bool | None  # False: the file has no gender column (keep)
    phone: str | None  # None: no phone column (keep)
    party_status: PartyStatus | None
    left_on: dt.date | bool | None  # False: no status columns (keep)


class RosterService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def preview(self, path: Path, progress: Progress = no_progress) -> RosterPreview:
        """What importing ``path`` would do, row by row; nothing is written."""
        table = read_table(path, progress)
        if isinstance(table, RosterPreview):
            return table
        with self._db.read() as s:
            preview, _plan = _analyse(s, str(path), table, progress)
        return preview

    def import_roster(self, actor: Actor, path: Path, progress: Progress = no_progress) -> RosterPreview:
        """Import ``path`` all-or-nothing; raises OrgError(ROSTER_HAS_ERRORS) or (FILE_UNREADABLE) and writes
        nothing when any row has a blocking problem. Returns the analysis of what was written."""
        table = read_table(path, progress)
        if isinstance(table, RosterPreview):
            raise OrgError(OrgProblem.FILE_UNREADABLE, path=str(path), reason=table.file_detail)
        with self._db.write(actor) as s:
            require(s, actor, Right.ROSTER_IMPORT, plant_root(s))  # a roster may place people anywhere in the plant
            preview, plan = _analyse(s, str(path), table, progress)
            if preview.blocked:
                errors = preview.count(RowAction.ERROR)
                if preview.file_problem is not None:
                    raise OrgError(OrgProblem.FILE_UNREADABLE, path=str(path), reason=preview.file_problem.value)
                raise OrgError(OrgProblem.ROSTER_HAS_ERRORS, count=errors)
            _write(s, plan, progress)
        return preview

    def export(
        self, actor: Actor, path: Path, unit_id: uuid.UUID | None = None, progress: Progress = no_progress
    ) -> Path:
        from gridapp.org.roster_export import export_workbook

        return export_workbook(self._db, actor, path, unit_id, progress)


@dataclass(frozen=True, slots=True)
class _Table:
    sheet: str
    columns: dict[str, int]  # field → column index
    header_line: int
    rows: list[tuple[int, tuple[Any, ...]]]  # (Excel row number, cells)


def _header_key(text: object) -> str:
    value = clean_text(text).value
    value = re.sub(r"[（(]\s*(必填|选填|可选)\s*[)）]", "", value)
    return value.replace("*", "").replace(" ", "").replace(":", "").replace("：", "")


_FIELD_OF = {name: key for key, names in HEADERS.items() for name in names}


def read_table(path: Path, progress: Progress = no_progress) -> _Table | RosterPreview:
    """The roster's rows from the first sheet that has the required headers; a RosterPreview naming the file's
    problem instead when it cannot be read."""
    import zipfile

    from gridapp.io.workbooks import Limits, WorkbookProblem, WorkbookRefused, open_workbook

    try:
        book = open_workbook(path, Limits(rows=MAX_ROWS))
    except WorkbookRefused as exc:
        if exc.problem is WorkbookProblem.NOT_A_WORKBOOK:
            return RosterPreview(str(path), file_problem=FileProblem.UNREADABLE, file_detail=exc.part)
        return RosterPreview(str(path), file_problem=FileProblem(exc.problem.value), file_detail=str(exc.limit))
    try:
        missing: set[str] = set(REQUIRED)
        for sheet in book.worksheets:
            rows = sheet.iter_rows(values_only=True)
            scanned = []
            for line, cells in enumerate(rows, start=1):
                scanned.append((line, cells))
                columns: dict[str, int] = {}
                for i, cell in enumerate(cells):
                    key = _FIELD_OF.get(_header_key(cell)) if cell is not None else None
                    if key and key not in columns:
                        columns[key] = i
                if set(REQUIRED) <= set(columns):
                    data = _data_rows(line, rows, progress)
                    if isinstance(data, RosterPreview):
                        return RosterPreview(str(path), sheet.title, data.file_problem, data.file_detail)
                    if not data:
                        return RosterPreview(str(path), sheet.title, FileProblem.EMPTY)
                    return _Table(sheet.title, columns, line, data)
                missing = min(missing, set(REQUIRED) - set(columns), key=len)
                if line >= HEADER_SCAN_ROWS:
                    break
        detail = "、".join(HEADERS[k][0] for k in REQUIRED if k in missing)
        return RosterPreview(str(path), file_problem=FileProblem.NO_HEADER, file_detail=detail)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError) as exc:
        return RosterPreview(str(path), file_problem=FileProblem.UNREADABLE, file_detail=_reason(exc))
    finally:
        book.close()


def _data_rows(
    header_line: int, rows: Iterator[tuple[Any, ...]], progress: Progress
) -> list[tuple[int, tuple[Any, ...]]] | RosterPreview:
    data = []
    for line, cells in enumerate(rows, start=header_line + 1):
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        data.append((line, cells))
        if len(data) > MAX_ROWS:
            return RosterPreview("", file_problem=FileProblem.TOO_MANY_ROWS, file_detail=str(MAX_ROWS))
        if len(data) % 500 == 0:
            progress(0, 0, "read")
    return data


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # employee and phone numbers typed as numbers
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean_text(_cell_text(value), code=True).value
    for form in DATE_FORMS:
        if match := re.fullmatch(form, text):
            try:
                return dt.date(*map(int, match.groups()))
            except ValueError:
                return None
    return None


class _Context:
    """What the analysis looks up: units by path, posts by unit, people by employee number."""

    def __init__(self, session: Session) -> None:
        self.index = UnitIndex(session)
        self.children = self.index.children()
        self.roots = self.children.get(None, [])
        self.posts: dict[tuple[uuid.UUID, str], uuid.UUID] = {
            (unit_id, name): post_id
            for post_id, unit_id, name in session.execute(
                select(Post.id, Post.unit_id, Post.name).where(Post.deleted_at.is_(None))
            )
        }
        self.people: dict[str, Person] = {
            p.employee_no.lower(): p for p in session.scalars(select(Person).where(Person.deleted_at.is_(None)))
        }

    def resolve(self, parts: list[str]) -> tuple[uuid.UUID | None, RowProblem | None, str]:
        """The unit at ``parts`` from the plant (its name may be left out), or the one place it fits uniquely."""
        for start in (self.roots, [c for r in self.roots for c in self.children.get(r, [])]):
            found = self._walk(start, parts)
            if found is not None:
                return found, None, ""
        ends = [u for u in self.index.name if self.index.name[u] == parts[-1]]
        matches = [u for u in ends if self._ends_with(u, parts)]
        if len(matches) == 1:
            return matches[0], None, ""
        if len(matches) > 1:
            return None, RowProblem.AMBIGUOUS_UNIT, str(len(matches))
        known = 0
        for start in (self.roots, [c for r in self.roots for c in self.children.get(r, [])]):
            known = max(known, self._known_prefix(start, parts))
        return None, RowProblem.UNKNOWN_UNIT, "/".join(parts[known:]) or "/".join(parts)

    def _walk(self, start: list[uuid.UUID], parts: list[str]) -> uuid.UUID | None:
        level, unit = start, None
        for part in parts:
            hits = [u for u in level if self.index.name[u] == part]
            if len(hits) != 1:
                return None
            unit = hits[0]
            level = self.children.get(unit, [])
        return unit

    def _known_prefix(self, start: list[uuid.UUID], parts: list[str]) -> int:
        level = start
        for n, part in enumerate(parts):
            hits = [u for u in level if self.index.name[u] == part]
            if len(hits) != 1:
                return n
            level = self.children.get(hits[0], [])
        return len(parts)

    def _ends_with(self, unit: uuid.UUID, parts: list[str]) -> bool:
        chain = [self.index.name[u] for u in self.index.ancestors(unit)]
        return chain[: len(parts)] == list(reversed(parts))

    def post(self, unit_id: uuid.UUID, name: str) -> uuid.UUID | None:
        for unit in self.index.ancestors(unit_id):
            if (unit, name) in self.posts:
                return self.posts[(unit, name)]
        return None

    def post_home(self, unit_id: uuid.UUID) -> uuid.UUID:
        """Where a new post goes: the person's unit, or the unit above when that is a team (teams share posts)."""
        for unit in self.index.ancestors(unit_id):
            if self.index.kind[unit] != UnitKind.TEAM:
                return unit
        return unit_id


LIMITS = {"name": 40, "employee_no": 32, "phone": 32, "post": 80}


def _analyse(session: Session, path: str, table: _Table, progress: Progress) -> tuple[RosterPreview, list[_Planned]]:
    ctx = _Context(session)
    columns = table.columns
    lines_of: dict[str, list[int]] = {}
    for line, cells in table.rows:
        number = clean_text(_cell_text(_get(cells, columns, "employee_no")), code=True).value.lower()
        if number:
            lines_of.setdefault(number, []).append(line)
    rows: list[RosterRow] = []
    plan: list[_Planned] = []
    new_posts: dict[tuple[uuid.UUID, str], None] = {}
    total = len(table.rows)
    for done, (line, cells) in enumerate(table.rows):
        if done % 200 == 0:
            progress(done, total, "check")
        row, planned = _analyse_row(ctx, columns, line, cells, lines_of)
        rows.append(row)
        if planned is not None:
            plan.append(planned)
            if planned.post and planned.post[0] is None and planned.post[1] and planned.post_unit_id is not None:
                new_posts[(planned.post_unit_id, planned.post[1])] = None
    progress(total, total, "check")
    names = tuple(f"{ctx.index.path(u)}：{n}" for u, n in new_posts)
    ordered = tuple(sorted(columns, key=columns.__getitem__))
    return RosterPreview(path, table.sheet, None, "", ordered, tuple(rows), names), plan


def _get(cells: tuple[Any, ...], columns: dict[str, int], key: str) -> Any:
    i = columns.get(key)
    return cells[i] if i is not None and i < len(cells) else None


def _analyse_row(
    ctx: _Context, columns: dict[str, int], line: int, cells: tuple[Any, ...], lines_of: dict[str, list[int]]
) -> tuple[RosterRow, _Planned | None]:
    problems: list[Problem] = []
    values: dict[str, str] = {}

    def text(key: str, code: bool = False) -> str:
        cleaned = clean_text(_cell_text(_get(cells, columns, key)), code=code)
        for fix in cleaned.fixes:
            problems.append(Problem(RowProblem.FULL_WIDTH if fix is Fix.FULL_WIDTH else RowProblem.STRAY_SPACES, key))
        if key in LIMITS and len(cleaned.value) > LIMITS[key]:
            problems.append(Problem(RowProblem.TOO_LONG, key, str(LIMITS[key])))
        values[key] = cleaned.value
        return cleaned.value

    name = text("name")
    number = text("employee_no", code=True)
    unit_text = text("unit")
    team = text("team") if "team" in columns else ""
    post_name = text("post") if "post" in columns else ""
    phone = text("phone", code=True) if "phone" in columns else None
    if not name:
        problems.append(Problem(RowProblem.MISSING_NAME, "name"))
    if not number:
        problems.append(Problem(RowProblem.MISSING_EMPLOYEE_NO, "employee_no"))
    elif len(lines_of.get(number.lower(), ())) > 1:
        others = [str(n) for n in lines_of[number.lower()] if n != line]
        problems.append(Problem(RowProblem.DUPLICATE_EMPLOYEE_NO, "employee_no", "、".join(others)))

    unit_id: uuid.UUID | None = None
    parts = [p for p in PATH_SPLIT.split(unit_text) if p] if unit_text else []
    if team and (not parts or parts[-1] != team):
        parts.append(team)
    if not parts:
        problems.append(Problem(RowProblem.MISSING_UNIT, "unit"))
    else:
        unit_id, problem, detail = ctx.resolve(parts)
        if problem is not None:
            problems.append(Problem(problem, "unit", detail))

    gender: Gender | bool | None = False
    if "gender" in columns:
        raw = text("gender").lower()
        gender = GENDERS.get(raw) if raw else None
        if raw and gender is None:
            problems.append(Problem(RowProblem.BAD_GENDER, "gender", raw))
    party: PartyStatus | None = None
    if "party_status" in columns:
        raw = text("party_status")
        party = PARTY.get(raw.lower() if raw.isascii() else raw, PartyStatus.MASSES if not raw else None)
        if party is None:
            problems.append(Problem(RowProblem.BAD_PARTY_STATUS, "party_status", raw))
    left_on: dt.date | bool | None = False
    if "status" in columns or "left_on" in columns:
        status = text("status").lower() if "status" in columns else ""
        raw_date = _get(cells, columns, "left_on")
        date_text = text("left_on") if "left_on" in columns else ""
        day = _parse_date(raw_date) if date_text else None
        if date_text and day is None:
            problems.append(Problem(RowProblem.BAD_DATE, "left_on", date_text))
        if status in LEFT_WORDS or (status == "" and day is not None):
            left_on = day
            if day is None and not date_text:
                problems.append(Problem(RowProblem.MISSING_LEFT_DATE, "left_on"))
        elif status in ACTIVE_WORDS:
            left_on = None
        else:
            problems.append(Problem(RowProblem.BAD_STATUS, "status", status))

    post: tuple[uuid.UUID | None, str] | None = (None, "") if "post" in columns else None
    post_unit: uuid.UUID | None = None
    if post_name and unit_id is not None:
        found = ctx.post(unit_id, post_name)
        post = (found, post_name)
        if found is None:
            post_unit = ctx.post_home(unit_id)
            problems.append(Problem(RowProblem.NEW_POST, "post", ctx.index.name[post_unit]))

    if any(p.kind.blocking for p in problems) or unit_id is None:
        return RosterRow(line, values, RowAction.ERROR, tuple(problems)), None
    existing = ctx.people.get(number.lower())
    planned = _Planned(
        line, existing.id if existing else None, name, number, unit_id, post, post_unit, gender, phone, party, left_on
    )
    if existing is None:
        return RosterRow(line, values, RowAction.NEW, tuple(problems)), planned
    changes = _changes(existing, planned)
    action = RowAction.UPDATE if changes else RowAction.UNCHANGED
    return RosterRow(line, values, action, tuple(problems), changes), planned if changes else None


def _changes(person: Person, planned: _Planned) -> tuple[str, ...]:
    changed = []
    if person.name != planned.name:
        changed.append("name")
    if person.employee_no != planned.employee_no:
        changed.append("employee_no")
    if person.home_unit_id != planned.unit_id:
        changed.append("unit")
    if planned.post is not None and (person.post_id != planned.post[0] or planned.post_unit_id is not None):
        changed.append("post")
    if planned.gender is not False and person.gender != planned.gender:
        changed.append("gender")
    if planned.phone is not None and (person.phone or "") != planned.phone:
        changed.append("phone")
    if planned.party_status is not None and person.party_status != planned.party_status:
        changed.append("party_status")
    if planned.left_on is not False and person.left_on != planned.left_on:
        changed.append("left_on")
    return tuple(changed)


def _write(session: Session, plan: list[_Planned], progress: Progress) -> None:
    from gridapp.org.people import leave

    added_posts: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
    total = len(plan)
    for done, row in enumerate(plan):
        if done % 200 == 0:
            progress(done, total, "write")
        person = session.get(Person, row.person_id) if row.person_id else None
        if person is None:
            person = Person(id=uuid.uuid4(), party_status=PartyStatus.MASSES)
            session.add(person)
        if person.name != row.name or not person.name_pinyin:
            person.name_pinyin, person.name_initials = name_keys(row.name)
        person.name, person.employee_no, person.home_unit_id = row.name, row.employee_no, row.unit_id
        if row.post is not None:
            post_id, post_name = row.post
            if post_id is None and post_name and row.post_unit_id is not None:
                key = (row.post_unit_id, post_name)
                if key not in added_posts:
                    post = Post(
                        id=uuid.uuid4(), unit_id=row.post_unit_id, name=post_name, position=100 + len(added_posts)
                    )
                    session.add(post)
                    session.flush()  # no ORM relationships: the post must exist before a person refers to it
                    added_posts[key] = post.id
                post_id = added_posts[key]
            person.post_id = post_id
        if row.gender is not False:
            person.gender = row.gender  # type: ignore[assignment]
        if row.phone is not None:
            person.phone = row.phone or None
        if row.party_status is not None:
            person.party_status = row.party_status
        if row.left_on is not False and person.left_on != row.left_on:
            if row.left_on is None:
                person.left_on = None
            else:
                session.flush()
                leave(session, person, row.left_on)  # type: ignore[arg-type]
    progress(total, total, "write")
