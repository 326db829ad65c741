"""Score how well a parsed resume fits an analysed job: a pure, explainable function.

Six dimensions, each 0–100 with evidence (see the `match_*` modules), are
combined as Σ weight·score / Σ weight. A dimension the job says nothing about
(no preferred skills, no minimum years, no education line) is reported with
weight 0 and left out of the sum: a requirement the job never stated should
neither lift nor sink anyone. Soft skills a job names ("attention to detail")
are left to the interview, not read off the resume's self-description
(`match_asks.interview_only`). Reported weights are the normalised weights
actually used, so `overall` can be recomputed from the dimensions alone.

Only skills, experience (titles, dates, descriptions), education, the
headline/summary and the given similarity are read. Name, contact details,
location, links and languages are never inputs, so two resumes that differ only
in those get the same score.

Same inputs, same output: no clock, no randomness, stable ordering, scores
rounded to one decimal.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from core.job import JobProfile
from core.match import MatchDimension, MatchScore
from core.resume import ParsedResume
from core.versions import SCORER_VERSION
from core.weights import MatchWeights
from tools.match_asks import SkillAsk, interview_only, job_asks
from tools.match_education import education_dimension
from tools.match_evidence import EvidenceFinder, skill_key
from tools.match_experience import experience_dimension
from tools.match_explain import explain
from tools.match_result import DimensionResult
from tools.match_semantic import semantic_dimension
from tools.match_skills import held_skills, skill_dimension
from tools.match_titles import title_dimension

if TYPE_CHECKING:
    from tools.taxonomy import Taxonomy

__all__ = ["SCORER_VERSION", "score_match", "weights_version"]


def weights_version(weights: MatchWeights) -> str:
    """A short stable hash of the weights, to find scores made with other weights.

    Key order does not matter; the hash equals the one the score store keeps.
    """
    values = weights.model_dump(mode="json")
    payload = json.dumps(values, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def _effective_weights(
    results: list[DimensionResult], weights: MatchWeights
) -> dict[str, float]:
    """Normalised weights of the counted dimensions; 0 for the others.

    If every counted dimension has weight 0, they share the weight equally,
    so the overall is still the plain mean of what could be scored.
    """
    configured = weights.as_dict()
    raw = {r.name: (configured.get(r.name, 0.0) if r.applicable else 0.0) for r in results}
    total = sum(raw.values())
    if total <= 0:
        counted = [r.name for r in results if r.applicable]
        raw = {r.name: (1.0 if r.name in counted else 0.0) for r in results}
        total = float(len(counted)) or 1.0
    return {name: value / total for name, value in raw.items()}


def _asks(
    job: JobProfile, taxonomy: Taxonomy | None
) -> tuple[tuple[list[SkillAsk], list[SkillAsk]], tuple[list[SkillAsk], list[SkillAsk]]]:
    """((scored, soft) required asks, (scored, soft) preferred asks) of a job."""
    required, preferred = job_asks(job)
    return interview_only(required, taxonomy), interview_only(preferred, taxonomy)


def _dimensions(
    resume: ParsedResume,
    lines: list[str],
    job: JobProfile,
    semantic_similarity: float,
    taxonomy: Taxonomy | None,
) -> tuple[list[DimensionResult], set[str]]:
    """Every dimension's result, in the order of MatchWeights, and the skills held."""
    held = held_skills(resume, job.required_skills + job.preferred_skills, taxonomy)
    finder = EvidenceFinder(resume, lines, taxonomy)
    (required, soft_required), (preferred, soft_preferred) = _asks(job, taxonomy)
    results = [
        skill_dimension("required_skills", "required", required, held, finder, soft_required),
        skill_dimension("preferred_skills", "preferred", preferred, held, finder, soft_preferred),
        experience_dimension(resume, job),
        title_dimension(resume, lines, job),
        education_dimension(resume, job),
        semantic_dimension(semantic_similarity),
    ]
    return results, held


def score_match(
    resume: ParsedResume,
    resume_lines: list[str],
    job: JobProfile,
    weights: MatchWeights,
    *,
    semantic_similarity: float,
    taxonomy: Taxonomy | None = None,
) -> MatchScore:
    """The MatchScore of one resume for one job (see the module docstring).

    `resume_lines` are the resume's text lines, quoted as evidence;
    `semantic_similarity` is the cosine of the embeddings of
    `resume_embedding_text` and `job_embedding_text`; a taxonomy, when given,
    also recognises skills written under an alias in the resume's prose.
    """
    results, held = _dimensions(resume, resume_lines, job, semantic_similarity, taxonomy)
    used = _effective_weights(results, weights)
    overall = round(sum(used[r.name] * r.score for r in results), 1)
    (required, _), (preferred, _) = _asks(job, taxonomy)
    missing = [a for a in required + preferred if not a.met(held)]
    matched = [n for a in required + preferred for n in a.names if skill_key(n) in held]
    return MatchScore(
        overall=overall,
        dimensions=[
            MatchDimension(
                name=r.name, score=r.score, weight=round(used[r.name], 4), evidence=list(r.evidence)
            )
            for r in results
        ],
        matched_skills=list(dict.fromkeys(matched)),
        missing_skills=list(dict.fromkeys(n for a in missing for n in a.names)),
        explanation=explain(results, used, [a.label for a in required if not a.met(held)]),
        scorer_version=SCORER_VERSION,
    )
