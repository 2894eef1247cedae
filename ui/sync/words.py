"""Words for sync's codes: roles, ways, steps, the tables and fields of a conflict, and every refusal or problem as a
sentence saying what happened and what to do (the core returns codes; only the UI turns them into words)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gridapp import times
from gridapp.sync.bundle import BundleRefused
from gridapp.sync.kinds import ConflictReason, Refusal, Role, Way
from gridapp.sync.service import SyncInputError
from ui.admin.labels import TABLE_NAMES

translate = QCoreApplication.translate


def plant_time(moment: dt.datetime | None) -> str:
    """Plant time is the one zone shown (UTC is stored); minutes are enough for an exchange."""
    return times.plant_text(moment)


def role_label(role: Role | str) -> str:
    return {
        Role.PLANT: translate("SyncWords", "Plant"),
        Role.STATION: translate("SyncWords", "Pump station"),
    }.get(role, str(role))  # type: ignore[call-overload]


def way_label(way: Way | str) -> str:
    return {
        Way.NETWORK: translate("SyncWords", "Network"),
        Way.FILE: translate("SyncWords", "File"),
    }.get(way, str(way))  # type: ignore[call-overload]


def direction_label(direction: str) -> str:
    return {
        "export": translate("SyncWords", "Sent"),
        "import": translate("SyncWords", "Received"),
    }.get(direction, direction)


def outcome_label(outcome: str) -> str:
    """An exchange's outcome: empty when it succeeded, else the name of what stopped it."""
    if not outcome:
        return translate("SyncWords", "Done")
    if outcome in ("Cancelled", "InterruptedError"):
        return translate("SyncWords", "Cancelled")
    return translate("SyncWords", "Failed ({0})").format(outcome)


def reason_label(reason: ConflictReason | str) -> str:
    return {
        ConflictReason.CONCURRENT: translate("SyncWords", "Changed on both sides; the later change was kept"),
        ConflictReason.PLANT_ONLY: translate("SyncWords", "Accounts and rights are set at the plant"),
        ConflictReason.TAKEN: translate("SyncWords", "The number or code was already taken"),
    }.get(reason, str(reason))  # type: ignore[call-overload]


def resolution_label(resolution: str) -> str:
    return {
        "restored": translate("SyncWords", "Restored"),
        "dismissed": translate("SyncWords", "Ignored"),
    }.get(resolution, resolution)


STEPS = {
    "check": QT_TRANSLATE_NOOP("SyncWords", "Checking the file…"),
    "read": QT_TRANSLATE_NOOP("SyncWords", "Reading the changes…"),
    "merge": QT_TRANSLATE_NOOP("SyncWords", "Merging the changes…"),
    "reply": QT_TRANSLATE_NOOP("SyncWords", "Writing the return file…"),
    "gather": QT_TRANSLATE_NOOP("SyncWords", "Gathering the changes…"),
    "write": QT_TRANSLATE_NOOP("SyncWords", "Writing the file…"),
    "record": QT_TRANSLATE_NOOP("SyncWords", "Recording the exchange…"),
    "send": QT_TRANSLATE_NOOP("SyncWords", "Sending to the plant…"),
    "fetch": QT_TRANSLATE_NOOP("SyncWords", "Fetching from the plant…"),
    "receive": QT_TRANSLATE_NOOP("SyncWords", "Receiving the plant's changes…"),
    "connect": QT_TRANSLATE_NOOP("SyncWords", "Connecting to the plant's database…"),
    "done": QT_TRANSLATE_NOOP("SyncWords", "Done"),
}


def step_label(step: str) -> str:
    source = STEPS.get(step)
    return translate("SyncWords", source) if source else step


# The tables that travel and are not in the audit trail's list (ui.admin.labels names the others).
_MORE_TABLES = {
    "alert_read": QT_TRANSLATE_NOOP("SyncWords", "Alert read mark"),
}


def table_label(table: str) -> str:
    if table in _MORE_TABLES:
        return translate("SyncWords", _MORE_TABLES[table])
    source = TABLE_NAMES.get(table)
    return translate("AdminLabels", source) if source else table


