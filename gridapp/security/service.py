"""The security capability as the UI sees it: accounts, the audit trail, and the chain check at start."""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.security.accounts import AccountService
from gridapp.security.audit import fingerprint
from gridapp.security.chain import ChainChecker, ChainReport
from gridapp.security.models import AuditChain
from gridapp.security.rights import Right, may, require
from gridapp.security.secrets import audit_key, store_audit_key
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
        if self._db.read_only is not None:  # a file that cannot be written: checked, but the checkpoint stays
            with self._db.read() as s:
                report = ChainChecker(s).quick()
        else:
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

    def export_key(self, actor: Actor) -> bytes:
        """The audit chain's key, for another PC of a server database (the system administrator only; audited).
        Raises AccessDenied, LookupError (no chain, or this PC lacks the key) or NoSecureStore."""
        with self._db.read() as s:
            require(s, actor, Right.ACCOUNT_ADMIN)
            chain = s.scalar(select(AuditChain).limit(1))
        if chain is None:
            raise LookupError("this database has no audit trail yet")
        key = audit_key(chain.id)
        if key is None:
            raise LookupError("this PC does not hold the audit key")
        self._db.audit_event(actor, "audit.export_key")
        return key

    def import_key(self, key: bytes) -> None:
        """Keep the chain's key in this PC's keyring; refused (ValueError) unless it is this database's key."""
        with self._db.read() as s:
            chain = s.scalar(select(AuditChain).limit(1))
        if chain is None or fingerprint(key) != chain.key_fingerprint:
            raise ValueError("that is not this database's audit key")
        store_audit_key(chain.id, key)
