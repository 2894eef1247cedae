"""The demo plant: every capability's demo data, loaded in one all-or-nothing transaction."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.errors import NotEmptyError
from gridapp.inspections.demo import load_inspections
from gridapp.issues.demo import load_issues
from gridapp.org.demo import load_org
from gridapp.org.service import OrgService
from gridapp.party_life.demo import load_party_life
from gridapp.paths import DEMO
from gridapp.progress import Progress, no_progress
from gridapp.projects.demo import load_projects
from gridapp.scoring.demo import load_scoring
from gridapp.training.demo import load_training

# (file in resources/demo, loader) in dependency order; later capabilities append theirs.
LOADERS: list[tuple[str, Callable[[Session, dict[str, Any], Progress], None]]] = [
    ("org.json", load_org),
    ("issues.json", load_issues),
    ("inspections.json", load_inspections),
    ("scoring.json", load_scoring),
    ("party_life.json", load_party_life),
    ("training.json", load_training),
    ("projects.json", load_projects),
]


def load_demo(db: Database, actor: Actor, progress: Progress = no_progress, demo_password: str | None = None) -> None:
    """Load the demo plant; with ``demo_password``, every person of it (login: employee number), the security
    administrator and the auditor get a demo account with that one password (checked against the policy first)."""
    from gridapp.security.accounts import check_password, demo_accounts, read_policy

    if not OrgService(db).is_empty():
        raise NotEmptyError("the database already holds a plant")
    if demo_password is not None:
        with db.read() as session:
            check_password(read_policy(session), demo_password, "")
    with db.write(actor, "demo.load") as session:
        for step, (name, loader) in enumerate(LOADERS):
            data = json.loads((DEMO / name).read_text(encoding="utf-8"))

            def scaled(done: int, total: int, text: str = "", step: int = step) -> None:
                progress(step * 100 + (done * 100 // max(total, 1)), len(LOADERS) * 100, text)

            loader(session, data, scaled)
            session.flush()
        if demo_password is not None:
            demo_accounts(session, demo_password)
        progress(len(LOADERS) * 100, len(LOADERS) * 100, "")
