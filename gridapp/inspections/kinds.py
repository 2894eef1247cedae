"""The inspection vocabulary as enums (codes, not words: the UI words them)."""

from __future__ import annotations

import enum


class DocumentKind(enum.StrEnum):
    """Which part of 一册四卡三表 a document type is."""

    BOOK = "book"  # 册
    CARD = "card"  # 卡
    TABLE = "table"  # 表


class CheckLevel(enum.StrEnum):
    """The grid level that checks an item (群众日查、网格员周查、网格长月查)."""

    STAFF = "staff"  # 岗位员工
    OFFICER = "officer"  # 网格员
    LEADER = "leader"  # 网格长


class Frequency(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    CUSTOM = "custom"  # every ``interval_days`` days


class ItemKind(enum.StrEnum):
    PASS_FAIL = "pass_fail"  # 合格 / 不合格
    READING = "reading"  # a measured value with limits and a unit


class Outcome(enum.StrEnum):
    """The result of one item in a round; a reading's outcome follows from its limits."""

    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "na"


class ChangeAction(enum.StrEnum):
    """What one entry of a document's change log did."""

    CREATED = "created"
    BODY_EDITED = "body_edited"
    ITEM_ADDED = "item_added"
    ITEM_CHANGED = "item_changed"
    ITEM_REMOVED = "item_removed"
    ITEMS_REORDERED = "items_reordered"
    IMPORTED = "imported"
    COPIED_FROM = "copied_from"
    RELEASED = "released"


class RoundSource(enum.StrEnum):
    APP = "app"  # recorded at the PC while checking
    PAPER = "paper"  # re-entered from a filled paper checklist


LEVEL_ORDER = (CheckLevel.STAFF, CheckLevel.OFFICER, CheckLevel.LEADER)
FREQUENCY_ORDER = (Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.CUSTOM)
