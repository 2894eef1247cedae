"""The permission matrix: every right for every kind of account on the demo plant, against a table written here
(the specification; the README shows the rule table it comes from), and the services refusing a staff member."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.issues.clock import Calendar
from gridapp.org.kinds import UnitKind
from gridapp.org.models import Person, Unit
from gridapp.scoring.kinds import WarningLevel
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import StandingQuery
from gridapp.security.kinds import AuditResult, SystemRole
from gridapp.security.models import AuditRecord
from gridapp.security.rights import TABLE, AccessDenied, Right, may
from gridapp.services import Services

# Accounts, in the columns' order: the three system accounts (三员), then people of the demo plant by what they hold.
ACCOUNTS = ("sysadmin", "secadmin", "auditor", "DH0001", "DH0003", "DH0007", "DH0012")
# DH0001 熊德明 grid leader of the whole grid (DH-W); DH0003 徐静怡 officer (宣传员) of the grid; DH0007 余学军 zone lead
# of 取水车间责任区 (DH-W-01); DH0012 谢雪莲 staff of 取水泵房班 (DH-W-01-1), nothing more.

# The specification. Each right is asked over a unit: "team" 取水泵房班 (inside the zone lead's zone, the staff
# member's own team), "other" 加药班 (another zone), "plant" 东湖水厂 (plant-wide settings), or none.
# Y = may, . = may not, in the order of ACCOUNTS:  sys sec aud lead off zone staff
SPEC: list[tuple[Right, str | None, str]] = [
    (Right.REPORT_ISSUE, "other", "...YYYY"),
    (Right.CLOCK_SETTINGS, "plant", "...Y..."),
    (Right.CARD_EDIT, "team", "...YYY."),
    (Right.CARD_EDIT, "other", "...YY.."),
    (Right.CARD_RELEASE, "team", "...Y..."),
    (Right.ROUND_RECORD, "team", "...YYYY"),
    (Right.ROUND_RECORD, "other", "...YY.."),
    (Right.SCORE_RULES, "plant", "...Y..."),
    (Right.POINTS_CONFIRM, "team", "...YYY."),
    (Right.POINTS_CONFIRM, "other", "...YY.."),
    (Right.PERIOD_CLOSE, "plant", "...Y..."),
    (Right.WARNING_SEE, "team", "...Y..."),
    (Right.WARNING_SEE, None, "...Y..."),
    (Right.WARNING_RAISE, "team", "...Y..."),
    (Right.WARNING_EXPORT, None, "...Y..."),
    (Right.RANKING_EXPORT, None, "...YYY."),
    (Right.ROSTER_IMPORT, "plant", "Y..Y..."),
    (Right.ROSTER_EXPORT, "team", "Y..Y..."),
    (Right.UNIT_TREE, "team", "Y..Y..."),
    (Right.UNIT_TREE, "plant", "Y..Y..."),
    (Right.ACCOUNT_ADMIN, None, "Y......"),
    (Right.SECURITY_POLICY, None, ".Y....."),
    (Right.AUDIT_READ, None, "..Y...."),
    (Right.SYNC_SETUP, None, "Y......"),
    (Right.SYNC_RUN, None, "Y..YYYY"),
    (Right.SYNC_CONFLICTS, None, "Y..Y..."),
    (Right.SHIFT_HANDOVER, "team", "...YYYY"),  # duty staff hand over their own unit's shift
    (Right.SHIFT_HANDOVER, "other", "...YY.."),
    (Right.MEETING_RECORD, "team", "...YYY."),  # the secretary, an officer (宣传员) or the zone lead takes the record
    (Right.MEETING_RECORD, "other", "...YY.."),
    (Right.MEETING_KINDS, "plant", "...Y..."),
    (Right.TALK_RECORD, "team", "...YYYY"),  # a party member records the talk with the staff linked to them
    (Right.TALK_RECORD, "other", "...YY.."),
    (Right.SUGGESTION_SUBMIT, "other", "...YYYY"),  # anyone suggests, anywhere
    (Right.SUGGESTION_REVIEW, "team", "...YYY."),
    (Right.SUGGESTION_REVIEW, "other", "...YY.."),
    (Right.TALK_READ, "team", "...Y..."),  # summaries are personal: the grid leader and secretary (and the talker)
    (Right.CARE_READ, "team", "...Y..."),  # state-of-mind files: the grid leader and secretary (and the guardian)
    (Right.TRAINING_RECORD, "team", "...YYY."),  # the study lead (领学员, an officer) records the session
    (Right.TRAINING_RECORD, "other", "...YY.."),
    (Right.TRAINING_SETTINGS, "plant", "...Y..."),
    (Right.PROJECT_EDIT, "team", "...YY.."),  # the grid leader and officers (the 攻关员 among them) set up projects
    (Right.PROJECT_EDIT, "plant", "...YY.."),
]
UNITS = {"team": "DH-W-01-1", "other": "DH-W-02-1", "plant": "DH"}
SYSTEM = {"sysadmin": SystemRole.SYSTEM_ADMIN, "secadmin": SystemRole.SECURITY_ADMIN, "auditor": SystemRole.AUDITOR}


def person_actor(services: Services, employee_no: str) -> Actor:
    with services.db.read() as s:
        person = s.scalar(select(Person).where(Person.employee_no == employee_no))
        assert person is not None
        return Actor(station_id=services.db.station.id, person_id=person.id, name=person.name, login=employee_no)


def account(services: Services, login: str) -> Actor:
    if login in SYSTEM:
        return Actor(services.db.station.id, account_id=uuid.uuid4(), login=login, system_role=SYSTEM[login])
    return person_actor(services, login)


def unit_id(services: Services, code: str) -> uuid.UUID:
    with services.db.read() as s:
        found = s.scalar(select(Unit.id).where(Unit.code == code))
        assert found is not None
        return found


def test_every_right_is_specified() -> None:
    assert {right for right, _unit, _row in SPEC} == set(Right) == set(TABLE)
    assert all(len(row) == len(ACCOUNTS) for _right, _unit, row in SPEC)


def test_the_matrix_on_the_demo_plant(services: Services) -> None:
    actors = [account(services, login) for login in ACCOUNTS]
    units = {key: unit_id(services, code) for key, code in UNITS.items()}
    wrong = []
    with services.db.read() as s:
        for right, where, row in SPEC:
            got = "".join("Y" if may(s, a, right, units[where] if where else None) else "." for a in actors)
            if got != row:
                wrong.append(f"{right.value} over {where}: expected {row}, got {got}")
    assert not wrong, "\n".join(wrong)
    # The UI asks the same table through the security service; the station itself may do everything.
    assert services.security.may(actors[3], Right.CARD_RELEASE, units["team"])
    assert not services.security.may(actors[6], Right.CARD_RELEASE, units["team"])
    assert not services.security.may(None, Right.REPORT_ISSUE)
    with services.db.read() as s:
        assert all(may(s, services.db.system_actor(), right) for right in Right)


@pytest.fixture
def staff(services: Services) -> Actor:
    return person_actor(services, "DH0012")  # 谢雪莲, plain staff


def test_a_staff_member_cannot_release_a_card(services: Services, staff: Actor) -> None:
    ins = services.inspections
    post = next(p for p in ins.documents.posts() if p.name == "取水泵工")  # her own post
    card = next(d for d in ins.documents.document_set(post.id) if d.id is not None and d.type.has_items)
    assert card.id is not None
    with pytest.raises(AccessDenied) as denied:
        ins.editions.release(staff, card.id, "99.0")
    assert denied.value.right is Right.CARD_RELEASE
    with pytest.raises(AccessDenied) as denied:
        ins.documents.set_body(staff, card.id, "改写")
    assert denied.value.right is Right.CARD_EDIT
    assert ins.documents.document(card.id).version == card.version


def test_a_staff_member_cannot_change_the_clocks(services: Services, staff: Actor) -> None:
    with pytest.raises(AccessDenied) as denied:
        services.issues.set_calendar(staff, Calendar())
    assert denied.value.right is Right.CLOCK_SETTINGS
    services.issues.set_calendar(person_actor(services, "DH0001"), Calendar())  # the grid leader may


def test_a_staff_member_cannot_close_a_period_or_raise_a_warning(services: Services, staff: Actor) -> None:
    last_month = Period.of(PeriodKind.MONTH, dt.date.today()).previous()
    with pytest.raises(AccessDenied) as denied:
        services.scoring.periods.close(staff, last_month)
    assert denied.value.right is Right.PERIOD_CLOSE
    colleague = person_actor(services, "DH0013").person_id
    assert colleague is not None
    with pytest.raises(AccessDenied) as denied:
        services.scoring.warnings.raise_warning(staff, colleague, WarningLevel.BLUE, "情绪低落")
    assert denied.value.right is Right.WARNING_RAISE
    assert not services.scoring.permissions(staff.person_id).see_warnings


def test_a_staff_member_cannot_import_a_roster_or_change_the_tree(
    services: Services, staff: Actor, tmp_path: Path
) -> None:
    org = services.org
    roster = org.roster.export(person_actor(services, "DH0001"), tmp_path / "roster.xlsx")
    with pytest.raises(AccessDenied) as denied:
        org.roster.import_roster(staff, roster)
    assert denied.value.right is Right.ROSTER_IMPORT
    with pytest.raises(AccessDenied) as denied:
        org.roster.export(staff, tmp_path / "mine.xlsx")
    assert denied.value.right is Right.ROSTER_EXPORT and not (tmp_path / "mine.xlsx").exists()
    team = unit_id(services, "DH-W-01-1")
    with pytest.raises(AccessDenied) as denied:
        org.tree.add_unit(staff, team, UnitKind.TEAM, "夜班", "DH-W-01-1-9")
    assert denied.value.right is Right.UNIT_TREE and denied.value.unit_id == team
    with pytest.raises(AccessDenied):
        org.tree.update_unit(staff, team, "改名", UnitKind.TEAM, "DH-W-01-1")
    assert org.unit(team) is not None and org.unit(team).name == "取水泵房班"  # type: ignore[union-attr]


def test_a_ranking_export_has_warnings_only_for_those_who_may_export_them(services: Services) -> None:
    plant = unit_id(services, "DH")
    month = Period.of(PeriodKind.MONTH, dt.date.today())
    leader, officer = person_actor(services, "DH0001"), person_actor(services, "DH0003")
    query = StandingQuery("star", month, plant, False, viewer_id=leader.person_id)  # a viewer who sees warnings
    with pytest.raises(AccessDenied) as denied:
        services.scoring.standings.for_export(person_actor(services, "DH0012"), query)
    assert denied.value.right is Right.RANKING_EXPORT
    for_officer = services.scoring.standings.for_export(officer, query)
    assert not for_officer.with_warnings and for_officer.rows
    assert all(r.warning is None for r in for_officer.rows)
    for_leader = services.scoring.standings.for_export(leader, query)
    assert for_leader.with_warnings and any(r.warning is not None for r in for_leader.rows)
    with services.db.read() as s:
        exports = s.scalars(select(AuditRecord).where(AuditRecord.action == "export.ranking")).all()
    assert [(r.person_name, r.result, r.detail["warnings"]) for r in exports] == [
        ("谢雪莲", AuditResult.DENIED, False),
        ("徐静怡", AuditResult.OK, False),
        ("熊德明", AuditResult.OK, True),
    ]


def test_a_denied_action_is_audited(services: Services, staff: Actor) -> None:
    last_month = Period.of(PeriodKind.MONTH, dt.date.today()).previous()
    with services.db.read() as s:
        before = s.scalar(select(AuditRecord.seq).order_by(AuditRecord.seq.desc()).limit(1)) or 0
    with pytest.raises(AccessDenied):
        services.scoring.periods.close(staff, last_month)
    with services.db.read() as s:
        records = s.scalars(select(AuditRecord).where(AuditRecord.seq > before)).all()
    assert len(records) == 1
    record = records[0]
    assert record.result == AuditResult.DENIED and record.person_id == staff.person_id
    assert record.detail["refused"] == "right:period_close" and "close" in record.action.lower()
