"""Fixtures of the inspection tests: the demo plant's inspection service, an acting person, posts and cards."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from gridapp.actor import Actor
from gridapp.inspections.rows import PostRow
from gridapp.inspections.service import InspectionService
from gridapp.org.models import Person
from gridapp.services import Services


@pytest.fixture
def ins(services: Services) -> InspectionService:
    return services.inspections


def person_actor(services: Services, employee_no: str) -> Actor:
    with services.db.read() as s:
        person = s.scalar(select(Person).where(Person.employee_no == employee_no))
        assert person is not None
        return Actor(station_id=services.db.station.id, person_id=person.id, name=person.name)


@pytest.fixture
def actor(services: Services) -> Actor:
    """秦大伟, lead of the dosing workshop's zone, who maintains its cards."""
    return person_actor(services, "DH0008")


@pytest.fixture
def leader(services: Services) -> Actor:
    """熊德明, the grid leader, who puts card versions in force (CARD_RELEASE) and names the plant's documents."""
    return person_actor(services, "DH0001")


def post_named(ins: InspectionService, name: str) -> PostRow:
    return next(p for p in ins.documents.posts() if p.name == name)


def document_of(ins: InspectionService, post: PostRow, code: str) -> uuid.UUID:
    entry = next(d for d in ins.documents.document_set(post.id) if d.type.code == code)
    assert entry.id is not None
    return entry.id


@pytest.fixture
def dosing(ins: InspectionService) -> PostRow:
    return post_named(ins, "加药工")


@pytest.fixture
def dosing_card(ins: InspectionService, dosing: PostRow) -> uuid.UUID:
    """The dosing team's graded checkpoint card (巡回检查表 4.0) of the demo plant."""
    return document_of(ins, dosing, "round_table")
