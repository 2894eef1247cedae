"""The change-set format, one for the network and for USB files (``.rgsync``).

    magic (8 bytes) | header length (4) | header (JSON) | body length (8) | body (zlib JSON) | blobs | signature (64)

The header says who sent it, to whom, for which plant, made by which format and schema, and what it holds; the body
holds the rows and audit records; the blobs are photo and file bytes, each once (named by SHA-256 in the header).
The Ed25519 signature covers every byte before it, so a changed or truncated file — or one signed by another key —
is refused before any of it is read into the database.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import struct
import tempfile
import zlib
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from gridapp.sync.kinds import Refusal

# orjson and cryptography load when a bundle is read or signed, not with the window (gridapp/sync/keys.py).
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

MAGIC = b"RGSYNC\r\n"
FORMAT = 1
SIGNATURE_BYTES = 64
SUFFIX = ".rgsync"
CHUNK = 1 << 20


class BundleRefused(Exception):
    """A bundle that cannot be applied; nothing was written."""

    def __init__(self, refusal: Refusal, **facts: Any) -> None:
        super().__init__(refusal.value, facts)
        self.refusal = refusal
        self.facts = facts


class Blobs(MutableMapping[str, bytes]):
    """The bytes a bundle carries, by SHA-256: small ones held (a picture in a row), photos read one at a time when
    they are written or applied — a month of a station's photos never sits in memory at once."""

    def __init__(self) -> None:
        self._held: dict[str, bytes] = {}
        self._later: dict[str, tuple[int, Callable[[], bytes]]] = {}

    def later(self, sha: str, size: int, read: Callable[[], bytes]) -> None:
        self._later[sha] = (size, read)

    def size(self, sha: str) -> int:
        return len(self._held[sha]) if sha in self._held else self._later[sha][0]

    def __getitem__(self, sha: str) -> bytes:
        if sha in self._held:
            return self._held[sha]
        data = self._later[sha][1]()
        if hashlib.sha256(data).hexdigest() != sha:
            raise BundleRefused(Refusal.DAMAGED)
        return data

    def __setitem__(self, sha: str, data: bytes) -> None:
        self._held[sha] = data

    def __delitem__(self, sha: str) -> None:
        self._held.pop(sha, None) or self._later.pop(sha)

    def __contains__(self, sha: object) -> bool:
        return sha in self._held or sha in self._later

    def __iter__(self) -> Iterator[str]:
        return iter(sorted({*self._held, *self._later}))

    def __len__(self) -> int:
        return len({*self._held, *self._later})


@dataclass
class Contents:
    header: dict[str, Any]
    rows: list[list[Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    blobs: Blobs = field(default_factory=Blobs)


def write(path: Path, contents: Contents, key: Ed25519PrivateKey, cancelled: Callable[[], bool] = bool) -> int:
    """Write the bundle to ``path`` atomically (a temporary name, then renamed); returns its size."""
    body = zlib.compress(
        json.dumps(
            {"rows": contents.rows, "audit": contents.audit}, ensure_ascii=False, separators=(",", ":")
        ).encode(),
        1,  # as small as level 6 within a few per cent on these rows, and five times as fast
    )
    order = list(contents.blobs)
    header = dict(contents.header, format=FORMAT, blobs=[[sha, contents.blobs.size(sha)] for sha in order])
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    digest = hashlib.sha256()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".rgsync-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:

            def put(data: bytes) -> None:
                digest.update(data)
                fh.write(data)

            put(MAGIC + struct.pack(">I", len(head)) + head + struct.pack(">Q", len(body)) + body)
            for sha in order:
                if cancelled():
                    raise InterruptedError
                put(contents.blobs[sha])
            fh.write(key.sign(digest.digest()))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path.stat().st_size


@dataclass
class Opened:
    """A bundle whose signature has been checked; its body is read on demand."""

    path: Path
    header: dict[str, Any]
    _body_at: int
    _body_size: int
    _blobs: dict[str, tuple[int, int]]

    def contents(self) -> Contents:
        import orjson

        with self.path.open("rb") as fh:
            fh.seek(self._body_at)
            try:
                body = orjson.loads(zlib.decompress(_read(fh, self._body_size)))
            except (zlib.error, orjson.JSONDecodeError) as exc:
                raise BundleRefused(Refusal.DAMAGED) from exc
        blobs = Blobs()
        for sha, (at, size) in self._blobs.items():
            blobs.later(sha, size, functools.partial(_read_at, self.path, at, size))
        return Contents(self.header, body.get("rows", []), body.get("audit", []), blobs)


def read_header(path: Path) -> dict[str, Any]:
    """The header alone (who sent it, with which key), unverified: to find the key to verify it with."""
    with path.open("rb") as fh:
        return _header(fh)[0]


def open_verified(path: Path, public_key: Callable[[dict[str, Any]], str]) -> Opened:
    """Check the whole file against the signature made by ``public_key(header)``; raises BundleRefused."""
    from gridapp.sync.keys import verify

    size = path.stat().st_size
    with path.open("rb") as fh:
        header, body_at = _header(fh)
        fh.seek(body_at)
        body_size = struct.unpack(">Q", _read(fh, 8))[0]
        blobs: dict[str, tuple[int, int]] = {}
        at = body_at + 8 + body_size
        try:
            for sha, length in header.get("blobs", []):
                blobs[str(sha)] = (at, int(length))
                at += int(length)
        except (TypeError, ValueError) as exc:
            raise BundleRefused(Refusal.DAMAGED) from exc
        if at + SIGNATURE_BYTES != size:
            raise BundleRefused(Refusal.DAMAGED, size=size)
        key = public_key(header)  # may refuse: an unknown sender, another plant, a newer format
        digest = hashlib.sha256()
        fh.seek(0)
        left = at
        while left:
            chunk = fh.read(min(CHUNK, left))
            if not chunk:
                raise BundleRefused(Refusal.DAMAGED)
            digest.update(chunk)
            left -= len(chunk)
        signature = fh.read(SIGNATURE_BYTES)
    if not verify(key, signature, digest.digest()):
        raise BundleRefused(Refusal.DAMAGED)
    return Opened(path, header, body_at + 8, body_size, blobs)


def _header(fh: BinaryIO) -> tuple[dict[str, Any], int]:
    if fh.read(len(MAGIC)) != MAGIC:
        raise BundleRefused(Refusal.NOT_A_BUNDLE)
    try:
        (length,) = struct.unpack(">I", _read(fh, 4))
        if length > 64 << 20:
            raise BundleRefused(Refusal.DAMAGED)
        header = json.loads(_read(fh, length))
        if not isinstance(header, dict):
            raise BundleRefused(Refusal.DAMAGED)
        newer = int(str(header.get("format", 0))) > FORMAT
    except (struct.error, ValueError) as exc:
        raise BundleRefused(Refusal.DAMAGED) from exc
    if newer:
        raise BundleRefused(Refusal.NEWER_APP, made_by=str(header.get("app", "")))
    return header, len(MAGIC) + 4 + length


def _read_at(path: Path, at: int, size: int) -> bytes:
    with path.open("rb") as fh:
        fh.seek(at)
        return _read(fh, size)


def _read(fh: BinaryIO, size: int) -> bytes:
    data = fh.read(size)
    if len(data) != size:
        raise BundleRefused(Refusal.DAMAGED)
    return data
