"""Secrets (database and sync passwords, the audit chain's key) live in the OS keyring, never in a file.

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


def audit_key_name(chain_id: object) -> str:
    return f"audit-key:{chain_id}"


def audit_key(chain_id: object) -> bytes | None:
    """The audit chain's HMAC key from the OS keyring; None when it is not stored here.

    Raises NoSecureStore when this PC has no keyring at all, so the caller can say what protection is lost.
    """
    import base64

    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        stored = keyring.get_password(SERVICE, audit_key_name(chain_id))
    except NoKeyringError as exc:
        raise NoSecureStore(str(exc)) from exc
    except KeyringError:
        return None
    return base64.b64decode(stored) if stored else None


def store_audit_key(chain_id: object, key: bytes) -> None:
    """Raises NoSecureStore when the key cannot be kept safely (it is never written anywhere else)."""
    import base64

    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(SERVICE, audit_key_name(chain_id), base64.b64encode(key).decode("ascii"))
    except (NoKeyringError, KeyringError) as exc:
        raise NoSecureStore(str(exc)) from exc


def sync_key_name(identity_id: object) -> str:
    return f"sync-key:{identity_id}"


def stored_bytes(name: str) -> bytes | None:
    """A binary secret kept under ``name``; None when absent. Raises NoSecureStore when there is no keyring."""
    import base64

    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        stored = keyring.get_password(SERVICE, name)
    except NoKeyringError as exc:
        raise NoSecureStore(str(exc)) from exc
    except KeyringError:
        return None
    return base64.b64decode(stored) if stored else None


def store_bytes(name: str, value: bytes) -> None:
    """Raises NoSecureStore when the secret cannot be kept safely."""
    import base64

    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(SERVICE, name, base64.b64encode(value).decode("ascii"))
    except (NoKeyringError, KeyringError) as exc:
        raise NoSecureStore(str(exc)) from exc
