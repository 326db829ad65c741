"""`search_candidates`: structured filters in SQL plus meaning over resume chunks.

The steps: resolve the asker's scope (tenant, and a hiring manager's jobs);
check the jobs asked about are visible; map places to stored locations; if
the question has a free-text part, recall resume chunks by meaning (within
the tenant) and keep the candidates whose chunks match; then one SQL query
applies every filter within the scope and counts the matches. A page of
matches gets its evidence (resume lines, scores with versions, interview
quotes). When nobody matches, each condition is left out in turn to find the
near-misses and say which condition excluded them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from core.context import RunContext
from core.recruiter import (
    CandidateMatch,
    CandidateQuery,
    NearMiss,
    RecruiterLimits,
    SearchResult,
    SkillFilter,
)
from core.resume import ParsedResume
from store.repositories import search as search_repo
from store.repositories.search import CandidateHit, SearchCondition
from tools.recruiter_conditions import (
    CandidateFacts,
    best_score_claim,
    claim_builders,
    labels,
)
from tools.recruiter_evidence import quote
from tools.recruiter_kit import RecruiterKit
from tools.recruiter_names import display_name
from tools.recruiter_places import matching_locations
from tools.recruiter_scope import Scope, resolve_scope
from tools.recruiter_semantic import SemanticMatch, recall, select_matches


@dataclass
class PreparedSearch:
    """A query made ready for SQL: conditions, scope, and what meaning pre-selected."""

    query: CandidateQuery
    scope: Scope
    conditions: list[SearchCondition] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    candidate_ids: list[str] | None = None
    semantic: dict[str, SemanticMatch] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    empty: bool = False


async def search_candidates(
    kit: RecruiterKit,
    ctx: RunContext,
    query: CandidateQuery,
    *,
    limits: RecruiterLimits | None = None,
) -> SearchResult:
    """Candidates in the asker's scope meeting every filter, with evidence per claim."""
    limits = limits or RecruiterLimits()
    async with kit.store.session() as session:
        scope = await resolve_scope(session, ctx)
        prepared, hits = await _run(session, kit, scope, query, limits)
        if not hits and not prepared.empty:
            fallback, note = await _unlisted_by_meaning(session, prepared)
            if fallback is not None:
                prepared, hits = await _run(session, kit, scope, fallback, limits)
                prepared.notes.insert(0, note)
        if prepared.empty:
            return _result(prepared, [], [], [])
        page = hits[: query.limit or limits.max_results]
        matches = await _matches(session, kit, prepared, page)
        near = [] if hits else await near_misses(session, kit, prepared, limits.near_misses)
        return _result(prepared, hits, matches, near)


async def _run(
    session: AsyncSession, kit: RecruiterKit, scope: Scope, query: CandidateQuery,
    limits: RecruiterLimits,
) -> tuple[PreparedSearch, list[CandidateHit]]:
    """Prepare and run one search; hits are every match (capped), best first."""
    prepared = await prepare(session, kit, scope, query, limits)
    if prepared.empty:
        return prepared, []
    hits = await search_repo.find_candidates(
        session,
        tenant_id=scope.tenant_id,
        conditions=prepared.conditions,
        scope_job_ids=scope.job_ids,
        candidate_ids=prepared.candidate_ids,
        sort=query.sort,
        limit=max(limits.memory_ids, query.limit or limits.max_results),
    )
    return prepared, _ordered(hits, prepared.semantic)


async def _unlisted_by_meaning(
    session: AsyncSession, prepared: PreparedSearch
) -> tuple[CandidateQuery | None, str]:
    """Skills nobody in scope lists ("data warehousing") become a search by meaning.

    Resumes often describe such work in sentences without naming it as a
    skill, so an empty answer would mislead; only tried when the question
    had no free-text part already.
    """
    query = prepared.query
    if query.text or not query.skills:
        return None, ""
    unlisted = []
    dialect = search_repo.dialect_of(session)
    for skill in query.skills:
        bare = CandidateQuery(skills=[SkillFilter(name=skill.name)])
        conditions = search_repo.candidate_conditions(dialect, bare, location_values=None)
        if not await search_repo.find_candidates(
            session, tenant_id=prepared.scope.tenant_id, conditions=conditions,
            scope_job_ids=prepared.scope.job_ids, limit=1,
        ):
            unlisted.append(skill.name)
    if not unlisted:
        return None, ""
    kept = [s for s in query.skills if s.name not in unlisted]
    names = ", ".join(unlisted)
    note = f"Nobody lists {names} as a skill, so I searched the resumes for it by meaning."
    return query.model_copy(update={"skills": kept, "text": " ".join(unlisted)}), note


