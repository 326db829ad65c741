"""Tenants: the organisations whose data Scout keeps apart."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from store.models import Tenant
from store.repositories._sql import insert_ignore


async def ensure_tenant(
    session: AsyncSession, *, tenant_id: str, name: str | None = None
) -> Tenant:
    """The tenant, created when missing (idempotent, safe under concurrency).

    Every other row references its tenant, so call this once (per process or
    CLI run) before writing anything for a tenant. An existing tenant keeps
    its name.
    """
    existing = await session.get(Tenant, tenant_id)
    if existing is not None:
        return existing
    await insert_ignore(session, Tenant(id=tenant_id, name=name or tenant_id), conflict=["id"])
    created = await session.get(Tenant, tenant_id)
    if created is None:  # pragma: no cover - the insert or a concurrent one made it
        raise RuntimeError(f"tenant {tenant_id} could not be created")
    return created
