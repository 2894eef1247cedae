"""Accounts: the first system administrator, logins with lock-out, password changes, and account administration.

A login is the only way the UI gets an Actor for a person or a system account (the Actor is "proven"). Failed
logins count on the account row, so a lock survives a restart; every login, failure, lock, password change and
account change is in the audit trail. Passwords themselves are never stored, logged or shown: only Argon2id hashes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import secrets
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import ACTOR_KEY, Database
from gridapp.org.models import Person, Unit
from gridapp.security import audit
from gridapp.security.kinds import AuditResult, LoginProblem, SystemRole
from gridapp.security.models import Account, SecuritySetting
from gridapp.security.passwords import Policy, PolicyRule, hash_password, needs_rehash, verify_password
from gridapp.security.rights import Right, require
from gridapp.times import utcnow

LOGIN_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{2,40}$")
SYSTEM_LOGINS = {
    SystemRole.SYSTEM_ADMIN: "sysadmin",
    SystemRole.SECURITY_ADMIN: "secadmin",
    SystemRole.AUDITOR: "auditor",
}


class LoginRefused(Exception):
    """A login or an account change that cannot be made; ``details`` fill the UI's sentence."""

    def __init__(self, problem: LoginProblem, **details: Any) -> None:
        super().__init__(f"{problem.value}: {details}" if details else problem.value)
        self.problem = problem
        self.details = details


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: uuid.UUID
    login: str
    person_id: uuid.UUID | None
    person_name: str
    unit: str
    system_role: SystemRole | None
    active: bool
    demo: bool
    must_change: bool
    locked_until: dt.datetime | None
    password_changed_at: dt.datetime
    last_login_at: dt.datetime | None
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class LoggedIn:
    """A successful login: the proven Actor and what the window shows about it."""

    actor: Actor
    account: AccountRow
    password_expires_on: dt.date | None
    idle_minutes: int


