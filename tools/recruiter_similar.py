"""`similar_candidates`: who else reads like this candidate.

The anchor's whole-profile text (headline, roles, skills, summary — the text
screening compares with jobs) is embedded and searched among the tenant's
resume chunks; candidates are ranked by their closest chunk, limited to the
asker's scope, and each is cited with the chunk that matched and the skills
they share with the anchor.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from core.context import RunContext
from core.errors import NotFound
from core.recruiter import CandidateMatch, CandidateRef, RecruiterLimits, SimilarResult
from core.resume import ParsedResume
from store.models import Candidate, Resume
from store.repositories import search as search_repo
from tools.chunking import resume_embedding_text
from tools.recruiter_evidence import quote
from tools.recruiter_kit import RecruiterKit
from tools.recruiter_names import display_name, resolve_references
from tools.recruiter_scope import Scope, resolve_scope
from tools.recruiter_semantic import recall


def _closest(hits: list, anchor_id: str) -> dict[str, tuple[float, str]]:
    """candidate id → (best similarity, chunk text), the anchor left out."""
    best: dict[str, tuple[float, str]] = {}
    for hit in hits:
        candidate = str(hit.payload.get("candidate_id", ""))
        if (
            candidate
            and candidate != anchor_id
            and (candidate not in best or hit.score > best[candidate][0])
        ):
            best[candidate] = (hit.score, str(hit.payload.get("text", "")))
    return best


def _match(
    person: Candidate,
    anchor: CandidateRef,
    closest: tuple[float, str],
    mine: set[str],
    theirs: set[str],
) -> CandidateMatch:
    """One look-alike, cited with the passage that matched and the skills shared."""
    similarity, text = closest
    shared = sorted(mine & theirs)[:8]
    return CandidateMatch(
        id=person.id,
        name=display_name(person.name),
        relevance=round(similarity, 4),
        evidence=[
            f"Resume reads like {anchor.name}'s: {quote(text, 120)} (similarity {similarity:.2f})",
            f"Shares {len(mine & theirs)} skills with {anchor.name}: {', '.join(shared) or '—'}",
        ],
        cells={"Similarity": f"{similarity:.2f}", "Shared skills": ", ".join(shared) or "—"},
    )


def _skill_names(resume: Resume | None) -> set[str]:
    """Canonical skill names of a stored resume."""
    if resume is None:
        return set()
    return {str(s.get("name")) for s in (resume.parsed or {}).get("skills", [])}


async def _anchor(
    session: AsyncSession, scope: Scope, candidate: str
) -> tuple[CandidateRef, Resume, list[str]]:
    """The candidate to compare with, their resume, and what resolving them had to say."""
    resolved = await resolve_references(session, scope, [candidate])
    if not resolved.refs:
        raise NotFound(" ".join(resolved.notes))
    anchor = resolved.refs[0]
    resumes = await search_repo.latest_resumes(
        session, tenant_id=scope.tenant_id, candidate_ids=[anchor.id], with_text=True
    )
    if anchor.id not in resumes:
        raise NotFound(f"{anchor.name} has no parsed resume to compare with.")
    return anchor, resumes[anchor.id], resolved.notes


async def similar_candidates(
    kit: RecruiterKit,
    ctx: RunContext,
    *,
    candidate: str,
    limit: int = 5,
    limits: RecruiterLimits | None = None,
) -> SimilarResult:
    """The candidates whose resumes read most like this one's, within the asker's scope."""
    limits = limits or RecruiterLimits()
    async with kit.store.session() as session:
        scope = await resolve_scope(session, ctx)
        anchor, resume, notes = await _anchor(session, scope, candidate)
        parsed = ParsedResume.model_validate(resume.parsed or {})
        lines = [line for line in resume.text.splitlines() if line.strip()]
        hits = await recall(
            kit.embedder,
            kit.vectors,
            tenant_id=scope.tenant_id,
            text=resume_embedding_text(parsed, lines),
            limit=limits.semantic_chunks,
        )
        closest = _closest(hits, anchor.id)
        visible = await search_repo.visible_candidates(
            session,
            tenant_id=scope.tenant_id,
            scope_job_ids=scope.job_ids,
            candidate_ids=list(closest),
        )
        others = await search_repo.latest_resumes(
            session, tenant_id=scope.tenant_id, candidate_ids=[c.id for c in visible]
        )
    ranked = sorted(visible, key=lambda c: -closest[c.id][0])[:limit]
    mine = set(parsed.skill_names())
    matches = [
        _match(p, anchor, closest[p.id], mine, _skill_names(others.get(p.id))) for p in ranked
    ]
    return SimilarResult(anchor=anchor, matches=matches, notes=notes)
