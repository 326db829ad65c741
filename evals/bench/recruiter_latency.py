"""Recruiter answer latency over a large generated pool, on SQLite and on PostgreSQL.

Generates N candidates (default 10,000), each applied to 3 of the 8 demo jobs
(30,000 applications, each with a match score; some with stages, interview
scorecards) and ~4 resume chunks each in the embedded Qdrant index. Rows go
straight into the store in batches and chunk vectors are the embeddings of
the demo's achievement templates plus a little noise, so generation takes
seconds instead of the hours real screening of 10,000 resumes would. Then
asks a fixed set of questions (filters, combinations, counts, semantic,
follow-ups, comparisons, pipeline stats) through the recruiter graph with
the offline brain and reports p50/p95/max per backend.

    python -m evals.bench.recruiter_latency [--quick] [--candidates N] [--rounds R]
                                            [--no-postgres]

`--quick`: 2,000 candidates, one round. Writes evals/results/recruiter_latency.json.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import platform
import random
import socket
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from langgraph.checkpoint.memory import InMemorySaver
from sqlalchemy import text

from agents.offline_recruiter import OfflineRecruiterBrain
from core.context import RunContext
from core.recruiter import STAGES, RecruiterLimits
from core.resume import EducationEntry, ExperienceEntry, ParsedResume, SkillEntry
from core.settings import Settings
from evals.demo.employers import EMPLOYERS
from evals.demo.people import fill_template
from evals.demo.roles import ROLES, Role, skills_named
from graphs.recruiter import ask_recruiter, build_recruiter_graph
from graphs.recruiter_state import RecruiterRuntime
from store.ids import new_id
from store.migrate import upgrade
from store.models import (
    Application,
    Candidate,
    CandidateEmail,
    Interview,
    MatchScoreRow,
    Resume,
    ScorecardRow,
)
from store.vectors.base import VectorPoint
from tools.demo import default_demo_dir
from tools.jobs_service import add_job
from tools.screening_kit import ScreeningKit, open_screening_kit
from tools.taxonomy import Taxonomy

RESULTS = Path(__file__).resolve().parents[1] / "results" / "recruiter_latency.json"
TENANT = "bench"
CLOCK = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
BATCH = 500
APPS_PER_CANDIDATE = 3
TARGET_P95_MS = 300.0
INSERT_ORDER = (Candidate, CandidateEmail, Resume, Application, MatchScoreRow, Interview,
                ScorecardRow)
"""Parents before children: the batch is flushed table by table."""
CITIES = ("Berlin, Germany", "London, UK", "Amsterdam, Netherlands", "Toronto, ON, Canada",
          "Bengaluru, Karnataka", "San Francisco, CA", "Warsaw, Poland", "Lisbon, Portugal",
          "Stockholm, Sweden", "Remote", "Paris, France", "New York, NY")
FIRST = ("Ana", "Wei", "Omar", "Lena", "Ravi", "Sofia", "Jonas", "Amara", "Diego", "Yuki",
         "Noah", "Ines", "Tariq", "Mila", "Kofi", "Hana", "Luca", "Priya", "Sven", "Zoe")
LAST = ("Souza", "Zhang", "Haddad", "Becker", "Iyer", "Rossi", "Berg", "Okafor", "Lopez",
        "Tanaka", "Smith", "Costa", "Rahman", "Novak", "Mensah", "Kim", "Conti", "Rao")
QUESTIONS: tuple[tuple[str, ...], ...] = (
    ("who has 5+ years of Python and scored above 80 for the backend role?",
     "and which of them are in Berlin?", "tell me about the first one"),
    ("who knows Kafka and Kubernetes?",),
    ("how many applied to the data role this week?",),
    ("top 10 candidates for the iOS role",),
    ("who worked at Rivermark Insurance?",),
    ("remote candidates with Terraform",),
    ("who has a master's in statistics?",),
    ("who is in the interview stage for the backend role?",),
    ("candidates with an interview score of at least 4",),
    ("who has worked on payment systems?",),
    ("who in Berlin has built data pipelines?",),
    ("who knows SQL and Tableau with more than 5 years of experience?",),
    ("top 5 for the ML role", "compare the first two"),
    ("pipeline for the backend role",),
    ("how many candidates know Python?",),
)


@dataclass
class Bank:
    """Achievement sentences per role and their embeddings (one per template)."""

    texts: dict[str, list[str]]
    vectors: dict[str, np.ndarray]


def build_bank(kit: ScreeningKit) -> Bank:
    """Embed every role's achievement templates once (a few hundred sentences)."""
    rng = random.Random(1)
    texts = {role.key: [fill_template(rng, b) for b in role.bullets] for role in ROLES}
    flat = [text for role in ROLES for text in texts[role.key]]
    vectors = kit.embedder.embed(flat)
    found, start = {}, 0
    for role in ROLES:
        found[role.key] = vectors[start: start + len(texts[role.key])]
        start += len(texts[role.key])
    return Bank(texts=texts, vectors=found)