class AccountService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # the policy

    def policy(self) -> Policy:
        with self._db.read() as s:
            return read_policy(s)

    def set_policy(self, actor: Actor, policy: Policy) -> None:
        for name, (low, high) in Policy.LIMITS.items():
            value = getattr(policy, name)
            if not low <= value <= high:
                raise LoginRefused(LoginProblem.WEAK, setting=name, low=low, high=high)
        with self._db.write(actor, "security.policy") as s:
            require(s, actor, Right.SECURITY_POLICY)
            current = {
                row.key: row for row in s.scalars(select(SecuritySetting).where(SecuritySetting.deleted_at.is_(None)))
            }
            for name, value in dataclasses.asdict(policy).items():
                row = current.get(name)
                if row is None:
                    s.add(SecuritySetting(key=name, value=str(value)))
                elif row.value != str(value):
                    row.value = str(value)

    # first start

    def needs_admin(self) -> bool:
        """No system administrator yet: a new database asks for one before anything else."""
        with self._db.read() as s:
            return _system_account(s, SystemRole.SYSTEM_ADMIN) is None

    def init_admin(self, password: str, login: str = SYSTEM_LOGINS[SystemRole.SYSTEM_ADMIN]) -> AccountRow:
        """The first system administrator, made by the station; refused once one exists."""
        _check_login(login)
        policy = self.policy()
        check_password(policy, password, login)
        with self._db.write(self._db.system_actor(), "account.init_admin") as s:
            if _system_account(s, SystemRole.SYSTEM_ADMIN) is not None:
                raise LoginRefused(LoginProblem.ADMIN_EXISTS)
            account = _new_account(s, login, None, SystemRole.SYSTEM_ADMIN, hash_password(password), None)
            account.must_change = False  # chosen by the administrator just now
            s.flush()
            return _row(s, account)

    # logging in

    def logins(self) -> list[str]:
        """The login names of active accounts, for the login dialog's completion."""
        with self._db.read() as s:
            return list(
                s.scalars(
                    select(Account.login)
                    .where(Account.deleted_at.is_(None), Account.active.is_(True))
                    .order_by(Account.login)
                )
            )

    def login(self, login: str, password: str) -> LoggedIn:
        """Check the password; raises LoginRefused (UNKNOWN_OR_WRONG, DISABLED, LOCKED, EXPIRED, MUST_CHANGE).

        Every attempt is audited (the login name, never the password); a wrong password counts on the account.
        """
        if self._db.read_only is not None:
            return self._login_read_only(login, password)
        now = utcnow()
        outcome: LoggedIn | LoginRefused
        with self._db.write(self._db.system_actor(), "login") as s:
            changes = audit.changes_of(s)
            changes.always = True
            changes.extra["login"] = login[:40]
            account = _by_login(s, login)
            if account is None:
                verify_password(_dummy_hash(), password)  # as slow as a known login: names cannot be probed
                outcome = LoginRefused(LoginProblem.UNKNOWN_OR_WRONG)
            else:
                policy = read_policy(s)
                s.info[ACTOR_KEY] = actor_of(_row(s, account), self._db.station.id)
                changes.target = ("account", str(account.id), "", None)
                refusal = _admit(account, password, policy, now)
                if refusal is None:
                    account.last_login_at = now
                    if needs_rehash(account.password_hash):
                        account.password_hash = hash_password(password)
                    outcome = self._logged_in(s, account, policy)
                else:
                    outcome = refusal
            if isinstance(outcome, LoginRefused):
                changes.result = AuditResult.FAILED
                changes.extra["refused"] = outcome.problem.value
        if isinstance(outcome, LoginRefused):
            raise outcome
        return outcome

    def _login_read_only(self, login: str, password: str) -> LoggedIn:
        """A broken chain: nothing is written (not even a failed attempt); the auditor can still read."""
        with self._db.read() as s:
            account = _by_login(s, login)
            if account is None:
                verify_password(_dummy_hash(), password)
                raise LoginRefused(LoginProblem.UNKNOWN_OR_WRONG)
            policy = read_policy(s)
            if not account.active:
                raise LoginRefused(LoginProblem.DISABLED)
            if account.locked_until is not None and account.locked_until > utcnow():
                raise LoginRefused(LoginProblem.LOCKED, until=account.locked_until)
            if not verify_password(account.password_hash, password):
                raise LoginRefused(LoginProblem.UNKNOWN_OR_WRONG)
            # (a password due for a change is let in: nothing can be written, the change included)
            return self._logged_in(s, account, policy)

    def _logged_in(self, s: Session, account: Account, policy: Policy) -> LoggedIn:
        row = _row(s, account)
        expires = None
        if policy.expire_days:
            expires = (account.password_changed_at + dt.timedelta(days=policy.expire_days)).date()
        return LoggedIn(actor_of(row, self._db.station.id), row, expires, policy.idle_minutes)

    def unlock_window(self, actor: Actor, password: str) -> None:
        """Unlocking an idle window: the same counting, locking and audit as a login; raises LoginRefused."""
        try:
            self.login(actor.login, password)
        except LoginRefused as exc:
            if exc.problem not in (LoginProblem.EXPIRED, LoginProblem.MUST_CHANGE):
                raise  # (the right password otherwise: changing it can wait for the next login)

    def change_password(self, login: str, old: str, new: str) -> LoggedIn:
        """Change one's own password (first login, after a reset, expired, or by choice) and log in with it."""
        with self._db.read() as s:
            account = _by_login(s, login)
            if account is None:
                raise LoginRefused(LoginProblem.UNKNOWN_OR_WRONG)
            policy = read_policy(s)
        if old == new:
            raise LoginRefused(LoginProblem.SAME_AS_OLD)
        check_password(policy, new, account.login)
        try:
            self.login(login, old)
        except LoginRefused as exc:
            if exc.problem not in (LoginProblem.EXPIRED, LoginProblem.MUST_CHANGE):
                raise
        station = self._db.system_actor()
        with self._db.write(station, "account.password_changed") as s:
            account = s.get(Account, account.id)
            assert account is not None
            account.password_hash = hash_password(new)
            account.password_changed_at = utcnow()
            account.must_change = False
        return self.login(login, new)

    # administration (the system administrator)

    def accounts(self) -> list[AccountRow]:
        with self._db.read() as s:
            found = s.scalars(select(Account).where(Account.deleted_at.is_(None)).order_by(Account.login))
            return [_row(s, a) for a in found]

    def account_for_person(self, person_id: uuid.UUID) -> AccountRow | None:
        with self._db.read() as s:
            account = s.scalar(select(Account).where(Account.person_id == person_id, Account.deleted_at.is_(None)))
            return _row(s, account) if account else None

    def create(
        self,
        actor: Actor,
        login: str,
        temporary_password: str,
        person_id: uuid.UUID | None = None,
        system_role: SystemRole | None = None,
    ) -> AccountRow:
        """An account for a person, or a system account; the password must be changed at first login."""
        if (person_id is None) == (system_role is None):
            raise ValueError("an account belongs to a person or is a system account, not both")
        _check_login(login)
        with self._db.read() as s:
            policy = read_policy(s)
        check_password(policy, temporary_password, login)
        with self._db.write(actor, "account.create") as s:
            require(s, actor, Right.ACCOUNT_ADMIN)
            if _by_login(s, login, active_only=False) is not None:
                raise LoginRefused(LoginProblem.LOGIN_TAKEN, login=login)
            if person_id is not None:
                person = s.get(Person, person_id)
                if person is None or person.deleted_at is not None or person.left_on is not None:
                    raise LoginRefused(LoginProblem.PERSON_UNKNOWN)
                if s.scalar(select(Account.id).where(Account.person_id == person_id, Account.deleted_at.is_(None))):
                    raise LoginRefused(LoginProblem.PERSON_HAS_ACCOUNT, name=person.name)
            if system_role is not None and _system_account(s, system_role) is not None:
                raise LoginRefused(LoginProblem.SYSTEM_ROLE_TAKEN, role=system_role.value)
            account = _new_account(s, login, person_id, system_role, hash_password(temporary_password), actor)
            s.flush()
            return _row(s, account)

    def reset_password(self, actor: Actor, account_id: uuid.UUID, temporary_password: str) -> None:
        with self._db.write(actor, "account.reset_password") as s:
            require(s, actor, Right.ACCOUNT_ADMIN)
            account = _get(s, account_id)
            check_password(read_policy(s), temporary_password, account.login)
            account.password_hash = hash_password(temporary_password)
            account.password_changed_at = utcnow()
            account.must_change = True
            account.failed_logins = 0
            account.locked_until = None

    def unlock(self, actor: Actor, account_id: uuid.UUID) -> None:
        with self._db.write(actor, "account.unlock") as s:
            require(s, actor, Right.ACCOUNT_ADMIN)
            account = _get(s, account_id)
            account.failed_logins = 0
            account.locked_until = None

    def set_active(self, actor: Actor, account_id: uuid.UUID, active: bool) -> None:
        with self._db.write(actor, "account.enable" if active else "account.disable") as s:
            require(s, actor, Right.ACCOUNT_ADMIN)
            account = _get(s, account_id)
            if not active and account.system_role is SystemRole.SYSTEM_ADMIN:
                raise LoginRefused(LoginProblem.LAST_ADMIN)
            if active and account.person_id is not None:
                person = s.get(Person, account.person_id)
                if person is None or person.left_on is not None:
                    raise LoginRefused(LoginProblem.PERSON_UNKNOWN)
            if active:
                account.active, account.disabled_at, account.disabled_by = True, None, None
            else:
                disable(account, actor)

    # the demo plant

    def has_demo_accounts(self) -> bool:
        with self._db.read() as s:
            return (
                s.scalar(select(Account.id).where(Account.demo.is_(True), Account.deleted_at.is_(None)).limit(1))
                is not None
            )


