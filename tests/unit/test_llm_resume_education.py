"""The llm brain's degrees: kept when the resume says them, with the same level as the parser's."""

from __future__ import annotations

from agents.llm_guards import Dropped, SourceText
from agents.llm_resume import ExtractedEducation, ground_education

RESUME = "Education\nB.Sc. in Physics, University of Leeds, 2016\nMBA, Warwick Business School"


def test_a_read_degree_keeps_its_words_and_gets_the_parsers_level() -> None:
    dropped: list[Dropped] = []
    read = [
        ExtractedEducation(institution="University of Leeds", degree="B.Sc. in Physics",
                           field="Physics", graduation_year=2016),
        ExtractedEducation(institution="Warwick Business School", degree="MBA"),
    ]
    kept = ground_education(read, SourceText(RESUME), dropped)
    assert [(e.degree, e.degree_level) for e in kept] == [
        ("B.Sc. in Physics", "bachelor"), ("MBA", "master"),
    ]
    assert not dropped


def test_a_degree_the_resume_does_not_say_is_dropped() -> None:
    dropped: list[Dropped] = []
    read = [ExtractedEducation(institution="University of Leeds", degree="PhD in Physics")]
    [entry] = ground_education(read, SourceText(RESUME), dropped)
    assert (entry.degree, entry.degree_level) == (None, None)
    assert dropped
