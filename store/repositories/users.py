"""Users: recruiters, hiring managers, admins and candidates who sign in."""

from __future__ import annotations

from typing import get_args

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import InputError, NotFound
from store.ids import new_id
from store.models import User, UserRole


def normalise_email(email: str) -> str:
    """Emails compare case-insensitively; store and look them up lower-cased."""
    return email.strip().lower()


async def create_user(
    session: AsyncSession,
    *,
    tenant_id: str,
    email: str,
    display_name: str,
    role: UserRole,
    password_hash: str | None = None,
    slack_user_id: str | None = None,
) -> User:
    """A new user; InputError for an unknown role or an email already taken in the tenant."""
    if role not in get_args(UserRole):
        raise InputError(f"unknown role {role!r}; expected one of {', '.join(get_args(UserRole))}")
    email = normalise_email(email)
    if await get_user_by_email(session, tenant_id=tenant_id, email=email) is not None:
        raise InputError(f"a user with email {email} already exists")
    user = User(
        id=new_id("usr_"),
        tenant_id=tenant_id,
        email=email,
        display_name=display_name,
        role=role,
        password_hash=password_hash,
        slack_user_id=slack_user_id,
    )
    session.add(user)
    await session.flush()
    return user


async def get_user(session: AsyncSession, *, tenant_id: str, user_id: str) -> User:
    """The user with this id in the tenant; NotFound otherwise."""
    user = await session.scalar(select(User).where(User.tenant_id == tenant_id, User.id == user_id))
    if user is None:
        raise NotFound(f"user {user_id} not found")
    return user


async def get_user_by_email(session: AsyncSession, *, tenant_id: str, email: str) -> User | None:
    """The tenant's user with this email (case-insensitive), or None."""
    statement = select(User).where(
        User.tenant_id == tenant_id, User.email == normalise_email(email)
    )
    return await session.scalar(statement)
