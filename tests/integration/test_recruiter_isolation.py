"""Tenant and job-scope isolation of recruiter questions, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_recruiter_support import ACME, Conversation, ids, recruiter_world

from core.context import RunContext
from core.errors import NotFound
from core.settings import Settings
from tools.recruiter_profile import get_candidate
from tools.recruiter_stats import pipeline_stats


async def test_a_tenant_never_sees_another_tenants_candidates(
    database_settings: Settings, embedder, taxonomy, demo_dir: Path, tmp_path: Path
) -> None:
    async with recruiter_world(database_settings, embedder, taxonomy, demo_dir, tmp_path) as w:
        bruno = w.people["bruno"]
        chat = Conversation(w, RunContext(tenant_id=ACME, role="recruiter"))
        python = await chat.ask("who knows Python?")
        assert {w.people["ana"], w.people["wei"]} <= ids(python)
        assert bruno not in ids(python)
        payments = await chat.ask("who has worked on payment systems?")
        assert w.people["ana"] in ids(payments)
        assert bruno not in ids(payments), "semantic search crossed tenants"
        similar = await chat.ask("who is similar to Ana Souza?")
        assert bruno not in ids(similar)
        direct = await chat.ask(f"tell me about {bruno}")
        assert bruno not in ids(direct) and "Bruno" not in direct.text
        with pytest.raises(NotFound):
            await get_candidate(w.kit, RunContext(tenant_id=ACME), candidate=bruno)


async def test_a_hiring_manager_sees_only_the_jobs_they_are_on(
    database_settings: Settings, embedder, taxonomy, demo_dir: Path, tmp_path: Path
) -> None:
    async with recruiter_world(database_settings, embedder, taxonomy, demo_dir, tmp_path) as w:
        ctx = RunContext(tenant_id=ACME, user_id=w.manager_id, role="hiring_manager")
        chat = Conversation(w, ctx)
        python = await chat.ask("who knows Python?")
        assert ids(python) == {w.people["wei"]}, python.text
        payments = await chat.ask("who has worked on payment systems?")
        assert w.people["ana"] not in ids(payments)
        backend = await chat.ask("who applied to the backend role?")
        assert not ids(backend)
        with pytest.raises(NotFound):
            await get_candidate(w.kit, ctx, candidate="Ana Souza")
        ivan = await get_candidate(w.kit, ctx, candidate=w.people["ivan"])
        assert [a.job_id for a in ivan.applications] == [w.jobs["data"]]
        stats = await pipeline_stats(w.kit, ctx)
        assert [job.job_id for job in stats.jobs] == [w.jobs["data"]]
        outsider = RunContext(tenant_id=ACME, user_id="usr_nobody", role="hiring_manager")
        assert not ids(await Conversation(w, outsider).ask("who knows Python?"))
