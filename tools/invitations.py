"""Signed, expiring interview invitations: a link that opens one interview and nothing else.

The token is a JWT (HS256) naming the tenant and the interview, with an
expiry; its audience keeps it from being used as any other kind of token.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
from pydantic import BaseModel

from core.errors import ScoutError

AUDIENCE = "scout-interview"


class InvitationError(ScoutError):
    """An invitation link that cannot be used, with a reason a candidate can read."""


class InvitationExpired(InvitationError):
    """A genuine link whose time is up."""


class Invitation(BaseModel):
    """Who the link lets in: one interview of one tenant, until it expires."""

    tenant_id: str
    interview_id: str
    expires_at: datetime


def create_invitation(
    key: str, *, tenant_id: str, interview_id: str, ttl: timedelta, now: datetime | None = None
) -> str:
    """A token for the interview, valid for `ttl`."""
    issued = now or datetime.now(UTC)
    claims = {
        "aud": AUDIENCE,
        "tenant": tenant_id,
        "interview": interview_id,
        "iat": int(issued.timestamp()),
        "exp": int((issued + ttl).timestamp()),
    }
    return jwt.encode(claims, key, algorithm="HS256")


def read_invitation(key: str, token: str, *, now: datetime | None = None) -> Invitation:
    """The invitation a token carries; InvitationError when expired, altered or not one."""
    at = now or datetime.now(UTC)
    try:
        claims = jwt.decode(
            token, key, algorithms=["HS256"], audience=AUDIENCE,
            options={"verify_exp": False, "verify_iat": False,
                     "require": ["exp", "tenant", "interview"]},
        )
    except jwt.PyJWTError as exc:
        raise InvitationError(
            "This invitation link is not valid. Ask the recruiter for a new one."
        ) from exc
    expires = datetime.fromtimestamp(int(claims["exp"]), UTC)
    if at >= expires:
        raise InvitationExpired(
            f"This invitation link expired on {expires:%d %B %Y at %H:%M} UTC. "
            "Ask the recruiter for a new one."
        )
    return Invitation(
        tenant_id=str(claims["tenant"]), interview_id=str(claims["interview"]), expires_at=expires
    )


def invitation_url(base_url: str, token: str) -> str:
    """The link a candidate opens."""
    return f"{base_url.rstrip('/')}/invite/{token}"