@dataclass
class Person:
    """One generated candidate: parsed resume, text, and chunks with their bank rows."""

    name: str
    email: str
    location: str
    role: Role
    parsed: ParsedResume
    chunks: list[tuple[str, int]] = field(default_factory=list)


def _experience(rng: random.Random, role: Role, chunks: list[int]) -> list[ExperienceEntry]:
    """Two to four roles, newest first, with the bullets the chunks come from."""
    entries, end = [], CLOCK.year * 12 + CLOCK.month - 1
    for index in range(rng.randint(2, 4)):
        months = rng.randint(8, 40)
        start = end - months
        bullets = [role.bullets[i] for i in chunks[index::4]] or [role.bullets[0]]
        entries.append(ExperienceEntry(
            title=rng.choice(role.titles[min(3, 3 - index)]), company=rng.choice(EMPLOYERS),
            start=f"{start // 12}-{start % 12 + 1:02d}",
            end=None if index == 0 else f"{end // 12}-{end % 12 + 1:02d}", current=index == 0,
            location="Remote" if rng.random() < 0.1 else None,
            description="\n".join(f"- {fill_template(rng, b)}" for b in bullets),
        ))
        end = start - rng.randint(1, 4)
    return entries


def make_person(rng: random.Random, index: int) -> Person:
    """A plausible candidate of a random career, fully parsed."""
    role = rng.choice(ROLES)
    chunks = rng.sample(range(len(role.bullets)), min(4, len(role.bullets)))
    experience = _experience(rng, role, chunks)
    named = sorted({s for i in chunks for s in skills_named(role.bullets[i])} |
                   set(rng.sample(role.skills, min(4, len(role.skills)))))
    total = round(sum(rng.uniform(0.7, 3.4) for _ in experience), 1)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    parsed = ParsedResume(
        name=name, emails=[f"c{index}@pool.example"], location=rng.choice(CITIES),
        headline=f"{experience[0].title}", summary=f"{role.key.replace('-', ' ')} with "
        f"{total:.0f} years of experience.",
        skills=[SkillEntry(name=s, years=round(rng.uniform(0.5, total), 1)) for s in named],
        experience=experience, total_years_experience=total,
        education=[EducationEntry(degree=rng.choice(("Bachelor of Science", "Master of Science")),
                                  field=rng.choice(role.fields), institution="Pool University")],
        parser_version="pool",
    )
    return Person(name, parsed.emails[0], parsed.location or "", role, parsed,
                  [(role.key, i) for i in chunks])


def canonical_skills(person: Person, taxonomy: Taxonomy) -> None:
    """Store skills under their canonical names, as the parser would."""
    for skill in person.parsed.skills:
        skill.name = taxonomy.canonical(skill.name) or skill.name


def _rows(person: Person, jobs: list[str], rng: random.Random, candidate_id: str) -> list[Any]:
    """Candidate, email, resume, applications, scores (and some interviews) for one person."""
    resume_id = uuid.uuid4().hex
    applied = CLOCK - timedelta(days=rng.randint(0, 250), hours=rng.randint(1, 20))
    rows: list[Any] = [
        Candidate(id=candidate_id, tenant_id=TENANT, name=person.name, emails=[person.email],
                  location=person.location),
        CandidateEmail(tenant_id=TENANT, candidate_id=candidate_id, email=person.email),
        Resume(tenant_id=TENANT, id=resume_id, candidate_id=candidate_id, file_name="pool.txt",
               kind="txt", size_bytes=1000, text=person.parsed.summary or "",
               parsed=person.parsed.model_dump(mode="json"), status="indexed",
               parser_version="pool"),
    ]
    for job_id in rng.sample(jobs, APPS_PER_CANDIDATE):
        rows += _application(rng, candidate_id, resume_id, job_id, applied)
    return rows


