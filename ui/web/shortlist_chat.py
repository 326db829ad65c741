"""The recruiter's views of a job: ranked shortlist, chart, evidence, comparison, invitations,
and the scorecards of finished interviews."""

from __future__ import annotations

import chainlit as cl

from core.errors import ScoutError
from tools.interview_listing import (
    FINISHED,
    InterviewListing,
    interview_listing,
    recent_interviews,
)
from tools.jobs_service import list_job_profiles
from tools.shortlist import job_score_values, job_shortlist, shortlist_entry
from ui.invites import invite_to_interview
from ui.web.identity import Identity
from ui.web.render import (
    comparison_table,
    evidence_markdown,
    score_chart,
    scorecard_markdown,
    shortlist_table,
)
from ui.web.runtime import WebRuntime

SHORTLIST_SIZE = 10
ACTION_ROWS = 5


async def _job_title(rt: WebRuntime, who: Identity, job_id: str) -> str | None:
    jobs = await list_job_profiles(rt.kit.store, tenant_id=who.tenant_id)
    return next((job.title or job.id for job in jobs if job.id == job_id), None)


async def show_shortlist(rt: WebRuntime, who: Identity, job_id: str) -> None:
    """The ranked table, the score distribution and actions on the top candidates."""
    title = await _job_title(rt, who, job_id)
    if title is None:
        await cl.Message(f"There is no job {job_id}.").send()
        return
    entries = await job_shortlist(
        rt.kit.store, tenant_id=who.tenant_id, job_id=job_id, limit=SHORTLIST_SIZE
    )
    if not entries:
        await cl.Message(f"**{title}**: no candidates screened yet.").send()
        return
    scores = await job_score_values(rt.kit.store, tenant_id=who.tenant_id, job_id=job_id)
    chart = cl.Pyplot(
        name="score-distribution", figure=score_chart(scores, f"{title}: {len(scores)} scored"),
        display="inline",
    )
    actions = []
    for entry in entries[:ACTION_ROWS]:
        payload = {"job_id": job_id, "candidate_id": entry.candidate_id}
        name = entry.name or entry.candidate_id
        actions.append(cl.Action(name="evidence", payload=payload, label=f"Evidence: {name}"))
        if who.can_screen:
            actions.append(cl.Action(name="invite", payload=payload, label=f"Invite: {name}"))
    if len(entries) >= 2:
        ids = [e.candidate_id for e in entries[:3]]
        actions.append(cl.Action(name="compare", payload={"job_id": job_id, "candidate_ids": ids},
                                 label="Compare the top 3" if len(ids) == 3 else "Compare"))
    content = (
        f"### Shortlist: {title}\n{len(scores)} candidates scored; the top {len(entries)}:\n\n"
        + shortlist_table(entries)
    )
    await cl.Message(content, elements=[chart], actions=actions).send()


async def show_evidence(rt: WebRuntime, who: Identity, job_id: str, candidate_id: str) -> None:
    """Every dimension of one candidate's score for the job, with its evidence."""
    entry = await shortlist_entry(
        rt.kit.store, tenant_id=who.tenant_id, job_id=job_id, candidate_id=candidate_id
    )
    if entry is None:
        await cl.Message("That candidate has no score for this job.").send()
        return
    await cl.Message(f"Rank #{entry.rank}. {evidence_markdown(entry)}").send()


async def compare(rt: WebRuntime, who: Identity, job_id: str, candidate_ids: list[str]) -> None:
    """Candidates side by side for the job."""
    entries = [
        entry for cid in candidate_ids[:5]
        if (entry := await shortlist_entry(
            rt.kit.store, tenant_id=who.tenant_id, job_id=job_id, candidate_id=cid
        )) is not None
    ]
    if len(entries) < 2:
        await cl.Message("Need at least two scored candidates to compare.").send()
        return
    await cl.Message(comparison_table(entries)).send()


async def invite(rt: WebRuntime, who: Identity, job_id: str, candidate_id: str) -> None:
    """Open the interview and give the recruiter the link to send."""
    if not who.can_screen:
        await cl.Message("Only recruiters can invite candidates.").send()
        return
    try:
        link = await invite_to_interview(
            rt.interviews, rt.settings, rt.key, tenant_id=who.tenant_id, job_id=job_id,
            candidate_id=candidate_id,
        )
    except ScoutError as exc:
        await cl.Message(f"Could not invite: {exc}").send()
        return
    await cl.Message(
        f"Interview {link.interview_id} is ready. Send the candidate this link "
        f"(it works until {link.expires_at:%d %b %Y %H:%M} UTC):\n\n`{link.url}`"
    ).send()


def _interview_label(item: InterviewListing) -> str:
    return f"Scorecard: {item.candidate_name or item.candidate_id} ({item.job_title})"


async def list_scorecards(rt: WebRuntime, who: Identity, *, quiet: bool = False) -> None:
    """Finished interviews, each with a button for its scorecard."""
    finished = await recent_interviews(rt.kit.store, tenant_id=who.tenant_id, statuses=FINISHED)
    if not finished:
        if not quiet:
            await cl.Message("No interview has finished yet.").send()
        return
    actions = [
        cl.Action(name="scorecard", payload={"interview_id": item.interview_id},
                  label=_interview_label(item))
        for item in finished[:10]
    ]
    lines = [f"- {item.candidate_name or item.candidate_id}, {item.job_title}: {item.status}"
             for item in finished[:10]]
    await cl.Message("**Finished interviews**\n" + "\n".join(lines), actions=actions).send()


async def show_scorecard(rt: WebRuntime, who: Identity, interview_id: str) -> None:
    """One interview's scorecard with quotes from the transcript."""
    try:
        report = await rt.interviews.report(tenant_id=who.tenant_id, interview_id=interview_id)
    except ScoutError as exc:
        await cl.Message(str(exc)).send()
        return
    item = await interview_listing(rt.kit.store, tenant_id=who.tenant_id,
                                   interview_id=interview_id)
    title = f"{item.candidate_name} — {item.job_title}" if item else interview_id
    await cl.Message(scorecard_markdown(report, title)).send()


async def show_jobs(rt: WebRuntime, who: Identity) -> None:
    """The tenant's jobs, each with a button for its shortlist."""
    jobs = await list_job_profiles(rt.kit.store, tenant_id=who.tenant_id)
    if not jobs:
        return
    actions = [cl.Action(name="shortlist", payload={"job_id": job.id},
                         label=f"Shortlist: {job.title or job.id}") for job in jobs[-12:]]
    await cl.Message(f"**Jobs** ({len(jobs)})", actions=actions).send()
