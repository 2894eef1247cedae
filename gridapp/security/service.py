"""The security capability as the UI sees it: accounts, the audit trail, and the chain check at start."""

from __future__ import annotations

import logging
import uuid

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.security.accounts import AccountService
from gridapp.security.chain import ChainChecker, ChainReport
from gridapp.security.rights import Right, may
from gridapp.security.trail import AuditTrail

log = logging.getLogger(__name__)


class SecurityService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self.accounts = AccountService(db)
        self.trail = AuditTrail(db)

    def check_at_start(self) -> ChainReport:
        """The chain's head (≤ 50 ms): an intact chain moves the checkpoint on; a broken one, or one whose key this
        PC lacks, makes the database read-only, so nothing is added to a trail that cannot be trusted."""
        with self._db.write(self._db.system_actor(), "audit.check") as s:
            checker = ChainChecker(s)
            report = checker.quick()
            if report.intact:
                checker.advance()
        if report.breach is not None:
            log.error("audit chain: %s at record %s (%s)", report.breach.kind, report.breach.seq, report.breach.detail)
            self._db.read_only = f"audit:{report.breach.kind.value}"
        return report

    def may(self, actor: Actor | None, right: Right, unit_id: uuid.UUID | None = None) -> bool:
        """What the UI asks to hide or disable an action; the service asks the same table again when it runs."""
        if actor is None:
            return False
        with self._db.read() as s:
            return may(s, actor, right, unit_id)
