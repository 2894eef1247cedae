"""Why the issue board refused something, as codes the UI turns into Chinese sentences."""

from __future__ import annotations

import enum
from typing import Any

from gridapp.issues.kinds import Action, Change


class Refusal(enum.StrEnum):
    """Why a transition may not be made now."""

    WRONG_STATE = "wrong_state"  # the action does not start from the issue's current state
    NOT_PERMITTED = "not_permitted"  # the acting person's roles do not allow it
    NO_PERSON = "no_person"  # a person must be chosen as operator
    SAME_PERSON = "same_person"  # verification by the person who rectified (or is responsible for the hazard)
    NOTE_REQUIRED = "note_required"  # a written note / reason is required
    ASSIGNEE_REQUIRED = "assignee_required"
    ASSIGNEE_UNKNOWN = "assignee_unknown"  # no such active person
    NO_PARENT = "no_parent"  # escalation from the top of the tree
    NOBODY_ABOVE = "nobody_above"  # no leader or officer at the parent unit or above would receive it
    NOT_OVERDUE = "not_overdue"  # escalation needs an overdue clock or a written reason it cannot be solved here
    FIVE_FIXES_MISSING = "five_fixes_missing"  # a major hazard cannot be closed out without its five fixes
    STAGE_ORDER = "stage_order"  # 六环节: a stage already reached, or one before the current stage
    STAGE_SKIP_REASON = "stage_skip_reason"  # a stage that passes over earlier ones needs a written reason


class TransitionRefused(Exception):
    def __init__(self, action: Action | Change, reason: Refusal, **details: Any) -> None:
        super().__init__(f"{action.value}: {reason.value} {details or ''}".strip())
        self.action = action
        self.reason = reason
        self.details = details


class InputProblem(enum.StrEnum):
    """What is wrong with what the user typed or picked."""

    TITLE_REQUIRED = "title_required"
    TITLE_TOO_LONG = "title_too_long"
    DESCRIPTION_TOO_LONG = "description_too_long"
    UNIT_UNKNOWN = "unit_unknown"
    AREA_UNKNOWN = "area_unknown"
    CATEGORY_UNKNOWN = "category_unknown"
    ISSUE_UNKNOWN = "issue_unknown"
    PERSON_UNKNOWN = "person_unknown"
    LINK_KIND_UNKNOWN = "link_kind_unknown"
    PHOTO_MISSING = "photo_missing"  # the file does not exist or cannot be read
    PHOTO_NOT_IMAGE = "photo_not_image"
    PHOTO_TOO_LARGE = "photo_too_large"
    PHOTO_TOO_MANY_PIXELS = "photo_too_many_pixels"  # details["limit"]: the most pixels a picture may have
    FIVE_FIXES_MISSING = "five_fixes_missing"  # details["missing"]: the FiveFix codes not filled in
    DEADLINE_IN_PAST = "deadline_in_past"
    COMMENT_EMPTY = "comment_empty"
    ISSUE_CLOSED = "issue_closed"  # a closed issue's details can no longer change (reopen it first)
    HOURS_INVALID = "hours_invalid"  # a feedback allowance outside 0.5 … 720 hours
    CALENDAR_INVALID = "calendar_invalid"  # a shift calendar with no working time, or overlapping spans
    PERSON_REPEATED = "person_repeated"  # the same person twice among lead, supervisor and partners


class IssueInputError(ValueError):
    def __init__(self, problem: InputProblem, **details: Any) -> None:
        super().__init__(f"{problem.value} {details or ''}".strip())
        self.problem = problem
        self.details = details
