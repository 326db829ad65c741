"""Match scoring: a pure function of skills, experience, titles, education and similarity."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from core.job import JobProfile, SkillGroup
from core.match import MatchScore
from core.resume import EducationEntry, ExperienceEntry, ParsedResume, SkillEntry
from core.versions import SCORER_VERSION
from core.weights import MatchWeights
from tools.analyze_job import analyze_job
from tools.match_semantic import calibrate
from tools.score_match import score_match, weights_version
from tools.taxonomy import Taxonomy

LINES = [
    "Jane Doe",
    "jane.doe@example.com | +49 170 1234567 | Berlin, Germany",
    "Backend engineer who likes boring, reliable systems.",
    "Experience",
    "Backend Developer — Acme Payments, 2020-01 – present",
    "- Built payment APIs in Python and FastAPI",
    "- Ran PostgreSQL migrations without downtime",
    "Software Engineer — Foo Logistics, 2016-01 – 2019-12",
    "- Shipped Django services in Docker containers",
    "Skills: Python, Django, PostgreSQL, Docker, FastAPI, Redis",
    "Education",
    "B.Sc. Computer Science, TU Berlin, 2015",
]


def make_resume(**changes: object) -> ParsedResume:
    resume = ParsedResume(
        name="Jane Doe",
        emails=["jane.doe@example.com"],
        phones=["+49 170 1234567"],
        location="Berlin, Germany",
        headline="Backend engineer who likes boring, reliable systems.",
        skills=[
            SkillEntry(name=n)
            for n in ("Python", "Django", "PostgreSQL", "Docker", "FastAPI", "Redis")
        ],
        experience=[
            ExperienceEntry(
                title="Backend Developer", company="Acme Payments", start="2020-01",
                current=True,
                description="- Built payment APIs in Python and FastAPI\n"
                "- Ran PostgreSQL migrations without downtime",
            ),
            ExperienceEntry(
                title="Software Engineer", company="Foo Logistics", start="2016-01",
                end="2019-12", description="- Shipped Django services in Docker containers",
            ),
        ],
        education=[
            EducationEntry(institution="TU Berlin", degree="B.Sc.", field="Computer Science",
                           graduation_year=2015),
        ],
        total_years_experience=7.5,
    )
    return resume.model_copy(update=changes)


def make_job(**changes: object) -> JobProfile:
    job = JobProfile(
        title="Senior Backend Engineer",
        seniority="senior",
        min_years_experience=5,
        required_skills=["Python", "Django", "PostgreSQL", "Kubernetes"],
        preferred_skills=["Redis", "Kafka"],
        education="Bachelor's degree in Computer Science or equivalent experience",
    )
    return job.model_copy(update=changes)


def score(
    resume: ParsedResume | None = None,
    job: JobProfile | None = None,
    weights: MatchWeights | None = None,
    lines: list[str] | None = None,
    similarity: float = 0.5,
) -> MatchScore:
    return score_match(
        resume or make_resume(),
        LINES if lines is None else lines,
        job or make_job(),
        weights or MatchWeights(),
        semantic_similarity=similarity,
    )


def dimension(result: MatchScore, name: str):  # noqa: ANN201 - test helper
    return next(d for d in result.dimensions if d.name == name)


def test_reports_every_dimension_in_weights_order() -> None:
    result = score()
    assert [d.name for d in result.dimensions] == list(MatchWeights().as_dict())
    assert all(0 <= d.score <= 100 and d.evidence for d in result.dimensions)
    assert 0 <= result.overall <= 100
    assert result.scorer_version == SCORER_VERSION


def test_same_inputs_same_output_twenty_times() -> None:
    first = score().model_dump_json()
    assert all(score().model_dump_json() == first for _ in range(20))


def test_evidence_quotes_real_resume_lines() -> None:
    evidence = dimension(score(), "required_skills").evidence
    quotes = [m.group(1) for e in evidence if (m := re.search(r'— "(.*)"$', e))]
    assert quotes, evidence
    for quote in quotes:
        assert any(quote.strip("…") in line for line in LINES), quote
    assert "'Python' — \"Built payment APIs in Python and FastAPI\"" in evidence
    assert "'Django' — \"Shipped Django services in Docker containers\"" in evidence


def test_skills_only_listed_fall_back_to_the_skills_line() -> None:
    evidence = dimension(score(), "preferred_skills").evidence
    assert "'Redis' — \"Skills: Python, Django, PostgreSQL, Docker, FastAPI, Redis\"" in evidence


def test_missing_skills_are_named_required_first() -> None:
    result = score()
    assert "missing required skill: Kubernetes" in dimension(result, "required_skills").evidence
    assert "missing preferred skill: Kafka" in dimension(result, "preferred_skills").evidence
    assert result.missing_skills == ["Kubernetes", "Kafka"]
    assert result.matched_skills == ["Python", "Django", "PostgreSQL", "Redis"]
    assert dimension(result, "required_skills").score == 75.0
    assert "Kubernetes" in result.explanation


def test_a_group_of_alternatives_is_met_by_any_member() -> None:
    job = make_job(
        required_skills=["Python", "Django"],
        preferred_skills=["Redis", "MySQL", "PostgreSQL", "Go", "Rust"],
        skill_groups=[
            SkillGroup(any_of=["MySQL", "PostgreSQL"], required=True),
            SkillGroup(any_of=["Go", "Rust"], required=False),
        ],
    )
    result = score(job=job)
    required = dimension(result, "required_skills")
    assert required.score == 100.0
    assert any("'PostgreSQL'" in e and "one of MySQL, PostgreSQL" in e for e in required.evidence)
    preferred = dimension(result, "preferred_skills")
    assert preferred.score == 50.0
    assert "missing preferred skill: Go or Rust" in preferred.evidence
    assert "MySQL" not in result.missing_skills
    assert result.missing_skills == ["Go", "Rust"]
    assert "PostgreSQL" in result.matched_skills


def test_a_group_member_made_required_is_judged_alone() -> None:
    job = make_job(
        required_skills=["Python", "MySQL"],
        preferred_skills=["PostgreSQL"],
        skill_groups=[SkillGroup(any_of=["MySQL", "PostgreSQL"], required=True)],
    )
    result = score(job=job)
    assert dimension(result, "required_skills").score == 50.0
    assert "missing required skill: MySQL" in dimension(result, "required_skills").evidence
    assert dimension(result, "preferred_skills").score == 100.0


def test_skills_written_only_in_experience_count() -> None:
    resume = make_resume(skills=[])
    result = score(resume=resume)
    assert dimension(result, "required_skills").score == 75.0


@pytest.mark.parametrize("skill", ["Kubernetes", "Kafka", "Terraform", "Python"])
def test_adding_a_skill_never_lowers_the_skill_scores(skill: str) -> None:
    resumes = [make_resume(), make_resume(skills=[]), make_resume(experience=[])]
    for resume in resumes:
        before = score(resume=resume)
        richer = resume.model_copy(update={"skills": [*resume.skills, SkillEntry(name=skill)]})
        after = score(resume=richer)
        for name in ("required_skills", "preferred_skills"):
            assert dimension(after, name).score >= dimension(before, name).score
        assert after.overall >= before.overall


@pytest.mark.parametrize(
    "weights",
    [
        MatchWeights(),
        MatchWeights(required_skills=1, preferred_skills=0, experience_years=3, education=0),
        MatchWeights(semantic_similarity=0, title_seniority=2),
    ],
)
def test_overall_is_the_weighted_mean_of_the_dimensions(weights: MatchWeights) -> None:
    result = score(weights=weights)
    total = sum(d.weight for d in result.dimensions)
    recomputed = sum(d.weight * d.score for d in result.dimensions) / total
    assert abs(recomputed - result.overall) <= 0.05
    assert len(result.dimensions) == 6  # weight-0 dimensions are still reported


def test_zero_weight_dimension_is_reported_but_not_counted() -> None:
    weights = MatchWeights(education=0)
    no_degree = make_resume(education=[])
    result = score(resume=no_degree, weights=weights)
    assert dimension(result, "education").weight == 0
    assert dimension(result, "education").score < 100
    assert result.overall == score(weights=weights).overall


def test_a_dimension_the_job_is_silent_on_is_not_counted() -> None:
    result = score(job=make_job(preferred_skills=[], education=None, min_years_experience=None))
    for name in ("preferred_skills", "education", "experience_years"):
        assert dimension(result, name).weight == 0
        assert "not counted" in dimension(result, name).evidence[0]
    assert abs(sum(d.weight for d in result.dimensions) - 1) < 1e-3


def test_protected_attributes_do_not_change_the_score() -> None:
    other = make_resume(
        name="Rahul Sharma", emails=["rahul@example.org"], phones=["+1 415 555 0100"],
        location="Lagos, Nigeria", links=["https://example.org/rahul"], languages=["Hindi"],
    )
    lines = ["Rahul Sharma", "rahul@example.org | +1 415 555 0100 | Lagos, Nigeria", *LINES[2:]]
    assert score(resume=other, lines=lines) == score()


def test_experience_is_linear_below_the_minimum() -> None:
    resume = make_resume(total_years_experience=2.5)
    result = score(resume=resume)
    experience = dimension(result, "experience_years")
    assert experience.score == 50.0
    assert experience.evidence == ["2.5 years of experience (2 jobs); the job asks for 5+"]
    assert dimension(score(), "experience_years").score == 100.0


def test_experience_without_a_total_counts_only_dated_ended_positions() -> None:
    result = score(resume=make_resume(total_years_experience=None))
    experience = dimension(result, "experience_years")
    assert experience.score == 80.0  # 2016-01..2019-12 is 4 years of the 5 asked
    assert "dated, ended positions only" in experience.evidence[0]


@pytest.mark.parametrize(
    ("degree", "statement", "expected"),
    [
        ("M.Sc.", "Bachelor's degree in Computer Science", 100.0),
        ("B.Sc.", "Master's degree or PhD in Statistics", 50.0),
        (None, "Bachelor's degree or equivalent experience", 70.0),
        (None, "Bachelor's degree required", 25.0),
        (None, "A Master's degree is a plus", 80.0),
    ],
)
def test_education_levels(degree: str | None, statement: str, expected: float) -> None:
    education = [EducationEntry(degree=degree, field="Computer Science")] if degree else []
    result = score(resume=make_resume(education=education), job=make_job(education=statement))
    assert dimension(result, "education").score == expected


def test_the_parsed_degree_level_decides_over_the_written_words() -> None:
    job = make_job(education="Bachelor's degree required")
    written = EducationEntry(degree="B.Com. in Accounting", field="Accounting")
    levelled = written.model_copy(update={"degree_level": "bachelor"})
    unread = score(resume=make_resume(education=[written]), job=job)
    read = score(resume=make_resume(education=[levelled]), job=job)
    assert dimension(unread, "education").score == 25.0  # "B.Com." alone names no level
    assert dimension(read, "education").score == 100.0
    assert any("B.Com. in Accounting" in e for e in dimension(read, "education").evidence)


def test_no_degree_required_is_not_counted() -> None:
    job = make_job(education="No degree required; a Bachelor's is welcome")
    assert dimension(score(job=job), "education").weight == 0


def test_title_similarity_and_seniority() -> None:
    close = dimension(score(), "title_seniority")
    assert close.score >= 80
    assert close.evidence[0].startswith('"Backend Developer — Acme Payments, 2020-01 – present"')
    far_job = make_job(title="Senior Data Analyst")
    assert dimension(score(job=far_job), "title_seniority").score < close.score
    staff_job = make_job(title="Staff Backend Engineer", seniority="staff")
    junior = make_resume(total_years_experience=1.0)
    assert dimension(score(resume=junior, job=staff_job), "title_seniority").score < close.score


def test_semantic_calibration() -> None:
    assert calibrate(0.25) == 0.0
    assert calibrate(0.85) == 100.0
    assert calibrate(-0.2) == 0.0 and calibrate(0.95) == 100.0
    values = [calibrate(x / 100) for x in range(0, 101, 5)]
    assert values == sorted(values)
    assert dimension(score(similarity=0.55), "semantic_similarity").score == 50.0


def test_explanation_is_short_and_grounded() -> None:
    result = score(resume=make_resume(total_years_experience=1.0))
    sentences = [s for s in re.split(r"(?<=\.)\s+", result.explanation) if s]
    assert 1 <= len(sentences) <= 3
    assert "Weakest on experience" in result.explanation
    assert "Missing required skill: Kubernetes." in result.explanation


def test_job_without_required_skills() -> None:
    result = score(job=make_job(required_skills=[]))
    required = dimension(result, "required_skills")
    assert required.weight == 0
    assert required.evidence == ["job lists no required skills; not counted"]


def test_weights_version_is_short_and_stable() -> None:
    default = weights_version(MatchWeights())
    assert len(default) == 12
    assert weights_version(MatchWeights()) == default
    assert weights_version(MatchWeights.model_validate(MatchWeights().as_dict())) == default
    assert weights_version(MatchWeights(education=0.5)) != default


@dataclass(frozen=True)
class _Mention:
    name: str
    surface: str
    start: int
    end: int


class _AliasTaxonomy:
    """Knows one alias: enough to show that prose aliases are recognised."""

    version = "test"

    def canonical(self, term: str) -> str | None:
        return "PostgreSQL" if term.lower() in {"postgres", "postgresql"} else None

    def category(self, name: str) -> str | None:
        return "database" if name == "PostgreSQL" else None

    def find(self, text: str) -> list[_Mention]:
        return [
            _Mention("PostgreSQL", m.group(0), m.start(), m.end())
            for m in re.finditer(r"\bpostgres(?:ql)?\b", text, re.I)
        ]


def test_taxonomy_aliases_in_prose_count_and_are_quoted() -> None:
    lines = ["Backend Developer", "- Tuned Postgres queries for the billing service"]
    resume = make_resume(
        skills=[],
        experience=[ExperienceEntry(
            title="Backend Developer",
            description="- Tuned Postgres queries for the billing service",
        )],
    )
    job = make_job(required_skills=["PostgreSQL"], preferred_skills=[])
    plain = score_match(resume, lines, job, MatchWeights(), semantic_similarity=0.5)
    aware = score_match(resume, lines, job, MatchWeights(), semantic_similarity=0.5,
                        taxonomy=_AliasTaxonomy())  # type: ignore[arg-type]
    assert dimension(plain, "required_skills").score == 0.0
    assert dimension(aware, "required_skills").score == 100.0
    assert dimension(aware, "required_skills").evidence == [
        "'PostgreSQL' — \"Tuned Postgres queries for the billing service\""
    ]


def test_end_to_end_with_the_shipped_taxonomy() -> None:
    taxonomy = Taxonomy.load()
    job = analyze_job(
        "Backend Engineer\n\nRequirements:\n- 3+ years of Python\n- PostgreSQL\n"
        "- Kubernetes\n",
        taxonomy,
    )
    lines = [
        "Backend Developer",
        "- Tuned Postgres queries and moved services to k8s",
        "- Wrote Python daily",
    ]
    resume = ParsedResume(
        experience=[ExperienceEntry(title="Backend Developer", description="\n".join(lines[1:]))],
        total_years_experience=4,
    )
    result = score_match(resume, lines, job, MatchWeights(), semantic_similarity=0.5,
                         taxonomy=taxonomy)
    required = dimension(result, "required_skills")
    assert required.score == 100.0
    assert not result.missing_skills or set(result.missing_skills) <= set(job.preferred_skills)
    postgres = taxonomy.canonical("postgres")
    assert f"'{postgres}' — \"Tuned Postgres queries and moved services to k8s\"" in (
        required.evidence
    )


def test_soft_skills_are_left_to_the_interview() -> None:
    """A resume claiming "excellent communication" gains nothing over one that does not."""
    taxonomy = Taxonomy.load()
    job = JobProfile(
        title="Backend Engineer",
        required_skills=["Python"],
        preferred_skills=["Docker", "Verbal Communication", "Attention to Detail"],
    )
    modest = ParsedResume(
        skills=[SkillEntry(name="Python"), SkillEntry(name="Docker")],
        summary="Backend engineer.",
    )
    boastful = modest.model_copy(
        update={"summary": "Backend engineer with excellent verbal communication and "
                           "great attention to detail."}
    )
    scores = [
        score_match(r, [], job, MatchWeights(), semantic_similarity=0.6, taxonomy=taxonomy)
        for r in (modest, boastful)
    ]
    assert scores[0].overall == scores[1].overall
    preferred = dimension(scores[0], "preferred_skills")
    assert preferred.score == 100.0
    assert preferred.evidence[-1] == (
        "left to the interview: Verbal Communication, Attention to Detail"
    )
    assert "Verbal Communication" not in scores[0].missing_skills

    only_soft = job.model_copy(update={"preferred_skills": ["Teamwork"]})
    alone = score_match(
        modest, [], only_soft, MatchWeights(), semantic_similarity=0.6, taxonomy=taxonomy
    )
    assert dimension(alone, "preferred_skills").weight == 0.0
    assert "left to the interview: Teamwork" in dimension(alone, "preferred_skills").evidence[0]
