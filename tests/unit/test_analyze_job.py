"""Job analysis: postings in several styles, written here, read into JobProfiles."""

from __future__ import annotations

import pytest

from core.job import JobProfile
from tools.analyze_job import analyze_job, apply_overrides
from tools.taxonomy import Taxonomy

# Skill lists are compared on these names only (in their canonical spelling), so
# a richer taxonomy (one that also knows "microservices" or "communication")
# does not break the tests.
WATCHED = {
    "Python", "Java", "Rust", "Kubernetes", "Terraform", "PostgreSQL", "Kafka", "AWS",
    "Docker", "Redis", "GraphQL", "React", "TypeScript", "SQL", "Spark", "Airflow", "Django",
    "Statistics",
}

MARKDOWN_JD = """\
# Senior Platform Engineer

**Company:** Lumen Freight
**Location:** Berlin, Germany

Hybrid: 2 days a week in the office. Full-time.

## About Lumen Freight
Lumen Freight plans rail and road routes for containers across Europe. We were
founded 12 years ago and have grown every year since.

## What you'll do
- Run our Kubernetes clusters and improve deployment tooling
- Build internal services in Python
- Keep our Terraform modules small and tidy

## Requirements
- At least five years of experience in platform or infrastructure engineering
- Strong Python and solid Kubernetes in production
- Experience with PostgreSQL
- Rust (preferred) or Java
- Familiarity with Kafka is a plus

## Nice to have
- AWS certifications

## Education
Bachelor's degree in Computer Science or equivalent experience.

## Benefits
- A yearly budget for Redis and database conferences
"""

PARAGRAPH_JD = """\
Northwind Analytics is looking for a Data Engineer to join our growing platform group. You
will build batch pipelines in Spark and Airflow and help analysts trust their numbers. This
is a fully remote position within Europe.

Requirements: 3-5 years of experience building data pipelines; strong SQL and Python;
experience running Airflow in production; ideally some exposure to Kafka. This is a contract
role for six months.
"""

CAPS_JD = """\
STAFF BACKEND ENGINEER (JAVA)
Quayside Bank | Dublin, Ireland | On-site | Full-time

ABOUT QUAYSIDE BANK
Quayside Bank is a digital bank for small businesses in Ireland.

WHAT YOU WILL DO
* Design Java services for card payments
* Own our PostgreSQL schemas and their migrations

WHAT WE ARE LOOKING FOR
* 8+ years of backend development, mostly with Java
* Deep PostgreSQL knowledge
* Docker in daily work

BONUS POINTS
* Kafka
* GraphQL

WHAT WE OFFER
* A pension plan and private health insurance
"""

NO_REQUIREMENTS_JD = """\
Junior Frontend Developer

Pebble Studio — Lisbon, Portugal

We build booking tools for independent hotels. As a junior developer you will write React
components in TypeScript, fix bugs and learn from experienced colleagues. Experience with
GraphQL would be nice to have. This is a part-time position (20 hours a week).
"""


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


def canon(taxonomy: Taxonomy, names: list[str]) -> list[str]:
    return [taxonomy.canonical(name) or name for name in names]


def watched(taxonomy: Taxonomy, names: list[str]) -> list[str]:
    known = set(canon(taxonomy, sorted(WATCHED)))
    return [name for name in names if name in known]


def check_skills(
    taxonomy: Taxonomy, profile: JobProfile, required: list[str], preferred: list[str]
) -> None:
    assert watched(taxonomy, profile.required_skills) == canon(taxonomy, required)
    assert watched(taxonomy, profile.preferred_skills) == canon(taxonomy, preferred)


def analyze(text: str, taxonomy: Taxonomy) -> JobProfile:
    return analyze_job(text, taxonomy)


