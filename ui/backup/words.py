"""The words for the database problems that concern backups: a failed upgrade (said truthfully: undone, or not), a
damaged file (naming its backups folder only when it exists), and a server upgrade waiting for a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gridapp.errors import DatabaseOpenError, Problem

translate = QCoreApplication.translate


def backups_beside(location: str) -> Path | None:
    """The backups folder of an SQLite file when it exists and lists at least one backup."""
    if "://" in location:
        return None
    folder = Path(location).parent / "backups"
    stem = Path(location).stem
    try:
        return folder if any(folder.glob(f"{stem}-*.json")) else None
    except OSError:
        return None


def backup_problem_text(error: DatabaseOpenError) -> str | None:
    where = error.location
    if error.problem is Problem.NOT_A_DATABASE:
        folder = backups_beside(where)
        if folder is None:
            return translate(
                "Backups",
                "The file {0} is not a Red Grid Workstation database, or it is damaged. It has not been changed. "
                "Choose another file.",
            ).format(where)
        return translate(
            "Backups",
            "The file {0} is not a Red Grid Workstation database, or it is damaged. It has not been changed. "
            "Its verified backups are in {1}: “gridapp restore” lists them and “gridapp restore NAME” puts one "
            "back (the damaged file is kept).",
        ).format(where, folder)
    if error.problem is Problem.MIGRATION_FAILED:
        backup = error.detail.rsplit("backup: ", 1)[-1] if "backup: " in error.detail else "None"
        if "database unchanged" in error.detail:
            if backup == "None":
                return translate(
                    "Backups",
                    "Upgrading the database {0} to this version failed and was undone: the database is exactly as "
                    "it was, at its old version. Details are in the log file.",
                ).format(where)
            return translate(
                "Backups",
                "Upgrading the database {0} to this version failed and was undone: the database is exactly as it "
                "was, at its old version. The verified backup made beforehand is {1}. Details are in the log file.",
            ).format(where, backup)
        return translate(
            "Backups",
            "Upgrading the database {0} to this version failed and could not be undone completely. Do not use it: "
            "restore the backup made beforehand ({1}) with “gridapp restore”, or ask the administrator. "
            "Details are in the log file.",
        ).format(where, backup)
    if error.problem is Problem.UPGRADE_NEEDS_BACKUP:
        return translate(
            "Backups",
            "The database {0} needs a schema upgrade, but no backup can be made first: pg_dump is not installed on "
            "this PC (or it failed). Nothing was changed. The database administrator should back the database up "
            "on the server, then confirm the upgrade.",
        ).format(where)
    return None
