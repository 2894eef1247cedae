"""Areas: claimed places of a unit, their placard photo and placard data (no Qt)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.rows import AreaFields
from gridapp.services import Services
from tests.org_helpers import actor, person, unit


def png(width: int = 2400, height: int = 1800) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_add_edit_claim_and_delete_an_area(services: Services) -> None:
    org, me = services.org, actor(services)
    zone = unit(services, "DH-W-04")
    claimer = person(services, "DH0033")
    new = org.areas.add_area(me, AreaFields(zone.id, " 二级泵房 ", "泵房", claimer.id, "设备巡检、卫生保洁"))
    row = org.areas.area(new)
    assert (row.name, row.kind, row.claimer, row.duties, row.unit) == (
        "二级泵房",
        "泵房",
        claimer.name,
        "设备巡检、卫生保洁",
        zone.name,
    )
    assert new in [a.id for a in org.areas.areas(unit(services, "DH").id)]  # listed in the whole subtree
    before = org.areas.update_area(me, new, AreaFields(zone.id, "二级送水泵房", "泵房", claimer.id, ""))
    assert before.name == "二级泵房"
    assert org.areas.claim(me, new, None) == claimer.id
    assert org.areas.area(new).claimer == ""
    org.areas.delete_area(me, new)
    assert org.areas.area(new) is None
    org.areas.restore_area(me, new)
    assert org.areas.area(new).name == "二级送水泵房"
    with pytest.raises(OrgError) as nameless:
        org.areas.add_area(me, AreaFields(zone.id, "  "))
    assert nameless.value.problem is OrgProblem.NAME_REQUIRED


def test_a_photo_is_stored_small_and_a_non_picture_is_refused(services: Services) -> None:
    org, me = services.org, actor(services)
    area = org.areas.areas(unit(services, "DH").id)[0]
    assert org.areas.set_photo(me, area.id, png()) is None
    stored = org.areas.photo(area.id)
    with Image.open(io.BytesIO(stored)) as picture:
        assert picture.format == "JPEG" and max(picture.size) == 1600
    assert org.areas.area(area.id).has_photo
    with pytest.raises(OrgError) as bad:
        org.areas.set_photo(me, area.id, b"not a picture")
    assert bad.value.problem is OrgProblem.PHOTO_UNREADABLE
    assert org.areas.set_photo(me, area.id, None) == stored
    assert org.areas.photo(area.id) is None and not org.areas.area(area.id).has_photo


def test_placard_data_names_the_claimer_and_their_roles(services: Services) -> None:
    org = services.org
    area = next(a for a in org.areas.areas(unit(services, "DH").id) if a.name == "一级取水泵房")
    data = org.areas.placard(area.id)
    assert data.plant == "东湖水厂" and data.area.claimer == "熊德明"
    assert {a.role_name for a in data.claimer_roles} == {"网格长"}
    assert data.unit_path.endswith("取水车间责任区")
