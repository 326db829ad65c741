"""SCOUT_BRAIN=auto|offline|llm, the probe, `scout doctor`'s brain line, and per-role picks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import HashEmbedder, make_settings
from scripted_server import ScriptedServer, answer, server_error

from agents.brains import build_brains, open_brains
from agents.llm_interview import LlmInterviewBrain
from core.brain_choice import choose_brain
from core.chat_models import chat_model, probe_model
from core.settings import Settings
from tools.doctor import check_brain
from tools.parse_resume import parse_resume
from tools.taxonomy import Taxonomy

pytestmark = pytest.mark.timeout(30)


def test_factory_configures_endpoint_key_model_and_limits(
    settings_for: Callable[..., Settings],
) -> None:
    settings = settings_for(llm_models={"interview_scoring": "big-model"}, llm_temperature=0.3)

    model = chat_model(settings, "interview_scoring")

    assert model.model_name == "big-model"
    assert model.openai_api_base == settings.openai_base_url
    assert model.openai_api_key.get_secret_value() == "test-key"  # type: ignore[union-attr]
    limits = (model.temperature, model.max_retries, model.request_timeout)
    assert limits == (0.3, 0, settings.llm_timeout_seconds)
    assert chat_model(settings, "recruiter").model_name == "scripted-model"


async def test_probe_is_a_real_minimal_request(
    llm_settings: Settings, server: ScriptedServer
) -> None:
    server.queue(answer("ok"))

    probe = await probe_model(llm_settings)

    assert probe.ok and probe.model == "scripted-model"
    assert server.requests[0]["messages"] == [{"role": "user", "content": "ping"}]


async def test_offline_requested_never_probes(
    settings_for: Callable[..., Settings], server: ScriptedServer
) -> None:
    choice = await choose_brain(settings_for(brain="offline"))

    assert choice.active == "offline" and server.requests == []


async def test_auto_without_a_model_is_offline(tmp_path: Path) -> None:
    choice = await choose_brain(Settings(_env_file=None, data_dir=tmp_path))

    assert choice.active == "offline" and "no model configured" in choice.reason


async def test_auto_with_an_answering_model_is_llm(
    settings_for: Callable[..., Settings], server: ScriptedServer
) -> None:
    server.queue(answer("ok"))

    choice = await choose_brain(settings_for(brain="auto"))

    assert (choice.active, choice.answering, choice.model) == ("llm", True, "scripted-model")


async def test_auto_with_a_silent_model_is_offline(
    settings_for: Callable[..., Settings], server: ScriptedServer
) -> None:
    server.queue(server_error())

    choice = await choose_brain(settings_for(brain="auto"))

    assert choice.active == "offline" and "does not answer" in choice.reason


async def test_llm_requested_stays_llm_and_says_calls_fall_back(
    settings_for: Callable[..., Settings], server: ScriptedServer
) -> None:
    server.stop()

    choice = await choose_brain(settings_for(brain="llm"))

    assert choice.active == "llm" and choice.answering is False
    assert "falls back" in choice.reason


async def test_doctor_shows_brain_endpoint_model_and_answer(
    llm_settings: Settings, server: ScriptedServer
) -> None:
    server.queue(answer("ok"))

    result = await check_brain(llm_settings)

    assert result.ok
    assert result.backend == f"llm (scripted-model at {server.base_url})"
    assert "answered in" in result.detail and "'ok'" in result.detail
    assert len(server.requests) == 1


async def test_doctor_reports_a_model_that_does_not_answer(
    settings_for: Callable[..., Settings], server: ScriptedServer
) -> None:
    server.stop()

    result = await check_brain(settings_for(brain="auto"))

    assert not result.ok
    assert result.backend.startswith("offline (scripted-model at http://127.0.0.1:")
    assert "does not answer" in result.detail


async def test_doctor_without_a_model(tmp_path: Path) -> None:
    result = await check_brain(Settings(_env_file=None, data_dir=tmp_path))

    assert result.ok and result.backend == "offline"


async def test_open_brains_picks_llm_roles_from_settings(
    tmp_path: Path, server: ScriptedServer, taxonomy: Taxonomy
) -> None:
    server.queue(answer("ok"))
    settings = make_settings(tmp_path, server.base_url, brain="auto",
                             llm_roles=["interview_scoring", "recruiter"])

    async with open_brains(settings, embedder=HashEmbedder(), taxonomy=taxonomy) as brains:
        names = brains.role_names()
        interview = brains.interview

    assert names == {"resume_parsing": "offline", "job_analysis": "offline",
                     "match_explanation": "offline", "interview": "llm", "recruiter": "llm"}
    assert brains.parse_resume is parse_resume
    assert isinstance(interview, LlmInterviewBrain)
    assert interview.roles == frozenset({"interview_scoring"})


async def test_offline_choice_builds_no_runtime(tmp_path: Path, taxonomy: Taxonomy) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, brain="offline")

    async with open_brains(settings, embedder=HashEmbedder(), taxonomy=taxonomy) as brains:
        assert brains.runtime is None
        assert set(brains.role_names().values()) == {"offline"}


def test_build_brains_with_an_explicit_choice(
    llm_settings: Settings, taxonomy: Taxonomy
) -> None:
    from core.brain_choice import BrainChoice

    choice = BrainChoice(requested="llm", active="llm", reason="test")
    brains = build_brains(llm_settings, choice, embedder=HashEmbedder(), taxonomy=taxonomy)
    try:
        assert set(brains.role_names().values()) == {"llm"}
    finally:
        assert brains.runtime is not None
        brains.runtime.close()