def test_markdown_posting(taxonomy: Taxonomy) -> None:
    profile = analyze(MARKDOWN_JD, taxonomy)
    assert profile.title == "Senior Platform Engineer"
    assert profile.company == "Lumen Freight"
    assert profile.location == "Berlin, Germany"
    assert profile.remote == "hybrid"
    assert profile.seniority == "senior"
    assert profile.employment_type == "full-time"
    assert profile.min_years_experience == 5
    # Terraform is named only in the responsibilities, and the posting has its
    # own requirements and nice-to-have sections: it is left out.
    required = ["Kubernetes", "Python", "PostgreSQL", "Java"]
    check_skills(taxonomy, profile, required, ["Rust", "Kafka", "AWS"])
    assert canon(taxonomy, ["Redis"])[0] not in profile.required_skills + profile.preferred_skills
    assert profile.education == "Bachelor's degree in Computer Science or equivalent experience"
    assert profile.responsibilities == [
        "Run our Kubernetes clusters and improve deployment tooling",
        "Build internal services in Python",
        "Keep our Terraform modules small and tidy",
    ]


def test_paragraph_posting_with_inline_requirements(taxonomy: Taxonomy) -> None:
    profile = analyze(PARAGRAPH_JD, taxonomy)
    assert profile.title == "Data Engineer"
    assert profile.company == "Northwind Analytics"
    assert profile.remote == "remote"
    assert profile.employment_type == "contract"
    assert profile.min_years_experience == 3
    assert profile.seniority == "mid"
    # Spark is named only in a "You will" sentence and the posting lists no
    # nice-to-haves of its own: the work it touches is preferred.
    check_skills(taxonomy, profile, ["Airflow", "SQL", "Python"], ["Spark", "Kafka"])
    assert profile.responsibilities == [
        "You will build batch pipelines in Spark and Airflow and help analysts trust their "
        "numbers."
    ]


def test_all_caps_headings_and_header_line(taxonomy: Taxonomy) -> None:
    profile = analyze(CAPS_JD, taxonomy)
    assert profile.title == "Staff Backend Engineer (Java)"
    assert profile.company == "Quayside Bank"
    assert profile.location == "Dublin, Ireland"
    assert profile.remote == "onsite"
    assert profile.seniority == "staff"
    assert profile.employment_type == "full-time"
    assert profile.min_years_experience == 8
    check_skills(taxonomy, profile, ["Java", "PostgreSQL", "Docker"], ["Kafka", "GraphQL"])
    assert len(profile.responsibilities) == 2
    assert profile.education is None


def test_stack_statements_are_preferred_and_company_prose_is_ignored(
    taxonomy: Taxonomy,
) -> None:
    text = (
        "Backend Engineer\n\nWe help dentists run their practices. Our stack runs on AWS "
        "with Kafka in between services. Our founders once used Java at a bank.\n\n"
        "Requirements:\n- 4+ years with Python\n"
    )
    profile = analyze(text, taxonomy)
    check_skills(taxonomy, profile, ["Python"], ["AWS", "Kafka"])


def test_without_requirements_section_description_skills_are_required(
    taxonomy: Taxonomy,
) -> None:
    profile = analyze(NO_REQUIREMENTS_JD, taxonomy)
    assert profile.title == "Junior Frontend Developer"
    assert profile.company == "Pebble Studio"
    assert profile.location == "Lisbon, Portugal"
    assert profile.seniority == "junior"
    assert profile.employment_type == "part-time"
    assert profile.min_years_experience is None
    check_skills(taxonomy, profile, ["React", "TypeScript"], ["GraphQL"])


@pytest.mark.parametrize(
    ("requirements", "required", "preferred"),
    [
        ("- Python and Docker; Kubernetes is a plus", ["Python", "Docker"], ["Kubernetes"]),
        ("- Experience with Python, ideally with Django", ["Python"], ["Django"]),
        ("- Bonus: Terraform", [], ["Terraform"]),
        ("- Java (nice to have) and Python", ["Python"], ["Java"]),
        ("- Familiarity with Redis is preferred\n- SQL", ["SQL"], ["Redis"]),
        ("- Python\n\nNice to have:\n- Python and Django", ["Python"], ["Django"]),
    ],
)
def test_optional_markers_inside_requirements(
    taxonomy: Taxonomy, requirements: str, required: list[str], preferred: list[str]
) -> None:
    profile = analyze(f"Backend Engineer\n\nRequirements:\n{requirements}\n", taxonomy)
    check_skills(taxonomy, profile, required, preferred)


