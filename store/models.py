"""The relational data model (DESIGN §4): one SQLModel table per entity.

Tenancy is structural, not a convention:

- every table but `tenants` has an indexed `tenant_id` pointing at `tenants`;
- a child points at its parent through a composite key `(tenant_id, parent_id)`,
  so a row of tenant B can never reference a row of tenant A, whatever a caller
  passes in. Parents therefore carry a unique `(tenant_id, id)` beside their
  primary key.

Columns stay portable between SQLite and PostgreSQL: JSON (not JSONB), plain
strings with CHECK constraints instead of native enums (an enum type would
need its own migration step on Postgres for every new value), and timestamps
that are timezone-aware UTC on both (SQLite keeps no offset, so `UTCDateTime`
restores it).

The table classes are what the repositories read and write. Inputs arrive as
the core domain types (JobProfile, ParsedResume, MatchScore), so there are no
separate Create/Update classes; read models that cross a layer boundary (e.g.
`CandidateListing`) are plain pydantic classes at the end of this module.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal, get_args

from pydantic import BaseModel
from pydantic import Field as PydanticField
from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    DateTime,
    Dialect,
    ForeignKeyConstraint,
    Index,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlmodel import Field, SQLModel

from core.job import JobProfile
from core.match import MatchDimension, MatchScore
from core.resume import ParsedResume
from core.weights import MatchWeights

# Stable constraint names on both backends, so that a later migration can
# drop or alter a constraint by name (SQLite batch mode needs the names too).
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UserRole = Literal["admin", "recruiter", "hiring_manager", "candidate"]
JobStatus = Literal["open", "closed"]
ResumeKind = Literal["pdf", "docx", "txt", "md"]
ResumeStatus = Literal["stored", "parsed", "indexed", "insufficient"]
Stage = Literal["applied", "screened", "interview", "offer", "hired", "rejected"]
InterviewMode = Literal["chat", "voice"]
DecisionSource = Literal["slack", "chat", "api", "cli"]


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC: the only clock rows are stamped with."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is timezone-aware UTC in Python on every backend.

    PostgreSQL stores `timestamptz`; SQLite stores text without an offset, so
    values are written as naive UTC and read back with UTC attached. A naive
    datetime is refused on the way in: its zone would be a guess.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Normalise to UTC; SQLite gets the naive UTC wall time."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(
                f"naive datetime {value!r}: use an aware UTC time (store.models.utcnow)"
            )
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Attach UTC where the backend dropped it."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _json(*, nullable: bool = False) -> Any:
    """A fresh portable JSON column (a Column object belongs to one table only).

    `none_as_null` stores Python None as SQL NULL rather than JSON `null`, so
    `IS NULL` finds it on both backends.
    """
    return Column(JSON(none_as_null=True), nullable=nullable)


def _timestamp(*, nullable: bool = False, on_update: bool = False) -> Any:
    """A fresh UTC timestamp column; `on_update` restamps it on every ORM update."""
    return Column(UTCDateTime(), nullable=nullable, onupdate=utcnow if on_update else None)


def _text(*, nullable: bool = False) -> Any:
    """A fresh unbounded text column for documents and prose."""
    return Column(Text(), nullable=nullable)


def _one_of(column: str, values: Any) -> CheckConstraint:
    """A CHECK that `column` holds one of the values of a Literal alias."""
    allowed = ", ".join(f"'{value}'" for value in get_args(values))
    return CheckConstraint(f"{column} IN ({allowed})", name=column)


def _tenant_fk() -> Any:
    """The `tenant_id` of a tenant-scoped table: indexed, removed with its tenant."""
    return Field(foreign_key="tenants.id", ondelete="CASCADE", index=True)


def _parent_fk(
    column: str, parent: str, *, ondelete: str | None = "CASCADE"
) -> ForeignKeyConstraint:
    """A composite `(tenant_id, column)` key to `parent(tenant_id, id)`: same tenant only."""
    return ForeignKeyConstraint(
        ["tenant_id", column], [f"{parent}.tenant_id", f"{parent}.id"], ondelete=ondelete
    )


class Tenant(SQLModel, table=True):
    """An organisation using Scout; the root every other row hangs from."""

    __tablename__ = "tenants"

    id: str = Field(primary_key=True)
    name: str
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class User(SQLModel, table=True):
    """A person who signs in or acts through Slack."""

    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("tenant_id", "email"),
        UniqueConstraint("tenant_id", "id"),
        _one_of("role", UserRole),
    )

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    email: str
    display_name: str
    role: str
    password_hash: str | None = None
    slack_user_id: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class Job(SQLModel, table=True):
    """A job opening: its description, the analysed profile and the scoring weights."""

    __tablename__ = "jobs"
    __table_args__ = (
        UniqueConstraint("tenant_id", "id"),
        Index("ix_jobs_tenant_source", "tenant_id", "source_sha256"),
        _one_of("status", JobStatus),
    )

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    title: str
    raw_text: str = Field(sa_column=_text())
    profile: dict[str, Any] = Field(default_factory=dict, sa_column=_json())
    weights: dict[str, Any] = Field(default_factory=dict, sa_column=_json())
    rubric: dict[str, Any] | None = Field(default=None, sa_column=_json(nullable=True))
    status: str = "open"
    version: int = 1
    source_sha256: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp(on_update=True))

    def profile_model(self) -> JobProfile:
        """The stored JobProfile, carrying this job's id (the `job add --json` shape)."""
        return JobProfile.model_validate({**self.profile, "id": self.id})

    def weights_model(self) -> MatchWeights:
        """The job's match weights as the scorer takes them."""
        return MatchWeights.model_validate(self.weights)


