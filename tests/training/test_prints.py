"""Training's prints: the blank sign-in sheet and the period's training record — fonts embedded, every character
drawn, the session's facts and each person's hours in the text, the sign-in sheet's headings the import's own."""

from __future__ import annotations

import datetime as dt
import uuid

from gridapp.reports.fonts import missing_glyphs
from gridapp.training.kinds import TrainingKind
from gridapp.training.printing import sign_in_sheet_pdf, training_record_pdf
from gridapp.training.rows import MatrixRow, SessionRow, Trainee, TrainingMatrix
from gridapp.training.sign_in import SCHEMA
from tests.pdf_checks import assert_all_fonts_embedded, pdf_text

ID = uuid.uuid4()
SESSION = SessionRow(ID, ID, "设备技术室格", TrainingKind.JOINT, ID, "夜校云课堂", "压缩机振动（≥4.5mm/s）诊断",
                     "李导师", dt.date(2025, 5, 12), 2.5, "三楼会议室", 3)  # fmt: skip


def test_the_blank_sign_in_sheet() -> None:
    people = [Trainee(ID, f"职工{n}", f"T{n}", "设备技术室格") for n in range(1, 41)]
    pdf = sign_in_sheet_pdf(SESSION, "技术支持中心/设备技术室格", people)
    assert_all_fonts_embedded(pdf)
    pages = pdf_text(pdf)
    assert len(pages) == 2  # forty people and the spare lines run onto a second page, the heading repeated
    text = "".join(pages)
    for words in ("格间联学培训签到表", "压缩机振动（≥4.5mm/s）诊断", "李导师", "夜校云课堂", "2025-05-12", "职工40",
                  "应到 40 人"):  # fmt: skip
        assert words in text, words
    for field in SCHEMA.fields:
        assert field.heading in pages[1], field.heading
    assert not missing_glyphs(text)


def test_the_training_record() -> None:
    kinds = tuple(TrainingKind)
    rows = (
        MatrixRow(ID.hex, "甲一", "T1", "甲班", (4.5, 3.0, 0.0), (4.0, 2.0, 2.0)),
        MatrixRow(ID.hex, "乙一", "T2", "乙班", (4.5, 0.0, 0.0), (4.0, 2.0, None)),
    )
    matrix = TrainingMatrix(dt.date(2025, 4, 1), dt.date(2025, 6, 30), kinds, rows)
    pdf = training_record_pdf(matrix, [SESSION], "技术支持中心")
    assert_all_fonts_embedded(pdf)
    text = "".join(pdf_text(pdf))
    for words in ("“三学四课堂”培训记录", "2025-04-01 至 2025-06-30", "本期共开展培训 1 次", "2 人中 2 人学时未达标",
                  "4.5 / 4", "专学差2", "联学差2", "压缩机振动"):  # fmt: skip
        assert words in text.replace("\n", ""), words
    assert not missing_glyphs(text)
