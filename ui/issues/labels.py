"""The issue board's codes in the user's language, and the colours that say overdue and due soon."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from gridapp.issues.clock import Calendar
from gridapp.issues.errors import InputProblem, IssueInputError, Refusal, TransitionRefused
from gridapp.issues.kinds import (
    Action,
    Change,
    ClockKind,
    DeadlineKind,
    DueStatus,
    EventKind,
    FiveFix,
    HazardGrade,
    IssueState,
    Party,
    RiskColour,
    Stage,
)
from gridapp.issues.workflow import CHANGE_RULES, TRANSITIONS

_STATE_TEXTS = {
    IssueState.REPORTED: QT_TRANSLATE_NOOP("IssueLabels", "Reported"),
    IssueState.ASSIGNED: QT_TRANSLATE_NOOP("IssueLabels", "Assigned"),
    IssueState.IN_PROGRESS: QT_TRANSLATE_NOOP("IssueLabels", "In progress"),
    IssueState.FED_BACK: QT_TRANSLATE_NOOP("IssueLabels", "Fed back"),
    IssueState.RECTIFIED: QT_TRANSLATE_NOOP("IssueLabels", "Rectified"),
    IssueState.VERIFIED: QT_TRANSLATE_NOOP("IssueLabels", "Verified"),
    IssueState.CLOSED: QT_TRANSLATE_NOOP("IssueLabels", "Closed"),
    IssueState.RETURNED: QT_TRANSLATE_NOOP("IssueLabels", "Returned for rework"),
    IssueState.ESCALATED: QT_TRANSLATE_NOOP("IssueLabels", "Escalated"),
    IssueState.HELD: QT_TRANSLATE_NOOP("IssueLabels", "Held on register"),
    IssueState.REOPENED: QT_TRANSLATE_NOOP("IssueLabels", "Reopened"),
}


def state_label(state: IssueState) -> str:
    return QCoreApplication.translate("IssueLabels", _STATE_TEXTS[state])


_ACTION_TEXTS = {
    Action.ASSIGN: QT_TRANSLATE_NOOP("IssueLabels", "Assign"),
    Action.START: QT_TRANSLATE_NOOP("IssueLabels", "Start work"),
    Action.FEED_BACK: QT_TRANSLATE_NOOP("IssueLabels", "Give feedback"),
    Action.RECTIFY: QT_TRANSLATE_NOOP("IssueLabels", "Mark rectified"),
    Action.VERIFY: QT_TRANSLATE_NOOP("IssueLabels", "Verify"),
    Action.RETURN: QT_TRANSLATE_NOOP("IssueLabels", "Return for rework"),
    Action.CLOSE: QT_TRANSLATE_NOOP("IssueLabels", "Close"),
    Action.ESCALATE: QT_TRANSLATE_NOOP("IssueLabels", "Escalate"),
    Action.HOLD: QT_TRANSLATE_NOOP("IssueLabels", "Hold on register"),
    Action.REOPEN: QT_TRANSLATE_NOOP("IssueLabels", "Reopen"),
}


def action_label(action: Action) -> str:
    return QCoreApplication.translate("IssueLabels", _ACTION_TEXTS[action])


def note_label(action: Action) -> str:
    """What the note of a transition is called in its dialog."""
    return {
        Action.FEED_BACK: QCoreApplication.translate("IssueLabels", "Feedback"),
        Action.RETURN: QCoreApplication.translate("IssueLabels", "What is still wrong"),
        Action.ESCALATE: QCoreApplication.translate("IssueLabels", "Why it cannot be solved here"),
        Action.HOLD: QCoreApplication.translate("IssueLabels", "Reason for holding it on the register"),
        Action.REOPEN: QCoreApplication.translate("IssueLabels", "Why it is reopened"),
        Action.RECTIFY: QCoreApplication.translate("IssueLabels", "What was done"),
        Action.VERIFY: QCoreApplication.translate("IssueLabels", "Verification note"),
    }.get(action, QCoreApplication.translate("IssueLabels", "Note"))


_EVENT_TEXTS = {
    EventKind.REPORTED: QT_TRANSLATE_NOOP("IssueLabels", "reported"),
    EventKind.ASSIGNED: QT_TRANSLATE_NOOP("IssueLabels", "assigned"),
    EventKind.STARTED: QT_TRANSLATE_NOOP("IssueLabels", "started work"),
    EventKind.FED_BACK: QT_TRANSLATE_NOOP("IssueLabels", "gave feedback"),
    EventKind.RECTIFIED: QT_TRANSLATE_NOOP("IssueLabels", "marked it rectified"),
    EventKind.VERIFIED: QT_TRANSLATE_NOOP("IssueLabels", "verified"),
    EventKind.RETURNED: QT_TRANSLATE_NOOP("IssueLabels", "returned it for rework"),
    EventKind.CLOSED: QT_TRANSLATE_NOOP("IssueLabels", "closed"),
    EventKind.ESCALATED: QT_TRANSLATE_NOOP("IssueLabels", "escalated"),
    EventKind.HELD: QT_TRANSLATE_NOOP("IssueLabels", "held it on the register"),
    EventKind.REOPENED: QT_TRANSLATE_NOOP("IssueLabels", "reopened"),
    EventKind.COMMENTED: QT_TRANSLATE_NOOP("IssueLabels", "commented"),
    EventKind.EDITED: QT_TRANSLATE_NOOP("IssueLabels", "corrected the report"),
    EventKind.PEOPLE_SET: QT_TRANSLATE_NOOP("IssueLabels", "set the lead, supervisor and partners"),
    EventKind.STAGE_REACHED: QT_TRANSLATE_NOOP("IssueLabels", "recorded a stage"),
    EventKind.HAZARD_SET: QT_TRANSLATE_NOOP("IssueLabels", "recorded the hazard details"),
    EventKind.PHOTOS_ADDED: QT_TRANSLATE_NOOP("IssueLabels", "added photos"),
    EventKind.LINK_ADDED: QT_TRANSLATE_NOOP("IssueLabels", "added a link"),
    EventKind.HOLD_REVIEWED: QT_TRANSLATE_NOOP("IssueLabels", "reviewed the hold"),
}


def event_label(kind: EventKind) -> str:
    return QCoreApplication.translate("IssueLabels", _EVENT_TEXTS[kind])


_STAGE_TEXTS = {
    Stage.DISCOVERY: QT_TRANSLATE_NOOP("IssueLabels", "Discovery"),
    Stage.ANALYSIS: QT_TRANSLATE_NOOP("IssueLabels", "Technical analysis"),
    Stage.COORDINATION: QT_TRANSLATE_NOOP("IssueLabels", "Coordination"),
    Stage.PLAN: QT_TRANSLATE_NOOP("IssueLabels", "Plan"),
    Stage.TRACKING: QT_TRANSLATE_NOOP("IssueLabels", "Tracking"),
    Stage.RECTIFICATION: QT_TRANSLATE_NOOP("IssueLabels", "Rectification"),
}


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("IssueLabels", _STAGE_TEXTS[stage])


_GRADE_TEXTS = {
    HazardGrade.GENERAL: QT_TRANSLATE_NOOP("IssueLabels", "General"),
    HazardGrade.LARGER: QT_TRANSLATE_NOOP("IssueLabels", "Larger"),
    HazardGrade.MAJOR: QT_TRANSLATE_NOOP("IssueLabels", "Major"),
}


def grade_label(grade: HazardGrade | None) -> str:
    if grade is None:
        return QCoreApplication.translate("IssueLabels", "Not graded")
    return QCoreApplication.translate("IssueLabels", _GRADE_TEXTS[grade])


_COLOUR_TEXTS = {
    RiskColour.RED: QT_TRANSLATE_NOOP("IssueLabels", "Red"),
    RiskColour.ORANGE: QT_TRANSLATE_NOOP("IssueLabels", "Orange"),
    RiskColour.YELLOW: QT_TRANSLATE_NOOP("IssueLabels", "Yellow"),
    RiskColour.BLUE: QT_TRANSLATE_NOOP("IssueLabels", "Blue"),
}


def colour_label(colour: RiskColour | None) -> str:
    if colour is None:
        return ""
    return QCoreApplication.translate("IssueLabels", _COLOUR_TEXTS[colour])


RISK_QCOLOR = {
    RiskColour.RED: QColor("#E53935"),
    RiskColour.ORANGE: QColor("#FB8C00"),
    RiskColour.YELLOW: QColor("#FDD835"),
    RiskColour.BLUE: QColor("#1E88E5"),
}


_FIVE_FIX_TEXTS = {
    FiveFix.RESPONSIBLE: QT_TRANSLATE_NOOP("IssueLabels", "responsible person"),
    FiveFix.MEASURES: QT_TRANSLATE_NOOP("IssueLabels", "measures"),
    FiveFix.FUNDS: QT_TRANSLATE_NOOP("IssueLabels", "funds"),
    FiveFix.DEADLINE: QT_TRANSLATE_NOOP("IssueLabels", "deadline"),
    FiveFix.CONTINGENCY: QT_TRANSLATE_NOOP("IssueLabels", "contingency plan"),
}


def five_fix_label(fix: FiveFix) -> str:
    return QCoreApplication.translate("IssueLabels", _FIVE_FIX_TEXTS[fix])


_CLOCK_TEXTS = {
    ClockKind.CALENDAR: QT_TRANSLATE_NOOP("IssueLabels", "Calendar hours"),
    ClockKind.WORKING: QT_TRANSLATE_NOOP("IssueLabels", "Working hours"),
}


def clock_label(kind: ClockKind) -> str:
    return QCoreApplication.translate("IssueLabels", _CLOCK_TEXTS[kind])


def deadline_kind_label(kind: DeadlineKind | None) -> str:
    """The name of a running clock; one without a kind is the acceptance clock of a waiting issue."""
    if kind is DeadlineKind.FEEDBACK:
        return QCoreApplication.translate("IssueLabels", "Feedback due")
    if kind is DeadlineKind.RECTIFY:
        return QCoreApplication.translate("IssueLabels", "Due")
    return QCoreApplication.translate("IssueLabels", "Assign by")


_DUE_TEXTS = {
    DueStatus.OVERDUE: QT_TRANSLATE_NOOP("IssueLabels", "Overdue"),
    DueStatus.DUE_SOON: QT_TRANSLATE_NOOP("IssueLabels", "Due soon"),
}


def due_label(status: DueStatus) -> str:
    text = _DUE_TEXTS.get(status)
    return QCoreApplication.translate("IssueLabels", text) if text else ""


# Overdue red and due-soon amber, as backgrounds (light) and as text / badges (strong).
DUE_BACKGROUND = {DueStatus.OVERDUE: QColor("#FDE2E1"), DueStatus.DUE_SOON: QColor("#FFF1CC")}
DUE_STRONG = {DueStatus.OVERDUE: QColor("#C62828"), DueStatus.DUE_SOON: QColor("#B26A00")}


_CATEGORY_TEXTS = {
    "production": QT_TRANSLATE_NOOP("IssueLabels", "Production"),
    "hazard": QT_TRANSLATE_NOOP("IssueLabels", "Risks and hazards"),
    "equipment": QT_TRANSLATE_NOOP("IssueLabels", "Equipment and facilities"),
    "safety": QT_TRANSLATE_NOOP("IssueLabels", "Safety"),
    "health": QT_TRANSLATE_NOOP("IssueLabels", "Health and wellbeing"),
    "other": QT_TRANSLATE_NOOP("IssueLabels", "Other"),
}


def category_label(code: str, name: str = "") -> str:
    """The shipped categories in the user's language; a site's own categories by the name it gave them."""
    known = _CATEGORY_TEXTS.get(code)
    return QCoreApplication.translate("IssueLabels", known) if known else name or code


def refusal_text(error: TransitionRefused) -> str:
    """Why a transition or change was refused, as a sentence."""
    what = action_label(error.action) if isinstance(error.action, Action) else _change_label(error.action)
    state = error.details.get("state")
    reason = {
        Refusal.WRONG_STATE: QCoreApplication.translate(
            "IssueLabels", "“{0}” is not possible while the issue is “{1}”."
        ).format(what, state_label(state) if isinstance(state, IssueState) else ""),
        Refusal.NOT_PERMITTED: QCoreApplication.translate(
            "IssueLabels", "You may not “{0}” this issue; that is for: {1}."
        ).format(what, _who(error.action)),
        Refusal.NO_PERSON: QCoreApplication.translate(
            "IssueLabels", "Log in with your personal account first (a system account holds no business role)."
        ),
        Refusal.SAME_PERSON: QCoreApplication.translate(
            "IssueLabels",
            "Verification must be made by someone other than the person who rectified it "
            "(or, for a hazard, its responsible person).",
        ),
        Refusal.NOTE_REQUIRED: QCoreApplication.translate("IssueLabels", "“{0}” needs a written note.").format(what),
        Refusal.ASSIGNEE_REQUIRED: QCoreApplication.translate("IssueLabels", "Choose whom to assign it to."),
        Refusal.ASSIGNEE_UNKNOWN: QCoreApplication.translate(
            "IssueLabels", "The chosen person is not on the staff list (any more)."
        ),
        Refusal.NO_PARENT: QCoreApplication.translate(
            "IssueLabels", "The issue is already at the top of the organisation; it cannot go higher."
        ),
        Refusal.NOBODY_ABOVE: QCoreApplication.translate(
            "IssueLabels",
            "Nobody above would receive it: the unit above has no grid leader or officer. Hold it on the register instead.",
        ),
        Refusal.NOT_OVERDUE: QCoreApplication.translate(
            "IssueLabels",
            "Only an overdue issue can be escalated without a reason; write why it cannot be solved here.",
        ),
        Refusal.FIVE_FIXES_MISSING: QCoreApplication.translate(
            "IssueLabels", "A major hazard needs all five fixes first."
        ),
        Refusal.STAGE_ORDER: QCoreApplication.translate(
            "IssueLabels",
            "The six stages go in their order: this stage is already reached or lies behind the current one.",
        ),
        Refusal.STAGE_SKIP_REASON: QCoreApplication.translate(
            "IssueLabels", "This stage passes over earlier ones; write why they are skipped."
        ),
    }[error.reason]
    return reason


_CHANGE_TEXTS = {
    Change.COMMENT: QT_TRANSLATE_NOOP("IssueLabels", "comment"),
    Change.EDIT: QT_TRANSLATE_NOOP("IssueLabels", "correct the report"),
    Change.PEOPLE: QT_TRANSLATE_NOOP("IssueLabels", "set the lead, supervisor and partners"),
    Change.STAGE: QT_TRANSLATE_NOOP("IssueLabels", "record a stage"),
    Change.HAZARD: QT_TRANSLATE_NOOP("IssueLabels", "record the hazard details"),
    Change.PHOTOS: QT_TRANSLATE_NOOP("IssueLabels", "add photos"),
    Change.LINK: QT_TRANSLATE_NOOP("IssueLabels", "add a link"),
    Change.HOLD_REVIEW: QT_TRANSLATE_NOOP("IssueLabels", "review the hold"),
    Change.HANDOVER: QT_TRANSLATE_NOOP("IssueLabels", "hand over or take over the shift"),
}


_PARTY_TEXTS = {
    Party.MANAGER: QT_TRANSLATE_NOOP("IssueLabels", "the grid leader or zone lead of its unit or above"),
    Party.OFFICER: QT_TRANSLATE_NOOP("IssueLabels", "an officer of its grid or above"),
    Party.ASSIGNEE: QT_TRANSLATE_NOOP("IssueLabels", "its assignee or lead"),
    Party.PARTNER: QT_TRANSLATE_NOOP("IssueLabels", "its partners"),
    Party.SUPERVISOR: QT_TRANSLATE_NOOP("IssueLabels", "its supervisor"),
    Party.REPORTER: QT_TRANSLATE_NOOP("IssueLabels", "its reporter"),
}


def _who(action: Action | Change) -> str:
    """Who may make ``action``, in words, from the same rule tables the service checks."""
    parties = TRANSITIONS[action].who if isinstance(action, Action) else CHANGE_RULES.get(action, frozenset())
    words = [
        QCoreApplication.translate("IssueLabels", text) for party, text in _PARTY_TEXTS.items() if party in parties
    ]
    return QCoreApplication.translate("IssueLabels", ", ").join(words)


def _change_label(change: Change) -> str:
    return QCoreApplication.translate("IssueLabels", _CHANGE_TEXTS[change])


def _limit_text(clock: str | None) -> str:
    """Which clock's allowance is out of range (the feedback clock's when the error names none)."""
    if clock == "accept":
        return QCoreApplication.translate(
            "IssueLabels", "The acceptance time must be between a quarter of an hour and 720 hours."
        )
    if clock == "complete":
        return QCoreApplication.translate("IssueLabels", "The default completion must be between 1 and 365 days.")
    return QCoreApplication.translate("IssueLabels", "The feedback time must be between half an hour and 720 hours.")


def input_text(error: IssueInputError) -> str:
    from ui.file_limits import picture_limit_text

    d = error.details
    texts = {
        InputProblem.TITLE_REQUIRED: QCoreApplication.translate(
            "IssueLabels", "Say in a few words what the problem is."
        ),
        InputProblem.TITLE_TOO_LONG: QCoreApplication.translate(
            "IssueLabels", "The title is too long (at most {0} characters); put the details in the description."
        ).format(d.get("limit", 200)),
        InputProblem.DESCRIPTION_TOO_LONG: QCoreApplication.translate(
            "IssueLabels", "The text is too long (at most {0} characters)."
        ).format(d.get("limit", 10000)),
        InputProblem.UNIT_UNKNOWN: QCoreApplication.translate("IssueLabels", "Choose the unit where it happened."),
        InputProblem.AREA_UNKNOWN: QCoreApplication.translate("IssueLabels", "The chosen area no longer exists."),
        InputProblem.CATEGORY_UNKNOWN: QCoreApplication.translate("IssueLabels", "Choose a category."),
        InputProblem.ISSUE_UNKNOWN: QCoreApplication.translate("IssueLabels", "The issue no longer exists."),
        InputProblem.PERSON_UNKNOWN: QCoreApplication.translate(
            "IssueLabels", "A chosen person is not on the staff list."
        ),
        InputProblem.LINK_KIND_UNKNOWN: QCoreApplication.translate("IssueLabels", "This kind of link is not known."),
        InputProblem.PHOTO_MISSING: QCoreApplication.translate(
            "IssueLabels", "The photo “{0}” cannot be read (moved, deleted or no permission)."
        ).format(d.get("name", "")),
        InputProblem.PHOTO_NOT_IMAGE: QCoreApplication.translate(
            "IssueLabels", "“{0}” is not a picture this program can read (JPEG, PNG, WebP, BMP, GIF, TIFF)."
        ).format(d.get("name", "")),
        InputProblem.PHOTO_TOO_MANY_PIXELS: picture_limit_text(d.get("limit", 0)),
        InputProblem.PHOTO_TOO_LARGE: QCoreApplication.translate(
            "IssueLabels", "The photo “{0}” is larger than 30 MB; send a smaller copy."
        ).format(d.get("name", "")),
        InputProblem.FIVE_FIXES_MISSING: QCoreApplication.translate(
            "IssueLabels", "A major hazard can only be saved with all five fixes. Missing: {0}."
        ).format(QCoreApplication.translate("IssueLabels", ", ").join(five_fix_label(f) for f in d.get("missing", []))),
        InputProblem.DEADLINE_IN_PAST: QCoreApplication.translate("IssueLabels", "The deadline lies in the past."),
        InputProblem.COMMENT_EMPTY: QCoreApplication.translate("IssueLabels", "Write the comment first."),
        InputProblem.ISSUE_CLOSED: QCoreApplication.translate(
            "IssueLabels", "A closed issue cannot be changed; reopen it first."
        ),
        InputProblem.HOURS_INVALID: _limit_text(d.get("clock")),
        InputProblem.CALENDAR_INVALID: QCoreApplication.translate(
            "IssueLabels", "The shift calendar is not usable: working times overlap, or there is no working time."
        ),
        InputProblem.PERSON_REPEATED: QCoreApplication.translate(
            "IssueLabels", "The same person cannot be lead, supervisor and partner at once."
        ),
    }
    return texts[error.problem]


def problem_text(error: BaseException) -> str | None:
    """A sentence for the issue board's own errors (None: not one of ours)."""
    if isinstance(error, TransitionRefused):
        return refusal_text(error)
    if isinstance(error, IssueInputError):
        return input_text(error)
    return None


