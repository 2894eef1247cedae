"""The rules of inspection data, free of the database (the UI imports them at start-up for nothing): what a valid
checkpoint item is, how version numbers go, and when a reading is out of its limits."""

from __future__ import annotations

import re

from gridapp.inspections.kinds import CheckLevel, Frequency, ItemKind
from gridapp.inspections.rows import InspectionRefused, ItemDraft, Refusal

ITEM_FIELDS = (
    "equipment",
    "activity",
    "content",
    "standard",
    "method",
    "level",
    "frequency",
    "interval_days",
    "kind",
    "lower",
    "upper",
    "unit",
)
LIMITS = {"equipment": 40, "activity": 40, "content": 400, "standard": 400, "method": 200, "unit": 16}


def check_item(draft: ItemDraft) -> ItemDraft:
    """``draft`` tidied (spaces trimmed, fields the kind does not use cleared), or InspectionRefused."""
    texts = {name: str(getattr(draft, name) or "").strip() for name in LIMITS}
    if not texts["content"]:
        raise InspectionRefused(Refusal.CONTENT_REQUIRED)
    for name, limit in LIMITS.items():
        if len(texts[name]) > limit:
            raise InspectionRefused(Refusal.TEXT_TOO_LONG, name)
    interval = draft.interval_days if draft.frequency == Frequency.CUSTOM else None
    if draft.frequency == Frequency.CUSTOM and (interval is None or interval < 1):
        raise InspectionRefused(Refusal.INTERVAL_REQUIRED)
    lower, upper = (draft.lower, draft.upper) if draft.kind == ItemKind.READING else (None, None)
    if lower is not None and upper is not None and lower > upper:
        raise InspectionRefused(Refusal.LIMITS_REVERSED)
    return ItemDraft(
        content=texts["content"],
        level=CheckLevel(draft.level),
        frequency=Frequency(draft.frequency),
        equipment=texts["equipment"],
        activity=texts["activity"],
        standard=texts["standard"],
        method=texts["method"],
        interval_days=interval,
        kind=ItemKind(draft.kind),
        lower=lower,
        upper=upper,
        unit=texts["unit"] if draft.kind == ItemKind.READING else "",
    )


VERSION = re.compile(r"^(\d{1,3})(?:\.(\d{1,3}))?$")


def parse_version(text: str) -> tuple[int, int]:
    match = VERSION.match(text.strip())
    if not match:
        raise InspectionRefused(Refusal.BAD_VERSION, text)
    return int(match[1]), int(match[2] or 0)


def next_version(current: str) -> str:
    """The version a release suggests: 1.0 first, then the next minor version."""
    if not current:
        return "1.0"
    major, minor = parse_version(current)
    return f"{major}.{minor + 1}"


def out_of_limit(reading: float, lower: float | None, upper: float | None) -> bool:
    return (lower is not None and reading < lower) or (upper is not None and reading > upper)
