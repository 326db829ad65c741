"""What to do when a model request fails: retry, shrink, switch to prompt-only JSON, or give up.

Every fault a provider or a local server produces is classified into a
`FaultKind` and mapped to one next step:

- timeout, 5xx, connection refused, malformed or truncated body → retry with
  backoff (doubling), at most `llm_max_retries` times;
- 429 → wait Retry-After (when given and not longer than
  `llm_max_retry_wait_seconds`), then retry; a longer wait falls back;
- context overflow → cut the longest input by half and retry, once;
- `response_format` rejected, or an answer that is not valid JSON for the
  schema → one retry with the schema in the prompt instead ("json_prompt");
- anything else (401, other 4xx) → fall back at once.

"Give up" means the role falls back to the offline brain; the caller records
each step in the trace, so the conversation continues and the log says why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

import httpx
import openai
from pydantic import ValidationError

from core.llm_settings import LlmSettings

FaultKind = Literal[
    "timeout", "rate_limited", "server_error", "connection", "malformed", "truncated",
    "context_overflow", "format_rejected", "invalid_output", "auth", "bad_request",
    "redaction", "unknown",
]
Step = Literal["retry", "shrink", "json_prompt", "fallback"]

_OVERFLOW_WORDS = (
    "context_length_exceeded", "maximum context length", "context window", "prompt is too long",
    "too many tokens", "input tokens exceed", "reduce the length",
)
_FORMAT_WORDS = ("response_format", "json_schema", "structured output", "guided_json")


class LlmFault(Exception):
    """A classified failure of one model request."""

    def __init__(self, kind: FaultKind, detail: str, *, retry_after: float | None = None):
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.retry_after = retry_after


def _retry_after(error: openai.APIStatusError) -> float | None:
    """Seconds from a Retry-After header (numbers only; dates are rare and treated as absent)."""
    value = error.response.headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = error.response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _bad_request(error: openai.APIStatusError) -> LlmFault:
    text = f"{error.message} {getattr(error, 'code', '') or ''}".lower()
    if any(word in text for word in _OVERFLOW_WORDS):
        return LlmFault("context_overflow", error.message)
    if any(word in text for word in _FORMAT_WORDS):
        return LlmFault("format_rejected", error.message)
    return LlmFault("bad_request", error.message)


def classify(error: BaseException) -> LlmFault:
    """The fault behind an exception raised while talking to the model."""
    if isinstance(error, LlmFault):
        return error
    if isinstance(error, openai.APITimeoutError | httpx.TimeoutException | TimeoutError):
        return LlmFault("timeout", "the model did not answer in time")
    if isinstance(error, openai.RateLimitError):
        return LlmFault("rate_limited", error.message, retry_after=_retry_after(error))
    if isinstance(error, openai.AuthenticationError | openai.PermissionDeniedError):
        return LlmFault("auth", error.message)
    if isinstance(error, openai.APIStatusError):
        if error.status_code >= 500:
            return LlmFault("server_error", f"HTTP {error.status_code}")
        if error.status_code in (400, 413, 422):
            return _bad_request(error)
        return LlmFault("bad_request", f"HTTP {error.status_code}: {error.message}")
    if isinstance(error, openai.APIConnectionError | httpx.TransportError):
        return LlmFault("connection", str(error) or "connection failed")
    if isinstance(error, openai.LengthFinishReasonError):
        return LlmFault("truncated", "the answer was cut at the token limit")
    if isinstance(error, json.JSONDecodeError | openai.APIResponseValidationError):
        return LlmFault("malformed", "the response body was not valid JSON")
    if isinstance(error, ValidationError):
        return LlmFault("invalid_output", "the answer did not match the schema")
    return LlmFault("malformed", f"{type(error).__name__}: {str(error)[:120]}")


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds of the retries of one call (from settings)."""

    max_retries: int = 2
    backoff_seconds: float = 0.5
    max_wait_seconds: float = 20.0

    @classmethod
    def from_settings(cls, settings: LlmSettings) -> RetryPolicy:
        """The policy the settings describe."""
        return cls(
            max_retries=settings.llm_max_retries,
            backoff_seconds=settings.llm_retry_backoff_seconds,
            max_wait_seconds=settings.llm_max_retry_wait_seconds,
        )


@dataclass
class Attempts:
    """What one call has used up so far; each budget is spent at most once or N times."""

    retries: int = 0
    shrunk: bool = False
    json_prompt: bool = False


def next_step(fault: LlmFault, attempts: Attempts, policy: RetryPolicy) -> tuple[Step, float]:
    """The step after a fault and the seconds to wait before it."""
    if fault.kind == "context_overflow":
        return ("fallback", 0.0) if attempts.shrunk else ("shrink", 0.0)
    if fault.kind in ("format_rejected", "invalid_output"):
        return ("fallback", 0.0) if attempts.json_prompt else ("json_prompt", 0.0)
    if fault.kind not in ("timeout", "rate_limited", "server_error", "connection",
                          "malformed", "truncated"):
        return "fallback", 0.0
    if attempts.retries >= policy.max_retries:
        return "fallback", 0.0
    if fault.kind == "rate_limited" and fault.retry_after is not None:
        if fault.retry_after > policy.max_wait_seconds:
            return "fallback", 0.0
        return "retry", fault.retry_after
    return "retry", policy.backoff_seconds * (2 ** attempts.retries)