@pytest.mark.parametrize(
    ("requirements", "required", "preferred"),
    [
        # Alternatives and examples ask for one of them: none is required on its own.
        ("- Server-side languages such as Python, Java, and Rust", [], ["Python", "Java", "Rust"]),
        ("- Experience with PostgreSQL, Redis, or Kafka\n- Docker", ["Docker"],
         ["PostgreSQL", "Redis", "Kafka"]),
        ("- A frontend framework (e.g. React, TypeScript)", [], ["React", "TypeScript"]),
        ("- Cloud: AWS/GCP", [], ["AWS"]),
        # A plain list, or one that says what is meant, is all required.
        ("- Python, SQL and Docker", ["Python", "SQL", "Docker"], []),
        ("- Web markup, including React, TypeScript", ["React", "TypeScript"], []),
    ],
)
def test_alternatives_are_preferred(
    taxonomy: Taxonomy, requirements: str, required: list[str], preferred: list[str]
) -> None:
    profile = analyze(f"Backend Engineer\n\nRequirements:\n{requirements}\n", taxonomy)
    check_skills(taxonomy, profile, required, preferred)


def groups(profile: JobProfile) -> list[tuple[list[str], bool]]:
    return [(g.any_of, g.required) for g in profile.skill_groups]


def test_alternatives_form_one_group(taxonomy: Taxonomy) -> None:
    profile = analyze(
        "Backend Engineer\n\nRequirements:\n- Experience with PostgreSQL, Redis, or Kafka\n"
        "- Docker\n\nNice to have:\n- React or TypeScript\n",
        taxonomy,
    )
    assert groups(profile) == [
        (canon(taxonomy, ["PostgreSQL", "Redis", "Kafka"]), True),
        (canon(taxonomy, ["React", "TypeScript"]), False),
    ]


def test_a_skill_required_on_its_own_leaves_its_group(taxonomy: Taxonomy) -> None:
    profile = analyze(
        "Backend Engineer\n\nRequirements:\n- Strong Python\n- Python, Java or Rust\n"
        "- PostgreSQL or Kafka (preferred)\n",
        taxonomy,
    )
    assert canon(taxonomy, ["Python"])[0] in profile.required_skills
    assert groups(profile) == [
        (canon(taxonomy, ["Java", "Rust"]), True),
        (canon(taxonomy, ["PostgreSQL", "Kafka"]), False),
    ]


def test_prose_alternatives_are_a_required_group_without_requirements(
    taxonomy: Taxonomy,
) -> None:
    profile = analyze(
        "Data Engineer\n\nYou will build pipelines on AWS/GCP with Python.\n", taxonomy
    )
    assert canon(taxonomy, ["Python"])[0] in profile.required_skills
    assert groups(profile) == [(canon(taxonomy, ["AWS", "GCP"]), True)]


def test_a_plain_list_forms_no_group(taxonomy: Taxonomy) -> None:
    profile = analyze("Backend Engineer\n\nRequirements:\n- Python, SQL and Docker\n", taxonomy)
    assert profile.skill_groups == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Staffing are currently recruiting for a Data Engineer.",
        "Corecom Consulting are on the lookout for a Data Engineer.",
        "Our client is a large Biotechnology company based in Leeds.",
        "Morgan Field, a Recruitment consultancy, is hiring a Data Engineer.",
        "In return you will receive ongoing training and development.",
        "Benefits include childcare vouchers and a pension.",
    ],
)
def test_agency_and_benefit_text_names_no_skills(taxonomy: Taxonomy, sentence: str) -> None:
    profile = analyze(f"Data Engineer\n\n{sentence}\n\nRequirements:\n- SQL\n", taxonomy)
    assert profile.required_skills == ["SQL"]
    assert profile.preferred_skills == []


def test_agency_text_keeps_the_skills_of_the_job(taxonomy: Taxonomy) -> None:
    text = "Test Analyst\n\nCorecom Consulting are looking for a tester with Python.\n"
    assert analyze(text, taxonomy).required_skills == ["Python"]


