"""Place codes: every area and post has a short stable code, its printed QR code says RG:AREA/POST:<code>, and
the scan box's text (typed by a USB scanner or by hand) resolves back to the place (no Qt)."""

from __future__ import annotations

import uuid

from gridapp.inspections.prints.qr import report_payload
from gridapp.org.models import Post
from gridapp.org.place_codes import PlaceKind, ScanCode, parse_scan, qr_payload
from gridapp.org.rows import AreaFields
from gridapp.services import Services
from tests.org_helpers import actor, unit


def test_what_the_scan_box_reads() -> None:
    area = "1b2c3d4e-0000-4000-8000-000000000001"
    assert parse_scan("RG:AREA:3F9A2C\r\n") == ScanCode(PlaceKind.AREA, "3F9A2C")  # a scanner ends with Enter
    assert parse_scan("rg:post:3f9a2c") == ScanCode(PlaceKind.POST, "3F9A2C")  # Caps Lock on while typing
    assert parse_scan("RG：AREA：3F9A2C") == ScanCode(PlaceKind.AREA, "3F9A2C")  # a Chinese IME's full-width colon
    # a site's own address with the code in it, as a scanner types it (URL-escaped)
    assert parse_scan("https://plant.example/r?c=RG%3APOST%3A0A1B2C") == ScanCode(PlaceKind.POST, "0A1B2C")
    # placards printed before place codes held the bare id: they still lead to their area
    assert parse_scan(area) == ScanCode(None, id=uuid.UUID(area))
    assert parse_scan("张三") is None and parse_scan("RG:AREA:") is None and parse_scan("wjh") is None
    assert qr_payload(PlaceKind.AREA, "3F9A2C") == "RG:AREA:3F9A2C"
    assert report_payload("", unit="", unit_code="", post="", post_id="", post_code="0A1B2C") == "RG:POST:0A1B2C"


def test_an_area_gets_a_code_and_its_scan_opens_it(services: Services) -> None:
    org, me = services.org, actor(services)
    zone = unit(services, "DH-W-04")
    new = org.areas.add_area(me, AreaFields(zone.id, "二级泵房", "泵房"))
    row = org.areas.area(new)
    assert row is not None
    assert row.code == new.hex[:6].upper()  # the first six hex digits of its id
    (found,) = org.places.resolve(f"RG:AREA:{row.code.lower()}")
    assert (found.kind, found.area_id, found.unit_id, found.name) == (PlaceKind.AREA, new, zone.id, "二级泵房")
    assert found.unit_path.endswith(zone.name)
    assert [p.id for p in org.places.resolve(str(new))] == [new]  # an old placard's bare id
    assert org.places.resolve(f"RG:POST:{row.code}") == []  # the kind must match
    org.areas.delete_area(me, new)
    assert org.places.resolve(f"RG:AREA:{row.code}") == []  # a deleted area opens nothing


def test_two_posts_whose_ids_begin_alike_get_different_codes(services: Services) -> None:
    me = actor(services)
    zone = unit(services, "DH-W-04")
    # Hand-made ids sharing their first 7 hex digits (3f9a2c0…): the first post takes its 6-digit prefix 3F9A2C;
    # the second's 6-digit prefix is taken, and codes are compared whole, so its 7-digit prefix 3F9A2C0 is free.
    first, second = uuid.UUID("3f9a2c01-0000-4000-8000-000000000000"), uuid.UUID("3f9a2c02-0000-4000-8000-000000000000")
    with services.db.write(me) as s:
        s.add(Post(id=first, unit_id=zone.id, name="加药工"))
    with services.db.write(me) as s:
        s.add(Post(id=second, unit_id=zone.id, name="化验工"))
    with services.db.read() as s:
        codes = {s.get(Post, first).code, s.get(Post, second).code}  # type: ignore[union-attr]
    assert codes == {"3F9A2C", "3F9A2C0"}
    assert [p.name for p in services.org.places.resolve("RG:POST:3F9A2C")] == ["加药工"]
    assert [p.name for p in services.org.places.resolve("RG:POST:3F9A2C0")] == ["化验工"]


def test_every_demo_post_and_area_has_a_code(services: Services) -> None:
    # The demo plant is made by the same services: every placard and board it prints leads somewhere.
    areas = services.org.areas.areas(unit(services, "DH").id)
    assert areas and all(len(a.code) >= 6 for a in areas)
    assert len({a.code for a in areas}) == len(areas)
