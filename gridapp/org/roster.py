"""The roster from a spreadsheet: a preview of what an import would do (every row's problems and every person's
changes old → new), the all-or-nothing import, and the export. The sheet is read by the import framework
(``gridapp.io``: heading row, synonyms, merged cells, totals and notes set aside); this module gives the roster's
fields and what its values mean. The unit is a path such as 中引水厂/加药车间/加药班.

Rules that keep an import harmless: an empty cell keeps what is stored unless the user chose "空白即清空"; every
change is listed per person before anything is written; units the sheet names that do not exist are refused (with a
suggestion when one is close) unless the user chose to create them. The preview and the import run the same analysis;
the import repeats it inside its write transaction, so what is written is exactly what a fresh preview would show.
People are matched by employee number: re-importing the same file finds every row unchanged and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.io import values
from gridapp.io.sheets import read_file
from gridapp.io.tables import Field, MappingProblem, Schema, Table, TableRow, build_table
from gridapp.io.workbooks import WorkbookProblem, WorkbookRefused
from gridapp.org import words
from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import Gender, PartyStatus, UnitKind
from gridapp.org.models import Person, Post, Unit
from gridapp.org.normalize import Fix, clean_text
from gridapp.org.pinyin import name_keys
from gridapp.org.queries import UnitIndex
from gridapp.org.roster_preview import (
    Change,
    FileProblem,
    Problem,
    RosterOptions,
    RosterPreview,
    RosterRow,
    RowAction,
    RowProblem,
)
from gridapp.progress import Progress, no_progress
from gridapp.security.rights import Right, plant_root, require

# The roster's fields: the app's own heading (what the export writes) and the words HR systems and hand-made
# rosters use for it; matched after removing spaces, "*" and "（必填）".
SCHEMA = Schema(
    "roster",
    (
        Field(
            "employee_no",
            "工号",
            (
                "员工编号",
                "员工号",
                "职工编号",
                "人员编号",
                "职工号",
                "编号",
                "人员编码",
                "员工编码",
                "职工编码",
                "员工工号",
                "职工工号",
                "人事编号",
                "工作证号",
            ),
            required=True,
        ),
        Field("name", "姓名", ("名字", "员工姓名", "职工姓名", "人员姓名", "员工名称"), required=True),
        Field("gender", "性别", ("性別",)),
        Field(
            "unit",
            "所属单位",
            (
                "单位",
                "所在单位",
                "单位路径",
                "部门",
                "所属部门",
                "组织",
                "所属组织",
                "网格",
                "所在部门",
                "部门名称",
                "单位名称",
                "组织名称",
                "所属机构",
                "机构名称",
                "组织路径",
                "部门路径",
                "工作单位",
                "所在组织",
            ),
            required=True,
        ),
        Field("team", "班组", ("所在班组", "所属班组", "班组名称", "工段/班组")),
        Field("post", "岗位", ("岗位名称", "工种", "职务", "职位", "所在岗位", "岗位工种")),
        Field(
            "phone",
            "联系电话",
            (
                "电话",
                "手机",
                "手机号",
                "手机号码",
                "联系方式",
                "电话号码",
                "移动电话",
                "办公电话",
                "联系手机",
                "手机电话",
                "联系号码",
            ),
        ),
        Field("party_status", "政治面貌", ("党员身份", "政治身份", "政治面目", "党派", "党团关系")),
        Field("status", "状态", ("在岗状态", "人员状态", "在职状态", "员工状态", "用工状态", "在岗情况")),
        Field("left_on", "离职日期", ("离岗日期", "调离日期", "离开日期", "离职时间", "离岗时间", "调离时间")),
    ),
)
REQUIRED = tuple(f.key for f in SCHEMA.required)
EXPORT_COLUMNS = ("employee_no", "name", "gender", "unit", "post", "phone", "party_status", "status", "left_on")
EXPORT_HEADERS = {key: SCHEMA.field(key).heading for key in EXPORT_COLUMNS}
GENDERS = {"男": Gender.MALE, "女": Gender.FEMALE, "m": Gender.MALE, "f": Gender.FEMALE}
GENDERS.update({g.value: g for g in Gender})

# 政治面貌 as rosters write it, compared with brackets half-width and without spaces. 民主党派 and 无党派人士 are
# recorded as 群众 (the app's statuses serve the party's own work) with a note, so the user sees it happened.
PARTY = {
    **dict.fromkeys(
        (
            "中共党员",
            "党员",
            "正式党员",
            "中共正式党员",
            "共产党员",
            "中国共产党党员",
            "中国共产党员",
            "中共党员(正式)",
            "党员(正式)",
        ),
        PartyStatus.FULL_MEMBER,
    ),
    **dict.fromkeys(
        (
            "中共预备党员",
            "预备党员",
            "中共党员(预备)",
            "党员(预备)",
            "中共党员(预备党员)",
            "中国共产党预备党员",
            "预备",
        ),
        PartyStatus.PROBATIONARY,
    ),
    **dict.fromkeys(("入党积极分子", "积极分子", "群众(入党积极分子)"), PartyStatus.ACTIVIST),
    **dict.fromkeys(
        (
            "共青团员",
            "团员",
            "中国共产主义青年团团员",
            "共青团",
            "青年团员",
            "中共团员",
            "群众(团员)",
            "群众(共青团员)",
            "团员(中国共产主义青年团)",
            "团员(共青团)",
            "共青团员(团员)",
        ),
        PartyStatus.LEAGUE_MEMBER,
    ),
    **dict.fromkeys(("群众", "普通群众", "群众(无党派)", "无"), PartyStatus.MASSES),
    **{p.value: p for p in PartyStatus},
}
PARTY_NOTED = frozenset(
    (
        "民主党派",
        "民主党派人士",
        "无党派人士",
        "无党派",
        "无党派民主人士",
        "民革党员",
        "民盟盟员",
        "民建会员",
        "民进会员",
        "农工党党员",
        "致公党党员",
        "九三学社社员",
        "台盟盟员",
        "民革",
        "民盟",
        "民建",
        "民进",
        "农工党",
        "致公党",
        "九三学社",
        "台盟",
    )
)
ACTIVE_WORDS = {"在岗", "在职", "正常", "active"}
LEFT_WORDS = {"离职", "离岗", "调离", "退休", "离开", "left"}
PATH_SPLIT = re.compile(r"\s*[/／\\>＞]\s*")
LIMITS = {"name": 40, "employee_no": 32, "phone": 32, "post": 80}
UNIT_NAME_LIMIT = 80
UNIT_CODE_LIMIT = 40
DEFAULT_OPTIONS = RosterOptions()
# Suggestions compare a path with every unit: for the first few hundred unknown paths only, so that a sheet of a
# wholly different organisation is still checked in seconds (its first rows show the problem well enough).
MAX_SUGGESTIONS = 300
CLEARABLE = ("team", "gender", "post", "phone", "left_on")  # what an empty cell can clear (party status is never empty)


class RosterService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def preview(
        self, source: Path | Table, options: RosterOptions = DEFAULT_OPTIONS, progress: Progress = no_progress
    ) -> RosterPreview:
        """What importing ``source`` (a file, or a table the mapping step made) would do, row by row; nothing is
        written."""
        table = source if isinstance(source, Table) else read_table(source, progress)
        if isinstance(table, RosterPreview):
            return table
        with self._db.read() as s:
            preview, _ctx, _plan = _analyse(s, table, options, progress)
        return preview

    def import_roster(
        self,
        actor: Actor,
        source: Path | Table,
        options: RosterOptions = DEFAULT_OPTIONS,
        progress: Progress = no_progress,
    ) -> RosterPreview:
        """Import ``source`` all-or-nothing; raises OrgError(ROSTER_HAS_ERRORS) or (FILE_UNREADABLE) and writes
        nothing when any row has a blocking problem. Returns the analysis of what was written."""
        table = source if isinstance(source, Table) else read_table(source, progress)
        path = source.path if isinstance(source, Table) else str(source)
        if isinstance(table, RosterPreview):
            raise OrgError(OrgProblem.FILE_UNREADABLE, path=path, reason=table.file_detail)
        with self._db.write(actor) as s:
            require(s, actor, Right.ROSTER_IMPORT, plant_root(s))  # a roster may place people anywhere in the plant
            preview, ctx, plan = _analyse(s, table, options, progress)
            if preview.blocked:
                if preview.file_problem is not None:
                    raise OrgError(OrgProblem.FILE_UNREADABLE, path=path, reason=preview.file_problem.value)
                raise OrgError(OrgProblem.ROSTER_HAS_ERRORS, count=preview.count(RowAction.ERROR))
            if ctx.new_units:
                require(s, actor, Right.UNIT_TREE, plant_root(s))  # creating units is changing the tree
            _write(s, ctx, plan, progress)
        return preview

    def export(
        self, actor: Actor, path: Path, unit_id: uuid.UUID | None = None, progress: Progress = no_progress
    ) -> Path:
        from gridapp.org.roster_export import export_workbook

        return export_workbook(self._db, actor, path, unit_id, progress)


def read_table(path: Path, progress: Progress = no_progress) -> Table | RosterPreview:
    """The roster's rows with the mapping the framework proposes; a RosterPreview naming the file's problem instead
    when it cannot be read or has no usable heading row."""
    progress(0, 0, "read")
    try:
        file = read_file(path)
    except WorkbookRefused as exc:
        if exc.problem is WorkbookProblem.NOT_A_WORKBOOK:
            return RosterPreview(str(path), file_problem=FileProblem.UNREADABLE, file_detail=exc.part)
        return RosterPreview(str(path), file_problem=FileProblem(exc.problem.value), file_detail=str(exc.limit))
    return build_table(file, SCHEMA)


def _file_problem(table: Table) -> RosterPreview | None:
    problems = table.problems()
    if not problems:
        return None
    kinds = [k for k, _ in problems]
    if MappingProblem.NO_HEADER in kinds or MappingProblem.MISSING in kinds:
        missing = "、".join(f.heading for f in (table.missing if table.header_line else SCHEMA.required))
        return RosterPreview(table.path, table.sheet, FileProblem.NO_HEADER, missing)
    if MappingProblem.TWICE in kinds:
        detail = "、".join(d for k, d in problems if k is MappingProblem.TWICE)
        return RosterPreview(table.path, table.sheet, FileProblem.TWICE, detail)
    return RosterPreview(table.path, table.sheet, FileProblem.EMPTY, skipped=table.skipped)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    return str(_t2s().convert(text)) if text else text


def _changed_characters(before: str, after: str) -> str:
    """ "廠→厂、藥→药": the characters a conversion changed, each once."""
    if len(before) != len(after):
        return f"{before}→{after}"
    pairs = dict.fromkeys(f"{a}→{b}" for a, b in zip(before, after, strict=True) if a != b)
    return "、".join(pairs)


@lru_cache(maxsize=65_536)  # the same few parts against the same few hundred names, row after row
def _likeness(written: str, name: str) -> float:
    """How alike a part of a path and a unit's name are: 1 the same, 0.9 one inside the other, else difflib's."""
    if written == name:
        return 1.0
    if written in name or name in written:
        return 0.9
    return difflib.SequenceMatcher(None, written, name).ratio()


def guess_kind(name: str, team_part: bool = False) -> UnitKind:
    """A new unit's kind from its name: …班/…组 a team, …网格/…格 a grid, …网 a net, a workshop, station, district,
    section or squad a responsibility zone (and anything else, the commonest level under a grid)."""
    if team_part or name.endswith(("班", "组")):
        return UnitKind.TEAM
    if name.endswith(("网格", "格")):
        return UnitKind.GRID
    if name.endswith("网"):
        return UnitKind.NET
    return UnitKind.ZONE


@dataclass(frozen=True, slots=True)
class _NewUnit:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    kind: UnitKind
    name: str
    code: str
    position: int


@dataclass(frozen=True, slots=True)
class _Stored:
    """A person as stored, the fields the roster compares."""

    id: uuid.UUID
    name: str
    employee_no: str
    home_unit_id: uuid.UUID
    post_id: uuid.UUID | None
    gender: Gender | None
    phone: str | None
    party_status: PartyStatus
    left_on: dt.date | None


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a row's unit cells lead: the unit (or None) and the problems found on the way."""

    unit_id: uuid.UUID | None
    problems: tuple[Problem, ...]


