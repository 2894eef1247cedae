"""The alert for a required meeting missed at the end of its period, on the demo plant (whose records hold none)."""

from __future__ import annotations

import datetime as dt
import uuid

from gridapp.alerts import AlertKind, Reason, alerts
from gridapp.party_life.meetings import add_months
from gridapp.party_life.rows import MeetingDraft
from gridapp.security.rights import plant_today
from gridapp.services import Services
from tests.org_helpers import actor, unit


def test_a_missed_group_meeting_alerts_the_secretary_until_it_is_recorded(services: Services) -> None:
    secretary = actor(services, "DH0002")  # the branch secretary
    meetings = services.party_life.meetings
    meetings.ensure_kinds(secretary)
    last_month = add_months(plant_today().replace(day=1), -1)
    team = unit(services, "DH-W-01-1")  # 取水泵房班

    def missed_groups() -> set[str]:
        found = alerts(services, secretary)
        assert all(a.kind is AlertKind.MEETING and not a.is_issue for a in found if a.reason is Reason.MEETING_MISSED)
        return {a.unit for a in found if a.reason is Reason.MEETING_MISSED and a.title == "党小组会"}

    before = missed_groups()
    assert team.name in before
    assert not alerts(services, secretary, off=[AlertKind.MEETING]) or all(
        a.reason is not Reason.MEETING_MISSED for a in alerts(services, secretary, off=[AlertKind.MEETING])
    )
    group = next(k for k in meetings.kinds() if k.code == "party_group")
    meetings.record(secretary, MeetingDraft(group.id, team.id, last_month + dt.timedelta(days=9), "班组难题"))
    assert missed_groups() == before - {team.name}
    staff = actor(services, "DH0012")  # leads nothing: no such alerts
    assert all(a.reason is not Reason.MEETING_MISSED for a in alerts(services, staff))


def test_a_missed_meeting_is_alerted_from_the_plants_midnight_after_its_period(services: Services) -> None:
    from gridapp.party_life.rows import MissedMeeting
    from gridapp.times import plant_text

    missed = MissedMeeting(uuid.uuid4(), "班", uuid.uuid4(), "党小组会", dt.date(2025, 4, 1), dt.date(2025, 4, 30))
    assert plant_text(missed.since) == "2025-05-01 00:00"
