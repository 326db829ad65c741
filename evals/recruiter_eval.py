"""Recruiter questions eval: ask every question of `recruiter_questions.jsonl`, score the answers.

Loads the demo (8 jobs, 60 resumes, every resume applied to every job and
scored) into a fresh data folder, adds the pipeline the questions assume
(`FIXTURE`: applied dates, stages, interview scorecards — the facts the
demo files cannot carry), then asks each question through the recruiter
graph with the offline brain, thread by thread, with the clock fixed at
`CLOCK`. Expected answers name demo resumes by file (`01-emilie-roy`); the
candidate ids they map to come from the load.

Per question: exact set match and F1 of the candidate ids named (or exact
count / required phrases). Printed per question type, and split into
structured (target ≥ 90% exact) and semantic (target ≥ 0.8 mean F1).
Writes `evals/results/recruiter_eval.json` with the full configuration.

    python -m evals.recruiter_eval [--data-dir DIR] [--reuse]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from langgraph.checkpoint.memory import InMemorySaver
from sqlalchemy import select

from agents.offline_recruiter import OfflineRecruiterBrain
from core.context import RunContext
from core.recruiter import Answer, RecruiterLimits
from core.settings import Settings
from core.versions import PARSER_VERSION, SCORER_VERSION
from graphs.recruiter import ask_recruiter, build_recruiter_graph
from graphs.recruiter_state import RecruiterRuntime
from store.ids import new_id
from store.migrate import upgrade
from store.models import Application, Interview, MatchScoreRow, ScorecardRow
from store.repositories import applications as application_repo
from tools.demo import default_demo_dir, load_demo
from tools.screening_kit import ScreeningKit, open_screening_kit

NAME = "recruiter_eval"
HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "recruiter_questions.jsonl"
RESULTS = HERE / "results" / f"{NAME}.json"
TENANT = "demo"
CLOCK = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
"""The eval's "now" (a Friday): "this week" starts on Monday 2026-11-16."""
STRUCTURED_TARGET, SEMANTIC_TARGET = 0.90, 0.80
SCORER_PLACEHOLDER = "{scorer_version}"  # in expected text: the running scorer's version


def applied_days_ago(number: int) -> int:
    """Days before CLOCK that demo resume `number` (1–60) applied to every job."""
    return (number * 38) % 265


FIXTURE: dict[str, Any] = {
    "stages": [
        # (resume, job file stem, stage)
        ("01-emilie-roy", "backend-engineer", "interview"),
        ("02-lea-moreau", "backend-engineer", "offer"),
        ("05-joy-reyes", "backend-engineer", "screened"),
        ("04-suresh-venkatesan", "backend-engineer", "rejected"),
        ("10-nils-holm", "data-engineer", "interview"),
        ("09-hyunwoo-park", "data-engineer", "screened"),
        ("08-tunde-adebayo", "data-engineer", "screened"),
        ("11-eoin-doyle", "data-engineer", "rejected"),
        ("50-abena-owusu", "ios-engineer", "interview"),
        ("51-zhiyuan-chen", "ios-engineer", "hired"),
    ],
    "scorecards": [
        # (resume, job, overall 1–5, {dimension: (score, quote)})
        ("01-emilie-roy", "backend-engineer", 4.2,
         {"communication": (4, "I explained the migration plan to the whole team first."),
          "python": (5, "We profiled the Django views and removed the N+1 queries.")}),
        ("02-lea-moreau", "backend-engineer", 3.4,
         {"communication": (3, "I mostly worked on my own tickets."),
          "python": (4, "Our services process orders in Python and Django.")}),
        ("10-nils-holm", "data-engineer", 4.6,
         {"communication": (5, "I wrote the runbook and walked the analysts through it."),
          "python": (4, "The Spark jobs are written in Python.")}),
        ("50-abena-owusu", "ios-engineer", 2.8,
         {"communication": (2, "I am not sure how to explain it."),
          "swift": (3, "I built the settings screen in SwiftUI.")}),
        ("51-zhiyuan-chen", "ios-engineer", 4.0,
         {"communication": (4, "I demoed the release pipeline to product every sprint."),
          "swift": (5, "I moved our networking layer to async/await in Swift.")}),
    ],
}


@dataclass
class Loaded:
    """The demo in the store: ids per resume and job file stem, and the stored match scores."""

    candidates: dict[str, str]
    jobs: dict[str, str]
    scores: dict[tuple[str, str], float] = field(default_factory=dict)


