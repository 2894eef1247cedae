"""The projects that attack an issue (its detail names them): linked live projects only, newest year first."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from gridapp.issues.models import Issue
from gridapp.projects.kinds import ProjectStatus
from gridapp.services import Services
from tests.projects.conftest import actor, person
from tests.projects.test_projects import LEADER, TACKLER, _draft


def test_the_projects_attacking_an_issue(services: Services) -> None:
    grid_leader = actor(services, LEADER)
    with services.db.read() as s:
        issues = list(s.scalars(select(Issue.id).where(Issue.deleted_at.is_(None)).order_by(Issue.number)))
    free = [i for i in issues if not services.projects.attacking(i)]  # the demo's projects attack a few
    target, other = free[0], free[1]
    first = services.projects.create(grid_leader, _draft(services, title="取水泵节能改造", issue_ids=(target,)))
    second = services.projects.create(grid_leader, _draft(services, title="加药系统优化", issue_ids=(target, other)))
    services.projects.create(grid_leader, _draft(services, title="管网漏损治理", issue_ids=(other,)))
    found = services.projects.attacking(target)
    assert {p.title for p in found} == {"取水泵节能改造", "加药系统优化"}
    assert {p.id for p in found} == {first, second}
    assert all(p.leader == person(services, TACKLER)[1] and p.status is ProjectStatus.PROPOSED for p in found)
    # the link taken off one project, the other project deleted: neither attacks the issue any more
    services.projects.update(grid_leader, first, replace(_draft(services, title="取水泵节能改造"), issue_ids=()))
    services.projects.delete(grid_leader, second)
    assert services.projects.attacking(target) == []
    assert [p.title for p in services.projects.attacking(other)] == ["管网漏损治理"]


def test_the_issue_detail_opens_a_project_attacking_it(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from tests.session_helpers import log_in
    from ui.context import AppContext
    from ui.issues.tab import IssuesTab

    with services.db.read() as s:
        issues = list(s.scalars(select(Issue.id).where(Issue.deleted_at.is_(None)).order_by(Issue.number)))
    target = next(i for i in issues if not services.projects.attacking(i))
    project_id = services.projects.create(
        actor(services, LEADER), _draft(services, title="取水泵节能改造", issue_ids=(target,))
    )
    context = AppContext()
    tab = IssuesTab(context)
    qtbot.addWidget(tab)
    context.set_services(services)
    log_in(context, "DH0001")
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_issue(target)
    qtbot.waitUntil(lambda: tab.detail.issue_id == target)
    panel = tab.detail
    assert panel.projects.isVisible() and "取水泵节能改造" in panel.projects.text()
    assert f"project:{project_id}" in panel.projects.text()
    panel.projects.linkActivated.emit(f"project:{project_id}")  # what a click on the anchor sends
    qtbot.waitUntil(lambda: tab.projects.isVisible())
    assert tab.projects._detail is not None and tab.projects._detail.row.id == project_id
    # an issue no project attacks shows no such section
    tab.show_issue(next(i for i in issues if not services.projects.attacking(i)))
    assert panel.projects.isHidden()
