"""Party life's prints: the meeting record sheet, the quarter's talk coverage and the adopted suggestions for
posting — every page's fonts embedded, every character drawn (℃ included), the records' words in the text."""

from __future__ import annotations

import datetime as dt
import uuid

from gridapp.org.kinds import PartyStatus
from gridapp.party_life.kinds import Attendance, SuggestionCategory, SuggestionState
from gridapp.party_life.printing import adopted_suggestions_pdf, meeting_record_pdf, talk_coverage_pdf
from gridapp.party_life.rows import (
    Attendee,
    CoverageRow,
    MeetingDetail,
    MeetingRow,
    SuggestionRow,
    TalkCoverage,
)
from tests.pdf_checks import assert_all_fonts_embedded, pdf_text

ID = uuid.uuid4()
DAY = dt.date(2025, 5, 6)


def test_the_meeting_record_sheet() -> None:
    row = MeetingRow(
        ID, ID, "党小组会", ID, "取水泵房班", DAY, "夏季高温（38℃）设备防护", "泵房", ID, "王组长", 2, 2, 1
    )
    people = (
        Attendee(ID, "王组长", "1", PartyStatus.FULL_MEMBER),
        Attendee(ID, "李四", "2", PartyStatus.FULL_MEMBER),
        Attendee(ID, "张三", "3", PartyStatus.FULL_MEMBER, Attendance.NO_REASON),
        Attendee(ID, "赵六", "4", PartyStatus.PROBATIONARY, Attendance.SICK_LEAVE, "住院"),
    )
    pdf = meeting_record_pdf(
        MeetingDetail(row, "讨论降温措施。", "加装风机\n调整巡检时间", people), "东湖水厂/取水泵房班"
    )
    text = "".join(pdf_text(pdf))
    for words in ("党小组会会议记录", "38℃", "张三（无故缺席）", "赵六（病假，住院）", "1.加装风机", "记录人（签字）"):
        assert words in text.replace(" ", ""), words
    assert_all_fonts_embedded(pdf)


def test_the_talk_coverage_and_the_suggestions_for_posting() -> None:
    coverage = TalkCoverage(
        dt.date(2025, 4, 1),
        dt.date(2025, 6, 30),
        (
            CoverageRow(ID, "甲一", ID, "甲群", "T8", "甲班", DAY),
            CoverageRow(ID, "乙一", ID, "乙群二", "Y1", "乙班", None),
        ),
    )
    pdf = talk_coverage_pdf(coverage, "东风厂/一网格")
    assert_all_fonts_embedded(pdf)
    text = "".join(pdf_text(pdf)).replace(" ", "").replace("\n", "")
    assert "2025年第2季度1+N谈心谈话覆盖情况" in text and "尚有1个联系对象本季度未谈话" in text and "未谈" in text
    adopted = SuggestionRow(
        ID, 1, ID, "甲班", ID, "甲一", DAY, "泵房加装防护栏", "", SuggestionCategory.SAFETY, SuggestionState.DONE,
        "郑区长", DAY, "", None, "", DAY, "已安装",
    )  # fmt: skip
    pdf = adopted_suggestions_pdf([adopted], "东风厂/一网格", 2025)
    assert_all_fonts_embedded(pdf)
    text = "".join(pdf_text(pdf)).replace(" ", "").replace("\n", "")
    assert "2025年合理化建议采纳情况公示" in text and "泵房加装防护栏" in text and "已安装" in text
