"""The inspection capability as the UI and other capabilities see it: documents, rounds, workbooks and prints."""

from __future__ import annotations

from gridapp.db.database import Database
from gridapp.events import EventBus
from gridapp.inspections.documents import DocumentService
from gridapp.inspections.editions import EditionService
from gridapp.inspections.issue_link import FailedItemReporter
from gridapp.inspections.printing import PrintService
from gridapp.inspections.rounds import RoundService
from gridapp.inspections.workbook import WorkbookService


class InspectionService:
    def __init__(self, db: Database, events: EventBus, reporter: FailedItemReporter | None = None) -> None:
        self.documents = DocumentService(db)
        self.editions = EditionService(db)
        self.rounds = RoundService(db, events, reporter)
        self.workbooks = WorkbookService(db, self.documents, self.editions)
        self.prints = PrintService(db, self.editions)
