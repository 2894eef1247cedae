"""Password hashing (Argon2id at or above OWASP's minimum) and the password and session policy.

The policy's defaults are what MLPS 2.0 level 2 testers expect; the security administrator may tighten them.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's minimum for Argon2id is m = 19 MiB, t = 2, p = 1; raising these makes logins rehash the stored hash.
MEMORY_KIB = 19 * 1024
TIME_COST = 2
PARALLELISM = 1


@cache
def hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM)


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    try:
        return hasher().check_needs_rehash(stored)
    except InvalidHashError:
        return True


class PolicyRule(enum.StrEnum):
    """A rule of the password policy a new password breaks."""

    TOO_SHORT = "too_short"
    TOO_FEW_KINDS = "too_few_kinds"  # of: lower case, upper case, digits, other characters
    CONTAINS_LOGIN = "contains_login"


@dataclass(frozen=True, slots=True)
class Policy:
    min_length: int = 8
    min_kinds: int = 3
    expire_days: int = 90  # 0: never
    lock_attempts: int = 5
    lock_minutes: int = 5
    idle_minutes: int = 10  # 0: never lock

    # bounds the security administrator may choose within (a policy weaker than these is refused)
    LIMITS = {
        "min_length": (8, 64),
        "min_kinds": (3, 4),
        "expire_days": (0, 365),
        "lock_attempts": (3, 10),
        "lock_minutes": (1, 1440),
        "idle_minutes": (0, 240),
    }

    @classmethod
    def from_settings(cls, values: dict[str, str]) -> Policy:
        """The stored policy; a value outside LIMITS was not set through the app (set_policy refuses it), so it
        is held to the nearest bound rather than weakening the policy unseen."""
        fields = {}
        for f in dataclasses.fields(cls):
            raw = values.get(f.name)
            if raw is not None and raw.strip().lstrip("-").isdigit():
                low, high = cls.LIMITS[f.name]
                fields[f.name] = min(max(int(raw), low), high)
        return cls(**fields)

    def broken_rules(self, password: str, login: str) -> list[PolicyRule]:
        broken = []
        if len(password) < self.min_length:
            broken.append(PolicyRule.TOO_SHORT)
        if character_kinds(password) < self.min_kinds:
            broken.append(PolicyRule.TOO_FEW_KINDS)
        if login and login.casefold() in password.casefold():
            broken.append(PolicyRule.CONTAINS_LOGIN)
        return broken


def character_kinds(password: str) -> int:
    kinds = [
        any(c.islower() for c in password),
        any(c.isupper() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    ]
    return sum(kinds)
