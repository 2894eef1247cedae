"""A small hand-built plant for scoring tests, so that every expected number can be worked out by hand.

东风厂 (plant)
└── 一网格 (grid)            leader 林网格长, secretary 沈书记, safety supervisor 苏监督
    ├── 一区 (zone)          zone lead 郑区长
    │   └── 甲班 (team)      甲一 甲二 甲三 (party members), 甲群 (masses)
    └── 二区 (zone)
        └── 乙班 (team)      乙一 乙二 (party members)
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.catalogue import install_default_roles
from gridapp.org.kinds import PartyStatus, UnitKind
from gridapp.org.models import Person, RoleAssignment, Unit
from gridapp.scoring.rows import RuleDraft
from gridapp.scoring.service import ScoringService

TODAY = dt.date(2025, 5, 15)


@dataclass
class Plant:
    db: Database
    scoring: ScoringService
    units: dict[str, uuid.UUID] = field(default_factory=dict)
    people: dict[str, uuid.UUID] = field(default_factory=dict)
    today: list[dt.date] = field(default_factory=lambda: [TODAY])

    def actor(self, name: str) -> Actor:
        return Actor(self.db.station.id, self.people[name], name)

    def rule(self, catalogue: str, code: str) -> uuid.UUID:
        return next(r.id for r in self.scoring.rules.rules(catalogue) if r.code == code)

    def add_rule(
        self, code: str, points: str, cap: str | None = None, catalogue: str = "star", **kw: object
    ) -> uuid.UUID:
        draft = RuleDraft(
            code=code,
            name=f"测试规则{code}",
            category=kw.pop("category", "daily_work" if catalogue == "star" else "safety_env"),  # type: ignore[arg-type]
            points=Decimal(points),
            cap=Decimal(cap) if cap is not None else None,
            grantor_roles=kw.pop("roles", ("grid_leader", "party_secretary")),  # type: ignore[arg-type]
            **kw,  # type: ignore[arg-type]
        )
        return self.scoring.rules.add(self.actor("林网格长"), catalogue, draft).id

    def give(self, rule_id: uuid.UUID, name: str, day: dt.date, by: str = "林网格长", quantity: int = 1, **kw: str):  # type: ignore[no-untyped-def]
        return self.scoring.entries.give(
            self.actor(by),
            rule_id,
            person_id=self.people[name],
            booked_on=day,
            quantity=quantity,
            reason=kw.get("reason", "测试"),
            evidence=kw.get("evidence", "记录 1 号"),
        )


@pytest.fixture
def plant(db: Database) -> Plant:
    result = Plant(db, ScoringService(db, today=lambda: result.today[0]))
    with db.write(db.system_actor()) as s:
        roles = install_default_roles(s)

        def unit(name: str, kind: UnitKind, parent: str | None) -> None:
            u = Unit(id=uuid.uuid4(), parent_id=result.units.get(parent or ""), kind=kind, name=name, code=name)
            s.add(u)
            s.flush()
            result.units[name] = u.id

        unit("东风厂", UnitKind.PLANT, None)
        unit("一网格", UnitKind.GRID, "东风厂")
        unit("一区", UnitKind.ZONE, "一网格")
        unit("甲班", UnitKind.TEAM, "一区")
        unit("二区", UnitKind.ZONE, "一网格")
        unit("乙班", UnitKind.TEAM, "二区")
        member = PartyStatus.FULL_MEMBER
        for i, (name, home, status) in enumerate(
            [
                ("林网格长", "一网格", member),
                ("沈书记", "一网格", member),
                ("苏监督", "一网格", member),
                ("郑区长", "一区", member),
                ("甲一", "甲班", member),
                ("甲二", "甲班", member),
                ("甲三", "甲班", PartyStatus.PROBATIONARY),
                ("甲群", "甲班", PartyStatus.MASSES),
                ("乙一", "乙班", member),
                ("乙二", "乙班", member),
            ]
        ):
            p = Person(
                id=uuid.uuid4(),
                name=name,
                employee_no=f"T{i + 1:03d}",
                home_unit_id=result.units[home],
                party_status=status,
                name_pinyin=f"{i:02d}",
                name_initials="",
            )
            s.add(p)
            result.people[name] = p.id
        s.flush()
        since = dt.date(2024, 1, 1)
        for role, person, where in [
            ("grid_leader", "林网格长", "一网格"),
            ("party_secretary", "沈书记", "一网格"),
            ("safety_supervisor", "苏监督", "一网格"),
            ("zone_lead", "郑区长", "一区"),
        ]:
            s.add(
                RoleAssignment(
                    role_id=roles[role].id,
                    person_id=result.people[person],
                    unit_id=result.units[where],
                    starts_on=since,
                )
            )
    result.scoring.ensure_catalogues(db.system_actor())
    return result
