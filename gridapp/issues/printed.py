"""The Chinese words of printed and exported sheets (the ledger, the handover sheet): paper is always Chinese."""

from __future__ import annotations

import datetime as dt

from gridapp.issues.clock import Calendar
from gridapp.issues.kinds import DueStatus, HazardGrade, IssueState, RiskColour

STATE = {
    IssueState.REPORTED: "已上报",
    IssueState.ASSIGNED: "已交办",
    IssueState.IN_PROGRESS: "处置中",
    IssueState.FED_BACK: "已反馈",
    IssueState.RECTIFIED: "已整改",
    IssueState.VERIFIED: "已核验",
    IssueState.CLOSED: "已销号",
    IssueState.RETURNED: "退回返工",
    IssueState.ESCALATED: "已上报上级",
    IssueState.HELD: "挂账",
    IssueState.REOPENED: "重新打开",
}
GRADE = {HazardGrade.GENERAL: "一般", HazardGrade.LARGER: "较大", HazardGrade.MAJOR: "重大"}
COLOUR = {RiskColour.RED: "红", RiskColour.ORANGE: "橙", RiskColour.YELLOW: "黄", RiskColour.BLUE: "蓝"}
COLOUR_HEX = {RiskColour.RED: "#E53935", RiskColour.ORANGE: "#FB8C00", RiskColour.YELLOW: "#FDD835",
              RiskColour.BLUE: "#1E88E5"}  # fmt: skip
DUE = {DueStatus.OVERDUE: "超期", DueStatus.DUE_SOON: "临期", DueStatus.ON_TRACK: "", DueStatus.NONE: ""}


def when(moment: dt.datetime | None, calendar: Calendar, with_time: bool = True) -> str:
    if moment is None:
        return ""
    local = calendar.local(moment)
    return local.strftime("%Y-%m-%d %H:%M") if with_time else local.strftime("%Y-%m-%d")


def deadline_day(moment: dt.datetime | None, calendar: Calendar) -> str:
    """A date deadline is stored as the end of its day (next local midnight): print the day itself."""
    if moment is None:
        return ""
    local = calendar.local(moment)
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        local -= dt.timedelta(days=1)
        return local.strftime("%Y-%m-%d")
    return local.strftime("%Y-%m-%d %H:%M")
