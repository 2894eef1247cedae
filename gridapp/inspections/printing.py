"""Everything the inspection capability prints, gathered from the database and handed to the PDF builders in
``prints/``: checklists (of the working copy or any released version), display boards whole or tiled, pocket cards,
and the text documents. Each call returns the PDF bytes and is safe to run off the UI thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from gridapp.db.database import Database
from gridapp.inspections.editions import EditionService
from gridapp.inspections.kinds import CheckLevel, ItemKind
from gridapp.inspections.models import Document, DocumentEdition
from gridapp.inspections.people import OrgSnapshot
from gridapp.inspections.prints.options import ChecklistOptions, Source
from gridapp.inspections.prints.words import LEVEL_ROUND, limits_text
from gridapp.inspections.rows import DocumentContent, GridTeam, InspectionRefused, ItemRow, Refusal
from gridapp.org.models import Post, Unit
from gridapp.progress import Progress, no_progress
from gridapp.times import plant_date, plant_today

if TYPE_CHECKING:
    from gridapp.inspections.prints.board import BoardData


class PrintService:
    def __init__(self, db: Database, editions: EditionService) -> None:
        self._db = db
        self._editions = editions

    def content(self, source: Source) -> DocumentContent:
        if source.edition_id is not None:
            return self._editions.edition_content(source.edition_id)
        if source.document_id is None:
            raise InspectionRefused(Refusal.NO_SUCH_DOCUMENT)
        return self._editions.content(source.document_id)

    def check(self, source: Source, qr_address: str = "") -> None:
        """Before a print is started: log characters no bundled font has (printed as a mark), raise InspectionRefused
        for a reporting address the QR code cannot be made from (cheap; run it where the user is)."""
        from gridapp.reports.fonts import check_drawable

        content = self.content(source)
        place = self._place(content)
        self._payload(content, place, qr_address)
        team = place.team
        check_drawable(
            content.title,
            content.post,
            content.unit,
            content.body,
            place.plant,
            team.grid,
            *(f"{i.equipment}{i.activity}{i.content}{i.standard}{i.method}{i.unit}" for i in content.items),
            *(f"{p.role}{p.name}{p.phone}" for p in (*team.leaders, *team.officers, *team.zone_leads)),
        )

    def checklist(self, source: Source, options: ChecklistOptions, progress: Progress = no_progress) -> bytes:
        from gridapp.inspections.prints.checklist import build_checklist

        return build_checklist(self.content(source), options, progress)

    def document(self, source: Source, progress: Progress = no_progress, size: str = "A4") -> bytes:
        """A text document (the handbook, a card) printed as a card: A4, or A5 / A6 to carry."""
        from gridapp.inspections.prints.document import CardPlace, build_document

        content = self.content(source)
        place = self._place(content)
        card = CardPlace(place.plant, place.released_on.get(content.version), tuple(card_contacts(place.team)))
        return build_document(content, progress=progress, place=card, size=size)

    def board(self, source: Source, size: str = "A1", qr_address: str = "", progress: Progress = no_progress) -> bytes:
        from gridapp.inspections.prints.board import build_board

        return build_board(self.board_data(source, qr_address), size, progress)

    def board_tiles(
        self,
        source: Source,
        board: str = "A1",
        sheet: str = "A4",
        overlap_mm: float = 10,
        qr_address: str = "",
        progress: Progress = no_progress,
    ) -> bytes:
        from gridapp.inspections.prints.tiles import build_tiles

        return build_tiles(self.board_data(source, qr_address), board, sheet, overlap_mm, progress)

    def pocket_cards(
        self,
        source: Source,
        copies: int = 10,
        level: CheckLevel = CheckLevel.STAFF,
        qr_address: str = "",
        progress: Progress = no_progress,
    ) -> bytes:
        """Pocket cards of a text card (its points), or of an item table (the items ``level`` checks)."""
        from gridapp.inspections.prints.document import points_of
        from gridapp.inspections.prints.pocket import PocketData, build_pocket_cards

        content = self.content(source)
        place = self._place(content)
        if content.items:
            items = [i for i in content.items if i.level == level]
            points = tuple(_item_point(i) for i in items)
            title = f"{LEVEL_ROUND[level]}卡"
        else:
            points = tuple(points_of(content.body))
            title = content.title
        contacts = card_contacts(place.team)
        version = f"版本 {content.version}" if content.version else "草稿"
        data = PocketData(
            title=title,
            post=content.post,
            unit=content.unit,
            footer="　".join(t for t in (place.plant, content.unit, content.title, version) if t),
            points=points,
            contacts=tuple(contacts[:4]),
            qr_payload=self._payload(content, place, qr_address),
        )
        return build_pocket_cards(data, copies, progress)

    def board_data(self, source: Source, qr_address: str = "") -> BoardData:
        from gridapp.inspections.prints.board import BoardData

        content = self.content(source)
        place = self._place(content)
        return BoardData(
            content=content,
            team=place.team,
            plant=place.plant,
            qr_payload=self._payload(content, place, qr_address),
            released_on=place.released_on.get(content.version),
        )

    # the place a document belongs to

    def _place(self, content: DocumentContent) -> _Place:
        today = plant_today()
        with self._db.read() as s:
            org = OrgSnapshot(s, today)
            team = org.team(content.unit_id)
            chain = org.ancestors(content.unit_id)
            plant = org.units[chain[-1]].name if chain else ""
            unit_code = s.scalar(select(Unit.code).where(Unit.id == content.unit_id)) or ""
            post = s.get(Post, content.post_id)
            released = s.execute(
                select(DocumentEdition.version, DocumentEdition.released_at)
                .join(Document, Document.id == DocumentEdition.document_id)
                .where(Document.id == content.document_id, DocumentEdition.deleted_at.is_(None))
            ).all()
        return _Place(
            team,
            plant,
            unit_code,
            post.name if post else content.post,
            {v: plant_date(at) for v, at in released},
            post.code if post else "",
        )

    def _payload(self, content: DocumentContent, place: _Place, qr_address: str) -> str:
        from gridapp.inspections.prints.qr import report_payload

        return report_payload(
            qr_address,
            unit=content.unit,
            unit_code=place.unit_code,
            post=content.post,
            post_id=str(content.post_id),
            post_code=place.post_code,
        )


@dataclass(frozen=True, slots=True)
class _Place:
    team: GridTeam
    plant: str
    unit_code: str
    post: str
    released_on: dict[str, dt.date]
    post_code: str = ""


def card_contacts(team: GridTeam) -> list[tuple[str, str, str]]:
    """The grid's contacts a card names, most wanted first: the grid leader(s), the zone's lead, the safety
    supervisor, then the other officers, as (role, name, phone)."""
    contacts: list[tuple[str, str, str]] = [("网格长", p.name, p.phone) for p in team.leaders[:2]]
    if team.zone_lead_here:
        contacts.append(("责任区负责人", team.zone_lead_here.name, team.zone_lead_here.phone))
    contacts += [(p.role, p.name, p.phone) for p in team.officers if p.role == "监督员"][:1]
    contacts += [(p.role, p.name, p.phone) for p in team.officers if (p.role, p.name, p.phone) not in contacts]
    return list(dict.fromkeys(contacts))


def _item_point(item: ItemRow) -> str:
    standard = item.standard
    if item.kind == ItemKind.READING:
        limits = limits_text(item.lower, item.upper, item.unit)
        standard = f"{standard}（{limits}）" if standard else limits
    return f"{item.content}：{standard}" if standard else item.content
