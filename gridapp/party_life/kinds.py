"""Party life's vocabulary as enums (codes, not words: the UI words them, gridapp.party_life.words prints them)."""

from __future__ import annotations

import enum


class MeetingFrequency(enum.StrEnum):
    """How often a kind of meeting is required (三会一课: the branch meeting quarterly, the group monthly …)."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def months(self) -> int:
        return {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}[self.value]


class Attendees(enum.StrEnum):
    """Who must attend a kind of meeting, counted in the subtree of the unit that holds it."""

    PARTY_MEMBERS = "party_members"  # full and probationary members (支部党员大会, 党小组会, 党课, 主题党日)
    COMMITTEE = "committee"  # those holding a leader, secretary or officer role in the unit (支委会)
    EVERYONE = "everyone"  # every active person (the grid's quarterly study seminar)


class Attendance(enum.StrEnum):
    PRESENT = "present"
    SICK_LEAVE = "sick_leave"  # 病假
    OFFICIAL_LEAVE = "official_leave"  # 公假
    NO_REASON = "no_reason"  # 无故缺席: proposes the star rule's deduction

    @property
    def is_absent(self) -> bool:
        return self is not Attendance.PRESENT


class MeetingStatus(enum.StrEnum):
    """A (unit, kind, period) of the done-vs-due matrix."""

    DONE = "done"
    OVERDUE = "overdue"  # the period ended without the meeting
    OPEN = "open"  # the period is running
    UPCOMING = "upcoming"


class TalkKind(enum.StrEnum):
    """Why a talk (谈心谈话) was held: the quarterly 1+N talk, or one of the 四必谈 occasions."""

    LINKED_QUARTERLY = "linked_quarterly"  # 一访谈: each party member with the staff linked to them, every quarter
    NEW_HIRE = "new_hire"  # 新入职
    CONFLICT = "conflict"  # 发生矛盾
    HARDSHIP = "hardship"  # 遇到困难
    MISTAKE = "mistake"  # 出现失误
    OTHER = "other"


class SuggestionCategory(enum.StrEnum):
    """合理化建议: what a suggestion improves."""

    SAFETY = "safety"
    COST = "cost"  # 降本增效
    TECHNIQUE = "technique"
    MANAGEMENT = "management"


class SuggestionState(enum.StrEnum):
    SUBMITTED = "submitted"  # waiting for the grid's officer
    ADOPTED = "adopted"  # followed until done
    NOT_ADOPTED = "not_adopted"  # with the reason written
    MERGED = "merged"  # into another suggestion on the same point
    DONE = "done"  # an adopted suggestion carried out


class Refusal(enum.StrEnum):
    """Why party life refused a change; the UI words each one."""

    UNKNOWN = "unknown"  # the meeting, kind, unit or person no longer exists
    FUTURE_DATE = "future_date"
    NAME_REQUIRED = "name_required"  # a kind's code and name, a meeting's topic
    DUPLICATE_CODE = "duplicate_code"
    KIND_IN_USE = "kind_in_use"  # meetings were recorded under it: switch it off instead
    SAME_PERSON = "same_person"  # a talk is between two people
    REASON_REQUIRED = "reason_required"  # a suggestion not adopted says why
    NOT_REVIEWABLE = "not_reviewable"  # already reviewed; or (done) not adopted
    BAD_MERGE = "bad_merge"  # into itself, or into one merged or not adopted
    NOT_IN_ZONE = "not_in_zone"  # a weekly zone report is filed by a party member of that zone
    NOT_GUARDIAN = "not_guardian"  # a state-of-mind note is written by the person's guardian (包保党员)
    TEXT_REQUIRED = "text_required"  # a note, a hardship, a step's action
    CASE_CLOSED = "case_closed"  # a closed case takes no more steps or progress
    STEPS_OPEN = "steps_open"  # a case is closed (对账销户) once every step of its plan is done
    SAME_CONFIRMER = "same_confirmer"  # the one who opened a case does not confirm its closure


class PartyLifeRefused(Exception):
    """A change party life does not allow; nothing was written."""

    def __init__(self, refusal: Refusal, **details: object) -> None:
        super().__init__(f"{refusal.value}: {details}" if details else refusal.value)
        self.refusal = refusal
        self.details = details
