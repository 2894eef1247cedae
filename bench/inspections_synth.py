"""A synthetic inspection card at seed 000's scale: 5 workshops, 12 posts, 9 equipment categories, 11 activity units
and 498 operation steps, in realistic Chinese (used by bench/inspections.py and the tests)."""

from __future__ import annotations

import random
import uuid

from gridapp.inspections.kinds import CheckLevel, DocumentKind, Frequency, ItemKind
from gridapp.inspections.rows import DocumentContent, ItemDraft, ItemRow

WORKSHOPS = ["取水车间", "加药车间", "净化车间", "送水车间", "维修车间"]
POSTS = [
    "取水泵工",
    "巡线工",
    "加药工",
    "化验员",
    "沉淀池工",
    "滤池工",
    "送水泵工",
    "中控值班员",
    "配电运行工",
    "维修电工",
    "维修钳工",
    "仪表工",
]
EQUIPMENT = {
    "水泵机组": ["泵体", "轴承", "机械密封", "联轴器", "出口止回阀", "泵座地脚螺栓"],
    "电动机": ["电机外壳", "接线盒", "电机轴承", "冷却风扇", "接地线"],
    "阀门管路": ["闸阀", "蝶阀", "管道法兰", "排气阀", "伸缩节"],
    "加药设备": ["计量泵", "溶药罐", "搅拌机", "加药管路", "液位计", "次氯酸钠发生器"],
    "配电设备": ["高压开关柜", "变压器", "低压配电柜", "电缆沟", "直流屏"],
    "仪表仪器": ["压力表", "流量计", "余氯仪", "浊度仪", "液位变送器"],
    "起重设备": ["电动葫芦", "钢丝绳", "吊钩", "行车轨道"],
    "消防设施": ["灭火器", "消防栓", "应急照明", "疏散指示"],
    "构筑物": ["沉淀池", "滤池", "清水池", "取水口格栅", "加药间地面"],
}
ACTIVITIES = [
    "开机前检查",
    "运行巡检",
    "停机检查",
    "加药操作",
    "倒闸操作",
    "设备润滑",
    "清洗维护",
    "取样化验",
    "交接班检查",
    "应急处置",
    "防护用品检查",
]
ASPECTS = [
    ("运行声音", "无异响、无摩擦声", "耳听"),
    ("振动情况", "振动平稳，无明显晃动", "手感、测振仪"),
    ("温度", "温升正常，无烫手现象", "手感、测温枪"),
    ("密封情况", "无滴漏、无渗漏，密封良好", "目视"),
    ("紧固件", "螺栓齐全紧固，无松动锈蚀", "目视、扳手"),
    ("外观清洁", "表面清洁，无油污积尘", "目视"),
    ("防护罩", "防护罩完好牢固", "目视"),
    ("标识标牌", "标识清晰，介质流向正确", "目视"),
    ("润滑油位", "油位在油标1/2～2/3之间，油质清洁", "目视"),
    ("指示状态", "指示灯、仪表显示正常，与实际一致", "目视、核对"),
    ("接地保护", "接地线连接可靠，无断股", "目视"),
    ("阀门开关", "开关灵活到位，无卡涩", "手动试验"),
    ("操作票", "操作票填写规范，执行唱票复诵", "查阅记录"),
    ("劳保用品", "佩戴防护眼镜、耐酸碱手套", "目视"),
]
READINGS = [
    ("出口压力", 0.25, 0.45, "MPa"),
    ("轴承温度", None, 75, "℃"),
    ("电机电流", None, 180, "A"),
    ("出厂水余氯", 0.3, 2.0, "mg/L"),
    ("沉淀池出水浊度", None, 3.0, "NTU"),
    ("加药量", 15, 25, "L/h"),
]


def synthetic_items(count: int = 498, seed: int = 5) -> list[ItemDraft]:
    """``count`` operation steps in runs by equipment category and activity unit, like a real card."""
    rng = random.Random(seed)
    drafts: list[ItemDraft] = []
    categories = list(EQUIPMENT)
    while len(drafts) < count:
        for category in categories:
            activity = rng.choice(ACTIVITIES)
            for _ in range(rng.randint(3, 9)):
                part = rng.choice(EQUIPMENT[category])
                roll = rng.random()
                level = CheckLevel.STAFF if roll < 0.7 else CheckLevel.OFFICER if roll < 0.92 else CheckLevel.LEADER
                frequency = {
                    CheckLevel.STAFF: Frequency.DAILY,
                    CheckLevel.OFFICER: Frequency.WEEKLY,
                    CheckLevel.LEADER: Frequency.MONTHLY,
                }[level]
                if rng.random() < 0.08:
                    name, lower, upper, unit = rng.choice(READINGS)
                    drafts.append(
                        ItemDraft(
                            content=f"检查{part}{name}",
                            standard=f"{name}在规定范围内",
                            method="读取仪表并记录",
                            level=level,
                            frequency=frequency,
                            equipment=category,
                            activity=activity,
                            kind=ItemKind.READING,
                            lower=lower,
                            upper=upper,
                            unit=unit,
                        )
                    )
                else:
                    aspect, standard, method = rng.choice(ASPECTS)
                    extra = rng.choice(["", "，发现异常立即停机并上报", "，记录在巡检记录本上", ""])
                    drafts.append(
                        ItemDraft(
                            content=f"检查{part}{aspect}{extra}",
                            standard=standard,
                            method=method,
                            level=level,
                            frequency=frequency,
                            equipment=category,
                            activity=activity,
                        )
                    )
                if len(drafts) == count:
                    return drafts
    return drafts


def synthetic_content(count: int = 498) -> DocumentContent:
    """The card as a print would see it, without a database."""
    doc = uuid.uuid4()
    items = tuple(
        ItemRow(
            uuid.uuid4(),
            doc,
            n,
            d.equipment,
            d.activity,
            d.content,
            d.standard,
            d.method,
            d.level,
            d.frequency,
            d.interval_days,
            d.kind,
            d.lower,
            d.upper,
            d.unit,
        )
        for n, d in enumerate(synthetic_items(count))
    )
    return DocumentContent(
        doc,
        "round_table",
        "安全管理网格化巡检表",
        DocumentKind.TABLE,
        "全厂生产岗位",
        "东湖水厂",
        uuid.uuid4(),
        uuid.uuid4(),
        "4.0",
        False,
        "",
        items,
    )
