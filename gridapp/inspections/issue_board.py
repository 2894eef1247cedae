"""A failed checkpoint item reported on the issue board (issue 4's ``IssueService.report_in``), inside the round's own
transaction, linked to the item and to the round so the issue shows where it came from."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.inspections.issue_link import FailedItem, RaisedIssue
from gridapp.inspections.kinds import ItemKind
from gridapp.inspections.prints.words import LEVEL_ROUND, limits_text, number
from gridapp.times import plant_text, to_plant

if TYPE_CHECKING:
    from gridapp.issues.service import IssueService

# Equipment categories whose failures are safety matters rather than equipment faults.
SAFETY_WORDS = ("安全", "消防", "应急", "防护", "危化", "危险", "劳保")
MAX_TITLE = 120


def category_for(failure: FailedItem, in_use: set[str]) -> str:
    """The issue category a failed item goes to: safety for safety items, equipment when an equipment category is
    named, production otherwise; the first category in use when the site switched the fitting one off."""
    text = f"{failure.content}{failure.equipment}"
    wanted = ["safety"] if any(w in text for w in SAFETY_WORDS) else []
    wanted += ["equipment", "production", "other"]
    for code in wanted:
        if code in in_use:
            return code
    return sorted(in_use)[0] if in_use else "other"


def describe(failure: FailedItem) -> tuple[str, str]:
    """The issue's title and description, in the plant's language like everything the issue board stores."""
    if failure.kind == ItemKind.READING and failure.reading is not None:
        limits = limits_text(failure.lower, failure.upper, failure.unit)
        what = f"{failure.content}：实测 {number(failure.reading)} {failure.unit}，超出范围（{limits}）".strip()
    else:
        what = f"{failure.content}：不合格"
    title = f"{failure.post} {what}"
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1] + "…"
    lines = [
        f"{LEVEL_ROUND[failure.level]}发现：{failure.document} 第 {failure.sequence} 项（版本 {failure.version}）",
        f"检查内容：{failure.content}",
    ]
    if failure.standard:
        lines.append(f"检查标准：{failure.standard}")
    if failure.kind == ItemKind.READING and failure.reading is not None:
        lines.append(
            f"实测值：{number(failure.reading)} {failure.unit}（范围 {limits_text(failure.lower, failure.upper, failure.unit)}）"
        )
    if failure.note:
        lines.append(f"情况说明：{failure.note}")
    local = to_plant(failure.performed_at)
    lines.append(f"检查人：{failure.inspector}　检查时间：{local:%Y-%m-%d %H:%M}")
    return title, "\n".join(lines)


class IssueBoardReporter:
    """Reports failed items through the issue board's API; photos go along as files the board copies in."""

    def __init__(self, issues: IssueService) -> None:
        self._issues = issues

    def report(self, session: Session, actor: Actor, failure: FailedItem) -> RaisedIssue:
        from gridapp.issues.rows import IssueLinkDraft, ReportDraft

        in_use = {c.code for c in self._issues.categories() if c.in_use and not c.hazard}
        title, description = describe(failure)
        links = (
            IssueLinkDraft("check_item", failure.item_id, f"{failure.post}{failure.document} 第 {failure.sequence} 项"),
            IssueLinkDraft(
                "round",
                failure.round_id,
                f"{LEVEL_ROUND[failure.level]} {plant_text(failure.performed_at)} {failure.inspector}",
            ),
        )
        with tempfile.TemporaryDirectory(prefix="gridapp-round-") as folder:
            paths = []
            for n, (name, data) in enumerate(failure.photos):
                path = Path(folder) / f"{n + 1:02d}-{Path(name).stem or 'photo'}.jpg"
                path.write_bytes(data)
                paths.append(path)
            draft = ReportDraft(
                title=title,
                unit_id=failure.unit_id,
                category=category_for(failure, in_use),
                description=description,
                photos=tuple(paths),
                links=links,
                reporter_id=failure.inspector_id,
            )
            ref = self._issues.report_in(session, actor, draft)
        return RaisedIssue(ref.id, ref.number)
