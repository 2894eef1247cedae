"""Training's vocabulary as enums (codes, not words: the UI words them, gridapp.training.printing prints them)."""

from __future__ import annotations

import enum


class TrainingKind(enum.StrEnum):
    """三学 (seed 001): study led inside a grid, study joined across grids, study outside by specialists."""

    LEAD = "lead"  # 格内领学
    JOINT = "joint"  # 格间联学
    SPECIAL = "special"  # 格外专学


class RequirementPeriod(enum.StrEnum):
    """The period a unit's required hours are set for; a matrix over another span counts them pro rata by month."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def months(self) -> int:
        return {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}[self.value]


class SignInProblem(enum.StrEnum):
    """Why a row of a sign-in sheet names nobody; each one blocks the import until the sheet is corrected."""

    NO_NAME = "no_name"
    UNKNOWN = "unknown"  # no active person of the unit is called so
    AMBIGUOUS = "ambiguous"  # several are, and the 单位 column does not tell them apart
    TWICE = "twice"  # the same person signed on an earlier row (noted, not blocking)
    NOT_SIGNED = "not_signed"  # a printed name with neither signature nor time: absent (noted, not imported)


class Refusal(enum.StrEnum):
    """Why training refused a change; the UI words each one."""

    UNKNOWN = "unknown"  # the session, classroom, unit or person no longer exists
    FUTURE_DATE = "future_date"
    NAME_REQUIRED = "name_required"  # a classroom's code and name, a session's topic
    DUPLICATE_CODE = "duplicate_code"
    CLASSROOM_IN_USE = "classroom_in_use"  # sessions were held in it: switch it off instead
    BAD_HOURS = "bad_hours"  # a session lasts more than 0 and at most 24 hours; a requirement is 0 to 1000
    NOT_IN_UNIT = "not_in_unit"  # an attendee outside the session's unit and the units below it
    SIGN_IN_PROBLEMS = "sign_in_problems"  # the sheet has rows naming nobody


class TrainingRefused(Exception):
    """A change training does not allow; nothing was written."""

    def __init__(self, refusal: Refusal, **details: object) -> None:
        super().__init__(f"{refusal.value}: {details}" if details else refusal.value)
        self.refusal = refusal
        self.details = details