def demo_accounts(session: Session, password: str) -> int:
    """Accounts for every active person of the demo plant (login = employee number) and for the security
    administrator and the auditor, all with the one demo password the user chose; returns how many."""
    policy = read_policy(session)
    check_password(policy, password, "")
    hashed = hash_password(password)  # one hash for all: they share one password anyway, and Argon2id is slow
    made = 0
    people = session.scalars(select(Person).where(Person.deleted_at.is_(None), Person.left_on.is_(None)))
    for person in people:
        if _by_login(session, person.employee_no, active_only=False) is None:
            _new_account(session, person.employee_no, person.id, None, hashed, None, demo=True)
            made += 1
    for role in (SystemRole.SECURITY_ADMIN, SystemRole.AUDITOR):
        if _system_account(session, role) is None:
            _new_account(session, SYSTEM_LOGINS[role], None, role, hashed, None, demo=True)
            made += 1
    return made


def disable_for_person(session: Session, person_id: uuid.UUID) -> None:
    """A person who leaves (离职): their account is disabled in the same transaction."""
    actor = session.info.get("gridapp.actor")
    for account in session.scalars(select(Account).where(Account.person_id == person_id, Account.deleted_at.is_(None))):
        if account.active:
            disable(account, actor)


def disable(account: Account, actor: Actor | None) -> None:
    account.active = False
    account.disabled_at = utcnow()
    account.disabled_by = actor.account_id if actor else None


