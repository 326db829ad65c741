"""The parser's error classes, one small resume each, written here (no shared data).

Each test stands for a kind of input, not for one file: a resume stored as
one long line, a surname that is a job word, skills read where they are not
skills, title and company run together, places without place evidence, and
so on.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.document import ExtractedDocument
from tools.contact import find_emails, find_location
from tools.extract import extract_text
from tools.parse_resume import parse_resume
from tools.resume_education import parse_education
from tools.resume_experience import parse_experience
from tools.resume_header import find_name, headline_title
from tools.resume_skill_items import unlisted_skill_items
from tools.resume_skills import resume_skill_names
from tools.taxonomy import Taxonomy

REF = date(2026, 11, 1)


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


def _parse(text: str, taxonomy: Taxonomy):  # noqa: ANN202 - ParsedResume
    return parse_resume(ExtractedDocument(text=text, kind="txt"), taxonomy, reference_date=REF)


# --- 1. resumes stored as one long line ------------------------------------------------------

FLAT = (
    "Last Updated on 2 March 2024    Marital Status: Single    Rosa Kellerman    "
    "Career Center Room 12    Tacoma, WA 98402    (253) 555-0199    rosa.kellerman@example.com"
    "    EXPERIENCE    Warehouse Supervisor    Northbay Freight    Jan 2019 - Present    "
    "- Led a team of 14 associates across two shifts.    EDUCATION    "
    "Associate of Science in Logistics, Pierce College, 2016    SKILLS    "
    "Inventory Management, Forklift Operation, Microsoft Excel"
)


def test_one_line_resume_is_cut_into_lines_and_read(taxonomy: Taxonomy) -> None:
    doc = extract_text("flat.txt", FLAT.encode(), kind="txt")
    assert len(doc.lines) > 10  # runs of spaces were line breaks
    parsed = parse_resume(doc, taxonomy, reference_date=REF)
    assert parsed.name == "Rosa Kellerman"
    assert parsed.location == "Tacoma, WA"
    assert parsed.experience[0].title == "Warehouse Supervisor"
    assert parsed.experience[0].company == "Northbay Freight"


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        # Labels, template boilerplate and addresses are not names.
        (["Curriculum Vitae", "Personal Particulars", "Name:", "Amara Osei", "Tel: 020 555 0101"],
         "Amara Osei"),
        (["Build My Resume", "Noor Haddad", "1 Main Street, Springfield, IL 62701",
          "noor@example.com"], "Noor Haddad"),
        (["Sample Teacher Resume", "Career Center", "Lucina Hall Room 220", "Dana Whitfield",
          "2000 W. University Avenue", "Muncie, Indiana 47306", "dana@example.com"],
         "Dana Whitfield"),
        # A name label whose value sits further down, after other labels.
        (["Name:", "Birth:", "Nationality:", "1.", "Tomasz Wrona", "12 May 1990"],
         "Tomasz Wrona"),
        # "Al" is a given name here, not a particle.
        (["Al Franecki", "2002 Baird Street", "Stone Mountain, Georgia 30083"], "Al Franecki"),
        # "Resume of", "CV" and placeholder tails are not part of the name.
        (["RESUME OF Darius Mehta", "LOS ANGELES", "darius@example.com"], "Darius Mehta"),
        (["CV Ines Carvalho", "Lisbon, Portugal"], "Ines Carvalho"),
        (["Okafor XXXX", "Mobile: +234 801 555 0100", "E-mail: okafor@example.com"], "Okafor"),
        # A place before the contact lines is no name.
        (["San Francisco, CA 94105", "Mei Tanaka", "mei@example.com"], "Mei Tanaka"),
    ],
)
def test_name_needs_person_evidence(lines: list[str], name: str) -> None:
    assert find_name(lines) == name


def test_name_is_found_when_the_email_spells_it() -> None:
    lines = ["Employee Handbook Summary", "Grace Liang", "Senior Accountant",
             "Finance Operations", "Robert Vance", "g.liang@example.com"]
    assert find_name(lines, emails=["g.liang@example.com"]) == "Grace Liang"


def test_skills_are_not_names(taxonomy: Taxonomy) -> None:
    def is_skill(text: str) -> bool:
        return taxonomy.canonical(text) is not None

    lines = ["Machine Learning", "Natural Language Processing", "Ada Okoye", "ada@example.com"]
    assert find_name(lines, is_skill=is_skill) == "Ada Okoye"


# --- 2. a surname that is a job word ----------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["Jane Developer", "Full Stack Software Engineer", "jane@example.com"],
        ["Jane Developer | Full Stack Software Engineer | jane@example.com", "(555) 123-4567"],
    ],
)
def test_first_line_name_wins_over_the_headline(lines: list[str]) -> None:
    assert find_name(lines) == "Jane Developer"


def test_a_lone_title_is_not_a_name() -> None:
    assert find_name(["Medical Assistant", "123-345-7890", "Seattle, WA"]) is None


# --- 3. skill false positives ----------------------------------------------------------------


PROSE_ONLY = """\
Lena Ortiz
lena@example.com | https://lena.example.com | http://github.com/lena

