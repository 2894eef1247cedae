"""Tackling projects without Qt: setting up, the leader's qualification, rights, the board by status and by grid,
an overdue milestone alerting the leader, finishing proposing points under the 攻关 rule."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from gridapp.alerts import AlertKind, Reason, alerts
from gridapp.issues.models import Issue
from gridapp.org.kinds import PartyStatus, UnitKind
from gridapp.org.models import Person, Unit
from gridapp.projects.kinds import ProjectRefused, ProjectStatus, Refusal
from gridapp.projects.rows import ProjectDraft
from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.models import ScoreEntry, ScoreRule
from gridapp.security.kinds import AuditResult
from gridapp.security.models import AuditRecord
from gridapp.security.rights import AccessDenied, plant_today
from gridapp.services import Services
from tests.projects.conftest import actor, person, unit

GRID = "东湖水厂党支部红色网格"
LEADER = "DH0001"  # 熊德明, grid leader
TACKLER = "DH0005"  # 魏学军, 攻关员


def _draft(services: Services, **kw: object) -> ProjectDraft:
    today = plant_today()
    values: dict[str, object] = {
        "title": "取水泵节能改造",
        "unit_id": unit(services, GRID),
        "leader_id": person(services, TACKLER)[0],
        "started_on": today - dt.timedelta(days=30),
        "due_on": today + dt.timedelta(days=60),
        "goal": "降低取水泵单位电耗",
        "target": "单耗降低",
        "target_value": 8.0,
        "target_unit": "%",
    }
    values.update(kw)
    return ProjectDraft(**values)  # type: ignore[arg-type]


def test_a_late_milestone_alerts_the_leader_until_done(services: Services) -> None:
    today = plant_today()
    leader = actor(services, TACKLER)
    plan = (("方案论证", today - dt.timedelta(days=3)), ("设备安装", today + dt.timedelta(days=10)))
    year = (today - dt.timedelta(days=30)).year
    taken = len(services.projects.projects(year))  # the demo plant's projects of the year come first
    project_id = services.projects.create(actor(services, LEADER), _draft(services, milestones=plan))

    def project_alerts(who: str, off: tuple[AlertKind, ...] = ()) -> list[tuple[str, uuid.UUID, str]]:
        return [
            (a.title, a.id, a.number)
            for a in alerts(services, actor(services, who), off)
            if a.reason is Reason.MILESTONE_OVERDUE
        ]

    number = services.projects.project(project_id).row.number
    assert number == f"GG{year}-{taken + 1:02d}"
    assert project_alerts(TACKLER) == [("取水泵节能改造 · 方案论证", project_id, number)]
    assert project_alerts(TACKLER, (AlertKind.PROJECT,)) == []  # switched off
    assert project_alerts(LEADER) == []  # the grid leader set it up; the project's leader answers for it
    detail = services.projects.project(project_id)
    assert [m.overdue for m in detail.milestones] == [True, False] and detail.row.overdue == 1
    services.projects.milestone_done(leader, detail.milestones[0].id, today, "论证会通过")
    assert project_alerts(TACKLER) == []
    # a stopped project alerts nobody, whatever its plan says
    late = services.projects.add_milestone(leader, project_id, "试运行", today - dt.timedelta(days=1))
    assert [a[0] for a in project_alerts(TACKLER)] == ["取水泵节能改造 · 试运行"]
    services.projects.set_status(actor(services, LEADER), project_id, ProjectStatus.STOPPED, "资金未落实")
    assert project_alerts(TACKLER) == []
    with pytest.raises(ProjectRefused) as closed:
        services.projects.milestone_done(leader, late, today)
    assert closed.value.refusal is Refusal.CLOSED


def test_finishing_proposes_points_under_the_tackling_rule(services: Services) -> None:
    grid_leader = actor(services, LEADER)
    member_id, _name, _home = person(services, "DH0012")
    with services.db.read() as s:
        issue = s.scalars(select(Issue).where(Issue.deleted_at.is_(None)).order_by(Issue.number).limit(1)).one()
    draft = _draft(services, members=((member_id, "数据采集"),), issue_ids=(issue.id,))
    project_id = services.projects.create(grid_leader, draft)
    leader = actor(services, TACKLER)
    services.projects.add_result(leader, project_id, "年节约电费", 12.5, "万元")
    services.projects.add_result(leader, project_id, "减少检修", 300, "小时")
    with pytest.raises(ProjectRefused) as early:  # 立项 → 已完成 skips the work
        services.projects.set_status(grid_leader, project_id, ProjectStatus.FINISHED)
    assert early.value.refusal is Refusal.STATUS_CHANGE
    services.projects.set_status(grid_leader, project_id, ProjectStatus.ACTIVE)

    def proposals() -> list[tuple[uuid.UUID | None, str, str]]:
        with services.db.read() as s:
            return sorted(
                (e.person_id, rule.name, e.evidence)
                for e, rule in s.execute(
                    select(ScoreEntry, ScoreRule)
                    .join(ScoreRule, ScoreRule.id == ScoreEntry.rule_id)
                    .where(ScoreEntry.source == EntrySource.PROJECT_FINISHED, ScoreEntry.source_id == project_id)
                )
                if e.status is EntryStatus.PROPOSED
            )

    assert proposals() == []
    services.projects.set_status(grid_leader, project_id, ProjectStatus.FINISHED, "验收通过")
    number = services.projects.project(project_id).row.number
    evidence = f"{number} 取水泵节能改造：年节约电费 12.5 万元；减少检修 300 小时"
    expected = sorted((p, "牵头技术攻关项目取得成效", evidence) for p in (person(services, TACKLER)[0], member_id))
    assert proposals() == expected
    # reopened by mistake and finished again: nothing proposed twice
    services.projects.set_status(grid_leader, project_id, ProjectStatus.ACTIVE)
    services.projects.set_status(grid_leader, project_id, ProjectStatus.FINISHED)
    assert proposals() == expected
    # a person confirms them as every point is confirmed
    with services.db.read() as s:
        ids = list(s.scalars(select(ScoreEntry.id).where(ScoreEntry.source_id == project_id).order_by(ScoreEntry.id)))
    confirmed = services.scoring.entries.confirm(grid_leader, ids)
    assert {e.status for e in confirmed} == {EntryStatus.CONFIRMED}
    detail = services.projects.project(project_id)
    assert [i.number for i in detail.issues] == [issue.number]
    assert detail.row.results == ("年节约电费 12.5 万元", "减少检修 300 小时")


def test_the_board_by_status_and_by_grid(services: Services) -> None:
    grid_leader = actor(services, LEADER)
    with services.db.write(services.db.system_actor()) as s:
        plant = s.scalars(select(Unit).where(Unit.kind == UnitKind.PLANT)).one()
        grid2 = Unit(id=uuid.uuid4(), parent_id=plant.id, kind=UnitKind.GRID, name="二号网格", code="G2")
        team2 = Unit(id=uuid.uuid4(), parent_id=grid2.id, kind=UnitKind.TEAM, name="二号班", code="G2T")
        s.add_all([grid2, team2])
        s.flush()
        outsider = Person(
            id=uuid.uuid4(), name="外格党员", employee_no="X001", home_unit_id=team2.id,
            party_status=PartyStatus.FULL_MEMBER, name_pinyin="wai", name_initials="wgdy",
        )  # fmt: skip
        s.add(outsider)
    year = (plant_today() - dt.timedelta(days=30)).year
    finished = len(services.projects.projects(year, status=ProjectStatus.FINISHED))  # the demo plant's
    first = services.projects.create(grid_leader, _draft(services, title="甲项目"))
    second = services.projects.create(grid_leader, _draft(services, title="乙项目", members=((outsider.id, "化验"),)))
    third = services.projects.create(grid_leader, _draft(services, title="丙项目"))
    services.projects.set_status(grid_leader, second, ProjectStatus.ACTIVE)
    services.projects.set_status(grid_leader, third, ProjectStatus.ACTIVE)
    services.projects.set_status(grid_leader, third, ProjectStatus.FINISHED)
    board = services.projects.board(year)
    mine = {"甲项目", "乙项目", "丙项目"}  # beside the demo plant's projects
    assert {s: [r.title for r in rows if r.title in mine] for s, rows in board.by_status.items()} == {
        ProjectStatus.PROPOSED: ["甲项目"],
        ProjectStatus.ACTIVE: ["乙项目"],
        ProjectStatus.FINISHED: ["丙项目"],
        ProjectStatus.STOPPED: [],
    }
    # a project stands under its leader's grid and under every grid its team comes from
    assert [(g, [r.title for r in rows if r.title in mine]) for g, rows in board.by_grid] == [
        ("东湖水厂党支部红色网格", ["甲项目", "乙项目", "丙项目"]),
        ("二号网格", ["乙项目"]),
    ]
    assert board.counts["二号网格"][ProjectStatus.ACTIVE] == 1
    assert board.counts["东湖水厂党支部红色网格"][ProjectStatus.FINISHED] == finished + 1
    # narrowed to the second grid: the projects its people work on
    assert [r.title for r in services.projects.projects(year, grid2.id)] == ["乙项目"]
    assert not [r for _, rows in services.projects.board(year - 1).by_grid for r in rows if r.title in mine]
    assert first in {r.id for r in services.projects.projects(year)}


def test_who_may_lead_and_who_may_edit(services: Services, tmp_path: Path) -> None:
    grid_leader = actor(services, LEADER)
    with services.db.read() as s:
        masses = s.scalars(
            select(Person).where(Person.party_status == PartyStatus.MASSES, Person.deleted_at.is_(None)).limit(1)
        ).one()
    with pytest.raises(ProjectRefused) as refused:
        services.projects.create(grid_leader, _draft(services, leader_id=masses.id))
    assert refused.value.refusal is Refusal.LEADER_NOT_QUALIFIED
    with pytest.raises(ProjectRefused) as untitled:
        services.projects.create(grid_leader, _draft(services, title="  "))
    assert untitled.value.refusal is Refusal.TITLE_REQUIRED
    # staff may not set up a project; the refusal is audited
    from gridapp.actor import Actor

    staff = Actor(services.db.station.id, masses.id, masses.name)
    with pytest.raises(AccessDenied):
        services.projects.create(staff, _draft(services))
    # a named party member without a role leads it
    project_id = services.projects.create(grid_leader, _draft(services, leader_id=person(services, "DH0012")[0]))
    with services.db.read() as s:
        trail = s.execute(select(AuditRecord.action, AuditRecord.result).order_by(AuditRecord.seq)).all()[-2:]
    assert trail == [("ProjectService.create", AuditResult.DENIED), ("ProjectService.create", AuditResult.OK)]
    # the project's leader edits the plan, results and files; not its status, and staff nothing at all
    leader = actor(services, "DH0012")
    assert services.projects.may_edit(leader, project_id) and not services.projects.may_edit(staff, project_id)
    with pytest.raises(AccessDenied):
        services.projects.set_status(leader, project_id, ProjectStatus.ACTIVE)
    with pytest.raises(AccessDenied):
        services.projects.add_result(staff, project_id, "节约", 1, "元")
    report = tmp_path / "结题报告.pdf"
    report.write_bytes(b"%PDF-1.4 report")
    attachment = services.projects.attach(leader, project_id, report)
    (row,) = services.projects.project(project_id).attachments
    assert row.id == attachment and row.name == "结题报告.pdf" and row.suffix == ".pdf"
    stored = services.projects.attachment_file(row)
    assert stored is not None and stored.read_bytes() == b"%PDF-1.4 report"
    with pytest.raises(ProjectRefused) as no_unit:
        services.projects.add_result(leader, project_id, "节约", 1, " ")
    assert no_unit.value.refusal is Refusal.VALUE_REQUIRED


def test_the_yearly_list_prints_for_posting(services: Services, output_dir: Path) -> None:
    from tests.pdf_checks import assert_all_fonts_embedded, page_sizes_mm, pdf_text

    grid_leader = actor(services, LEADER)
    with services.db.read() as s:
        issue = s.scalars(select(Issue).where(Issue.deleted_at.is_(None)).order_by(Issue.number).limit(1)).one()
    found = services.projects.find_issues(issue.number)
    assert [i.issue_id for i in found] == [issue.id]
    member_id = person(services, "DH0012")[0]
    draft = _draft(
        services,
        issue_ids=(issue.id,),
        members=((member_id, "数据采集"),),
        problem="取水泵电耗偏高",
        milestones=(("方案论证", plant_today() - dt.timedelta(days=20)),),
    )
    project_id = services.projects.create(grid_leader, draft)
    services.projects.set_status(grid_leader, project_id, ProjectStatus.ACTIVE)
    services.projects.add_result(grid_leader, project_id, "年节约电费", 12.5, "万元")
    services.projects.set_status(grid_leader, project_id, ProjectStatus.FINISHED)
    services.projects.create(grid_leader, _draft(services, title="加药系统自动化"))
    year = (plant_today() - dt.timedelta(days=30)).year
    listed = len(services.projects.projects(year))  # with the demo plant's projects of the year
    pdf = services.projects.yearly_pdf(year)
    (output_dir / "yearly.pdf").write_bytes(pdf)
    (text,) = pdf_text(pdf)
    assert page_sizes_mm(pdf) == [(297, 210)]
    assert_all_fonts_embedded(pdf)
    for expected in (f"{year} 年度重点攻关项目公示", "取水泵节能改造", "加药系统自动化", issue.number, "年节约电费 12.5 万元",
                     "谢雪莲", "已完成", "立项", f"共 {listed} 项"):  # fmt: skip
        assert expected.replace(" ", "") in "".join(text.split()), expected
