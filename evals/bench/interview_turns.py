"""Interview turn benchmark: server-side turn latency with the offline brain.

A turn is timed from the answer arriving at the runner to the next question
being ready with its checkpoint written (`InterviewRunner.answer`). Runs in
one process on the SQLite checkpointer (embedded default) and on the
PostgreSQL one (127.0.0.1:5432, a throwaway database), and measures:

- one session alone: per-turn p50/p95, and the scorecard-ready time (the
  last answer → scored, stored);
- `--held` open sessions (consented, waiting at their first question) kept
  open throughout;
- `--candidates` concurrent candidates, each answering after a random pause
  of `--think` seconds on average (200 × 5 s ≈ 40 turns/s), for `--seconds`;
- the load stepped up (shorter pauses) until p95 passes 1 s or the steps
  run out: the turns/s at which p95 crosses 1 s.

Everything is in-process or on loopback and bounded in time. Prints a table
and writes `evals/results/bench_interview.json`.

    python -m evals.bench.interview_turns [--quick] [--backends sqlite,postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import platform
import random
import resource
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from core.settings import Settings
from graphs.interview_runner import InterviewRunner, InterviewView, open_interview_runner
from store.embeddings import Embedder, load_embedder
from store.migrate import upgrade
from store.repositories import candidates as candidate_repo
from store.repositories import resumes as resume_repo
from tools.demo import default_demo_dir
from tools.jobs_service import add_job
from tools.read_resume import read_resume
from tools.ready_store import open_ready_store
from tools.taxonomy import Taxonomy

RESULTS_DIR = Path(__file__).resolve().parents[1] / "results"
TENANT = "bench"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
TARGET_P95_MS = 250.0
CROSSING_P95_MS = 1000.0
OPENINGS = (
    "At my last job",
    "In my previous team",
    "On a project for a logistics client",
    "While I was at a fintech start-up",
    "During a migration last year",
)
ACTIONS = (
    "I rewrote the order service in Python with FastAPI and profiled the slow endpoints",
    "I moved our deployments to Kubernetes with Helm charts and autoscaling on queue depth",
    "I set up CI with GitHub Actions and Docker and added integration tests against PostgreSQL",
    "I wrote a short design doc comparing two options and ran a two-week pilot",
    "I added indexes and a Redis cache after reading the query plans",
)
RESULTS = (
    "and p95 latency fell from {a} ms to {b} ms",
    "and failed deploys dropped from {a} a month to {b}",
    "and the team agreed on the numbers after {a} days",
    "and cloud costs went down by {a} percent in {b} weeks",
)
VAGUE = ("I used it a bit.", "Yes, I have done that before.", "It went fine overall.")


def percentile(values: list[float], share: float) -> float | None:
    """The nearest-rank percentile of `values` (None when empty)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def summary_ms(values: list[float]) -> dict[str, float | int | None]:
    """Count, p50, p95 and max of latencies given in seconds, in ms."""

    def ms(value: float | None) -> float | None:
        return None if value is None else round(1000 * value, 1)

    return {
        "n": len(values),
        "p50_ms": ms(percentile(values, 0.5)),
        "p95_ms": ms(percentile(values, 0.95)),
        "max_ms": ms(max(values) if values else None),
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


@dataclass
class Pool:
    """The seeded job and candidates of one backend's store."""

    job_id: str
    candidates: list[str]


@dataclass
class LoadResult:
    """One load window: offered and achieved rate, latencies, finished interviews."""

    offered_turns_per_s: float
    achieved_turns_per_s: float
    seconds: float
    turns: dict[str, Any]
    scorecard_ready: dict[str, Any]
    cpu_ms_per_turn: float | None = None
    """This process's CPU (all threads) per turn; the database server's is not included."""
    errors: int = 0


@dataclass
class BackendResult:
    """Everything measured on one checkpointer backend."""

    backend: str
    single_session: dict[str, Any] = field(default_factory=dict)
    single_scorecard_ready_ms: float | None = None
    held_sessions: int = 0
    held_open_seconds: float = 0.0
    load: dict[str, Any] | None = None
    steps: list[dict[str, Any]] = field(default_factory=list)
    p95_crosses_1s_at_turns_per_s: float | str | None = None
    peak_rss_mb: float = 0.0


def answer_for(view: InterviewView, rng: random.Random) -> str:
    """A plausible reply to whatever is pending; answers vary, as real ones do (no cache hits)."""
    kind = (view.pending or {}).get("kind")
    if kind == "consent":
        return "Yes, I agree."
    if kind == "closing":
        return "No questions, thank you."
    if rng.random() < 0.2:
        return rng.choice(VAGUE)
    result = rng.choice(RESULTS).format(a=rng.randint(10, 900), b=rng.randint(1, 99))
    return f"{rng.choice(OPENINGS)}, {rng.choice(ACTIONS)}, {result}."


async def seed(settings: Settings, taxonomy: Taxonomy, count: int) -> Pool:
    """A demo job and `count` candidates, each with a parsed demo resume of their own."""
    demo = default_demo_dir()
    job_file = demo / "jobs" / "backend-engineer.txt"
    resume_files = sorted((demo / "resumes").glob("*.txt"))[:8]
    read = [
        read_resume(p.name, p.read_bytes(), settings=settings, taxonomy=taxonomy)
        for p in resume_files
    ]
    async with open_ready_store(settings) as store:
        job = await add_job(
            store,
            settings=settings,
            taxonomy=taxonomy,
            tenant_id=TENANT,
            file_name=job_file.name,
            data=job_file.read_bytes(),
        )
        candidates = []
        async with store.transaction() as session:
            for number in range(count):
                source = read[number % len(read)]
                candidate = await candidate_repo.create_candidate(
                    session, tenant_id=TENANT, name=f"Bench Candidate {number}"
                )
                key = f"{number}:{source.document.text}".encode()
                await resume_repo.save_resume(
                    session,
                    tenant_id=TENANT,
                    resume_id=hashlib.sha256(key).hexdigest(),
                    file_name=f"bench-{number}.txt",
                    kind="txt",
                    size_bytes=len(source.document.text),
                    text=source.document.text,
                    candidate_id=candidate.id,
                    parsed=source.parsed,
                )
                candidates.append(candidate.id)
    return Pool(job_id=job.id or "", candidates=candidates)


async def timed_answer(
    runner: InterviewRunner, view: InterviewView, rng: random.Random
) -> tuple[InterviewView, float]:
    """Answer the pending turn; the runner call is the server-side turn."""
    text = answer_for(view, rng)
    started = time.perf_counter()
    after = await runner.answer(
        tenant_id=TENANT,
        interview_id=view.interview_id,
        text=text,
        reply_to=(view.pending or {}).get("seq"),
        timed=False,
    )
    return after, time.perf_counter() - started


async def open_session(runner: InterviewRunner, pool: Pool, candidate: str) -> InterviewView:
    """A fresh interview, consented, waiting at its first question."""
    view = await runner.start(
        tenant_id=TENANT, job_id=pool.job_id, candidate_id=candidate, fresh=True
    )
    view, _ = await timed_answer(runner, view, random.Random(0))
    return view


async def single_session(runner: InterviewRunner, pool: Pool) -> tuple[list[float], float | None]:
    """One interview alone, start to scorecard: per-turn latencies and scorecard-ready time."""
    rng = random.Random(1)
    view = await open_session(runner, pool, pool.candidates[0])
    turns: list[float] = []
    last: float | None = None
    while view.pending is not None:
        view, took = await timed_answer(runner, view, rng)
        if view.finished:
            last = took
        else:
            turns.append(took)
    return turns, last


async def hold_sessions(
    runner: InterviewRunner, pool: Pool, count: int, parallel: int = 16
) -> tuple[list[InterviewView], float]:
    """Open `count` sessions (bounded parallelism) and keep their views."""
    gate = asyncio.Semaphore(parallel)

    async def one(candidate: str) -> InterviewView:
        async with gate:
            return await open_session(runner, pool, candidate)

    started = time.perf_counter()
    views = await asyncio.gather(*(one(c) for c in pool.candidates[:count]))
    return list(views), time.perf_counter() - started


async def load_window(
    runner: InterviewRunner,
    pool: Pool,
    views: list[InterviewView],
    *,
    think_s: float,
    seconds: float,
    seed_value: int,
) -> LoadResult:
    """Each view's candidate answers after a random pause (mean `think_s`) until time is up."""
    turns: list[float] = []
    ready: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def candidate(index: int) -> None:
        nonlocal errors
        rng = random.Random(seed_value * 100_003 + index)
        view = views[index]
        await asyncio.sleep(min(rng.uniform(0, think_s), seconds))
        while time.perf_counter() < deadline:
            try:
                if view.pending is None:
                    view = await open_session(runner, pool, pool.candidates[index])
                view, took = await timed_answer(runner, view, rng)
            except Exception:  # a failed turn is counted, the candidate carries on
                errors += 1
                await asyncio.sleep(think_s)
                continue
            (ready if view.finished else turns).append(took)
            views[index] = view
            pause = rng.expovariate(1 / think_s)
            await asyncio.sleep(max(0.0, min(pause, deadline - time.perf_counter())))

    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(candidate(i) for i in range(len(views))))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    done = len(turns) + len(ready)
    return LoadResult(
        offered_turns_per_s=round(len(views) / think_s, 1),
        achieved_turns_per_s=round(done / elapsed, 1),
        seconds=round(elapsed, 1),
        turns=summary_ms(turns),
        scorecard_ready=summary_ms(ready),
        cpu_ms_per_turn=round(1000 * cpu / done, 1) if done else None,
        errors=errors,
    )


