"""The projects' vocabulary as codes (the UI words them) and the one refusal they raise."""

from __future__ import annotations

import enum
from typing import Any


class ProjectStatus(enum.StrEnum):
    """Where a project stands: 立项 (set up) → 进行中 → 已完成, or 已终止 at any point before it is finished."""

    PROPOSED = "proposed"  # 立项
    ACTIVE = "active"  # 进行中
    FINISHED = "finished"  # 已完成
    STOPPED = "stopped"  # 已终止


# Which status may follow which; a finished or stopped project may be reopened (back to active) by mistake only.
NEXT: dict[ProjectStatus, frozenset[ProjectStatus]] = {
    ProjectStatus.PROPOSED: frozenset({ProjectStatus.ACTIVE, ProjectStatus.STOPPED}),
    ProjectStatus.ACTIVE: frozenset({ProjectStatus.FINISHED, ProjectStatus.STOPPED}),
    ProjectStatus.FINISHED: frozenset({ProjectStatus.ACTIVE}),
    ProjectStatus.STOPPED: frozenset({ProjectStatus.ACTIVE}),
}
OPEN = frozenset({ProjectStatus.PROPOSED, ProjectStatus.ACTIVE})


class Refusal(enum.StrEnum):
    UNKNOWN = "unknown"  # no such project (or row), or it was deleted
    TITLE_REQUIRED = "title_required"
    LEADER_NOT_QUALIFIED = "leader_not_qualified"  # neither a 攻关员 today nor a party member
    STATUS_CHANGE = "status_change"  # not a step NEXT allows
    REASON_REQUIRED = "reason_required"  # stopping a project needs a reason
    DATES = "dates"  # a milestone or the end before the start
    VALUE_REQUIRED = "value_required"  # a result needs a number and its unit
    FILE_MISSING = "file_missing"
    FILE_TOO_LARGE = "file_too_large"
    CLOSED = "closed"  # a finished or stopped project is not changed (reopen it first)


class ProjectRefused(Exception):
    """The change was refused for ``refusal``; nothing was written."""

    def __init__(self, refusal: Refusal, **detail: Any) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal
        self.detail = detail
