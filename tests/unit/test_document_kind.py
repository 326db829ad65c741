"""Telling JDs from resumes in one upload."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.document_kind import document_kind

PROSE_JD = (
    "We are hiring a Senior Data Engineer to build our lakehouse. You will design batch and "
    "streaming pipelines.\n\nRequirements: 5+ years of experience with Python and SQL; "
    "familiarity with Airflow; Kafka is a plus.\n\nWhat we offer: remote work, learning budget."
)
RESUME = (
    "Ana Costa\nana.costa@example.com | +351 912 345 678 | linkedin.com/in/anacosta\n\n"
    "Experience\nData Engineer, Feedzai (2019 – Present)\n- Built Airflow pipelines in Python.\n"
    "Skills\nPython, SQL, Airflow, Kafka"
)


def test_prose_job_description_is_a_job():
    assert document_kind("role.txt", PROSE_JD) == "job"


def test_resume_with_contact_lines_is_a_resume():
    assert document_kind("ana.txt", RESUME) == "resume"


@pytest.mark.parametrize(("name", "expected"), [("JD - data.pdf", "job"), ("cv_ana.pdf", "resume"),
                                                 ("resume-jd.pdf", "resume")])
def test_file_names_that_say_what_they_are_win(name, expected):
    assert document_kind(name, PROSE_JD if expected == "resume" else RESUME) == expected


def test_every_demo_job_and_text_resume_is_sorted_right(demo_dir: Path):
    for path in sorted((demo_dir / "jobs").glob("*.txt")):
        assert document_kind(path.name, path.read_text()) == "job", path.name
    for path in sorted((demo_dir / "resumes").glob("*.txt")):
        assert document_kind(path.name, path.read_text()) == "resume", path.name