# The fields most rows share or a person most often compares; others show their column name.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("SyncWords", "Name"),
    "title": QT_TRANSLATE_NOOP("SyncWords", "Title"),
    "code": QT_TRANSLATE_NOOP("SyncWords", "Code"),
    "kind": QT_TRANSLATE_NOOP("SyncWords", "Kind"),
    "description": QT_TRANSLATE_NOOP("SyncWords", "Description"),
    "content": QT_TRANSLATE_NOOP("SyncWords", "Content"),
    "standard": QT_TRANSLATE_NOOP("SyncWords", "Standard"),
    "method": QT_TRANSLATE_NOOP("SyncWords", "Method"),
    "frequency": QT_TRANSLATE_NOOP("SyncWords", "Frequency"),
    "note": QT_TRANSLATE_NOOP("SyncWords", "Note"),
    "state": QT_TRANSLATE_NOOP("SyncWords", "State"),
    "status": QT_TRANSLATE_NOOP("SyncWords", "Status"),
    "level": QT_TRANSLATE_NOOP("SyncWords", "Level"),
    "position": QT_TRANSLATE_NOOP("SyncWords", "Position in the list"),
    "active": QT_TRANSLATE_NOOP("SyncWords", "Active"),
    "in_use": QT_TRANSLATE_NOOP("SyncWords", "In use"),
    "phone": QT_TRANSLATE_NOOP("SyncWords", "Phone"),
    "gender": QT_TRANSLATE_NOOP("SyncWords", "Gender"),
    "employee_no": QT_TRANSLATE_NOOP("SyncWords", "Employee number"),
    "party_status": QT_TRANSLATE_NOOP("SyncWords", "Party status"),
    "unit_id": QT_TRANSLATE_NOOP("SyncWords", "Unit"),
    "home_unit_id": QT_TRANSLATE_NOOP("SyncWords", "Home unit"),
    "parent_id": QT_TRANSLATE_NOOP("SyncWords", "Parent unit"),
    "post_id": QT_TRANSLATE_NOOP("SyncWords", "Post"),
    "person_id": QT_TRANSLATE_NOOP("SyncWords", "Person"),
    "left_on": QT_TRANSLATE_NOOP("SyncWords", "Left on"),
    "deadline_at": QT_TRANSLATE_NOOP("SyncWords", "Deadline"),
    "reason": QT_TRANSLATE_NOOP("SyncWords", "Reason"),
    "value": QT_TRANSLATE_NOOP("SyncWords", "Value"),
    "label": QT_TRANSLATE_NOOP("SyncWords", "Label"),
    "category": QT_TRANSLATE_NOOP("SyncWords", "Category"),
    "points_tenths": QT_TRANSLATE_NOOP("SyncWords", "Points (tenths)"),
    "equipment": QT_TRANSLATE_NOOP("SyncWords", "Equipment"),
    "measures": QT_TRANSLATE_NOOP("SyncWords", "Measures"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncWords", "Deleted at"),
    "created_at": QT_TRANSLATE_NOOP("SyncWords", "Created at"),
    "updated_at": QT_TRANSLATE_NOOP("SyncWords", "Changed at"),
    "updated_by": QT_TRANSLATE_NOOP("SyncWords", "Changed by"),
    "station_id": QT_TRANSLATE_NOOP("SyncWords", "Written at station"),
}
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "station_id", "updated_by"})  # never restored


def field_label(column: str) -> str:
    source = FIELDS.get(column)
    return translate("SyncWords", source) if source else column


