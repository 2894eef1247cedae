"""Training's tests run on the scoring tests' hand-built plant (tests/scoring/conftest.py)."""

from __future__ import annotations

import pytest

from gridapp.training.service import TrainingService
from tests.scoring.conftest import Plant, plant  # noqa: F401  (the fixture)


@pytest.fixture
def training(plant: Plant) -> TrainingService:  # noqa: F811
    service = TrainingService(plant.db, today=lambda: plant.today[0])
    assert service.ensure_classrooms(plant.db.system_actor())
    assert not service.ensure_classrooms(plant.db.system_actor())  # once
    return service
