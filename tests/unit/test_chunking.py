"""Resume chunks and embedding texts: few, bounded, focused, deterministic."""

from __future__ import annotations

from core.job import JobProfile
from core.resume import EducationEntry, ExperienceEntry, ParsedResume, SkillEntry
from tools.chunking import (
    ResumeChunk,
    chunk_resume,
    job_embedding_text,
    resume_embedding_text,
)

SKILLS = ["Python", "Django", "PostgreSQL", "Docker", "Kafka", "Terraform"]


def job(index: int, words: int = 30) -> ExperienceEntry:
    body = " ".join(f"word{index}_{n}" for n in range(words))
    return ExperienceEntry(
        title=f"Engineer {index}",
        company=f"Company {index}",
        start=f"{2023 - 2 * index}-01",
        end=f"{2024 - 2 * index}-12",
        description=f"- Built services in Python and Kafka\n- {body}",
    )


def make_resume(jobs: int = 3, words: int = 30) -> ParsedResume:
    return ParsedResume(
        name="Jane Doe",
        emails=["jane@example.com"],
        headline="Backend engineer",
        summary="Eight years of backend work on payments and logistics.",
        skills=[SkillEntry(name=name) for name in SKILLS],
        experience=[job(i, words) for i in range(jobs)],
        education=[EducationEntry(institution="TU Berlin", degree="B.Sc.",
                                  field="Computer Science", graduation_year=2015)],
        certifications=["AWS Certified Developer"],
    )


def word_count(chunk: ResumeChunk) -> int:
    return len(chunk.text.split())


def test_typical_resume_has_one_chunk_per_part() -> None:
    chunks = chunk_resume(make_resume(), [])
    assert [c.section for c in chunks] == [
        "summary", "experience", "experience", "experience", "skills", "education",
    ]
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert chunks[1].text.startswith("Engineer 0 at Company 0 (2023-01 – 2024-12).")
    assert "AWS Certified Developer" in chunks[-1].text
    assert all(word_count(c) <= 120 for c in chunks)


def test_chunk_skills_are_the_resume_skills_the_chunk_names() -> None:
    chunks = chunk_resume(make_resume(), [])
    experience = chunks[1]
    assert experience.skills == ["Python", "Kafka"]
    skills = next(c for c in chunks if c.section == "skills")
    assert skills.skills == SKILLS
    for chunk in chunks:
        assert all(name in chunk.text for name in chunk.skills)


def test_many_jobs_stay_within_the_budget_and_merge_the_oldest() -> None:
    chunks = chunk_resume(make_resume(jobs=12), [])
    assert len(chunks) == 8
    experience = [c for c in chunks if c.section == "experience"]
    assert len(experience) == 5
    assert experience[-1].text.startswith("Earlier experience: Engineer 4 at Company 4")
    assert all(word_count(c) <= 120 for c in chunks)


def test_long_descriptions_are_truncated_to_max_words() -> None:
    chunks = chunk_resume(make_resume(jobs=2, words=400), [], max_words=50)
    assert all(word_count(c) <= 50 for c in chunks)
    assert chunk_resume(make_resume(), [], max_chunks=3)[-1].index == 2


def test_unstructured_resume_falls_back_to_line_windows() -> None:
    lines = ["Jane Doe", "jane@example.com", "+49 170 1234567"] + [
        f"Line {n} about building data pipelines in Python for retail analytics teams"
        for n in range(60)
    ]
    chunks = chunk_resume(ParsedResume(), lines, max_words=100)
    assert chunks and all(c.section == "text" for c in chunks)
    assert len(chunks) <= 8
    assert all(word_count(c) <= 100 for c in chunks)
    assert not any("@" in c.text or "1234567" in c.text for c in chunks)


def test_chunking_is_deterministic() -> None:
    resume = make_resume(jobs=9)
    first = chunk_resume(resume, [])
    assert all(chunk_resume(resume, []) == first for _ in range(5))


def test_resume_embedding_text_is_focused_and_bounded() -> None:
    text = resume_embedding_text(make_resume(jobs=12, words=200), [])
    assert text.startswith("Backend engineer. Roles: Engineer 0; Engineer 1;")
    assert "Skills: Python, Django, PostgreSQL, Docker, Kafka, Terraform." in text
    assert "Jane" not in text and "@" not in text and "Company" not in text
    assert len(text.split()) <= 200


def test_resume_embedding_text_of_an_unparsed_resume_uses_its_lines() -> None:
    lines = ["Jane Doe", "jane@example.com", "Warehouse lead, forklift certified"]
    text = resume_embedding_text(ParsedResume(), lines)
    assert "Warehouse lead" in text and "@" not in text


def test_job_embedding_text() -> None:
    profile = JobProfile(
        title="Data Engineer",
        required_skills=["Python", "SQL"],
        preferred_skills=["Kafka"],
        responsibilities=["Build batch pipelines.", "Own data quality."],
        company="Northwind",
        location="Berlin",
    )
    text = job_embedding_text(profile, "ignored when the profile has content")
    assert text == (
        "Data Engineer. Skills: Python, SQL, Kafka. Build batch pipelines. Own data quality."
    )
    bare = job_embedding_text(JobProfile(), "We need someone to run our warehouse night shift.")
    assert "warehouse night shift" in bare
