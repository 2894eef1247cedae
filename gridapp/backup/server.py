"""A PostgreSQL database's backup before a schema upgrade: ``pg_dump`` in its custom format into the data folder's
``backups/``; the password goes to pg_dump through its environment, never its command line."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from gridapp.backup.sqlite import BackupFailed

log = logging.getLogger(__name__)

PG_DUMP_TIMEOUT_S = 3600


def pg_dump_program() -> str | None:
    return shutil.which("pg_dump")


def dump_postgresql(url: URL, folder: Path, revision: str | None, now: dt.datetime | None = None) -> Path:
    """``pg_dump -Fc`` of the database at ``url`` into ``folder``; raises BackupFailed (and leaves no part file)."""
    program = pg_dump_program()
    if program is None:
        raise BackupFailed("pg_dump is not installed on this PC")
    folder.mkdir(parents=True, exist_ok=True)
    now = now or dt.datetime.now()
    name = f"{url.database or 'plant'}-{now:%Y%m%d-%H%M%S}-r{revision or 'none'}.dump"
    target = folder / name
    part = target.with_name(name + ".part")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    args = [program, "--format=custom", "--no-password", f"--file={part}"]
    if url.host:
        args.append(f"--host={url.host}")
    if url.port:
        args.append(f"--port={url.port}")
    if url.username:
        args.append(f"--username={url.username}")
    args.append(f"--dbname={url.database}")
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=PG_DUMP_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        part.unlink(missing_ok=True)
        raise BackupFailed(f"pg_dump: {exc}") from exc
    if done.returncode != 0 or not part.exists() or part.stat().st_size == 0:
        part.unlink(missing_ok=True)
        raise BackupFailed(f"pg_dump exited with {done.returncode}: {done.stderr.strip()[-500:]}")
    os.replace(part, target)
    log.info("pg_dump of %s written to %s", url.render_as_string(hide_password=True), target)
    return target
