"""The limits read from standard texts as Chinese plant cards write them, and the texts left alone."""

from __future__ import annotations

import pytest

from gridapp.inspections.kinds import ItemKind
from gridapp.io.readings import Limits, limits_in

# (standard text, (lower, upper, unit)) — the limits an importer proposes for a reading item.
READ = [
    ("轴承温度不超过75℃", (None, 75, "℃")),
    ("出口压力0.3～0.5MPa", (0.3, 0.5, "MPa")),
    ("余氯0.3-4mg/L", (0.3, 4, "mg/L")),
    ("浊度≤1NTU", (None, 1, "NTU")),
    ("加药浓度8～12 g/L", (8, 12, "g/L")),
    ("振动速度≤4.5mm/s", (None, 4.5, "mm/s")),
    ("8~12g/L", (8, 12, "g/L")),
    ("8-12 g/L", (8, 12, "g/L")),
    ("8至12g/L", (8, 12, "g/L")),
    ("8—12", (8, 12, "")),
    ("8到12g/L", (8, 12, "g/L")),
    ("8g/L～12g/L", (8, 12, "g/L")),
    ("≥0.3 MPa", (0.3, None, "MPa")),
    (">=0.3MPa", (0.3, None, "MPa")),
    ("≤75℃", (None, 75, "℃")),
    ("<=75°C", (None, 75, "℃")),
    ("油温75℃以下", (None, 75, "℃")),
    ("不高于75℃", (None, 75, "℃")),
    ("供水压力不低于 0.3MPa", (0.3, None, "MPa")),
    ("出水余氯不小于0.05mg/L", (0.05, None, "mg/L")),
    ("液位大于等于1.5m", (1.5, None, "m")),
    ("电机温升小于等于40℃", (None, 40, "℃")),
    ("进水压力0.2MPa以上", (0.2, None, "MPa")),
    ("温度控制在50±2℃", (48, 52, "℃")),
    ("消化温度(35±1)℃", (34, 36, "℃")),
    ("电源电压380V±10%", (342, 418, "V")),
    ("轴承温度≤７５℃", (None, 75, "℃")),
    ("压力≥０．３ＭＰａ", (0.3, None, "MPa")),
    ("出厂水pH 6.5～8.5", (6.5, 8.5, "pH")),
    ("PH值：6-9", (6, 9, "pH")),
    ("pH≥6.5", (6.5, None, "pH")),
    ("管网压力≥0.28Mpa", (0.28, None, "MPa")),
    ("风机进口压力-2～-0.5kPa", (-2, -0.5, "kPa")),
    ("环境温度-10～40℃", (-10, 40, "℃")),
    ("相对湿度≤80%", (None, 80, "%")),
    ("电机运行电流不大于45A", (None, 45, "A")),
    ("母线电压10kV±7%", (9.3, 10.7, "kV")),
    ("进水流量100～150m3/h", (100, 150, "m³/h")),
    ("转速不超过1480r/min", (None, 1480, "r/min")),
    ("绝缘电阻不低于0.5MΩ", (0.5, None, "MΩ")),
    ("接地电阻≤4Ω", (None, 4, "Ω")),
    ("噪声＜85dB(A)", (None, 85, "dB(A)")),
    ("出口压力≥0.3MPa且≤0.5MPa", (0.3, 0.5, "MPa")),
    ("不低于0.3MPa，不高于0.5MPa", (0.3, 0.5, "MPa")),
    ("每班巡检1次，轴承温度不超过75℃", (None, 75, "℃")),
    ("溶解氧2～4 mg/l，用便携仪测定", (2, 4, "mg/L")),
    ("电导率≤500μS/cm", (None, 500, "μS/cm")),
    ("流量≥1,000m³/h", (1000, None, "m³/h")),
    ("COD 50mg/L以下", (None, 50, "mg/L")),
    ("电池电压≥12", (12, None, "")),
    ("反冲洗压力0.3MPa～0.5MPa", (0.3, 0.5, "MPa")),
    ("氯瓶间温度不得超过40摄氏度", (None, 40, "℃")),
]

# Texts whose numbers are not limits, or whose limits cannot be attributed: they stay pass/fail items.
LEFT_ALONE = [
    "电流不大于额定值",  # no number
    "每2小时巡检一次",  # a frequency
    "2026年起执行",  # a year
    "每班1次",  # a count
    "检查3个阀门",
    "水质符合GB 5749-2022要求",  # a regulation number
    "按DL/T 596—2021进行预防性试验",
    "Q/GDW 1799.1—2013 第5.2.3条",
    "异常时拨打0571-88886666",  # a phone number
    "值班电话13800138000",
    "每日8:00～10:00巡检",  # times
    "2026-01-05前完成整改",  # a date
    "1～3号泵轮换运行",  # item numbers
    "3.2.1 泵房巡检",
    "温度≤75℃，压力≥0.3MPa",  # two quantities
    "负荷80%时温度≤75℃",  # a limit beside another quantity
    "额定电流100A",  # a value, not a limit
    "不超过额定电流的1.1倍",
    "额定值±5%",  # relative to an unnamed value
    "偏差±2℃",
    "压力0.3MPa～500kPa",  # units disagree
    "12～8g/L",  # reversed
    "出水余氯0.3～4mg/L，管网末梢≥0.05mg/L",  # two lower limits
    "运行30min后检查",  # an unknown unit
    "不少于2人",
    "DN100阀门无渗漏",
    "温度超过75℃时停机",  # an alarm condition, not the limit
    "油位在1/2～2/3之间",
    "",
    "外观整洁，无锈蚀",
]


def _approx(value: float | None) -> object:
    return None if value is None else pytest.approx(value)


@pytest.mark.parametrize(("standard", "expected"), READ, ids=[c[0] for c in READ])
def test_reads_the_limits(standard: str, expected: tuple[float | None, float | None, str]) -> None:
    limits = limits_in(standard)
    assert limits is not None
    lower, upper, unit = expected
    assert (limits.lower, limits.upper, limits.unit) == (_approx(lower), _approx(upper), unit)
    assert limits.text and limits.text in standard


@pytest.mark.parametrize("standard", LEFT_ALONE, ids=[s or "<empty>" for s in LEFT_ALONE])
def test_leaves_alone(standard: str) -> None:
    assert limits_in(standard) is None


def test_the_table_is_big_enough() -> None:
    assert len(READ) + len(LEFT_ALONE) >= 40
    assert len(LEFT_ALONE) >= 10


def test_text_is_the_part_read() -> None:
    assert limits_in("轴承温度不超过75℃，超温停机") == Limits(None, 75.0, "℃", "不超过75℃")
    assert limits_in("出口压力0.3～0.5MPa。") == Limits(0.3, 0.5, "MPa", "0.3～0.5MPa")
    assert limits_in("压力≥０．３ＭＰａ").text == "≥０．３ＭＰａ"  # cut from the text as written


def test_tolerances_are_exact_decimals() -> None:
    limits = limits_in("浓度0.3±0.05mg/L")
    assert (limits.lower, limits.upper) == (0.25, 0.35)


def test_item_fields_make_a_reading_item() -> None:
    assert limits_in("≤75℃").item_fields() == {"kind": ItemKind.READING, "lower": None, "upper": 75.0, "unit": "℃"}
