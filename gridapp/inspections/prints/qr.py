"""What the QR code of a post's board and pocket cards says (drawn by ``gridapp.reports.qr``, the one encoder)."""

from __future__ import annotations

from urllib.parse import quote

from gridapp.inspections.rows import InspectionRefused, Refusal
from gridapp.org.place_codes import PlaceKind, qr_payload


def report_payload(template: str, *, unit: str, unit_code: str, post: str, post_id: str, post_code: str) -> str:
    """What the board's QR code says: the post's place code (RG:POST:<code>), which the app's scan box opens; or,
    for a site that has a reporting address, that address with this place filled in ({rg} is the place code)."""
    code = qr_payload(PlaceKind.POST, post_code)
    template = template.strip()
    if template:
        values = {"unit": unit, "unit_code": unit_code, "post": post, "post_id": post_id, "post_code": post_code}
        try:
            return template.format(rg=quote(code, safe=":"), **{k: quote(v, safe="") for k, v in values.items()})
        except (KeyError, IndexError, ValueError) as exc:
            raise InspectionRefused(Refusal.BAD_QR_ADDRESS, template) from exc
    return code
