"""The projects' tables: a project, the issues it attacks, its team, milestones, results and attached files."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gridapp.db.base import Base, Tracked, code_enum, unique_while_live
from gridapp.projects.kinds import ProjectStatus


class Project(Tracked, Base):
    """A tackling project (攻关项目): what it attacks, its goal and measurable target, its leader, where it stands."""

    __tablename__ = "project"
    __table_args__ = (unique_while_live("uq_project_number_live", "number"),)

    number: Mapped[str] = mapped_column(String(20))  # GG2026-03: the year and its order of setting up
    year: Mapped[int] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(120))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id"), index=True)  # the grid that carries it
    leader_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    problem: Mapped[str] = mapped_column(Text, default="")  # the bottleneck in words, beside the linked issues
    goal: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(String(200), default="")  # the measure, e.g. 单耗降低
    target_value: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str] = mapped_column(String(16), default="")
    started_on: Mapped[dt.date]
    due_on: Mapped[dt.date | None]
    status: Mapped[ProjectStatus] = mapped_column(code_enum(ProjectStatus), default=ProjectStatus.PROPOSED, index=True)
    status_on: Mapped[dt.date]
    status_note: Mapped[str] = mapped_column(String(400), default="")  # why it was stopped, how it was accepted


class ProjectIssue(Tracked, Base):
    """An issue of the board the project attacks."""

    __tablename__ = "project_issue"
    __table_args__ = (unique_while_live("uq_project_issue_project_id_issue_id_live", "project_id", "issue_id"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), index=True)
    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issue.id"), index=True)


class ProjectMember(Tracked, Base):
    """A member of the project's team (from any grid) and their part in it."""

    __tablename__ = "project_member"
    __table_args__ = (unique_while_live("uq_project_member_project_id_person_id_live", "project_id", "person_id"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    duty: Mapped[str] = mapped_column(String(80), default="")


class ProjectMilestone(Tracked, Base):
    """A dated step of the project's plan; past its day and not done, it alerts the project's leader."""

    __tablename__ = "project_milestone"

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date] = mapped_column(index=True)
    done_on: Mapped[dt.date | None]
    note: Mapped[str] = mapped_column(String(400), default="")


class ProjectResult(Tracked, Base):
    """A result of the project as a number with its unit (a saving of 12.5 万元, 300 小时 a year …)."""

    __tablename__ = "project_result"

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), index=True)
    what: Mapped[str] = mapped_column(String(200))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    recorded_on: Mapped[dt.date]


class ProjectAttachment(Tracked, Base):
    """A file of the project (a report, a drawing, a photo); its bytes live in the issues' photo folder by SHA-256
    and travel with sync as the issues' photos do."""

    __tablename__ = "project_attachment"

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    suffix: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200), default="")
    size: Mapped[int] = mapped_column(default=0)