def read_policy(session: Session) -> Policy:
    rows = session.execute(
        select(SecuritySetting.key, SecuritySetting.value).where(SecuritySetting.deleted_at.is_(None))
    )
    values = {key: value for key, value in rows}
    return Policy.from_settings(values)


def actor_of(account: AccountRow, station_id: uuid.UUID) -> Actor:
    name = account.person_name or account.login
    return Actor(
        station_id=station_id,
        person_id=account.person_id,
        name=name,
        account_id=account.id,
        login=account.login,
        system_role=account.system_role,
    )


@cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def _admit(account: Account, password: str, policy: Policy, now: dt.datetime) -> LoginRefused | None:
    if not account.active:
        return LoginRefused(LoginProblem.DISABLED)
    if account.locked_until is not None and account.locked_until > now:
        return LoginRefused(LoginProblem.LOCKED, until=account.locked_until)
    if not verify_password(account.password_hash, password):
        account.failed_logins += 1
        if account.failed_logins >= policy.lock_attempts:
            account.locked_until = now + dt.timedelta(minutes=policy.lock_minutes)
            account.failed_logins = 0
            return LoginRefused(LoginProblem.LOCKED, until=account.locked_until)
        return LoginRefused(LoginProblem.UNKNOWN_OR_WRONG)
    account.failed_logins = 0
    account.locked_until = None
    if account.must_change:
        return LoginRefused(LoginProblem.MUST_CHANGE)
    if policy.expire_days and account.password_changed_at + dt.timedelta(days=policy.expire_days) < now:
        return LoginRefused(LoginProblem.EXPIRED)
    return None


def _check_login(login: str) -> None:
    if not LOGIN_PATTERN.match(login):
        raise LoginRefused(LoginProblem.LOGIN_INVALID, login=login)


def check_password(policy: Policy, password: str, login: str) -> None:
    broken: list[PolicyRule] = policy.broken_rules(password, login)
    if broken:
        raise LoginRefused(LoginProblem.WEAK, rules=broken, min_length=policy.min_length, min_kinds=policy.min_kinds)


def _by_login(s: Session, login: str, active_only: bool = False) -> Account | None:
    query = select(Account).where(Account.login == login.strip(), Account.deleted_at.is_(None))
    if active_only:
        query = query.where(Account.active.is_(True))
    return s.scalar(query)


def _system_account(s: Session, role: SystemRole) -> Account | None:
    return s.scalar(
        select(Account).where(Account.system_role == role, Account.deleted_at.is_(None), Account.active.is_(True))
    )


def _get(s: Session, account_id: uuid.UUID) -> Account:
    account = s.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise LoginRefused(LoginProblem.NO_SUCH_ACCOUNT)
    return account


def _new_account(
    s: Session,
    login: str,
    person_id: uuid.UUID | None,
    role: SystemRole | None,
    hashed: str,
    creator: Actor | None,
    demo: bool = False,
) -> Account:
    account = Account(
        login=login,
        person_id=person_id,
        system_role=role,
        active=True,
        demo=demo,
        password_hash=hashed,
        password_changed_at=utcnow(),
        must_change=not demo,
        failed_logins=0,
        created_by=creator.account_id if creator else None,
    )
    s.add(account)
    return account


def _row(s: Session, account: Account) -> AccountRow:
    name, unit = "", ""
    if account.person_id is not None:
        found = s.execute(
            select(Person.name, Unit.name)
            .join(Unit, Unit.id == Person.home_unit_id)
            .where(Person.id == account.person_id)
        ).first()
        if found:
            name, unit = found
    return AccountRow(
        id=account.id,
        login=account.login,
        person_id=account.person_id,
        person_name=name,
        unit=unit,
        system_role=account.system_role,
        active=account.active,
        demo=account.demo,
        must_change=account.must_change,
        locked_until=account.locked_until,
        password_changed_at=account.password_changed_at,
        last_login_at=account.last_login_at,
        created_at=account.created_at,
    )
