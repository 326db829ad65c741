"""Ranking check: each role's resume must come first for its own job, by a clear margin.

The product-manager, front-end, full-stack and ML-engineer resume PDFs in
`resume_files/pdf/` are scored (the real `score_read_resumes` path: job
analysis, default weights, embeddings) against every job description in
`jobs/pdf/` and `jobs/text/`. Roles are read from the file names
("…_pm.pdf", "job_desc_product_manager.pdf", "jd_product-manager.txt"), so a
role may have a job in both folders; each such job is checked on its own.

Two views, both with a margin in score points:

* per job — its own resume must rank first among the four; margin = own
  score − best other resume's score;
* per resume — its own role's job must score highest among the role jobs;
  margin = best own-role job − best other-role job.

A margin of at least `CLEAR_MARGIN` points counts as clear. Jobs whose role
has no resume (e.g. Java developer, back-end) are listed for information.

    python -m evals.ranking [--margin 10]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.settings import Settings
from core.weights import MatchWeights
from evals.common import (
    REFERENCE_DATE,
    EvalRecord,
    base_config,
    eval_data_dir,
    fingerprint,
    print_table,
    record,
    require,
    skip_if_missing,
    write_results,
)
from store.embeddings import load_embedder
from tools.analyze_job import analyze_job
from tools.match_files import JobForScoring, score_read_resumes
from tools.read_resume import read_job_text, read_resume
from tools.taxonomy import Taxonomy

NAME = "ranking"
RESUMES = "resume_files/pdf"
JOB_FOLDERS = ("jobs/pdf", "jobs/text")
CLEAR_MARGIN = 10.0
ROLES: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("product_manager", (("pm",), ("product", "manager"))),
    ("front_end", (("fe",), ("frontend",), ("front", "end"))),
    ("full_stack", (("fullstack",), ("full", "stack"))),
    ("ml_engineer", (("mle",), ("ml",), ("machine", "learning"))),
)


def role_of(path: Path) -> str | None:
    """The role a file name names (one alias as whole words), or None."""
    words = tuple(re.split(r"[_\-\s.]+", path.stem.lower()))
    found = {
        role
        for role, aliases in ROLES
        for alias in aliases
        if any(words[i : i + len(alias)] == alias for i in range(len(words)))
    }
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class Job:
    """A job description file with its role (None when no resume has that role)."""

    path: Path
    role: str | None

    @property
    def label(self) -> str:
        """Folder and file name, e.g. "pdf/job_desc_product_manager.pdf"."""
        return f"{self.path.parent.name}/{self.path.name}"


def find_files(data_dir: Path) -> tuple[dict[str, Path], list[Job]]:
    """The role resumes (one per role) and every job description."""
    resumes: dict[str, Path] = {}
    for path in sorted((data_dir / RESUMES).glob("*.pdf")):
        role = role_of(path)
        if role and role not in resumes:
            resumes[role] = path
    jobs = [
        Job(path, role_of(path))
        for folder in JOB_FOLDERS
        for path in sorted((data_dir / folder).iterdir())
        if path.suffix in {".pdf", ".txt", ".md", ".docx"}
    ]
    return resumes, jobs


def score_matrix(
    resumes: dict[str, Path], jobs: list[Job], settings: Settings
) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, dict[str, float]]]]:
    """Overall score of every resume (by role) for every job (by label), and its dimensions."""
    taxonomy = Taxonomy.load()
    embedder = load_embedder(settings)
    roles = list(resumes)
    reads = [
        read_resume(
            resumes[r].name,
            resumes[r].read_bytes(),
            settings=settings,
            taxonomy=taxonomy,
            reference_date=REFERENCE_DATE,
        )
        for r in roles
    ]
    matrix: dict[str, dict[str, float]] = {}
    dimensions: dict[str, dict[str, dict[str, float]]] = {}
    for job in jobs:
        text = read_job_text(job.path.name, job.path.read_bytes(), settings=settings)
        target = JobForScoring(analyze_job(text, taxonomy), text, MatchWeights())
        scores = score_read_resumes(reads, target, embedder=embedder, taxonomy=taxonomy)
        matrix[job.label] = {role: s.overall for role, s in zip(roles, scores, strict=True)}
        dimensions[job.label] = {
            role: {d.name: round(d.score, 1) for d in s.dimensions}
            for role, s in zip(roles, scores, strict=True)
        }
    return matrix, dimensions


def per_job(
    matrix: dict[str, dict[str, float]], jobs: list[Job], margin: float
) -> list[dict[str, Any]]:
    """For each role job: is its own resume first, and by how much."""
    rows = []
    for job in jobs:
        scores = matrix[job.label]
        if job.role not in scores:
            continue
        others = {r: s for r, s in scores.items() if r != job.role}
        best_other = max(others, key=others.__getitem__)
        gap = scores[job.role] - others[best_other]
        rows.append(
            {
                "job": job.label,
                "role": job.role,
                "own": scores[job.role],
                "runner_up": best_other,
                "runner_up_score": others[best_other],
                "margin": gap,
                "first": gap > 0,
                "clear": gap >= margin,
            }
        )
    return rows


def per_resume(
    matrix: dict[str, dict[str, float]], jobs: list[Job], margin: float
) -> list[dict[str, Any]]:
    """For each resume: does its own role's job score highest among the role jobs."""
    role_jobs = [j for j in jobs if j.role]
    rows = []
    for role in sorted({r for scores in matrix.values() for r in scores}):
        own = [(matrix[j.label][role], j.label) for j in role_jobs if j.role == role]
        other = [(matrix[j.label][role], j.label) for j in role_jobs if j.role != role]
        if not own or not other:
            continue
        (own_score, own_job), (other_score, other_job) = max(own), max(other)
        gap = own_score - other_score
        rows.append(
            {
                "resume_role": role,
                "own_job": own_job,
                "own": own_score,
                "best_other_job": other_job,
                "best_other": other_score,
                "margin": gap,
                "first": gap > 0,
                "clear": gap >= margin,
            }
        )
    return rows


