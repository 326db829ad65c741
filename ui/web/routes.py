"""Scout's own HTTP routes beside the chat: health, readiness, invitation links, the API.

They are put in front of the chat framework's catch-all route, which would
otherwise answer every GET with the chat page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Annotated, Any

from chainlit.auth import create_jwt, get_current_user
from chainlit.auth.cookie import set_auth_cookie
from chainlit.data import get_data_layer
from chainlit.user import User
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute

from core.errors import NotFound, ScoutError
from store.engine import check_connection
from tools.interview_service import find_target
from tools.invitations import InvitationError, InvitationExpired, read_invitation
from tools.jobs_service import list_job_profiles
from tools.shortlist import job_shortlist
from ui.web.identity import Identity, candidate_user, identity_of
from ui.web.runtime import WebRuntime


@dataclass
class RuntimeHolder:
    """Shared by the chat app and the API app: the runtime once startup has opened it."""

    runtime: WebRuntime | None = None


def runtime_of(request: Request) -> WebRuntime:
    """The runtime the app opened at startup; 503 while it is still starting."""
    holder: RuntimeHolder = request.app.state.scout
    if holder.runtime is None:
        raise HTTPException(503, "Scout is starting")
    return holder.runtime


async def health() -> dict[str, str]:
    """The process is up (no dependency is checked)."""
    return {"status": "ok"}


async def ready(request: Request) -> JSONResponse:
    """The database answers and the vector index is open: ready for traffic."""
    runtime = request.app.state.scout.runtime
    if runtime is None:
        return JSONResponse({"status": "starting"}, status_code=503)
    try:
        await check_connection(runtime.kit.store.engine)
        runtime.kit.vectors.count(runtime.settings.tenant)
    except (ScoutError, OSError, RuntimeError) as exc:
        return JSONResponse({"status": "unavailable", "reason": str(exc)}, status_code=503)
    return JSONResponse({"status": "ready"})


def _refusal(message: str, status: int) -> HTMLResponse:
    page = (
        "<!doctype html><html><head><meta name=viewport content='width=device-width'>"
        "<title>Scout interview</title></head><body style='font-family:sans-serif;"
        "max-width:36rem;margin:4rem auto;padding:0 1rem'><h1>Scout interview</h1>"
        f"<p id='invitation-error'>{html.escape(message)}</p></body></html>"
    )
    return HTMLResponse(page, status_code=status)


async def open_invitation(token: str, request: Request) -> Response:
    """A valid link signs the holder in to its one interview and opens the chat."""
    runtime = runtime_of(request)
    try:
        invitation = read_invitation(runtime.key, token)
        await find_target(runtime.kit.store, tenant_id=invitation.tenant_id,
                          interview_id=invitation.interview_id)
    except InvitationExpired as exc:
        return _refusal(str(exc), 410)
    except InvitationError as exc:
        return _refusal(str(exc), 400)
    except NotFound:
        return _refusal("This interview no longer exists. Ask the recruiter for a new link.", 404)
    user = candidate_user(invitation)
    if data_layer := get_data_layer():
        await data_layer.create_user(user)
    response = RedirectResponse("/", status_code=303)
    set_auth_cookie(request, response, create_jwt(user))
    return response


def staff(user: Annotated[User, Depends(get_current_user)]) -> Identity:
    """The signed-in recruiter, hiring manager or admin; 403 for anyone else."""
    who = identity_of(user)
    if who is None or not who.is_staff:
        raise HTTPException(403, "recruiters and hiring managers only")
    return who


Staff = Annotated[Identity, Depends(staff)]


def api_router() -> APIRouter:
    """The REST API for signed-in staff (same session as the chat)."""
    router = APIRouter(tags=["scout"])

    @router.get("/jobs")
    async def jobs(request: Request, who: Staff) -> list[dict[str, Any]]:
        """The tenant's jobs as analysed profiles."""
        profiles = await list_job_profiles(runtime_of(request).kit.store, tenant_id=who.tenant_id)
        return [p.model_dump(mode="json") for p in profiles]

    @router.get("/jobs/{job_id}/shortlist")
    async def shortlist(
        job_id: str, request: Request, who: Staff, limit: int = 10
    ) -> list[dict[str, Any]]:
        """The job's ranked candidates with the evidence of every dimension."""
        entries = await job_shortlist(runtime_of(request).kit.store, tenant_id=who.tenant_id,
                                      job_id=job_id, limit=max(1, min(limit, 200)))
        return [e.model_dump(mode="json") for e in entries]

    @router.get("/interviews/{interview_id}")
    async def interview(
        interview_id: str, request: Request, who: Staff
    ) -> dict[str, Any]:
        """The interview's transcript and scorecard (the `interview show --json` shape)."""
        try:
            report = await runtime_of(request).interviews.report(
                tenant_id=who.tenant_id, interview_id=interview_id
            )
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from exc
        return report.model_dump(mode="json")

    return router


def api_app(holder: RuntimeHolder) -> FastAPI:
    """The REST API as an app of its own, with its docs at /api/docs."""
    api = FastAPI(title="Scout API", docs_url="/docs", openapi_url="/openapi.json")
    api.state.scout = holder
    api.include_router(api_router())
    return api


def install_routes(app: FastAPI, holder: RuntimeHolder) -> None:
    """Add Scout's routes ahead of the chat's own (its catch-all and its /health)."""
    app.state.scout = holder
    before = list(app.router.routes)
    app.add_api_route("/health", health, methods=["GET"], include_in_schema=False)
    app.add_api_route("/ready", ready, methods=["GET"], include_in_schema=False)
    app.add_api_route("/invite/{token}", open_invitation, methods=["GET"],
                      include_in_schema=False)
    app.mount("/api", api_app(holder))
    added: list[BaseRoute] = [r for r in app.router.routes if r not in before]
    app.router.routes[:] = added + before
