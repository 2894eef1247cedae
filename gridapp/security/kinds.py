"""The codes of the security capability: system roles, holders of rights, results of audited actions."""

from __future__ import annotations

import enum


class SystemRole(enum.StrEnum):
    """三员分立: no account holds two of these, and none of them is a business role."""

    SYSTEM_ADMIN = "system_admin"  # accounts, settings
    SECURITY_ADMIN = "security_admin"  # roles, permissions, password policy
    AUDITOR = "auditor"  # reads the audit trail, changes nothing


class AuditResult(enum.StrEnum):
    OK = "ok"
    DENIED = "denied"  # a refused action
    FAILED = "failed"  # a failed login


class LoginProblem(enum.StrEnum):
    """Why a login (or a password change) did not succeed; the UI words each one."""

    UNKNOWN_OR_WRONG = "unknown_or_wrong"  # never says which, so logins cannot be guessed
    DISABLED = "disabled"
    LOCKED = "locked"  # details: until (UTC)
    EXPIRED = "expired"  # the password must be changed now
    MUST_CHANGE = "must_change"  # first login or after a reset
    WEAK = "weak"  # details: rules (the policy rules broken)
    SAME_AS_OLD = "same_as_old"
    LOGIN_TAKEN = "login_taken"
    LOGIN_INVALID = "login_invalid"
    PERSON_HAS_ACCOUNT = "person_has_account"
    PERSON_UNKNOWN = "person_unknown"
    SYSTEM_ROLE_TAKEN = "system_role_taken"  # one live account per system role
    ADMIN_EXISTS = "admin_exists"
    LAST_ADMIN = "last_admin"  # the last active system administrator cannot be disabled
    NO_SUCH_ACCOUNT = "no_such_account"
