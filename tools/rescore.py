"""Recompute scores whose inputs moved on (weights, scorer, parser or taxonomy).

Marking and recomputing are separate steps so that a change is visible at
once (scores show as stale) while the work itself can run later, in bulk.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.resume import ParsedResume
from core.versions import PARSER_VERSION, SCORER_VERSION
from store.models import MatchScoreRow, Resume
from store.repositories import applications as application_repo
from store.repositories import resumes as resume_repo
from store.repositories import scores as score_repo
from tools.chunking import resume_embedding_text
from tools.job_targets import load_job_targets
from tools.read_resume import read_resume
from tools.score_match import score_match
from tools.screening_kit import ScreeningKit


@dataclass(frozen=True)
class RescoreReport:
    """How many scores were found stale and how many were recomputed."""

    marked: int
    rescored: int


async def mark_stale(kit: ScreeningKit, *, tenant_id: str, job_id: str | None = None) -> int:
    """Flag every score made with other weights or versions than the current ones."""
    async with kit.store.transaction() as session:
        return await score_repo.mark_scores_stale(
            session,
            tenant_id=tenant_id,
            job_id=job_id,
            scorer_version=SCORER_VERSION,
            parser_version=PARSER_VERSION,
            taxonomy_version=kit.taxonomy.version,
        )


async def rescore(kit: ScreeningKit, *, tenant_id: str, job_id: str | None = None) -> RescoreReport:
    """Mark, then recompute every stale score of the tenant (or of one job)."""
    marked = await mark_stale(kit, tenant_id=tenant_id, job_id=job_id)
    async with kit.store.session() as session:
        rows = await score_repo.stale_scores(session, tenant_id=tenant_id, job_id=job_id)
    targets = {
        t.job_id: t
        for t in await load_job_targets(
            kit, tenant_id=tenant_id, job_ids=sorted({row.job_id for row in rows})
        )
    }
    for row in rows:
        await _rescore_one(kit, tenant_id, row, targets[row.job_id])
    return RescoreReport(marked=marked, rescored=len(rows))


async def _rescore_one(kit: ScreeningKit, tenant_id: str, row: MatchScoreRow, target) -> None:
    """Re-read the resume if it was parsed by older code, then score it again."""
    async with kit.store.transaction() as session:
        resume = await resume_repo.get_resume(session, tenant_id=tenant_id, resume_id=row.resume_id)
        if resume is None:
            return
        parsed, lines = await _current_parse(kit, session, tenant_id, resume)
        vector = kit.embedder.embed_one(resume_embedding_text(parsed, lines))
        similarity = float(vector @ target.vector)
        score = score_match(
            parsed,
            lines,
            target.profile,
            target.weights,
            semantic_similarity=similarity,
            taxonomy=kit.taxonomy,
        )
        application = await application_repo.get_application(
            session, tenant_id=tenant_id, application_id=row.application_id
        )
        await score_repo.save_match_score(
            session,
            tenant_id=tenant_id,
            application=application,
            score=score,
            weights=target.weights,
            parser_version=parsed.parser_version,
            taxonomy_version=kit.taxonomy.version,
        )


async def _current_parse(
    kit: ScreeningKit, session, tenant_id: str, resume: Resume
) -> tuple[ParsedResume, list[str]]:
    """The stored parse when current, else a fresh parse of the stored file (saved back)."""
    current = (
        resume.parser_version == PARSER_VERSION and resume.taxonomy_version == kit.taxonomy.version
    )
    if current or not kit.files.exists(resume.id):
        parsed = ParsedResume.model_validate(resume.parsed or {})
        return parsed, [line.strip() for line in (resume.text or "").splitlines() if line.strip()]
    read = read_resume(
        resume.file_name, kit.files.get(resume.id), settings=kit.settings, taxonomy=kit.taxonomy
    )
    await resume_repo.save_resume(
        session,
        tenant_id=tenant_id,
        resume_id=resume.id,
        file_name=resume.file_name,
        kind=read.kind,
        size_bytes=resume.size_bytes,
        text=read.document.text,
        parsed=read.parsed,
        parser_version=read.parsed.parser_version,
        taxonomy_version=kit.taxonomy.version,
    )
    return read.parsed, read.document.lines
