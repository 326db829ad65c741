"""People who sign in with a password: recruiters, hiring managers and admins."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac

from pydantic import BaseModel

from core.errors import InputError
from store.engine import Store
from store.models import User, UserRole
from store.repositories import tenants as tenant_repo
from store.repositories import users as user_repo
from tools.passwords import MIN_PASSWORD_LENGTH, hash_password, verify_password

SIGN_IN_ROLES: tuple[UserRole, ...] = ("admin", "recruiter", "hiring_manager")
DEMO_ACCOUNTS: tuple[tuple[str, str, UserRole], ...] = (
    ("recruiter@demo.scout", "Riley Recruiter", "recruiter"),
    ("manager@demo.scout", "Morgan Manager", "hiring_manager"),
)


class Account(BaseModel):
    """A signed-in person, as the UIs need them."""

    user_id: str
    tenant_id: str
    email: str
    name: str
    role: UserRole


class DemoSignIn(BaseModel):
    """A demo account and its password, printed when the demo server starts."""

    email: str
    password: str
    role: UserRole


def _account(user: User) -> Account:
    return Account(
        user_id=user.id, tenant_id=user.tenant_id, email=user.email,
        name=user.display_name, role=user.role,
    )


async def add_account(
    store: Store, *, tenant_id: str, email: str, name: str, role: UserRole, password: str
) -> Account:
    """A new password account; InputError for a short password or a role that cannot sign in."""
    if role not in SIGN_IN_ROLES:
        raise InputError(f"role {role!r} cannot sign in with a password")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"passwords need at least {MIN_PASSWORD_LENGTH} characters")
    hashed = await asyncio.to_thread(hash_password, password)
    async with store.transaction() as session:
        await tenant_repo.ensure_tenant(session, tenant_id=tenant_id)
        user = await user_repo.create_user(
            session, tenant_id=tenant_id, email=email, display_name=name, role=role,
            password_hash=hashed,
        )
        return _account(user)


async def sign_in(store: Store, *, tenant_id: str, email: str, password: str) -> Account | None:
    """The account these credentials open, or None (same answer for unknown and wrong)."""
    async with store.session() as session:
        user = await user_repo.get_user_by_email(session, tenant_id=tenant_id, email=email)
    stored = user.password_hash if user is not None else None
    matches = await asyncio.to_thread(verify_password, password, stored)
    if user is None or not matches or user.role not in SIGN_IN_ROLES:
        return None
    return _account(user)


def demo_password(key: str, email: str) -> str:
    """The demo account's password: derived from the signing key, so stable per data folder."""
    digest = hmac.new(key.encode(), f"demo-sign-in:{email}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest).decode()[:12].lower()


async def ensure_demo_accounts(store: Store, *, tenant_id: str, key: str) -> list[DemoSignIn]:
    """The demo recruiter and hiring manager (created once), with their passwords."""
    sign_ins = []
    for email, name, role in DEMO_ACCOUNTS:
        password = demo_password(key, email)
        async with store.session() as session:
            existing = await user_repo.get_user_by_email(session, tenant_id=tenant_id, email=email)
        if existing is None:
            await add_account(
                store, tenant_id=tenant_id, email=email, name=name, role=role, password=password
            )
        sign_ins.append(DemoSignIn(email=email, password=password, role=role))
    return sign_ins
