"""`move_stage`: move a candidate's application to another stage — in two steps.

`propose_stage_move` only reads: it finds the application the recruiter
means and describes the change. Nothing is written until the recruiter says
yes; then `apply_stage_move` re-checks the scope, changes the stage and
writes the audit entry (who, what, from, to) in the same transaction, so the
log can never claim a move that was rolled back.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from core.context import RunContext
from core.errors import NotFound
from core.recruiter import STAGES, CandidateRef, StageMove, StageName
from store.repositories import applications as application_repo
from store.repositories import audit as audit_repo
from store.repositories import search as search_repo
from tools.recruiter_kit import RecruiterKit
from tools.recruiter_names import resolve_references
from tools.recruiter_scope import Scope, resolve_scope

AUDIT_ACTION = "application.stage_changed"
YES = frozenset({"yes", "y", "yep", "yeah", "confirm", "confirmed", "ok", "okay", "sure",
                 "do it", "go ahead", "please do", "yes please", "approve", "approved"})


def is_confirmation(reply: object) -> bool:
    """Whether a reply to "Move …?" says yes (anything else cancels)."""
    text = " ".join(str(reply or "").casefold().strip(" .!?").split())
    return text in YES


async def _application_of(
    session: AsyncSession, scope: Scope, ref: CandidateRef, job_id: str | None
) -> StageMove:
    """The one application the move is about, or a move that says what is missing."""
    facts = await search_repo.matching_applications(
        session,
        tenant_id=scope.tenant_id,
        candidate_ids=[ref.id],
        conditions=[],
        scope_job_ids=scope.job_ids,
    )
    hits = facts.get(ref.id, [])
    if job_id:
        hits = [h for h in hits if h.application.job_id == job_id]
    if len(hits) != 1:
        jobs = ", ".join(h.job_title for h in facts.get(ref.id, [])) or "no job you can see"
        problem = (
            f"{ref.name} has no application to that job (applied to: {jobs})."
            if job_id or not hits
            else f"{ref.name} applied to several jobs ({jobs}); say which one."
        )
        return StageMove(candidate=ref, problem=problem)
    hit = hits[0]
    return StageMove(
        candidate=ref,
        application_id=hit.application.id,
        job_id=hit.application.job_id,
        job_title=hit.job_title,
        from_stage=hit.application.stage,
    )


async def propose_stage_move(
    kit: RecruiterKit, ctx: RunContext, *, candidate: str, stage: str, job_id: str | None = None
) -> StageMove:
    """Describe the move (read only); `problem` says why it cannot be made, if it cannot."""
    if stage not in STAGES:
        return StageMove(problem=f"Unknown stage “{stage}”; stages are {', '.join(STAGES)}.")
    async with kit.store.session() as session:
        scope = await resolve_scope(session, ctx)
        resolved = await resolve_references(session, scope, [candidate])
        if not resolved.refs:
            return StageMove(problem=" ".join(resolved.notes))
        move = await _application_of(session, scope, resolved.refs[0], job_id)
    move = move.model_copy(update={"to_stage": stage})
    if move.problem is None and move.from_stage == stage:
        move = move.model_copy(
            update={
                "problem": f"{move.candidate.name if move.candidate else ''}"
                f" is already at stage {stage}."
            }
        )
    return move


async def apply_stage_move(kit: RecruiterKit, ctx: RunContext, move: StageMove) -> StageMove:
    """Make a confirmed move and audit it; the scope is checked again before writing."""
    if move.problem or not move.application_id or not move.to_stage or not move.job_id:
        raise NotFound(move.problem or "Nothing to move.")
    to_stage: StageName = move.to_stage
    async with kit.store.transaction() as session:
        scope = await resolve_scope(session, ctx)
        if not scope.visible(move.job_id):
            raise NotFound("That application is not one you can change.")
        before = await application_repo.get_application(
            session, tenant_id=scope.tenant_id, application_id=move.application_id
        )
        from_stage = before.stage
        await application_repo.set_stage(
            session,
            tenant_id=scope.tenant_id,
            application_id=move.application_id,
            stage=to_stage,
            by=scope.actor,
        )
        await audit_repo.record(
            session,
            tenant_id=scope.tenant_id,
            actor=scope.actor,
            action=AUDIT_ACTION,
            entity="application",
            entity_id=move.application_id,
            detail={
                "candidate_id": move.candidate.id if move.candidate else None,
                "job_id": move.job_id,
                "from": from_stage,
                "to": to_stage,
                "via": "recruiter assistant",
            },
        )
    return move.model_copy(update={"from_stage": from_stage, "applied": True})
