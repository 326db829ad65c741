"""What one scored dimension hands back to the scorer, before weighting."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DimensionResult:
    """A 0–100 score with its evidence.

    `applicable` is False when the job states nothing to score against (no
    preferred skills, no education requirement, ...); the scorer then gives the
    dimension no weight, so a silent job neither lifts nor sinks everyone.
    `summary` is a short phrase the explanation can reuse without inventing.
    """

    name: str
    score: float
    evidence: tuple[str, ...]
    applicable: bool = True
    summary: str = ""


def clamp_score(value: float) -> float:
    """A score held inside 0–100 and rounded to one decimal."""
    return round(min(100.0, max(0.0, value)), 1)


def format_years(value: float) -> str:
    """Years without a needless ".0" ("5", "7.5")."""
    rounded = round(value, 1)
    return f"{rounded:g}"


def not_applicable(name: str, reason: str) -> DimensionResult:
    """A dimension the job gives nothing to score against."""
    return DimensionResult(name, 100.0, (f"{reason}; not counted",), applicable=False)
