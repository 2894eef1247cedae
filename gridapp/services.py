"""Opening the workspace: station identity, database, schema upgrade, and the services every tab uses."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from gridapp.db.connect import open_database
from gridapp.db.database import Database
from gridapp.db.schema import SchemaUpgrade, ensure_schema
from gridapp.db.station_table import register_station
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.events import EventBus
from gridapp.inspections.issue_board import IssueBoardReporter
from gridapp.inspections.service import InspectionService
from gridapp.issues.photos import PhotoStore, photo_root_for
from gridapp.issues.service import IssueService
from gridapp.org.service import OrgService
from gridapp.party_life.service import PartyLifeService
from gridapp.paths import data_dir
from gridapp.progress import Progress, no_progress
from gridapp.projects.service import ProjectService
from gridapp.scoring.service import ScoringService
from gridapp.security.chain import ChainReport
from gridapp.security.service import SecurityService
from gridapp.station import Station, load_or_create_station
from gridapp.sync.service import SyncService
from gridapp.times import set_plant_offset
from gridapp.training.service import TrainingService

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the UI may call; built once per open database."""

    db: Database
    events: EventBus
    org: OrgService
    issues: IssueService
    inspections: InspectionService
    projects: ProjectService
    scoring: ScoringService
    security: SecurityService
    sync: SyncService
    party_life: PartyLifeService
    training: TrainingService

    @classmethod
    def over(cls, db: Database) -> Services:
        """Build every capability's service over ``db``; later capabilities add theirs here and subscribe to events."""
        events = EventBus()
        # One photo folder for the issues and for sync (a bundle carries the photos its rows name).
        photos = PhotoStore(photo_root_for(db.location.path, data_dir()), db)
        issues = IssueService(db, events, photos=photos)
        inspections = InspectionService(db, events, IssueBoardReporter(issues))
        scoring = ScoringService(db)
        scoring.subscribe(events)  # events propose points; a person confirms them
        return cls(
            db=db,
            events=events,
            org=OrgService(db),
            issues=issues,
            inspections=inspections,
            projects=ProjectService(db, events, photos),
            scoring=scoring,
            security=SecurityService(db),
            sync=SyncService(db, photos),
            party_life=PartyLifeService(db, events, photos=photos),
            training=TrainingService(db),
        )

    def close(self) -> None:
        self.db.dispose()


@dataclass(frozen=True)
class Opened:
    services: Services
    upgrade: SchemaUpgrade | None
    empty: bool  # no plant yet: the app offers the demo plant
    chain: ChainReport  # the audit chain's head as checked at start; when broken the database is read-only


def local_station(folder: Path | None = None) -> Station:
    folder = folder or data_dir()
    try:
        return load_or_create_station(folder)
    except OSError as exc:
        raise DatabaseOpenError(Problem.READ_ONLY, str(folder), str(exc)) from exc


def open_workspace(
    target: str | os.PathLike[str], progress: Progress = no_progress, without_backup: bool = False
) -> Opened:
    """Open (creating if needed) and upgrade the database at ``target``; raises DatabaseOpenError.

    ``without_backup``: the administrator confirmed a server upgrade although no pg_dump can be made here.
    """
    station = local_station()
    progress(0, 3, "open")
    db = open_database(target, station)
    try:
        progress(1, 3, "schema")
        upgrade = ensure_schema(db, without_backup=without_backup)
        if upgrade:
            log.info(
                "database %s upgraded from %s to %s (backup %s)",
                db.location.url,
                upgrade.from_revision,
                upgrade.to_revision,
                upgrade.backup,
            )
        progress(2, 3, "audit")
        services = Services.over(db)
        chain = services.security.check_at_start()
        if db.read_only is None:
            with db.write(db.system_actor()) as session:
                register_station(session, station)
        empty = services.org.is_empty()
        # Plant time, the one zone shown and printed, is the calendar's (UTC+8 unless the plant set another).
        set_plant_offset(services.issues.calendar().utc_offset_minutes)
    except BaseException:
        db.dispose()
        raise
    progress(3, 3, "")
    return Opened(services, upgrade, empty, chain)
