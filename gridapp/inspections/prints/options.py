"""What a user chooses before printing (kept free of ReportLab, so the services import it at start-up for free)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from gridapp.inspections.kinds import CheckLevel, Frequency


@dataclass(frozen=True, slots=True)
class ChecklistOptions:
    landscape: bool = False
    level: CheckLevel | None = None  # only the items this level checks
    frequency: Frequency | None = None
    date: dt.date | None = None  # printed in the header; blank to fill in by hand
    printed_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """What to print: the working copy of a document, or one of its released editions."""

    document_id: uuid.UUID | None = None
    edition_id: uuid.UUID | None = None
