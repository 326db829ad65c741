"""The MatchScore contract (DESIGN §9): how well a resume fits a job, and why."""

from __future__ import annotations

from pydantic import BaseModel, Field


class MatchDimension(BaseModel):
    """One scored aspect (0–100) with its weight and the evidence behind it."""

    name: str
    score: float
    weight: float
    evidence: list[str] = Field(default_factory=list)


class MatchScore(BaseModel):
    """The overall score is a pure function of the dimensions and their weights."""

    overall: float
    dimensions: list[MatchDimension] = Field(default_factory=list)
    matched_skills: list[str] = Field(default_factory=list)
    missing_skills: list[str] = Field(default_factory=list)
    explanation: str = ""
    scorer_version: str = ""
