"""The seeds' own organisations fit without code changes: seed 001's four-level net with eight officers and 97
claimed areas, built through the services as a plant admin would (no Qt)."""

from __future__ import annotations

import datetime as dt

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.org.kinds import PartyStatus, RoleKind, UnitKind
from gridapp.org.rows import AreaFields, PersonFields, WarningKind
from gridapp.services import Services


def test_seed_001_four_level_net_with_eight_officers_and_97_areas(db: Database) -> None:
    org = Services.over(db).org
    me: Actor = db.system_actor()
    from gridapp.org.catalogue import install_default_roles

    with db.write(me) as session:
        install_default_roles(session)  # all eight officers in use
    center = org.tree.add_unit(me, None, UnitKind.PLANT, "技术保障中心", "JZ")
    general = org.tree.add_unit(me, center, UnitKind.NET, "党总支三级网", "JZ-3")
    branches = [
        org.tree.add_unit(me, general, UnitKind.NET, f"第{i + 1}党支部四级网", f"JZ-4-{i + 1}") for i in range(5)
    ]
    cells = [
        org.tree.add_unit(me, branches[i % 5], UnitKind.GRID, f"专业室格{i + 1}", f"JZ-G-{i + 1:02d}")
        for i in range(14)
    ]
    officers = [r for r in org.roles.roles() if r.kind == RoleKind.OFFICER]
    assert len(officers) == 8 and all(r.in_use for r in officers)
    leader = next(r for r in org.roles.roles() if r.kind == RoleKind.LEADER)
    people = [
        org.people_edit.add_person(me, PersonFields(f"党员{i}", f"JZ{i:03d}", cells[i % 14], PartyStatus.FULL_MEMBER))
        for i in range(14 * 9)
    ]
    day = dt.date(2024, 1, 1)
    first = cells[0]
    org.roles.assign(me, leader.id, people[0], first, day)  # 格长 = 室主任
    for n, role in enumerate(officers):  # 八大员分解到人
        org.roles.assign(me, role.id, people[14 * (n + 1)], first, day)
    for i in range(97):  # 97 个区域认领
        org.areas.add_area(me, AreaFields(cells[i % 14], f"区域{i + 1}", "办公室", people[i % len(people)]))

    header = org.unit_header(first)
    assert header is not None and len(header.officers) == 8 and all(s.holders for s in header.officers)
    assert header.warnings == ()
    units = {u.id: u for u in org.units()}
    assert units[center].people == 126 and units[general].party_members == 126
    other = units[cells[1]].warnings
    assert {w.kind for w in other} == {WarningKind.NO_LEADER, WarningKind.EMPTY_OFFICER_ROLE}
    assert sum(1 for w in other if w.kind is WarningKind.EMPTY_OFFICER_ROLE) == 8
    assert {w.kind for w in units[branches[0]].warnings} == {WarningKind.NO_LEADER}  # a net needs a leader too
    coverage = org.guardianship.coverage(center)
    assert (coverage.units[0].areas, coverage.units[0].claimed) == (97, 97)
    assert coverage.units[0].staff == 0 and coverage.complete  # all party members: nobody needs a guardian
    assert [u.depth for u in coverage.units][:3] == [0, 1, 2]
