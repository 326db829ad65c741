"""Who is on the other end of a chat: a staff account or the holder of one invitation.

The chat framework signs this identity into the session cookie; its
metadata is what every handler trusts for the role, the tenant and (for a
candidate) the one interview the link opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from chainlit.user import User

from tools.accounts import Account
from tools.invitations import Invitation

WebRole = Literal["recruiter", "hiring_manager", "admin", "candidate"]
STAFF_ROLES: tuple[WebRole, ...] = ("recruiter", "hiring_manager", "admin")


@dataclass(frozen=True)
class Identity:
    """The signed-in person as handlers see them."""

    role: WebRole
    tenant_id: str
    name: str
    user_id: str | None = None
    interview_id: str | None = None
    expires_at: datetime | None = None

    @property
    def is_staff(self) -> bool:
        """Recruiters, hiring managers and admins (not candidates)."""
        return self.role in STAFF_ROLES

    @property
    def can_screen(self) -> bool:
        """Who may upload, screen and invite (hiring managers read and decide)."""
        return self.role in ("recruiter", "admin")

    def expired(self, now: datetime | None = None) -> bool:
        """A candidate's access ends with the invitation."""
        return self.expires_at is not None and (now or datetime.now(UTC)) >= self.expires_at


def staff_user(account: Account) -> User:
    """The chat identity of a signed-in recruiter, hiring manager or admin."""
    return User(
        identifier=f"{account.tenant_id}:{account.email}",
        display_name=account.name,
        metadata={
            "role": account.role, "tenant_id": account.tenant_id, "user_id": account.user_id,
            "name": account.name,
        },
    )


def candidate_user(invitation: Invitation) -> User:
    """The chat identity of an invitation's holder: one interview, until the link expires."""
    return User(
        identifier=f"{invitation.tenant_id}:interview:{invitation.interview_id}",
        display_name="Candidate",
        metadata={
            "role": "candidate", "tenant_id": invitation.tenant_id,
            "interview_id": invitation.interview_id, "name": "Candidate",
            "expires_at": invitation.expires_at.isoformat(),
        },
    )


def identity_of(user: User | None) -> Identity | None:
    """The identity a session's user carries, or None when there is none or it is malformed."""
    if user is None:
        return None
    meta = user.metadata or {}
    role = meta.get("role")
    tenant = meta.get("tenant_id")
    if role not in (*STAFF_ROLES, "candidate") or not tenant:
        return None
    expires = meta.get("expires_at")
    return Identity(
        role=role, tenant_id=tenant, name=str(meta.get("name") or user.display_name or ""),
        user_id=meta.get("user_id"), interview_id=meta.get("interview_id"),
        expires_at=datetime.fromisoformat(expires) if expires else None,
    )