class JobMember(SQLModel, table=True):
    """Who works on a job; a hiring manager sees only the jobs they are a member of."""

    __tablename__ = "job_members"
    __table_args__ = (
        _parent_fk("job_id", "jobs"),
        _parent_fk("user_id", "users"),
        Index("ix_job_members_tenant_user", "tenant_id", "user_id"),
    )

    tenant_id: str = Field(primary_key=True, foreign_key="tenants.id", ondelete="CASCADE")
    job_id: str = Field(primary_key=True)
    user_id: str = Field(primary_key=True)
    role: str = "hiring_manager"


class Candidate(SQLModel, table=True):
    """A person applying; every contact field is personal data (PII)."""

    __tablename__ = "candidates"
    __table_args__ = (UniqueConstraint("tenant_id", "id"),)

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    name: str | None = None
    emails: list[str] = Field(default_factory=list, sa_column=_json())
    phones: list[str] = Field(default_factory=list, sa_column=_json())
    location: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp(on_update=True))


class CandidateEmail(SQLModel, table=True):
    """Lookup index of candidate emails (lower-cased).

    `candidates.emails` stays the record; this table exists because "which
    candidate owns this address?" — the ingestion dedupe question — cannot use
    an index on a JSON list portably. Kept in step by the candidates repository
    and removed with the candidate.
    """

    __tablename__ = "candidate_emails"
    __table_args__ = (
        _parent_fk("candidate_id", "candidates"),
        Index("ix_candidate_emails_tenant_email", "tenant_id", "email"),
    )

    tenant_id: str = Field(primary_key=True, foreign_key="tenants.id", ondelete="CASCADE")
    candidate_id: str = Field(primary_key=True)
    email: str = Field(primary_key=True)


class Resume(SQLModel, table=True):
    """One uploaded resume file; its id is the sha256 of its bytes, per tenant.

    The blob lives in the content-addressed file store under the same hash.
    `parser_version` and `taxonomy_version` say which code produced `parsed`,
    so a better parser can find and redo old rows.
    """

    __tablename__ = "resumes"
    __table_args__ = (
        _parent_fk("candidate_id", "candidates"),
        Index("ix_resumes_tenant_candidate", "tenant_id", "candidate_id"),
        _one_of("kind", ResumeKind),
        _one_of("status", ResumeStatus),
    )

    tenant_id: str = Field(primary_key=True, foreign_key="tenants.id", ondelete="CASCADE")
    id: str = Field(primary_key=True)
    candidate_id: str | None = None
    file_name: str
    kind: str
    size_bytes: int
    text: str = Field(default="", sa_column=_text())
    parsed: dict[str, Any] | None = Field(default=None, sa_column=_json(nullable=True))
    parser_version: str | None = None
    taxonomy_version: str | None = None
    status: str = "stored"
    warnings: list[str] = Field(default_factory=list, sa_column=_json())
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp(on_update=True))

    def parsed_model(self) -> ParsedResume | None:
        """The stored ParsedResume, or None before parsing."""
        return None if self.parsed is None else ParsedResume.model_validate(self.parsed)


class Application(SQLModel, table=True):
    """A candidate × job pair, its pipeline stage and how it got there.

    `stage_history` is a list of `{stage, at (ISO 8601 UTC), by}`, oldest first.
    """

    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("tenant_id", "candidate_id", "job_id"),
        UniqueConstraint("tenant_id", "id"),
        _parent_fk("candidate_id", "candidates"),
        _parent_fk("job_id", "jobs"),
        _parent_fk("resume_id", "resumes", ondelete=None),
        Index("ix_applications_tenant_job", "tenant_id", "job_id"),
        _one_of("stage", Stage),
    )

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    candidate_id: str
    job_id: str
    resume_id: str | None = None
    stage: str = "applied"
    stage_history: list[dict[str, Any]] = Field(default_factory=list, sa_column=_json())
    applied_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp(on_update=True))


