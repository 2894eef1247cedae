"""Loading the demo plant's party life from ``resources/demo/party_life.json``, dated back from the day it is loaded:
meetings of the last two months with their attendance, this quarter's 1+N talks, suggestions along their road, this week's zone reports.

Rows are written as the services write them (the demo's one transaction stamps station and author), and every entry
is checked against the same rules (who is expected at a meeting, who may report a zone), so the demo cannot show
what the app would refuse. No events are published: the demo plant starts with no points proposed. State-of-mind
notes and hardship cases are personal information and have no place in a demo.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.org.kinds import PARTY_MEMBERS, UnitKind
from gridapp.org.models import Person, Unit
from gridapp.org.queries import UnitIndex
from gridapp.party_life.catalogue import install_kinds
from gridapp.party_life.kinds import Attendance, SuggestionCategory, SuggestionState, TalkKind
from gridapp.party_life.meetings import add_months, expected_people
from gridapp.party_life.models import (
    Meeting,
    MeetingAttendance,
    MeetingKind,
    Suggestion,
    Talk,
    TalkNote,
    ZoneReport,
)
from gridapp.party_life.talks import quarter_span
from gridapp.party_life.zone_reports import week_of
from gridapp.progress import Progress
from gridapp.times import plant_today, utcnow


def load_party_life(session: Session, data: dict[str, Any], progress: Progress, today: dt.date | None = None) -> None:
    today = today or plant_today(utcnow())
    install_kinds(session)
    people = {p.employee_no: p for p in session.scalars(select(Person))}
    units = dict(session.execute(select(Unit.code, Unit.id)).all())
    kinds = {k.code: k for k in session.scalars(select(MeetingKind))}

    def day(days_ago: int) -> dt.date:
        return today - dt.timedelta(days=days_ago)

    total = len(data["meetings"]) + len(data["talks"]) + len(data["suggestions"]) + len(data["zone_reports"])
    done = 0
    for entry in data["meetings"]:
        # A meeting is dated by month (the matrix counts meetings by month and quarter): ``day`` of the month
        # ``months_ago`` before this one, so the last months show done whatever day the demo is loaded.
        month = add_months(today.replace(day=1), -entry["months_ago"])
        kind, unit_id, held_on = kinds[entry["kind"]], units[entry["unit"]], month.replace(day=entry["day"])
        meeting = Meeting(
            kind_id=kind.id,
            unit_id=unit_id,
            held_on=held_on,
            place=entry.get("place", ""),
            topic=entry["topic"],
            host_id=people[entry["host"]].id,
            minutes=entry.get("minutes", ""),
            decisions=entry.get("decisions", ""),
        )
        session.add(meeting)
        session.flush()
        expected = {p.employee_no: p for p in expected_people(session, kind, unit_id, held_on)}
        absent = {a["person"]: a for a in entry.get("absent", [])}
        if not absent.keys() <= expected.keys():
            raise ValueError(f"demo meeting {entry['topic']}: {sorted(absent.keys() - expected.keys())} not expected")
        for no, person in expected.items():
            mark = absent.get(no)
            attendance = Attendance(mark["attendance"]) if mark else Attendance.PRESENT
            if attendance is Attendance.NO_REASON:
                raise ValueError("a demo absence has its reason: no event would propose the deduction")
            session.add(
                MeetingAttendance(
                    meeting_id=meeting.id, person_id=person.id, attendance=attendance, note=mark["note"] if mark else ""
                )
            )
        done += 1
        progress(done, total, "")
    # This quarter's talks: one a link (some links left without one, as the coverage should show); a talk of days
    # before the quarter began is held on its first day, so the coverage is the same whatever day the demo is loaded.
    first, _ = quarter_span(today.year, (today.month - 1) // 3 + 1)
    for entry in data["talks"]:
        talker, person = people[entry["talker"]], people[entry["person"]]
        talk = Talk(
            talker_id=talker.id,
            person_id=person.id,
            held_on=max(day(entry["days_ago"]), first),
            kind=TalkKind(entry.get("kind", TalkKind.LINKED_QUARTERLY.value)),
        )
        session.add(talk)
        session.flush()
        if entry.get("summary") or entry.get("follow_up"):
            session.add(TalkNote(id=talk.id, summary=entry.get("summary", ""), follow_up=entry.get("follow_up", "")))
        done += 1
        progress(done, total, "")
    for entry in data["suggestions"]:
        state = SuggestionState(entry.get("state", SuggestionState.SUBMITTED.value))
        suggestion = Suggestion(
            unit_id=units[entry["unit"]],
            submitter_id=people[entry["submitter"]].id,
            submitted_on=day(entry["days_ago"]),
            title=entry["title"],
            content=entry.get("content", ""),
            category=SuggestionCategory(entry["category"]),
            state=state,
        )
        if state is not SuggestionState.SUBMITTED:
            suggestion.reviewer_id = people[entry["reviewer"]].id
            suggestion.reviewed_on = day(entry["reviewed_days_ago"])
            suggestion.review_note = entry.get("review_note", "")
        if "done_days_ago" in entry:
            suggestion.state = SuggestionState.DONE
            suggestion.done_on, suggestion.done_note = day(entry["done_days_ago"]), entry.get("done_note", "")
        session.add(suggestion)
        done += 1
        progress(done, total, "")
    index = UnitIndex(session)
    week = week_of(today)
    for entry in data["zone_reports"]:
        person, zone_id = people[entry["reporter"]], units[entry["zone"]]
        if (
            index.kind[zone_id] is not UnitKind.ZONE
            or person.party_status not in PARTY_MEMBERS
            or zone_id not in index.ancestors(person.home_unit_id)
        ):
            raise ValueError(f"demo zone report: {entry['reporter']} does not report {entry['zone']}")
        session.add(
            ZoneReport(
                zone_id=zone_id,
                reporter_id=person.id,
                week=week,
                state=entry["state"],
                problems=entry.get("problems", ""),
            )
        )
        done += 1
        progress(done, total, "")