async def load(kit: ScreeningKit) -> Loaded:
    """Load the demo (idempotent) and map resume and job file stems to ids."""
    demo_dir = default_demo_dir()
    loaded = await load_demo(kit, tenant_id=TENANT, demo_dir=demo_dir)
    candidates = {Path(r.file).stem: r.candidate_id for r in loaded.results if r.candidate_id}
    stems = sorted(p.stem for p in (demo_dir / "jobs").glob("*.txt"))
    jobs = {stem: job.id for stem, job in zip(stems, loaded.jobs, strict=True) if job.id}
    async with kit.store.session() as session:
        rows = await session.execute(
            select(MatchScoreRow.candidate_id, MatchScoreRow.job_id, MatchScoreRow.overall)
            .where(MatchScoreRow.tenant_id == TENANT)
        )
        scores = {(c, j): overall for c, j, overall in rows.all()}
    return Loaded(candidates=candidates, jobs=jobs, scores=scores)


async def _application(session, loaded: Loaded, resume: str, job: str) -> Application:
    [application] = await application_repo.list_applications(
        session, tenant_id=TENANT, candidate_id=loaded.candidates[resume], job_id=loaded.jobs[job]
    )
    return application


async def apply_fixture(kit: ScreeningKit, loaded: Loaded) -> None:
    """Applied dates, stages and scorecards the questions assume (rewritten on every run)."""
    async with kit.store.transaction() as session:
        for stem, candidate_id in loaded.candidates.items():
            when = CLOCK - timedelta(days=applied_days_ago(int(stem[:2])), hours=2)
            for app in await application_repo.list_applications(
                session, tenant_id=TENANT, candidate_id=candidate_id
            ):
                app.applied_at = when
        for resume, job, stage in FIXTURE["stages"]:
            app = await _application(session, loaded, resume, job)
            await application_repo.set_stage(
                session, tenant_id=TENANT, application_id=app.id, stage=stage, by="eval"
            )
        for resume, job, overall, dimensions in FIXTURE["scorecards"]:
            app = await _application(session, loaded, resume, job)
            if await session.scalar(select(Interview.id).where(
                Interview.tenant_id == TENANT, Interview.application_id == app.id
            )):
                continue
            interview = Interview(id=new_id("int_"), tenant_id=TENANT, application_id=app.id,
                                  status="completed")
            session.add(interview)
            await session.flush()
            session.add(ScorecardRow(
                id=new_id("card_"), tenant_id=TENANT, interview_id=interview.id,
                overall=overall, brain="offline", recommendation="yes" if overall >= 4 else "no",
                dimensions=[{"name": name, "score": score, "weight": 1.0,
                             "evidence": [{"quote": quote, "turn": 3}]}
                            for name, (score, quote) in dimensions.items()],
            ))


def _f1(got: set[str], want: set[str]) -> tuple[float, float, float]:
    if not got and not want:
        return 1.0, 1.0, 1.0
    hits = len(got & want)
    precision = hits / len(got) if got else 0.0
    recall = hits / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def by_score(rule: dict[str, Any], loaded: Loaded) -> list[str]:
    """Resume stems a match-score rule selects from the scores in the store, best first.

    Match scores are the scorer's output, not demo facts: questions that
    filter on them carry the rule, and the ids written beside it are what
    `scorer-1.0.0` gave. Recomputing from the store keeps a scorer change
    from showing up as a recruiter-assistant regression.
    """
    job = loaded.jobs[rule["job"]]
    among = rule.get("among") or list(loaded.candidates)
    scored = [(loaded.scores.get((loaded.candidates[s], job)), s) for s in among]
    kept = [(v, s) for v, s in scored if v is not None
            and v >= rule.get("min", -1.0) and v <= rule.get("max", 101.0)]
    kept.sort(key=lambda pair: (-pair[0], pair[1]))
    return [s for _, s in kept][: rule.get("top")]


def score_answer(question: dict, answer: Answer, loaded: Loaded) -> dict[str, Any]:
    """Exact match and F1 of one answer against its expectation."""
    expected = dict(question["expected"])
    got = {c.id for c in answer.candidates}
    result: dict[str, Any] = {"exact": True, "f1": 1.0}
    if "score_rule" in expected:
        recomputed = by_score(expected["score_rule"], loaded)
        result["expectation_moved"] = sorted(recomputed) != sorted(expected.get("ids", []))
        expected["ids"] = recomputed
    if "ids" in expected:
        want = {loaded.candidates[stem] for stem in expected["ids"]}
        precision, recall, f1 = _f1(got, want)
        names = {v: k for k, v in loaded.candidates.items()}
        result.update(exact=got == want, f1=f1, precision=precision, recall=recall,
                      missing=sorted(names.get(i, i) for i in want - got),
                      extra=sorted(names.get(i, i) for i in got - want))
    if "count" in expected:
        ok = answer.count == expected["count"]
        result.update(exact=result["exact"] and ok, count=answer.count)
        result["f1"] = result["f1"] if ok else 0.0
    text = answer.text + " " + " ".join(answer.notes)
    wanted = [p.replace(SCORER_PLACEHOLDER, SCORER_VERSION) for p in expected.get("contains", [])]
    missing_text = [p for p in wanted if p not in text]
    if missing_text:
        result.update(exact=False, f1=0.0, missing_text=missing_text)
    return result


