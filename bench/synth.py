"""A synthetic plant at any scale, written with Core bulk inserts into a migrated database.

    python -m bench.synth --people 10000 --units 500 OUT.sqlite3

Later capabilities add their own generators (issues, rounds, points) that build on ``make_plant``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert

from gridapp.db.base import utcnow
from gridapp.db.database import Database
from gridapp.org.catalogue import install_default_roles
from gridapp.org.kinds import Gender, PartyStatus, UnitKind
from gridapp.org.models import Person, Post, RoleAssignment, Unit
from gridapp.org.pinyin import name_keys
from gridapp.services import open_workspace

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤"
GIVEN = (
    "建华志强秀英海涛丽娟国庆红梅立新春生晓东玉兰德明凤英文斌宏伟淑珍卫东桂芳永刚雪莲明辉静怡学军秋菊振宇海燕长青金山"
)
POSTS = [
    "取水泵工",
    "加药工",
    "化验员",
    "滤池工",
    "送水泵工",
    "中控值班员",
    "配电运行工",
    "维修电工",
    "维修钳工",
    "仪表工",
]


@dataclass(frozen=True)
class SyntheticPlant:
    units: list[uuid.UUID]  # parents before children; units[0] is the plant
    leaves: list[uuid.UUID]
    people: list[uuid.UUID]


def _common(station_id: uuid.UUID) -> dict[str, object]:
    now = utcnow()
    return {"created_at": now, "updated_at": now, "station_id": station_id, "updated_by": None, "deleted_at": None}


def make_plant(db: Database, people: int, units: int, seed: int = 1) -> SyntheticPlant:
    """plant → nets → grids → zones → teams, ``units`` in all, with ``people`` spread over the leaves."""
    rng = random.Random(seed)
    common = _common(db.station.id)
    nets = max(1, units // 50)
    grids = max(1, units // 10)
    zones = max(1, (units - 1 - nets - grids) // 2)
    teams = max(0, units - 1 - nets - grids - zones)
    rows: list[dict[str, object]] = []
    plant = uuid.uuid4()
    rows.append({"id": plant, "parent_id": None, "kind": UnitKind.PLANT, "name": "合成水厂", "code": "S"})
    level_ids = [plant]
    for kind, count, label in ((UnitKind.NET, nets, "网"), (UnitKind.GRID, grids, "网格"),
                               (UnitKind.ZONE, zones, "责任区"), (UnitKind.TEAM, teams, "班")):  # fmt: skip
        ids = []
        for i in range(count):
            uid = uuid.uuid4()
            parent = level_ids[i % len(level_ids)]
            rows.append(
                {
                    "id": uid,
                    "parent_id": parent,
                    "kind": kind,
                    "name": f"第{i + 1}{label}",
                    "code": f"S-{kind.value}-{i + 1:04d}",
                }
            )
            ids.append(uid)
        level_ids = ids
    for position, row in enumerate(rows):
        row.update(common, position=position)
    person_rows = []
    person_ids = []
    leaves = level_ids
    for i in range(people):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN[::2]) + rng.choice(GIVEN[1::2])
        full, initials = name_keys(name)
        pid = uuid.uuid4()
        person_ids.append(pid)
        person_rows.append({
            "id": pid, "name": name, "employee_no": f"S{i + 1:06d}", "gender": rng.choice(list(Gender)),
            "home_unit_id": leaves[i % len(leaves)], "post_id": None, "phone": f"139{rng.randrange(10**8):08d}",
            "party_status": rng.choices(list(PartyStatus), weights=[35, 5, 10, 5, 45])[0], "left_on": None,
            "name_pinyin": full, "name_initials": initials, **common,
        })  # fmt: skip
    with db.write(db.system_actor()) as session:
        roles = install_default_roles(session)
        session.execute(insert(Unit), rows)
        post_rows = [{"id": uuid.uuid4(), "unit_id": zone, "name": rng.choice(POSTS), "position": 0, **common}
                     for zone in leaves[: min(len(leaves), 200)]]  # fmt: skip
        session.execute(insert(Post), post_rows)
        session.execute(insert(Person), person_rows)
        leaders = [{"id": uuid.uuid4(), "role_id": roles["grid_leader"].id, "person_id": person_ids[i],
                    "unit_id": row["id"], "starts_on": dt.date(2024, 1, 1), "ends_on": None, **common}
                   for i, row in enumerate(rows) if row["kind"] == UnitKind.GRID]  # fmt: skip
        session.execute(insert(RoleAssignment), leaders)
    return SyntheticPlant([r["id"] for r in rows], leaves, person_ids)  # type: ignore[misc]


def build(path: Path, people: int, units: int) -> SyntheticPlant:
    path.unlink(missing_ok=True)
    opened = open_workspace(path)
    try:
        return make_plant(opened.services.db, people, units)
    finally:
        opened.services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=500)
    args = parser.parse_args()
    started = time.perf_counter()
    build(args.out, args.people, args.units)
    print(f"{args.out}: {args.people} people in {args.units} units, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