def test_soft_skills_are_never_required(taxonomy: Taxonomy) -> None:
    text = (
        "Backend Engineer\n\nRequirements:\n- Python\n"
        "- Excellent verbal communication skills\n- Good problem-solving skills\n"
    )
    profile = analyze(text, taxonomy)
    assert profile.required_skills == ["Python"]
    assert set(profile.preferred_skills) == {"Verbal Communication", "Problem Solving"}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Requirements:\n- At least three years of experience with Python", 3),
        ("Requirements:\n- 3-5 years of experience in data engineering", 3),
        ("Requirements:\n- Five years of professional experience", 5),
        ("Requirements:\n- 5+ years building web services", 5),
        ("We were founded 10 years ago.\n\nRequirements:\n- 2+ years of Python", 2),
        ("Requirements:\n- 3+ years of Python\n- Ideally 8+ years in fintech", 3),
        ("Requirements:\n- 7+ years of engineering, including 2+ years leading a team", 7),
        ("Requirements:\n- Python", None),
    ],
)
def test_minimum_years(taxonomy: Taxonomy, text: str, years: float | None) -> None:
    assert analyze(f"Software Engineer\n\n{text}\n", taxonomy).min_years_experience == years


@pytest.mark.parametrize(
    ("phrase", "mode"),
    [
        ("This role is fully remote.", "remote"),
        ("We are a remote-first company.", "remote"),
        ("Hybrid: two days in the office, the rest from home.", "hybrid"),
        ("You will spend 2 days a week in the office.", "hybrid"),
        ("This is an on-site role at our Munich plant.", "onsite"),
        ("Work mode: Remote", "remote"),
        ("Remote: no", "onsite"),
        ("We value clear writing.", None),
    ],
)
def test_work_mode(taxonomy: Taxonomy, phrase: str, mode: str | None) -> None:
    text = f"Backend Engineer\n\n{phrase}\n\nRequirements:\n- Python\n"
    assert analyze(text, taxonomy).remote == mode


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Employment type: Part-time", "part-time"),
        ("This is a 6-month contract role.", "contract"),
        ("Join us for a summer internship.", "internship"),
        ("A temporary position covering parental leave.", "temporary"),
        ("Full-time, permanent.", "full-time"),
        ("We value clear writing.", None),
    ],
)
def test_employment_type(taxonomy: Taxonomy, phrase: str, kind: str | None) -> None:
    text = f"Backend Engineer\n\n{phrase}\n\nRequirements:\n- Python\n"
    assert analyze(text, taxonomy).employment_type == kind


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Staff Software Engineer", "staff"),
        ("Principal Data Scientist", "principal"),
        ("Engineering Manager, Payments", "manager"),
        ("Director of Engineering", "director"),
        ("Tech Lead, Search", "lead"),
        ("Junior QA Analyst", "junior"),
        ("Software Engineering Intern", "intern"),
        ("Senior Product Manager", "senior"),
        ("Product Manager", "mid"),
    ],
)
def test_seniority(taxonomy: Taxonomy, title: str, level: str) -> None:
    text = f"{title}\n\nRequirements:\n- 3+ years of relevant experience\n"
    assert analyze(text, taxonomy).seniority == level


@pytest.mark.parametrize(
    ("opening", "title", "company"),
    [
        ("Job title: Senior Data Analyst\nCompany: Fjord Foods", "Senior Data Analyst",
         "Fjord Foods"),
        ("Senior Backend Engineer at Acme Corp", "Senior Backend Engineer", "Acme Corp"),
        ("Data Analyst (12-month contract)", "Data Analyst", None),
        ("Product Designer (m/f/d)", "Product Designer", None),
    ],
)
def test_title_and_company(
    taxonomy: Taxonomy, opening: str, title: str, company: str | None
) -> None:
    profile = analyze(f"{opening}\n\nRequirements:\n- SQL\n", taxonomy)
    assert profile.title == title
    assert profile.company == company


def test_education_statement_is_kept_whole_and_fields_are_not_skills(
    taxonomy: Taxonomy,
) -> None:
    text = (
        "Data Scientist\n\nRequirements:\n- Python and SQL\n"
        "- MSc or PhD in Statistics, Mathematics or a related field\n"
    )
    profile = analyze(text, taxonomy)
    assert profile.education == "MSc or PhD in Statistics, Mathematics or a related field"
    assert watched(taxonomy, profile.required_skills) == canon(taxonomy, ["Python", "SQL"])

    relaxed = analyze(
        "Frontend Engineer\n\nEducation\nNo degree required; a Bachelor's is welcome.\n",
        taxonomy,
    )
    assert relaxed.education == "No degree required; a Bachelor's is welcome"