def _application(rng: random.Random, candidate_id: str, resume_id: str, job_id: str,
                 applied: datetime) -> list[Any]:
    stage = rng.choices(STAGES, weights=(60, 15, 10, 4, 2, 9))[0]
    app = Application(id=new_id("app_"), tenant_id=TENANT, candidate_id=candidate_id,
                      job_id=job_id, resume_id=resume_id, stage=stage, applied_at=applied,
                      stage_history=[{"stage": "applied", "at": applied.isoformat(), "by": "pool"}])
    overall = round(rng.uniform(20, 98), 1)
    score = MatchScoreRow(
        id=new_id("score_"), tenant_id=TENANT, application_id=app.id, job_id=job_id,
        candidate_id=candidate_id, resume_id=resume_id, overall=overall,
        dimensions=[{"name": "required_skills", "score": overall, "weight": 1.0,
                     "evidence": ["pool"]}],
        scorer_version="pool", parser_version="pool", taxonomy_version="pool",
        weights_version="pool",
    )
    rows: list[Any] = [app, score]
    if stage in ("interview", "offer", "hired"):
        interview = Interview(id=new_id("int_"), tenant_id=TENANT, application_id=app.id,
                              status="completed")
        rows += [interview, ScorecardRow(
            id=new_id("card_"), tenant_id=TENANT, interview_id=interview.id,
            overall=round(rng.uniform(1, 5), 1), brain="offline",
            dimensions=[{"name": "communication", "score": rng.randint(1, 5), "weight": 1.0,
                         "evidence": [{"quote": "I explained it to the team.", "turn": 3}]}],
        )]
    return rows


def _points(person: Person, bank: Bank, noise: np.random.Generator, ids: tuple[str, str]
            ) -> Iterator[VectorPoint]:
    candidate_id, resume_id = ids
    for position, (role, index) in enumerate(person.chunks):
        vector = bank.vectors[role][index] + noise.normal(0, 0.02, bank.vectors[role].shape[1])
        yield VectorPoint(
            id=f"{resume_id}:{position}", vector=(vector / np.linalg.norm(vector)).tolist(),
            payload={"tenant_id": TENANT, "candidate_id": candidate_id, "resume_id": resume_id,
                     "section": "experience", "text": bank.texts[role][index], "skills": [],
                     "years": person.parsed.total_years_experience},
        )


async def add_jobs(kit: ScreeningKit) -> dict[str, str]:
    """The 8 demo jobs, analysed as usual; file stem → job id."""
    found = {}
    for path in sorted((default_demo_dir() / "jobs").glob("*.txt")):
        profile = await add_job(kit.store, settings=kit.settings, taxonomy=kit.taxonomy,
                                tenant_id=TENANT, file_name=path.name, data=path.read_bytes())
        found[path.stem] = profile.id or ""
    return found


async def generate(kit: ScreeningKit, count: int, seed: int = 7) -> dict[str, Any]:
    """Write the pool in batches, then refresh planner statistics; returns counts and seconds.

    A store that grew to this size over weeks has its statistics; one filled
    seconds ago does not, and PostgreSQL would plan joins for ten rows.
    """
    started = time.perf_counter()
    jobs = await add_jobs(kit)
    bank = build_bank(kit)
    rng, noise = random.Random(seed), np.random.default_rng(seed)
    applications = 0
    for first in range(0, count, BATCH):
        rows, points = [], []
        for index in range(first, min(count, first + BATCH)):
            person = make_person(rng, index)
            canonical_skills(person, kit.taxonomy)
            candidate_id = new_id("cand_")
            batch = _rows(person, list(jobs.values()), rng, candidate_id)
            resume_id = next(r.id for r in batch if isinstance(r, Resume))
            applications += sum(isinstance(r, Application) for r in batch)
            rows += batch
            points += list(_points(person, bank, noise, (candidate_id, resume_id)))
        async with kit.store.transaction() as session:
            for kind in INSERT_ORDER:
                session.add_all([row for row in rows if isinstance(row, kind)])
                await session.flush()
        kit.vectors.upsert(points)
    async with kit.store.transaction() as session:
        await session.execute(text("ANALYZE"))
    return {"candidates": count, "applications": applications,
            "chunks": kit.vectors.count(TENANT), "seconds": round(time.perf_counter() - started, 1)}


