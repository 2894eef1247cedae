"""The words of sync: roles, ways, why a value lost, why a bundle was refused."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    PLANT = "plant"
    STATION = "station"


class Way(enum.StrEnum):
    NETWORK = "network"
    FILE = "file"


class ConflictReason(enum.StrEnum):
    CONCURRENT = "concurrent"  # two changes made without knowing of each other: the later (by HLC) won
    PLANT_ONLY = "plant_only"  # accounts, rights and roles are set at the plant; a station's change is refused
    TAKEN = "taken"  # the row clashed with a live row's unique value (an employee number, a code)


class Refusal(enum.StrEnum):
    """Why a bundle is refused before anything is written."""

    NOT_A_BUNDLE = "not_a_bundle"
    DAMAGED = "damaged"  # truncated, or a byte changed: the signature does not match
    UNKNOWN_SENDER = "unknown_sender"  # no station with this key is registered here
    WRONG_KEY = "wrong_key"  # signed by a key other than the one registered for its sender
    OTHER_PLANT = "other_plant"
    NEWER_APP = "newer_app"  # made by a newer version (its format or schema is unknown here)
    NOT_FOR_US = "not_for_us"  # addressed to another database
    NOT_SET_UP = "not_set_up"  # this database has no sync identity yet
    PLANT_NOT_CONFIRMED = "plant_not_confirmed"  # a station's first bundle from the plant: compare the codes first
    SAME_ROLE = "same_role"  # station to station (not in this version), or plant to plant