@asynccontextmanager
async def postgres_settings(root: Path) -> AsyncIterator[Settings]:
    """A throwaway PostgreSQL database on loopback, dropped afterwards."""
    import psycopg

    name = f"scout_bench_{uuid.uuid4().hex[:10]}"
    async with await psycopg.AsyncConnection.connect(PG_ADMIN, autocommit=True) as conn:
        await conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield Settings(
            data_dir=root / "pg",
            tenant=TENANT,
            database_url=f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}",
            _env_file=None,
        )
    finally:
        async with await psycopg.AsyncConnection.connect(PG_ADMIN, autocommit=True) as conn:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass(frozen=True)
class Plan:
    """How hard and how long to push."""

    candidates: int
    held: int
    think_s: float
    seconds: float
    steps: tuple[float, ...]
    step_seconds: float


async def run_backend(
    backend: str, settings: Settings, plan: Plan, embedder: Embedder, taxonomy: Taxonomy
) -> BackendResult:
    """Seed, then measure one session, held sessions, the load and the load steps."""
    result = BackendResult(backend=backend)
    settings.ensure_dirs()
    await upgrade(settings)
    pool = await seed(settings, taxonomy, max(plan.held, plan.candidates))
    async with open_interview_runner(settings, embedder=embedder, taxonomy=taxonomy) as runner:
        turns, ready = await single_session(runner, pool)
        result.single_session = summary_ms(turns)
        result.single_scorecard_ready_ms = None if ready is None else round(1000 * ready, 1)
        views, opened = await hold_sessions(runner, pool, plan.held)
        result.held_sessions, result.held_open_seconds = len(views), round(opened, 1)
        active = views[: plan.candidates]
        load = await load_window(
            runner, pool, active, think_s=plan.think_s, seconds=plan.seconds, seed_value=1
        )
        result.load = asdict(load)
        for number, rate in enumerate(plan.steps, start=2):
            step = await load_window(
                runner,
                pool,
                active,
                think_s=len(active) / rate,
                seconds=plan.step_seconds,
                seed_value=number,
            )
            result.steps.append(asdict(step))
            p95 = step.turns["p95_ms"]
            if p95 is not None and p95 > CROSSING_P95_MS:
                result.p95_crosses_1s_at_turns_per_s = step.achieved_turns_per_s
                break
        else:
            top = plan.steps[-1] if plan.steps else plan.candidates / plan.think_s
            result.p95_crosses_1s_at_turns_per_s = f"above {top:g} (not reached)"
    result.peak_rss_mb = peak_rss_mb()
    return result


