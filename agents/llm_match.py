"""The llm match explainer: the offline score, explained in plain words by a model.

Same interface and result as `tools.score_match.score_match`. Every number
— dimension scores, weights, the overall — is computed by the offline
scorer; the model only writes `explanation`. An explanation stating a number
the score does not hold is rejected and the offline explanation kept.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from agents.llm_guards import SourceText, states_only, ungrounded_employers
from agents.llm_role import Fallback, RoleContext
from agents.llm_runtime import LlmTask
from agents.llm_tools import dimension_evidence_tool
from agents.redaction import KnownPii, Redactor
from core.job import JobProfile
from core.match import MatchScore
from core.resume import ParsedResume
from core.weights import MatchWeights
from prompts.llm_screening import MATCH_EXPLANATION
from tools.score_match import score_match
from tools.taxonomy import Taxonomy

ROLE = "match_explanation"
EVIDENCE_IN_PROMPT = 2


class MatchExplanation(BaseModel):
    """The model's answer: two or three sentences."""

    explanation: str = Field(description="Two or three plain sentences.")


def _dimension_lines(score: MatchScore) -> str:
    return "\n".join(
        f"{d.name}: {d.score:g}, weight {d.weight:g}; "
        + " | ".join(d.evidence[:EVIDENCE_IN_PROMPT])
        for d in score.dimensions
    )


def allowed_numbers(score: MatchScore) -> list[float | str]:
    """Every number an explanation may state: the computed scores, weights and evidence."""
    values: list[float | str] = [score.overall]
    for d in score.dimensions:
        values += [d.score, d.weight, d.weight * 100, *d.evidence]
    return values


class LlmMatchScorer:
    """`score_match` whose explanation a model writes (numbers stay the scorer's)."""

    name = "llm"

    def __init__(self, context: RoleContext) -> None:
        self.context = context

    def __call__(
        self, resume: ParsedResume, resume_lines: list[str], job: JobProfile,
        weights: MatchWeights, *, semantic_similarity: float, taxonomy: Taxonomy | None = None,
    ) -> MatchScore:
        """Drop-in for `score_match(...)`, same arguments."""
        score = score_match(resume, resume_lines, job, weights,
                            semantic_similarity=semantic_similarity, taxonomy=taxonomy)
        return self.explain(score, resume, resume_lines, job)

    def explain(
        self, score: MatchScore, resume: ParsedResume, resume_lines: list[str], job: JobProfile
    ) -> MatchScore:
        """The score with the model's explanation, when it states only computed numbers."""
        evidence = {d.name: d.evidence for d in score.dimensions}
        reply = self.context.ask(LlmTask(
            role=ROLE, prompt=MATCH_EXPLANATION, schema=MatchExplanation,
            values={"job_title": job.title or "the job", "overall": f"{score.overall:g}",
                    "dimensions": _dimension_lines(score),
                    "matched": ", ".join(score.matched_skills) or "none",
                    "missing": ", ".join(score.missing_skills) or "none"},
            redactor=Redactor(KnownPii.of_resume(resume)), scope=self.context.scope,
            tools=[dimension_evidence_tool(evidence)], shrink="dimensions",
        ))
        if isinstance(reply, Fallback) or not isinstance(reply.data, MatchExplanation):
            return score
        text = reply.data.explanation.strip()
        if not text or not states_only(text, allowed_numbers(score)):
            self.context.guard(ROLE, "explanation states numbers the score does not hold")
            return score
        source = SourceText("\n".join([*resume_lines, job.model_dump_json()]))
        if dropped := ungrounded_employers(text, source):
            self.context.dropped(ROLE, dropped)
            return score
        return score.model_copy(update={"explanation": text})
