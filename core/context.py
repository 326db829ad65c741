"""Per-run context: who is acting, for which tenant. Passed in, never global."""

from __future__ import annotations

from pydantic import BaseModel


class RunContext(BaseModel):
    """The tenant and user a request acts for; injected into tools, never model-chosen."""

    tenant_id: str
    user_id: str | None = None
    role: str = "recruiter"