def print_table(results: list[BackendResult], plan: Plan) -> None:
    """One block per backend: single session, the target load, the steps."""
    for r in results:
        print(f"\n== {r.backend} checkpointer ==")
        s = r.single_session
        print(
            f"1 session: turn p50 {s.get('p50_ms')} ms, p95 {s.get('p95_ms')} ms "
            f"({s.get('n')} turns); scorecard ready {r.single_scorecard_ready_ms} ms "
            "after the last answer"
        )
        print(f"held open: {r.held_sessions} sessions (opened in {r.held_open_seconds} s)")
        header = (
            f"{'offered/s':>10}{'achieved/s':>12}{'turns':>7}{'p50 ms':>9}{'p95 ms':>9}"
            f"{'max ms':>9}{'score p95':>11}{'cpu ms/turn':>12}{'errors':>8}"
        )
        print(header)
        for row in ([r.load] if r.load else []) + r.steps:
            t, c = row["turns"], row["scorecard_ready"]
            print(
                f"{row['offered_turns_per_s']:>10}{row['achieved_turns_per_s']:>12}"
                f"{t['n']:>7}{t['p50_ms']!s:>9}{t['p95_ms']!s:>9}{t['max_ms']!s:>9}"
                f"{c['p95_ms']!s:>11}{row['cpu_ms_per_turn']!s:>12}{row['errors']:>8}"
            )
        if r.load:
            p95 = r.load["turns"]["p95_ms"]
            verdict = "meets" if p95 is not None and p95 <= TARGET_P95_MS else "misses"
            print(
                f"target p95 ≤ {TARGET_P95_MS:g} ms at "
                f"{plan.candidates / plan.think_s:g} turns/s: {verdict} ({p95} ms)"
            )
        print(
            f"p95 crosses 1 s at: {r.p95_crosses_1s_at_turns_per_s} turns/s; "
            f"peak RSS {r.peak_rss_mb} MB"
        )


