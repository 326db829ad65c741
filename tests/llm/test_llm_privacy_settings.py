"""Redaction (and sending nothing when it fails), resilience decisions, and the llm settings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import EMAIL, NAME, PHONE, RoleDriver
from scripted_server import ScriptedServer

from agents.llm_resilience import Attempts, LlmFault, RetryPolicy, next_step
from agents.llm_role import RoleContext
from agents.llm_trace import LlmTrace
from agents.redaction import KnownPii, RedactionError, Redactor, StreamRestorer
from core.resume import ParsedResume
from core.settings import Settings
from prompts.template import ChatPrompt

pytestmark = pytest.mark.timeout(30)


def test_redaction_replaces_and_restores_contact_details() -> None:
    resume = ParsedResume(name=NAME, emails=[EMAIL], phones=[PHONE],
                          links=["github.com/janedoe"], location="12 Baker Street, London")
    redactor = Redactor(KnownPii.of_resume(resume))
    text = (f"{NAME} <{EMAIL}>, {PHONE}, github.com/janedoe, 12 Baker Street, London. "
            "Jane wrote Go at Acme Corp; other: bob@example.org, +44 20 7946 0958.")

    sent = redactor.redact(text)

    for value in (NAME, "Jane", EMAIL, PHONE, "janedoe", "Baker", "bob@", "7946"):
        assert value not in sent
    assert "Acme Corp" in sent and "Go" in sent
    assert redactor.restore(sent) == text


def test_same_value_same_placeholder_and_stream_restore() -> None:
    redactor = Redactor(KnownPii(names=(NAME,)))
    assert redactor.redact(NAME) == redactor.redact(f"{NAME}") == "[NAME_1]"
    stream = StreamRestorer(redactor)

    shown = [stream.feed(t) for t in ("Hi [NA", "ME_1", "], bye [", "x")] + [stream.flush()]

    assert "".join(shown) == f"Hi {NAME}, bye [x"


def test_verification_refuses_what_it_cannot_hide() -> None:
    redactor = Redactor(KnownPii(emails=("jane at example dot com",)))
    redactor._replace = lambda text, *a, **k: text  # type: ignore[method-assign]

    with pytest.raises(RedactionError):
        redactor.redact("write to jane at example dot com")


@pytest.mark.parametrize("driver", ["resume_parsing", "recruiter"], indirect=True)
def test_failed_redaction_sends_nothing(
    driver: RoleDriver, context: RoleContext, server: ScriptedServer, trace: LlmTrace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: Redactor, text: str) -> str:
        raise ValueError("boom")

    monkeypatch.setattr(Redactor, "_redact", broken)
    server.queue(driver.good())

    result = driver.run(context)

    assert not driver.used_llm(result)
    assert server.requests == [], "nothing left the process"
    assert trace.events()[-1].detail.startswith("redaction")


POLICY = RetryPolicy(max_retries=2, backoff_seconds=0.5, max_wait_seconds=10)


@pytest.mark.parametrize(("kind", "retry_after", "expected"), [
    ("timeout", None, ("retry", 0.5)),
    ("server_error", None, ("retry", 0.5)),
    ("rate_limited", 3.0, ("retry", 3.0)),
    ("rate_limited", 60.0, ("fallback", 0.0)),
    ("context_overflow", None, ("shrink", 0.0)),
    ("format_rejected", None, ("json_prompt", 0.0)),
    ("invalid_output", None, ("json_prompt", 0.0)),
    ("auth", None, ("fallback", 0.0)),
])
def test_next_step(kind: str, retry_after: float | None, expected: tuple[str, float]) -> None:
    fault = LlmFault(kind, "x", retry_after=retry_after)  # type: ignore[arg-type]

    assert next_step(fault, Attempts(), POLICY) == expected


def test_budgets_are_spent_once() -> None:
    spent = Attempts(retries=2, shrunk=True, json_prompt=True)
    for kind in ("timeout", "context_overflow", "invalid_output"):
        assert next_step(LlmFault(kind, "x"), spent, POLICY)[0] == "fallback"  # type: ignore[arg-type]
    assert next_step(LlmFault("timeout", "x"), Attempts(retries=1), POLICY) == ("retry", 1.0)


def test_openai_variables_are_read_without_the_scout_prefix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-123")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1")
    monkeypatch.setenv("SCOUT_LLM_MODEL", "llama3.1:8b")
    monkeypatch.setenv("SCOUT_LLM_MODELS", '{"interview_scoring": "qwen2.5:14b"}')

    settings = Settings(_env_file=None)

    assert settings.openai_api_key is not None
    assert settings.openai_api_key.get_secret_value() == "sk-test-123"
    assert "sk-test-123" not in repr(settings)
    assert settings.openai_base_url == "http://127.0.0.1:11434/v1"
    assert settings.model_for("interview_scoring") == "qwen2.5:14b"
    assert settings.model_for("recruiter") == "llama3.1:8b"


def test_placeholder_key_is_refused() -> None:
    with pytest.raises(ValueError, match="placeholder"):
        Settings(_env_file=None, openai_api_key="changeme")


def test_prompt_placeholders_must_be_documented() -> None:
    with pytest.raises(ValueError, match="documented"):
        ChatPrompt(name="x", version="1", system="{a}", user="{b}", placeholders={"a": "A"})


def test_every_prompt_fills_with_its_documented_placeholders() -> None:
    from prompts import llm_interview, llm_recruiter, llm_screening

    prompts = [v for m in (llm_interview, llm_recruiter, llm_screening)
               for v in vars(m).values() if isinstance(v, ChatPrompt)]

    assert len(prompts) == 8
    for prompt in prompts:
        system, user = prompt.fill({name: f"<{name}>" for name in prompt.placeholders})
        assert "{" not in system.replace("{{", "") and prompt.version


def test_llm_settings_are_usable_by_the_factory(settings_for: Callable[..., Settings]) -> None:
    settings = settings_for(llm_prices={"scripted-model": {"input_per_mtok": 1.0}})

    assert settings.price_for("scripted-model").input_per_mtok == 1.0
    assert settings.price_for("gpt-4o-mini").output_per_mtok > 0
    assert settings.price_for("unknown").input_per_mtok == 0
