"""Interview design from a JobProfile, and question planning from a resume."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.interview import InterviewQuestion
from core.job import JobProfile
from core.resume import ParsedResume, SkillEntry
from tools.interview_design import MAX_QUESTIONS, design_interview
from tools.plan_questions import plan_questions

SKILLS = ["Kubernetes", "Python", "Terraform", "PostgreSQL", "Kafka"]
RESUME_LINES = [
    "Jane Doe",
    "Platform engineer",
    "- 5 years of Kubernetes running production clusters on AWS",
    "- Built internal tools in Python used by 200 engineers",
    "Skills: Kubernetes, Python, Docker",
]


def custom(text: str = "Why do you want to work with us?") -> InterviewQuestion:
    return InterviewQuestion(id="why-us", text=text, kind="custom", dimension="Motivation")


def knockout() -> InterviewQuestion:
    return InterviewQuestion(
        id="work-permit",
        text="Are you authorised to work in the EU?",
        kind="knockout",
        dimension="Eligibility",
        ideal_answer="yes",
    )


def job(skills: list[str] = SKILLS) -> JobProfile:
    return JobProfile(title="Platform Engineer", required_skills=skills)


def resume() -> ParsedResume:
    return ParsedResume(
        name="Jane Doe", skills=[SkillEntry(name=n) for n in ("Kubernetes", "Python", "Docker")]
    )


def test_design_has_rubric_anchors_weights_and_at_most_ten_questions() -> None:
    design = design_interview(job(), job_id="j1", custom=[custom()], knockouts=[knockout()])
    assert 0 < len(design.questions) <= MAX_QUESTIONS
    names = {d.name for d in design.dimensions}
    assert {q.dimension for q in design.questions} <= names
    for dimension in design.dimensions:
        assert dimension.weight > 0
        assert dimension.anchor_1.strip() and dimension.anchor_5.strip()
        assert dimension.anchor_1 != dimension.anchor_5
    weights = {d.name: d.weight for d in design.dimensions}
    assert weights["Technical depth: Kubernetes"] > weights["Communication"]


def test_design_orders_technical_by_skill_then_behavioural_and_custom_verbatim() -> None:
    text = "Which of our products have you used, and what would you change?"
    design = design_interview(job(), job_id="j1", custom=[custom(text)])
    technical = [q for q in design.questions if q.kind == "technical"]
    assert [q.skill for q in technical] == SKILLS
    assert technical[0].dimension == "Technical depth: Kubernetes"
    assert technical[-1].dimension == "Technical breadth"
    assert sum(q.kind == "behavioural" for q in design.questions) >= 2
    customs = [q for q in design.questions if q.kind == "custom"]
    assert [q.text for q in customs] == [text]


def test_knockouts_stay_apart_and_design_is_deterministic() -> None:
    first = design_interview(job(), job_id="j1", knockouts=[knockout()])
    second = design_interview(job(), job_id="j1", knockouts=[knockout()])
    assert first == second
    assert [q.kind for q in first.knockouts] == ["knockout"]
    assert all(q.kind != "knockout" for q in first.questions)


def test_many_skills_still_ten_questions_and_no_skills_means_behavioural() -> None:
    many = design_interview(job([f"Skill {i}" for i in range(14)]), job_id="j1")
    assert len(many.questions) == MAX_QUESTIONS
    assert sum(q.kind == "behavioural" for q in many.questions) >= 2
    none = design_interview(job([]), job_id="j2")
    assert none.questions and all(q.kind == "behavioural" for q in none.questions)


def test_too_many_custom_questions_is_an_error() -> None:
    with pytest.raises(InputError):
        design_interview(job(), job_id="j1", custom=[custom(f"Q{i}?") for i in range(11)])


def test_plan_probes_missing_skills_and_digs_into_resume_claims(taxonomy) -> None:
    design = design_interview(job(), job_id="j1")
    planned = plan_questions(design, resume(), RESUME_LINES, taxonomy=taxonomy)
    assert len(planned) <= MAX_QUESTIONS
    by_skill = {q.skill: q for q in planned if q.skill}
    gap = by_skill["Terraform"]
    assert gap.id.startswith("gap-") and "Terraform" in gap.text and gap.probes_claim is None
    claim = by_skill["Kubernetes"]
    assert claim.probes_claim == RESUME_LINES[2].strip()
    assert "5 years of Kubernetes" in claim.text
    assert by_skill["Python"].probes_claim == RESUME_LINES[3].strip()
    assert plan_questions(design, resume(), RESUME_LINES, taxonomy=taxonomy) == planned


def test_plan_without_resume_keeps_the_design_and_caps_at_ten(taxonomy) -> None:
    design = design_interview(job(), job_id="j1")
    assert plan_questions(design, None, [], taxonomy=taxonomy) == design.questions
    lines = [*RESUME_LINES, "- Led the migration of 40 services to Kafka"]
    full = design_interview(job([f"Skill {i}" for i in range(14)]), job_id="j3")
    assert len(plan_questions(full, resume(), lines, taxonomy=taxonomy)) == MAX_QUESTIONS


def test_a_resume_line_naming_several_skills_is_probed_once(taxonomy) -> None:
    job = JobProfile(title="Backend Engineer", required_skills=["Python", "Django", "PostgreSQL"])
    design = design_interview(job, job_id="job_1")
    line = "Built Python and Django services on PostgreSQL for 6 years, serving 2M users."
    resume = ParsedResume(skills=[SkillEntry(name=s) for s in job.required_skills])
    planned = plan_questions(design, resume, [line], taxonomy=taxonomy)
    probes = [q.probes_claim for q in planned if q.probes_claim]
    assert probes.count(line) == 1
    assert len({q.text for q in planned}) == len(planned)