def make_plan(args: argparse.Namespace) -> Plan:
    """The full plan, or a short smoke run with `--quick`."""
    if args.quick:
        return Plan(
            candidates=80,
            held=200,
            think_s=4.0,
            seconds=15.0,
            steps=(40.0, 60.0),
            step_seconds=10.0,
        )
    return Plan(
        candidates=args.candidates,
        held=args.held,
        think_s=args.think,
        seconds=args.seconds,
        steps=(60.0, 80.0, 120.0, 160.0, 240.0),
        step_seconds=20.0,
    )


async def main(plan: Plan, backends: list[str]) -> dict[str, Any]:
    """Run every backend with one embedder and taxonomy loaded once."""
    load_before = os.getloadavg()
    taxonomy = Taxonomy.load()
    embedder = load_embedder(Settings(_env_file=None))
    results = []
    with tempfile.TemporaryDirectory(prefix="scout-bench-interview-") as tmp:
        root = Path(tmp)
        for backend in backends:
            if backend == "sqlite":
                settings = Settings(data_dir=root / "sqlite", tenant=TENANT, _env_file=None)
                results.append(await run_backend(backend, settings, plan, embedder, taxonomy))
            elif backend == "postgres":
                async with postgres_settings(root) as settings:
                    results.append(await run_backend(backend, settings, plan, embedder, taxonomy))
            else:
                raise SystemExit(f"unknown backend {backend!r}: use sqlite or postgres")
    print_table(results, plan)
    print(f"machine load average (1, 5, 15 min): before {load_before}, after {os.getloadavg()}")
    return {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        },
        "plan": asdict(plan),
        "target_p95_ms": TARGET_P95_MS,
        "backends": [asdict(r) for r in results],
    }


def cli() -> None:
    """Parse arguments, run, write the JSON results."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="A short smoke run (about 1 min).")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--held", type=int, default=1000)
    parser.add_argument("--think", type=float, default=5.0, help="Mean seconds between answers.")
    parser.add_argument("--seconds", type=float, default=60.0, help="Length of the target load.")
    args = parser.parse_args()
    plan = make_plan(args)
    report = asyncio.run(main(plan, [b.strip() for b in args.backends.split(",") if b.strip()]))
    report["quick"] = bool(args.quick)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    out = RESULTS_DIR / "bench_interview.json"
    out.write_text(json.dumps(report, indent=2))
    print(f"written {out}")


if __name__ == "__main__":
    cli()
