"""Loading the demo plant's inspection cards from ``resources/demo/inspections.json``: the dosing team's graded
card in its versions 3.0 and 4.0 with the change log between them, other posts' cards, and the rounds of the last
weeks (dated relative to the day the demo is loaded, so the done-vs-due matrix has something to show)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import ACTOR_KEY
from gridapp.inspections.catalogue import install_document_types
from gridapp.inspections.documents import check_item, item_row
from gridapp.inspections.editions import snapshot_of
from gridapp.inspections.kinds import ChangeAction, CheckLevel, Frequency, ItemKind, Outcome, RoundSource
from gridapp.inspections.models import (
    CheckItem,
    Document,
    DocumentChange,
    DocumentEdition,
    DocumentType,
    InspectionRound,
    RoundResult,
)
from gridapp.inspections.people import OrgSnapshot, post_staff
from gridapp.inspections.rows import DocumentContent, ItemDraft, PersonRef
from gridapp.inspections.schedule import period_start, periods
from gridapp.org.kinds import RoleKind
from gridapp.org.models import Post, Unit
from gridapp.progress import Progress
from gridapp.times import plant_today, plant_tz


def load_inspections(session: Session, data: dict[str, Any], progress: Progress) -> None:
    actor: Actor = session.info[ACTOR_KEY]
    today = plant_today()
    types = install_document_types(session)
    posts = {
        (code, name): (pid, uid, unit_name)
        for pid, uid, code, name, unit_name in session.execute(
            select(Post.id, Post.unit_id, Unit.code, Post.name, Unit.name).join(Unit, Unit.id == Post.unit_id)
        )
    }
    documents: list[tuple[Document, dict[str, Any], list[CheckItem]]] = []
    for n, entry in enumerate(data["documents"]):
        progress(n, len(data["documents"]) * 2, "")
        post_id, unit_id, unit_name = posts[(entry["unit"], entry["post"])]
        documents.append(_document(session, actor, types[entry["type"]], post_id, unit_id, unit_name, entry, today))
    org = OrgSnapshot(session, today)
    plan = data["rounds"]
    for n, (document, entry, items) in enumerate(documents):
        progress(len(documents) + n, len(documents) * 2, "")
        if items:
            post = session.get(Post, document.post_id)
            assert post is not None and document.in_force_from is not None
            _rounds(session, document, post, items, org, plan, entry["post"], today)
    progress(1, 1, "")


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A local wall-clock time on ``day`` as an aware UTC time."""
    return dt.datetime.combine(day, dt.time(hour, minute), plant_tz()).astimezone(dt.UTC)


def _document(
    session: Session,
    actor: Actor,
    doc_type: DocumentType,
    post_id: uuid.UUID,
    unit_id: uuid.UUID,
    unit_name: str,
    entry: dict[str, Any],
    today: dt.date,
) -> tuple[Document, dict[str, Any], list[CheckItem]]:
    editions = entry["editions"]
    latest = editions[-1]
    document = Document(
        id=uuid.uuid4(),
        post_id=post_id,
        type_id=doc_type.id,
        body=entry.get("body", ""),
        version=latest["version"],
        changed_since_release=False,
        in_force_from=today - dt.timedelta(days=latest["days_ago"]),
    )
    session.add(document)
    session.flush()
    first_day = today - dt.timedelta(days=editions[0]["days_ago"] + 3)
    _change(session, document, _at(first_day, 9), editions[0]["by"], ChangeAction.CREATED)
    items: list[CheckItem] = []
    specs = entry.get("items", [])
    for position, spec in enumerate(specs):
        draft = _draft(spec)
        item = CheckItem(
            id=uuid.uuid4(),
            document_id=document.id,
            position=position,
            **{name: getattr(draft, name) for name in _FIELDS},
        )
        session.add(item)
        items.append(item)
    session.flush()
    for edition in editions:
        version = edition["version"]
        released = _at(today - dt.timedelta(days=edition["days_ago"]), 10)
        if edition is not editions[0]:
            # What changed since the previous edition: the items new in it, and revised standards.
            before = released - dt.timedelta(days=2)
            for item, spec in zip(items, specs, strict=True):
                if spec.get("since") == version:
                    _change(
                        session, document, before, edition["by"], ChangeAction.ITEM_ADDED, item, "", "", item.content
                    )
                if spec.get("changed") and edition is editions[-1]:
                    changed = spec["changed"]
                    _change(
                        session,
                        document,
                        before,
                        edition["by"],
                        ChangeAction.ITEM_CHANGED,
                        item,
                        changed["field"],
                        changed["old"],
                        getattr(item, changed["field"]),
                    )
        shown = [
            (item, spec)
            for item, spec in zip(items, specs, strict=True)
            if _version_key(spec.get("since", "0")) <= _version_key(version)
        ]
        rows = []
        for n, (item, spec) in enumerate(shown):
            row = item_row(item)
            if spec.get("changed") and edition is not editions[-1]:
                row = _replace(row, spec["changed"]["field"], spec["changed"]["old"])
            rows.append(_replace(row, "position", n))
        content = DocumentContent(
            document.id,
            doc_type.code,
            doc_type.name,
            doc_type.kind,
            entry["post"],
            unit_name,
            unit_id,
            post_id,
            version,
            False,
            document.body,
            tuple(rows),
        )
        session.add(
            DocumentEdition(
                document_id=document.id,
                version=version,
                released_at=released,
                released_by=edition["by"],
                note=edition["note"],
                snapshot=json.dumps(snapshot_of(content, version), ensure_ascii=False),
            )
        )
        _change(session, document, released, edition["by"], ChangeAction.RELEASED, None, "", edition["note"], version)
    return document, entry, items