class _Context:
    """What the analysis looks up: units by path (with the units this import would create), posts by unit, people
    by employee number."""

    def __init__(self, session: Session, options: RosterOptions) -> None:
        self.options = options
        self.index = UnitIndex(session)
        self.children = self.index.children()
        self.named: dict[uuid.UUID | None, dict[str, list[uuid.UUID]]] = {}  # parent → child name → units
        for parent, children in self.children.items():
            for child in children:
                self.named.setdefault(parent, {}).setdefault(self.index.name[child], []).append(child)
        self.next_position: dict[uuid.UUID | None, int] = {}
        self.by_name: dict[str, list[uuid.UUID]] = {}
        for unit_id, name in self.index.name.items():
            self.by_name.setdefault(name, []).append(unit_id)
        self.codes = {c.lower() for c in session.scalars(select(Unit.code).where(Unit.deleted_at.is_(None)))}
        self.new_units: dict[uuid.UUID, _NewUnit] = {}
        self.places: dict[tuple[str, str], _Place] = {}
        self.suggestions = 0
        self.posts: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
        self.post_names: dict[uuid.UUID, str] = {}
        for post_id, unit_id, name in session.execute(
            select(Post.id, Post.unit_id, Post.name).where(Post.deleted_at.is_(None))
        ):
            self.posts[(unit_id, name)] = post_id
            self.post_names[post_id] = name
        self.people: dict[str, _Stored] = {
            r.employee_no.lower(): _Stored(*r)
            for r in session.execute(
                select(
                    Person.id,
                    Person.name,
                    Person.employee_no,
                    Person.home_unit_id,
                    Person.post_id,
                    Person.gender,
                    Person.phone,
                    Person.party_status,
                    Person.left_on,
                ).where(Person.deleted_at.is_(None))
            )
        }

    @property
    def roots(self) -> list[uuid.UUID]:
        return self.children.get(None, [])

    # -- units --------------------------------------------------------------------------------------------------

    def place(self, unit_cell: Any, team_cell: Any) -> _Place:
        """The unit a row's unit and team cells name (the same cells give the same answer, from a cache)."""
        unit_text, team_text = values.text(unit_cell).strip(), values.text(team_cell).strip()
        key = (unit_text, team_text)
        if key not in self.places:
            self.places[key] = self._place(unit_text, team_text)
        return self.places[key]

    def _place(self, unit_text: str, team_text: str) -> _Place:
        unit_clean, team = clean_text(unit_text).value, clean_text(team_text).value
        parts = [p for p in PATH_SPLIT.split(unit_clean) if p] if unit_clean else []
        team_part = bool(team) and (not parts or parts[-1] != team)
        if team_part:
            parts.append(team)
        if not parts:
            return _Place(None, (Problem(RowProblem.MISSING_UNIT, "unit"),))
        problems: list[Problem] = []
        found, ambiguous = self.find(parts)
        if found is None and not ambiguous:
            converted = [simplified(p) for p in parts]
            if converted != parts:
                changed = _changed_characters("/".join(parts), "/".join(converted))
                problems.append(Problem(RowProblem.TRADITIONAL, "unit", changed))
                parts = converted
                found, ambiguous = self.find(parts)
        if ambiguous:
            return _Place(None, (*problems, Problem(RowProblem.AMBIGUOUS_UNIT, "unit", str(ambiguous))))
        if found is None:
            if not self.options.create_units:
                suggestion = self.suggest(parts)
                unknown = Problem(RowProblem.UNKNOWN_UNIT, "unit", unit_text, team_text, suggestion)
                return _Place(None, (*[p for p in problems if p.kind is not RowProblem.TRADITIONAL], unknown))
            too_long = [p for p in parts if len(p) > UNIT_NAME_LIMIT]
            if too_long:
                return _Place(None, (Problem(RowProblem.TOO_LONG, "unit", str(UNIT_NAME_LIMIT)),))
            found = self.create(parts, team_part)
        if any(u in self.new_units for u in self.index.ancestors(found)):
            problems.append(Problem(RowProblem.NEW_UNIT, "unit", self.index.path(found)))
        return _Place(found, tuple(problems))

    def find(self, parts: list[str]) -> tuple[uuid.UUID | None, int]:
        """The unit at ``parts`` from the plant (its name may be left out), or the one unit whose path ends with
        them; (None, n) when n units would fit."""
        for parents in ([None], self.roots):
            found = self._walk(parents, parts)
            if found is not None:
                return found, 0
        matches = [u for u in self.by_name.get(parts[-1], ()) if self._ends_with(u, parts)]
        if len(matches) == 1:
            return matches[0], 0
        return None, len(matches) if len(matches) > 1 else 0

    def _walk(self, parents: list[uuid.UUID | None], parts: list[str]) -> uuid.UUID | None:
        """The one unit at ``parts`` below one of ``parents``."""
        hits = [u for p in parents for u in self.named.get(p, {}).get(parts[0], ())]
        for part in parts[1:]:
            if len(hits) != 1:
                return None
            hits = self.named.get(hits[0], {}).get(part, [])
        return hits[0] if len(hits) == 1 else None

    def _ends_with(self, unit: uuid.UUID, parts: list[str]) -> bool:
        chain = [self.index.name[u] for u in self.index.ancestors(unit)]
        return chain[: len(parts)] == list(reversed(parts))

    def suggest(self, parts: list[str]) -> str:
        """The path of the one unit the sheet probably means, or "": its name close to the path's last part, and
        the other parts close to names above it (a level left out, or 加药车间 for 加药车间责任区, still fits)."""
        self.suggestions += 1
        if self.suggestions > MAX_SUGGESTIONS:
            return ""
        scored: list[tuple[float, uuid.UUID]] = []
        for unit_id, name in self.index.name.items():
            if unit_id in self.new_units or _likeness(parts[-1], name) < 0.6:
                continue
            chain = [self.index.name[u] for u in self.index.ancestors(unit_id)]
            score = sum(max(_likeness(p, n) for n in chain) for p in parts) / len(parts)
            scored.append((score, unit_id))
        scored.sort(key=lambda s: s[0], reverse=True)
        if not scored or scored[0][0] < 0.7 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return ""
        return self.index.path(scored[0][1])

    def create(self, parts: list[str], team_part: bool) -> uuid.UUID:
        """Plan the units of ``parts`` below the deepest one that exists (a new plant when the tree is empty);
        returns the last one's id."""
        parent: uuid.UUID | None = None
        known = 0
        for k in range(len(parts) - 1, 0, -1):
            found, _ambiguous = self.find(parts[:k])
            if found is not None:
                parent, known = found, k
                break
        if parent is None and self.roots:
            parent = self.roots[0]
        for n, name in enumerate(parts[known:], start=known):
            kind = UnitKind.PLANT if parent is None else guess_kind(name, team_part and n == len(parts) - 1)
            siblings = self.children.setdefault(parent, [])
            if parent not in self.next_position:
                self.next_position[parent] = max((self.index.position[u] for u in siblings), default=-1) + 1
            position = self.next_position[parent]
            self.next_position[parent] += 1
            unit = _NewUnit(uuid.uuid4(), parent, kind, name, self._code(name), position)
            self.new_units[unit.id] = unit
            self.index.parent[unit.id] = parent
            self.index.kind[unit.id] = kind
            self.index.name[unit.id] = name
            self.index.position[unit.id] = position
            siblings.append(unit.id)
            self.named.setdefault(parent, {}).setdefault(name, []).append(unit.id)
            self.by_name.setdefault(name, []).append(unit.id)
            parent = unit.id
        assert parent is not None
        return parent

    def _code(self, name: str) -> str:
        """A unit code free in the plant: the name's pinyin initials (加药班 → JYB), suffixed -2, -3… when taken."""
        initials = name_keys(name)[1].split(" ")[0]
        base = re.sub(r"[^0-9A-Za-z]", "", initials).upper()[: UNIT_CODE_LIMIT - 4] or "U"
        code, n = base, 1
        while code.lower() in self.codes:
            n += 1
            code = f"{base}-{n}"
        self.codes.add(code.lower())
        return code

    # -- posts --------------------------------------------------------------------------------------------------

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


