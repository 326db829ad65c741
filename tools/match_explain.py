"""A short plain-language explanation of a match, built only from its dimensions.

Every phrase comes from a dimension's own summary, so the explanation can
never state a fact the evidence does not hold. At most three sentences: the
strongest point, the weakest point, and the missing required skills.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from tools.match_result import DimensionResult

LABELS: Mapping[str, str] = MappingProxyType({
    "required_skills": "required skills",
    "preferred_skills": "preferred skills",
    "experience_years": "experience",
    "title_seniority": "title and seniority",
    "education": "education",
    "semantic_similarity": "overall text similarity",
})
MAX_NAMED = 5


def _counted(results: list[DimensionResult], weights: dict[str, float]) -> list[DimensionResult]:
    """Dimensions that carry weight in the overall score."""
    return [r for r in results if r.applicable and weights.get(r.name, 0.0) > 0]


def _sentence(lead: str, result: DimensionResult) -> str:
    """"Strongest on experience (100): 7.5 years against 5+ asked."."""
    label = LABELS.get(result.name, result.name.replace("_", " "))
    detail = f": {result.summary}" if result.summary else ""
    return f"{lead} {label} ({result.score:.0f}){detail}."


def _missing_sentence(missing: list[str]) -> str:
    """"Missing required skills: A, B and 2 more."."""
    named = ", ".join(missing[:MAX_NAMED])
    more = f" and {len(missing) - MAX_NAMED} more" if len(missing) > MAX_NAMED else ""
    return f"Missing required skill{'s' if len(missing) > 1 else ''}: {named}{more}."


def explain(
    results: list[DimensionResult], weights: dict[str, float], missing_required: list[str]
) -> str:
    """1–3 sentences: strongest dimension, weakest dimension, missing must-haves."""
    counted = _counted(results, weights)
    if not counted:
        return "Nothing in the job could be scored."
    order = {r.name: i for i, r in enumerate(results)}
    strongest = max(counted, key=lambda r: (r.score, weights[r.name], -order[r.name]))
    weakest = min(counted, key=lambda r: (r.score, -weights[r.name], order[r.name]))
    if len(counted) == 1:
        return _sentence("Only scored on", strongest)
    sentences = [_sentence("Strongest on", strongest)]
    if weakest.score < strongest.score:
        sentences.append(_sentence("Weakest on", weakest))
    if missing_required:
        sentences.append(_missing_sentence(missing_required))
    return " ".join(sentences)
