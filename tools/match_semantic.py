"""Map the embedding similarity of resume and job texts onto 0–100.

The cosine is taken between `resume_embedding_text` and `job_embedding_text`
(all-MiniLM-L6-v2). Those compact texts (role, skills, work) score higher than
whole documents would: on parsed sample resumes against sample postings,
medians were about 0.37 for a resume from another field, 0.57 for a weak fit,
0.73 for a medium and 0.77 for a strong fit, with 0.85 near the top. A linear
ramp from FLOOR (0) to CEILING (100) spreads that band: 0.37 → 20, 0.57 → 53,
0.73 → 80, 0.77 → 87. Values outside are clamped. The constants are part of
the scorer version.
"""

from __future__ import annotations

from tools.match_result import DimensionResult, clamp_score

NAME = "semantic_similarity"
FLOOR = 0.25
CEILING = 0.85


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