EXPERIENCE
Backend Engineer, Dropbox | 2019 - 2023
- Contributed to OpenStack Swift for object storage replication.
- Built collaboration features and caching layers in Go.
- Worked with English-speaking clients; SQL (Less than 1 year).

EDUCATION
BSc in Computer Science, University of Leeds, 2017
"""


def test_prose_without_a_skills_section(taxonomy: Taxonomy) -> None:
    skills = _parse(PROSE_ONLY, taxonomy).skill_names()
    assert "Go" in skills and "SQL" in skills and "OpenStack" in skills
    for wrong in ("HTTP", "Less", "English", "Dropbox", "Swift", "Collaboration",
                  "Computer Science", "GitHub"):
        assert wrong not in skills, wrong


WITH_SECTION = """\
Sam Rivera
sam@example.com

EXPERIENCE
Software Engineer, Kettle Labs | 2020 - Present
- Built real-time chat with WebSockets and a caching layer; led web development.

SKILLS
Programming Languages: Python, TypeScript
Languages: JavaScript, Go
Cloud & DevOps
AWS, Docker, Terraform
Spoken: English, Spanish
"""


def test_a_skills_section_is_the_authors_list(taxonomy: Taxonomy) -> None:
    parsed = _parse(WITH_SECTION, taxonomy)
    skills = parsed.skill_names()
    for declared in ("Python", "TypeScript", "JavaScript", "Go", "Amazon Web Services",
                     "Docker", "Terraform"):
        assert taxonomy.canonical(declared) in skills, declared
    assert "WebSockets" in skills  # a named technology used in a job
    for concept in ("Caching", "Web Development", "Programming", "DevOps", "English"):
        assert concept not in skills, concept
    assert parsed.languages == ["English", "Spanish"]


def test_employers_are_not_skills(taxonomy: Taxonomy) -> None:
    names = resume_skill_names(
        taxonomy, [], ["Built sync tools at Notion Labs with Python"], ["Notion Labs"]
    )
    assert names == ["Python"]


def test_without_a_skills_section_practices_count_where_listed(taxonomy: Taxonomy) -> None:
    prose = [
        "Created operating and forecasting budgets for the sales team.\n"
        "- Project Management\n"
        "Tools used: Python, Kanban, Six Sigma\n"
        "Operating Systems: Windows, Linux"
    ]
    names = resume_skill_names(taxonomy, [], prose, [], listed=False)
    assert taxonomy.canonical("Project Management") in names
    assert taxonomy.canonical("Six Sigma") in names
    assert taxonomy.canonical("Python") in names and taxonomy.canonical("Windows") in names
    assert taxonomy.canonical("Budgeting") not in names  # only told about in a sentence
    assert taxonomy.canonical("Operating Systems") not in names  # the label of a list


def test_skills_list_items_the_taxonomy_lacks_are_kept() -> None:
    taxonomy = Taxonomy.load()
    lines = [
        "Build tools: Maven (3 years), Gradle, Ant (Less than 1",
        "year), Flurbolizer",
        "Python, Docker, Kubernetes",
        "Worked with various tools and knowledge of scripting, testing, deployment",
        "Chicago, IL, 60614, USA",
    ]
    items = unlisted_skill_items(taxonomy, lines, known=["Python"])
    assert "Flurbolizer" in items
    assert "Chicago" not in items and "USA" not in items
    assert not any("tools" in i or "knowledge" in i for i in items)
    assert all(taxonomy.canonical(i) is None for i in items)
    assert len(items) == len({i.casefold() for i in items})
    column = ["Kafka", "Flurbolizer", "Quintavox | Docker"]  # the same list, narrow
    assert unlisted_skill_items(taxonomy, column, known=[]) == ["Flurbolizer", "Quintavox"]
    qualities = ["Creative spirit", "Fast learner", "Team player"]
    assert unlisted_skill_items(taxonomy, qualities, known=[]) == []


# --- 4. title and company run together --------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "employers", "title"),
    [
        ("Software Engineer - Disney", ["Disney"], "Software Engineer"),
        ("Principal Engineer - Oracle India Private Limited", [], "Principal Engineer"),
        ("Senior Data Engineer", ["Acme"], "Senior Data Engineer"),
        ("Engineer - Manager", [], "Engineer - Manager"),
    ],
)
def test_headline_drops_the_company(headline: str, employers: list[str], title: str) -> None:
    assert headline_title(headline, employers) == title


JOB_BOARD = """\
Ravi Menon
Software Engineer - Disney
Hyderabad, Telangana - Email me on Indeed: ravi@example.com

