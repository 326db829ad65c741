"""Score resumes against a job without storing anything (`scout match`, `scout rank`)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.job import JobProfile
from core.match import MatchScore
from core.weights import MatchWeights
from store.embeddings import Embedder
from tools.chunking import job_embedding_text, resume_embedding_text
from tools.read_resume import ReadResume
from tools.score_match import score_match
from tools.taxonomy import Taxonomy


@dataclass(frozen=True)
class JobForScoring:
    """An analysed job and the text its similarity is measured against."""

    profile: JobProfile
    raw_text: str
    weights: MatchWeights


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine of two L2-normalised vectors, as a plain float."""
    return float(np.dot(a, b))


def score_read_resumes(
    reads: list[ReadResume], job: JobForScoring, *, embedder: Embedder, taxonomy: Taxonomy
) -> list[MatchScore]:
    """One MatchScore per resume, embedding all texts in one call."""
    job_text = job_embedding_text(job.profile, job.raw_text)
    texts = [job_text] + [resume_embedding_text(r.parsed, r.document.lines) for r in reads]
    vectors = embedder.embed(texts)
    return [
        score_match(
            read.parsed,
            read.document.lines,
            job.profile,
            job.weights,
            semantic_similarity=cosine(vectors[0], vectors[i + 1]),
            taxonomy=taxonomy,
        )
        for i, read in enumerate(reads)
    ]