class MatchScoreRow(SQLModel, table=True):
    """The current match score of an application (one per application).

    Named `…Row` beside the domain `core.match.MatchScore` it stores. The
    versions and `weights_version` record what produced it; `stale` marks a
    score whose inputs have moved on and that should be recomputed.
    """

    __tablename__ = "match_scores"
    __table_args__ = (
        UniqueConstraint("tenant_id", "application_id"),
        _parent_fk("application_id", "applications"),
        Index("ix_match_scores_tenant_job", "tenant_id", "job_id"),
        Index("ix_match_scores_tenant_candidate", "tenant_id", "candidate_id"),
    )

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    application_id: str
    job_id: str
    candidate_id: str
    resume_id: str
    overall: float
    dimensions: list[dict[str, Any]] = Field(default_factory=list, sa_column=_json())
    matched_skills: list[str] = Field(default_factory=list, sa_column=_json())
    missing_skills: list[str] = Field(default_factory=list, sa_column=_json())
    explanation: str = Field(default="", sa_column=_text())
    weights: dict[str, Any] = Field(default_factory=dict, sa_column=_json())
    scorer_version: str
    parser_version: str
    taxonomy_version: str
    weights_version: str
    stale: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())

    def to_match_score(self) -> MatchScore:
        """The domain MatchScore this row stores."""
        return MatchScore(
            overall=self.overall,
            dimensions=[MatchDimension.model_validate(d) for d in self.dimensions],
            matched_skills=list(self.matched_skills),
            missing_skills=list(self.missing_skills),
            explanation=self.explanation,
            scorer_version=self.scorer_version,
        )


class Interview(SQLModel, table=True):
    """One structured interview of an application; `thread_id` keys its checkpoints.

    `status` is owned by the interview flow (e.g. pending, in_progress,
    completed, incomplete), so it is not constrained here.
    """

    __tablename__ = "interviews"
    __table_args__ = (
        UniqueConstraint("tenant_id", "id"),
        _parent_fk("application_id", "applications"),
        _one_of("mode", InterviewMode),
    )

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    application_id: str = Field(index=True)
    mode: str = "chat"
    status: str = "pending"
    thread_id: str | None = Field(default=None, index=True)
    consent_given: bool | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())
    started_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    completed_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))


class Turn(SQLModel, table=True):
    """One utterance of an interview transcript, in order (`seq`)."""

    __tablename__ = "turns"
    __table_args__ = (
        UniqueConstraint("interview_id", "seq"),
        _parent_fk("interview_id", "interviews"),
    )

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    interview_id: str
    seq: int
    speaker: str
    kind: str
    text: str = Field(default="", sa_column=_text())
    question_id: str | None = None
    audio_ref: str | None = None
    started_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())
    ended_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))


class ScorecardRow(SQLModel, table=True):
    """The scored result of an interview; `brain` says which implementation scored it."""

    __tablename__ = "scorecards"
    __table_args__ = (_parent_fk("interview_id", "interviews"),)

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    interview_id: str = Field(index=True)
    dimensions: list[dict[str, Any]] = Field(default_factory=list, sa_column=_json())
    overall: float | None = None
    recommendation: str | None = None
    summary: str = Field(default="", sa_column=_text())
    brain: str
    flags: list[str] = Field(default_factory=list, sa_column=_json())
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class ReviewTicket(SQLModel, table=True):
    """A request for a human to look at an interview (e.g. a flagged answer)."""

    __tablename__ = "review_tickets"
    __table_args__ = (_parent_fk("interview_id", "interviews"),)

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    interview_id: str = Field(index=True)
    reason: str = Field(sa_column=_text())
    status: str = "open"
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class Decision(SQLModel, table=True):
    """A hiring decision on an application: who, what, why and from where."""

    __tablename__ = "decisions"
    __table_args__ = (
        _parent_fk("application_id", "applications"),
        _parent_fk("user_id", "users", ondelete=None),
        _one_of("source", DecisionSource),
    )

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    application_id: str = Field(index=True)
    user_id: str | None = None
    decision: str
    reason: str = Field(default="", sa_column=_text())
    source: str
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class AuditLog(SQLModel, table=True):
    """Who read or changed what, append-only."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_tenant_entity", "tenant_id", "entity", "entity_id"),)

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    actor: str
    action: str
    entity: str
    entity_id: str | None = None
    detail: dict[str, Any] | None = Field(default=None, sa_column=_json(nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class LlmUsage(SQLModel, table=True):
    """One request to a language model: tokens and estimated cost, for accounting.

    `job_id` and `interview_id` are plain references, not foreign keys: a job
    is analysed before it is stored, and accounting must outlive deletions.
    `prompt` is `name@version`; `cost_usd` is an estimate from configured prices.
    """

    __tablename__ = "llm_usage"
    __table_args__ = (
        Index("ix_llm_usage_tenant_created", "tenant_id", "created_at"),
        Index("ix_llm_usage_tenant_job", "tenant_id", "job_id"),
        Index("ix_llm_usage_tenant_interview", "tenant_id", "interview_id"),
    )

    id: str = Field(primary_key=True)
    tenant_id: str = _tenant_fk()
    job_id: str | None = None
    interview_id: str | None = None
    role: str
    model: str
    prompt: str
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    created_at: datetime = Field(default_factory=utcnow, sa_column=_timestamp())


class ApplicationSummary(BaseModel):
    """One application of a listed candidate (`scout candidates list`)."""

    job_id: str
    stage: str
    match_score: float | None = None


class CandidateListing(BaseModel):
    """A candidate as `scout candidates list --json` prints it."""

    id: str
    name: str | None = None
    emails: list[str] = PydanticField(default_factory=list)
    applications: list[ApplicationSummary] = PydanticField(default_factory=list)