WORK EXPERIENCE
Software Engineer
Disney -
September 2014 to Present
- Ran the build pipeline.
https://www.example.com/r/ravi-menon
Sasken Technologies Pvt. Ltd -  Pune, Maharashtra -
January 2012 to August 2014
- Tested signalling software.
Designation: Principal Engineer
Company 1: Oracle India Private Limited
June 2008 to December 2011
"""


def test_job_board_layout(taxonomy: Taxonomy) -> None:
    parsed = _parse(JOB_BOARD, taxonomy)
    assert parsed.headline == "Software Engineer"
    assert parsed.location == "Hyderabad, Telangana"
    jobs = [(e.title, e.company) for e in parsed.experience]
    assert jobs == [
        ("Software Engineer", "Disney"),
        (None, "Sasken Technologies Pvt. Ltd"),
        ("Principal Engineer", "Oracle India Private Limited"),
    ]


# --- 5. places need place evidence ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        (["SOA, WebLogic and MFT Module."], None),
        (["software engineer - Oracle, Business Objects"], None),
        (["Coimbatore - Email me on Indeed: x@example.com"], "Coimbatore"),
        (["267 Shorehaven Road, Norwalk, CT 06850"], "Norwalk, CT"),
        (["Nungambakkam, CHENNAI 600 034, INDIA"], "CHENNAI, INDIA"),
        (["75019 Paris", "06 61 33 91 80"], "Paris"),
        (["Willing to relocate to: Bengaluru, Karnataka", "Pune, Maharashtra"],
         "Pune, Maharashtra"),
        (["x@example.com | (555) 555-5555 | Anytown, Any State"], "Anytown, Any State"),
        (["Location: Based in Durham, NC"], "Durham, NC"),
    ],
)
def test_location_needs_place_evidence(lines: list[str], place: str | None) -> None:
    assert find_location(lines) == place


def test_the_name_is_not_the_location() -> None:
    line = "Samantha Jones | Software Developer | sj@example.com"
    assert find_location([line], name="Samantha Jones") is None


# --- 6. emails ---------------------------------------------------------------------------------


def test_email_with_an_apostrophe() -> None:
    text = "Email: romeo.o'connell@yahoo.com; 'quoted@example.com' o’neil@example.org"
    assert find_emails(text) == [
        "romeo.o'connell@yahoo.com", "quoted@example.com", "o’neil@example.org"
    ]


# --- 7. education ------------------------------------------------------------------------------


def test_institution_is_kept_as_written() -> None:
    entries = parse_education(
        ["University of Texas at Austin | 2006 - 2011", "Ph.D. in Computer Science"]
    )
    assert [(e.institution, e.graduation_year) for e in entries] == [
        ("University of Texas at Austin", 2011)
    ]


def test_an_ongoing_degree_has_no_graduation_year() -> None:
    entries = parse_education(
        ["Massachusetts Institute of Technology | Aug 2020 - Present", "PhD in Physics",
         "Stanford University | 2016 - 2020", "BSc in Physics"]
    )
    assert [(e.institution, e.graduation_year) for e in entries] == [
        ("Massachusetts Institute of Technology", None),
        ("Stanford University", 2020),
    ]


def test_an_expected_year_is_kept() -> None:
    entries = parse_education(["BSc in Biology, University of Ghana, expected May 2027"])
    assert entries[0].graduation_year == 2027


def test_dates_written_twice_keep_the_duties_with_their_job() -> None:
    lines = [
        "Major Incident Manager", "Microsoft India -", "June 2016 to Present",
        "June 2016 - Till date", "Roles and Responsibilities:",
        "- Led major incidents on Windows NT and UNIX platforms.",
    ]
    [job] = parse_experience(lines)
    assert (job.entry.title, job.entry.start, job.entry.current) == (
        "Major Incident Manager", "2016-06", True
    )
    assert "UNIX platforms" in job.entry.description


@pytest.mark.parametrize("title", ["SDE-2", "SDET", "SMTS", "SDE II"])
def test_engineering_ladder_acronyms_are_titles(title: str) -> None:
    [job] = parse_experience([title, "Globex", "Jan 2019 - Mar 2022", "- Built the ledger."])
    assert (job.entry.title, job.entry.company) == (title, "Globex")
