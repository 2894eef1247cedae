"""The issue board's vocabulary as enums (codes, not words: the UI words them)."""

from __future__ import annotations

import enum


class IssueState(enum.StrEnum):
    """Where an issue stands; derived from its events (see ``gridapp.issues.projection``)."""

    REPORTED = "reported"  # 已上报: waiting to be assigned
    ASSIGNED = "assigned"  # 已交办: point-to-point assignment, the feedback clock runs
    IN_PROGRESS = "in_progress"  # 处置中
    FED_BACK = "fed_back"  # 已反馈: the assignee answered within (or after) the feedback deadline
    RECTIFIED = "rectified"  # 已整改: waiting for verification by someone else
    VERIFIED = "verified"  # 已核验 (for hazards: 验收)
    CLOSED = "closed"  # 已销号
    RETURNED = "returned"  # 退回返工: verification failed, rework counted
    ESCALATED = "escalated"  # 已上报上级: moved to the parent unit, waiting for its assignment
    HELD = "held"  # 挂账: held on the register with a written reason
    REOPENED = "reopened"  # 重新打开


# The order of the kanban columns: the main road first, the side roads after.
BOARD_ORDER: tuple[IssueState, ...] = (
    IssueState.REPORTED,
    IssueState.ESCALATED,
    IssueState.REOPENED,
    IssueState.ASSIGNED,
    IssueState.IN_PROGRESS,
    IssueState.RETURNED,
    IssueState.FED_BACK,
    IssueState.RECTIFIED,
    IssueState.VERIFIED,
    IssueState.HELD,
    IssueState.CLOSED,
)

OPEN_STATES = frozenset(set(IssueState) - {IssueState.CLOSED})
# States in which somebody still has to act on the problem itself (a held issue waits on the register).
ACTIVE_STATES = frozenset(OPEN_STATES - {IssueState.HELD, IssueState.RECTIFIED, IssueState.VERIFIED})


class Action(enum.StrEnum):
    """A transition of the state machine (see ``gridapp.issues.workflow.TRANSITIONS``)."""

    ASSIGN = "assign"
    START = "start"
    FEED_BACK = "feed_back"
    RECTIFY = "rectify"
    VERIFY = "verify"
    RETURN = "return"
    CLOSE = "close"
    ESCALATE = "escalate"
    HOLD = "hold"
    REOPEN = "reopen"


class Change(enum.StrEnum):
    """Changes besides the workflow's transitions (named in refusals)."""

    COMMENT = "comment"
    EDIT = "edit"
    PEOPLE = "people"
    STAGE = "stage"
    HAZARD = "hazard"
    HOLD_REVIEW = "hold_review"  # a held issue's review (挂账复核): outcome and the next review date
    HANDOVER = "handover"  # a shift handover (交接班) recorded or acknowledged
    PHOTOS = "photos"
    LINK = "link"


class EventKind(enum.StrEnum):
    """What an entry of an issue's append-only history records."""

    REPORTED = "reported"
    ASSIGNED = "assigned"
    STARTED = "started"
    FED_BACK = "fed_back"
    RECTIFIED = "rectified"
    VERIFIED = "verified"
    RETURNED = "returned"
    CLOSED = "closed"
    ESCALATED = "escalated"
    HELD = "held"
    REOPENED = "reopened"
    COMMENTED = "commented"
    EDITED = "edited"
    PEOPLE_SET = "people_set"  # lead, supervisor, partners
    STAGE_REACHED = "stage_reached"
    HAZARD_SET = "hazard_set"
    PHOTOS_ADDED = "photos_added"
    LINK_ADDED = "link_added"
    HOLD_REVIEWED = "hold_reviewed"  # a held issue reviewed: a note and the next review date (or none)


ACTION_EVENTS: dict[Action, EventKind] = {
    Action.ASSIGN: EventKind.ASSIGNED,
    Action.START: EventKind.STARTED,
    Action.FEED_BACK: EventKind.FED_BACK,
    Action.RECTIFY: EventKind.RECTIFIED,
    Action.VERIFY: EventKind.VERIFIED,
    Action.RETURN: EventKind.RETURNED,
    Action.CLOSE: EventKind.CLOSED,
    Action.ESCALATE: EventKind.ESCALATED,
    Action.HOLD: EventKind.HELD,
    Action.REOPEN: EventKind.REOPENED,
}


class Party(enum.StrEnum):
    """How the acting person stands to an issue; the workflow's rule table is written in these."""

    MANAGER = "manager"  # grid leader, party secretary or zone lead of the issue's unit or of a unit above it
    OFFICER = "officer"  # an officer (六大员/八大员) of the issue's unit or of a unit above it
    ASSIGNEE = "assignee"  # the person it is assigned to, or its lead (牵头人)
    PARTNER = "partner"  # a partner (合伙人) on a cross-grid issue
    SUPERVISOR = "supervisor"  # its supervisor (督导人)
    REPORTER = "reporter"  # who reported it
    SYSTEM = "system"  # the station itself (demo data, imports): no person to check


class ClockKind(enum.StrEnum):
    CALENDAR = "calendar"  # every hour counts (control rooms run day and night)
    WORKING = "working"  # only the working hours of the shift calendar count


class DeadlineKind(enum.StrEnum):
    FEEDBACK = "feedback"  # the 8-hour feedback clock after assignment
    RECTIFY = "rectify"  # the rectification / completion deadline


class DueStatus(enum.StrEnum):
    NONE = "none"  # no clock runs
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"  # three quarters of the allowance used
    OVERDUE = "overdue"


class HazardGrade(enum.StrEnum):
    GENERAL = "general"  # 一般
    LARGER = "larger"  # 较大
    MAJOR = "major"  # 重大


class RiskColour(enum.StrEnum):
    RED = "red"  # 红: 重大风险
    ORANGE = "orange"  # 橙: 较大风险
    YELLOW = "yellow"  # 黄: 一般风险
    BLUE = "blue"  # 蓝: 低风险


DEFAULT_COLOUR = {
    HazardGrade.MAJOR: RiskColour.RED,
    HazardGrade.LARGER: RiskColour.ORANGE,
    HazardGrade.GENERAL: RiskColour.YELLOW,
}


class Stage(enum.StrEnum):
    """The technical centre's six stages (六环节), an optional track on any issue."""

    DISCOVERY = "discovery"  # 问题发现
    ANALYSIS = "analysis"  # 技术分析
    COORDINATION = "coordination"  # 专业联动
    PLAN = "plan"  # 方案制定
    TRACKING = "tracking"  # 问题跟踪
    RECTIFICATION = "rectification"  # 整改提升


class LinkKind(enum.StrEnum):
    AREA = "area"
    CHECK_ITEM = "check_item"  # an inspection card's item (issue 5)
    ROUND = "round"  # an inspection round (issue 5)
    ISSUE = "issue"  # a related issue


class FiveFix(enum.StrEnum):
    """The five fixes (五落实) a major hazard needs before it can be saved."""

    RESPONSIBLE = "responsible"  # 责任落实
    MEASURES = "measures"  # 措施落实
    FUNDS = "funds"  # 资金落实
    DEADLINE = "deadline"  # 时限落实
    CONTINGENCY = "contingency"  # 预案落实
