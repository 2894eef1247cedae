"""Accounts: the first administrator, the password policy, first login and reset, expiry, lock-out across a restart,
disabled and departed people's accounts, rehashing, and no secret in the log or the audit trail."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from gridapp.db.database import Database
from gridapp.logs import setup_logging
from gridapp.security import passwords
from gridapp.security.accounts import LoggedIn, LoginRefused
from gridapp.security.kinds import AuditResult, LoginProblem, SystemRole
from gridapp.security.models import Account, AuditRecord, SecuritySetting
from gridapp.security.passwords import Policy, PolicyRule
from gridapp.services import Services, open_workspace
from gridapp.times import plant_today, utcnow
from tests.conftest import DEMO_PASSWORD

ADMIN_PASSWORD = "Admin#2026-x"
STAFF = "DH0012"


@pytest.fixture
def admin(services: Services) -> LoggedIn:
    """The demo plant has no system administrator: the first start makes one."""
    services.security.accounts.init_admin(ADMIN_PASSWORD)
    return services.security.accounts.login("sysadmin", ADMIN_PASSWORD)


def _refused(fn: Callable[..., object], *args: object) -> LoginRefused:
    with pytest.raises(LoginRefused) as caught:
        fn(*args)
    return caught.value


def _account(db: Database, login: str) -> Account:
    with db.read() as s:
        return s.scalars(select(Account).where(Account.login == login)).one()


def _set(db: Database, login: str, **values: object) -> None:
    """Change an account row behind the app's back (as time passing would)."""
    with db.engine.begin() as conn:
        conn.execute(update(Account).where(Account.login == login).values(**values))


def _records(db: Database, after: int = 0) -> list[AuditRecord]:
    with db.read() as s:
        return list(s.scalars(select(AuditRecord).where(AuditRecord.seq > after).order_by(AuditRecord.seq)))


def _head(db: Database) -> int:
    records = _records(db)
    return records[-1].seq if records else 0


# the first administrator


def test_the_first_administrator_is_made_once_only(db: Database) -> None:
    accounts = Services.over(db).security.accounts
    assert accounts.needs_admin()
    row = accounts.init_admin(ADMIN_PASSWORD)
    assert row.system_role is SystemRole.SYSTEM_ADMIN and row.login == "sysadmin" and not row.must_change
    assert not accounts.needs_admin()
    assert _refused(accounts.init_admin, "Other#2026-y").problem is LoginProblem.ADMIN_EXISTS
    assert _refused(accounts.init_admin, "Other#2026-y", "root2").problem is LoginProblem.ADMIN_EXISTS
    logged = accounts.login("sysadmin", ADMIN_PASSWORD)
    assert logged.actor.system_role is SystemRole.SYSTEM_ADMIN and logged.actor.person_id is None
    assert [a.login for a in accounts.accounts()] == ["sysadmin"]


# the password policy


@pytest.mark.parametrize(
    ("password", "broken"),
    [
        ("Ab1#xyz", [PolicyRule.TOO_SHORT]),
        ("abcdefgh12", [PolicyRule.TOO_FEW_KINDS]),
        ("abc", [PolicyRule.TOO_SHORT, PolicyRule.TOO_FEW_KINDS]),
        ("My-SysAdmin-1", [PolicyRule.CONTAINS_LOGIN]),  # case does not hide the login
        ("短密码很长但只有汉字", [PolicyRule.TOO_FEW_KINDS]),
    ],
)
def test_a_password_breaking_the_policy_names_the_rules_broken(
    db: Database, password: str, broken: list[PolicyRule]
) -> None:
    accounts = Services.over(db).security.accounts
    refused = _refused(accounts.init_admin, password)
    assert refused.problem is LoginProblem.WEAK and refused.details["rules"] == broken
    assert refused.details["min_length"] == 8 and refused.details["min_kinds"] == 3
    assert password not in str(refused)  # the message names rules, never the password
    assert accounts.needs_admin()


