"""The offline question parser on questions recruiters actually type."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agents.offline_recruiter import merge_follow_up, plan_calls
from agents.question_parser import ParsedQuestion, parse_question
from core.recruiter import CandidateQuery, CandidateRef, JobOption, SkillFilter, ThreadMemory

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)  # a Friday
JOBS = [
    JobOption(id="job_be", title="Senior Backend Engineer (Python)"),
    JobOption(id="job_da", title="Data Analyst"),
    JobOption(id="job_de", title="Data Engineer"),
    JobOption(id="job_ios", title="iOS Engineer"),
    JobOption(id="job_ml", title="Senior Machine Learning Engineer"),
    JobOption(id="job_sre", title="Site Reliability Engineer"),
]


def parse(question: str, taxonomy, memory: ThreadMemory | None = None) -> ParsedQuestion:
    return parse_question(
        question, jobs=JOBS, taxonomy=taxonomy, memory=memory or ThreadMemory(), now=NOW
    )


def test_skills_years_score_and_job(taxonomy) -> None:
    parsed = parse("who has 5+ years of Python and scored above 80 for the backend role?",
                   taxonomy)
    assert parsed.intent == "list"
    assert parsed.query.skills == [SkillFilter(name="Python", min_years=5)]
    assert parsed.query.min_score == 80 and parsed.query.job_ids == ["job_be"]
    assert parsed.query.text is None and not parsed.notes


@pytest.mark.parametrize(
    ("question", "skills"),
    [
        ("who knows k8s and postgres", ["Kubernetes", "PostgreSQL"]),
        ("at least 4 years of experience with Kafka", [("Apache Kafka", 4)]),
        ("Python (3+ years) and Django", [("Python", 3), "Django"]),
        ("3 years of SQL, Python and Spark", [("SQL", 3), ("Python", 3), ("Apache Spark", 3)]),
    ],
)
def test_skill_synonyms_and_years(taxonomy, question: str, skills: list) -> None:
    expected = [SkillFilter(name=s, min_years=None) if isinstance(s, str)
                else SkillFilter(name=s[0], min_years=s[1]) for s in skills]
    assert parse(question, taxonomy).query.skills == expected


def test_alternatives_total_years_and_bounds(taxonomy) -> None:
    either = parse("who knows Go or Java", taxonomy).query
    assert [s.name for s in either.any_skills] == ["Go", "Java"] and not either.skills
    senior = parse("candidates with more than 8 years of experience", taxonomy).query
    assert senior.min_years == 8 and not senior.skills
    junior = parse("less than 3 years of experience", taxonomy).query
    assert junior.max_years == 3
    band = parse("who scored between 60 and 80 for the data engineer role", taxonomy).query
    assert (band.min_score, band.max_score, band.job_ids) == (60, 80, ["job_de"])
    low = parse("who scored below 50 for iOS?", taxonomy).query
    assert low.max_score == 50 and low.job_ids == ["job_ios"]


def test_top_n_and_sorting(taxonomy) -> None:
    top = parse("top 5 candidates for the ML role", taxonomy).query
    assert (top.limit, top.sort, top.job_ids) == (5, "score", ["job_ml"])
    oldest = parse("most experienced data engineers", taxonomy).query
    assert oldest.sort == "years" and oldest.title == "data engineer"


@pytest.mark.parametrize(
    ("question", "employer", "when"),
    [
        ("who worked at Rivermark Insurance?", "Rivermark Insurance", "any"),
        ("who currently works at Jetstream Cargo", "Jetstream Cargo", "current"),
        ("who used to work at Cinder & Slate", "Cinder & Slate", "past"),
    ],
)
def test_employers(taxonomy, question: str, employer: str, when: str) -> None:
    query = parse(question, taxonomy).query
    assert (query.employer, query.employer_when) == (employer, when)


def test_places_remote_education_title_stage(taxonomy) -> None:
    places = parse("Python developers in Berlin or Amsterdam", taxonomy).query
    assert places.locations == ["Berlin", "Amsterdam"] and places.skills[0].name == "Python"
    assert parse("candidates based in the UK", taxonomy).query.locations == ["UK"]
    remote = parse("remote data engineers with Airflow", taxonomy).query
    assert remote.remote and remote.title == "data engineer"
    degree = parse("who has a master's in statistics", taxonomy).query
    assert (degree.education_level, degree.education_field) == ("master", "statistics")
    assert parse("who has worked as a Data Platform Engineer", taxonomy).query.title == (
        "Data Platform Engineer"
    )
    staged = parse("who is in the interview stage for iOS", taxonomy).query
    assert staged.stages == ["interview"] and staged.job_ids == ["job_ios"]


def test_interview_scores(taxonomy) -> None:
    overall = parse("candidates with an interview score of at least 4", taxonomy).query
    assert overall.interview and overall.interview.min_score == 4
    assert overall.interview.dimension is None and overall.min_score is None
    dim = parse("who has a communication score above 3 in the interview?", taxonomy).query
    assert dim.interview and dim.interview.dimension == "communication"


def test_counts_and_time_windows(taxonomy) -> None:
    parsed = parse("how many applied to the data role this week?", taxonomy)
    assert parsed.intent == "count"
    assert set(parsed.query.job_ids) == {"job_da", "job_de"}
    assert parsed.query.applied_after == datetime(2026, 11, 16, tzinfo=UTC)
    assert any("Data Analyst and Data Engineer" in note for note in parsed.notes)
    march = parse("who applied since March with SQL", taxonomy).query
    assert march.applied_after == datetime(2026, 3, 1, tzinfo=UTC)
    october = parse("who applied in October", taxonomy).query
    assert (october.applied_after, october.applied_before) == (
        datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC))


def test_compare_profile_explain_similar_move_stats(taxonomy) -> None:
    compare = parse("compare Ana and Wei for the backend role", taxonomy)
    assert (compare.intent, compare.refs, compare.job_ids) == ("compare", ["Ana", "Wei"],
                                                               ["job_be"])
    assert parse("Ana Souza vs Wei Zhang", taxonomy).refs == ["Ana Souza", "Wei Zhang"]
    assert parse("tell me about Émilie Roy", taxonomy).intent == "profile"
    assert parse("why did Émilie Roy score 79.7?", taxonomy).refs == ["Émilie Roy"]
    assert parse("who is similar to Léa Moreau?", taxonomy).intent == "similar"
    move = parse("move Ana to interview for the backend role", taxonomy)
    assert (move.intent, move.refs, move.stage, move.job_ids) == (
        "move", ["Ana"], "interview", ["job_be"])
    assert parse("reject Wei", taxonomy).stage == "rejected"
    assert parse("pipeline for the backend role", taxonomy).intent == "stats"
    assert parse("show me Python developers", taxonomy).intent == "list"


def test_follow_ups_and_positions(taxonomy) -> None:
    memory = ThreadMemory(
        last_query=CandidateQuery(skills=[SkillFilter(name="Python", min_years=5)],
                                  job_ids=["job_be"]),
        last_ids=["c1", "c2", "c3"],
        last_shown=[CandidateRef(id=i) for i in ("c1", "c2", "c3")],
        last_job_ids=["job_be"], focus=CandidateRef(id="c2"),
    )
    narrow = parse("and which of them are in Berlin?", taxonomy, memory)
    merged = merge_follow_up(narrow, memory)
    assert narrow.follow_up == "narrow" and merged.candidate_ids == ["c1", "c2", "c3"]
    assert merged.locations == ["Berlin"] and merged.skills[0].min_years == 5
    other = merge_follow_up(parse("what about London?", taxonomy, memory), memory)
    assert other.locations == ["London"] and other.candidate_ids is None
    assert parse("tell me about the second one", taxonomy, memory).refs == ["c2"]
    assert parse("compare the first two", taxonomy, memory).refs == ["c1", "c2"]
    step = plan_calls(parse("move her to offer", taxonomy, memory), memory)
    assert step.calls[0].args == {"candidate": "c2", "stage": "offer", "job_id": "job_be"}


def test_unparsed_words_are_searched_by_meaning_with_a_note(taxonomy) -> None:
    semantic = parse("who has worked on payment systems?", taxonomy)
    assert semantic.query.text == "worked on payment systems" and semantic.semantic_fallback
    assert "by meaning" in semantic.notes[0]
    activity = parse("who has built data pipelines?", taxonomy)
    assert activity.query.text == "built data pipelines" and not activity.query.skills
    mixed = parse("Python developers in Berlin who worked on payment systems", taxonomy)
    assert mixed.query.skills and mixed.query.locations == ["Berlin"]
    assert mixed.query.text and "payment" in mixed.query.text and not mixed.semantic_fallback
    nonsense = parse("blorp the frobnicator", taxonomy)
    assert nonsense.intent == "list" and nonsense.query.text == "blorp the frobnicator"
    plain = parse("who knows Python well?", taxonomy)
    assert plain.query.text is None and not plain.notes
