"""A recruiter's edits to how a stored job is scored: weights, and required/preferred skills.

Weights are relative (they are normalised when a score is computed) and must
be finite and non-negative, with at least one above zero. Skill edits go
through `tools.job_overrides` and every skill named is checked by
`tools.protected_attributes.check_criterion` first: a criterion that names a
protected attribute ("under 35", "native German speaker") is refused with the
reason and nothing is changed.

Any change bumps the job's version and marks its scores stale in the same
transaction (weights through `update_job_weights`, skill lists here), so the
stored scores show as stale at once and `scout rescore` recomputes them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import InputError
from core.job import JobProfile
from core.weights import MatchWeights
from store.engine import Store
from store.models import Job, MatchScoreRow
from store.repositories import jobs as job_repo
from tools.job_overrides import apply_overrides
from tools.protected_attributes import check_criterion
from tools.taxonomy import Taxonomy

WEIGHT_NAMES: tuple[str, ...] = tuple(MatchWeights.model_fields)


@dataclass(frozen=True)
class JobWeights:
    """A job's scoring setup after an edit (or as it is), and what the edit did."""

    job_id: str
    title: str
    version: int
    weights: MatchWeights
    previous: MatchWeights
    profile: JobProfile
    skills_changed: bool
    stale_scores: int

    @property
    def changed(self) -> bool:
        """Did the weights or the skill lists change?"""
        return self.skills_changed or self.weights != self.previous

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of `scout job weights --json`."""
        return {
            "job_id": self.job_id,
            "title": self.title,
            "version": self.version,
            "weights": self.weights.model_dump(mode="json"),
            "previous_weights": self.previous.model_dump(mode="json"),
            "required_skills": list(self.profile.required_skills),
            "preferred_skills": list(self.profile.preferred_skills),
            "changed": self.changed,
            "stale_scores": self.stale_scores,
        }


def weights_with(current: MatchWeights, changes: Mapping[str, float]) -> MatchWeights:
    """`current` with some weights replaced; InputError for unknown names or bad values."""
    unknown = sorted(set(changes) - set(WEIGHT_NAMES))
    if unknown:
        raise InputError(
            f"unknown weight {', '.join(unknown)}; the weights are {', '.join(WEIGHT_NAMES)}"
        )
    for name, value in changes.items():
        if not math.isfinite(value) or value < 0:
            raise InputError(f"weight {name} must be a number of 0 or more, not {value!r}")
    weights = current.model_copy(update=dict(changes))
    if not any(value > 0 for value in weights.as_dict().values()):
        raise InputError("at least one weight must be above 0")
    return MatchWeights.model_validate(weights.model_dump())


def refused_criteria(skills: Iterable[str]) -> list[str]:
    """The refusal reason of every skill criterion that names a protected attribute."""
    return [reason for skill in skills if (reason := check_criterion(skill))]


async def job_weights(store: Store, *, tenant_id: str, job_id: str) -> JobWeights:
    """A job's current weights and skill lists (nothing changed)."""
    async with store.session() as session:
        job = await job_repo.get_job(session, tenant_id=tenant_id, job_id=job_id)
        weights = job.weights_model()
        return JobWeights(
            job_id=job.id,
            title=job.title,
            version=job.version,
            weights=weights,
            previous=weights,
            profile=job.profile_model(),
            skills_changed=False,
            stale_scores=await _stale_count(session, tenant_id, job_id),
        )


async def edit_job_weights(
    store: Store,
    *,
    tenant_id: str,
    job_id: str,
    changes: Mapping[str, float] | None = None,
    reset: bool = False,
    require: Iterable[str] = (),
    prefer: Iterable[str] = (),
    drop: Iterable[str] = (),
    taxonomy: Taxonomy | None = None,
) -> JobWeights:
    """Change a job's weights (`reset` starts from the defaults) and skill lists.

    Raises InputError, before anything is written, for a bad weight or a
    skill criterion naming a protected attribute; NotFound for another
    tenant's or an unknown job.
    """
    require, prefer, drop = list(require), list(prefer), list(drop)
    refusals = refused_criteria(require + prefer)
    if refusals:
        raise InputError("; ".join(refusals))
    async with store.transaction() as session:
        job = await job_repo.get_job(session, tenant_id=tenant_id, job_id=job_id)
        previous = job.weights_model()
        weights = weights_with(MatchWeights() if reset else previous, changes or {})
        before = profile = job.profile_model()
        if require or prefer or drop:
            profile = apply_overrides(
                before, add_required=require, add_preferred=prefer, remove=drop, taxonomy=taxonomy
            )
        skills_changed = (profile.required_skills, profile.preferred_skills) != (
            before.required_skills,
            before.preferred_skills,
        )
        version = job.version
        job = await job_repo.update_job_weights(
            session, tenant_id=tenant_id, job_id=job_id, weights=weights
        )
        if skills_changed:
            await _save_profile(session, job, profile, bump=job.version == version)
        return JobWeights(
            job_id=job.id,
            title=job.title,
            version=job.version,
            weights=weights,
            previous=previous,
            profile=profile,
            skills_changed=skills_changed,
            stale_scores=await _stale_count(session, tenant_id, job_id),
        )


async def _save_profile(
    session: AsyncSession, job: Job, profile: JobProfile, *, bump: bool
) -> None:
    """Store the edited profile, bump the job's version (once per edit), mark scores stale."""
    job.profile = profile.model_dump(mode="json", exclude={"id"})
    job.version += 1 if bump else 0
    await session.flush()
    await session.execute(
        update(MatchScoreRow)
        .where(
            MatchScoreRow.tenant_id == job.tenant_id,
            MatchScoreRow.job_id == job.id,
            MatchScoreRow.stale.is_(False),  # type: ignore[attr-defined]
        )
        .values(stale=True)
        .execution_options(synchronize_session="fetch")
    )


async def _stale_count(session: AsyncSession, tenant_id: str, job_id: str) -> int:
    statement = select(func.count()).where(
        MatchScoreRow.tenant_id == tenant_id,
        MatchScoreRow.job_id == job_id,
        MatchScoreRow.stale.is_(True),  # type: ignore[attr-defined]
    )
    return int(await session.scalar(statement) or 0)
