"""The scoring service the UI calls: its parts, the operator's permissions, and the event subscriptions.

The parts (and the scoring models behind them) are imported when first used: opening the workspace at start-up
builds this service, and the organisation tab should not wait for the scoring tables' mappings.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.events import (
    EventBus,
    IssueClosed,
    IssueFedBack,
    IssueReported,
    MemberAbsent,
    ProjectFinished,
    RoundCompleted,
    SuggestionAdopted,
)
from gridapp.times import plant_today

if TYPE_CHECKING:
    from gridapp.scoring.closing import PeriodService
    from gridapp.scoring.entries import EntryService
    from gridapp.scoring.periods import PeriodKind
    from gridapp.scoring.proposals import Proposer
    from gridapp.scoring.rows import CatalogueRow, Permissions
    from gridapp.scoring.rules import RuleService
    from gridapp.scoring.standings import StandingService
    from gridapp.scoring.warnings import WarningService


class ScoringService:
    """``today`` is injectable so tests can stand on any day."""

    def __init__(self, db: Database, today: Callable[[], dt.date] = plant_today) -> None:
        self._db = db
        self._today = today

    @cached_property
    def rules(self) -> RuleService:
        from gridapp.scoring.rules import RuleService

        return RuleService(self._db, self._today)

    @cached_property
    def entries(self) -> EntryService:
        from gridapp.scoring.entries import EntryService

        return EntryService(self._db, self._today)

    @cached_property
    def periods(self) -> PeriodService:
        from gridapp.scoring.closing import PeriodService

        return PeriodService(self._db, self._today)

    @cached_property
    def standings(self) -> StandingService:
        from gridapp.scoring.standings import StandingService

        return StandingService(self._db, self._today)

    @cached_property
    def warnings(self) -> WarningService:
        from gridapp.scoring.warnings import WarningService

        return WarningService(self._db, self._today)

    @cached_property
    def proposer(self) -> Proposer:
        from gridapp.scoring.proposals import Proposer

        return Proposer(self._today)

    def subscribe(self, bus: EventBus) -> None:
        """Proposals from the issue board's, the inspection rounds' and party life's events."""
        bus.subscribe(IssueReported, lambda session, event: self.proposer.on_issue_reported(session, event))
        bus.subscribe(IssueFedBack, lambda session, event: self.proposer.on_issue_fed_back(session, event))
        bus.subscribe(IssueClosed, lambda session, event: self.proposer.on_issue_closed(session, event))
        bus.subscribe(RoundCompleted, lambda session, event: self.proposer.on_round_completed(session, event))
        bus.subscribe(MemberAbsent, lambda session, event: self.proposer.on_member_absent(session, event))
        bus.subscribe(SuggestionAdopted, lambda session, event: self.proposer.on_suggestion_adopted(session, event))
        bus.subscribe(ProjectFinished, lambda session, event: self.proposer.on_project_finished(session, event))

    def ensure_catalogues(self, actor: Actor) -> bool:
        """Install the shipped default catalogues the first time scoring is used; True if anything was added."""
        from gridapp.scoring.catalogue import install_defaults, is_installed

        with self._db.read() as s:
            if is_installed(s):
                return False
        with self._db.write(actor) as s:
            return install_defaults(s)

    def catalogues(self) -> list[CatalogueRow]:
        from gridapp.scoring.catalogue import read_catalogues

        with self._db.read() as s:
            return read_catalogues(s)

    def roles(self) -> list[tuple[str, str]]:
        """(code, name) of the roles in the organisation's catalogue, to choose and show who may grant a rule."""
        from sqlalchemy import select

        from gridapp.org.models import Role

        with self._db.read() as s:
            rows = s.execute(
                select(Role.code, Role.name).where(Role.deleted_at.is_(None)).order_by(Role.position, Role.code)
            )
            return [(code, name) for code, name in rows]

    def permissions(self, person_id: uuid.UUID | None) -> Permissions:
        from gridapp.scoring.access import permissions

        with self._db.read() as s:
            return permissions(s, person_id, self._today())

    def update_settings(
        self,
        actor: Actor,
        catalogue: str,
        *,
        base: Decimal,
        top_n: int,
        bottom_n: int,
        thresholds: dict[PeriodKind, tuple[Decimal, ...]] | None,
    ) -> CatalogueRow:
        """Change a catalogue's base score, ranking marks and star thresholds (closed periods keep their copy)."""
        from sqlalchemy import select

        from gridapp.scoring.base import person_of
        from gridapp.scoring.catalogue import validate_thresholds
        from gridapp.scoring.kinds import Refusal, ScoringRefused
        from gridapp.scoring.models import ScoreCatalogue
        from gridapp.scoring.points import to_tenths
        from gridapp.security.rights import Right, plant_root, require

        with self._db.write(actor) as s:
            person_of(actor)  # a person decides (NO_PERSON for the station or a system account), then the table
            require(s, actor, Right.SCORE_RULES, plant_root(s), self._today())
            head = s.scalar(
                select(ScoreCatalogue).where(ScoreCatalogue.code == catalogue, ScoreCatalogue.deleted_at.is_(None))
            )
            if head is None:
                raise ScoringRefused(Refusal.UNKNOWN)
            if not (0 <= top_n <= 99 and 0 <= bottom_n <= 99):
                raise ScoringRefused(Refusal.BAD_QUANTITY, quantity=max(top_n, bottom_n))
            head.base_tenths = to_tenths(base)
            head.top_n = top_n
            head.bottom_n = bottom_n
            if head.thresholds is not None or thresholds is not None:
                head.thresholds = validate_thresholds(thresholds) if thresholds is not None else None
        return next(c for c in self.catalogues() if c.code == catalogue)
