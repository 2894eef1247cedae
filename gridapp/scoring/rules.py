"""The rule catalogue: rules in force (or as a closed period kept them), their versions, and changing them."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.base import utcnow
from gridapp.org.models import Role, Unit
from gridapp.org.normalize import single_line
from gridapp.org.queries import ancestor_ids
from gridapp.scoring.base import Part, closed_period, person_of
from gridapp.scoring.kinds import TRIGGERS, Refusal, ScoringRefused
from gridapp.scoring.models import ScoreCategory, ScorePeriodRule, ScoreRule
from gridapp.scoring.periods import Period
from gridapp.scoring.points import from_tenths, to_tenths
from gridapp.scoring.rows import RuleDraft, RuleRow
from gridapp.security.rights import Right, plant_root, require

MAX_CODE = 24
MAX_NAME = 200


def rule_row(r: ScoreRule) -> RuleRow:
    return RuleRow(
        id=r.id,
        catalogue=r.catalogue,
        code=r.code,
        version=r.version,
        name=r.name,
        category=r.category,
        standard=r.standard,
        points=from_tenths(r.points_tenths),
        cap=from_tenths(r.cap_tenths) if r.cap_tenths is not None else None,
        cap_period=r.cap_period,
        evidence_required=r.evidence_required,
        grantor_roles=tuple(c for c in r.grantor_roles.split(",") if c),
        trigger=r.trigger,
        position=r.position,
        valid_from=r.created_at,
        superseded_at=r.superseded_at,
        retired_at=r.retired_at,
        owner_unit_id=r.owner_unit_id,
    )


def applies_to(session: Session, rule: ScoreRule, unit_id: uuid.UUID) -> bool:
    """Whether ``rule`` may score a subject booked to ``unit_id``: a plant rule anywhere, a unit's own rule only
    in that unit's subtree."""
    if rule.owner_unit_id is None:
        return True
    return rule.owner_unit_id in set(session.scalars(ancestor_ids(unit_id)))


def in_force(catalogue: str | None = None):  # type: ignore[no-untyped-def]
    conditions = [ScoreRule.deleted_at.is_(None), ScoreRule.superseded_at.is_(None), ScoreRule.retired_at.is_(None)]
    if catalogue is not None:
        conditions.append(ScoreRule.catalogue == catalogue)
    return conditions


def rules_for(session: Session, catalogue: str, period: Period | None) -> list[ScoreRule]:
    """The rules a period is scored under: a closed period's own versions, else those in force now."""
    closed = closed_period(session, period) if period is not None else None
    query = select(ScoreRule).where(ScoreRule.catalogue == catalogue, ScoreRule.deleted_at.is_(None))
    if closed is not None:
        query = query.join(ScorePeriodRule, ScorePeriodRule.rule_id == ScoreRule.id).where(
            ScorePeriodRule.period_id == closed.id, ScorePeriodRule.deleted_at.is_(None)
        )
    else:
        query = query.where(*in_force())
    return list(session.scalars(query.order_by(ScoreRule.position, ScoreRule.code)))


