"""A step of a ward's hardship plan past its day alerts the ward's guardian (and nobody else), until it is done."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import aliased

from gridapp.actor import Actor
from gridapp.alerts import AlertKind, Reason, alerts
from gridapp.org.models import Guardianship, Person
from gridapp.party_life.care import CaseDraft
from gridapp.security.rights import plant_today
from gridapp.services import Services


def test_an_overdue_step_alerts_the_guardian_until_done(services: Services) -> None:
    guardian, ward = aliased(Person), aliased(Person)
    with services.db.read() as s:
        g_id, g_name, w_id, w_name, w_home = s.execute(
            select(guardian.id, guardian.name, ward.id, ward.name, ward.home_unit_id)
            .select_from(Guardianship)
            .join(guardian, guardian.id == Guardianship.guardian_id)
            .join(ward, ward.id == Guardianship.ward_id)
            .where(Guardianship.deleted_at.is_(None), Guardianship.ends_on.is_(None))
            .order_by(ward.employee_no)
            .limit(1)
        ).one()
        other = s.scalar(select(Person).where(Person.employee_no == "DH0001"))
    me = Actor(services.db.station.id, g_id, g_name)
    today = plant_today()
    plan = (("申请困难补助", today - dt.timedelta(days=2)), ("回访", today + dt.timedelta(days=1)))
    case_id = services.party_life.care.open_case(me, CaseDraft(w_id, "家属重病", steps=plan))

    def care_alerts(actor: Actor, off: tuple[AlertKind, ...] = ()) -> list[tuple[str, object]]:
        return [(a.title, a.id) for a in alerts(services, actor, off) if a.reason is Reason.CARE_STEP_OVERDUE]

    assert care_alerts(me) == [(f"{w_name} · 申请困难补助", w_home)]
    assert care_alerts(me, (AlertKind.CARE,)) == []  # switched off
    assert other is not None and care_alerts(Actor(services.db.station.id, other.id, other.name)) == []
    (case,) = [c for c in services.party_life.care.cases(me, w_home) if c.id == case_id]
    services.party_life.care.step_done(me, case.steps[0].id, "已发放")
    assert care_alerts(me) == []
