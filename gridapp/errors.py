"""Errors the user is told about, kept free of heavy imports so the window can word them before the database loads."""

from __future__ import annotations

import enum


class Problem(enum.Enum):
    """Why a database could not be used; the UI words each one."""

    NOT_A_DATABASE = "not_a_database"  # the file exists but is not our SQLite database, or is damaged
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    CANNOT_CREATE = "cannot_create"  # a new database file could not be created there
    UNREACHABLE = "unreachable"  # the server did not answer
    LOGIN_FAILED = "login_failed"  # the server refused the user or password
    NEWER_SCHEMA = "newer_schema"  # written by a newer version of the app
    BAD_URL = "bad_url"  # not a URL or path we can use
    MIGRATION_FAILED = "migration_failed"  # upgrading the schema failed; the backup is intact
    NETWORK_SHARE = "network_share"  # an SQLite file on a network share (WAL's shared memory is unsafe there)
    BUSY = "busy"  # another program held the file's write lock past the busy timeout
    UPGRADE_NEEDS_BACKUP = "upgrade_needs_backup"  # a server upgrade with no pg_dump here waits for a confirmation


class DatabaseOpenError(Exception):
    def __init__(self, problem: Problem, location: str, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {location}: {detail}")
        self.problem = problem
        self.location = location
        self.detail = detail


class NotEmptyError(RuntimeError):
    """The demo plant only goes into an empty database, so it never mixes with real data."""
