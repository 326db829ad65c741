"""Screening: files in, stored candidates, resumes, vectors and match scores out.

The flow of DESIGN §3 as a plain, idempotent pipeline. Files go through in
small groups so that embedding (the slow step) runs on many texts at once,
in a worker thread while the next group is read; each file is then written
in its own transaction, so one bad file never costs the rest. A file whose
resume row is complete is a duplicate and is skipped; a file left half-done
by a crash is simply done again (every write replaces).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.errors import InputError
from core.ingest import IngestResult
from core.stage_clock import StageClock
from store.files import content_key
from store.repositories import resumes as resume_repo
from store.repositories import tenants as tenant_repo
from tools.batch_files import in_groups
from tools.chunking import chunk_resume, resume_embedding_text
from tools.job_targets import JobTarget, load_job_targets
from tools.read_resume import ReadResume, read_resume
from tools.screening_kit import ScreeningKit
from tools.screening_writes import persist_resume, score_existing_resume
from tools.taxonomy import Taxonomy

log = logging.getLogger(__name__)
DONE_STATUSES = frozenset({"indexed", "insufficient"})


@dataclass
class PendingResume:
    """A file read and parsed, waiting for its embeddings and its writes."""

    file: str
    sha: str
    data: bytes
    read: ReadResume
    texts: list[str]
    vectors: np.ndarray | None = None


Slot = IngestResult | PendingResume


@dataclass
class ScreeningRun:
    """One batch: where it writes, for whom, against which jobs, and its clock."""

    kit: ScreeningKit
    tenant_id: str
    targets: list[JobTarget]
    clock: StageClock = field(default_factory=StageClock)
    seen: set[str] = field(default_factory=set)


async def ingest_paths(
    kit: ScreeningKit,
    *,
    tenant_id: str,
    paths: Sequence[Path],
    job_ids: list[str],
    group_size: int | None = None,
    on_result: Callable[[IngestResult], None] | None = None,
    clock: StageClock | None = None,
) -> list[IngestResult]:
    """Ingest every file for the given jobs; returns one result per file, in order."""
    async with kit.store.transaction() as session:
        await tenant_repo.ensure_tenant(session, tenant_id=tenant_id)
    targets = await load_job_targets(kit, tenant_id=tenant_id, job_ids=job_ids)
    run = ScreeningRun(kit=kit, tenant_id=tenant_id, targets=targets, clock=clock or StageClock())
    results: list[IngestResult] = []
    previous: tuple[list[Slot], asyncio.Task[None]] | None = None
    for group in in_groups(paths, group_size or kit.settings.ingest_group_size):
        slots = [await _read_one(run, path) for path in group]
        if previous is not None:
            results += await _finish_group(run, *previous, on_result)
        previous = (slots, asyncio.create_task(_embed_in_thread(run, slots)))
    if previous is not None:
        results += await _finish_group(run, *previous, on_result)
    return results


async def _embed_in_thread(run: ScreeningRun, slots: list[Slot]) -> None:
    """Embed a group off the event loop, so the next group is read meanwhile.

    The embedding runtime releases the GIL, so reading (pure Python) and
    embedding really run side by side on two cores.
    """
    pending = [slot for slot in slots if isinstance(slot, PendingResume)]
    started = time.perf_counter()
    await asyncio.to_thread(_embed_pending, run.kit, pending)
    run.clock.seconds["embed"] += time.perf_counter() - started
    run.clock.calls["embed"] += 1


async def _finish_group(
    run: ScreeningRun,
    slots: list[Slot],
    embedding: asyncio.Task[None],
    on_result: Callable[[IngestResult], None] | None,
) -> list[IngestResult]:
    """Wait for the group's embeddings, then write each file on its own."""
    await embedding
    results: list[IngestResult] = []
    for slot in slots:
        if isinstance(slot, PendingResume):
            with run.clock.measure("persist"):
                slot = await _write_one(run, slot)
        results.append(slot)
        if on_result:
            on_result(slot)
    return results


async def _read_one(run: ScreeningRun, path: Path) -> Slot:
    """Read, dedupe and parse one file; bad input becomes an error result.

    Reading runs in a worker thread so a server's event loop keeps serving
    other people while a batch is read.
    """
    file = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return IngestResult(file=file, status="error", error=f"{path}: {exc.strerror or exc}")
    sha = content_key(data)
    if sha in run.seen:
        return IngestResult(file=file, status="duplicate", resume_id=sha)
    async with run.kit.store.session() as session:
        existing = await resume_repo.get_resume(session, tenant_id=run.tenant_id, resume_id=sha)
    if existing is not None and existing.status in DONE_STATUSES:
        return await _duplicate(run, file, sha)
    run.seen.add(sha)
    try:
        read = await asyncio.to_thread(
            read_resume,
            path.name,
            data,
            settings=run.kit.settings,
            taxonomy=run.kit.taxonomy,
            clock=run.clock,
        )
    except InputError as exc:
        return IngestResult(file=file, status="error", error=str(exc))
    except Exception as exc:  # a parser bug must not stop the batch
        log.exception("could not read %s", file)
        return IngestResult(file=file, status="error", error=f"{path.name}: could not read ({exc})")
    texts = _texts_to_embed(read, run.kit.taxonomy) if read.sufficient else []
    return PendingResume(file=file, sha=sha, data=data, read=read, texts=texts)


def _texts_to_embed(read: ReadResume, taxonomy: Taxonomy) -> list[str]:
    """The resume's search chunks, then its whole-profile text (last)."""
    chunks = chunk_resume(read.parsed, read.document.lines, taxonomy=taxonomy)
    profile = resume_embedding_text(read.parsed, read.document.lines)
    return [chunk.text for chunk in chunks] + [profile]


def _embed_pending(kit: ScreeningKit, pending: list[PendingResume]) -> None:
    """Embed all texts of the group in one call and hand each file its rows."""
    texts = [text for item in pending for text in item.texts]
    if not texts:
        return
    vectors = kit.embedder.embed(texts)
    start = 0
    for item in pending:
        if item.texts:
            item.vectors = vectors[start : start + len(item.texts)]
        start += len(item.texts)


async def _write_one(run: ScreeningRun, item: PendingResume) -> IngestResult:
    """Persist one read resume; a failure here is reported for this file only.

    A resume too thin to judge is stored (the recruiter can see it) but not
    scored; its result says why in `error`, while `status` stays `ingested`.
    """
    try:
        resume_id, candidate_id = await persist_resume(
            run.kit, tenant_id=run.tenant_id, item=item, targets=run.targets, clock=run.clock
        )
    except Exception as exc:
        log.exception("could not store %s", item.file)
        return IngestResult(file=item.file, status="error", error=f"could not store: {exc}")
    reason = item.read.insufficient_reason
    return IngestResult(
        file=item.file,
        status="ingested",
        resume_id=resume_id,
        candidate_id=candidate_id,
        error=f"{Path(item.file).name}: stored but not scored — insufficient evidence: {reason}"
        if reason
        else None,
    )


async def _duplicate(run: ScreeningRun, file: str, sha: str) -> IngestResult:
    """Same bytes as a stored resume: apply it to any new job, store nothing twice."""
    candidate_id = await score_existing_resume(
        run.kit, tenant_id=run.tenant_id, resume_id=sha, targets=run.targets
    )
    return IngestResult(file=file, status="duplicate", resume_id=sha, candidate_id=candidate_id)