def test_the_policy_defaults_are_what_mlps_testers_expect() -> None:
    policy = Policy()
    assert (policy.min_length, policy.min_kinds, policy.expire_days) == (8, 3, 90)
    assert (policy.lock_attempts, policy.lock_minutes) == (5, 5)
    assert policy.broken_rules("Grid#2026", "DH0012") == []
    assert (passwords.MEMORY_KIB, passwords.TIME_COST, passwords.PARALLELISM) == (19 * 1024, 2, 1)


def test_a_policy_weakened_behind_the_apps_back_is_held_to_its_bounds(services: Services) -> None:
    accounts, db = services.security.accounts, services.db
    secadmin = accounts.login("secadmin", DEMO_PASSWORD).actor
    accounts.set_policy(secadmin, Policy(min_length=12))
    assert accounts.policy().min_length == 12
    assert _refused(accounts.set_policy, secadmin, Policy(min_length=4)).problem is LoginProblem.WEAK
    with db.engine.begin() as conn:
        conn.execute(update(SecuritySetting).where(SecuritySetting.key == "min_length").values(value="4"))
    assert accounts.policy().min_length == 8  # the lowest the security administrator may choose


# first login and reset


def test_a_new_account_and_a_reset_one_must_change_the_password(services: Services, admin: LoggedIn) -> None:
    accounts = services.security.accounts
    person = services.org.search_people(STAFF)[0]
    staff_account = accounts.account_for_person(person.id)
    assert staff_account is not None and not staff_account.must_change  # a demo account
    accounts.reset_password(admin.actor, staff_account.id, "Reset#2026-b")
    assert _refused(accounts.login, STAFF, DEMO_PASSWORD).problem is LoginProblem.UNKNOWN_OR_WRONG
    assert _refused(accounts.login, STAFF, "Reset#2026-b").problem is LoginProblem.MUST_CHANGE
    assert _refused(accounts.change_password, STAFF, "Reset#2026-b", "Reset#2026-b").problem is LoginProblem.SAME_AS_OLD
    weak = _refused(accounts.change_password, STAFF, "Reset#2026-b", "password")
    assert weak.problem is LoginProblem.WEAK
    logged = accounts.change_password(STAFF, "Reset#2026-b", "Mine#2026-c")
    assert logged.actor.person_id == person.id and not logged.account.must_change
    assert accounts.login(STAFF, "Mine#2026-c").actor.login == STAFF


def test_a_system_account_made_by_the_administrator_must_change_at_first_login(db: Database) -> None:
    accounts = Services.over(db).security.accounts
    accounts.init_admin(ADMIN_PASSWORD)
    admin = accounts.login("sysadmin", ADMIN_PASSWORD).actor
    made = accounts.create(admin, "auditor", "Temp#2026-a", system_role=SystemRole.AUDITOR)
    assert made.must_change and made.system_role is SystemRole.AUDITOR
    assert _refused(accounts.login, "auditor", "Temp#2026-a").problem is LoginProblem.MUST_CHANGE
    again = _refused(accounts.create, admin, "auditor2", "Temp#2026-a", None, SystemRole.AUDITOR)
    assert again.problem is LoginProblem.SYSTEM_ROLE_TAKEN  # one auditor; 三员 stay separate
    assert accounts.change_password("auditor", "Temp#2026-a", "Audit#2026-d").actor.system_role is SystemRole.AUDITOR


# expiry


def test_a_password_expires_after_90_days(services: Services) -> None:
    accounts, db = services.security.accounts, services.db
    _set(db, STAFF, password_changed_at=utcnow() - dt.timedelta(days=89))
    logged = accounts.login(STAFF, DEMO_PASSWORD)
    assert logged.password_expires_on == (utcnow() + dt.timedelta(days=1)).date()
    _set(db, STAFF, password_changed_at=utcnow() - dt.timedelta(days=91))
    assert _refused(accounts.login, STAFF, DEMO_PASSWORD).problem is LoginProblem.EXPIRED
    changed = accounts.change_password(STAFF, DEMO_PASSWORD, "Fresh#2026-e")  # an expired password may be changed
    assert changed.account.password_changed_at > utcnow() - dt.timedelta(minutes=1)


