"""The acting person and station that every data-changing service call names explicitly."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does something, and on which station.

    ``person_id`` is None only for the system itself (loading the demo plant, migrations); accounts and
    permissions build on this without changing any service signature.
    """

    station_id: uuid.UUID
    person_id: uuid.UUID | None = None
    name: str = ""
