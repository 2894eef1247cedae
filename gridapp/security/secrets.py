"""Secrets (database and sync passwords) live in the OS keyring, never in a file.

When the OS offers no secure store, callers are told so (NoSecureStore) instead of anything falling back to a
plaintext file.
"""

from __future__ import annotations

from sqlalchemy.engine import URL

SERVICE = "RedGridWorkstation"


class NoSecureStore(RuntimeError):
    """This PC has no usable keyring backend."""


def database_key(url: URL) -> str:
    return f"db:{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def database_password(url: URL) -> str | None:
    """The stored password for a server URL, or None when none is stored or no secure store exists."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, database_key(url))
    except KeyringError:
        return None


def store_database_password(url: URL, password: str) -> None:
    """Raises NoSecureStore when the password cannot be kept safely."""
    import keyring
    from keyring.errors import NoKeyringError

    try:
        keyring.set_password(SERVICE, database_key(url), password)
    except NoKeyringError as exc:
        raise NoSecureStore(str(exc)) from exc