async def measure(kit: ScreeningKit, rounds: int) -> dict[str, Any]:
    """Ask every question `rounds` times (threads replayed in order); latency in ms.

    The long-lived data loaded at start (taxonomy tries, model) is frozen out of
    the garbage collector first, as a server does after start-up: otherwise a
    full collection walking millions of trie nodes lands inside random answers.
    """
    gc.collect()
    gc.freeze()
    graph = build_recruiter_graph().compile(checkpointer=InMemorySaver())
    runtime = RecruiterRuntime(
        kit=kit, ctx=RunContext(tenant_id=TENANT, role="recruiter"),
        brain=OfflineRecruiterBrain(kit.taxonomy), limits=RecruiterLimits(),
    )
    await ask_recruiter(graph, runtime, thread_id="warm", question="who knows Python?", clock=CLOCK)
    timings: dict[str, list[float]] = {}
    for round_index in range(rounds):
        for thread_index, thread in enumerate(QUESTIONS):
            for question in thread:
                started = time.perf_counter()
                await ask_recruiter(graph, runtime, thread_id=f"r{round_index}t{thread_index}",
                                    question=question, clock=CLOCK)
                timings.setdefault(question, []).append((time.perf_counter() - started) * 1000)
    every = [ms for values in timings.values() for ms in values]
    return {
        "asks": len(every), "p50_ms": round(statistics.median(every), 1),
        "p95_ms": round(float(np.percentile(every, 95)), 1), "max_ms": round(max(every), 1),
        "per_question_p50_ms": {q: round(statistics.median(v), 1) for q, v in timings.items()},
    }


async def run_backend(name: str, settings: Settings, count: int, rounds: int) -> dict[str, Any]:
    """Migrate, generate, measure on one backend."""
    await upgrade(settings)
    async with open_screening_kit(settings) as kit:
        generated = await generate(kit, count)
        print(f"{name}: generated {generated}", flush=True)
        timing = await measure(kit, rounds)
    print(f"{name}: p50 {timing['p50_ms']} ms, p95 {timing['p95_ms']} ms, "
          f"max {timing['max_ms']} ms over {timing['asks']} asks", flush=True)
    return {"backend": name, "generated": generated, **timing,
            "meets_target": timing["p95_ms"] <= TARGET_P95_MS}


def _postgres_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1.0):
            return True
    except OSError:
        return False


def _postgres_database() -> tuple[str, str]:
    """A fresh database for the run: (async URL, name)."""
    import psycopg

    name = f"scout_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}", name


def _drop_postgres(name: str) -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def run(count: int, rounds: int, postgres: bool) -> list[dict[str, Any]]:
    """SQLite + Qdrant Edge, then (when reachable) PostgreSQL + Qdrant Edge."""
    results = []
    with tempfile.TemporaryDirectory(prefix="scout-recruiter-bench-") as folder:
        sqlite = Settings(data_dir=Path(folder) / "sqlite", _env_file=None)
        results.append(await run_backend("sqlite+qdrant-edge", sqlite, count, rounds))
        if postgres and _postgres_up():
            url, name = _postgres_database()
            try:
                pg = Settings(data_dir=Path(folder) / "pg", database_url=url, _env_file=None)
                results.append(await run_backend("postgres+qdrant-edge", pg, count, rounds))
            finally:
                _drop_postgres(name)
    return results


def main(argv: list[str] | None = None) -> int:
    """Command line: generate, measure, print, write JSON."""
    parser = argparse.ArgumentParser(prog="python -m evals.bench.recruiter_latency",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 candidates, one round")
    parser.add_argument("--candidates", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    count = args.candidates or (2_000 if args.quick else 10_000)
    rounds = args.rounds or (1 if args.quick else 3)
    results = asyncio.run(run(count, rounds, not args.no_postgres))
    document = {"config": {"candidates": count, "applications_per_candidate": APPS_PER_CANDIDATE,
                           "rounds": rounds, "questions": sum(len(t) for t in QUESTIONS),
                           "target_p95_ms": TARGET_P95_MS, "brain": "offline",
                           "python": platform.python_version(),
                           "run_at": datetime.now(UTC).isoformat()},
                "results": results}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(document, indent=2) + "\n")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