def test_analysis_is_deterministic(taxonomy: Taxonomy) -> None:
    first = analyze(MARKDOWN_JD, taxonomy)
    assert all(analyze(MARKDOWN_JD, taxonomy) == first for _ in range(5))


def test_windows_line_endings_and_curly_quotes(taxonomy: Taxonomy) -> None:
    text = MARKDOWN_JD.replace("\n", "\r\n").replace("What you'll do", "What you’ll do")
    assert analyze(text, taxonomy) == analyze(MARKDOWN_JD, taxonomy)


# --- overrides -------------------------------------------------------------------------


def _profile() -> JobProfile:
    return JobProfile(
        title="Backend Engineer",
        required_skills=["Python", "Docker", "PostgreSQL"],
        preferred_skills=["Kafka", "AWS"],
    )


def test_override_moves_between_lists() -> None:
    profile = _profile()
    changed = apply_overrides(profile, make_required=["kafka"], make_preferred=["Docker"])
    assert changed.required_skills == ["Python", "PostgreSQL", "Kafka"]
    assert changed.preferred_skills == ["AWS", "Docker"]
    assert profile.required_skills == ["Python", "Docker", "PostgreSQL"]  # input unchanged


def test_override_adds_and_removes() -> None:
    changed = apply_overrides(
        _profile(), add_required=["Terraform", "AWS"], add_preferred=["Redis"], remove=["python"]
    )
    assert changed.required_skills == ["Docker", "PostgreSQL", "Terraform", "AWS"]
    assert changed.preferred_skills == ["Kafka", "Redis"]


def test_override_moves_only_listed_skills_and_never_duplicates() -> None:
    changed = apply_overrides(
        _profile(), make_required=["Rust", "Python"], make_preferred=["Python"]
    )
    assert changed.required_skills == ["Python", "Docker", "PostgreSQL"]
    assert changed.preferred_skills == ["Kafka", "AWS"]
    assert "Rust" not in changed.required_skills + changed.preferred_skills


def test_override_canonicalises_through_the_taxonomy(taxonomy: Taxonomy) -> None:
    canonical = taxonomy.canonical("python")
    assert canonical is not None
    changed = apply_overrides(
        JobProfile(required_skills=["Docker"]), add_required=["python"], taxonomy=taxonomy
    )
    assert changed.required_skills == ["Docker", canonical]


def test_non_internship_experience_is_no_internship(taxonomy: Taxonomy) -> None:
    jd = (
        "Software Development Engineer II\nBasic Qualifications\n"
        "- 3+ years of non-internship professional software development experience\n"
        "- Experience with SQL databases\n"
    )
    profile = analyze_job(jd, taxonomy)
    assert profile.seniority == "mid"  # the ladder numeral, not "internship"
    assert profile.employment_type is None


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Software Engineer I", "junior"), ("Data Engineer II", "mid"),
        ("Software Development Engineer III", "senior"),
        ("Senior Software Engineer II", "senior"), ("AI Engineer", None),
    ],
)
def test_ladder_numerals_in_titles(taxonomy: Taxonomy, title: str, level: str | None) -> None:
    profile = analyze_job(f"{title}\nRequirements\n- Python\n", taxonomy)
    assert profile.seniority == level


@pytest.mark.parametrize(
    ("sentence", "location", "remote"),
    [
        ("This role is hybrid in Seattle, WA, three days a week.", "Seattle, WA", "hybrid"),
        ("The position is based out of our Denver, CO office.", "Denver, CO", None),
        ("You will work onsite in Austin, TX.", "Austin, TX", "onsite"),
    ],
)
def test_location_from_a_work_mode_sentence(
    taxonomy: Taxonomy, sentence: str, location: str, remote: str | None
) -> None:
    text = f"Platform Engineer\nNorthwind\n\n{sentence}\n\nRequirements\n- 3+ years of Go"
    profile = analyze(text, taxonomy)
    assert profile.location == location
    if remote:
        assert profile.remote == remote