def value_text(value: Any) -> str:
    """A value as it travels (JSON: UUIDs as hex, times as ISO text) in words a person can compare."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("SyncWords", "Yes") if value else translate("SyncWords", "No")
    if isinstance(value, str):
        if len(value) >= 19 and value[4:5] == "-" and "T" in value:
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                return value
            if moment.tzinfo is not None:
                return times.plant_text(moment, seconds=True)
        return value
    if isinstance(value, dict) and "sha256" in value:
        return translate("SyncWords", "(a file)")
    return str(value)


def short_id(value: uuid.UUID | str) -> str:
    return (value.hex if isinstance(value, uuid.UUID) else str(value))[:8]


# -- refusals and problems ---------------------------------------------------------------------------------------


def refusal_text(error: BundleRefused) -> str:
    """What happened to the file (nothing was written) and what to do."""
    facts = error.facts
    name = str(facts.get("name") or translate("SyncWords", "the other side"))
    code = str(facts.get("code") or "")
    texts = {
        Refusal.NOT_A_BUNDLE: translate(
            "SyncWords",
            "This file is not a sync file of Red Grid Workstation. Nothing was changed. "
            "Choose the .rgsync file exported on the other PC.",
        ),
        Refusal.DAMAGED: translate(
            "SyncWords",
            "The sync file is damaged or incomplete (changed, or copied only partly). Nothing was changed. "
            "Copy the file again, or export a new one on the other PC.",
        ),
        Refusal.UNKNOWN_SENDER: translate(
            "SyncWords",
            "This sync file comes from a pump station that is not registered here (key code {0}). Nothing was "
            "changed. First compare the key code under “Register station…” and register the station.",
        ).format(code),
        Refusal.WRONG_KEY: translate(
            "SyncWords",
            "The sync file from {0} was signed with another key than the one registered here. Nothing was changed. "
            "If that PC was replaced, register the station again after comparing its key code; otherwise do not "
            "trust the file.",
        ).format(name),
        Refusal.OTHER_PLANT: translate(
            "SyncWords",
            "The data from {0} belongs to another plant. Nothing was changed. Check that this is your plant's "
            "file or server.",
        ).format(name),
        Refusal.NEWER_APP: translate(
            "SyncWords",
            "The sync file was made by a newer version of Red Grid Workstation ({0}). Nothing was changed. "
            "Install that version here, then import the file again.",
        ).format(str(facts.get("made_by") or "?")),
        Refusal.NOT_FOR_US: translate(
            "SyncWords",
            "The sync file from {0} was exported for another database, not for this one. Nothing was changed. "
            "Ask for a file exported for this PC.",
        ).format(name),
        Refusal.NOT_SET_UP: translate(
            "SyncWords",
            "Sync is not set up yet (here, or on the plant's database). Nothing was changed. The system "
            "administrator sets it up on the sync page.",
        ),
        Refusal.PLANT_NOT_CONFIRMED: translate(
            "SyncWords",
            "The plant's key code was not confirmed, so the file from {0} was not read. Nothing was changed. "
            "Compare the key code with the plant's screen, then import the file again.",
        ).format(name),
        Refusal.SAME_ROLE: translate(
            "SyncWords",
            "This file was not written for this kind of database: files go between the plant and its pump "
            "stations only. Nothing was changed.",
        ),
    }
    return texts.get(error.refusal, str(error.refusal))


def input_text(error: SyncInputError) -> str:
    facts = error.facts
    texts = {
        "code": translate(
            "SyncWords",
            "“{0}” cannot be a station code: use 1 to 4 capital letters or digits, starting with a letter (B2).",
        ).format(facts.get("code", "")),
        "name": translate("SyncWords", "Enter a name."),
        "already": translate("SyncWords", "Sync is already set up for this database."),
        "range": translate("SyncWords", "Warn after 1 to 365 days; sync every 0 (off) to 1440 minutes."),
        "not_plant": translate("SyncWords", "Only the plant registers pump stations."),
        "code_taken": translate("SyncWords", "The code {0} is already used by the station {1}.").format(
            facts.get("code", ""), facts.get("name", "")
        ),
        "not_restorable": translate(
            "SyncWords", "This value cannot be restored: it was already resolved, or its row no longer exists."
        ),
        "plant_only": translate(
            "SyncWords", "Accounts and rights are set at the plant: a station's value for them cannot be restored."
        ),
        "not_station": translate("SyncWords", "Only a pump station syncs with the plant's database over the network."),
        "not_empty": translate(
            "SyncWords",
            "This database already holds an organisation (the demo plant, or one entered here). A pump station "
            "starts from an empty database and receives the plant's whole organisation at its first sync: start the "
            "program on a new, empty database and set up the station there.",
        ),
    }
    return texts.get(error.problem, error.problem)


def problem_text(exc: BaseException) -> str | None:
    """A sync problem in words, or None for anything the app's own error display words (rights, files, servers)."""
    from gridapp.security.audit import AuditKeyMissing
    from gridapp.security.secrets import NoSecureStore
    from gridapp.sync.keys import SyncKeyMissing

    if isinstance(exc, BundleRefused):
        return refusal_text(exc)
    if isinstance(exc, SyncInputError):
        return input_text(exc)
    if isinstance(exc, SyncKeyMissing):
        return translate(
            "SyncWords",
            "This PC does not hold this database's sync key, so it cannot sign a sync file. Nothing was changed. "
            "Export and import on the PC where sync was set up, or have the system administrator copy the key here "
            "(gridapp sync export-key on that PC, gridapp sync import-key on this one).",
        )
    if isinstance(exc, AuditKeyMissing):
        return translate(
            "SyncWords",
            "This PC does not hold the audit key of the plant's database, so it cannot add its changes to the "
            "plant's audit trail. Nothing was changed. The plant's system administrator copies the key to this PC "
            "once (gridapp audit export-key on a plant PC, gridapp --database <the plant's server> audit "
            "import-key here).",
        )
    if isinstance(exc, NoSecureStore):
        return translate(
            "SyncWords",
            "This PC has no secure key store (keyring), so the sync key or password cannot be kept. Nothing was "
            "changed. Use a PC with Windows Credential Manager or a Linux keyring.",
        )
    if isinstance(exc, LookupError):
        return translate("SyncWords", "That station or conflict no longer exists here. Nothing was changed.")
    return None
