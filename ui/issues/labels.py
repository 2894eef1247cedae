"""The issue board's codes in the user's language, and the colours that say overdue and due soon."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
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
    RiskColour,
    Stage,
)


def state_label(state: IssueState) -> str:
    return {
        IssueState.REPORTED: QCoreApplication.translate("IssueLabels", "Reported"),
        IssueState.ASSIGNED: QCoreApplication.translate("IssueLabels", "Assigned"),
        IssueState.IN_PROGRESS: QCoreApplication.translate("IssueLabels", "In progress"),
        IssueState.FED_BACK: QCoreApplication.translate("IssueLabels", "Fed back"),
        IssueState.RECTIFIED: QCoreApplication.translate("IssueLabels", "Rectified"),
        IssueState.VERIFIED: QCoreApplication.translate("IssueLabels", "Verified"),
        IssueState.CLOSED: QCoreApplication.translate("IssueLabels", "Closed"),
        IssueState.RETURNED: QCoreApplication.translate("IssueLabels", "Returned for rework"),
        IssueState.ESCALATED: QCoreApplication.translate("IssueLabels", "Escalated"),
        IssueState.HELD: QCoreApplication.translate("IssueLabels", "Held on register"),
        IssueState.REOPENED: QCoreApplication.translate("IssueLabels", "Reopened"),
    }[state]


def action_label(action: Action) -> str:
    return {
        Action.ASSIGN: QCoreApplication.translate("IssueLabels", "Assign"),
        Action.START: QCoreApplication.translate("IssueLabels", "Start work"),
        Action.FEED_BACK: QCoreApplication.translate("IssueLabels", "Give feedback"),
        Action.RECTIFY: QCoreApplication.translate("IssueLabels", "Mark rectified"),
        Action.VERIFY: QCoreApplication.translate("IssueLabels", "Verify"),
        Action.RETURN: QCoreApplication.translate("IssueLabels", "Return for rework"),
        Action.CLOSE: QCoreApplication.translate("IssueLabels", "Close"),
        Action.ESCALATE: QCoreApplication.translate("IssueLabels", "Escalate"),
        Action.HOLD: QCoreApplication.translate("IssueLabels", "Hold on register"),
        Action.REOPEN: QCoreApplication.translate("IssueLabels", "Reopen"),
    }[action]


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


def event_label(kind: EventKind) -> str:
    return {
        EventKind.REPORTED: QCoreApplication.translate("IssueLabels", "reported"),
        EventKind.ASSIGNED: QCoreApplication.translate("IssueLabels", "assigned"),
        EventKind.STARTED: QCoreApplication.translate("IssueLabels", "started work"),
        EventKind.FED_BACK: QCoreApplication.translate("IssueLabels", "gave feedback"),
        EventKind.RECTIFIED: QCoreApplication.translate("IssueLabels", "marked it rectified"),
        EventKind.VERIFIED: QCoreApplication.translate("IssueLabels", "verified"),
        EventKind.RETURNED: QCoreApplication.translate("IssueLabels", "returned it for rework"),
        EventKind.CLOSED: QCoreApplication.translate("IssueLabels", "closed"),
        EventKind.ESCALATED: QCoreApplication.translate("IssueLabels", "escalated"),
        EventKind.HELD: QCoreApplication.translate("IssueLabels", "held it on the register"),
        EventKind.REOPENED: QCoreApplication.translate("IssueLabels", "reopened"),
        EventKind.COMMENTED: QCoreApplication.translate("IssueLabels", "commented"),
        EventKind.EDITED: QCoreApplication.translate("IssueLabels", "corrected the report"),
        EventKind.PEOPLE_SET: QCoreApplication.translate("IssueLabels", "set the lead, supervisor and partners"),
        EventKind.STAGE_REACHED: QCoreApplication.translate("IssueLabels", "recorded a stage"),
        EventKind.HAZARD_SET: QCoreApplication.translate("IssueLabels", "recorded the hazard details"),
        EventKind.PHOTOS_ADDED: QCoreApplication.translate("IssueLabels", "added photos"),
        EventKind.LINK_ADDED: QCoreApplication.translate("IssueLabels", "added a link"),
    }[kind]


def stage_label(stage: Stage) -> str:
    return {
        Stage.DISCOVERY: QCoreApplication.translate("IssueLabels", "Discovery"),
        Stage.ANALYSIS: QCoreApplication.translate("IssueLabels", "Technical analysis"),
        Stage.COORDINATION: QCoreApplication.translate("IssueLabels", "Coordination"),
        Stage.PLAN: QCoreApplication.translate("IssueLabels", "Plan"),
        Stage.TRACKING: QCoreApplication.translate("IssueLabels", "Tracking"),
        Stage.RECTIFICATION: QCoreApplication.translate("IssueLabels", "Rectification"),
    }[stage]


def grade_label(grade: HazardGrade | None) -> str:
    if grade is None:
        return QCoreApplication.translate("IssueLabels", "Not graded")
    return {
        HazardGrade.GENERAL: QCoreApplication.translate("IssueLabels", "General"),
        HazardGrade.LARGER: QCoreApplication.translate("IssueLabels", "Larger"),
        HazardGrade.MAJOR: QCoreApplication.translate("IssueLabels", "Major"),
    }[grade]


def colour_label(colour: RiskColour | None) -> str:
    if colour is None:
        return ""
    return {
        RiskColour.RED: QCoreApplication.translate("IssueLabels", "Red"),
        RiskColour.ORANGE: QCoreApplication.translate("IssueLabels", "Orange"),
        RiskColour.YELLOW: QCoreApplication.translate("IssueLabels", "Yellow"),
        RiskColour.BLUE: QCoreApplication.translate("IssueLabels", "Blue"),
    }[colour]


RISK_QCOLOR = {
    RiskColour.RED: QColor("#E53935"),
    RiskColour.ORANGE: QColor("#FB8C00"),
    RiskColour.YELLOW: QColor("#FDD835"),
    RiskColour.BLUE: QColor("#1E88E5"),
}


def five_fix_label(fix: FiveFix) -> str:
    return {
        FiveFix.RESPONSIBLE: QCoreApplication.translate("IssueLabels", "responsible person"),
        FiveFix.MEASURES: QCoreApplication.translate("IssueLabels", "measures"),
        FiveFix.FUNDS: QCoreApplication.translate("IssueLabels", "funds"),
        FiveFix.DEADLINE: QCoreApplication.translate("IssueLabels", "deadline"),
        FiveFix.CONTINGENCY: QCoreApplication.translate("IssueLabels", "contingency plan"),
    }[fix]


def clock_label(kind: ClockKind) -> str:
    return {
        ClockKind.CALENDAR: QCoreApplication.translate("IssueLabels", "Calendar hours"),
        ClockKind.WORKING: QCoreApplication.translate("IssueLabels", "Working hours"),
    }[kind]


def deadline_kind_label(kind: DeadlineKind | None) -> str:
    if kind is DeadlineKind.FEEDBACK:
        return QCoreApplication.translate("IssueLabels", "Feedback due")
    if kind is DeadlineKind.RECTIFY:
        return QCoreApplication.translate("IssueLabels", "Due")
    return ""


def due_label(status: DueStatus) -> str:
    return {
        DueStatus.OVERDUE: QCoreApplication.translate("IssueLabels", "Overdue"),
        DueStatus.DUE_SOON: QCoreApplication.translate("IssueLabels", "Due soon"),
        DueStatus.ON_TRACK: "",
        DueStatus.NONE: "",
    }[status]


# Overdue red and due-soon amber, as backgrounds (light) and as text / badges (strong).
DUE_BACKGROUND = {DueStatus.OVERDUE: QColor("#FDE2E1"), DueStatus.DUE_SOON: QColor("#FFF1CC")}
DUE_STRONG = {DueStatus.OVERDUE: QColor("#C62828"), DueStatus.DUE_SOON: QColor("#B26A00")}


def category_label(code: str, name: str = "") -> str:
    """The shipped categories in the user's language; a site's own categories by the name it gave them."""
    known = {
        "production": QCoreApplication.translate("IssueLabels", "Production"),
        "hazard": QCoreApplication.translate("IssueLabels", "Risks and hazards"),
        "equipment": QCoreApplication.translate("IssueLabels", "Equipment and facilities"),
        "safety": QCoreApplication.translate("IssueLabels", "Safety"),
        "health": QCoreApplication.translate("IssueLabels", "Health and wellbeing"),
        "other": QCoreApplication.translate("IssueLabels", "Other"),
    }
    return known.get(code) or name or code


def refusal_text(error: TransitionRefused) -> str:
    """Why a transition or change was refused, as a sentence."""
    what = action_label(error.action) if isinstance(error.action, Action) else _change_label(error.action)
    state = error.details.get("state")
    reason = {
        Refusal.WRONG_STATE: QCoreApplication.translate(
            "IssueLabels", "“{0}” is not possible while the issue is “{1}”."
        ).format(what, state_label(state) if isinstance(state, IssueState) else ""),
        Refusal.NOT_PERMITTED: QCoreApplication.translate(
            "IssueLabels",
            "You may not “{0}” this issue: it needs the grid leader, an officer, the assignee or the reporter, "
            "as the rule table says.",
        ).format(what),
        Refusal.NO_PERSON: QCoreApplication.translate("IssueLabels", "Choose who is working at this PC first."),
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
        Refusal.NOT_OVERDUE: QCoreApplication.translate(
            "IssueLabels",
            "Only an overdue issue can be escalated without a reason; write why it cannot be solved here.",
        ),
        Refusal.FIVE_FIXES_MISSING: QCoreApplication.translate(
            "IssueLabels", "A major hazard needs all five fixes first."
        ),
    }[error.reason]
    return reason


def _change_label(change: Change) -> str:
    return {
        Change.COMMENT: QCoreApplication.translate("IssueLabels", "comment"),
        Change.EDIT: QCoreApplication.translate("IssueLabels", "correct the report"),
        Change.PEOPLE: QCoreApplication.translate("IssueLabels", "set the lead, supervisor and partners"),
        Change.STAGE: QCoreApplication.translate("IssueLabels", "record a stage"),
        Change.HAZARD: QCoreApplication.translate("IssueLabels", "record the hazard details"),
        Change.PHOTOS: QCoreApplication.translate("IssueLabels", "add photos"),
        Change.LINK: QCoreApplication.translate("IssueLabels", "add a link"),
    }[change]


def input_text(error: IssueInputError) -> str:
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
        InputProblem.HOURS_INVALID: QCoreApplication.translate(
            "IssueLabels", "The feedback time must be between half an hour and 720 hours."
        ),
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
