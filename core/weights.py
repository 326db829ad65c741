"""Weights of the match dimensions: a per-job profile with sensible defaults."""

from __future__ import annotations

from pydantic import BaseModel, Field


class MatchWeights(BaseModel):
    """Relative weights; they are normalised when the overall score is computed."""

    required_skills: float = Field(0.40, ge=0)
    preferred_skills: float = Field(0.10, ge=0)
    experience_years: float = Field(0.20, ge=0)
    title_seniority: float = Field(0.10, ge=0)
    education: float = Field(0.05, ge=0)
    semantic_similarity: float = Field(0.15, ge=0)

    def as_dict(self) -> dict[str, float]:
        """Dimension name → weight, in a stable order."""
        return self.model_dump()