class RuleService(Part):
    def rules(self, catalogue: str, period: Period | None = None) -> list[RuleRow]:
        with self._db.read() as s:
            return [rule_row(r) for r in rules_for(s, catalogue, period)]

    def retired(self, catalogue: str) -> list[RuleRow]:
        """Rules taken out of use (their last version), for the record."""
        with self._db.read() as s:
            found = s.scalars(
                select(ScoreRule)
                .where(ScoreRule.catalogue == catalogue, ScoreRule.deleted_at.is_(None))
                .where(ScoreRule.retired_at.is_not(None))
                .order_by(ScoreRule.position, ScoreRule.code)
            )
            return [rule_row(r) for r in found]

    def history(self, catalogue: str, code: str) -> list[RuleRow]:
        """Every version of one rule, newest first."""
        with self._db.read() as s:
            found = s.scalars(
                select(ScoreRule)
                .where(ScoreRule.catalogue == catalogue, ScoreRule.code == code, ScoreRule.deleted_at.is_(None))
                .order_by(ScoreRule.version.desc())
            )
            return [rule_row(r) for r in found]

    def rule(self, rule_id: uuid.UUID) -> RuleRow | None:
        with self._db.read() as s:
            found = s.get(ScoreRule, rule_id)
            return rule_row(found) if found is not None and found.deleted_at is None else None

    def add(self, actor: Actor, catalogue: str, draft: RuleDraft) -> RuleRow:
        """A new rule: the plant's (``draft.owner_unit_id`` None: SCORE_RULES over the plant) or a unit's own
        (SCORE_RULES over that unit: its grid leader or party secretary, or one above)."""
        with self._db.write(actor) as s:
            owner = draft.owner_unit_id
            if (
                owner is not None
                and s.scalar(select(Unit.id).where(Unit.id == owner, Unit.deleted_at.is_(None))) is None
            ):
                raise ScoringRefused(Refusal.UNKNOWN)
            self._require_manager(s, actor, owner)
            code = single_line(draft.code).upper()
            taken = s.scalar(
                select(ScoreRule.id).where(
                    ScoreRule.catalogue == catalogue, ScoreRule.code == code, ScoreRule.deleted_at.is_(None)
                )
            )
            if taken is not None:
                raise ScoringRefused(Refusal.DUPLICATE_CODE, code=code)
            position = s.scalar(select(func.max(ScoreRule.position)).where(ScoreRule.catalogue == catalogue))
            rule = ScoreRule(
                catalogue=catalogue, code=code, version=1, position=(position or 0) + 1, owner_unit_id=owner
            )
            self._fill(s, rule, catalogue, draft, code)
            s.add(rule)
            s.flush()
            return rule_row(rule)

    def revise(self, actor: Actor, rule_id: uuid.UUID, draft: RuleDraft) -> RuleRow:
        """A new version of the rule; the old one stays for the entries and closed periods that refer to it. The
        rule stays whose it was (a plant rule cannot become a unit's, nor the reverse: retire it and add another)."""
        with self._db.write(actor) as s:
            old = s.get(ScoreRule, rule_id)
            if old is None or old.deleted_at is not None or old.superseded_at is not None or old.retired_at:
                raise ScoringRefused(Refusal.RULE_NOT_IN_FORCE)
            self._require_manager(s, actor, old.owner_unit_id)
            new = ScoreRule(
                catalogue=old.catalogue,
                code=old.code,
                version=old.version + 1,
                position=old.position,
                owner_unit_id=old.owner_unit_id,
            )
            self._fill(s, new, old.catalogue, draft, old.code)
            if _same(old, new):
                return rule_row(old)
            old.superseded_at = utcnow()
            s.flush()  # the old version leaves force before the new one takes its place
            s.add(new)
            s.flush()
            return rule_row(new)

    def retire(self, actor: Actor, rule_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            rule = s.get(ScoreRule, rule_id)
            if rule is None or rule.deleted_at is not None or rule.superseded_at is not None or rule.retired_at:
                raise ScoringRefused(Refusal.RULE_NOT_IN_FORCE)
            self._require_manager(s, actor, rule.owner_unit_id)
            rule.retired_at = utcnow()

    def _require_manager(self, s: Session, actor: Actor, owner: uuid.UUID | None = None) -> None:
        """A plant rule is the plant's leaders' (SCORE_RULES over the plant's root); a unit's own rule its leaders'."""
        person_of(actor)  # a person decides (NO_PERSON for the station or a system account), then the table
        require(s, actor, Right.SCORE_RULES, owner if owner is not None else plant_root(s), self.today())

    def _fill(self, s: Session, rule: ScoreRule, catalogue: str, draft: RuleDraft, code: str) -> None:
        name = single_line(draft.name)
        if not code or len(code) > MAX_CODE or not name or len(name) > MAX_NAME:
            raise ScoringRefused(Refusal.BAD_RULE, field="code" if not code or len(code) > MAX_CODE else "name")
        category = s.scalar(
            select(ScoreCategory.id).where(
                ScoreCategory.catalogue == catalogue,
                ScoreCategory.code == draft.category,
                ScoreCategory.deleted_at.is_(None),
            )
        )
        if category is None:
            raise ScoringRefused(Refusal.BAD_RULE, field="category")
        points = to_tenths(draft.points)
        if points == 0:
            raise ScoringRefused(Refusal.BAD_POINTS, value="0")
        cap = to_tenths(draft.cap) if draft.cap is not None else None
        if cap is not None and cap <= 0:
            raise ScoringRefused(Refusal.BAD_POINTS, value=str(draft.cap))
        roles = sorted(set(draft.grantor_roles))
        known = set(s.scalars(select(Role.code).where(Role.deleted_at.is_(None))))
        if not roles or not set(roles) <= known:
            raise ScoringRefused(Refusal.BAD_RULE, field="roles")
        if draft.trigger is not None and draft.trigger not in TRIGGERS:
            raise ScoringRefused(Refusal.BAD_RULE, field="trigger")
        rule.name = name
        rule.category = draft.category
        rule.standard = draft.standard.strip()
        rule.points_tenths = points
        rule.cap_tenths = cap
        rule.cap_period = draft.cap_period
        rule.evidence_required = draft.evidence_required
        rule.grantor_roles = ",".join(roles)
        rule.trigger = draft.trigger


def _same(a: ScoreRule, b: ScoreRule) -> bool:
    fields = ("name", "category", "standard", "points_tenths", "cap_tenths", "cap_period", "evidence_required")
    return all(getattr(a, f) == getattr(b, f) for f in fields) and (
        sorted(a.grantor_roles.split(",")) == sorted(b.grantor_roles.split(",")) and a.trigger == b.trigger
    )
