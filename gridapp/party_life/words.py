"""Party life's codes in the printed words (gridapp prints and exports Chinese; the UI words them through tr)."""

from __future__ import annotations

from gridapp.party_life.kinds import Attendance, SuggestionCategory, SuggestionState

ATTENDANCE_CN = {
    Attendance.PRESENT: "出席",
    Attendance.SICK_LEAVE: "病假",
    Attendance.OFFICIAL_LEAVE: "公假",
    Attendance.NO_REASON: "无故缺席",
}
CATEGORY_CN = {
    SuggestionCategory.SAFETY: "安全",
    SuggestionCategory.COST: "降本增效",
    SuggestionCategory.TECHNIQUE: "技术",
    SuggestionCategory.MANAGEMENT: "管理",
}
STATE_CN = {
    SuggestionState.SUBMITTED: "待评审",
    SuggestionState.ADOPTED: "已采纳，落实中",
    SuggestionState.NOT_ADOPTED: "未采纳",
    SuggestionState.MERGED: "已合并",
    SuggestionState.DONE: "已落实",
}