async def prepare(
    session: AsyncSession,
    kit: RecruiterKit,
    scope: Scope,
    query: CandidateQuery,
    limits: RecruiterLimits,
) -> PreparedSearch:
    """Check jobs, resolve places, run the semantic part, and build the SQL conditions."""
    prepared = PreparedSearch(query=query, scope=scope, candidate_ids=query.candidate_ids)
    visible = [job_id for job_id in query.job_ids if scope.visible(job_id)]
    if len(visible) < len(query.job_ids):
        prepared.notes.append("A job asked about is not one you can see; it was left out.")
        if not visible:
            prepared.empty = True
            return prepared
    query = query.model_copy(update={"job_ids": visible})
    prepared.query = query
    locations = await _locations(session, scope, query, prepared)
    if query.text:
        await _semantic(kit, scope, query, limits, prepared)
    dialect = search_repo.dialect_of(session)
    prepared.conditions = search_repo.candidate_conditions(
        dialect, query, location_values=locations
    ) + search_repo.application_conditions(dialect, query, tenant_id=scope.tenant_id)
    prepared.labels = {
        **labels(query, [scope.job_title(job_id) for job_id in query.job_ids]),
        **prepared.labels,
    }
    return prepared


async def _locations(
    session: AsyncSession, scope: Scope, query: CandidateQuery, prepared: PreparedSearch
) -> list[str] | None:
    """The stored locations the asked-for places map to (None when no place was asked)."""
    if not query.locations:
        return None
    stored = await search_repo.distinct_locations(session, tenant_id=scope.tenant_id)
    found = matching_locations(query.locations, stored)
    if not found and not query.remote:
        prepared.notes.append(f"No candidate lives in {' or '.join(query.locations)}.")
    return found


async def _semantic(
    kit: RecruiterKit,
    scope: Scope,
    query: CandidateQuery,
    limits: RecruiterLimits,
    prepared: PreparedSearch,
) -> None:
    """Keep only candidates whose resume chunks match the free-text part by meaning."""
    hits = await recall(
        kit.embedder,
        kit.vectors,
        tenant_id=scope.tenant_id,
        text=query.text or "",
        limit=limits.semantic_chunks,
    )
    found = select_matches(query.text or "", hits)
    allowed = set(prepared.candidate_ids) if prepared.candidate_ids is not None else None
    kept = [m for m in found if allowed is None or m.candidate_id in allowed]
    if not kept:
        prepared.notes.append(f"No resume reads like “{query.text}”.")
    prepared.semantic = {m.candidate_id: m for m in kept}
    prepared.candidate_ids = [m.candidate_id for m in kept]
    prepared.labels["text"] = f"about “{query.text}” (by meaning)"


def _ordered(hits: list[CandidateHit], semantic: dict[str, SemanticMatch]) -> list[CandidateHit]:
    """SQL order, or semantic relevance first when the question was searched by meaning."""
    if not semantic:
        return hits
    return sorted(hits, key=lambda h: (-semantic[h.candidate_id].relevance, h.candidate_id))


async def load_facts(
    session: AsyncSession,
    scope: Scope,
    candidate_ids: Sequence[str],
    conditions: Sequence[SearchCondition],
    *,
    with_scorecards: bool,
    full_scores: bool = False,
) -> dict[str, CandidateFacts]:
    """Resume, matching applications (and scorecards) of each candidate, in three queries."""
    tenant = scope.tenant_id
    candidates = await search_repo.visible_candidates(
        session, tenant_id=tenant, scope_job_ids=scope.job_ids, candidate_ids=candidate_ids
    )
    resumes = await search_repo.latest_resumes(
        session, tenant_id=tenant, candidate_ids=candidate_ids
    )
    applications = await search_repo.matching_applications(
        session,
        tenant_id=tenant,
        candidate_ids=candidate_ids,
        conditions=conditions,
        scope_job_ids=scope.job_ids,
        full_scores=full_scores,
    )
    cards = {}
    if with_scorecards:
        ids = [hit.application.id for hits in applications.values() for hit in hits]
        cards = await search_repo.scorecards_for(session, tenant_id=tenant, application_ids=ids)
    return {
        c.id: CandidateFacts(
            candidate=c,
            resume=ParsedResume.model_validate(resumes[c.id].parsed or {}),
            applications=applications.get(c.id, []),
            scorecards=cards,
        )
        for c in candidates
        if c.id in resumes
    }


