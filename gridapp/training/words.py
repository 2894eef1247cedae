"""Training's codes in the printed words (gridapp prints Chinese; the UI words them through tr)."""

from __future__ import annotations

from gridapp.training.kinds import RequirementPeriod, TrainingKind

KIND_CN = {TrainingKind.LEAD: "格内领学", TrainingKind.JOINT: "格间联学", TrainingKind.SPECIAL: "格外专学"}
SHORT_KIND_CN = {TrainingKind.LEAD: "领学", TrainingKind.JOINT: "联学", TrainingKind.SPECIAL: "专学"}
PERIOD_CN = {
    RequirementPeriod.MONTHLY: "每月",
    RequirementPeriod.QUARTERLY: "每季度",
    RequirementPeriod.HALF_YEARLY: "每半年",
    RequirementPeriod.YEARLY: "每年",
}


def hours_text(hours: float) -> str:
    """2.0 → "2", 2.5 → "2.5": hours as people write them."""
    return f"{hours:.2f}".rstrip("0").rstrip(".")
