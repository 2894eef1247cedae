"""The current time, always timezone-aware UTC (kept free of heavy imports: the UI's first screen uses it)."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