@dataclass(slots=True)
class _Planned:
    """A row that will be written: the person's values, resolved. ``KEEP`` leaves the stored value."""

    line: int
    person_id: uuid.UUID | None
    name: str
    employee_no: str
    unit_id: uuid.UUID
    post: tuple[uuid.UUID | None, str] | None  # (existing post id or None, its name); (None, ""): none
    post_unit_id: uuid.UUID | None  # where a post not found yet is added
    gender: Gender | bool | None  # False: keep
    phone: str | None  # None: keep; "": clear
    party_status: PartyStatus | None  # None: keep
    left_on: dt.date | bool | None  # False: keep


def _analyse(
    session: Session, table: Table, options: RosterOptions, progress: Progress
) -> tuple[RosterPreview, _Context, list[_Planned]]:
    ctx = _Context(session, options)
    refused = _file_problem(table)
    if refused is not None:
        return refused, ctx, []
    lines_of: dict[str, list[int]] = {}
    for row in table.rows:
        number = clean_text(row.text("employee_no"), code=True).value.lower()
        if number:
            lines_of.setdefault(number, []).append(row.line)
    fields = frozenset(table.fields)
    rows: list[RosterRow] = []
    plan: list[_Planned] = []
    new_posts: dict[tuple[uuid.UUID, str], None] = {}
    clearable: dict[str, int] = {}
    total = len(table.rows)
    for done, table_row in enumerate(table.rows):
        if done % 200 == 0:
            progress(done, total, "check")
        row, planned, clears = _analyse_row(ctx, fields, table_row, lines_of)
        rows.append(row)
        for key in clears:
            clearable[key] = clearable.get(key, 0) + 1
        if planned is not None:
            plan.append(planned)
            if planned.post and planned.post[0] is None and planned.post[1] and planned.post_unit_id is not None:
                new_posts[(planned.post_unit_id, planned.post[1])] = None
    progress(total, total, "check")
    preview = RosterPreview(
        table.path,
        table.sheet,
        columns=table.fields,
        rows=tuple(rows),
        new_posts=tuple(f"{ctx.index.path(u)}：{n}" for u, n in new_posts),
        skipped=table.skipped,
        unmapped=tuple(c.heading or c.letter for c in table.unmapped),
        new_units=tuple(ctx.index.path(u) for u in ctx.new_units),
        clearable=tuple((k, clearable[k]) for k in CLEARABLE if k in clearable),
        options=options,
    )
    return preview, ctx, plan


