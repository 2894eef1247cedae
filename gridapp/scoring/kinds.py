"""The scoring vocabulary as enums (codes, not words: the UI words them)."""

from __future__ import annotations

import enum


class SubjectKind(enum.StrEnum):
    """Who a catalogue scores: people (星级党员, 贡献度积分) or units (班组考核)."""

    PERSON = "person"
    UNIT = "unit"


class ScoreMode(enum.StrEnum):
    """How a quarter's or a year's score is made from its months."""

    SUM = "sum"  # points accumulate: base + every point of the period
    MONTHLY_AVERAGE = "monthly_average"  # an assessment per month: base + points ÷ months in the period


class EntryStatus(enum.StrEnum):
    PROPOSED = "proposed"  # waiting for a person with the right role; counts for nothing yet
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class EntrySource(enum.StrEnum):
    """Why an entry exists: a person wrote it, or an event of another capability proposed it."""

    MANUAL = "manual"
    CORRECTION = "correction"  # a later correction of an earlier entry, booked in an open period
    ISSUE_REPORTED = "issue_reported"
    FEEDBACK_ON_TIME = "feedback_on_time"
    FEEDBACK_LATE = "feedback_late"
    ISSUE_CLOSED = "issue_closed"
    HAZARD_CLOSED = "hazard_closed"
    ROUND_COMPLETED = "round_completed"
    MEETING_ABSENT = "meeting_absent"  # absent from organisation life without reason (gridapp.party_life)
    # a rationalisation suggestion adopted, by its category (gridapp.party_life)
    SUGGESTION_SAFETY = "suggestion_safety"
    SUGGESTION_COST = "suggestion_cost"
    SUGGESTION_TECHNIQUE = "suggestion_technique"
    SUGGESTION_MANAGEMENT = "suggestion_management"
    PROJECT_FINISHED = "project_finished"  # a tackling project (攻关项目) finished, for its leader and members


# The sources a rule may name as its trigger (an event proposes points per such a rule).
TRIGGERS = (
    EntrySource.ISSUE_REPORTED,
    EntrySource.FEEDBACK_ON_TIME,
    EntrySource.FEEDBACK_LATE,
    EntrySource.ISSUE_CLOSED,
    EntrySource.HAZARD_CLOSED,
    EntrySource.ROUND_COMPLETED,
    EntrySource.MEETING_ABSENT,
    EntrySource.SUGGESTION_SAFETY,
    EntrySource.SUGGESTION_COST,
    EntrySource.SUGGESTION_TECHNIQUE,
    EntrySource.SUGGESTION_MANAGEMENT,
    EntrySource.PROJECT_FINISHED,
)


class WarningLevel(enum.StrEnum):
    """Seed 004's red/yellow/blue warning on a person's situation (思想动态); red is the most serious."""

    RED = "red"
    YELLOW = "yellow"
    BLUE = "blue"


class Mark(enum.StrEnum):
    """A place in a ranking that has consequences (三争先: top three up a grade, bottom two down)."""

    TOP = "top"
    BOTTOM = "bottom"
    NONE = "none"


class Refusal(enum.StrEnum):
    """Why the scoring service refused a change; the UI words each one."""

    NO_PERSON = "no_person"  # points change only through a named person
    NOT_ALLOWED = "not_allowed"  # the person holds none of the roles that may grant the rule
    OWN_POINTS = "own_points"  # nobody confirms their own points
    OWN_CORRECTION = "own_correction"  # a correction is confirmed by someone other than who made it
    NOT_MANAGER = "not_manager"  # rules, thresholds and closing need a grid leader or party secretary
    PERIOD_CLOSED = "period_closed"
    PERIOD_NOT_ENDED = "period_not_ended"
    PERIOD_ALREADY_CLOSED = "period_already_closed"
    PROPOSALS_WAITING = "proposals_waiting"
    FUTURE_DATE = "future_date"
    EVIDENCE_REQUIRED = "evidence_required"
    REASON_REQUIRED = "reason_required"
    NOT_PROPOSED = "not_proposed"  # already confirmed or rejected
    NOT_CONFIRMED = "not_confirmed"  # only confirmed entries can be corrected
    RULE_NOT_IN_FORCE = "rule_not_in_force"
    WRONG_SUBJECT = "wrong_subject"  # a person for a unit catalogue, or the reverse, or a unit of another kind
    OUTSIDE_RULE_UNIT = "outside_rule_unit"  # a unit's own rule for someone outside that unit
    UNKNOWN = "unknown"  # the person, unit, rule or entry no longer exists
    BAD_POINTS = "bad_points"  # not a number with at most one decimal, zero, or out of range
    BAD_QUANTITY = "bad_quantity"
    BAD_THRESHOLDS = "bad_thresholds"  # star thresholds must fall strictly from five stars to one
    BAD_RULE = "bad_rule"  # code, name or category missing or unknown
    DUPLICATE_CODE = "duplicate_code"
    NOT_VISIBLE = "not_visible"  # a warning about someone outside the operator's units


class ScoringRefused(Exception):
    """A change the scoring rules do not allow; nothing was written."""

    def __init__(self, refusal: Refusal, **details: object) -> None:
        super().__init__(f"{refusal.value}: {details}" if details else refusal.value)
        self.refusal = refusal
        self.details = details
