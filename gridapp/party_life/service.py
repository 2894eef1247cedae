"""Party life's service, as the UI and the tests reach it: ``services.party_life.meetings``, ``….talks``, ``….care``."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from gridapp.db.database import Database
from gridapp.events import EventBus
from gridapp.issues.photos import PhotoStore
from gridapp.org.queries import UnitIndex
from gridapp.party_life.care import CareService
from gridapp.party_life.meetings import MeetingService
from gridapp.party_life.member_record import MemberRecordService
from gridapp.party_life.suggestions import SuggestionService
from gridapp.party_life.talks import TalkService
from gridapp.party_life.zone_reports import ZoneReportService
from gridapp.security.rights import plant_today


class PartyLifeService:
    def __init__(
        self,
        db: Database,
        events: EventBus,
        today: Callable[[], dt.date] = plant_today,
        photos: PhotoStore | None = None,
    ) -> None:
        self._db = db
        self.meetings = MeetingService(db, events, today, photos)
        self.talks = TalkService(db, today)
        self.suggestions = SuggestionService(db, events, today)
        self.zone_reports = ZoneReportService(db, today)
        self.care = CareService(db, today)
        self.member_records = MemberRecordService(db, today)

    def unit_path(self, unit_id: uuid.UUID) -> str:
        """东湖水厂/…/取水泵房班: how the prints name a unit."""
        with self._db.read() as s:
            index = UnitIndex(s)
            return index.path(unit_id) if unit_id in index else ""
