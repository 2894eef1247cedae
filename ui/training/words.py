"""Training's codes in the user's words (one place, so the page and its dialogs say them alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridapp.training.kinds import Refusal, RequirementPeriod, SignInProblem, TrainingKind, TrainingRefused

translate = QCoreApplication.translate


def kind_label(kind: TrainingKind) -> str:
    return {
        TrainingKind.LEAD: translate("TrainingWords", "Led in the grid (领学)"),
        TrainingKind.JOINT: translate("TrainingWords", "Joint across grids (联学)"),
        TrainingKind.SPECIAL: translate("TrainingWords", "Specialist (专学)"),
    }[kind]


def short_kind_label(kind: TrainingKind) -> str:
    return {
        TrainingKind.LEAD: translate("TrainingWords", "Led"),
        TrainingKind.JOINT: translate("TrainingWords", "Joint"),
        TrainingKind.SPECIAL: translate("TrainingWords", "Specialist"),
    }[kind]


def period_label(period: RequirementPeriod) -> str:
    return {
        RequirementPeriod.MONTHLY: translate("TrainingWords", "a month"),
        RequirementPeriod.QUARTERLY: translate("TrainingWords", "a quarter"),
        RequirementPeriod.HALF_YEARLY: translate("TrainingWords", "half a year"),
        RequirementPeriod.YEARLY: translate("TrainingWords", "a year"),
    }[period]


def hours_text(hours: float) -> str:
    return f"{hours:.2f}".rstrip("0").rstrip(".")


def sign_in_problem_text(problem: SignInProblem | None, candidates: tuple[str, ...] = ()) -> str:
    if problem is None:
        return ""
    return {
        SignInProblem.NO_NAME: translate("TrainingWords", "No name written"),
        SignInProblem.UNKNOWN: translate("TrainingWords", "Nobody of this unit has this name"),
        SignInProblem.AMBIGUOUS: translate("TrainingWords", "Several people have this name: write the unit ({0})"),
        SignInProblem.TWICE: translate("TrainingWords", "Signed twice: counted once"),
        SignInProblem.NOT_SIGNED: translate("TrainingWords", "Not signed: absent, left out"),
    }[problem].format("；".join(candidates))


def refusal_text(exc: TrainingRefused) -> str:
    return {
        Refusal.UNKNOWN: translate("TrainingWords", "The session, classroom, unit or person no longer exists."),
        Refusal.FUTURE_DATE: translate(
            "TrainingWords", "A session is recorded once it has been held: the date is in the future."
        ),
        Refusal.NAME_REQUIRED: translate("TrainingWords", "Write the topic (a classroom: its code and name)."),
        Refusal.DUPLICATE_CODE: translate("TrainingWords", "Another classroom has this code."),
        Refusal.CLASSROOM_IN_USE: translate(
            "TrainingWords", "Sessions were held in this classroom: switch it off instead of deleting it."
        ),
        Refusal.BAD_HOURS: translate(
            "TrainingWords", "A session lasts more than 0 and at most 24 hours; required hours are 0 to 1000."
        ),
        Refusal.NOT_IN_UNIT: translate("TrainingWords", "An attendee is not of the session's unit or a unit below it."),
        Refusal.SIGN_IN_PROBLEMS: translate(
            "TrainingWords", "Some rows of the sheet name nobody of the unit: correct them first."
        ),
    }[exc.refusal]