# lock-out


def test_five_wrong_passwords_lock_the_account_for_five_minutes_across_a_restart(
    services: Services, admin: LoggedIn
) -> None:
    accounts, db = services.security.accounts, services.db
    for _ in range(4):
        assert _refused(accounts.login, STAFF, "Wrong#2026").problem is LoginProblem.UNKNOWN_OR_WRONG
    accounts.login(STAFF, DEMO_PASSWORD)  # the right one before the fifth: the count starts again
    for _ in range(4):
        _refused(accounts.login, STAFF, "Wrong#2026")
    started = utcnow()
    locked = _refused(accounts.login, STAFF, "Wrong#2026")
    assert locked.problem is LoginProblem.LOCKED
    until = locked.details["until"]
    assert started + dt.timedelta(minutes=5) <= until <= utcnow() + dt.timedelta(minutes=5)
    assert _refused(accounts.login, STAFF, DEMO_PASSWORD).problem is LoginProblem.LOCKED  # even the right one
    assert _refused(accounts.login, STAFF, "Wrong#2026").details["until"] == until  # not extended
    assert _account(db, STAFF).locked_until == until

    path = Path(str(db.location.path))
    services.close()
    reopened = open_workspace(path)  # a restart
    try:
        again = reopened.services.security.accounts
        assert _refused(again.login, STAFF, DEMO_PASSWORD).details["until"] == until
        _set(reopened.services.db, STAFF, locked_until=utcnow() - dt.timedelta(seconds=1))  # five minutes pass
        assert again.login(STAFF, DEMO_PASSWORD).actor.login == STAFF
        for _ in range(5):
            _refused(again.login, STAFF, "Wrong#2026")
        assert _refused(again.login, STAFF, DEMO_PASSWORD).problem is LoginProblem.LOCKED
        admin_again = again.login("sysadmin", ADMIN_PASSWORD).actor
        again.unlock(admin_again, _account(reopened.services.db, STAFF).id)
        assert again.login(STAFF, DEMO_PASSWORD).actor.login == STAFF
        actions = [(r.action, r.account_login, r.result) for r in _records(reopened.services.db)]
        assert ("account.unlock", "sysadmin", "ok") in actions, actions[-4:]
    finally:
        reopened.services.close()


def test_the_lock_is_audited(services: Services) -> None:
    accounts, db = services.security.accounts, services.db
    head = _head(db)
    for _ in range(5):
        _refused(accounts.login, STAFF, "Wrong#2026")
    records = _records(db, head)
    assert [r.detail["refused"] for r in records] == ["unknown_or_wrong"] * 4 + ["locked"]
    assert all(r.result == AuditResult.FAILED.value and r.account_login == STAFF for r in records)


# disabled and departed


def test_a_disabled_account_cannot_log_in(services: Services, admin: LoggedIn) -> None:
    accounts = services.security.accounts
    staff_id = _account(services.db, STAFF).id
    accounts.set_active(admin.actor, staff_id, False)
    assert _refused(accounts.login, STAFF, DEMO_PASSWORD).problem is LoginProblem.DISABLED
    row = next(a for a in accounts.accounts() if a.login == STAFF)
    assert not row.active and STAFF not in accounts.logins()
    assert _account(services.db, STAFF).disabled_by == admin.actor.account_id
    own = _refused(accounts.set_active, admin.actor, admin.account.id, False)
    assert own.problem is LoginProblem.LAST_ADMIN
    accounts.set_active(admin.actor, staff_id, True)
    assert accounts.login(STAFF, DEMO_PASSWORD).actor.login == STAFF


def test_a_person_who_leaves_has_their_account_disabled_in_the_same_transaction(services: Services) -> None:
    accounts, db = services.security.accounts, services.db
    leader = accounts.login("DH0001", DEMO_PASSWORD).actor
    person = services.org.search_people(STAFF)[0]
    head = _head(db)
    services.org.people_edit.mark_left(leader, person.id, plant_today())
    account = _account(db, STAFF)
    assert not account.active and account.disabled_at is not None and account.disabled_by == leader.account_id
    (record,) = _records(db, head)  # one write, one record: the departure and the account together
    assert record.detail["counts"]["update account"] == 1 and record.detail["counts"]["update person"] == 1
    assert record.account_login == "DH0001"
    assert _refused(accounts.login, STAFF, DEMO_PASSWORD).problem is LoginProblem.DISABLED


