"""The organisation's vocabulary as enums (codes, not words: the UI words them)."""

from __future__ import annotations

import enum


class UnitKind(enum.StrEnum):
    """What a node of the organisation tree is; the depth of the tree is data, not code."""

    PLANT = "plant"  # 厂 / 公司
    NET = "net"  # 网 (e.g. 党总支三级网, 支部四级网)
    GRID = "grid"  # 格 / 网格
    ZONE = "zone"  # 责任区 (often a workshop)
    TEAM = "team"  # 班组


class PartyStatus(enum.StrEnum):
    FULL_MEMBER = "full_member"  # 正式党员
    PROBATIONARY = "probationary"  # 预备党员
    ACTIVIST = "activist"  # 入党积极分子
    LEAGUE_MEMBER = "league_member"  # 共青团员: not a party member (youth work, 1+N seeds)
    MASSES = "masses"  # 群众

    @property
    def is_party_member(self) -> bool:
        return self in PARTY_MEMBERS


PARTY_MEMBERS = frozenset({PartyStatus.FULL_MEMBER, PartyStatus.PROBATIONARY})


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


class RoleKind(enum.StrEnum):
    LEADER = "leader"  # 网格长
    SECRETARY = "secretary"  # 党支部书记
    OFFICER = "officer"  # 六大员 / 八大员
    ZONE_LEAD = "zone_lead"  # 责任区负责人
    OTHER = "other"
