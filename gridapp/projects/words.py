"""The projects' codes in the printed words (prints are Chinese whatever the UI's language)."""

from gridapp.projects.kinds import ProjectStatus

STATUS_CN = {
    ProjectStatus.PROPOSED: "立项",
    ProjectStatus.ACTIVE: "进行中",
    ProjectStatus.FINISHED: "已完成",
    ProjectStatus.STOPPED: "已终止",
}