async def ask_all(kit: ScreeningKit, loaded: Loaded, questions: list[dict]) -> list[dict]:
    """Every question through the graph, threads kept apart, timed."""
    graph = build_recruiter_graph().compile(checkpointer=InMemorySaver())
    runtime = RecruiterRuntime(kit=kit, ctx=RunContext(tenant_id=TENANT, role="recruiter"),
                               brain=OfflineRecruiterBrain(kit.taxonomy),
                               limits=RecruiterLimits())
    rows = []
    for question in questions:
        started = time.perf_counter()
        thread = question.get("thread", question["id"])
        answer = await ask_recruiter(graph, runtime, thread_id=thread,
                                     question=question["question"], clock=CLOCK)
        elapsed = (time.perf_counter() - started) * 1000
        scored = score_answer(question, answer, loaded)
        rows.append({"id": question["id"], "type": question["type"], "kind": question["kind"],
                     "question": question["question"], "ms": round(elapsed, 1),
                     "answer": answer.text[:300], **scored})
    return rows


def summarise(rows: list[dict]) -> dict[str, Any]:
    """Exact-set accuracy and mean F1 per question type and per kind."""
    by_type: dict[str, list[dict]] = defaultdict(list)
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_type[row["type"]].append(row)
        by_kind[row["kind"]].append(row)

    def stats(group: list[dict]) -> dict[str, float]:
        return {"n": len(group),
                "exact": round(sum(r["exact"] for r in group) / len(group), 3),
                "f1": round(statistics.fmean(r["f1"] for r in group), 3)}

    return {"by_type": {k: stats(v) for k, v in sorted(by_type.items())},
            "by_kind": {k: stats(v) for k, v in sorted(by_kind.items())},
            "latency_ms": {"p50": round(statistics.median(r["ms"] for r in rows), 1),
                           "max": round(max(r["ms"] for r in rows), 1)}}


def print_report(rows: list[dict], summary: dict[str, Any]) -> None:
    """The per-type table, the kind totals against targets, and every miss."""
    print(f"\n{'type':<16}{'n':>4}{'exact':>8}{'F1':>8}")
    for name, s in summary["by_type"].items():
        print(f"{name:<16}{s['n']:>4}{s['exact']:>8.0%}{s['f1']:>8.2f}")
    structured = summary["by_kind"].get("structured", {"exact": 0.0, "n": 0})
    semantic = summary["by_kind"].get("semantic", {"f1": 0.0, "n": 0})
    print(f"\nstructured: {structured['exact']:.0%} exact over {structured['n']} "
          f"(target ≥ {STRUCTURED_TARGET:.0%})")
    print(f"semantic:   F1 {semantic['f1']:.2f} over {semantic['n']} "
          f"(target ≥ {SEMANTIC_TARGET:.2f})")
    print(f"latency: p50 {summary['latency_ms']['p50']} ms, max {summary['latency_ms']['max']} ms")
    for row in rows:
        if not row["exact"]:
            keys = ("missing", "extra", "count", "missing_text")
            detail = {k: row[k] for k in keys if row.get(k)}
            print(f"  miss {row['id']} [{row['type']}] {row['question']} {detail}")


async def run(data_dir: Path) -> dict[str, Any]:
    """Load, fix up, ask, score; returns the results document."""
    settings = Settings(data_dir=data_dir, _env_file=None)
    await upgrade(settings)
    questions = [json.loads(line) for line in QUESTIONS.read_text().splitlines() if line.strip()]
    async with open_screening_kit(settings) as kit:
        started = time.perf_counter()
        loaded = await load(kit)
        await apply_fixture(kit, loaded)
        load_seconds = time.perf_counter() - started
        rows = await ask_all(kit, loaded, questions)
    summary = summarise(rows)
    return {
        "config": {"brain": "offline", "clock": CLOCK.isoformat(), "tenant": TENANT,
                   "questions": len(questions), "limits": RecruiterLimits().model_dump(),
                   "parser_version": PARSER_VERSION, "scorer_version": SCORER_VERSION,
                   "embedding_backend": settings.embedding_backend,
                   "python": platform.python_version(), "load_seconds": round(load_seconds, 1),
                   "run_at": datetime.now(UTC).isoformat()},
        "summary": summary, "questions": rows,
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: run the eval, print the tables, write the JSON."""
    parser = argparse.ArgumentParser(prog="python -m evals.recruiter_eval",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="reuse this data folder (kept)")
    args = parser.parse_args(argv)
    if args.data_dir:
        document = asyncio.run(run(args.data_dir))
    else:
        with tempfile.TemporaryDirectory(prefix="scout-recruiter-eval-") as folder:
            document = asyncio.run(run(Path(folder)))
    print_report(document["questions"], document["summary"])
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
