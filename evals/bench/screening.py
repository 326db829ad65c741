"""Screening benchmark: seconds per resume per stage, resumes/minute, peak memory.

Runs the real pipeline (`tools.screening.ingest_paths`) on the embedded
defaults in a fresh data folder, on the demo set and on a generated pool.
Prints a table and writes `evals/results/bench_screening.json`.

    python -m evals.bench.screening [--pool 1000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from core.settings import Settings
from core.stage_clock import StageClock
from evals.demo.generate import generate_pool
from store.migrate import upgrade
from tools.demo import default_demo_dir
from tools.jobs_service import add_job
from tools.read_resume import read_resume
from tools.screening import ingest_paths
from tools.screening_kit import open_screening_kit

RESULTS = Path(__file__).resolve().parents[1] / "results"
STAGES = ("extract", "parse", "embed", "score", "persist")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux: ru_maxrss is KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def run_set(name: str, files: list[Path], job_files: list[Path], data_dir: Path) -> dict:
    """Ingest `files` against the jobs into a fresh store; time every stage."""
    settings = Settings(data_dir=data_dir, _env_file=None)
    await upgrade(settings)
    clock = StageClock()
    async with open_screening_kit(settings) as kit:
        jobs = [
            await add_job(
                kit.store,
                settings=settings,
                taxonomy=kit.taxonomy,
                tenant_id="bench",
                file_name=p.name,
                data=p.read_bytes(),
            )
            for p in job_files
        ]
        started = time.perf_counter()
        results = await ingest_paths(
            kit, tenant_id="bench", paths=files, job_ids=[j.id for j in jobs if j.id], clock=clock
        )
        elapsed = time.perf_counter() - started
    done = sum(1 for r in results if r.status == "ingested")
    return _report(name, len(files), done, len(jobs), elapsed, clock)


def _report(name: str, files: int, done: int, jobs: int, elapsed: float, clock: StageClock) -> dict:
    per_stage = {stage: clock.seconds.get(stage, 0.0) / max(done, 1) for stage in STAGES}
    # "persist" is timed around the whole write, which includes scoring.
    per_stage["persist"] = max(per_stage["persist"] - per_stage["score"], 0.0)
    return {
        "set": name,
        "files": files,
        "ingested": done,
        "jobs_scored_against": jobs,
        "seconds_total": round(elapsed, 2),
        "resumes_per_minute": round(60 * done / elapsed, 1) if elapsed else None,
        "seconds_per_resume": {k: round(v, 4) for k, v in per_stage.items()},
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def parse_latency(files: list[Path]) -> dict:
    """Median/p95 of extract+parse per PDF resume on one core (no batching)."""
    from tools.taxonomy import Taxonomy

    settings, taxonomy = Settings(_env_file=None), Taxonomy.load()
    pdfs = [p for p in files if p.suffix == ".pdf"]
    timings = []
    for path in pdfs:
        data = path.read_bytes()
        started = time.perf_counter()
        read_resume(path.name, data, settings=settings, taxonomy=taxonomy)
        timings.append(time.perf_counter() - started)
    timings.sort()
    return {
        "pdf_files": len(timings),
        "median_ms": round(1000 * statistics.median(timings), 1) if timings else None,
        "p95_ms": round(1000 * timings[int(0.95 * (len(timings) - 1))], 1) if timings else None,
    }


def print_table(rows: list[dict]) -> None:
    """One line per set: throughput, milliseconds per resume per stage, peak memory."""
    header = f"{'set':<12}{'files':>7}{'res/min':>10}" + "".join(f"{s:>10}" for s in STAGES)
    print(header + f"{'peak MB':>10}")
    for row in rows:
        stages = "".join(f"{1000 * row['seconds_per_resume'][s]:>8.1f}ms" for s in STAGES)
        print(
            f"{row['set']:<12}{row['files']:>7}{row['resumes_per_minute']:>10}"
            f"{stages}{row['peak_rss_mb']:>10}"
        )


async def main(pool: int, jobs: int) -> dict[str, Any]:
    """Bench the demo set, then a generated pool, each in a fresh store."""
    demo = default_demo_dir()
    job_files = sorted((demo / "jobs").glob("*.txt"))[:jobs]
    demo_files = sorted((demo / "resumes").iterdir())
    rows = []
    with tempfile.TemporaryDirectory(prefix="scout-bench-") as tmp:
        rows.append(await run_set("demo", demo_files, job_files, Path(tmp) / "demo"))
        if pool:
            pool_files = generate_pool(pool, Path(tmp) / "pool")
            rows.append(await run_set(f"pool-{pool}", pool_files, job_files, Path(tmp) / "pool-db"))
            latency = parse_latency(pool_files[:300])
        else:
            latency = parse_latency(demo_files)
    print_table(rows)
    print(
        f"extract+parse per PDF resume (1 core, sequential): median {latency['median_ms']} ms, "
        f"p95 {latency['p95_ms']} ms over {latency['pdf_files']} PDFs"
    )
    return {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "sets": rows,
        "parse_latency_pdf": latency,
    }


def cli() -> None:
    """Parse options, run, print and write the JSON report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pool", type=int, default=1000, help="Generated resumes (0 = none).")
    parser.add_argument("--jobs", type=int, default=2, help="Demo jobs to score against.")
    args = parser.parse_args()
    report = asyncio.run(main(args.pool, args.jobs))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "bench_screening.json"
    out.write_text(json.dumps(report, indent=2))
    print(f"written {out}")


if __name__ == "__main__":
    cli()
