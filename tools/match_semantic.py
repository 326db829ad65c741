"""Map the embedding similarity of resume and job texts onto 0–100.

all-MiniLM-L6-v2 cosines between `resume_embedding_text` and
`job_embedding_text` stay inside roughly 0.2–0.7. Measured on sample resumes
against sample postings: a resume for another field (a data analyst for an
SRE role) lands around 0.2–0.35, a related one (a full-stack engineer for a
backend role) around 0.5–0.7. A linear ramp from FLOOR (0) to CEILING (100)
spreads that band over the scale: 0.3 → 20, 0.45 → 50, 0.6 → 80. Values
outside are clamped. The constants are part of the scorer version.
"""

from __future__ import annotations

from tools.match_result import DimensionResult, clamp_score

NAME = "semantic_similarity"
FLOOR = 0.20
CEILING = 0.70


def calibrate(cosine: float) -> float:
    """0–100 score of a cosine similarity (linear between FLOOR and CEILING)."""
    return clamp_score(100.0 * (cosine - FLOOR) / (CEILING - FLOOR))


def semantic_dimension(cosine: float) -> DimensionResult:
    """The similarity dimension, with the calibration stated in its evidence."""
    score = calibrate(cosine)
    evidence = (
        f"cosine similarity {cosine:.2f} between resume and job texts "
        f"(scaled: {FLOOR:.2f} → 0, {CEILING:.2f} → 100)",
    )
    return DimensionResult(NAME, score, evidence, summary=f"text similarity {cosine:.2f}")
