"""Loading the demo plant's organisation from ``resources/demo/org.json``."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy.orm import Session

from gridapp.org.catalogue import install_default_roles
from gridapp.org.kinds import Gender, PartyStatus, UnitKind
from gridapp.org.models import Area, Guardianship, Person, Post, RoleAssignment, Unit
from gridapp.org.pinyin import name_keys
from gridapp.progress import Progress


def load_org(session: Session, data: dict[str, Any], progress: Progress) -> None:
    roles = install_default_roles(session, set(data["roles_in_use"]))
    units: dict[str, Unit] = {}
    parents: dict[str, str | None] = {}

    def add_unit(node: dict[str, Any], parent: Unit | None, position: int) -> None:
        unit = Unit(
            id=uuid.uuid4(),
            parent_id=parent.id if parent else None,
            kind=UnitKind(node["kind"]),
            name=node["name"],
            code=node["code"],
            position=position,
        )
        session.add(unit)
        units[unit.code] = unit
        parents[unit.code] = parent.code if parent else None
        for i, child in enumerate(node.get("children", [])):
            add_unit(child, unit, i)

    add_unit(data["units"], None, 0)
    # Models declare foreign keys without relationships, so each table is flushed before the ones that refer to it.
    session.flush()
    posts: dict[tuple[str, str], Post] = {}
    for i, entry in enumerate(data["posts"]):
        post = Post(id=uuid.uuid4(), unit_id=units[entry["unit"]].id, name=entry["name"], position=i)
        session.add(post)
        posts[(entry["unit"], entry["name"])] = post
    session.flush()
    people: dict[str, Person] = {}
    total = len(data["people"])
    for i, entry in enumerate(data["people"]):
        unit = units[entry["unit"]]
        post = _post_for(posts, parents, unit.code, entry.get("post"))
        full, initials = name_keys(entry["name"])
        person = Person(
            id=uuid.uuid4(),
            name=entry["name"],
            employee_no=entry["employee_no"],
            gender=Gender(entry["gender"]) if entry.get("gender") else None,
            home_unit_id=unit.id,
            post_id=post.id if post else None,
            phone=entry.get("phone"),
            party_status=PartyStatus(entry["party_status"]),
            name_pinyin=full,
            name_initials=initials,
        )
        session.add(person)
        people[person.employee_no] = person
        if i % 20 == 0:
            progress(i, total, "")
    session.flush()
    for entry in data["role_assignments"]:
        session.add(
            RoleAssignment(
                role_id=roles[entry["role"]].id,
                person_id=people[entry["person"]].id,
                unit_id=units[entry["unit"]].id,
                starts_on=dt.date.fromisoformat(entry["since"]),
            )
        )
    areas: dict[str, Area] = {}
    for entry in data["areas"]:
        claimer = people.get(entry.get("claimer") or "")
        area = Area(
            id=uuid.uuid4(),
            unit_id=units[entry["unit"]].id,
            name=entry["name"],
            kind=entry.get("kind", ""),
            claimer_id=claimer.id if claimer else None,
            duties=entry.get("duties", ""),
        )
        session.add(area)
        areas[area.name] = area
    session.flush()
    for entry in data["guardianships"]:
        # A guardian answers either for a person (1+N) or for an area (包保 of a place).
        session.add(
            Guardianship(
                guardian_id=people[entry["guardian"]].id,
                ward_id=people[entry["ward"]].id if "ward" in entry else None,
                area_id=areas[entry["area"]].id if "area" in entry else None,
                starts_on=dt.date.fromisoformat(entry["since"]),
            )
        )


def _post_for(
    posts: dict[tuple[str, str], Post], parents: dict[str, str | None], code: str, name: str | None
) -> Post | None:
    """The named post of the person's unit or of the nearest unit above it (teams share their workshop's posts)."""
    if not name:
        return None
    current: str | None = code
    while current is not None:
        if (current, name) in posts:
            return posts[(current, name)]
        current = parents[current]
    raise ValueError(f"post {name!r} not found at or above unit {code}")
