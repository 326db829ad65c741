"""Resume dates: every common spelling, ranges, and years with overlaps counted once."""

from __future__ import annotations

from datetime import date

import pytest

from tools.dates import (
    DateRange,
    find_dates,
    find_ranges,
    is_present,
    merge_ranges,
    month_span,
    parse_date,
    reference_note,
    total_years,
)

REF = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mar 2020", "2020-03"),
        ("March 2020", "2020-03"),
        ("Sept. '18", "2018-09"),
        ("Dec. '98", "1998-12"),
        ("03/2020", "2020-03"),
        ("3/2020", "2020-03"),
        ("2020-03", "2020-03"),
        ("2020", "2020"),
        ("May, 2016", "2016-05"),
        ("Summer 2019", "2019-06"),
        ("no date here", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("word", ["Present", "current", "Now", "today", "to date", "ongoing"])
def test_present_words(word: str) -> None:
    assert is_present(word)


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Mar 2020 – Present", "2020-03", None, True),
        ("2019 – Present", "2019", None, True),
        ("Jan 2021 to current", "2021-01", None, True),
        ("2020-03 to now", "2020-03", None, True),
        ("March 2020 — Today", "2020-03", None, True),
        ("Sept. '18 – Present", "2018-09", None, True),
        ("September 2017 onwards", "2017-09", None, True),
        ("since March 2019", "2019-03", None, True),
        ("Mar 2020 – Aug 2022", "2020-03", "2022-08", False),
        ("Title at Acme (03/2020 - 08/2022)", "2020-03", "2022-08", False),
        ("2017 - 2019", "2017", "2019", False),
        ("2019-2021", "2019", "2021", False),
        ("Dec 2019–Jan 2020", "2019-12", "2020-01", False),
        ("from 2015 to 2018", "2015", "2018", False),
    ],
)
def test_find_ranges(text: str, start: str, end: str | None, current: bool) -> None:
    found = find_ranges(text)
    assert len(found) == 1
    assert (found[0].start, found[0].end, found[0].current) == (start, end, current)


def test_range_offsets_point_at_the_text() -> None:
    text = "Engineer at Acme (Jan 2020 - Mar 2021), Berlin"
    found = find_ranges(text)[0]
    assert text[found.begin : found.stop] == "Jan 2020 - Mar 2021"


@pytest.mark.parametrize("text", ["+1 415 555 0142", "2010-12", "version 3.11", "50K users"])
def test_no_range_in_non_ranges(text: str) -> None:
    assert find_ranges(text) == []


def test_find_dates_in_order() -> None:
    assert find_dates("BSc 2014, MSc Sept. 2016") == ["2014", "2016-09"]


def test_month_span_conventions() -> None:
    # Start and end months count in full.
    assert month_span(DateRange("2020-03", "2020-08", False, 0, 0), REF) == (24242, 24248)
    # A year-only end is December, capped before the reference month.
    span = month_span(DateRange("2019", "2021", False, 0, 0), REF)
    assert span is not None and span[1] - span[0] == 36
    # A current role runs up to the reference month.
    span = month_span(DateRange("2026-01", None, True, 0, 0), REF)
    assert span is not None and span[1] - span[0] == 10
    # An open start with no end cannot be counted.
    assert month_span(DateRange("2020", None, False, 0, 0), REF) is None


def test_merge_ranges_counts_overlaps_once() -> None:
    assert merge_ranges([(10, 20), (0, 5), (15, 30), (30, 35)]) == [(0, 5), (10, 35)]
    assert total_years([(0, 24), (12, 36)]) == 3.0
    assert total_years([(0, 12), (24, 30)]) == 1.5


def test_total_years_from_overlapping_jobs() -> None:
    jobs = ["Jan 2018 – Dec 2020", "Jun 2020 – Present", "2015 - 2016"]
    spans = [month_span(find_ranges(j)[0], REF) for j in jobs]
    # 2018-01..2026-10 is 106 months, plus 2015-2016 is 24 months.
    assert total_years([s for s in spans if s]) == round(130 / 12, 1)


def test_reference_note() -> None:
    today = date(2026, 11, 21)
    assert reference_note(None, today) == (today, "years counted as of 2026-11-21 (today)")
    assert reference_note(REF, today) == (REF, "years counted as of 2026-11-01")


def test_reference_note_takes_the_documents_date_when_believable() -> None:
    today = date(2026, 11, 21)
    saved = date(2019, 5, 2)
    expected = (saved, "years counted as of 2019-05-02 (the document's date)")
    assert reference_note(None, today, document_date=saved, latest_job_date="2019-03") == expected
    assert reference_note(None, today, document_date=saved) == expected
    # A caller's date wins; a date after today or before a date the jobs write is not believed.
    assert reference_note(REF, today, document_date=saved)[0] == REF
    assert reference_note(None, today, document_date=date(2027, 1, 1))[0] == today
    assert reference_note(None, today, document_date=saved, latest_job_date="2021")[0] == today
    assert reference_note(None, today, document_date=saved, latest_job_date="2019-06")[0] == today
