"""The organisation's role rules: a zone without a lead is flagged like a grid without a leader, and a non-member
(群众) in a role the plant reserves for party members is warned about, in the catalogue's setting (no Qt)."""

from __future__ import annotations

import datetime as dt

from gridapp.org.kinds import RoleKind
from gridapp.org.rows import WarningKind
from gridapp.org.settings import PARTY_REQUIRED_ROLES, read_setting
from gridapp.services import Services
from gridapp.times import plant_today
from tests.org_helpers import actor, person, unit


def kinds(services: Services, code: str) -> set[tuple[WarningKind, str, str]]:
    return {(w.kind, w.role_name, w.person_name) for w in unit(services, code).warnings}


def test_a_zone_without_a_lead_is_flagged_in_the_tree_and_the_warning_list(services: Services) -> None:
    org, me = services.org, actor(services)
    zone = unit(services, "DH-W-04")  # 送水车间责任区, led by DH0010 in the demo
    assert zone.warnings == ()
    (lead,) = [a for a in org.unit_roles(zone.id) if a.role_kind == RoleKind.ZONE_LEAD]
    org.roles.set_end(me, lead.id, plant_today() - dt.timedelta(days=1))
    # The tree's row of the zone carries the warning (the tree's icon and tooltip read it) …
    assert kinds(services, "DH-W-04") == {(WarningKind.NO_ZONE_LEAD, "", "")}
    # … and so do the warning lists of the zone, its grid and the plant (a header sums up its subtree).
    for code in ("DH-W-04", "DH-W", "DH"):
        header = org.unit_header(unit(services, code).id)
        assert header is not None
        assert [(w.kind, w.unit_name) for w in header.warnings] == [(WarningKind.NO_ZONE_LEAD, "送水车间责任区")]
    assert not unit(services, "DH-W-04-1").warnings  # a team needs no zone lead
    org.roles.set_end(me, lead.id, None)
    assert unit(services, "DH-W-04").warnings == ()


def test_a_non_member_as_officer_is_warned_and_the_plant_chooses_the_roles(services: Services) -> None:
    org, me = services.org, actor(services)
    grid = unit(services, "DH-W")
    masses = person(services, "DH0013")  # 邓建华, 群众
    member = person(services, "DH0003")  # a party member
    roles = {r.code: r for r in org.roles.roles()}
    # By default leaders, secretaries and officers are for party members; zone leads and others are not.
    assert {c for c, r in roles.items() if r.party_required} == {
        "grid_leader", "party_secretary", "publicity", "study_lead", "tackling", "diagnosis",
        "safety_supervisor", "discipline", "mediation", "health",
    }  # fmt: skip
    publicity = roles["publicity"]
    warning = org.roles.appointment_warning(publicity.id, masses.id)
    assert warning is not None and (warning.role_name, warning.person_name) == ("宣传员", "邓建华")
    assert org.roles.appointment_warning(publicity.id, member.id) is None
    assert org.roles.appointment_warning(roles["zone_lead"].id, masses.id) is None
    # Warned, not refused: the appointment is made, and the grid stays flagged while it lasts.
    org.roles.assign(me, publicity.id, masses.id, grid.id, plant_today())
    assert kinds(services, "DH-W") == {(WarningKind.NOT_PARTY_MEMBER, "宣传员", "邓建华")}
    header = org.unit_header(unit(services, "DH").id)
    assert header is not None and [w.kind for w in header.warnings] == [WarningKind.NOT_PARTY_MEMBER]
    # This plant lets non-members be 宣传员: the flag goes, the other roles stay reserved.
    assert org.roles.set_party_required(me, publicity.id, False) is True
    assert kinds(services, "DH-W") == set()
    after = {r.code: r.party_required for r in org.roles.roles()}
    assert not after["publicity"] and after["grid_leader"] and after["health"]
    with services.db.read() as s:
        assert read_setting(s, PARTY_REQUIRED_ROLES).split(",")[:3] == ["grid_leader", "party_secretary", "study_lead"]
    # … and reserves the zone lead role: a 群众 zone lead would now be flagged (the demo's five are members).
    assert org.roles.set_party_required(me, roles["zone_lead"].id, True) is False
    assert org.roles.appointment_warning(roles["zone_lead"].id, masses.id) is not None
    assert kinds(services, "DH-W-01") == set()