# rehashing


def test_a_login_rehashes_when_the_argon2_parameters_are_raised(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts, db = services.security.accounts, services.db
    before = _account(db, STAFF).password_hash
    assert before.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    accounts.login(STAFF, DEMO_PASSWORD)
    assert _account(db, STAFF).password_hash == before  # parameters unchanged: nothing to do
    stronger = PasswordHasher(time_cost=3, memory_cost=passwords.MEMORY_KIB, parallelism=1)
    monkeypatch.setattr(passwords, "hasher", lambda: stronger)
    accounts.login(STAFF, DEMO_PASSWORD)
    after = _account(db, STAFF).password_hash
    assert after.startswith("$argon2id$v=19$m=19456,t=3,p=1$") and after != before
    assert accounts.login(STAFF, DEMO_PASSWORD).actor.login == STAFF
    assert passwords.verify_password(after, DEMO_PASSWORD) and not passwords.verify_password(after, "Demo#2027")
    assert not passwords.verify_password("not a hash", DEMO_PASSWORD) and passwords.needs_rehash("not a hash")


# nothing secret written anywhere


@pytest.fixture
def logged_to_file(data_dir: Path) -> Iterator[Path]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = setup_logging(data_dir, logging.DEBUG)
    assert path is not None
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_nothing_secret_in_the_log_or_the_audit_trail(
    services: Services, admin: LoggedIn, logged_to_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    accounts, db = services.security.accounts, services.db
    secret, wrong, reset = "Quiet#2026-zq", "Quiet#2026-wrong", "Temporary#2026-rs"
    with caplog.at_level(logging.DEBUG):
        accounts.change_password(STAFF, DEMO_PASSWORD, secret)
        _refused(accounts.login, STAFF, wrong)
        _refused(accounts.login, "nobody-here", wrong)
        accounts.login(STAFF, secret)
        accounts.reset_password(admin.actor, _account(db, STAFF).id, reset)
        _refused(accounts.login, STAFF, reset)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = "\n".join(p.read_text(encoding="utf-8") for p in logged_to_file.parent.glob("gridapp.log*"))
    stored = Path(str(db.location.path))
    database_bytes = b"".join(p.read_bytes() for p in stored.parent.glob(stored.name + "*"))
    for word in (secret, wrong, reset, DEMO_PASSWORD, ADMIN_PASSWORD):
        assert word not in caplog.text and word not in written
        assert word.encode() not in database_bytes  # the file and its WAL: hashes only
    for record in _records(db):
        assert "password_hash" not in str(record.detail) and "$argon2" not in str(record.detail)
        assert all(word not in str(record.detail) for word in (secret, wrong, reset))


def test_every_login_is_an_audit_record_with_the_account_and_result(services: Services) -> None:
    accounts, db = services.security.accounts, services.db
    head = _head(db)
    accounts.login(STAFF, DEMO_PASSWORD)
    _refused(accounts.login, STAFF, "Wrong#2026")
    _refused(accounts.login, "nobody-here", "Wrong#2026")
    staff_id = str(_account(db, STAFF).id)
    got = [
        (
            r.action,
            r.account_login,
            r.result,
            r.target_table,
            r.target_id,
            r.detail.get("login"),
            r.detail.get("refused"),
        )
        for r in _records(db, head)
    ]
    assert got == [
        ("login", STAFF, "ok", "account", staff_id, STAFF, None),
        ("login", STAFF, "failed", "account", staff_id, STAFF, "unknown_or_wrong"),
        ("login", "", "failed", "", "", "nobody-here", "unknown_or_wrong"),
    ]
    assert all(r.person_id is not None for r in _records(db, head)[:2])