def _party(raw: str) -> tuple[PartyStatus | None, bool]:
    """(status, noted) for a 政治面貌 cell: None when unknown; noted for 民主党派 / 无党派人士 recorded as 群众."""
    key = clean_text(raw, code=True).value.replace("[", "(").replace("]", ")").replace("【", "(").replace("】", ")")
    key = key.replace("〔", "(").replace("〕", ")")
    key = key.lower() if key.isascii() else key
    if key in PARTY:
        return PARTY[key], False
    if key in PARTY_NOTED or key.rstrip("员") in PARTY_NOTED:
        return PartyStatus.MASSES, True
    return None, False


def _analyse_row(
    ctx: _Context, fields: frozenset[str], row: TableRow, lines_of: dict[str, list[int]]
) -> tuple[RosterRow, _Planned | None, list[str]]:
    problems: list[Problem] = []
    shown: dict[str, str] = {}
    blank_clears = ctx.options.blank_clears

    def text(key: str, code: bool = False, fixes: bool = True) -> str:
        cleaned = clean_text(row.text(key), code=code)
        if fixes:
            for fix in cleaned.fixes:
                kind = RowProblem.FULL_WIDTH if fix is Fix.FULL_WIDTH else RowProblem.STRAY_SPACES
                problems.append(Problem(kind, key))
        if key in LIMITS and len(cleaned.value) > LIMITS[key]:
            problems.append(Problem(RowProblem.TOO_LONG, key, str(LIMITS[key])))
        shown[key] = cleaned.value
        return cleaned.value

    name = text("name")
    number = text("employee_no", code=True)
    if not name:
        problems.append(Problem(RowProblem.MISSING_NAME, "name"))
    if not number:
        problems.append(Problem(RowProblem.MISSING_EMPLOYEE_NO, "employee_no"))
    elif len(lines_of.get(number.lower(), ())) > 1:
        others = [str(n) for n in lines_of[number.lower()] if n != row.line]
        problems.append(Problem(RowProblem.DUPLICATE_EMPLOYEE_NO, "employee_no", "、".join(others)))
    existing = ctx.people.get(number.lower()) if number else None

    text("unit", fixes=False)
    if "team" in fields:
        text("team", fixes=False)
    place = ctx.place(row.get("unit"), row.get("team"))
    problems.extend(place.problems)
    unit_id = place.unit_id
    clears: list[str] = []  # fields an empty cell would clear for this stored person
    if (
        unit_id is not None
        and existing is not None
        and "team" in fields
        and not shown.get("team")
        and ctx.index.parent.get(existing.home_unit_id) == unit_id
        and ctx.index.kind.get(existing.home_unit_id) == UnitKind.TEAM
    ):  # an empty team cell keeps the person in the team under the unit the row names
        clears.append("team")
        if not blank_clears:
            unit_id = existing.home_unit_id

    gender: Gender | bool | None = False
    if "gender" in fields:
        raw = text("gender", fixes=False).lower()
        if raw:
            gender = GENDERS.get(raw)
            if gender is None:
                problems.append(Problem(RowProblem.BAD_GENDER, "gender", row.text("gender").strip()))
        elif existing is not None and existing.gender is not None:
            clears.append("gender")
            gender = None if blank_clears else False

    phone: str | None = None
    if "phone" in fields:
        written = row.text("phone").strip()
        phone = values.phone(written)
        shown["phone"] = phone
        if len(phone) > LIMITS["phone"]:
            problems.append(Problem(RowProblem.TOO_LONG, "phone", str(LIMITS["phone"])))
        if phone and phone != written:
            problems.append(Problem(RowProblem.PHONE_NORMALISED, "phone", written))
        if not phone:
            if existing is not None and existing.phone:
                clears.append("phone")
            phone = "" if blank_clears else None

    party: PartyStatus | None = None if existing is not None else PartyStatus.MASSES
    if "party_status" in fields:
        written = row.text("party_status").strip()
        shown["party_status"] = clean_text(written).value
        if written:
            party, noted = _party(written)
            if party is None:
                problems.append(Problem(RowProblem.BAD_PARTY_STATUS, "party_status", written))
            elif noted:
                problems.append(Problem(RowProblem.PARTY_NOTE, "party_status", written))

    left_on: dt.date | bool | None = False
    if "status" in fields or "left_on" in fields:
        status = text("status", fixes=False).lower() if "status" in fields else ""
        date_text = text("left_on", fixes=False) if "left_on" in fields else ""
        day = values.date(row.get("left_on")) if date_text else None
        if date_text and day is None:
            problems.append(Problem(RowProblem.BAD_DATE, "left_on", date_text))
        if day is not None:
            shown["left_on"] = day.isoformat()
        if status in LEFT_WORDS or (status == "" and day is not None):
            left_on = day
            if day is None and not date_text:
                problems.append(Problem(RowProblem.MISSING_LEFT_DATE, "left_on"))
        elif status in ACTIVE_WORDS:
            left_on = None
        elif status == "" and not date_text:
            if existing is not None and existing.left_on is not None:
                clears.append("left_on")
                left_on = None if blank_clears else False
        else:
            problems.append(Problem(RowProblem.BAD_STATUS, "status", status))

    post: tuple[uuid.UUID | None, str] | None = None
    post_unit: uuid.UUID | None = None
    if "post" in fields:
        post_name = text("post")
        if post_name and unit_id is not None:
            found = ctx.post(unit_id, post_name)
            post = (found, post_name)
            if found is None:
                post_unit = ctx.post_home(unit_id)
                problems.append(Problem(RowProblem.NEW_POST, "post", ctx.index.name[post_unit]))
        elif not post_name and existing is not None and existing.post_id is not None:
            clears.append("post")
            post = (None, "") if blank_clears else None

    if any(p.kind.blocking for p in problems) or unit_id is None:
        return RosterRow(row.line, shown, RowAction.ERROR, tuple(problems)), None, clears
    planned = _Planned(
        row.line,
        existing.id if existing else None,
        name,
        number,
        unit_id,
        post,
        post_unit,
        gender,
        phone,
        party,
        left_on,
    )
    if existing is None:
        return RosterRow(row.line, shown, RowAction.NEW, tuple(problems)), planned, clears
    changes = _changes(ctx, existing, planned)
    action = RowAction.UPDATE if changes else RowAction.UNCHANGED
    return RosterRow(row.line, shown, action, tuple(problems), changes), planned if changes else None, clears


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _changes(ctx: _Context, person: _Stored, planned: _Planned) -> tuple[Change, ...]:
    """Each field the import would change, old → new in the words of the app's exports."""
    changed: list[Change] = []
    if person.name != planned.name:
        changed.append(Change("name", person.name, planned.name))
    if person.employee_no != planned.employee_no:
        changed.append(Change("employee_no", person.employee_no, planned.employee_no))
    if person.home_unit_id != planned.unit_id:
        old = ctx.index.path(person.home_unit_id) if person.home_unit_id in ctx.index else ""
        changed.append(Change("unit", old, ctx.index.path(planned.unit_id)))
    if planned.post is not None and (person.post_id != planned.post[0] or planned.post_unit_id is not None):
        old = ctx.post_names.get(person.post_id, "") if person.post_id else ""
        changed.append(Change("post", old, planned.post[1]))
    if planned.gender is not False and person.gender != planned.gender:
        old = words.GENDER.get(person.gender, "") if person.gender else ""
        new = words.GENDER.get(planned.gender, "") if isinstance(planned.gender, Gender) else ""
        changed.append(Change("gender", old, new))
    if planned.phone is not None and (person.phone or "") != planned.phone:
        changed.append(Change("phone", person.phone or "", planned.phone))
    if planned.party_status is not None and person.party_status != planned.party_status:
        old = words.PARTY_STATUS.get(person.party_status, "")
        changed.append(Change("party_status", old, words.PARTY_STATUS[planned.party_status]))
    if planned.left_on is not False and person.left_on != planned.left_on:
        new_day = planned.left_on if isinstance(planned.left_on, dt.date) else None
        changed.append(Change("left_on", _date(person.left_on), _date(new_day)))
    return tuple(changed)


def _write(session: Session, ctx: _Context, plan: list[_Planned], progress: Progress) -> None:
    from gridapp.org.people import leave

    for new in ctx.new_units.values():  # parents were planned before their children
        session.add(
            Unit(id=new.id, parent_id=new.parent_id, kind=new.kind, name=new.name, code=new.code, position=new.position)
        )
    if ctx.new_units:
        session.flush()
    ids = [p.person_id for p in plan if p.person_id is not None]
    stored: dict[uuid.UUID, Person] = {}
    for start in range(0, len(ids), 500):
        for found in session.scalars(select(Person).where(Person.id.in_(ids[start : start + 500]))):
            stored[found.id] = found
    added_posts: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
    total = len(plan)
    for done, row in enumerate(plan):
        if done % 200 == 0:
            progress(done, total, "write")
        person = stored.get(row.person_id) if row.person_id else None
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
