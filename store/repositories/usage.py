"""LLM usage: one row per model request, summed per role and model for reports."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from store.ids import new_id
from store.models import LlmUsage, utcnow


class UsageTotal(BaseModel):
    """Requests, tokens and estimated cost of one role on one model."""

    role: str
    model: str
    requests: int
    input_tokens: int
    output_tokens: int
    cost_usd: float


async def record_usage(
    session: AsyncSession,
    *,
    tenant_id: str,
    role: str,
    model: str,
    prompt: str,
    input_tokens: int,
    output_tokens: int,
    cost_usd: float,
    job_id: str | None = None,
    interview_id: str | None = None,
    at: datetime | None = None,
) -> LlmUsage:
    """Append one request's usage in the caller's transaction."""
    row = LlmUsage(
        id=new_id("use_"),
        tenant_id=tenant_id,
        job_id=job_id,
        interview_id=interview_id,
        role=role,
        model=model,
        prompt=prompt,
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        cost_usd=cost_usd,
        created_at=at or utcnow(),
    )
    session.add(row)
    await session.flush()
    return row


async def usage_totals(
    session: AsyncSession,
    *,
    tenant_id: str,
    job_id: str | None = None,
    interview_id: str | None = None,
    since: datetime | None = None,
) -> list[UsageTotal]:
    """The tenant's usage per role and model, optionally for one job or interview."""
    statement = (
        select(
            LlmUsage.role,
            LlmUsage.model,
            func.count(),
            func.coalesce(func.sum(LlmUsage.input_tokens), 0),
            func.coalesce(func.sum(LlmUsage.output_tokens), 0),
            func.coalesce(func.sum(LlmUsage.cost_usd), 0.0),
        )
        .where(LlmUsage.tenant_id == tenant_id)
        .group_by(LlmUsage.role, LlmUsage.model)
        .order_by(LlmUsage.role, LlmUsage.model)
    )
    if job_id is not None:
        statement = statement.where(LlmUsage.job_id == job_id)
    if interview_id is not None:
        statement = statement.where(LlmUsage.interview_id == interview_id)
    if since is not None:
        statement = statement.where(LlmUsage.created_at >= since)
    rows = (await session.execute(statement)).all()
    return [
        UsageTotal(role=role, model=model, requests=requests, input_tokens=int(tokens_in),
                   output_tokens=int(tokens_out), cost_usd=round(float(cost), 6))
        for role, model, requests, tokens_in, tokens_out, cost in rows
    ]
