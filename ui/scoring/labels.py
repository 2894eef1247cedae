"""Words for the scoring codes (statuses, sources, periods, warnings, marks, refusals), through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from gridapp.scoring.kinds import EntrySource, EntryStatus, Mark, Refusal, ScoringRefused, WarningLevel
from gridapp.scoring.periods import Period, PeriodKind

translate = QCoreApplication.translate

WARNING_COLOURS = {
    WarningLevel.RED: QColor("#C62828"),
    WarningLevel.YELLOW: QColor("#F9A825"),
    WarningLevel.BLUE: QColor("#1565C0"),
}
MARK_COLOURS = {Mark.TOP: QColor("#FFF3C4"), Mark.BOTTOM: QColor("#E3ECF7")}


def period_kind_label(kind: PeriodKind) -> str:
    return {
        PeriodKind.MONTH: translate("ScoringLabels", "Month"),
        PeriodKind.QUARTER: translate("ScoringLabels", "Quarter"),
        PeriodKind.YEAR: translate("ScoringLabels", "Year"),
    }[kind]


def period_label(period: Period) -> str:
    if period.kind is PeriodKind.MONTH:
        return translate("ScoringLabels", "{0}-{1}").format(period.year, f"{period.index:02d}")
    if period.kind is PeriodKind.QUARTER:
        return translate("ScoringLabels", "{0} Q{1}").format(period.year, period.index)
    return translate("ScoringLabels", "Year {0}").format(period.year)


def month_short(period: Period) -> str:
    return translate("ScoringLabels", "M{0}").format(period.index)


def per_period_label(kind: PeriodKind) -> str:
    return {
        PeriodKind.MONTH: translate("ScoringLabels", "per month"),
        PeriodKind.QUARTER: translate("ScoringLabels", "per quarter"),
        PeriodKind.YEAR: translate("ScoringLabels", "per year"),
    }[kind]


def status_label(status: EntryStatus) -> str:
    return {
        EntryStatus.PROPOSED: translate("ScoringLabels", "Waiting"),
        EntryStatus.CONFIRMED: translate("ScoringLabels", "Confirmed"),
        EntryStatus.REJECTED: translate("ScoringLabels", "Rejected"),
    }[status]


def source_label(source: EntrySource | None) -> str:
    if source is None:
        return ""
    return {
        EntrySource.MANUAL: translate("ScoringLabels", "Given by hand"),
        EntrySource.CORRECTION: translate("ScoringLabels", "Correction"),
        EntrySource.ISSUE_REPORTED: translate("ScoringLabels", "Problem reported"),
        EntrySource.FEEDBACK_ON_TIME: translate("ScoringLabels", "Feedback on time"),
        EntrySource.FEEDBACK_LATE: translate("ScoringLabels", "Feedback late"),
        EntrySource.ISSUE_CLOSED: translate("ScoringLabels", "Issue closed"),
        EntrySource.HAZARD_CLOSED: translate("ScoringLabels", "Hazard closed"),
        EntrySource.ROUND_COMPLETED: translate("ScoringLabels", "Inspection round done"),
        EntrySource.MEETING_ABSENT: translate("ScoringLabels", "Absent from a meeting without reason"),
        EntrySource.SUGGESTION_SAFETY: translate("ScoringLabels", "Safety suggestion adopted"),
        EntrySource.SUGGESTION_COST: translate("ScoringLabels", "Cost suggestion adopted"),
        EntrySource.SUGGESTION_TECHNIQUE: translate("ScoringLabels", "Technique suggestion adopted"),
        EntrySource.SUGGESTION_MANAGEMENT: translate("ScoringLabels", "Management suggestion adopted"),
        EntrySource.PROJECT_FINISHED: translate("ScoringLabels", "Tackling project finished"),
    }[source]


def warning_label(level: WarningLevel | None) -> str:
    if level is None:
        return ""
    return {
        WarningLevel.RED: translate("ScoringLabels", "Red"),
        WarningLevel.YELLOW: translate("ScoringLabels", "Yellow"),
        WarningLevel.BLUE: translate("ScoringLabels", "Blue"),
    }[level]


def mark_label(mark: Mark, tied: bool = False, top_n: int = 3, bottom_n: int = 2) -> str:
    text = {
        Mark.TOP: translate("ScoringLabels", "Top {0}").format(top_n),
        Mark.BOTTOM: translate("ScoringLabels", "Bottom {0}").format(bottom_n),
        Mark.NONE: "",
    }[mark]
    if tied and mark is not Mark.NONE:
        text += translate("ScoringLabels", " (tied)")
    return text


def stars_text(stars: int | None) -> str:
    if stars is None:
        return ""
    return "★" * stars if stars else translate("ScoringLabels", "none")


def refusal_text(error: ScoringRefused, role_names: dict[str, str] | None = None) -> str:
    """A sentence telling the logged-in person why nothing was changed, and what to do."""
    d = dict(error.details)
    if "roles" in d:
        d["roles"] = "、".join((role_names or {}).get(code, code) for code in str(d["roles"]).split(",") if code)
    texts = {
        Refusal.NO_PERSON: translate(
            "ScoringLabels",
            "Points change only through a named person: log in with your personal account (a system account holds "
            "no business role).",
        ),
        Refusal.NOT_ALLOWED: translate(
            "ScoringLabels",
            "You hold none of the roles that may grant “{rule}” for this person or unit. It needs one of: {roles}.",
        ),
        Refusal.OWN_POINTS: translate(
            "ScoringLabels", "Nobody confirms or corrects their own points; ask another leader."
        ),
        Refusal.OWN_CORRECTION: translate(
            "ScoringLabels",
            "A correction is confirmed by someone other than the person who wrote it; ask another leader.",
        ),
        Refusal.NOT_MANAGER: translate(
            "ScoringLabels", "Only a grid leader or a party secretary may change rules and settings or close periods."
        ),
        Refusal.PERIOD_CLOSED: translate(
            "ScoringLabels",
            "{day} lies in a closed period ({period}); closed periods never change. Record a correction in the open period instead.",
        ),
        Refusal.PERIOD_NOT_ENDED: translate(
            "ScoringLabels", "The period {period} has not ended yet; it can be closed after its last day."
        ),
        Refusal.PERIOD_ALREADY_CLOSED: translate("ScoringLabels", "The period {period} is already closed."),
        Refusal.PROPOSALS_WAITING: translate(
            "ScoringLabels",
            "{count} proposals of {period} still wait for a decision. Confirm or reject them before closing.",
        ),
        Refusal.FUTURE_DATE: translate("ScoringLabels", "Points cannot be booked on a future day ({day})."),
        Refusal.EVIDENCE_REQUIRED: translate(
            "ScoringLabels", "“{rule}” needs evidence: enter a link, a file or a record number."
        ),
        Refusal.REASON_REQUIRED: translate("ScoringLabels", "Please write a reason (at most 2,000 characters)."),
        Refusal.NOT_PROPOSED: translate(
            "ScoringLabels", "This has already been decided (confirmed, rejected or closed); reload the list."
        ),
        Refusal.NOT_CONFIRMED: translate("ScoringLabels", "Only confirmed points can be corrected."),
        Refusal.RULE_NOT_IN_FORCE: translate(
            "ScoringLabels", "This rule is no longer in force; choose a current rule."
        ),
        Refusal.WRONG_SUBJECT: translate("ScoringLabels", "This catalogue scores {subject}; choose accordingly.")
        if "kind" not in d
        else translate(
            "ScoringLabels",
            "This catalogue scores units of one kind only (a team assessment scores teams); choose one.",
        ),
        Refusal.OUTSIDE_RULE_UNIT: translate(
            "ScoringLabels",
            "“{rule}” is a unit's own rule and applies only inside that unit; use a plant rule for anyone else.",
        ),
        Refusal.UNKNOWN: translate(
            "ScoringLabels", "The person, unit, rule or entry no longer exists; reload the list."
        ),
        Refusal.BAD_POINTS: translate(
            "ScoringLabels", "“{value}” is not a valid number of points (not zero, at most one decimal place)."
        ),
        Refusal.BAD_QUANTITY: translate("ScoringLabels", "The number must be between 1 and 99."),
        Refusal.BAD_THRESHOLDS: translate(
            "ScoringLabels",
            "The star thresholds must fall strictly from five stars to one star, for months, quarters and years.",
        ),
        Refusal.BAD_RULE: translate(
            "ScoringLabels",
            "The rule is incomplete: check its code, name, category, grantor roles and trigger ({field}).",
        ),
        Refusal.DUPLICATE_CODE: translate(
            "ScoringLabels", "A rule with the code {code} already exists in this catalogue."
        ),
        Refusal.NOT_VISIBLE: translate(
            "ScoringLabels",
            "Warnings are kept by the grid leader and party secretary of the person's unit; you cannot see or change them.",
        ),
    }
    subject = d.get("subject")
    values = {
        "rule": d.get("rule", ""),
        "roles": d.get("roles", ""),
        "day": d.get("day", ""),
        "period": _period_text(d.get("period")),
        "count": d.get("count", ""),
        "value": d.get("value", ""),
        "field": d.get("field", ""),
        "code": d.get("code", ""),
        "subject": subject or translate("ScoringLabels", "people or units"),
    }
    return texts[error.refusal].format(**values)


def _period_text(key: object) -> str:
    if not isinstance(key, str) or not key:
        return ""
    try:
        return period_label(Period.from_key(key))
    except (KeyError, ValueError):
        return key
