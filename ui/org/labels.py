"""Words for the organisation's codes (unit kinds, party status, gender), through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridapp.org.kinds import Gender, PartyStatus, RoleKind, UnitKind
from gridapp.org.rows import RoleWarning, WarningKind

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
        PartyStatus.LEAGUE_MEMBER: translate("OrgLabels", "League member"),
        PartyStatus.MASSES: translate("OrgLabels", "Non-member"),
    }[status]


def gender_label(gender: Gender | None) -> str:
    if gender is None:
        return ""
    return {Gender.MALE: translate("OrgLabels", "Male"), Gender.FEMALE: translate("OrgLabels", "Female")}[gender]


def role_kind_label(kind: RoleKind) -> str:
    return {
        RoleKind.LEADER: translate("OrgLabels", "Grid leader"),
        RoleKind.SECRETARY: translate("OrgLabels", "Party secretary"),
        RoleKind.OFFICER: translate("OrgLabels", "Officer"),
        RoleKind.ZONE_LEAD: translate("OrgLabels", "Zone lead"),
        RoleKind.OTHER: translate("OrgLabels", "Other"),
    }[kind]


def warning_text(warning: RoleWarning) -> str:
    if warning.kind is WarningKind.NO_LEADER:
        return translate("OrgLabels", "{0} has no active leader").format(warning.unit_name)
    if warning.kind is WarningKind.NO_ZONE_LEAD:
        return translate("OrgLabels", "{0} has no active zone lead").format(warning.unit_name)
    if warning.kind is WarningKind.NOT_PARTY_MEMBER:
        return translate("OrgLabels", "{0}: {1} is “{2}” but not a party member").format(
            warning.unit_name, warning.person_name, warning.role_name
        )
    return translate("OrgLabels", "{0}: nobody holds the officer role “{1}”").format(
        warning.unit_name, warning.role_name
    )


def field_label(field: str) -> str:
    """The roster's fields, as column titles of the import preview."""
    return {
        "employee_no": translate("OrgLabels", "Employee no."),
        "name": translate("OrgLabels", "Name"),
        "gender": translate("OrgLabels", "Gender"),
        "unit": translate("OrgLabels", "Unit"),
        "team": translate("OrgLabels", "Team"),
        "post": translate("OrgLabels", "Post"),
        "phone": translate("OrgLabels", "Phone"),
        "party_status": translate("OrgLabels", "Party status"),
        "status": translate("OrgLabels", "Status"),
        "left_on": translate("OrgLabels", "Left on"),
    }.get(field, field)
