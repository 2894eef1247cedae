"""A ReportLab document that reports its progress (and so can be cancelled) while it lays out its flowables."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, SimpleDocTemplate

from gridapp.progress import Progress


class ProgressDoc(SimpleDocTemplate):
    """``build`` reports each flowable laid out to ``progress``, which raises Cancelled when the user stops it."""

    def __init__(self, *args: Any, progress: Progress, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._progress = progress
        self._done = 0
        self._total = 1

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        self._total = max(len(flowables), 1)
        super().build(flowables, *args, **kwargs)

    def afterFlowable(self, flowable: Flowable) -> None:
        self._done += 1
        if self._done % 10 == 0:
            self._progress(min(self._done, self._total), self._total, "pdf")
