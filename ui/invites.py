"""Inviting a candidate to an interview: open the interview, sign a link to it.

Shared by the chat app's "Invite" action and `scout interview invite`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel

from core.settings import Settings
from graphs.interview_runner import InterviewRunner
from tools.invitations import create_invitation, invitation_url, read_invitation


class InvitationLink(BaseModel):
    """The link to send, and what it opens."""

    interview_id: str
    url: str
    expires_at: datetime


async def invite_to_interview(
    runner: InterviewRunner, settings: Settings, key: str, *, tenant_id: str, job_id: str,
    candidate_id: str,
) -> InvitationLink:
    """Open (or reuse) the application's interview and sign a link to it."""
    view = await runner.start(tenant_id=tenant_id, job_id=job_id, candidate_id=candidate_id)
    token = create_invitation(
        key, tenant_id=tenant_id, interview_id=view.interview_id,
        ttl=timedelta(hours=settings.invitation_ttl_hours),
    )
    invitation = read_invitation(key, token)
    return InvitationLink(
        interview_id=view.interview_id,
        url=invitation_url(settings.resolved_public_url, token),
        expires_at=invitation.expires_at,
    )
