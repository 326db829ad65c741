"""Experience headings named by field, and which entry fields can name an employer."""

from __future__ import annotations

from tools.resume_experience import parse_experience
from tools.resume_headings import is_experience_heading
from tools.resume_names import is_prose, reads_as_name
from tools.resume_sections import split_experience
from tools.sections import split_sections


def test_field_named_experience_headings() -> None:
    assert is_experience_heading("Teaching Experience")
    assert is_experience_heading("OTHER EMPLOYMENT")
    assert is_experience_heading("Career Experience/Job History")
    assert is_experience_heading("Related Experience:")
    assert not is_experience_heading("enhanced through lesson planning and teaching experience")
    assert not is_experience_heading("Bachelor of Arts, History")
    assert not is_experience_heading("Association for Persons in Supported Employment Today")


def test_experience_heading_inside_education_starts_a_section() -> None:
    lines = [
        "Education",
        "BSc Marketing, Northfield University, 2015",
        "Retail Experience",
        "Mar 2016 - Present",
        "Store Manager, Greenleaf Grocers, Leeds",
    ]
    sections = split_experience(split_sections(lines))
    kinds = [(s.kind, s.lines) for s in sections if s.lines]
    assert kinds[-1][0] == "experience"
    assert kinds[-1][1][-1] == "Store Manager, Greenleaf Grocers, Leeds"


def test_experience_heading_without_dates_is_left_alone() -> None:
    lines = ["Skills", "Python", "Last Used / Experience", "SQL"]
    assert [s.kind for s in split_experience(split_sections(lines)) if s.lines] == ["skills"]


def test_names_and_sentences() -> None:
    assert reads_as_name("Bank of America")
    assert reads_as_name("Cradles to Crayons")
    assert not reads_as_name("Promoted to work with Business Development on")
    assert not reads_as_name("9 Months")
    assert not reads_as_name("Summer 2014")
    assert is_prose("facilitated student understanding and feedback")


def test_lone_field_without_role_word_is_the_employer() -> None:
    (job,) = parse_experience(["Northwind Traders", "Jan 2018 - Dec 2020", "- Ran the shop"])
    assert job.entry.company == "Northwind Traders"
    assert job.entry.title is None


def test_description_line_next_to_dates_is_not_the_company() -> None:
    lines = ["Project Manager", "2015 - 2019", "Promoted to lead the regional delivery team"]
    (job,) = parse_experience(lines)
    assert job.entry.title == "Project Manager"
    assert job.entry.company != "Promoted to lead the regional delivery team"


def test_colon_between_employer_and_role() -> None:
    (job,) = parse_experience(["Harbour Books: Bartender", "2012 - 2014"])
    assert (job.entry.title, job.entry.company) == ("Bartender", "Harbour Books")


def test_project_detail_labels_are_not_fields() -> None:
    lines = ["QA Lead, Brightwave Systems", "Client: Contoso Health", "2010 - 2012"]
    (job,) = parse_experience(lines)
    assert job.entry.company == "Brightwave Systems"


def test_title_written_under_the_dates() -> None:
    lines = [
        "Harbour Housing Trust",
        "August 2009 to Present",
        "House Mentor",
        "- Mentor residents on career plans",
        "Northfield Library",
        "May 2006 to July 2009",
        "Library Assistant",
        "- Helped readers find sources",
    ]
    jobs = parse_experience(lines)
    assert [(j.entry.title, j.entry.company) for j in jobs] == [
        ("House Mentor", "Harbour Housing Trust"),
        ("Library Assistant", "Northfield Library"),
    ]


def test_range_end_sharing_a_line_with_the_employer() -> None:
    (job,) = parse_experience(["Game Programmer", "6/2007", "present K20 Center, Norman, OK"])
    assert job.entry.current
    assert (job.entry.title, job.entry.company) == ("Game Programmer", "K20 Center")


def test_numeric_range_end_on_its_own_line() -> None:
    lines = ["Teacher Assistant", "Bayside Business School, Oakland, CA | 2/2009", "5/2010"]
    (job,) = parse_experience(lines)
    assert (job.entry.start, job.entry.end) == ("2009-02", "2010-05")
    assert job.entry.title == "Teacher Assistant"
