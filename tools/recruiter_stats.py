"""`pipeline_stats`: per job, how many applications sit in each stage and how they score.

Counts by stage, the spread of match scores in buckets of twenty, the median
and mean, and the average days applications spend in each stage (read from
their stage histories; the current stage counts up to now).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

from core.context import RunContext
from core.recruiter import STAGES, JobStats, PipelineStats
from store.repositories import search as search_repo
from store.repositories.search import PipelineRow
from tools.recruiter_kit import RecruiterKit
from tools.recruiter_scope import resolve_scope

BUCKETS = ((0, 20), (20, 40), (40, 60), (60, 80), (80, 101))


def _bucket(score: float) -> str:
    for low, high in BUCKETS:
        if low <= score < high:
            return f"{low}–{min(high, 100)}"
    return "80–100"


def _when(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def days_in_stage(rows: Sequence[PipelineRow], now: datetime) -> dict[str, float]:
    """Average days spent per stage, from each application's history (oldest first)."""
    spent: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        entries = [(e.get("stage"), _when(e.get("at"))) for e in row.history]
        entries = [(stage, at) for stage, at in entries if stage and at]
        for (stage, start), (_, end) in zip(entries, [*entries[1:], (None, now)], strict=True):
            if end is not None and start is not None:
                spent[str(stage)].append(max((end - start).total_seconds(), 0) / 86_400)
    return {stage: round(statistics.fmean(v), 1) for stage, v in spent.items() if v}


def job_stats(job_id: str, title: str, rows: Sequence[PipelineRow], now: datetime) -> JobStats:
    """One job's numbers from its application rows."""
    by_stage = {stage: 0 for stage in STAGES}
    for row in rows:
        by_stage[row.stage] = by_stage.get(row.stage, 0) + 1
    scores = [row.score for row in rows if row.score is not None]
    buckets = {f"{low}–{min(high, 100)}": 0 for low, high in BUCKETS}
    for score in scores:
        buckets[_bucket(score)] += 1
    return JobStats(
        job_id=job_id,
        job_title=title,
        applications=len(rows),
        by_stage=by_stage,
        score_buckets=buckets,
        score_median=round(statistics.median(scores), 1) if scores else None,
        score_mean=round(statistics.fmean(scores), 1) if scores else None,
        days_in_stage=days_in_stage(rows, now),
    )


async def pipeline_stats(
    kit: RecruiterKit,
    ctx: RunContext,
    *,
    job_ids: list[str] | None = None,
    now: datetime | None = None,
) -> PipelineStats:
    """Pipeline numbers for the jobs asked about (default: every job the asker can see)."""
    now = now or datetime.now(UTC)
    async with kit.store.session() as session:
        scope = await resolve_scope(session, ctx)
        wanted = [job for job in scope.jobs if not job_ids or job.id in job_ids]
        notes = []
        if job_ids and len(wanted) < len(set(job_ids)):
            notes.append("A job asked about is not one you can see; it was left out.")
        jobs = []
        for job in wanted:
            rows = await search_repo.pipeline_rows(
                session, tenant_id=scope.tenant_id, job_id=job.id
            )
            jobs.append(job_stats(job.id, job.title, rows, now))
    return PipelineStats(jobs=jobs, notes=notes)
