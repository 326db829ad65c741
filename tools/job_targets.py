"""Jobs a resume is screened against, loaded once per batch with their embeddings."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.job import JobProfile
from core.weights import MatchWeights
from store.repositories import jobs as job_repo
from tools.chunking import job_embedding_text
from tools.screening_kit import ScreeningKit


@dataclass(frozen=True)
class JobTarget:
    """A stored job ready for scoring: profile, weights and its text's embedding."""

    job_id: str
    profile: JobProfile
    weights: MatchWeights
    vector: np.ndarray


async def load_job_targets(
    kit: ScreeningKit, *, tenant_id: str, job_ids: list[str]
) -> list[JobTarget]:
    """Load the jobs (raising NotFound for an unknown id) and embed each once."""
    async with kit.store.sessions() as session:
        rows = [await job_repo.get_job(session, tenant_id=tenant_id, job_id=j) for j in job_ids]
    profiles = [JobProfile.model_validate({**row.profile, "id": row.id}) for row in rows]
    texts = [job_embedding_text(p, row.raw_text) for p, row in zip(profiles, rows, strict=True)]
    vectors = kit.embedder.embed(texts) if texts else np.zeros((0, kit.embedder.dimension))
    return [
        JobTarget(
            job_id=row.id,
            profile=profile,
            weights=MatchWeights.model_validate(row.weights or {}),
            vector=vectors[i],
        )
        for i, (row, profile) in enumerate(zip(rows, profiles, strict=True))
    ]
