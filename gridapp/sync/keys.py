"""Each sync identity's Ed25519 key pair: the private half in the OS keyring, the public half in the database and
in every bundle; a short code of digits, read aloud or compared on two screens, proves the two are the same key."""

from __future__ import annotations

import hashlib
import uuid
from typing import TYPE_CHECKING

from gridapp.security.secrets import store_bytes, stored_bytes, sync_key_name

# cryptography (8 MiB of its libraries mapped) is imported by the functions that sign or check: a plant that never
# syncs never loads it, and the window on the board does not carry it.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


class SyncKeyMissing(RuntimeError):
    """This PC's keyring does not hold the identity's private key (another PC made it)."""


def new_key(identity_id: uuid.UUID) -> str:
    """Make a key pair for ``identity_id``, keep its private half in the keyring; the public half as hex.
    Raises NoSecureStore when this PC has no keyring (a key must never be written to a file)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    store_bytes(sync_key_name(identity_id), private.private_bytes_raw())
    return public_hex(private)


def public_hex(private: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def private_key(identity_id: uuid.UUID) -> Ed25519PrivateKey:
    raw = stored_bytes(sync_key_name(identity_id))
    if raw is None:
        raise SyncKeyMissing(str(identity_id))
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(raw)


def export_private(identity_id: uuid.UUID) -> bytes:
    """The private key's bytes, for another PC of the same plant server (handed over by its administrator)."""
    return private_key(identity_id).private_bytes_raw()


def import_private(identity_id: uuid.UUID, raw: bytes, expected_public: str) -> None:
    """Keep a private key handed over from another PC, if it matches the identity's public key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.from_private_bytes(raw)
    if public_hex(private) != expected_public:
        raise ValueError("the key does not belong to this plant")
    store_bytes(sync_key_name(identity_id), raw)


def verify(public: str, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def code(public: str) -> str:
    """Twenty digits in five groups ("0421 9932 …"), the same on both screens for the same key."""
    number = int.from_bytes(hashlib.sha256(bytes.fromhex(public)).digest()[:10], "big") % 10**20
    digits = f"{number:020d}"
    return " ".join(digits[i : i + 4] for i in range(0, 20, 4))
