"""The eval helpers: scores, normalisation, the resume renderer, peer mapping, skipping.

Nothing here reads the shared eval data; the renderer is fed a small JSON
Resume written below.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from core.resume import EducationEntry, ExperienceEntry, ParsedResume, SkillEntry
from evals.common import (
    Accuracy,
    Counts,
    DataMissing,
    degree_key,
    digits,
    last_year,
    location_matches,
    merged_years,
    norm,
    norm_date,
    norm_url,
    one_to_one,
    overlaps,
    partial_counts,
    print_table,
    record,
    require,
    set_f1,
    skip_if_missing,
    write_results,
)
from evals.jd_skills import detokenise
from evals.parsing_rendered import score_doc, truth_of
from evals.peers import to_parsed, years_from_entries
from evals.ranking import role_of
from evals.render import (
    BROWSER_FORMATS,
    FORMATS,
    STYLES,
    render,
    resume_from_json,
    style_for,
)
from evals.render.model import PartialDate
from tools.taxonomy import Taxonomy

RESUME = {
    "basics": {
        "name": "Ada Example",
        "label": "Backend Engineer",
        "email": "ada@example.org",
        "phone": "+1 (555) 010-2030",
        "url": "https://ada.example.org",
        "summary": "Backend engineer who builds APIs in Python.",
        "location": {"city": "Lisbon", "region": "Lisboa", "countryCode": "PT"},
        "profiles": [{"network": "GitHub", "url": "https://github.com/ada-example"}],
    },
    "work": [
        {
            "name": "Example Systems",
            "position": "Senior Backend Engineer",
            "location": "Lisbon",
            "startDate": "2021-09-01",
            "highlights": ["Built payment APIs in Python and PostgreSQL"],
        },
        {
            "name": "Tiny Startup",
            "position": "Software Engineer",
            "startDate": "2018-02-01",
            "endDate": "2021-08-31",
            "highlights": ["Shipped a Django monolith"],
            "keywords": ["Django"],
        },
    ],
    "education": [
        {
            "institution": "University of Lisbon",
            "studyType": "Bachelor of Science",
            "area": "Computer Science",
            "startDate": "2014-09-01",
            "endDate": "2018-01-31",
        }
    ],
    "skills": [{"name": "Backend", "keywords": ["Python", "PostgreSQL", "Docker"]}],
    "languages": [{"language": "Portuguese", "fluency": "Native"}],
    "certificates": [{"name": "Cloud Practitioner", "issuer": "AWS", "date": "2022-05-01"}],
}


# --- scores -----------------------------------------------------------------------------------


def test_set_f1_counts_overlap_and_treats_two_empty_sets_as_agreeing() -> None:
    assert set_f1({"a", "b"}, {"a", "b"}) == 1.0
    assert set_f1({"a", "b"}, {"a", "c"}) == pytest.approx(0.5)
    assert set_f1(set(), {"a"}) == 0.0
    assert set_f1(set(), set()) == 1.0


def test_counts_are_micro_averaged_over_documents() -> None:
    counts = Counts()
    counts.add({"a", "b"}, {"a"})  # tp 1, fp 1
    counts.add({"c"}, {"c", "d", "e"})  # tp 1, fn 2
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 2)
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(0.5)
    assert counts.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert Counts().f1 is None


def test_accuracy_is_none_until_something_is_counted() -> None:
    accuracy = Accuracy()
    assert accuracy.score is None
    accuracy.add(True)
    accuracy.add(False)
    assert accuracy.score == 0.5


def test_one_to_one_never_reuses_a_prediction() -> None:
    pairs = one_to_one(["x", "x"], ["x", "x", "x"], lambda a, b: a == b)
    assert pairs == [(0, 0), (1, 1)]


def test_partial_matching_needs_the_words_together_and_in_order() -> None:
    assert overlaps("north maharashtra university", "enc north maharashtra university")
    assert not overlaps("maharashtra north", "north maharashtra university")
    assert partial_counts({"oracle"}, {"oracle india pvt ltd", "trigent"}) == (1, 0, 1)


def test_record_has_the_evaluator_shape() -> None:
    assert record("scout/name", 0.912345, "accuracy") == {
        "key": "scout/name",
        "score": 0.9123,
        "comment": "accuracy",
    }
    assert record("peer/name", None)["score"] is None


# --- normalisation ----------------------------------------------------------------------------


def test_norm_folds_case_whitespace_and_edge_punctuation() -> None:
    assert norm("  Oracle India Pvt.\n Ltd. ") == "oracle india pvt. ltd"
    assert norm(None) == ""


def test_links_phones_and_years_normalise() -> None:
    assert norm_url("https://www.LinkedIn.com/in/ada/") == "linkedin.com/in/ada"
    assert digits("+1 (555) 010-2030") == "5550102030"
    assert last_year("2001 to 2005") == "2005"
    assert last_year("no year") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mar 2020", "2020-03"),
        ("March 2020", "2020-03"),
        ("03/2020", "2020-03"),
        ("2020-03-01", "2020-03"),
        ("Sept. '18", "2018-09"),
        ("2019", "2019"),
        ("", None),
        ("Present", None),
    ],
)
def test_norm_date_reads_common_resume_formats(text: str, expected: str | None) -> None:
    assert norm_date(text) == expected


def test_degree_key_reduces_degrees_to_their_type() -> None:
    assert degree_key("B.E") == degree_key("Bachelor of Engineering")
    assert degree_key("B.Tech in Computer Science") == "bachelor of technology"
    assert degree_key("MCA in computer application") == degree_key(
        "Master of Computer Applications"
    )
    assert degree_key("Bachelor") == degree_key("Bachelor's degree")
    assert degree_key("Ph.D.") == "doctorate"


def test_location_matches_tolerates_a_part_more_or_less() -> None:
    assert location_matches("Chennai, Tamil Nadu", "Tamil Nadu")
    assert location_matches("San Francisco, California", "san francisco, california")
    assert not location_matches("Pune, Maharashtra", "Chennai, Tamil Nadu")
    assert not location_matches("", "Pune")


def test_merged_years_counts_overlaps_once_and_months_in_full() -> None:
    ranges = [(date(2020, 1, 1), date(2020, 12, 1)), (date(2020, 6, 1), date(2021, 5, 1))]
    assert merged_years(ranges) == pytest.approx(17 / 12)
    assert merged_years([]) == 0


# --- output and skipping ----------------------------------------------------------------------


def test_print_table_aligns_columns(capsys: pytest.CaptureFixture[str]) -> None:
    text = print_table("T", ["field", "score"], [["name", "0.95"], ["skills", "n/a"]])
    assert "name     0.95" in text
    assert "T" in capsys.readouterr().out


def test_write_results_records_the_configuration(tmp_path: Path) -> None:
    path = write_results(
        "demo", {"eval": "demo", "seed": 1}, [record("k", 1.0)], {"x": 1}, tmp_path
    )
    text = path.read_text()
    assert '"seed": 1' in text and '"key": "k"' in text


def test_missing_data_is_a_skip_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(DataMissing):
        require(tmp_path / "absent", "resumes")
    assert skip_if_missing("demo", lambda: require(tmp_path, "resumes") and 1) == 0
    assert "SKIPPED" in capsys.readouterr().out


def test_run_all_exits_zero_when_the_data_folder_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from evals import run_all

    monkeypatch.setenv("SCOUT_EVAL_DATA", str(tmp_path / "nowhere"))
    assert run_all.main([]) == 0
    assert "does not exist" in capsys.readouterr().out


# --- renderer ---------------------------------------------------------------------------------


def test_date_styles_write_the_same_month_differently() -> None:
    march = PartialDate(2020, 3)
    written = {style.date(march) for style in STYLES}
    assert {"Mar 2020", "03/2020", "March 2020", "Mar. '20", "2020-03"} <= written
    assert STYLES[0].range(march, None).endswith("Present")
    assert STYLES[0].date(PartialDate(2019)) == "2019"
    assert {style_for(i, j).name for i in range(5) for j in range(3)} == {s.name for s in STYLES}


@pytest.mark.parametrize("layout", ["pdf_one_column", "pdf_two_column"])
def test_renderer_writes_a_readable_pdf(layout: str) -> None:
    data = render(resume_from_json(RESUME), layout, STYLES[0])
    assert data.startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    for expected in ("Ada Example", "ada@example.org", "Example Systems", "Sep 2021 – Present"):
        assert expected in text


def test_renderer_writes_a_docx_with_header_and_skills_tables() -> None:
    data = render(resume_from_json(RESUME), "docx", STYLES[1])
    doc = Document(io.BytesIO(data))
    body = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "Ada Example" in cells and "ada@example.org" in cells
    assert "Senior Backend Engineer, Example Systems\t09/2021 - Current" in body
    assert "Python, PostgreSQL, Docker" in cells
    assert len(doc.tables) == 2


def test_every_format_renders() -> None:
    """The looks drawn without a browser; `test_render_html` prints the browser one."""
    resume = resume_from_json(RESUME)
    assert all(render(resume, fmt, STYLES[2]) for fmt in FORMATS if fmt not in BROWSER_FORMATS)


# --- ground truth and scoring of the render-and-parse eval ------------------------------------


def test_a_perfect_parse_scores_full_marks() -> None:
    taxonomy = Taxonomy.load()
    truth = truth_of(resume_from_json(RESUME), taxonomy)
    assert truth.total_years == pytest.approx(
        (date(2025, 6, 1).year * 12 + 6 - (2018 * 12 + 2) + 1) / 12
    )
    parsed = ParsedResume(
        name="Ada Example",
        emails=["ada@example.org"],
        phones=["555 010 2030"],
        location="Lisbon, Lisboa",
        links=["ada.example.org", "github.com/ada-example"],
        experience=[
            ExperienceEntry(
                title="Senior Backend Engineer",
                company="Example Systems",
                start="2021-09",
                current=True,
            ),
            ExperienceEntry(
                title="Software Engineer", company="Tiny Startup", start="2018-02", end="2021-08"
            ),
        ],
        education=[
            EducationEntry(institution="University of Lisbon", degree="B.S.", graduation_year=2018)
        ],
        skills=[SkillEntry(name=n) for n in sorted(truth.skills_all)],
        total_years_experience=truth.total_years,
    )
    score = score_doc(parsed, truth, "ada", "pdf_one_column", taxonomy)
    assert all(score.ok.values()), score.misses
    assert score.counts["experience_entries"] == (2, 0, 0)
    assert score.counts["education_entries"] == (1, 0, 0)
    assert score.counts["degree"] == (1, 0, 0)


def test_a_wrong_end_date_breaks_the_entry_but_not_the_title() -> None:
    taxonomy = Taxonomy.load()
    truth = truth_of(resume_from_json(RESUME), taxonomy)
    parsed = ParsedResume(
        experience=[
            ExperienceEntry(
                title="Senior Backend Engineer",
                company="Example Systems",
                start="2021-09",
                end="2024-01",
            ),
        ]
    )
    score = score_doc(parsed, truth, "ada", "docx", taxonomy)
    assert score.counts["experience_entries"] == (0, 1, 2)
    assert score.counts["exp_title"] == (1, 0, 1)
    assert score.counts["exp_end"] == (0, 0, 2)


# --- peers, JD tokens, roles ------------------------------------------------------------------


def test_peer_outputs_map_onto_parsed_resume_fields() -> None:
    openresume = to_parsed(
        "openresume-parser",
        {
            "resume": {
                "full_name": "Ada Example",
                "email": "ada@example.org",
                "phone": "",
                "url": "",
                "location": {"city": "Lisbon", "state": "Lisboa"},
                "skills": ["Python"],
                "experience": {
                    "years": 0,
                    "months": 0,
                    "work_history": [
                        {
                            "title": "Engineer",
                            "company": "Example",
                            "start_date": "Mar 2020",
                            "end_date": None,
                            "current": True,
                        },
                    ],
                },
                "education": {"degree_course": "BSc", "passing_year": 2018},
            }
        },
    )
    assert openresume.name == "Ada Example" and openresume.location == "Lisbon, Lisboa"
    assert openresume.experience[0].start == "2020-03" and openresume.experience[0].current
    assert openresume.total_years_experience is not None  # merged from its own dates
    zero = to_parsed(
        "zero-resume-parser",
        {
            "email": None,
            "phone": "555",
            "skills": ["python"],
            "links": {"linkedin": None, "github": "g", "other": []},
            "experience": [{"role": "Dev", "duration": "May 2021"}],
        },
    )
    assert zero.emails == [] and zero.links == ["g"] and zero.experience[0].start == "2021-05"


def test_years_from_entries_needs_both_ends() -> None:
    jobs = [ExperienceEntry(start="2020-01", end="2020-12"), ExperienceEntry(start="2022-01")]
    assert years_from_entries(jobs) == pytest.approx(1.0)


def test_detokenise_keeps_skill_spans() -> None:
    tokens = [
        ("Strong", "O"),
        ("Python", "B-Skill"),
        ("and", "O"),
        ("SQL", "B-Skill"),
        ("skills", "I-Skill"),
        (".", "O"),
    ]
    sentence = detokenise(tokens)
    assert sentence.text == "Strong Python and SQL skills."
    assert sentence.span_texts() == ["Python", "SQL skills"]


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("alfred_pennyworth_pm.pdf", "product_manager"),
        ("jd_product-manager.txt", "product_manager"),
        ("job_desc_front_end_engineer.pdf", "front_end"),
        ("bruce_wayne_fullstack.pdf", "full_stack"),
        ("jd_ml-eng.txt", "ml_engineer"),
        ("job_desc_java_developer.pdf", None),
    ],
)
def test_roles_are_read_from_file_names(name: str, role: str | None) -> None:
    assert role_of(Path(name)) == role
