"""Words for the organisation's codes (unit kinds, party status, gender), through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridapp.org.kinds import Gender, PartyStatus, UnitKind

translate = QCoreApplication.translate


def unit_kind_label(kind: UnitKind) -> str:
    return {
        UnitKind.PLANT: translate("OrgLabels", "Plant"),
        UnitKind.NET: translate("OrgLabels", "Net"),
        UnitKind.GRID: translate("OrgLabels", "Grid"),
        UnitKind.ZONE: translate("OrgLabels", "Responsibility zone"),
        UnitKind.TEAM: translate("OrgLabels", "Team"),
    }[kind]


def party_status_label(status: PartyStatus) -> str:
    return {
        PartyStatus.FULL_MEMBER: translate("OrgLabels", "Party member"),
        PartyStatus.PROBATIONARY: translate("OrgLabels", "Probationary member"),
        PartyStatus.ACTIVIST: translate("OrgLabels", "Activist"),
        PartyStatus.MASSES: translate("OrgLabels", "Non-member"),
    }[status]


def gender_label(gender: Gender | None) -> str:
    if gender is None:
        return ""
    return {Gender.MALE: translate("OrgLabels", "Male"), Gender.FEMALE: translate("OrgLabels", "Female")}[gender]
