"""Stability: the same resume and job give the same score, every time (20 runs)."""

from __future__ import annotations

import json
from pathlib import Path

from core.settings import Settings
from core.weights import MatchWeights
from tools.analyze_job import analyze_job
from tools.match_files import JobForScoring, score_read_resumes
from tools.read_resume import read_resume

RUNS = 20


def test_the_same_inputs_give_the_same_score_in_20_runs(
    demo_dir: Path, settings: Settings, embedder, taxonomy
) -> None:
    """Each run reads the file again (extract, parse), analyses the job again and embeds both
    again; the whole MatchScore, evidence included, must come out byte for byte the same."""
    job_text = (demo_dir / "jobs" / "backend-engineer.txt").read_text()
    files = [demo_dir / "resumes" / name for name in ("03-selin-koc.pdf", "02-lea-moreau.docx")]
    seen: set[str] = set()
    for _ in range(RUNS):
        job = JobForScoring(
            profile=analyze_job(job_text, taxonomy), raw_text=job_text, weights=MatchWeights()
        )
        reads = [
            read_resume(path.name, path.read_bytes(), settings=settings, taxonomy=taxonomy)
            for path in files
        ]
        scores = score_read_resumes(reads, job, embedder=embedder, taxonomy=taxonomy)
        seen.add(json.dumps([score.model_dump(mode="json") for score in scores], sort_keys=True))
    assert len(seen) == 1
    (scores,) = [json.loads(item) for item in seen]
    assert all(0 < score["overall"] <= 100 for score in scores)
