"""Process settings: where Scout keeps its data and which servers it talks to.

Built once at the edge (CLI, server, tests) and passed down; nothing reads the
environment on its own. Every URL is optional: without one, the embedded
default (SQLite, Qdrant Edge, in-process cache) is used inside `data_dir`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.llm_settings import LlmSettings

EmbeddingBackend = Literal["onnx-int8", "onnx", "torch"]
Brain = Literal["auto", "offline", "llm"]


class Settings(LlmSettings, BaseSettings):
    """Scout's process settings (env prefix `SCOUT_`, `.env` supported).

    The llm brain's fields (`OPENAI_API_KEY`, `OPENAI_BASE_URL`, `SCOUT_LLM_*`)
    come from `core.llm_settings.LlmSettings`.
    """

    model_config = SettingsConfigDict(
        env_prefix="SCOUT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(Path(".scout"), description="Folder for SQLite, vectors and files.")
    database_url: str | None = Field(None, description="SQLAlchemy async URL; default SQLite.")
    qdrant_url: str | None = Field(None, description="Qdrant server URL; default Qdrant Edge.")
    qdrant_api_key: SecretStr | None = None
    redis_url: str | None = Field(None, description="Redis URL; default in-process cache.")
    tenant: str = Field("default", description="Tenant the CLI acts for.")
    brain: Brain = "auto"

    embedding_model_path: Path | None = Field(
        None, description="Sentence-transformers model folder; default the bundled MiniLM."
    )
    embedding_backend: EmbeddingBackend = Field(
        "onnx-int8", description="onnx-int8 is ~3x faster than torch at 0.99 cosine agreement."
    )
    embedding_max_seq_length: int = Field(256, ge=16, le=512)
    model_cache_dir: Path | None = Field(
        None, description="Where converted models are kept; default ~/.cache/scout/models."
    )
    embedding_batch_size: int = Field(64, ge=1, le=1024)
    embedding_threads: int = Field(0, ge=0, description="0 = let the runtime decide.")

    max_upload_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    ingest_group_size: int = Field(16, ge=1, le=1024, description="Files embedded together.")
    min_resume_chars: int = Field(200, ge=0)
    interview_max_follow_ups: int = Field(
        2, ge=0, le=2, description="Follow-ups per main question, at most."
    )
    interview_max_turns: int = Field(
        80, ge=4, le=400, description="Transcript turns after which an interview closes."
    )
    interview_max_repeats: int = Field(
        2, ge=0, le=5, description="'Could you repeat?' requests per question."
    )
    interview_max_consent_asks: int = Field(
        2, ge=1, le=5, description="Unclear consent replies before it counts as declined."
    )
    interview_max_closing_rounds: int = Field(
        3, ge=1, le=10, description="Candidate questions answered while closing."
    )
    interview_durability: Literal["sync", "async", "exit"] = Field(
        "exit",
        description="LangGraph checkpoint durability; 'exit' writes once per turn (at the wait).",
    )
    checkpoint_pool_size: int = Field(
        10, ge=1, le=100, description="PostgreSQL connections of the checkpointer."
    )
    whisper_model_path: Path | None = Field(
        None, description="CTranslate2 Whisper model folder; default the bundled tiny.en."
    )
    stt_threads: int = Field(2, ge=1, le=64, description="CPU threads for speech-to-text.")
    stt_min_confidence: float = Field(
        0.35, ge=0, le=1, description="Below this a spoken answer is asked again."
    )
    eval_data: Path = Field(Path("../shared/data"), description="Labeled data for `make eval`.")
    server_host: str = Field("127.0.0.1", description="Where `scout serve` listens.")
    server_port: int = Field(8000, ge=1, le=65535)
    public_url: str | None = Field(
        None, description="Base URL put in invitation links; default http://host:port."
    )
    secret_key: SecretStr | None = Field(
        None,
        description="Signs sessions and invitation links; default a random key kept in the "
        "data folder (set it when several app replicas serve the same users).",
    )
    invitation_ttl_hours: float = Field(72.0, gt=0, description="How long an invitation works.")
    max_upload_files: int = Field(50, ge=1, le=1000, description="Files per chat message.")
    require_services: bool = Field(False, description="Tests fail instead of skipping.")

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to SQLite inside the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'scout.db').resolve()}"

    @property
    def resolved_model_cache_dir(self) -> Path:
        """Converted (ONNX) models, shared by every data folder of this user."""
        return self.model_cache_dir or Path.home() / ".cache" / "scout" / "models"

    @property
    def resolved_public_url(self) -> str:
        """The base URL candidates and recruiters reach the server at."""
        return (self.public_url or f"http://{self.server_host}:{self.server_port}").rstrip("/")

    @property
    def files_dir(self) -> Path:
        """Where the content-addressed file store keeps blobs."""
        return self.data_dir / "files"

    @property
    def vectors_dir(self) -> Path:
        """Where the embedded Qdrant Edge shard lives."""
        return self.data_dir / "vectors"

    def ensure_dirs(self) -> None:
        """Create the data folder and its parts (idempotent)."""
        for path in (self.data_dir, self.files_dir, self.vectors_dir):
            path.mkdir(parents=True, exist_ok=True)
