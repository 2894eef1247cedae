"""The acting person and station that every data-changing service call names explicitly."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from gridapp.security.kinds import SystemRole


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does something, and on which station.

    At the PC an Actor comes only from a login (``gridapp.security.accounts.AccountService.login``): it names the
    account and, for a person's account, the person whose roles decide what it may do. ``person_id`` and
    ``account_id`` both None is the station itself (loading the demo plant, migrations); a system account (三员)
    has an account and no person, and holds no business role.
    """

    station_id: uuid.UUID
    person_id: uuid.UUID | None = None
    name: str = ""
    account_id: uuid.UUID | None = None
    login: str = ""
    system_role: SystemRole | None = None

    @property
    def is_station(self) -> bool:
        return self.person_id is None and self.account_id is None
