"""The projects' page of the issue board (typed in English: QTest cannot type Chinese, an input method does): the
grid leader sets up a project by keyboard — leader, a member from the roster, an issue of the board, the plan — and
it stands on the board under its status and its grid; the leader's late milestone shows in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateEdit, QDialog, QLineEdit, QPlainTextEdit
from sqlalchemy import select

from gridapp.issues.models import Issue
from gridapp.projects.kinds import ProjectStatus
from gridapp.projects.models import Project
from gridapp.security.rights import plant_today
from gridapp.services import Services
from tests.org_ui import _dialog_failures, when_dialog  # noqa: F401  (fixture)
from tests.projects.conftest import person
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.issues.tab import IssuesTab
from ui.projects.models import ProjectColumn


def keys(dialog: QDialog, kind: type, name: str, text: str, enter: bool = False) -> None:
    edit = dialog.findChild(kind, name)
    assert edit is not None, name
    edit.setFocus()
    for n, line in enumerate(text.split("\n")):
        if n:
            QTest.keyClick(edit, Qt.Key.Key_Return)
        QTest.keyClicks(edit, line)
    if enter:
        QTest.keyClick(edit, Qt.Key.Key_Return)


def test_a_project_set_up_by_keyboard(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    with services.db.read() as s:
        issue_number = s.scalar(select(Issue.number).where(Issue.deleted_at.is_(None)).order_by(Issue.number))
    context = AppContext()
    tab = IssuesTab(context)
    qtbot.addWidget(tab)
    context.set_services(services)
    log_in(context, "DH0001")
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    QTest.mouseClick(tab.projects_button, Qt.MouseButton.LeftButton)
    page = tab.projects
    qtbot.waitUntil(lambda: page.isVisible())
    before = page.projects.rowCount()  # the demo plant's projects of the year
    assert page.new_button.isEnabled()
    today = plant_today()
    late, later = today - dt.timedelta(days=3), today + dt.timedelta(days=40)
    shown: list[bool] = []

    def fill(dialog: QDialog) -> None:
        keys(dialog, QLineEdit, "projectTitle", "Pump energy saving")
        start = dialog.findChild(QDateEdit, "projectStart")
        start.setFocus()
        start.setDate(start.date().addDays(-30))  # set up a month ago: its first milestone is late now
        keys(dialog, QLineEdit, "projectLeader", "DH0005")
        keys(dialog, QLineEdit, "projectMemberPicker", "DH0012")
        keys(dialog, QLineEdit, "projectMemberDuty", "data", enter=True)
        keys(dialog, QLineEdit, "projectIssueSearch", issue_number, enter=True)
        keys(dialog, QPlainTextEdit, "projectGoal", "Less power per tonne")
        keys(dialog, QLineEdit, "projectTarget", "power down")
        keys(dialog, QLineEdit, "projectTargetValue", "8")
        keys(dialog, QLineEdit, "projectTargetUnit", "%")
        keys(dialog, QPlainTextEdit, "projectPlan", f"{late.isoformat()} Study\n{later.isoformat()} Install")
        shown.append(dialog.isVisible())
        keys(dialog, QLineEdit, "projectTitle", "", enter=True)  # Enter in the title: the dialog's OK

    when_dialog(fill)
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.projects.rowCount() == before + 1)
    assert shown == [True]
    with services.db.read() as s:
        project = s.scalars(select(Project).where(Project.title == "Pump energy saving")).one()
    assert (project.title, project.leader_id, project.status) == (
        "Pump energy saving",
        person(services, "DH0005")[0],
        ProjectStatus.PROPOSED,
    )
    detail = services.projects.project(project.id)
    assert [m.name for m in detail.members] == [person(services, "DH0012")[1]]
    assert [m.duty for m in detail.members] == ["data"]
    assert [i.number for i in detail.issues] == [issue_number]
    assert [(m.title, m.due_on, m.overdue) for m in detail.milestones] == [
        ("Study", late, True),
        ("Install", later, False),
    ]
    assert detail.row.target == "power down 8 %"
    # on the board: under its status and its grid, chosen, its late milestone in red
    at = next(n for n, r in enumerate(page.projects.rows()) if r.id == project.id)
    row = page.projects.row_at(at)
    assert page.projects.index(at, ProjectColumn.PROGRESS).data() == "0/2 (1 late)"
    assert row.grids == ("东湖水厂党支部红色网格",)
    assert [g.label for g in page.groups.rows()][:2] == ["All projects", "Set up"]
    page.grouping.setCurrentIndex(1)
    assert [(g.label, g.count) for g in page.groups.rows()] == [
        ("All projects", before + 1),
        ("东湖水厂党支部红色网格", before + 1),
    ]
    assert "Pump energy saving" in page.summary.text()
    assert page.milestone_view.model().rowCount() == 2
