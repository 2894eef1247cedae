"""Why an organisation change was refused, as codes with details; the UI turns each into a sentence."""

from __future__ import annotations

import enum
from typing import Any


class OrgProblem(enum.Enum):
    NOT_FOUND = "not_found"  # the row is gone (deleted elsewhere meanwhile)
    NAME_REQUIRED = "name_required"
    NAME_TOO_LONG = "name_too_long"  # limit
    CODE_REQUIRED = "code_required"
    CODE_TAKEN = "code_taken"  # code, unit
    PLANT_EXISTS = "plant_exists"  # a plant can only be the single root
    PARENT_REQUIRED = "parent_required"  # only the plant has no parent
    PLANT_CANNOT_MOVE = "plant_cannot_move"
    MOVE_INTO_ITSELF = "move_into_itself"  # a unit cannot go below itself
    UNIT_HAS_CHILDREN = "unit_has_children"  # count
    UNIT_NOT_EMPTY = "unit_not_empty"  # people, posts, areas
    REASSIGN_INTO_ITSELF = "reassign_into_itself"
    EMPLOYEE_NO_REQUIRED = "employee_no_required"
    EMPLOYEE_NO_TAKEN = "employee_no_taken"  # employee_no, name
    POST_NOT_IN_UNIT = "post_not_in_unit"  # the post belongs to another branch of the tree
    PERSON_HAS_LEFT = "person_has_left"  # name
    PERSON_STILL_ACTIVE = "person_still_active"  # name (cannot delete with history)
    PERSON_HAS_HISTORY = "person_has_history"  # name
    DATES_REVERSED = "dates_reversed"  # an end before the start
    ROLE_OVERLAP = "role_overlap"  # name, role, unit: already holds it in that period
    ROLE_NOT_IN_USE = "role_not_in_use"  # role
    GUARDIAN_NOT_MEMBER = "guardian_not_member"  # name
    GUARD_SELF = "guard_self"
    WARD_ALREADY_GUARDED = "ward_already_guarded"  # ward, guardian
    AREA_ALREADY_GUARDED = "area_already_guarded"  # area, guardian
    TOO_MANY_WARDS = "too_many_wards"  # guardian, limit
    BAD_SETTING = "bad_setting"  # key
    RESTORE_CONFLICT = "restore_conflict"  # a restored row would clash with one made since (e.g. same code)
    PHOTO_UNREADABLE = "photo_unreadable"
    PHOTO_TOO_MANY_PIXELS = "photo_too_many_pixels"  # limit
    FILE_UNREADABLE = "file_unreadable"  # path, reason
    ROSTER_HAS_ERRORS = "roster_has_errors"  # count


class OrgError(Exception):
    """A change the organisation refuses; ``details`` fill the UI's sentence (names, codes, limits)."""

    def __init__(self, problem: OrgProblem, **details: Any) -> None:
        super().__init__(f"{problem.value}: {details}")
        self.problem = problem
        self.details = details