_FIELDS = (
    "equipment",
    "activity",
    "content",
    "standard",
    "method",
    "level",
    "frequency",
    "interval_days",
    "kind",
    "lower",
    "upper",
    "unit",
)


def _draft(spec: dict[str, Any]) -> ItemDraft:
    return check_item(
        ItemDraft(
            content=spec["content"],
            level=CheckLevel(spec["level"]),
            frequency=Frequency(spec["frequency"]),
            equipment=spec.get("equipment", ""),
            activity=spec.get("activity", ""),
            standard=spec.get("standard", ""),
            method=spec.get("method", ""),
            interval_days=spec.get("interval_days"),
            kind=ItemKind(spec.get("kind", "pass_fail")),
            lower=spec.get("lower"),
            upper=spec.get("upper"),
            unit=spec.get("unit", ""),
        )
    )


def _replace(row: Any, name: str, value: Any) -> Any:
    from dataclasses import replace

    return replace(row, **{name: value})


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def _change(
    session: Session,
    document: Document,
    at: dt.datetime,
    who: str,
    action: ChangeAction,
    item: CheckItem | None = None,
    field: str = "",
    old: str = "",
    new: str = "",
) -> None:
    session.add(
        DocumentChange(
            document_id=document.id,
            at=at,
            actor_name=who,
            action=action,
            item_id=item.id if item else None,
            item_position=item.position + 1 if item else None,
            field=field,
            old_value=old,
            new_value=new,
        )
    )


def _rounds(
    session: Session,
    document: Document,
    post: Post,
    items: list[CheckItem],
    org: OrgSnapshot,
    plan: dict[str, Any],
    post_name: str,
    today: dt.date,
) -> None:
    """Rounds of every period from the card's coming into force until yesterday, except the periods the demo
    leaves missed (so the matrix shows red), with readings inside their limits."""
    start = document.in_force_from
    assert start is not None
    staff = post_staff(session, post.id) or (PersonRef(uuid.uuid4(), "值班员"),)
    officers = org.holders(post.unit_id, RoleKind.OFFICER)
    officer = next((p for p in officers if p.role == "监督员"), officers[0] if officers else staff[0])
    leaders = org.holders(post.unit_id, RoleKind.LEADER)
    leader = leaders[0] if leaders else officer
    missed_daily = {today - dt.timedelta(days=n) for n in plan["missed_daily"].get(post_name, [])}
    missed_weekly = {
        period_start(Frequency.WEEKLY, today - dt.timedelta(weeks=n)) for n in plan["missed_weekly"].get(post_name, [])
    }
    groups: dict[tuple[CheckLevel, Frequency, int | None], list[CheckItem]] = {}
    for item in items:
        groups.setdefault((item.level, item.frequency, item.interval_days), []).append(item)
    yesterday = today - dt.timedelta(days=1)
    for (level, frequency, interval), members in groups.items():
        for n, (first, last) in enumerate(periods(frequency, start, yesterday, interval, start)):
            match frequency:
                case Frequency.DAILY:
                    if first in missed_daily:
                        continue
                    day, hour, who = first, 9, staff[n % len(staff)]
                case Frequency.WEEKLY:
                    if first in missed_weekly:
                        continue
                    day, hour, who = first + dt.timedelta(days=2), 14, officer
                case Frequency.MONTHLY:
                    day, hour, who = min(first + dt.timedelta(days=20), last), 15, leader
                case _:
                    day, hour, who = first + dt.timedelta(days=1), 10, staff[n % len(staff)]
            day = max(day, start)
            if day > min(last, yesterday):
                continue  # this period's round is not due yet (or not done yet)
            the_round = InspectionRound(
                id=uuid.uuid4(),
                document_id=document.id,
                unit_id=post.unit_id,
                level=level,
                frequency=frequency,
                interval_days=interval,
                period_start=first,
                performed_at=_at(day, hour, (n * 7) % 50),
                inspector_id=who.id if who.name != "值班员" else None,
                inspector_name=who.name,
                version=document.version,
                source=RoundSource.APP if n % 3 else RoundSource.PAPER,
            )
            session.add(the_round)
            for item in members:
                session.add(
                    RoundResult(
                        round_id=the_round.id,
                        item_id=item.id,
                        position=item.position,
                        outcome=Outcome.PASS,
                        reading=_reading(item, n),
                        out_of_limit=False,
                    )
                )


def _reading(item: CheckItem, n: int) -> float | None:
    if item.kind != ItemKind.READING:
        return None
    wobble = ((n * 37) % 11 - 5) / 100  # ±5 %, the same on every load
    if item.lower is not None and item.upper is not None:
        value = (item.lower + item.upper) / 2 * (1 + wobble)
    elif item.upper is not None:
        value = item.upper * (0.7 + wobble)
    else:
        value = (item.lower or 1) * (1.3 + wobble)
    return round(value, 2)
