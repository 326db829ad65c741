"""The audit log: who read or changed what (append-only)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from store.ids import new_id
from store.models import AuditLog


async def record(
    session: AsyncSession,
    *,
    tenant_id: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | None,
    detail: dict[str, Any] | None = None,
) -> AuditLog:
    """Append one audit entry in the caller's transaction.

    Written in the same transaction as the change it describes, so the log
    cannot claim a change that was rolled back, nor miss one that was kept.
    `detail` must be JSON-serialisable and should not repeat PII.
    """
    entry = AuditLog(
        id=new_id("aud_"),
        tenant_id=tenant_id,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
    )
    session.add(entry)
    await session.flush()
    return entry


async def list_entries(
    session: AsyncSession,
    *,
    tenant_id: str,
    entity: str | None = None,
    entity_id: str | None = None,
) -> list[AuditLog]:
    """The tenant's audit entries, oldest first, optionally for one entity."""
    statement = select(AuditLog).where(AuditLog.tenant_id == tenant_id)
    if entity is not None:
        statement = statement.where(AuditLog.entity == entity)
    if entity_id is not None:
        statement = statement.where(AuditLog.entity_id == entity_id)
    statement = statement.order_by(AuditLog.created_at, AuditLog.id)
    return list((await session.scalars(statement)).all())
