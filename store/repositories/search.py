"""Candidate search: recruiter filters as SQL, on SQLite and PostgreSQL alike.

The filters of a `CandidateQuery` become named conditions (`SearchCondition`)
over four tables: candidates, their parsed resumes, their applications and
the applications' match scores. Resume facts live in the `parsed` JSON column
(a `ParsedResume` dump), so list fields (skills, experience, education) are
searched with the backend's JSON table functions — `json_each` on SQLite,
`json_array_elements` on PostgreSQL — inside correlated EXISTS subqueries.

Every statement is scoped by `tenant_id`, and by the asker's visible jobs
when a scope is given (a hiring manager sees only the jobs they are on).
Application conditions (job, stage, score, interview, applied dates) must
hold on one and the same application. Conditions can be left out one at a
time by key, which is how "no one matches" finds its near-misses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    ColumnElement,
    Select,
    Text,
    and_,
    cast,
    exists,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
)
from sqlalchemy import column as sa_column
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import load_only

from core.recruiter import CandidateQuery, InterviewFilter, SkillFilter
from store.models import (
    Application,
    Candidate,
    Interview,
    Job,
    MatchScoreRow,
    Resume,
    ScorecardRow,
)

Level = Literal["candidate", "application"]
SCORE_COLUMNS = (
    MatchScoreRow.id, MatchScoreRow.tenant_id, MatchScoreRow.application_id,
    MatchScoreRow.job_id, MatchScoreRow.overall, MatchScoreRow.scorer_version,
    MatchScoreRow.weights_version, MatchScoreRow.stale,
)
"""What evidence cites of a score; the dimensions and skill lists stay unread."""
DEGREE_WORDS: dict[str, tuple[str, ...]] = {
    "phd": ("doctor", "phd", "ph.d", "dphil"),
    "master": ("master", "mba", "m.sc", "msc", "meng", "m.eng", "mphil", "m.a.", "m.s."),
    "bachelor": ("bachelor", "b.sc", "bsc", "beng", "b.eng", "btech", "b.tech", "b.a.", "b.s."),
}


@dataclass(frozen=True)
class SearchCondition:
    """One filter as SQL: `key` names it (to leave it out), `level` says which table it reads."""

    key: str
    level: Level
    clause: ColumnElement[bool]


@dataclass(frozen=True)
class CandidateHit:
    """A matching candidate: best match score and total years in scope, and the match count."""

    candidate_id: str
    name: str | None
    best_score: float | None
    total_years: float | None
    total: int


@dataclass(frozen=True)
class ApplicationHit:
    """An application that satisfies the query, with its job title and current score."""

    application: Application
    job_title: str
    score: MatchScoreRow | None


class JsonSql:
    """The JSON array table function of the session's backend; fields use SQLAlchemy's JSON."""

    def __init__(self, dialect: str) -> None:
        self.postgres = dialect == "postgresql"

    def elements(self, column: Any, key: str | None) -> Any:
        """A table of the array at `column[key]` (or the column itself), one `value` per item."""
        array = column if key is None else column[key]
        value = sa_column("value", JSON)
        if self.postgres:
            return func.json_array_elements(array).table_valued(value).alias()
        path = "$" if key is None else f"$.{key}"
        return func.json_each(column, path).table_valued(value).alias()

    @staticmethod
    def text(value: Any, key: str) -> Any:
        """A string field of a JSON object."""
        return value[key].as_string()

    @staticmethod
    def number(value: Any, key: str) -> Any:
        """A numeric field of a JSON object."""
        return value[key].as_float()

    @staticmethod
    def is_true(value: Any, key: str) -> ColumnElement[bool]:
        """A boolean field of a JSON object is true."""
        return value[key].as_boolean() == true()


def contains(expression: Any, phrase: str) -> ColumnElement[bool]:
    """Case-insensitive substring match, with LIKE wildcards in `phrase` taken literally."""
    return func.lower(expression).like(f"%{_escape(phrase.lower())}%", escape="\\")


def mentions(json: JsonSql, phrase: str, *, exact: bool = False) -> ColumnElement[bool]:
    """A cheap pre-test on the resume's raw JSON text before the JSON is parsed.

    Reading JSON arrays row by row is the slow part of a search (PostgreSQL
    parses `json` text on every access), so each resume filter first checks
    that the phrase occurs in the stored text at all — `"Python"` as an exact
    string for a skill name, the phrase anywhere in any case otherwise (ILIKE
    on PostgreSQL; SQLite's LIKE ignores ASCII case already). Only plain ASCII
    phrases are pre-tested: the stored JSON may escape anything else
    (`\\u00e9`), and a pre-test must never drop a true match.
    """
    if not phrase.isascii() or '"' in phrase or "\\" in phrase:
        return true()
    raw = cast(Resume.parsed, Text)
    if exact:
        return raw.like(f'%"{_escape(phrase)}"%', escape="\\")
    pattern = f"%{_escape(phrase)}%"
    if json.postgres:
        return raw.ilike(pattern, escape="\\")
    return raw.like(pattern, escape="\\")


def _escape(phrase: str) -> str:
    return phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _any_item(json: JsonSql, column: Any, key: str, *tests: Any) -> ColumnElement[bool]:
    """Some item of the JSON array `column[key]` passes every test (tests get the item)."""
    items = json.elements(column, key)
    value = items.c.value
    return exists(select(literal(1)).select_from(items).where(*[test(value) for test in tests]))


def _skill(json: JsonSql, skill: SkillFilter) -> ColumnElement[bool]:
    tests = [lambda v: json.text(v, "name") == skill.name]
    if skill.min_years is not None:
        bound = skill.min_years
        tests.append(lambda v: json.number(v, "years") >= bound)
    return and_(
        mentions(json, skill.name, exact=True), _any_item(json, Resume.parsed, "skills", *tests)
    )


def _employer(json: JsonSql, query: CandidateQuery) -> ColumnElement[bool]:
    phrase = query.employer or ""
    tests = [lambda v: contains(json.text(v, "company"), phrase)]
    if query.employer_when == "current":
        tests.append(lambda v: json.is_true(v, "current"))
    elif query.employer_when == "past":
        tests.append(lambda v: ~json.is_true(v, "current"))
    return and_(mentions(json, phrase), _any_item(json, Resume.parsed, "experience", *tests))


def _education(json: JsonSql, query: CandidateQuery) -> ColumnElement[bool]:
    tests = []
    if query.education_level:
        tests.append(lambda v: _degree_level(json, v, query.education_level or ""))
    pretest = true()
    if query.education_field:
        field = query.education_field
        tests.append(lambda v: contains(json.text(v, "field"), field))
        pretest = mentions(json, field)
    return and_(pretest, _any_item(json, Resume.parsed, "education", *tests))


def _degree_level(json: JsonSql, value: Any, level: str) -> ColumnElement[bool]:
    """The parser's degree level, or for an entry parsed before levels were kept, its words."""
    kept = json.text(value, "degree_level")
    words = [contains(json.text(value, "degree"), w) for w in DEGREE_WORDS[level]]
    return or_(kept == level, and_(kept.is_(None), or_(*words)))


def _place(
    json: JsonSql, values: Sequence[str] | None, remote: bool
) -> ColumnElement[bool]:
    """Lives in one of the resolved places, or (when asked) works remotely now."""
    options: list[ColumnElement[bool]] = []
    if values is not None:
        options.append(Candidate.location.in_(list(values)) if values else false())  # type: ignore[union-attr]
    if remote:
        options.append(contains(Candidate.location, "remote"))
        options.append(and_(mentions(json, "remote"), _any_item(
            json, Resume.parsed, "experience",
            lambda v: json.is_true(v, "current"),
            lambda v: contains(json.text(v, "location"), "remote"),
        )))
    return or_(*options)


def _interview(json: JsonSql, bound: InterviewFilter, tenant_id: str) -> ColumnElement[bool]:
    """The application has an interview whose scorecard meets the bound.

    An uncorrelated `IN (…)`: the few scored interviews of the tenant are read
    once, not once per candidate row.
    """
    tests: list[ColumnElement[bool]] = []
    if bound.dimension:
        items = json.elements(ScorecardRow.dimensions, None)
        score = json.number(items.c.value, "score")
        item_tests = [contains(json.text(items.c.value, "name"), bound.dimension)]
        if bound.min_score is not None:
            item_tests.append(score >= bound.min_score)
        if bound.max_score is not None:
            item_tests.append(score <= bound.max_score)
        tests.append(exists(select(literal(1)).select_from(items).where(*item_tests)))
    else:
        if bound.min_score is not None:
            tests.append(ScorecardRow.overall >= bound.min_score)  # type: ignore[operator]
        if bound.max_score is not None:
            tests.append(ScorecardRow.overall <= bound.max_score)  # type: ignore[operator]
    interviewed = (
        select(Interview.application_id)
        .join(
            ScorecardRow,
            (ScorecardRow.tenant_id == Interview.tenant_id)
            & (ScorecardRow.interview_id == Interview.id),
        )
        .where(Interview.tenant_id == tenant_id, *tests)
    )
    return Application.id.in_(interviewed)  # type: ignore[attr-defined]


def candidate_conditions(
    dialect: str, query: CandidateQuery, *, location_values: Sequence[str] | None
) -> list[SearchCondition]:
    """The resume and candidate filters of `query` as SQL conditions."""
    json = JsonSql(dialect)
    conditions = [
        SearchCondition(f"skill:{skill.name}", "candidate", _skill(json, skill))
        for skill in query.skills
    ]
    if query.any_skills:
        clause = or_(*[_skill(json, skill) for skill in query.any_skills])
        conditions.append(SearchCondition("any_skills", "candidate", clause))
    years = json.number(Resume.parsed, "total_years_experience")
    if query.min_years is not None:
        conditions.append(SearchCondition("min_years", "candidate", years >= query.min_years))
    if query.max_years is not None:
        conditions.append(SearchCondition("max_years", "candidate", years <= query.max_years))
    if query.employer:
        conditions.append(SearchCondition("employer", "candidate", _employer(json, query)))
    if query.title:
        title = query.title
        clause = and_(mentions(json, title), _any_item(
            json, Resume.parsed, "experience", lambda v: contains(json.text(v, "title"), title)
        ))
        conditions.append(SearchCondition("title", "candidate", clause))
    if query.education_level or query.education_field:
        conditions.append(SearchCondition("education", "candidate", _education(json, query)))
    if location_values is not None or query.remote:
        clause = _place(json, location_values, query.remote)
        conditions.append(SearchCondition("location", "candidate", clause))
    return conditions


def application_conditions(
    dialect: str, query: CandidateQuery, *, tenant_id: str
) -> list[SearchCondition]:
    """The application filters of `query` (job, stage, scores, dates) as SQL conditions."""
    conditions: list[SearchCondition] = []
    if query.job_ids:
        clause = Application.job_id.in_(query.job_ids)  # type: ignore[attr-defined]
        conditions.append(SearchCondition("job", "application", clause))
    if query.stages:
        clause = Application.stage.in_(list(query.stages))  # type: ignore[attr-defined]
        conditions.append(SearchCondition("stage", "application", clause))
    if query.min_score is not None:
        clause = MatchScoreRow.overall >= query.min_score
        conditions.append(SearchCondition("min_score", "application", clause))  # type: ignore[arg-type]
    if query.max_score is not None:
        clause = MatchScoreRow.overall <= query.max_score
        conditions.append(SearchCondition("max_score", "application", clause))  # type: ignore[arg-type]
    if query.interview is not None:
        clause = _interview(JsonSql(dialect), query.interview, tenant_id)
        conditions.append(SearchCondition("interview", "application", clause))
    if query.applied_after is not None:
        clause = Application.applied_at >= query.applied_after
        conditions.append(SearchCondition("applied_after", "application", clause))  # type: ignore[arg-type]
    if query.applied_before is not None:
        clause = Application.applied_at < query.applied_before
        conditions.append(SearchCondition("applied_before", "application", clause))  # type: ignore[arg-type]
    return conditions


def dialect_of(session: AsyncSession) -> str:
    """The backend name of the session's engine ("sqlite" or "postgresql")."""
    return session.get_bind().dialect.name


def _joined(
    statement: Select[Any], *, tenant_id: str, scope_job_ids: Sequence[str] | None,
    with_applications: bool,
) -> Select[Any]:
    """Candidates joined to their parsed resumes and, when needed, applications and scores."""
    statement = statement.select_from(Candidate).join(
        Resume,
        (Resume.tenant_id == Candidate.tenant_id)
        & (Resume.candidate_id == Candidate.id)
        & Resume.parsed.is_not(None),  # type: ignore[union-attr]
    )
    if with_applications:
        statement = statement.outerjoin(
            Application,
            (Application.tenant_id == Candidate.tenant_id)
            & (Application.candidate_id == Candidate.id),
        ).outerjoin(
            MatchScoreRow,
            (MatchScoreRow.tenant_id == Application.tenant_id)
            & (MatchScoreRow.application_id == Application.id),
        )
    statement = statement.where(Candidate.tenant_id == tenant_id)
    if scope_job_ids is not None:
        statement = statement.where(Application.job_id.in_(list(scope_job_ids)))  # type: ignore[attr-defined]
    return statement


async def find_candidates(
    session: AsyncSession,
    *,
    tenant_id: str,
    conditions: Sequence[SearchCondition],
    scope_job_ids: Sequence[str] | None = None,
    candidate_ids: Sequence[str] | None = None,
    skip: str | None = None,
    sort: str = "score",
    limit: int = 50,
) -> list[CandidateHit]:
    """Candidates meeting every condition (but `skip`), best first, with the match count.

    Sorted by name with no application condition and no job scope, the
    applications are not joined at all (counts over the whole pool stay cheap)
    and `best_score` is None.

    `scope_job_ids` limits both who is visible (someone who applied to one of
    these jobs) and which applications count; None means every job of the
    tenant. `candidate_ids` keeps only those candidates (a follow-up question
    or a semantic pre-selection).
    """
    json = JsonSql(dialect_of(session))
    kept = [c for c in conditions if c.key != skip]
    scored = sort in ("score", "years", "relevance")
    joins = scored or scope_job_ids is not None or any(c.level == "application" for c in kept)
    best = (func.max(MatchScoreRow.overall) if joins else null()).label("best")
    years = func.max(json.number(Resume.parsed, "total_years_experience")).label("years")
    statement = select(Candidate.id, Candidate.name, best, years, func.count().over())
    statement = _joined(
        statement, tenant_id=tenant_id, scope_job_ids=scope_job_ids, with_applications=joins
    )
    statement = statement.where(*[c.clause for c in kept])
    if candidate_ids is not None:
        statement = statement.where(Candidate.id.in_(list(candidate_ids)))  # type: ignore[attr-defined]
    statement = statement.group_by(Candidate.id, Candidate.name)
    statement = statement.order_by(*_order(sort, best, years)).limit(limit)
    rows = (await session.execute(statement)).all()
    return [CandidateHit(row[0], row[1], row[2], row[3], row[4]) for row in rows]


def _order(sort: str, best: Any, years: Any) -> list[Any]:
    """ORDER BY for a sort key; ties broken by name and id so pages are stable."""
    keys: list[Any] = []
    if sort == "years":
        keys.append(func.coalesce(years, -1).desc())
    if sort in ("score", "years", "relevance"):
        keys.append(func.coalesce(best, -1).desc())
    return [*keys, Candidate.name, Candidate.id]


async def matching_applications(
    session: AsyncSession,
    *,
    tenant_id: str,
    candidate_ids: Sequence[str],
    conditions: Sequence[SearchCondition],
    scope_job_ids: Sequence[str] | None = None,
    full_scores: bool = False,
) -> dict[str, list[ApplicationHit]]:
    """candidate id → their applications that meet the application conditions, best first.

    Scores carry only what evidence cites unless `full_scores` (dimensions,
    skills, explanation) is asked for.
    """
    if not candidate_ids:
        return {}
    statement = (
        select(Application, Job.title, MatchScoreRow)
        .options(*([] if full_scores else [load_only(*SCORE_COLUMNS)]))
        .join(Job, (Job.tenant_id == Application.tenant_id) & (Job.id == Application.job_id))
        .outerjoin(
            MatchScoreRow,
            (MatchScoreRow.tenant_id == Application.tenant_id)
            & (MatchScoreRow.application_id == Application.id),
        )
        .where(
            Application.tenant_id == tenant_id,
            Application.candidate_id.in_(list(candidate_ids)),  # type: ignore[attr-defined]
            *[c.clause for c in conditions if c.level == "application"],
        )
        .order_by(func.coalesce(MatchScoreRow.overall, -1).desc(), Application.id)
    )
    if scope_job_ids is not None:
        statement = statement.where(Application.job_id.in_(list(scope_job_ids)))  # type: ignore[attr-defined]
    found: dict[str, list[ApplicationHit]] = {}
    for application, title, score in (await session.execute(statement)).all():
        found.setdefault(application.candidate_id, []).append(
            ApplicationHit(application=application, job_title=title, score=score)
        )
    return found


async def latest_resumes(
    session: AsyncSession, *, tenant_id: str, candidate_ids: Sequence[str], with_text: bool = False
) -> dict[str, Resume]:
    """candidate id → their newest parsed resume (its full text only when asked for)."""
    if not candidate_ids:
        return {}
    columns = [Resume.tenant_id, Resume.id, Resume.candidate_id, Resume.parsed, Resume.created_at]
    statement = (
        select(Resume)
        .options(load_only(*columns, *([Resume.text] if with_text else [])))
        .where(
            Resume.tenant_id == tenant_id,
            Resume.candidate_id.in_(list(candidate_ids)),  # type: ignore[union-attr]
            Resume.parsed.is_not(None),  # type: ignore[union-attr]
        )
        .order_by(Resume.created_at, Resume.id)
    )
    newest: dict[str, Resume] = {}
    for resume in (await session.scalars(statement)).all():
        if resume.candidate_id:
            newest[resume.candidate_id] = resume
    return newest


async def visible_candidates(
    session: AsyncSession,
    *,
    tenant_id: str,
    scope_job_ids: Sequence[str] | None = None,
    candidate_ids: Sequence[str] | None = None,
) -> list[Candidate]:
    """The tenant's candidates the asker may see (applied to a scoped job), by name."""
    statement = select(Candidate).where(Candidate.tenant_id == tenant_id)
    if scope_job_ids is not None:
        applied = select(Application.candidate_id).where(
            Application.tenant_id == tenant_id,
            Application.job_id.in_(list(scope_job_ids)),  # type: ignore[attr-defined]
        )
        statement = statement.where(Candidate.id.in_(applied))  # type: ignore[attr-defined]
    if candidate_ids is not None:
        statement = statement.where(Candidate.id.in_(list(candidate_ids)))  # type: ignore[attr-defined]
    statement = statement.order_by(Candidate.name, Candidate.id)
    return list((await session.scalars(statement)).all())


async def candidate_names(
    session: AsyncSession,
    *,
    tenant_id: str,
    scope_job_ids: Sequence[str] | None = None,
    candidate_ids: Sequence[str] | None = None,
) -> list[tuple[str, str | None]]:
    """(id, name) of every candidate the asker may see: what names in a question resolve to."""
    statement = select(Candidate.id, Candidate.name).where(Candidate.tenant_id == tenant_id)
    if candidate_ids is not None:
        statement = statement.where(Candidate.id.in_(list(candidate_ids)))  # type: ignore[attr-defined]
    if scope_job_ids is not None:
        applied = select(Application.candidate_id).where(
            Application.tenant_id == tenant_id,
            Application.job_id.in_(list(scope_job_ids)),  # type: ignore[attr-defined]
        )
        statement = statement.where(Candidate.id.in_(applied))  # type: ignore[attr-defined]
    return [(row[0], row[1]) for row in (await session.execute(statement)).all()]


async def distinct_locations(session: AsyncSession, *, tenant_id: str) -> list[str]:
    """Every distinct candidate location of the tenant (what a place in a question maps to)."""
    statement = select(Candidate.location).distinct().where(
        Candidate.tenant_id == tenant_id,
        Candidate.location.is_not(None),  # type: ignore[union-attr]
    )
    return [row[0] for row in (await session.execute(statement)).all() if row[0]]


async def scorecards_for(
    session: AsyncSession, *, tenant_id: str, application_ids: Sequence[str]
) -> dict[str, list[ScorecardRow]]:
    """application id → its interview scorecards, newest first."""
    if not application_ids:
        return {}
    statement = (
        select(Interview.application_id, ScorecardRow)
        .join(
            ScorecardRow,
            (ScorecardRow.tenant_id == Interview.tenant_id)
            & (ScorecardRow.interview_id == Interview.id),
        )
        .where(
            Interview.tenant_id == tenant_id,
            Interview.application_id.in_(list(application_ids)),  # type: ignore[attr-defined]
        )
        .order_by(ScorecardRow.created_at.desc(), ScorecardRow.id)  # type: ignore[attr-defined]
    )
    found: dict[str, list[ScorecardRow]] = {}
    for application_id, card in (await session.execute(statement)).all():
        found.setdefault(application_id, []).append(card)
    return found


@dataclass(frozen=True)
class PipelineRow:
    """One application of a job, as pipeline statistics need it."""

    stage: str
    score: float | None
    history: list[dict[str, Any]]
    applied_at: datetime


async def pipeline_rows(
    session: AsyncSession, *, tenant_id: str, job_id: str
) -> list[PipelineRow]:
    """Stage, score and stage history of every application to one job."""
    statement = (
        select(
            Application.stage, MatchScoreRow.overall, Application.stage_history,
            Application.applied_at,
        )
        .outerjoin(
            MatchScoreRow,
            (MatchScoreRow.tenant_id == Application.tenant_id)
            & (MatchScoreRow.application_id == Application.id),
        )
        .where(Application.tenant_id == tenant_id, Application.job_id == job_id)
    )
    return [
        PipelineRow(stage=row[0], score=row[1], history=list(row[2] or []), applied_at=row[3])
        for row in (await session.execute(statement)).all()
    ]


async def application_for(
    session: AsyncSession, *, tenant_id: str, candidate_id: str, job_id: str
) -> tuple[Application, MatchScoreRow | None] | None:
    """A candidate's application to a job and its current score, or None."""
    statement = (
        select(Application, MatchScoreRow)
        .outerjoin(
            MatchScoreRow,
            (MatchScoreRow.tenant_id == Application.tenant_id)
            & (MatchScoreRow.application_id == Application.id),
        )
        .where(
            Application.tenant_id == tenant_id,
            Application.candidate_id == candidate_id,
            Application.job_id == job_id,
        )
    )
    row = (await session.execute(statement)).first()
    return None if row is None else (row[0], row[1])
