"""Recruiter uploads in the chat: JDs become jobs, resumes are screened with live progress."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

import chainlit as cl

from core.errors import ProtectedCriterion, ScoutError
from core.ingest import IngestResult
from core.job import JobProfile
from tools.jobs_service import add_job, list_job_profiles
from tools.screening import ingest_paths
from ui.web.identity import Identity
from ui.web.render import ingest_summary, unscreened_note
from ui.web.runtime import WebRuntime
from ui.web.shortlist_chat import show_shortlist
from ui.web.uploads import Upload, sort_uploads, staged

CURRENT_JOB = "job_id"


def uploads_of(message: cl.Message) -> list[Upload]:
    """The files attached to a message (elements with a path on disk)."""
    return [
        Upload(name=element.name, path=Path(element.path))
        for element in message.elements or []
        if getattr(element, "path", None)
    ]


async def screen_uploads(rt: WebRuntime, who: Identity, uploads: list[Upload]) -> None:
    """Add the JDs among the files, screen the resumes against them, show the shortlist."""
    if not who.can_screen:
        await cl.Message("Only recruiters can upload and screen files.").send()
        return
    if len(uploads) > rt.settings.max_upload_files:
        await cl.Message(
            f"That is {len(uploads)} files; send at most {rt.settings.max_upload_files} at once."
        ).send()
        return
    with staged(rt.settings, uploads) as paths:
        sorted_uploads = await sort_uploads(paths, rt.settings)
        jobs = [await _add_job(rt, who, name, data) for name, data in sorted_uploads.jobs]
        jobs = [job for job in jobs if job is not None]
        if not sorted_uploads.resumes:
            for job in jobs:
                await show_shortlist(rt, who, job.id or "")
            return
        if sorted_uploads.jobs and not jobs:  # sent for a job that was not added
            names = [name for name, _ in sorted_uploads.jobs]
            await cl.Message(unscreened_note(len(sorted_uploads.resumes), names)).send()
            return
        targets = jobs or await _current_jobs(rt, who)
        if not targets:
            return
        results = await _screen(rt, who, sorted_uploads.resumes, targets)
    await cl.Message(ingest_summary(_named(results))).send()
    for job in targets:
        cl.user_session.set(CURRENT_JOB, job.id)
        await show_shortlist(rt, who, job.id or "")


def _named(results: Sequence[IngestResult]) -> list[IngestResult]:
    return [r.model_copy(update={"file": Path(r.file).name}) for r in results]


async def _add_job(rt: WebRuntime, who: Identity, name: str, data: bytes) -> JobProfile | None:
    """Analyse and store one JD, shown as a step with what was read from it."""
    async with cl.Step(name=f"Job description: {name}", type="tool") as step:
        step.input = name
        try:
            job = await add_job(
                rt.kit.store, settings=rt.settings, taxonomy=rt.kit.taxonomy,
                tenant_id=who.tenant_id, file_name=name, data=data,
            )
        except ProtectedCriterion as exc:
            step.is_error = True
            step.output = f"Not added: {exc}"
            await cl.Message(f"**{name}** was not added. {exc}").send()
            return None
        except ScoutError as exc:
            step.is_error = True
            step.output = f"Could not read {name}: {exc}"
            await cl.Message(f"**{name}** could not be read: {exc}").send()
            return None
        step.output = (
            f"**{job.title}** ({job.id})\n\nRequired: {', '.join(job.required_skills) or '—'}\n\n"
            f"Preferred: {', '.join(job.preferred_skills) or '—'}\n\n"
            f"Minimum years: {job.min_years_experience or '—'}"
        )
    cl.user_session.set(CURRENT_JOB, job.id)
    return job


async def _current_jobs(rt: WebRuntime, who: Identity) -> list[JobProfile]:
    """The job these resumes are for: the one in focus, else the recruiter picks."""
    jobs = await list_job_profiles(rt.kit.store, tenant_id=who.tenant_id)
    by_id = {job.id: job for job in jobs}
    current = cl.user_session.get(CURRENT_JOB)
    if current in by_id:
        return [by_id[current]]
    if not jobs:
        await cl.Message(
            "These look like resumes, and there is no job to screen them against yet. "
            "Send the job description with them (or first)."
        ).send()
        return []
    choice = await cl.AskActionMessage(
        content="Which job are these resumes for?",
        actions=[cl.Action(name="job", payload={"job_id": j.id}, label=j.title or j.id or "")
                 for j in jobs[-10:]],
        timeout=300,
    ).send()
    picked = by_id.get((choice or {}).get("payload", {}).get("job_id"))
    return [picked] if picked else []


async def _screen(
    rt: WebRuntime, who: Identity, paths: list[Path], jobs: list[JobProfile]
) -> list[IngestResult]:
    """Ingest the resumes with a task per file and a step per outcome."""
    tasks = cl.TaskList(status=f"Screening {len(paths)} resumes")
    by_file: dict[str, cl.Task] = {}
    for path in paths:
        by_file[str(path)] = cl.Task(title=path.name, status=cl.TaskStatus.RUNNING)
        await tasks.add_task(by_file[str(path)])
    await tasks.send()
    done: asyncio.Queue[IngestResult | None] = asyncio.Queue()
    async with cl.Step(name=f"Screening {len(paths)} resumes", type="run") as parent:
        shower = asyncio.create_task(_show_results(done, tasks, by_file, parent.id))
        try:
            results = await ingest_paths(
                rt.kit, tenant_id=who.tenant_id, paths=paths,
                job_ids=[job.id for job in jobs if job.id], on_result=done.put_nowait,
            )
        finally:
            done.put_nowait(None)
            await shower
        parent.output = ingest_summary(_named(results))
    failed = sum(r.status == "error" for r in results)
    tasks.status = f"Screened {len(results)} resumes" + (f", {failed} failed" if failed else "")
    await tasks.send()
    return results


async def _show_results(
    done: asyncio.Queue[IngestResult | None], tasks: cl.TaskList, by_file: dict[str, cl.Task],
    parent_id: str,
) -> None:
    """Mark each file's task and add its step as its result arrives."""
    while (result := await done.get()) is not None:
        name = Path(result.file).name
        async with cl.Step(name=name, type="tool", parent_id=parent_id) as step:
            step.is_error = result.status == "error"
            step.output = result.error if result.error else f"{result.status} ({result.resume_id})"
        task = by_file.get(result.file)
        if task is not None:
            task.status = cl.TaskStatus.FAILED if step.is_error else cl.TaskStatus.DONE
            await tasks.send()
