"""The projects' codes in the user's words (one place, so the page and its dialogs say them alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridapp.projects.kinds import ProjectRefused, ProjectStatus, Refusal

translate = QCoreApplication.translate


def status_label(status: ProjectStatus) -> str:
    return {
        ProjectStatus.PROPOSED: translate("ProjectWords", "Set up"),
        ProjectStatus.ACTIVE: translate("ProjectWords", "Under way"),
        ProjectStatus.FINISHED: translate("ProjectWords", "Finished"),
        ProjectStatus.STOPPED: translate("ProjectWords", "Stopped"),
    }[status]


def refusal_text(exc: ProjectRefused) -> str:
    return {
        Refusal.UNKNOWN: translate("ProjectWords", "The project no longer exists (deleted elsewhere?)."),
        Refusal.TITLE_REQUIRED: translate("ProjectWords", "Give it a title."),
        Refusal.LEADER_NOT_QUALIFIED: translate(
            "ProjectWords", "The leader must be a 攻关员 (tackling officer) or a party member."
        ),
        Refusal.STATUS_CHANGE: translate("ProjectWords", "The project cannot go to that status from where it is."),
        Refusal.REASON_REQUIRED: translate("ProjectWords", "Say why the project is stopped."),
        Refusal.DATES: translate("ProjectWords", "A date lies before the project's start (or in the future)."),
        Refusal.VALUE_REQUIRED: translate("ProjectWords", "A result needs what it is, a number and its unit."),
        Refusal.FILE_MISSING: translate("ProjectWords", "The file cannot be read."),
        Refusal.FILE_TOO_LARGE: translate("ProjectWords", "The file is larger than 30 MB."),
        Refusal.CLOSED: translate("ProjectWords", "The project is finished or stopped: reopen it first."),
    }[exc.refusal]
