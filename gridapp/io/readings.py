"""Measurement limits stated in an item's standard text, so a card item written the way standards are written
(``轴承温度不超过75℃``, ``出口压力0.3～0.5MPa``) can be proposed as a reading item with limits and a unit.

``limits_in(standard)`` returns :class:`Limits` (lower, upper, unit, and the part of the text that was read) or
``None``. ``None`` means "keep it a pass/fail item": the parser would rather miss a limit than invent one.

What is read
    * Ranges ``a～b``, ``a~b``, ``a-b``, ``a至b``, ``a到b``, ``a—b`` (also ``–``, ``〜``, full-width marks), with the
      unit after the second number, after both (``8g/L～12g/L``, they must agree) or after the first only.
      A hyphen range needs a unit (or ``pH``): a bare ``5-2`` is as likely a clause or item number as a range.
    * One-sided bounds before the number: upper ``≤ <= < ≯ 不超过 不高于 不大于 不得超过 小于等于 小于 低于 至多
      最高 最大 上限``; lower ``≥ >= > ≮ 不低于 不小于 不少于 大于等于 大于 高于 至少 最低 最小 下限``
      (a ``：``/``为``/``在`` may stand between mark and number); and after it: ``以下 以内 之内`` (upper),
      ``以上`` (lower), also with ``及``.
    * Tolerances ``50±2℃``, ``50℃±2℃``, ``(50±2)℃`` → 48..52; a relative one ``380V±10%`` → 342..418 V.
    * pH, whose values carry no unit: ``pH 6.5～8.5``, ``PH值：6～9``, ``pH≥6.5`` → unit ``pH``.
    * Two bounds of one quantity are combined: ``≥0.3MPa且≤0.5MPa`` → 0.3..0.5 MPa.
    * Full-width digits, dots, letters and marks (``７５℃``, ``０．３ＭＰａ``, ``＞＝``) are read as ASCII; ``1,000``
      as a thousand; a negative first number (``-10～40℃``).

Units (see ``_UNITS``): ℃ (``°C``, ``ºC``, ``摄氏度``), MPa, kPa, Pa, mg/L, g/L, μg/L, %, ‰, A, mA, kA, V, kV,
kW, MW, W, Hz, mm/s, mm, cm, m, μm, m³/h (``m3/h``), t/h, m/s, r/min (``rpm``), NTU, dB, dB(A), MΩ, Ω, mΩ,
μS/cm, mS/cm, kg. Case is forgiven where it is unambiguous (``Mpa`` → MPa, ``mg/l`` → mg/L). The unit is
returned normalised (``°C`` → ``℃``, full-width → ASCII, ``m3/h`` → ``m³/h``); it is ``""`` when the text gives
a limit without one (``8—12``, ``≤75``).

What is left alone (``None``)
    * Texts without a limit mark: a bare value (``额定电流100A``), dates and times (``2026年``, ``8:00～10:00``,
      ``2026-01-05``), counts and frequencies (``每2小时巡检一次``, ``每班1次``, ``不少于3个``, ``1～3号泵``):
      a number followed by a counting or time word (次 个 台 小时 天 年 号 倍 …) or an unknown Latin unit
      (``30min``) is never a limit.
    * Codes: numbers right after Latin letters or ``/`` without a unit (``GB 5749-2022``, ``DL/T 5210.1—2012``,
      ``DN100``), after ``第``/``每``/``#``/``:``, section numbers (``3.2.1``), numbers with a leading zero
      (``0571-88886666``), and unitless ranges with a four-digit number (years, phone numbers).
    * Limits relative to something unnamed (``不大于额定值``, ``额定值±5%``, ``±2℃``).
    * Texts it cannot attribute: two limits of different units or contradicting bounds (``温度≤75℃，压力≥0.3MPa``),
      a limit next to another quantity with a unit (``负荷80%时温度≤75℃``), reversed ranges (``12～8``), units
      that disagree (``0.3MPa～500kPa``).

The app's limits are inclusive (``rules.out_of_limit``): ``>0.3`` and ``≥0.3`` both give lower 0.3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from gridapp.inspections.kinds import ItemKind


@dataclass(frozen=True)
class Limits:
    """Limits read from a standard text; ``text`` is the part of the standard they were read from."""

    lower: float | None
    upper: float | None
    unit: str
    text: str

    def item_fields(self) -> dict[str, Any]:
        """The fields of a reading item (``CheckItem``) these limits give."""
        return {"kind": ItemKind.READING, "lower": self.lower, "upper": self.upper, "unit": self.unit}


# --- normalising characters (one character for one, so positions in the original text stay valid) -------------

_CHAR_MAP = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # full-width ASCII
_CHAR_MAP.update(
    {
        0x3000: " ",  # ideographic space
        0x00A0: " ",
        0x301C: "~",  # wave dash 〜
        0x223C: "~",  # ∼
        0x2010: "-",
        0x2011: "-",
        0x2212: "-",  # minus sign
        0x2267: "≥",  # ≧
        0x2266: "≤",  # ≦
        0x226E: "≥",  # ≮ not less than
        0x226F: "≤",  # ≯ not greater than
        0x00BA: "°",  # º written for °
        0x00B5: "μ",  # micro sign
        0x3002: " ",  # 。 ends a sentence: as a space, "75。" is no decimal point
    }
)


def _normalise(text: str) -> str:
    return text.translate(_CHAR_MAP)


# --- units ---------------------------------------------------------------------------------------------------

_UNITS = [
    "℃",
    "MPa",
    "kPa",
    "Pa",
    "mg/L",
    "g/L",
    "μg/L",
    "%",
    "‰",
    "A",
    "mA",
    "kA",
    "V",
    "kV",
    "kW",
    "MW",
    "W",
    "Hz",
    "mm/s",
    "mm",
    "cm",
    "m",
    "μm",
    "m³/h",
    "t/h",
    "m/s",
    "r/min",
    "NTU",
    "dB",
    "dB(A)",
    "MΩ",
    "Ω",
    "mΩ",
    "μS/cm",
    "mS/cm",
    "kg",
]
_ALIASES = {
    "°C": "℃",
    "° C": "℃",
    "摄氏度": "℃",
    "m3/h": "m³/h",
    "rpm": "r/min",
    "转/分": "r/min",
    "ug/L": "μg/L",
    "um": "μm",
    "uS/cm": "μS/cm",
    "兆帕": "MPa",
    "千帕": "kPa",
    "毫米": "mm",
    "米": "m",
    "千伏": "kV",
    "毫克/升": "mg/L",
    "克/升": "g/L",
}
_EXACT = {unit: unit for unit in _UNITS} | _ALIASES
_BY_LOWER: dict[str, str] = {}
for _written, _unit in _EXACT.items():
    _BY_LOWER.setdefault(_written.lower(), _unit)
# Where only case tells two units apart, a wrongly-cased spelling means the common one.
_BY_LOWER.update({"mω": "MΩ", "mw": "MW", "ma": "mA"})

_UNIT_RE = (
    "(?:"
    + "|".join(re.escape(u) for u in sorted(set(_EXACT) | {"°C"}, key=len, reverse=True))
    + r"|°\s?C)(?![A-Za-z/³²0-9(])"
)


def _unit(written: str | None) -> str | None:
    if not written:
        return None
    written = re.sub(r"°\s?C", "°C", written)
    return _EXACT.get(written) or _BY_LOWER.get(written.lower())


# --- the expression ------------------------------------------------------------------------------------------

_UPPER_WORDS = (
    r"不[得应宜能可]?(?:超过|超出|高于|大于|多于)|小于或?等于|低于|小于|至多|最多|最高值?|最大值?|上限值?|<=|=<|≤|<"
)
_LOWER_WORDS = r"不[得应宜能可]?(?:低于|小于|少于)|大于或?等于|高于|大于|至少|最少|最低值?|最小值?|下限值?|>=|=>|≥|>"
_NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_GAP = r"\s*(?:[:=]|为|在|应在|控制在|应为)?\s*"

_EXPRESSION = re.compile(
    rf"""
    (?P<ph>(?<![A-Za-z])ph\s*值?{_GAP})?
    (?:(?P<upper>{_UPPER_WORDS})|(?P<lower>{_LOWER_WORDS}))?{_GAP}
    (?P<open>\()?\s*
    (?P<a>{_NUMBER})\s*(?P<ua>{_UNIT_RE})?\s*
    (?:
        (?P<sep>~|至|到|—+|–|-{{1,2}})\s*(?P<b>{_NUMBER})
      | (?:±|\+/-|\+-)\s*(?P<t>\d+(?:\.\d+)?)
    )?
    \s*\)?\s*(?P<ub>{_UNIT_RE})?
    (?P<suffix>\s*[及或]?(?:以下|以内|之内|以上))?
    """,
    re.VERBOSE | re.IGNORECASE,
)

_COUNT_WORDS = [
    "次",
    "个",
    "台",
    "套",
    "只",
    "块",
    "根",
    "条",
    "项",
    "处",
    "号",
    "#",
    "点",
    "遍",
    "倍",
    "层",
    "级",
    "类",
    "种",
    "组",
    "名",
    "人",
    "班",
    "岁",
    "页",
    "份",
    "张",
    "轮",
    "圈",
    "步",
    "节",
    "段",
    "元",
    "万",
    "千",
    "百",
    "小时",
    "分钟",
    "分",
    "秒",
    "天",
    "日",
    "周",
    "星期",
    "月",
    "年",
    "时",
    "d",
    "h",
]


@dataclass(frozen=True)
class _Found:
    lower: Decimal | None
    upper: Decimal | None
    unit: str
    start: int
    end: int


class _Stray(Exception):
    """A number with a unit that is not a limit: the text holds a quantity that cannot be attributed."""


def _decimal(written: str) -> Decimal:
    return Decimal(written.replace(",", ""))


def _is_code_or_count(text: str, match: re.Match[str], unit: str | None) -> bool:
    """The number is a code, date, time, section number or count rather than a measured value."""
    start = match.start("open") if match.group("open") else match.start("a")
    before = text[:start].rstrip()
    marked = match.group("ph") or match.group("upper") or match.group("lower")
    if not marked:
        if before.endswith(("第", "每", "#", ":", ".", "±", "+")) or (before and before[-1].isdigit()):
            return True
        if unit is None and before and ((before[-1].isascii() and before[-1].isalpha()) or before[-1] == "/"):
            return True
    after = text[match.end() :]
    if re.match(r"\.\d|:\d", after):  # 3.2.1, 8:00
        return True
    numbers = [match.group("a"), match.group("b")]
    if any(n and re.match(r"-?0\d", n) for n in numbers):  # 0571, 08
        return True
    if unit is None and not match.group("suffix"):
        rest = after.lstrip()
        if rest[:1].isascii() and rest[:1].isalpha():  # an unknown Latin unit: 30min, 8h
            return True
        if rest.startswith(tuple(_COUNT_WORDS)):
            return True
    return False


def _read(text: str, match: re.Match[str]) -> _Found | None:
    """One expression as limits; None when it is no limit at all. Raises _Stray for an unattributable quantity."""
    ua, ub = match.group("ua"), match.group("ub")
    unit_a, unit_b = _unit(ua), _unit(ub)
    has_unit = bool(ua or ub)
    a, b, t = match.group("a"), match.group("b"), match.group("t")
    sep, suffix = match.group("sep"), (match.group("suffix") or "").strip()
    upper_mark, lower_mark = match.group("upper"), match.group("lower")
    unit = unit_b or unit_a
    relative = bool(t and unit_b == "%" and unit_a and unit_a != "%")
    if ua and ub and unit_a != unit_b and not relative:
        raise _Stray
    if _is_code_or_count(text, match, unit):
        if has_unit:
            raise _Stray
        return None
    if match.group("ph"):
        if has_unit:
            raise _Stray
        unit = "pH"
    unit = unit or ""
    found = lambda lower, upper: _Found(lower, upper, unit, match.start(), match.end())  # noqa: E731

    if b is not None:  # a range
        if upper_mark or lower_mark or suffix in {"以下", "以上", "及以下", "及以上", "或以下", "或以上"}:
            return None
        low, high = _decimal(a), _decimal(b)
        if sep.startswith("-") and not unit:
            return None
        if not unit and any(len(n.lstrip("-").split(".")[0].replace(",", "")) >= 4 for n in (a, b)):
            return None  # years, phone numbers, regulation numbers
        if low > high:
            raise _Stray
        return found(low, high)
    if t is not None:  # a tolerance
        if upper_mark or lower_mark or suffix:
            return None
        nominal, tolerance = _decimal(a), _decimal(t)
        if relative:
            tolerance = abs(nominal) * tolerance / 100
            unit = unit_a or ""
            return _Found(nominal - tolerance, nominal + tolerance, unit, match.start(), match.end())
        return found(nominal - tolerance, nominal + tolerance)
    value = _decimal(a)
    upper = bool(upper_mark) or suffix.endswith(("以下", "以内", "之内"))
    lower = bool(lower_mark) or suffix.endswith("以上")
    if upper and lower:
        return None
    if upper:
        return found(None, value)
    if lower:
        return found(value, None)
    if has_unit or match.group("ph"):
        raise _Stray  # a bare value with a unit: 额定电流100A
    return None


def _combine(values: list[Decimal | None]) -> tuple[bool, Decimal | None]:
    stated = {v for v in values if v is not None}
    if len(stated) > 1:
        return False, None
    return True, next(iter(stated), None)


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def limits_in(standard: str) -> Limits | None:
    """The limits the standard text states, or None when it states none the parser can attribute."""
    if not standard:
        return None
    text = _normalise(standard)
    found: list[_Found] = []
    try:
        for match in _EXPRESSION.finditer(text):
            limits = _read(text, match)
            if limits is not None:
                found.append(limits)
    except _Stray:
        return None
    if not found or len({f.unit for f in found}) > 1:
        return None
    ok_lower, lower = _combine([f.lower for f in found])
    ok_upper, upper = _combine([f.upper for f in found])
    if not (ok_lower and ok_upper) or (lower is not None and upper is not None and lower > upper):
        return None
    start, end = found[0].start, found[-1].end
    return Limits(_float(lower), _float(upper), found[0].unit, standard[start:end].strip())
