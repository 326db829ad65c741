"""Repository functions on SQLite and PostgreSQL: what they store, and what they refuse."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from core.errors import InputError, NotFound
from core.job import JobProfile
from core.match import MatchDimension, MatchScore
from core.recruiter import CandidateQuery
from core.resume import EducationEntry, ParsedResume, SkillEntry
from core.settings import Settings
from core.weights import MatchWeights
from store.engine import Store, open_store
from store.migrate import upgrade
from store.models import Application, Candidate, MatchScoreRow, Resume
from store.repositories import (
    applications,
    audit,
    candidates,
    jobs,
    resumes,
    scores,
    search,
    tenants,
    users,
)

TENANT = "acme"


@pytest.fixture
async def store(database_settings: Settings) -> AsyncIterator[Store]:
    await upgrade(database_settings)
    async with open_store(database_settings) as opened:
        async with opened.transaction() as session:
            await tenants.ensure_tenant(session, tenant_id=TENANT, name="Acme")
        yield opened


def _sha(content: str) -> str:
    return hashlib.sha256(content.encode()).hexdigest()


def _score(overall: float, version: str = "scorer-1") -> MatchScore:
    return MatchScore(
        overall=overall,
        dimensions=[
            MatchDimension(name="required_skills", score=overall, weight=0.4, evidence=["Python"])
        ],
        matched_skills=["python"],
        missing_skills=["go"],
        explanation=f"scored {overall}",
        scorer_version=version,
    )


@dataclass
class Seeded:
    job_id: str
    candidate_id: str
    resume_id: str
    application: Application


async def _seed(
    store: Store, *, name: str = "Ada Lovelace", email: str = "ada@example.com"
) -> Seeded:
    """A job, a candidate with a resume, their application and its score."""
    async with store.transaction() as session:
        job = await jobs.create_job(
            session,
            tenant_id=TENANT,
            title="Backend engineer",
            raw_text="We need Python.",
            profile=JobProfile(title="Backend engineer", required_skills=["python"]),
            weights=MatchWeights(),
        )
        candidate = await candidates.create_candidate(
            session, tenant_id=TENANT, name=name, emails=[email]
        )
        resume = await resumes.save_resume(
            session,
            tenant_id=TENANT,
            resume_id=_sha(name),
            file_name=f"{name}.pdf",
            kind="pdf",
            size_bytes=1234,
            text=f"{name}\nPython",
            candidate_id=candidate.id,
        )
        application = await applications.ensure_application(
            session, tenant_id=TENANT, candidate_id=candidate.id, job_id=job.id, resume_id=resume.id
        )
        await scores.save_match_score(
            session,
            tenant_id=TENANT,
            application=application,
            score=_score(72.5),
            weights=MatchWeights(),
            parser_version="parser-1",
            taxonomy_version="tax-1",
        )
    return Seeded(job.id, candidate.id, resume.id, application)


async def test_ensure_tenant_is_idempotent(store: Store) -> None:
    async with store.transaction() as session:
        again = await tenants.ensure_tenant(session, tenant_id=TENANT, name="Renamed")
        other = await tenants.ensure_tenant(session, tenant_id="globex")

    assert again.name == "Acme"
    assert other.name == "globex"


async def test_users_are_found_by_email_case_insensitively(store: Store) -> None:
    async with store.transaction() as session:
        created = await users.create_user(
            session,
            tenant_id=TENANT,
            email="Grace@Example.com",
            display_name="Grace",
            role="recruiter",
        )
    async with store.session() as session:
        found = await users.get_user_by_email(session, tenant_id=TENANT, email="grace@EXAMPLE.com")
        missing = await users.get_user_by_email(session, tenant_id=TENANT, email="x@example.com")

    assert found is not None and found.id == created.id
    assert found.email == "grace@example.com"
    assert created.id.startswith("usr_")
    assert missing is None


async def test_users_refuse_duplicates_and_unknown_roles(store: Store) -> None:
    async with store.transaction() as session:
        await users.create_user(
            session, tenant_id=TENANT, email="a@example.com", display_name="A", role="admin"
        )
    async with store.session() as session:
        with pytest.raises(InputError, match="already exists"):
            await users.create_user(
                session, tenant_id=TENANT, email="A@example.com", display_name="A", role="admin"
            )
        with pytest.raises(InputError, match="unknown role"):
            await users.create_user(
                session, tenant_id=TENANT, email="b@example.com", display_name="B", role="boss"
            )


async def test_jobs_round_trip_their_profile_and_weights(store: Store) -> None:
    profile = JobProfile(
        title="Data engineer",
        location="Berlin",
        required_skills=["python", "sql"],
        min_years_experience=3,
    )
    weights = MatchWeights(required_skills=0.6)
    async with store.transaction() as session:
        job = await jobs.create_job(
            session,
            tenant_id=TENANT,
            title="Data engineer",
            raw_text="...",
            profile=profile,
            weights=weights,
            source_sha256=_sha("jd"),
        )
    async with store.session() as session:
        loaded = await jobs.get_job(session, tenant_id=TENANT, job_id=job.id)
        by_source = await jobs.find_job_by_source(
            session, tenant_id=TENANT, source_sha256=_sha("jd")
        )
        unknown = await jobs.find_job_by_source(session, tenant_id=TENANT, source_sha256=_sha("x"))
        listed = await jobs.list_jobs(session, tenant_id=TENANT)

    assert loaded.profile_model() == profile.model_copy(update={"id": job.id})
    assert loaded.weights_model() == weights
    assert (loaded.status, loaded.version) == ("open", 1)
    assert by_source is not None and by_source.id == job.id
    assert unknown is None
    assert [j.id for j in listed] == [job.id]
    assert job.id.startswith("job_") and len(job.id) == len("job_") + 12


async def test_get_job_raises_not_found(store: Store) -> None:
    async with store.session() as session:
        with pytest.raises(NotFound):
            await jobs.get_job(session, tenant_id=TENANT, job_id="job_000000000000")


async def test_update_job_weights_bumps_the_version_once(store: Store) -> None:
    seeded = await _seed(store)
    new_weights = MatchWeights(required_skills=0.7)
    async with store.transaction() as session:
        job = await jobs.update_job_weights(
            session, tenant_id=TENANT, job_id=seeded.job_id, weights=new_weights
        )
        same = await jobs.update_job_weights(
            session, tenant_id=TENANT, job_id=seeded.job_id, weights=new_weights
        )

    assert job.version == same.version == 2
    assert job.weights_model() == new_weights


async def test_list_jobs_by_status_and_membership(store: Store) -> None:
    async with store.transaction() as session:
        manager = await users.create_user(
            session,
            tenant_id=TENANT,
            email="hm@example.com",
            display_name="HM",
            role="hiring_manager",
        )
        made = [
            await jobs.create_job(
                session,
                tenant_id=TENANT,
                title=title,
                raw_text=title,
                profile=JobProfile(title=title),
                weights=MatchWeights(),
            )
            for title in ("one", "two", "three")
        ]
        await jobs.add_job_member(session, tenant_id=TENANT, job_id=made[1].id, user_id=manager.id)
        await jobs.add_job_member(session, tenant_id=TENANT, job_id=made[1].id, user_id=manager.id)
        await jobs.set_job_status(session, tenant_id=TENANT, job_id=made[2].id, status="closed")
    async with store.session() as session:
        mine = await jobs.list_jobs(session, tenant_id=TENANT, member_user_id=manager.id)
        open_jobs = await jobs.list_jobs(session, tenant_id=TENANT, status="open")

    assert [j.title for j in mine] == ["two"]
    assert [j.title for j in open_jobs] == ["one", "two"]


async def test_candidates_are_found_by_any_of_their_emails(store: Store) -> None:
    async with store.transaction() as session:
        created = await candidates.create_candidate(
            session,
            tenant_id=TENANT,
            name="Ada",
            emails=["Ada@Example.com", "ada@example.com", " ada@work.example "],
            phones=["+44 20 7946 0000"],
            location="London",
        )
    async with store.session() as session:
        by_one = await candidates.find_candidate_by_email(
            session, tenant_id=TENANT, email="ADA@work.example"
        )
        by_many = await candidates.find_candidate_by_email(
            session, tenant_id=TENANT, email=["new@example.com", "ada@example.com"]
        )
        nobody = await candidates.find_candidate_by_email(
            session, tenant_id=TENANT, email="nobody@example.com"
        )
        loaded = await candidates.get_candidate(session, tenant_id=TENANT, candidate_id=created.id)

    assert created.emails == ["ada@example.com", "ada@work.example"]
    assert by_one is not None and by_one.id == created.id
    assert by_many is not None and by_many.id == created.id
    assert nobody is None
    assert (loaded.name, loaded.phones, loaded.location) == ("Ada", ["+44 20 7946 0000"], "London")


async def test_updating_emails_updates_the_lookup(store: Store) -> None:
    async with store.transaction() as session:
        created = await candidates.create_candidate(
            session, tenant_id=TENANT, name="Ada", emails=["old@example.com"]
        )
        await candidates.update_candidate(
            session, tenant_id=TENANT, candidate_id=created.id, emails=["new@example.com"]
        )
    async with store.session() as session:
        old = await candidates.find_candidate_by_email(
            session, tenant_id=TENANT, email="old@example.com"
        )
        new = await candidates.find_candidate_by_email(
            session, tenant_id=TENANT, email="new@example.com"
        )

    assert old is None
    assert new is not None and new.id == created.id


async def test_save_resume_inserts_then_updates_in_place(store: Store) -> None:
    resume_id = _sha("resume bytes")
    parsed = ParsedResume(
        name="Ada", skills=[SkillEntry(name="python", years=4.0)], parser_version="parser-2"
    )
    async with store.transaction() as session:
        first = await resumes.save_resume(
            session,
            tenant_id=TENANT,
            resume_id=resume_id,
            file_name="ada.pdf",
            kind="pdf",
            size_bytes=10,
        )
        assert first.status == "stored" and first.parsed_model() is None
        second = await resumes.save_resume(
            session,
            tenant_id=TENANT,
            resume_id=resume_id,
            file_name="renamed.pdf",
            kind="pdf",
            size_bytes=10,
            text="Ada\nPython",
            parsed=parsed,
            taxonomy_version="tax-1",
            warnings=["no dates"],
        )
        assert second.status == "parsed"
        await resumes.set_resume_status(
            session, tenant_id=TENANT, resume_id=resume_id, status="indexed"
        )
    async with store.session() as session:
        loaded = await resumes.get_resume(session, tenant_id=TENANT, resume_id=resume_id)
        count = await session.scalar(select(func.count()).select_from(Resume))

    assert count == 1
    assert loaded is not None
    assert loaded.file_name == "ada.pdf"
    assert loaded.text == "Ada\nPython"
    assert loaded.parsed_model() == parsed
    assert (loaded.parser_version, loaded.taxonomy_version) == ("parser-2", "tax-1")
    assert loaded.warnings == ["no dates"]
    assert loaded.status == "indexed"
    assert loaded.updated_at >= loaded.created_at


async def test_resumes_refuse_unknown_kinds_and_statuses(store: Store) -> None:
    async with store.session() as session:
        with pytest.raises(InputError, match="unsupported resume kind"):
            await resumes.save_resume(
                session,
                tenant_id=TENANT,
                resume_id=_sha("x"),
                file_name="x.exe",
                kind="exe",
                size_bytes=1,
            )
        with pytest.raises(NotFound):
            await resumes.set_resume_status(
                session, tenant_id=TENANT, resume_id=_sha("missing"), status="parsed"
            )
        with pytest.raises(InputError, match="unknown resume status"):
            await resumes.set_resume_status(
                session, tenant_id=TENANT, resume_id=_sha("missing"), status="lost"
            )


async def test_ensure_application_is_idempotent(store: Store) -> None:
    seeded = await _seed(store)
    async with store.transaction() as session:
        newer = await resumes.save_resume(
            session,
            tenant_id=TENANT,
            resume_id=_sha("newer resume"),
            file_name="ada-2025.docx",
            kind="docx",
            size_bytes=99,
            candidate_id=seeded.candidate_id,
        )
        again = await applications.ensure_application(
            session,
            tenant_id=TENANT,
            candidate_id=seeded.candidate_id,
            job_id=seeded.job_id,
            resume_id=newer.id,
        )
    async with store.session() as session:
        count = await session.scalar(select(func.count()).select_from(Application))

    assert again.id == seeded.application.id
    assert again.resume_id == newer.id
    assert count == 1
    assert [entry["stage"] for entry in again.stage_history] == ["applied"]


async def test_one_application_per_candidate_and_job_in_the_database(store: Store) -> None:
    seeded = await _seed(store)
    async with store.session() as session:
        session.add(
            Application(
                id="app_duplicate0",
                tenant_id=TENANT,
                candidate_id=seeded.candidate_id,
                job_id=seeded.job_id,
            )
        )
        with pytest.raises(IntegrityError):
            await session.flush()


async def test_ensure_application_needs_a_known_candidate_and_job(store: Store) -> None:
    seeded = await _seed(store)
    async with store.session() as session:
        with pytest.raises(NotFound, match="candidate"):
            await applications.ensure_application(
                session,
                tenant_id=TENANT,
                candidate_id="cand_000000000000",
                job_id=seeded.job_id,
                resume_id=None,
            )
        with pytest.raises(NotFound, match="job"):
            await applications.ensure_application(
                session,
                tenant_id=TENANT,
                candidate_id=seeded.candidate_id,
                job_id="job_000000000000",
                resume_id=None,
            )


async def test_stage_changes_are_recorded_in_order(store: Store) -> None:
    seeded = await _seed(store)
    app_id = seeded.application.id
    async with store.transaction() as session:
        await applications.set_stage(
            session, tenant_id=TENANT, application_id=app_id, stage="screened", by="usr_recruiter"
        )
        await applications.set_stage(
            session, tenant_id=TENANT, application_id=app_id, stage="screened", by="usr_recruiter"
        )
        await applications.set_stage(
            session, tenant_id=TENANT, application_id=app_id, stage="interview", by="slack:U123"
        )
    async with store.session() as session:
        loaded = await applications.get_application(
            session, tenant_id=TENANT, application_id=app_id
        )
        with pytest.raises(InputError, match="unknown stage"):
            await applications.set_stage(
                session, tenant_id=TENANT, application_id=app_id, stage="ghosted", by="x"
            )

    assert loaded.stage == "interview"
    history = loaded.stage_history
    assert [(h["stage"], h["by"]) for h in history] == [
        ("applied", "system"),
        ("screened", "usr_recruiter"),
        ("interview", "slack:U123"),
    ]
    assert history[0]["at"] <= history[1]["at"] <= history[2]["at"]
    assert history[0]["at"].endswith("+00:00")


async def test_saving_a_score_replaces_the_previous_one(store: Store) -> None:
    seeded = await _seed(store)
    async with store.transaction() as session:
        row = await scores.save_match_score(
            session,
            tenant_id=TENANT,
            application=seeded.application,
            score=_score(91.0, version="scorer-2"),
            weights=MatchWeights(),
            parser_version="parser-1",
            taxonomy_version="tax-1",
        )
    async with store.session() as session:
        current = await scores.get_match_score(
            session, tenant_id=TENANT, application_id=seeded.application.id
        )
        count = await session.scalar(select(func.count()).select_from(MatchScoreRow))

    assert count == 1
    assert current is not None and current.id == row.id
    assert current.to_match_score() == _score(91.0, version="scorer-2")
    assert (current.job_id, current.candidate_id, current.resume_id) == (
        seeded.job_id,
        seeded.candidate_id,
        seeded.resume_id,
    )
    assert current.weights_version == scores.weights_version(MatchWeights())
    assert current.stale is False


async def test_latest_scores_for_job_are_best_first(store: Store) -> None:
    first = await _seed(store, name="Ada", email="ada@example.com")
    async with store.transaction() as session:
        grace = await candidates.create_candidate(
            session, tenant_id=TENANT, name="Grace", emails=["grace@example.com"]
        )
        resume = await resumes.save_resume(
            session,
            tenant_id=TENANT,
            resume_id=_sha("grace"),
            file_name="grace.txt",
            kind="txt",
            size_bytes=5,
            candidate_id=grace.id,
        )
        application = await applications.ensure_application(
            session,
            tenant_id=TENANT,
            candidate_id=grace.id,
            job_id=first.job_id,
            resume_id=resume.id,
        )
        await scores.save_match_score(
            session,
            tenant_id=TENANT,
            application=application,
            score=_score(88.0),
            weights=MatchWeights(),
            parser_version="parser-1",
            taxonomy_version="tax-1",
        )
    async with store.session() as session:
        ranked = await scores.latest_scores_for_job(session, tenant_id=TENANT, job_id=first.job_id)

    assert [(r.candidate_id, r.overall) for r in ranked] == [
        (grace.id, 88.0),
        (first.candidate_id, 72.5),
    ]


async def test_weights_hash_ignores_key_order() -> None:
    weights = MatchWeights(education=0.2)
    reordered = dict(reversed(list(weights.model_dump().items())))

    assert scores.weights_version(weights) == scores.weights_version(reordered)
    assert scores.weights_version(weights) != scores.weights_version(MatchWeights())
    assert len(scores.weights_version(weights)) == 12


async def test_new_weights_make_the_job_scores_stale(store: Store) -> None:
    seeded = await _seed(store)
    async with store.transaction() as session:
        await jobs.update_job_weights(
            session,
            tenant_id=TENANT,
            job_id=seeded.job_id,
            weights=MatchWeights(semantic_similarity=0.5),
        )
    async with store.session() as session:
        stale = await scores.stale_scores(session, tenant_id=TENANT)
        fresh_only = await scores.latest_scores_for_job(
            session, tenant_id=TENANT, job_id=seeded.job_id, include_stale=False
        )

    assert [row.application_id for row in stale] == [seeded.application.id]
    assert fresh_only == []


async def test_new_code_versions_make_scores_stale(store: Store) -> None:
    seeded = await _seed(store)
    async with store.transaction() as session:
        unchanged = await scores.mark_scores_stale(
            session,
            tenant_id=TENANT,
            scorer_version="scorer-1",
            parser_version="parser-1",
            taxonomy_version="tax-1",
        )
        changed = await scores.mark_scores_stale(
            session, tenant_id=TENANT, job_id=seeded.job_id, parser_version="parser-2"
        )
        repeated = await scores.mark_scores_stale(
            session, tenant_id=TENANT, parser_version="parser-2"
        )

    assert (unchanged, changed, repeated) == (0, 1, 0)
    async with store.session() as session:
        stale = await scores.stale_scores(session, tenant_id=TENANT, job_id=seeded.job_id)
        assert [row.id for row in stale] and stale[0].stale is True

    async with store.transaction() as session:
        await scores.save_match_score(
            session,
            tenant_id=TENANT,
            application=seeded.application,
            score=_score(80.0),
            weights=MatchWeights(),
            parser_version="parser-2",
            taxonomy_version="tax-1",
        )
    async with store.session() as session:
        assert await scores.stale_scores(session, tenant_id=TENANT) == []


async def test_list_candidates_with_applications_and_scores(store: Store) -> None:
    ada = await _seed(store, name="Ada", email="ada@example.com")
    async with store.transaction() as session:
        second_job = await jobs.create_job(
            session,
            tenant_id=TENANT,
            title="Platform engineer",
            raw_text="Go",
            profile=JobProfile(title="Platform engineer"),
            weights=MatchWeights(),
        )
        await applications.ensure_application(
            session,
            tenant_id=TENANT,
            candidate_id=ada.candidate_id,
            job_id=second_job.id,
            resume_id=ada.resume_id,
        )
        lurker = await candidates.create_candidate(
            session, tenant_id=TENANT, name="Lurker", emails=[]
        )
    async with store.session() as session:
        everyone = await candidates.list_candidates(session, tenant_id=TENANT)
        for_job = await candidates.list_candidates(session, tenant_id=TENANT, job_id=ada.job_id)
        paged = await candidates.list_candidates(session, tenant_id=TENANT, limit=1, offset=1)

    assert [c.id for c in everyone] == [ada.candidate_id, lurker.id]
    assert everyone[0].model_dump() == {
        "id": ada.candidate_id,
        "name": "Ada",
        "emails": ["ada@example.com"],
        "applications": [
            {"job_id": ada.job_id, "stage": "applied", "match_score": 72.5},
            {"job_id": second_job.id, "stage": "applied", "match_score": None},
        ],
    }
    assert everyone[1].applications == []
    assert [c.id for c in for_job] == [ada.candidate_id]
    assert [a.job_id for a in for_job[0].applications] == [ada.job_id]
    assert [c.id for c in paged] == [lurker.id]


async def test_erasing_a_candidate_removes_their_data(store: Store) -> None:
    """Deleting the candidate row cascades to resumes, applications, scores and emails."""
    seeded = await _seed(store)
    async with store.transaction() as session:
        await session.execute(
            delete(Candidate).where(
                Candidate.tenant_id == TENANT, Candidate.id == seeded.candidate_id
            )
        )
    async with store.session() as session:
        assert (
            await resumes.get_resume(session, tenant_id=TENANT, resume_id=seeded.resume_id) is None
        )
        assert await applications.list_applications(session, tenant_id=TENANT) == []
        assert (
            await scores.latest_scores_for_job(session, tenant_id=TENANT, job_id=seeded.job_id)
            == []
        )
        assert (
            await candidates.find_candidate_by_email(
                session, tenant_id=TENANT, email="ada@example.com"
            )
            is None
        )


async def test_audit_entries_are_kept_in_order(store: Store) -> None:
    async with store.transaction() as session:
        await audit.record(
            session,
            tenant_id=TENANT,
            actor="usr_1",
            action="read",
            entity="candidate",
            entity_id="cand_1",
        )
        await audit.record(
            session,
            tenant_id=TENANT,
            actor="usr_1",
            action="export",
            entity="candidate",
            entity_id="cand_1",
            detail={"format": "json"},
        )
        await audit.record(
            session, tenant_id=TENANT, actor="cli", action="ingest", entity="job", entity_id=None
        )
    async with store.session() as session:
        about_cand = await audit.list_entries(
            session, tenant_id=TENANT, entity="candidate", entity_id="cand_1"
        )
        everything = await audit.list_entries(session, tenant_id=TENANT)

    assert [(e.action, e.detail) for e in about_cand] == [
        ("read", None),
        ("export", {"format": "json"}),
    ]
    assert len(everything) == 3
    assert all(e.created_at.tzinfo is not None for e in everything)


async def test_concurrent_ensure_application_makes_one_row(store: Store) -> None:
    """Parallel workers ingesting the same candidate for the same job agree on one application."""
    seeded = await _seed(store)
    async with store.transaction() as session:
        other_job = await jobs.create_job(
            session,
            tenant_id=TENANT,
            title="SRE",
            raw_text="SRE",
            profile=JobProfile(title="SRE"),
            weights=MatchWeights(),
        )

    async def worker() -> str:
        async with store.transaction() as session:
            application = await applications.ensure_application(
                session,
                tenant_id=TENANT,
                candidate_id=seeded.candidate_id,
                job_id=other_job.id,
                resume_id=seeded.resume_id,
            )
            return application.id

    ids = await asyncio.gather(*(worker() for _ in range(4)))
    async with store.session() as session:
        rows = await applications.list_applications(session, tenant_id=TENANT, job_id=other_job.id)

    assert len(set(ids)) == 1
    assert [row.id for row in rows] == [ids[0]]


async def test_degree_filter_reads_the_level_and_old_entries_by_their_words(store: Store) -> None:
    """The parser's level decides; an entry stored before levels were kept is read by its words."""
    degrees = {
        "Ann Levelled": EducationEntry(degree="M.Sc. in Statistics", degree_level="master"),
        "Bo Unlevelled": EducationEntry(degree="Master of Science"),  # parsed before levels
        "Cy Bachelor": EducationEntry(degree="B.A., Masters coursework", degree_level="bachelor"),
    }
    async with store.transaction() as session:
        ids = {}
        for name, entry in degrees.items():
            candidate = await candidates.create_candidate(
                session, tenant_id=TENANT, name=name, emails=[f"{name.split()[0]}@example.com"]
            )
            await resumes.save_resume(
                session, tenant_id=TENANT, resume_id=_sha(name), file_name=f"{name}.pdf",
                kind="pdf", size_bytes=10, text=name, candidate_id=candidate.id,
                parsed=ParsedResume(name=name, education=[entry], parser_version="parser-test"),
            )
            ids[candidate.id] = name
    async with store.session() as session:
        dialect = search.dialect_of(session)
        query = CandidateQuery(education_level="master")
        hits = await search.find_candidates(
            session, tenant_id=TENANT, sort="name",
            conditions=search.candidate_conditions(dialect, query, location_values=None),
        )
    assert sorted(ids[h.candidate_id] for h in hits) == ["Ann Levelled", "Bo Unlevelled"]
