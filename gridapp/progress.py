"""How long-running core work reports progress and learns it was cancelled, without knowing about threads or Qt."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised inside long work when the user cancelled it; the open transaction rolls back, nothing is half-written."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, text: str = "") -> None:
        """Report progress; raises Cancelled when the user asked to stop."""


def no_progress(done: int, total: int, text: str = "") -> None:
    """The Progress to use when nobody is watching."""
