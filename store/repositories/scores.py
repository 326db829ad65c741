"""Match scores: one current score per application, and when it went stale.

A score records what produced it (scorer, parser and taxonomy versions, and a
short hash of the weights). When any of those moves on, the score is marked
stale rather than deleted: it stays visible, flagged, until a rescoring job
replaces it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import InputError, NotFound
from core.match import MatchScore
from core.weights import MatchWeights
from store.ids import new_id
from store.models import Application, Job, MatchScoreRow

WEIGHTS_VERSION_CHARS = 12


def weights_version(weights: MatchWeights | Mapping[str, Any]) -> str:
    """A short, stable hash of a weights profile (key order does not matter)."""
    values = weights.model_dump(mode="json") if isinstance(weights, MatchWeights) else dict(weights)
    canonical = json.dumps(values, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:WEIGHTS_VERSION_CHARS]


async def save_match_score(
    session: AsyncSession,
    *,
    tenant_id: str,
    application: Application,
    score: MatchScore,
    weights: MatchWeights,
    parser_version: str,
    taxonomy_version: str,
) -> MatchScoreRow:
    """Store the application's score, replacing the previous one (fresh, not stale).

    The job, candidate and resume ids are copied from the application, so
    ranking a job's candidates reads one table.
    """
    if application.tenant_id != tenant_id:
        raise NotFound(f"application {application.id} not found")
    if application.resume_id is None:
        raise InputError(f"application {application.id} has no resume to score")
    await session.execute(
        delete(MatchScoreRow).where(
            MatchScoreRow.tenant_id == tenant_id,
            MatchScoreRow.application_id == application.id,
        )
    )
    row = MatchScoreRow(
        id=new_id("score_"),
        tenant_id=tenant_id,
        application_id=application.id,
        job_id=application.job_id,
        candidate_id=application.candidate_id,
        resume_id=application.resume_id,
        overall=score.overall,
        dimensions=[dimension.model_dump(mode="json") for dimension in score.dimensions],
        matched_skills=list(score.matched_skills),
        missing_skills=list(score.missing_skills),
        explanation=score.explanation,
        weights=weights.model_dump(mode="json"),
        scorer_version=score.scorer_version,
        parser_version=parser_version,
        taxonomy_version=taxonomy_version,
        weights_version=weights_version(weights),
    )
    session.add(row)
    await session.flush()
    return row


async def get_match_score(
    session: AsyncSession, *, tenant_id: str, application_id: str
) -> MatchScoreRow | None:
    """The current score of an application, or None when it was never scored."""
    statement = select(MatchScoreRow).where(
        MatchScoreRow.tenant_id == tenant_id, MatchScoreRow.application_id == application_id
    )
    return await session.scalar(statement)


async def latest_scores_for_job(
    session: AsyncSession, *, tenant_id: str, job_id: str, include_stale: bool = True
) -> list[MatchScoreRow]:
    """The current score of every application to a job, best first."""
    statement = select(MatchScoreRow).where(
        MatchScoreRow.tenant_id == tenant_id, MatchScoreRow.job_id == job_id
    )
    if not include_stale:
        statement = statement.where(MatchScoreRow.stale.is_(False))  # type: ignore[attr-defined]
    statement = statement.order_by(MatchScoreRow.overall.desc(), MatchScoreRow.id)  # type: ignore[attr-defined]
    return list((await session.scalars(statement)).all())


async def mark_scores_stale(
    session: AsyncSession,
    *,
    tenant_id: str,
    job_id: str | None = None,
    scorer_version: str | None = None,
    parser_version: str | None = None,
    taxonomy_version: str | None = None,
) -> int:
    """Flag scores whose inputs have moved on; returns how many were newly flagged.

    A score is stale when it was made with other weights than its job's
    current ones (always checked), or with another scorer, parser or taxonomy
    version than the ones given (each checked only when given). Scope: the
    tenant, or one of its jobs.
    """
    total = 0
    jobs = select(Job.id, Job.weights).where(Job.tenant_id == tenant_id)
    if job_id is not None:
        jobs = jobs.where(Job.id == job_id)
    for current_job_id, current_weights in (await session.execute(jobs)).all():
        differs = [MatchScoreRow.weights_version != weights_version(current_weights)]
        for column, current in (
            (MatchScoreRow.scorer_version, scorer_version),
            (MatchScoreRow.parser_version, parser_version),
            (MatchScoreRow.taxonomy_version, taxonomy_version),
        ):
            if current is not None:
                differs.append(column != current)
        statement = (
            update(MatchScoreRow)
            .where(
                MatchScoreRow.tenant_id == tenant_id,
                MatchScoreRow.job_id == current_job_id,
                MatchScoreRow.stale.is_(False),  # type: ignore[attr-defined]
                or_(*differs),
            )
            .values(stale=True)
            .execution_options(synchronize_session="fetch")
        )
        result = await session.execute(statement)
        total += result.rowcount  # type: ignore[attr-defined]
    return total


async def stale_scores(
    session: AsyncSession, *, tenant_id: str, job_id: str | None = None, limit: int | None = None
) -> list[MatchScoreRow]:
    """Scores flagged stale (oldest first): the work list of a rescoring run."""
    statement = select(MatchScoreRow).where(
        MatchScoreRow.tenant_id == tenant_id,
        MatchScoreRow.stale.is_(True),  # type: ignore[attr-defined]
    )
    if job_id is not None:
        statement = statement.where(MatchScoreRow.job_id == job_id)
    statement = statement.order_by(MatchScoreRow.created_at, MatchScoreRow.id).limit(limit)
    return list((await session.scalars(statement)).all())