def when(moment: dt.datetime | None, calendar: Calendar, with_time: bool = True) -> str:
    if moment is None:
        return ""
    local = calendar.local(moment)
    return local.strftime("%Y-%m-%d %H:%M") if with_time else local.strftime("%Y-%m-%d")


def deadline_when(moment: dt.datetime | None, calendar: Calendar) -> str:
    """A deadline; one set as a date is stored as the next local midnight and shown as that date."""
    if moment is None:
        return ""
    local = calendar.local(moment)
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        return (local - dt.timedelta(days=1)).strftime("%Y-%m-%d")
    return local.strftime("%Y-%m-%d %H:%M")


def short_when(moment: dt.datetime | None, calendar: Calendar, now: dt.datetime) -> str:
    """ "14:30" today, "03-05 14:30" this year, the full date otherwise."""
    if moment is None:
        return ""
    local, today = calendar.local(moment), calendar.local(now)
    if local.date() == today.date():
        return local.strftime("%H:%M")
    if local.year == today.year:
        return local.strftime("%m-%d %H:%M")
    return local.strftime("%Y-%m-%d")


def remaining(deadline: dt.datetime | None, now: dt.datetime) -> str:
    """ "3 h 20 min left" / "overdue 2 d 4 h"."""
    if deadline is None:
        return ""
    delta = deadline - now
    late = delta.total_seconds() < 0
    minutes = int(abs(delta.total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        span = QCoreApplication.translate("IssueLabels", "{0} d {1} h").format(days, hours)
    elif hours:
        span = QCoreApplication.translate("IssueLabels", "{0} h {1} min").format(hours, mins)
    else:
        span = QCoreApplication.translate("IssueLabels", "{0} min").format(mins)
    if late:
        return QCoreApplication.translate("IssueLabels", "overdue {0}").format(span)
    return QCoreApplication.translate("IssueLabels", "{0} left").format(span)
