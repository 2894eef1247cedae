"""Party life's codes in the user's words (one place, so every page and dialog says them alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridapp.org.kinds import UnitKind
from gridapp.party_life.kinds import (
    Attendance,
    Attendees,
    MeetingFrequency,
    MeetingStatus,
    PartyLifeRefused,
    Refusal,
    SuggestionCategory,
    SuggestionState,
    TalkKind,
)

translate = QCoreApplication.translate


def frequency_label(frequency: MeetingFrequency) -> str:
    return {
        MeetingFrequency.MONTHLY: translate("PartyLifeWords", "Monthly"),
        MeetingFrequency.QUARTERLY: translate("PartyLifeWords", "Quarterly"),
        MeetingFrequency.HALF_YEARLY: translate("PartyLifeWords", "Half-yearly"),
        MeetingFrequency.YEARLY: translate("PartyLifeWords", "Yearly"),
    }[frequency]


def attendees_label(attendees: Attendees) -> str:
    return {
        Attendees.PARTY_MEMBERS: translate("PartyLifeWords", "Party members of the unit"),
        Attendees.COMMITTEE: translate("PartyLifeWords", "Committee (leader, secretary, officers)"),
        Attendees.EVERYONE: translate("PartyLifeWords", "Everyone in the unit"),
    }[attendees]


def attendance_label(attendance: Attendance) -> str:
    return {
        Attendance.PRESENT: translate("PartyLifeWords", "Present"),
        Attendance.SICK_LEAVE: translate("PartyLifeWords", "Sick leave"),
        Attendance.OFFICIAL_LEAVE: translate("PartyLifeWords", "Official leave"),
        Attendance.NO_REASON: translate("PartyLifeWords", "Absent without reason"),
    }[attendance]


def status_label(status: MeetingStatus) -> str:
    return {
        MeetingStatus.DONE: translate("PartyLifeWords", "Held"),
        MeetingStatus.OVERDUE: translate("PartyLifeWords", "Missed"),
        MeetingStatus.OPEN: translate("PartyLifeWords", "Due"),
        MeetingStatus.UPCOMING: "",
    }[status]


def unit_kind_label(kind: UnitKind | None) -> str:
    return {
        None: translate("PartyLifeWords", "No unit (not required)"),
        UnitKind.PLANT: translate("PartyLifeWords", "Each plant"),
        UnitKind.NET: translate("PartyLifeWords", "Each net"),
        UnitKind.GRID: translate("PartyLifeWords", "Each grid"),
        UnitKind.ZONE: translate("PartyLifeWords", "Each responsibility zone"),
        UnitKind.TEAM: translate("PartyLifeWords", "Each team"),
    }[kind]


def talk_kind_label(kind: TalkKind) -> str:
    return {
        TalkKind.LINKED_QUARTERLY: translate("PartyLifeWords", "Quarterly 1+N talk"),
        TalkKind.NEW_HIRE: translate("PartyLifeWords", "New hire"),
        TalkKind.CONFLICT: translate("PartyLifeWords", "Conflict"),
        TalkKind.HARDSHIP: translate("PartyLifeWords", "Hardship"),
        TalkKind.MISTAKE: translate("PartyLifeWords", "Mistake"),
        TalkKind.OTHER: translate("PartyLifeWords", "Other"),
    }[kind]


def category_label(category: SuggestionCategory) -> str:
    return {
        SuggestionCategory.SAFETY: translate("PartyLifeWords", "Safety"),
        SuggestionCategory.COST: translate("PartyLifeWords", "Cost"),
        SuggestionCategory.TECHNIQUE: translate("PartyLifeWords", "Technique"),
        SuggestionCategory.MANAGEMENT: translate("PartyLifeWords", "Management"),
    }[category]


def suggestion_state_label(state: SuggestionState) -> str:
    return {
        SuggestionState.SUBMITTED: translate("PartyLifeWords", "Submitted"),
        SuggestionState.ADOPTED: translate("PartyLifeWords", "Adopted"),
        SuggestionState.NOT_ADOPTED: translate("PartyLifeWords", "Not adopted"),
        SuggestionState.MERGED: translate("PartyLifeWords", "Merged"),
        SuggestionState.DONE: translate("PartyLifeWords", "Done"),
    }[state]


def refusal_text(exc: PartyLifeRefused) -> str:
    return {
        Refusal.UNKNOWN: translate(
            "PartyLifeWords", "The record no longer exists; it may have been deleted elsewhere."
        ),
        Refusal.FUTURE_DATE: translate("PartyLifeWords", "A meeting is recorded once it has been held, not before."),
        Refusal.NAME_REQUIRED: translate("PartyLifeWords", "Fill in the code and name (a meeting: its topic)."),
        Refusal.DUPLICATE_CODE: translate("PartyLifeWords", "Another meeting kind already has this code."),
        Refusal.KIND_IN_USE: translate(
            "PartyLifeWords", "Meetings were recorded under this kind; switch it off instead of deleting it."
        ),
        Refusal.SAME_PERSON: translate("PartyLifeWords", "A talk is between two different people."),
        Refusal.REASON_REQUIRED: translate("PartyLifeWords", "Say why the suggestion is not adopted."),
        Refusal.NOT_REVIEWABLE: translate(
            "PartyLifeWords", "This suggestion has already been reviewed (only an adopted one can be marked done)."
        ),
        Refusal.NOT_IN_ZONE: translate(
            "PartyLifeWords", "A weekly zone report is filed by a party member of that zone."
        ),
        Refusal.BAD_MERGE: translate(
            "PartyLifeWords", "Merge into another suggestion that is submitted or adopted, not into itself."
        ),
        Refusal.NOT_GUARDIAN: translate(
            "PartyLifeWords", "Notes of a person's state of mind are written by the person's guardian."
        ),
        Refusal.TEXT_REQUIRED: translate("PartyLifeWords", "Fill in the text (a case: the hardship and each step)."),
        Refusal.CASE_CLOSED: translate("PartyLifeWords", "This case is closed."),
        Refusal.STEPS_OPEN: translate(
            "PartyLifeWords", "A case is closed once every step of its plan is done: mark the remaining steps first."
        ),
        Refusal.SAME_CONFIRMER: translate(
            "PartyLifeWords", "The closure is confirmed by someone other than the person who opened the case."
        ),
    }[exc.refusal]
