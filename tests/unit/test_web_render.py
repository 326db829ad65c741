"""What the chat shows: shortlist rows, evidence with warnings, per-file errors."""

from __future__ import annotations

from core.ingest import IngestResult
from core.match import MatchDimension
from tools.shortlist import ShortlistEntry
from ui.web.render import (
    evidence_markdown,
    ingest_summary,
    shortlist_table,
    table,
    unscreened_note,
)


def _entry(**changes) -> ShortlistEntry:
    base = dict(
        rank=1, candidate_id="cand_1", name="Ana | Costa", overall=81.4,
        matched_skills=["Python", "SQL"], missing_skills=["Kafka"],
        dimensions=[MatchDimension(name="required_skills", score=90, weight=0.4,
                                   evidence=["'Python' — \"Built Python services\""])],
        explanation="Strongest on required skills (90). Weakest on preferred skills (10). "
                    "Missing preferred skills: Kafka, dbt, Airflow, Terraform, Snowflake, Looker "
                    "and more detail here.",
        stale=False,
    )
    return ShortlistEntry(**(base | changes))


def test_table_cells_cannot_break_the_table():
    assert table(["a"], [["x | y\nz"]]).splitlines()[-1] == "| x \\| y z |"


def test_shortlist_row_has_rank_name_score_and_a_short_why():
    row = shortlist_table([_entry()]).splitlines()[-1]
    assert row.startswith("| #1 | Ana \\| Costa | 81 | Python, SQL | Kafka |")
    assert "Strongest on required skills (90)." in row and "more detail" not in row


def test_warnings_show_in_the_row_and_on_top_of_the_evidence():
    entry = _entry(warnings=["hidden text: 1 line in white on white was not scored"])
    assert "check warnings" in shortlist_table([entry])
    evidence = evidence_markdown(entry)
    assert evidence.splitlines()[2].startswith("> **Warning:** hidden text")
    assert "Required skills** 90 (weight 0.4)" in evidence


def test_summary_names_every_failed_file_once_and_keeps_the_rest():
    results = [
        IngestResult(file="a.pdf", status="ingested", resume_id="r1"),
        IngestResult(file="b.pdf", status="duplicate", resume_id="r2"),
        IngestResult(file="c.pdf", status="error", error="c.pdf: not a PDF (corrupt)"),
        IngestResult(file="d.pdf", status="ingested", error="d.pdf: stored but not scored"),
    ]
    summary = ingest_summary(results)
    assert summary.splitlines()[0] == (
        "Screened 4 files: 2 new, 1 already known, 1 could not be read."
    )
    assert "- **c.pdf** could not be read: not a PDF (corrupt)" in summary
    assert "- **d.pdf**: stored but not scored" in summary


def test_resumes_sent_with_a_refused_jd_are_not_screened_for_another_job() -> None:
    note = unscreened_note(3, ["nurse|jd.txt"])
    assert note.startswith("The 3 resumes sent with **nurse\\|jd.txt** were not screened")
    assert "for the job in focus" in note
    assert unscreened_note(1, ["a.txt", "b.pdf"]).startswith(
        "The 1 resume sent with **a.txt**, **b.pdf** was not screened"
    )
