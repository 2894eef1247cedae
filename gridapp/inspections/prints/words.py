"""The Chinese words printed on paper for the inspection codes (the PDFs are Chinese whatever the UI language)."""

from __future__ import annotations

from gridapp.inspections.kinds import CheckLevel, Frequency

LEVEL = {CheckLevel.STAFF: "岗位员工", CheckLevel.OFFICER: "网格员", CheckLevel.LEADER: "网格长"}
# The seeds' own phrase for each level's round (群众日查、网格员周查、网格长月查).
LEVEL_ROUND = {CheckLevel.STAFF: "群众日查", CheckLevel.OFFICER: "网格员周查", CheckLevel.LEADER: "网格长月查"}
LEVEL_SHORT = {CheckLevel.STAFF: "员工", CheckLevel.OFFICER: "网格员", CheckLevel.LEADER: "网格长"}
FREQUENCY = {Frequency.DAILY: "每日", Frequency.WEEKLY: "每周", Frequency.MONTHLY: "每月", Frequency.CUSTOM: "自定义"}


def level_word(level: CheckLevel) -> str:
    return LEVEL[level]


def level_short(level: CheckLevel) -> str:
    return LEVEL_SHORT[level]


def frequency_word(frequency: Frequency, interval_days: int | None) -> str:
    if frequency == Frequency.CUSTOM and interval_days:
        return f"每{interval_days}天"
    return FREQUENCY[frequency]


def number(value: float) -> str:
    return f"{value:g}"


def limits_text(lower: float | None, upper: float | None, unit: str) -> str:
    if lower is not None and upper is not None:
        return f"{number(lower)}～{number(upper)} {unit}".strip()
    if lower is not None:
        return f"≥{number(lower)} {unit}".strip()
    if upper is not None:
        return f"≤{number(upper)} {unit}".strip()
    return unit


def version_text(version: str, draft: bool) -> str:
    if not version:
        return "草稿（未发布）"
    return f"版本 {version}（有未发布的修改）" if draft else f"版本 {version}"