async def _matches(
    session: AsyncSession, kit: RecruiterKit, prepared: PreparedSearch, page: list[CandidateHit]
) -> list[CandidateMatch]:
    """The page of matches, each with a claim and a table cell per condition."""
    ids = [hit.candidate_id for hit in page]
    facts = await load_facts(
        session,
        prepared.scope,
        ids,
        prepared.conditions,
        with_scorecards=prepared.query.interview is not None,
    )
    builders = claim_builders(prepared.query, kit.taxonomy)
    matches = []
    for hit in page:
        one = facts.get(hit.candidate_id)
        if one is None:
            continue
        match = _match(hit, one, prepared, builders)
        matches.append(match)
    return matches


def _match(
    hit: CandidateHit, facts: CandidateFacts, prepared: PreparedSearch, builders: dict
) -> CandidateMatch:
    """One match: claims for every condition, the semantic quote, and the best score."""
    evidence: list[str] = []
    cells: dict[str, str] = {}
    for condition in prepared.conditions:
        column, build = builders[condition.key]
        claim, cell = build(facts)
        if claim not in evidence:
            evidence.append(claim)
        cells[column] = cell
    semantic = prepared.semantic.get(hit.candidate_id)
    if semantic is not None:
        evidence.append(
            f"Resume ({semantic.section}): {quote(semantic.sentence)} — similarity "
            f"{semantic.similarity:.2f}, {semantic.coverage:.0%} of the asked words"
        )
        cells["Why"] = quote(semantic.sentence, 80)
    if "Match" not in cells:
        claim, cells["Match"] = best_score_claim(facts)
        evidence.append(claim)
    return CandidateMatch(
        id=hit.candidate_id,
        name=display_name(hit.name),
        evidence=evidence,
        score=hit.best_score,
        relevance=semantic.relevance if semantic else None,
        cells=cells,
    )


async def near_misses(
    session: AsyncSession, kit: RecruiterKit, prepared: PreparedSearch, limit: int
) -> list[NearMiss]:
    """Candidates failing exactly one condition, with that condition and their value."""
    if limit <= 0 or not prepared.conditions:
        return []
    builders = claim_builders(prepared.query, kit.taxonomy)
    found: dict[str, NearMiss] = {}
    for condition in prepared.conditions:
        hits = await search_repo.find_candidates(
            session, tenant_id=prepared.scope.tenant_id, conditions=prepared.conditions,
            scope_job_ids=prepared.scope.job_ids, candidate_ids=prepared.candidate_ids,
            skip=condition.key, sort=prepared.query.sort, limit=limit,
        )
        fresh = [h for h in hits if h.candidate_id not in found][: limit - len(found)]
        others = [c for c in prepared.conditions if c.key != condition.key]
        facts = await load_facts(
            session, prepared.scope, [h.candidate_id for h in fresh], others,
            with_scorecards=prepared.query.interview is not None,
        )
        for hit in fresh:
            if hit.candidate_id in facts:
                claim, _ = builders[condition.key][1](facts[hit.candidate_id])
                found[hit.candidate_id] = NearMiss(
                    id=hit.candidate_id, name=display_name(hit.name),
                    failed=prepared.labels.get(condition.key, condition.key), evidence=[claim],
                )
        if len(found) >= limit:
            break
    return list(found.values())


def _result(
    prepared: PreparedSearch,
    hits: list[CandidateHit],
    matches: list[CandidateMatch],
    near: list[NearMiss],
) -> SearchResult:
    columns: list[str] = []
    for match in matches:
        columns.extend(c for c in match.cells if c not in columns)
    return SearchResult(
        matches=matches,
        total=hits[0].total if hits else 0,
        all_ids=[hit.candidate_id for hit in hits],
        conditions=list(prepared.labels.values()),
        columns=columns,
        near_misses=near,
        notes=prepared.notes,
    )
