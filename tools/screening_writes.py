"""The writes of screening: candidate, resume, vectors, applications, scores.

Scores are computed first (pure, no I/O), then everything for one resume is
written in one transaction. Every write is an upsert keyed by stable ids, so
running it again after a crash replaces rather than duplicates.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from core.match import MatchScore
from core.resume import ParsedResume
from core.stage_clock import StageClock
from store.models import Candidate
from store.repositories import applications as application_repo
from store.repositories import candidates as candidate_repo
from store.repositories import resumes as resume_repo
from store.repositories import scores as score_repo
from store.vectors.base import VectorPoint
from tools.chunking import chunk_resume, resume_embedding_text
from tools.job_targets import JobTarget
from tools.score_match import score_match
from tools.screening_kit import ScreeningKit
from tools.taxonomy import Taxonomy

if TYPE_CHECKING:
    from tools.screening import PendingResume


def score_for(
    parsed: ParsedResume,
    lines: list[str],
    vector: np.ndarray,
    target: JobTarget,
    taxonomy: Taxonomy,
) -> MatchScore:
    """Score a resume for one job; similarity from the two profile embeddings."""
    similarity = float(np.dot(vector, target.vector))
    return score_match(
        parsed,
        lines,
        target.profile,
        target.weights,
        semantic_similarity=similarity,
        taxonomy=taxonomy,
    )


async def persist_resume(
    kit: ScreeningKit,
    *,
    tenant_id: str,
    item: PendingResume,
    targets: list[JobTarget],
    clock: StageClock | None = None,
) -> tuple[str, str]:
    """Store one read resume and its scores for every target; returns (resume, candidate) ids."""
    read, clock = item.read, clock or StageClock()
    scores: dict[str, MatchScore] = {}
    if read.sufficient and item.vectors is not None:
        with clock.measure("score"):
            scores = {
                t.job_id: score_for(
                    read.parsed, read.document.lines, item.vectors[-1], t, kit.taxonomy
                )
                for t in targets
            }
    kit.files.put(item.data)
    async with kit.store.transaction() as session:
        candidate = await _candidate_for(session, tenant_id, read.parsed)
        await resume_repo.save_resume(
            session,
            tenant_id=tenant_id,
            resume_id=item.sha,
            file_name=Path(item.file).name,
            kind=read.kind,
            size_bytes=len(item.data),
            text=read.document.text,
            candidate_id=candidate.id,
            parsed=read.parsed,
            parser_version=read.parsed.parser_version,
            taxonomy_version=kit.taxonomy.version,
            status="indexed" if read.sufficient else "insufficient",
            warnings=read.parsed.warnings,
        )
        if read.sufficient and item.vectors is not None:
            _index_chunks(kit, tenant_id, item, candidate.id)
        for target in targets:
            await _apply(
                session,
                kit,
                tenant_id,
                candidate.id,
                item.sha,
                target,
                scores.get(target.job_id),
                read.parsed.parser_version,
            )
    return item.sha, candidate.id


async def score_existing_resume(
    kit: ScreeningKit, *, tenant_id: str, resume_id: str, targets: list[JobTarget]
) -> str | None:
    """Apply a stored resume to jobs it is not yet scored for; returns its candidate id."""
    async with kit.store.transaction() as session:
        resume = await resume_repo.get_resume(session, tenant_id=tenant_id, resume_id=resume_id)
        if resume is None or resume.candidate_id is None:
            return None
        parsed = ParsedResume.model_validate(resume.parsed or {})
        lines = [line.strip() for line in (resume.text or "").splitlines() if line.strip()]
        vector: np.ndarray | None = None
        for target in targets:
            application = await application_repo.ensure_application(
                session,
                tenant_id=tenant_id,
                candidate_id=resume.candidate_id,
                job_id=target.job_id,
                resume_id=resume_id,
            )
            stored = await score_repo.get_match_score(
                session, tenant_id=tenant_id, application_id=application.id
            )
            if stored is not None or resume.status != "indexed":
                continue
            if vector is None:
                vector = kit.embedder.embed_one(resume_embedding_text(parsed, lines))
            await score_repo.save_match_score(
                session,
                tenant_id=tenant_id,
                application=application,
                score=score_for(parsed, lines, vector, target, kit.taxonomy),
                weights=target.weights,
                parser_version=parsed.parser_version,
                taxonomy_version=kit.taxonomy.version,
            )
        return resume.candidate_id


async def _candidate_for(session: AsyncSession, tenant_id: str, parsed: ParsedResume) -> Candidate:
    """The candidate with one of these emails, updated; else a new candidate."""
    found = None
    if parsed.emails:
        found = await candidate_repo.find_candidate_by_email(
            session, tenant_id=tenant_id, email=parsed.emails
        )
    if found is None:
        return await candidate_repo.create_candidate(
            session,
            tenant_id=tenant_id,
            name=parsed.name,
            emails=parsed.emails,
            phones=parsed.phones,
            location=parsed.location,
        )
    return await candidate_repo.update_candidate(
        session,
        tenant_id=tenant_id,
        candidate_id=found.id,
        name=parsed.name or found.name,
        emails=list(dict.fromkeys([*found.emails, *parsed.emails])),
        phones=parsed.phones or found.phones,
        location=parsed.location or found.location,
    )


def _index_chunks(
    kit: ScreeningKit, tenant_id: str, item: PendingResume, candidate_id: str
) -> None:
    """Replace the resume's points in the vector index with its current chunks."""
    parsed, lines = item.read.parsed, item.read.document.lines
    chunks = chunk_resume(parsed, lines, taxonomy=kit.taxonomy)
    vectors = item.vectors if item.vectors is not None else np.zeros((0, 0))
    if len(vectors) != len(chunks) + 1:
        raise RuntimeError(f"{item.file}: {len(vectors)} vectors for {len(chunks)} chunks")
    kit.vectors.delete_where(tenant_id, resume_id=item.sha)
    kit.vectors.upsert(
        [
            VectorPoint(
                id=f"{item.sha}:{chunk.index}",
                vector=vectors[i].tolist(),
                payload={
                    "tenant_id": tenant_id,
                    "candidate_id": candidate_id,
                    "resume_id": item.sha,
                    "section": chunk.section,
                    "text": chunk.text,
                    "skills": chunk.skills,
                    "years": parsed.total_years_experience,
                },
            )
            for i, chunk in enumerate(chunks)
        ]
    )


async def _apply(
    session: AsyncSession,
    kit: ScreeningKit,
    tenant_id: str,
    candidate_id: str,
    resume_id: str,
    target: JobTarget,
    score: MatchScore | None,
    parser_version: str,
) -> None:
    """Make sure the application exists; store its score when there is one."""
    application = await application_repo.ensure_application(
        session,
        tenant_id=tenant_id,
        candidate_id=candidate_id,
        job_id=target.job_id,
        resume_id=resume_id,
    )
    if score is not None:
        await score_repo.save_match_score(
            session,
            tenant_id=tenant_id,
            application=application,
            score=score,
            weights=target.weights,
            parser_version=parser_version,
            taxonomy_version=kit.taxonomy.version,
        )
