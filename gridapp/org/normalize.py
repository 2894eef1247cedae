"""Cleaning what people type or paste (control characters, full-width digits, stray spaces), saying what was changed
so it can be shown. ``single_line`` is the one cleaning of every one-line field (titles, names, codes) of any service."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # ！…～ → !…~
_FULL_WIDTH[0x3000] = 0x20  # the ideographic space
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_SPACES = re.compile(r"[\s\u00a0]+")
_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+")
# other C0/C1 controls, and the bidirectional overrides that make a name read backwards on screen and in print
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

_CJK = r"\u2e80-\u9fff\uf900-\ufaff"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}·]) (?=[{_CJK}·])")


def single_line(raw: object) -> str:
    """``raw`` as one line of text: line breaks and tabs become a space, other control characters go, ends trimmed."""
    if raw is None:
        return ""
    return _CONTROLS.sub("", _BREAKS.sub(" ", str(raw))).strip()


class Fix(enum.Enum):
    FULL_WIDTH = "full_width"  # full-width letters or digits turned into ordinary ones
    STRAY_SPACES = "stray_spaces"  # spaces at either end, doubled, or inside a code or a Chinese name


@dataclass(frozen=True, slots=True)
class Cleaned:
    value: str
    fixes: frozenset[Fix]


def clean_text(raw: object, *, code: bool = False) -> Cleaned:
    """``raw`` as text with full-width characters made half-width and stray spaces removed.

    ``code``: an employee number or phone number, where no space belongs at all. Otherwise spaces between Chinese
    characters go (王 建华 → 王建华) and other runs of spaces become one (Latin names keep theirs).
    """
    if raw is None:
        return Cleaned("", frozenset())
    text = str(raw)
    fixes: set[Fix] = set()
    half = text.translate(_FULL_WIDTH)
    if any(0xFF01 <= ord(c) <= 0xFF5E for c in text):
        fixes.add(Fix.FULL_WIDTH)
    visible = single_line(half.translate(_INVISIBLE))
    collapsed = _SPACES.sub(" ", visible).strip()
    collapsed = collapsed.replace(" ", "") if code else _SPACE_BETWEEN_CJK.sub("", collapsed)
    if collapsed != half:
        fixes.add(Fix.STRAY_SPACES)
    return Cleaned(collapsed, frozenset(fixes))
