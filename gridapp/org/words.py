"""Chinese words for the organisation's codes in what the app prints and exports (PDFs and Excel are Chinese
whatever the screen's language; the screen's words come from Qt's translations in ``ui/org/labels.py``)."""

from __future__ import annotations

from gridapp.org.kinds import Gender, PartyStatus, RoleKind, UnitKind

UNIT_KIND = {
    UnitKind.PLANT: "厂",
    UnitKind.NET: "网",
    UnitKind.GRID: "网格",
    UnitKind.ZONE: "责任区",
    UnitKind.TEAM: "班组",
}
PARTY_STATUS = {
    PartyStatus.FULL_MEMBER: "中共党员",
    PartyStatus.PROBATIONARY: "中共预备党员",
    PartyStatus.ACTIVIST: "入党积极分子",
    PartyStatus.LEAGUE_MEMBER: "共青团员",
    PartyStatus.MASSES: "群众",
}
GENDER = {Gender.MALE: "男", Gender.FEMALE: "女"}
ROLE_KIND = {
    RoleKind.LEADER: "网格长",
    RoleKind.SECRETARY: "党支部书记",
    RoleKind.OFFICER: "网格员",
    RoleKind.ZONE_LEAD: "责任区负责人",
    RoleKind.OTHER: "其他",
}
ACTIVE = "在岗"
LEFT = "离职"
