"""Process settings of the llm brain: endpoint, key, models per role, limits, cache.

A mixin of `core.settings.Settings`, kept apart so the llm knobs read as one
block. `OPENAI_API_KEY` and `OPENAI_BASE_URL` are read without the `SCOUT_`
prefix because every OpenAI-compatible tool already uses those names; the
rest are `SCOUT_LLM_*`. Prices are USD per million tokens and only feed the
cost estimate of the usage table: a model without a price costs 0.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Literal, get_args

from pydantic import AliasChoices, BaseModel, Field, SecretStr, field_validator

LlmRole = Literal[
    "resume_parsing",
    "job_analysis",
    "match_explanation",
    "interview_planning",
    "answer_assessment",
    "interview_scoring",
    "recruiter",
]
LLM_ROLES: tuple[LlmRole, ...] = get_args(LlmRole)
LlmCacheBackend = Literal["auto", "sqlite", "redis", "off"]

PLACEHOLDER_KEYS = frozenset(
    {"changeme", "change-me", "changethis", "your-api-key", "your_api_key", "sk-...",
     "sk-xxx", "xxx", "replace-me", "todo", "<your-key>", "<api-key>"}
)
"""Values copied from examples; sending one would only earn a 401 on every call."""


class ModelPrice(BaseModel):
    """USD per million input and output tokens."""

    input_per_mtok: float = Field(0.0, ge=0)
    output_per_mtok: float = Field(0.0, ge=0)


DEFAULT_PRICES = MappingProxyType({
    "gpt-4o-mini": ModelPrice(input_per_mtok=0.15, output_per_mtok=0.60),
    "gpt-4o": ModelPrice(input_per_mtok=2.50, output_per_mtok=10.00),
    "gpt-4.1": ModelPrice(input_per_mtok=2.00, output_per_mtok=8.00),
    "gpt-4.1-mini": ModelPrice(input_per_mtok=0.40, output_per_mtok=1.60),
    "gpt-4.1-nano": ModelPrice(input_per_mtok=0.10, output_per_mtok=0.40),
})
"""List prices at the time of writing; `SCOUT_LLM_PRICES` overrides or adds models."""


class LlmSettings(BaseModel):
    """The llm fields of the process settings (see the module docstring)."""

    openai_api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("openai_api_key", "scout_openai_api_key"),
        description="API key of the OpenAI-compatible endpoint (OPENAI_API_KEY).",
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=AliasChoices("openai_base_url", "scout_openai_base_url"),
        description="Endpoint, e.g. http://localhost:11434/v1 (OPENAI_BASE_URL).",
    )
    llm_model: str = Field("gpt-4o-mini", description="Model (or Azure deployment) of every role.")
    llm_models: dict[LlmRole, str] = Field(
        default_factory=dict, description='Per-role models, JSON: {"interview_scoring": "gpt-4o"}.'
    )
    llm_roles: list[LlmRole] = Field(
        default_factory=lambda: list(LLM_ROLES),
        description="Roles the llm brain plays when it is active; the others stay offline.",
    )
    llm_temperature: float = Field(0.0, ge=0, le=2)
    llm_timeout_seconds: float = Field(30.0, gt=0, description="Per request, streaming included.")
    llm_max_retries: int = Field(2, ge=0, le=5, description="Retries of one request on a fault.")
    llm_retry_backoff_seconds: float = Field(0.5, ge=0, description="First backoff; doubles.")
    llm_max_retry_wait_seconds: float = Field(
        20.0, ge=0, description="A longer Retry-After falls back to offline instead of waiting."
    )
    llm_max_input_chars: int = Field(
        24_000, ge=1_000, description="Longest text sent in one request; longer is cut."
    )
    llm_max_tool_rounds: int = Field(3, ge=1, le=8, description="Tool round trips per call.")
    llm_stream: bool = Field(False, description="Stream structured answers too (chat always).")
    llm_cache: LlmCacheBackend = Field(
        "auto", description="auto: Redis when SCOUT_REDIS_URL is set, else SQLite in data_dir."
    )
    llm_cache_ttl_hours: float = Field(24.0 * 30, gt=0)
    llm_prices: dict[str, ModelPrice] = Field(default_factory=dict)
    llm_probe_timeout_seconds: float = Field(5.0, gt=0, description="`auto` and doctor probe.")

    @field_validator("openai_api_key")
    @classmethod
    def _no_placeholder_key(cls, value: SecretStr | None) -> SecretStr | None:
        """Refuse a key copied from an example rather than fail on every request later."""
        if value is not None and value.get_secret_value().strip().lower() in PLACEHOLDER_KEYS:
            raise ValueError("OPENAI_API_KEY holds a placeholder; set a real key or unset it")
        return value

    def model_for(self, role: LlmRole | Literal["probe"]) -> str:
        """The model a role runs on: its own if configured, else `llm_model`."""
        return self.llm_models.get(role, self.llm_model) if role != "probe" else self.llm_model

    def price_for(self, model: str) -> ModelPrice:
        """The price of a model (settings first, then the defaults, else free)."""
        return self.llm_prices.get(model) or DEFAULT_PRICES.get(model) or ModelPrice()

    @property
    def llm_configured(self) -> bool:
        """Whether any endpoint is configured: a base URL (local servers) or a key (OpenAI)."""
        return bool(self.openai_base_url or self.openai_api_key)

    @property
    def llm_endpoint(self) -> str:
        """The endpoint requests go to, for messages (never holds the key)."""
        return self.openai_base_url or "https://api.openai.com/v1"
