"""Cell values as the app stores them, the same for every import: text (numbers typed as numbers, dates), numbers,
dates (ISO, Chinese, dotted, and Excel's day numbers), and phone numbers in one form whatever the separators."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from gridapp.org.normalize import clean_text

_DATE_FORMS = (
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 1 is 1900-01-01 (its phantom 1900-02-29 shifts the epoch)
_EXCEL_DAYS = range(1, 73_051)  # 1900-01-01 … 2099-12-31: a number in a date column in this range is a day number


def text(value: Any) -> str:
    """A cell as the text a user typed: 12345.0 → "12345", a date → "2026-03-01", None → ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # employee and phone numbers typed as numbers
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ", "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def number(value: Any) -> float | None:
    """A number from a cell (full-width digits and a comma as the decimal mark allowed); None when empty.
    Raises ValueError for text that is not a number."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        return float(value)
    return float(clean_text(value, code=True).value.replace("，", ".").replace(",", "."))


def date(value: Any) -> dt.date | None:
    """A date from a cell: a date, Excel's day number (a date column formatted as a number), or text in the usual
    Chinese and ISO forms; None when it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if int(value) in _EXCEL_DAYS:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        return None
    cleaned = clean_text(text(value), code=True).value
    for form in _DATE_FORMS:
        if match := form.fullmatch(cleaned):
            try:
                return dt.date(*map(int, match.groups()))
            except ValueError:
                return None
    return None


_PHONE_MARKS = re.compile(r"[\s\-–—－.·/()（）\[\]【】]")
_EXTENSION = re.compile(r"(?:转|分机|ext\.?|x)\s*(\d{1,6})$", re.IGNORECASE)
_TWO_DIGIT_AREAS = ("010", "02")  # Beijing 010 and the 02x cities have three-digit area codes; the rest four


def phone(value: Any) -> str:
    """One form for every way a number is written: a mobile as 11 digits (13812345678 from "+86 138-1234-5678",
    "(+86)13812345678", "138 1234 5678"); a landline as area code, hyphen, number ("0459-5551234" from
    "(0459)5551234" or "0459 555 1234"), an extension after "转"; anything else (an internal short number, text) as
    written, cleaned of stray spaces."""
    raw = clean_text(text(value), code=True).value
    if not raw:
        return ""
    extension = ""
    if match := _EXTENSION.search(raw):
        extension, raw = match.group(1), raw[: match.start()]
    digits = _PHONE_MARKS.sub("", raw)
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isdigit():
        return clean_text(text(value), code=True).value
    for prefix in ("0086", "86"):
        rest = digits[len(prefix) :]
        if digits.startswith(prefix) and ((len(rest) == 11 and rest.startswith("1")) or 9 <= len(rest) <= 11):
            digits = rest if rest.startswith("1") else "0" + rest if not rest.startswith("0") else rest
            break
    if len(digits) == 11 and digits.startswith("1"):
        number_ = digits
    elif digits.startswith("0") and 10 <= len(digits) <= 12:
        split = 3 if digits.startswith(_TWO_DIGIT_AREAS) else 4
        number_ = f"{digits[:split]}-{digits[split:]}"
    else:
        number_ = digits
    return f"{number_}转{extension}" if extension else number_
