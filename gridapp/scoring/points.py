"""Points as exact decimals with one decimal place (0.5 分 is common), stored as integer tenths.

Integer tenths keep every sum in the database exact and fast on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

from gridapp.scoring.kinds import Refusal, ScoringRefused

TENTH = Decimal("0.1")
LIMIT = 100_000  # tenths: no single rule or entry is worth 10,000 points


def to_tenths(value: Decimal | int | str | float) -> int:
    """``value`` in tenths of a point; refuses more than one decimal place and absurd sizes."""
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError) as exc:
        raise ScoringRefused(Refusal.BAD_POINTS, value=str(value)) from exc
    if not number.is_finite() or number != number.quantize(TENTH) or abs(number) * 10 > LIMIT:
        raise ScoringRefused(Refusal.BAD_POINTS, value=str(value))
    return int(number * 10)


@lru_cache(maxsize=8192)
def _decimal(tenths: int) -> Decimal:
    return Decimal(tenths).scaleb(-1)  # exact, one decimal place: 25 → 2.5, 20 → 2.0


def from_tenths(tenths: int | None) -> Decimal:
    """Decimals are immutable, so the few thousand distinct values of a ranking are made once."""
    return _decimal(int(tenths or 0))


def format_points(value: Decimal | None, signed: bool = False) -> str:
    """2.0 → "2", 2.5 → "2.5", with a sign when ``signed`` (−1 uses ASCII '-': every font has it)."""
    if value is None:
        return ""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    if text in ("-0", "+0"):
        text = "0"
    if signed and value > 0:
        text = "+" + text
    return text
