"""`explain_score`: why a candidate scored what they did for a job.

Reads the stored match score — never recomputes it — so the explanation is
the one behind the number the recruiter saw, with the scorer and weights
versions that produced it and a warning when it is stale.
"""

from __future__ import annotations

from core.context import RunContext
from core.errors import NotFound
from core.recruiter import ScoreExplanation
from tools.recruiter_kit import RecruiterKit
from tools.recruiter_names import resolve_references
from tools.recruiter_scope import resolve_scope
from tools.recruiter_search import load_facts


def _dimension_lines(dimensions: list[dict]) -> list[str]:
    """ "skills 85 (weight 0.40): evidence; evidence"."""
    lines = []
    for dimension in dimensions:
        evidence = "; ".join(str(e) for e in (dimension.get("evidence") or [])[:3]) or "—"
        name = str(dimension.get("name", "")).replace("_", " ")
        score, weight = float(dimension.get("score", 0)), float(dimension.get("weight", 0))
        lines.append(f"{name} {score:.0f} (weight {weight:.2f}): {evidence}")
    return lines


async def explain_score(
    kit: RecruiterKit, ctx: RunContext, *, candidate: str, job_id: str | None = None
) -> ScoreExplanation:
    """The stored score for the job (default: the candidate's best), dimension by dimension."""
    async with kit.store.session() as session:
        scope = await resolve_scope(session, ctx)
        resolved = await resolve_references(session, scope, [candidate])
        if not resolved.refs:
            raise NotFound(" ".join(resolved.notes))
        ref = resolved.refs[0]
        facts = (await load_facts(
            session, scope, [ref.id], [], with_scorecards=False, full_scores=True
        )).get(ref.id)
    hits = [] if facts is None else [h for h in facts.applications if h.score is not None]
    hits = [h for h in hits if not job_id or h.application.job_id == job_id]
    if not hits:
        job = f" for {scope.job_title(job_id)}" if job_id else ""
        notes = [*resolved.notes, f"No match score{job} yet."]
        return ScoreExplanation(id=ref.id, name=ref.name, notes=notes)
    hit = hits[0]
    score = hit.score
    assert score is not None
    stale = " It is stale: the job, parser or scorer changed since." if score.stale else ""
    return ScoreExplanation(
        id=ref.id,
        name=ref.name,
        evidence=[
            f"Match {score.overall:.1f}/100 for {hit.job_title} "
            f"({score.scorer_version}, weights {score.weights_version}).{stale}",
            *_dimension_lines(score.dimensions),
        ],
        job_id=hit.application.job_id,
        job_title=hit.job_title,
        overall=score.overall,
        scorer_version=score.scorer_version,
        weights_version=score.weights_version,
        stale=score.stale,
        dimensions=list(score.dimensions),
        matched_skills=list(score.matched_skills),
        missing_skills=list(score.missing_skills),
        explanation=score.explanation,
        notes=resolved.notes,
    )
