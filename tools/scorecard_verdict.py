"""Overall score, recommendation and summary, computed from the dimension scores.

overall = Σ weight·score / Σ weight over the dimensions that have a score
(a dimension without evidence neither helps nor hurts). Recommendation:

    overall ≥ 4.2 → strong yes      overall ≥ 3.4 → yes
    overall ≥ 2.5 → no              below        → strong no
"""

from __future__ import annotations

from collections.abc import Sequence

from core.interview import ClaimCheck, Recommendation, ScorecardDimension

STRONG_YES_AT = 4.2
YES_AT = 3.4
NO_AT = 2.5


def overall_score(dimensions: Sequence[ScorecardDimension]) -> float | None:
    """Weighted mean of the scored dimensions, two decimals; None if none is scored."""
    scored = [d for d in dimensions if d.score is not None and d.weight > 0]
    total = sum(d.weight for d in scored)
    if total <= 0:
        return None
    return round(sum(d.weight * d.score for d in scored) / total, 2)  # type: ignore[operator]


def recommendation(overall: float) -> Recommendation:
    """The band of the overall score (thresholds above)."""
    if overall >= STRONG_YES_AT:
        return "strong yes"
    if overall >= YES_AT:
        return "yes"
    if overall >= NO_AT:
        return "no"
    return "strong no"


def summary(
    overall: float,
    verdict: Recommendation,
    dimensions: Sequence[ScorecardDimension],
    claims: Sequence[ClaimCheck],
) -> str:
    """A few sentences: overall, strongest and weakest dimensions, claims, gaps."""
    scored = sorted(
        (d for d in dimensions if d.score is not None), key=lambda d: (-(d.score or 0), d.name)
    )
    parts = [f"Overall {overall:.1f} of 5 ({verdict})."]
    strong = [d for d in scored if (d.score or 0) >= 4]
    weak = [d for d in scored if (d.score or 0) < 3]
    if strong:
        parts.append("Strongest: " + _list(strong[:2]) + ".")
    if weak:
        parts.append("Weakest: " + _list(list(reversed(weak))[:2]) + ".")
    missing = [d.name for d in dimensions if d.score is None]
    if missing:
        parts.append("No evidence for: " + ", ".join(missing) + ".")
    contradicted = sum(c.verdict == "contradicted" for c in claims)
    if contradicted:
        parts.append(f"{contradicted} resume claim(s) contradicted by the answers.")
    return " ".join(parts)


def _list(dimensions: Sequence[ScorecardDimension]) -> str:
    return ", ".join(f"{d.name} {d.score:.1f}" for d in dimensions)
