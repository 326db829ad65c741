"""The demo data is reproducible, complete and agrees with its own facts."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import docx
import pypdf
import pytest

from evals.demo.generate import DEFAULT_OUT, generate_all, generate_pool
from evals.demo.jobs import JOBS
from evals.demo.skills import CANONICAL_SKILLS, aliases_of

REFERENCE = (2026, 11)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    generate_all(out)
    return out


@pytest.fixture(scope="module")
def facts(fresh: Path) -> dict:
    return json.loads((fresh / "facts.json").read_text(encoding="utf-8"))


def _month_index(text: str) -> int:
    year, month = text.split("-")
    return int(year) * 12 + int(month) - 1


def _merged_years(experience: list[dict]) -> float:
    """Recomputed here on purpose, independent of the generator's own code."""
    months: set[int] = set()
    for job in experience:
        stop = REFERENCE[0] * 12 + REFERENCE[1] - 1 if job["end"] is None else (
            _month_index(job["end"]) + 1)
        months.update(range(_month_index(job["start"]), stop))
    return round(len(months) / 12, 1)


def _one_per_format(facts: dict) -> list[str]:
    seen: dict[str, str] = {}
    for path in facts["resumes"]:
        seen.setdefault(Path(path).suffix, path)
    return sorted(seen.values())


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def _extract(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    return path.read_text(encoding="utf-8")


def test_regenerating_gives_identical_bytes(fresh: Path, facts: dict, tmp_path: Path) -> None:
    generate_all(tmp_path)
    for path in ["facts.json", *_one_per_format(facts), JOBS[0].path]:
        assert (tmp_path / path).read_bytes() == (fresh / path).read_bytes(), path


def test_committed_data_matches_a_fresh_generation(fresh: Path, facts: dict) -> None:
    assert (DEFAULT_OUT / "facts.json").read_bytes() == (fresh / "facts.json").read_bytes()
    for path in [*facts["resumes"], *facts["jobs"]]:
        assert (DEFAULT_OUT / path).read_bytes() == (fresh / path).read_bytes(), path


def test_counts_and_format_mix(fresh: Path, facts: dict) -> None:
    assert len(list((fresh / "jobs").glob("*.txt"))) == len(facts["jobs"]) == 8
    files = sorted((fresh / "resumes").iterdir())
    assert len(files) == len(facts["resumes"]) == 60
    assert Counter(f.suffix for f in files) == {".pdf": 24, ".docx": 18, ".txt": 18}
    layouts = Counter(r["layout"] for r in facts["resumes"].values())
    assert {"one-column", "two-column", "headings", "table"} <= set(layouts)
    assert len({r["date_style"] for r in facts["resumes"].values()}) >= 8


def test_facts_are_internally_consistent(fresh: Path, facts: dict) -> None:
    assert facts["reference_date"] == "2026-11-01"
    slugs = {job["slug"] for job in facts["jobs"].values()}
    for path in [*facts["jobs"], *facts["resumes"]]:
        assert (fresh / path).is_file(), path
    for path, resume in facts["resumes"].items():
        assert 2 <= len(resume["experience"]) <= 5, path
        for job in resume["experience"]:
            assert job["current"] == (job["end"] is None), path
            assert job["start"] <= (job["end"] or "2026-10"), path
            assert job["start"] <= "2026-10", path
        assert resume["total_years_experience"] == _merged_years(resume["experience"]), path
        assert resume["target_job"] in slugs | {None}
        assert resume["fit"] in {"strong", "medium", "weak"}
        assert set(resume["skills"]) <= set(CANONICAL_SKILLS), path
    names = [r["name"] for r in facts["resumes"].values()]
    assert len(set(names)) == len(names)
    per_job = Counter(r["target_job"] for r in facts["resumes"].values())
    assert all(per_job[slug] == 7 for slug in slugs)


def test_some_careers_overlap(facts: dict) -> None:
    def overlaps(experience: list[dict]) -> bool:
        total = sum(
            (_month_index(j["end"]) + 1 if j["end"] else REFERENCE[0] * 12 + REFERENCE[1] - 1)
            - _month_index(j["start"])
            for j in experience
        )
        return round(total / 12, 1) > _merged_years(experience)

    assert sum(overlaps(r["experience"]) for r in facts["resumes"].values()) >= 5


def test_fit_levels_follow_required_skills(facts: dict) -> None:
    jobs = {job["slug"]: job for job in facts["jobs"].values()}
    for path, resume in facts["resumes"].items():
        if resume["target_job"] is None:
            continue
        required = set(jobs[resume["target_job"]]["required_skills"])
        share = len(required & set(resume["skills"])) / len(required)
        if resume["fit"] == "strong":
            assert share == 1, path
        elif resume["fit"] == "weak":
            assert share <= 0.5, path


def test_jobs_state_their_facts(facts: dict, fresh: Path) -> None:
    for path, job in facts["jobs"].items():
        text = (fresh / path).read_text(encoding="utf-8")
        assert 250 <= len(text.split()) <= 600, path
        for fact in (job["title"], job["company"], job["location"]):
            assert fact.lower() in text.lower(), (path, fact)
        assert f"{job['min_years_experience']}+ years" in text, path
        for skill in job["required_skills"] + job["preferred_skills"]:
            assert skill.lower() in text.lower(), (path, skill)


def test_resume_files_state_their_facts(facts: dict, fresh: Path) -> None:
    for path, resume in facts["resumes"].items():
        text = _squash(_extract(fresh / path))
        printed = [resume["name"], resume["headline"], resume["summary"], *resume["emails"],
                   *resume["phones"], resume["location"], *resume["links"],
                   *resume["certifications"], *resume["languages"], *resume["projects"]]
        for job in resume["experience"]:
            printed += [job["title"], job["company"], job["location"]]
        for school in resume["education"]:
            printed += [school["institution"], school["degree"], str(school["graduation_year"])]
        for fact in printed:
            assert _squash(fact) in text, (path, fact)
        for skill in resume["skills"]:
            spellings = (skill, *aliases_of(skill))
            assert any(_squash(s) in text for s in spellings), (path, skill)


def test_pool_is_distinct_and_reproducible(tmp_path: Path) -> None:
    first = generate_pool(6, tmp_path / "a", seed=3, facts_path=tmp_path / "a.json")
    second = generate_pool(6, tmp_path / "b", seed=3)
    assert Counter(p.suffix for p in first) == {".pdf": 2, ".docx": 2, ".txt": 2}
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    pool = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["resumes"]
    assert len({r["name"] for r in pool.values()}) == 6
