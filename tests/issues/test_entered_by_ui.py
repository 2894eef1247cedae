"""The detail panel names who keyed a report in for its reporter (a failed item of a paper checklist typed by a
clerk): the reporter is the inspector, and the clerk is shown as who entered it."""

from __future__ import annotations

from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.issues.rows import ReportDraft
from gridapp.org.models import Person
from gridapp.services import Services
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.issues.tab import IssuesTab


def _actor(services: Services, employee_no: str) -> Actor:
    with services.db.read() as s:
        person = s.scalar(select(Person).where(Person.employee_no == employee_no))
        assert person is not None
        return Actor(station_id=services.db.station.id, person_id=person.id, name=person.name)


def test_the_detail_panel_names_the_clerk_who_entered_the_report(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    clerk, inspector = _actor(services, "DH0002"), _actor(services, "DH0020")
    unit = next(u.id for u in services.org.units() if u.code == "DH-W-02-1")
    draft = ReportDraft("加药间计量泵异响", unit, "equipment", reporter_id=inspector.person_id)
    ref = services.issues.report(clerk, draft)
    context = AppContext()
    tab = IssuesTab(context)
    qtbot.addWidget(tab)
    context.set_services(services)
    log_in(context, "DH0001")
    tab.show()
    tab.detail.show_issue(ref.id)
    facts = tab.detail.facts.text()
    assert f"Reported by {inspector.name}" in facts and f"Entered by {clerk.name} for the reporter" in facts
    tab.close()