def _verdict(row: dict[str, Any]) -> str:
    return "clear" if row["clear"] else ("first, narrow" if row["first"] else "NOT FIRST")


def report(
    matrix: dict[str, dict[str, float]], jobs: list[Job], margin: float
) -> tuple[list[str], list[EvalRecord], dict[str, Any]]:
    """The score matrix and both views as tables and records."""
    roles = sorted({r for scores in matrix.values() for r in scores})
    tables = [
        print_table(
            "Overall scores (rows: jobs; columns: resumes by role)",
            ["job", "role", *roles],
            [[j.label, j.role or "-", *(f"{matrix[j.label][r]:.1f}" for r in roles)] for j in jobs],
        )
    ]
    jobs_view, resumes_view = per_job(matrix, jobs, margin), per_resume(matrix, jobs, margin)
    tables.append(
        print_table(
            f"Per job: own resume first? (clear = margin ≥ {margin:g} points)",
            ["job", "own", "runner-up", "margin", "verdict"],
            [
                [
                    r["job"],
                    f"{r['own']:.1f}",
                    f"{r['runner_up']} {r['runner_up_score']:.1f}",
                    f"{r['margin']:+.1f}",
                    _verdict(r),
                ]
                for r in jobs_view
            ],
        )
    )
    tables.append(
        print_table(
            "Per resume: own role's job highest?",
            ["resume", "own job", "best other job", "margin", "verdict"],
            [
                [
                    r["resume_role"],
                    f"{r['own_job']} {r['own']:.1f}",
                    f"{r['best_other_job']} {r['best_other']:.1f}",
                    f"{r['margin']:+.1f}",
                    _verdict(r),
                ]
                for r in resumes_view
            ],
        )
    )
    records: list[EvalRecord] = []
    for r in jobs_view:
        records.append(
            record(
                f"job/{r['job']}/margin", r["margin"], f"{_verdict(r)}; runner-up {r['runner_up']}"
            )
        )
    for r in resumes_view:
        records.append(
            record(
                f"resume/{r['resume_role']}/margin",
                r["margin"],
                f"{_verdict(r)}; best other job {r['best_other_job']}",
            )
        )
    views = jobs_view + resumes_view
    records.append(
        record(
            "all_first",
            sum(r["first"] for r in views) / len(views),
            "share of checks where the own role ranks first",
        )
    )
    records.append(
        record(
            "all_clear",
            sum(r["clear"] for r in views) / len(views),
            f"share of checks with a margin ≥ {margin:g}",
        )
    )
    return tables, records, {"per_job": jobs_view, "per_resume": resumes_view}


def main(argv: list[str] | None = None) -> int:
    """Run the eval; a missing data folder is reported and skipped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--margin", type=float, default=CLEAR_MARGIN, help="clear margin, points")
    args = parser.parse_args(argv)
    return skip_if_missing(NAME, lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    settings = Settings()
    data_dir = eval_data_dir(settings)
    require(data_dir, RESUMES, *JOB_FOLDERS)
    resumes, jobs = find_files(data_dir)
    print(f"{NAME}: resumes {', '.join(p.name for p in resumes.values())}; {len(jobs)} jobs")
    matrix, dimensions = score_matrix(resumes, jobs, settings)
    tables, records, views = report(matrix, jobs, args.margin)
    config = base_config(
        NAME,
        data_dir,
        resumes={role: p.name for role, p in resumes.items()},
        jobs={j.label: j.role for j in jobs},
        clear_margin=args.margin,
        weights=MatchWeights().as_dict(),
        embedding_backend=settings.embedding_backend,
        data_files=fingerprint([*resumes.values(), *(j.path for j in jobs)]),
    )
    write_results(
        NAME,
        config,
        records,
        {"tables": tables, "matrix": matrix, "dimensions": dimensions, **views},
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
