"""Reading a sign-in sheet (签到表) through the common import framework: the columns 序号, 姓名, 单位, 签到时间, 签名
under any title block, each name matched to an active person of the session's unit; a name nobody or several people
of the unit bear is an error of the preview, and the import waits until the sheet is corrected."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from gridapp.io.sheets import read_file
from gridapp.io.tables import Field, Schema, Table, build_table
from gridapp.training.kinds import SignInProblem
from gridapp.training.rows import SignInPreview, SignInRow, Trainee

SCHEMA = Schema(
    "training_sign_in",
    (
        Field("seq", "序号", ("编号", "No.", "NO")),
        Field("name", "姓名", ("名字", "签到人", "参训人员", "参加人员", "学员姓名", "人员姓名"), required=True),
        Field("unit", "单位", ("部门", "所在单位", "科室", "班组", "网格", "所在网格")),
        Field("signed_at", "签到时间", ("时间", "签到", "到达时间")),
        Field("signature", "签名", ("本人签名", "签字", "本人签字", "签到签名")),
    ),
)
SPACES = re.compile(r"[\s\u3000]+")


def name_key(text: str) -> str:
    """A name as written on a sheet, compared: "王  强" (spaced to the width of three characters) is 王强."""
    return SPACES.sub("", text)


def read_sign_in(path: Path | str) -> Table:
    return build_table(read_file(path), SCHEMA)


def match_sign_in(table: Table, people: Sequence[Trainee], unit_paths: dict[uuid.UUID, str]) -> SignInPreview:
    """Each row of ``table`` matched to one of ``people`` (the unit's); ``unit_paths`` names each person's home
    unit with the units above it, which the 单位 column may name at any level."""
    by_name: dict[str, list[Trainee]] = defaultdict(list)
    for person in people:
        by_name[name_key(person.name)].append(person)
    # a sheet whose signature and time columns were left blank throughout (typed from a list) signs nobody out
    checks_signature = any(row.text("signed_at") or row.text("signature") for row in table.rows)
    seen: set[uuid.UUID] = set()
    rows = []
    for row in table.rows:
        name, unit = name_key(row.text("name")), row.text("unit").strip()
        signed_at = row.text("signed_at")
        base = {"line": row.line, "name": name, "unit": unit, "signed_at": signed_at}
        if not name:
            rows.append(SignInRow(**base, person_id=None, matched="", problem=SignInProblem.NO_NAME))
            continue
        found = by_name.get(name, [])
        if len(found) > 1 and unit:
            key = name_key(unit)
            narrowed = [p for p in found if key in name_key(unit_paths.get(p.person_id, p.unit))]
            found = narrowed or found
        if not found:
            rows.append(SignInRow(**base, person_id=None, matched="", problem=SignInProblem.UNKNOWN))
            continue
        if len(found) > 1:
            candidates = tuple(f"{p.name}（{p.unit}，{p.employee_no}）" for p in found)
            rows.append(
                SignInRow(**base, person_id=None, matched="", problem=SignInProblem.AMBIGUOUS, candidates=candidates)
            )
            continue
        person = found[0]
        matched = f"{person.name}（{person.unit}）"
        if checks_signature and not signed_at and not row.text("signature"):
            rows.append(
                SignInRow(**base, person_id=person.person_id, matched=matched, problem=SignInProblem.NOT_SIGNED)
            )
            continue
        problem = SignInProblem.TWICE if person.person_id in seen else None
        seen.add(person.person_id)
        rows.append(SignInRow(**base, person_id=person.person_id, matched=matched, problem=problem))
    return SignInPreview(tuple(rows))
