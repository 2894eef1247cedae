"""Party life's service tests run on the scoring tests' hand-built plant (tests/scoring/conftest.py)."""

from tests.scoring.conftest import plant  # noqa: F401  (the fixture)
