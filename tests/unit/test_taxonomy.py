"""Skills taxonomy: data integrity, alias lookup and free-text matching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.taxonomy import DEFAULT_PATH, SkillMention, Taxonomy


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


@pytest.fixture(scope="module")
def raw() -> dict[str, object]:
    return json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))


def found(taxonomy: Taxonomy, text: str) -> list[str]:
    return [m.name for m in taxonomy.find(text)]


# --- data -------------------------------------------------------------------


def test_size_and_version(taxonomy: Taxonomy, raw: dict[str, object]) -> None:
    assert len(taxonomy) >= 1600
    assert taxonomy.version == raw["version"] == "2026.11.3"
    assert len(taxonomy.names()) == len(set(taxonomy.names())) == len(taxonomy)


def test_entries_have_the_documented_shape(raw: dict[str, object]) -> None:
    skills = raw["skills"]
    assert isinstance(skills, list)
    for entry in skills:
        assert set(entry) == {"name", "aliases", "category", "ambiguous"}, entry
        assert entry["name"].strip() == entry["name"] and entry["name"]
        assert isinstance(entry["aliases"], list)
        assert all(isinstance(a, str) and a.strip() == a and a for a in entry["aliases"])
        assert isinstance(entry["category"], str) and entry["category"]
        assert isinstance(entry["ambiguous"], bool)


def test_no_alias_maps_to_two_skills(raw: dict[str, object]) -> None:
    owners: dict[str, set[str]] = {}
    for entry in raw["skills"]:
        for surface in [entry["name"], *entry["aliases"]]:
            owners.setdefault(" ".join(surface.lower().split()), set()).add(entry["name"])
    clashes = {alias: names for alias, names in owners.items() if len(names) > 1}
    assert clashes == {}


def test_load_rejects_colliding_aliases(tmp_path: Path) -> None:
    data = {
        "version": "t",
        "skills": [
            {"name": "PostgreSQL", "aliases": ["pg"], "category": "database", "ambiguous": False},
            {"name": "Page", "aliases": ["PG"], "category": "other", "ambiguous": False},
        ],
    }
    path = tmp_path / "tax.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="(?i)pg"):
        Taxonomy.load(path)


def test_load_reads_a_given_path(tmp_path: Path) -> None:
    data = {
        "version": "x1",
        "skills": [{"name": "Foo", "aliases": ["foo lang"], "category": "c", "ambiguous": False}],
    }
    path = tmp_path / "tax.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    small = Taxonomy.load(path)
    assert (small.version, len(small), small.names()) == ("x1", 1, ["Foo"])
    assert found(small, "I write foo lang daily") == ["Foo"]


def test_covers_non_tech_roles(taxonomy: Taxonomy) -> None:
    categories = {taxonomy.category(name) for name in taxonomy.names()}
    for expected in (
        "programming_language",
        "database",
        "cloud",
        "devops",
        "machine_learning",
        "design",
        "marketing",
        "sales",
        "finance",
        "hr",
        "operations",
        "healthcare",
        "legal",
        "soft_skill",
        "office_tools",
    ):
        assert expected in categories


# --- canonical() ------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "name"),
    [
        ("postgres", "PostgreSQL"),
        ("K8S", "Kubernetes"),
        ("k8s", "Kubernetes"),
        ("js", "JavaScript"),
        ("nodejs", "Node.js"),
        ("node", "Node.js"),
        ("reactjs", "React"),
        ("react.js", "React"),
        ("golang", "Go"),
        ("ML", "Machine Learning"),
        ("sklearn", "scikit-learn"),
        ("GCP", "Google Cloud Platform"),
        ("MS Excel", "Microsoft Excel"),
        ("excel", "Microsoft Excel"),
        ("AWS", "Amazon Web Services"),
        ("c++", "C++"),
        ("C#", "C#"),
        (".net", ".NET"),
        ("ci/cd", "CI/CD"),
        ("Scikit Learn", "scikit-learn"),
        ("problem-solving", "Problem Solving"),
        ("PostgreSQL", "PostgreSQL"),
    ],
)
def test_canonical_aliases(taxonomy: Taxonomy, term: str, name: str) -> None:
    assert taxonomy.canonical(term) == name


@pytest.mark.parametrize(
    "term", ["  postgres ", "postgres,", "(k8s)", "Node.js.", '"Docker"', "machine\nlearning"]
)
def test_canonical_tolerates_whitespace_and_punctuation(taxonomy: Taxonomy, term: str) -> None:
    assert taxonomy.canonical(term) is not None


def test_canonical_strips_a_trailing_version(taxonomy: Taxonomy) -> None:
    assert taxonomy.canonical("Python 3.11") == "Python"
    assert taxonomy.canonical("Java 17") == "Java"


@pytest.mark.parametrize("term", ["", "   ", "underwater basket weaving", "go to", "C-level"])
def test_canonical_unknown(taxonomy: Taxonomy, term: str) -> None:
    assert taxonomy.canonical(term) is None


def test_category(taxonomy: Taxonomy) -> None:
    assert taxonomy.category("PostgreSQL") == "database"
    assert taxonomy.category("postgres") == "database"
    assert taxonomy.category("Kubernetes") == "devops"
    assert taxonomy.category("no such skill") is None


# --- find() -----------------------------------------------------------------

RESUME = """Jane Doe - Senior Backend Engineer
Skills: Python, Go, TypeScript, PostgreSQL, Redis, Docker, k8s, Terraform
- Built REST APIs with FastAPI and Node.js; CI/CD with GitHub Actions.
- Trained ML models in scikit-learn and PyTorch on Google Cloud Platform.
- Led R&D initiatives, reporting to the CEO; mentoring and stakeholder management.
I like to go to meetups and excel at public speaking.
"""


def test_find_on_a_resume_snippet(taxonomy: Taxonomy) -> None:
    assert set(found(taxonomy, RESUME)) == {
        "Backend Development",
        "Python",
        "Go",
        "TypeScript",
        "PostgreSQL",
        "Redis",
        "Docker",
        "Kubernetes",
        "Terraform",
        "REST APIs",
        "FastAPI",
        "Node.js",
        "CI/CD",
        "GitHub Actions",
        "Machine Learning",
        "scikit-learn",
        "PyTorch",
        "Google Cloud Platform",
        "Mentoring",
        "Stakeholder Management",
        "Public Speaking",
    }


def test_mentions_carry_surface_and_offsets(taxonomy: Taxonomy) -> None:
    text = "Deployed on k8s and Postgres."
    mentions = taxonomy.find(text)
    assert mentions == [
        SkillMention(name="Kubernetes", surface="k8s", start=12, end=15),
        SkillMention(name="PostgreSQL", surface="Postgres", start=20, end=28),
    ]
    assert all(text[m.start : m.end] == m.surface for m in mentions)


def test_mentions_are_ordered_and_non_overlapping(taxonomy: Taxonomy) -> None:
    mentions = taxonomy.find(RESUME * 3)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JavaScript and TypeScript", ["JavaScript", "TypeScript"]),
        ("Java and JavaScript", ["Java", "JavaScript"]),
        ("Java-based services", ["Java"]),
        ("Go-based services", ["Go"]),
        ("A Go-getter who can Spring-clean a backlog", []),
        ("Reported to the CEO", []),
        ("Presented to C-level executives and the C-suite", []),
        ("Led R&D for two years", []),
        ("I will go to the office", []),
        ("We ship swift fixes and go live", []),
        ("Python.org and jane@python.io", []),
        ("Vue.js", ["Vue.js"]),
    ],
)
def test_word_boundaries(taxonomy: Taxonomy, text: str, expected: list[str]) -> None:
    assert found(taxonomy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C++, C#, .NET", ["C++", "C#", ".NET"]),
        ("ASP.NET Core and VB.NET", ["ASP.NET Core", "VB.NET"]),
        ("Node.js/Express.js", ["Node.js", "Express"]),
        ("CI/CD pipelines", ["CI/CD"]),
        ("scikit-learn, Objective-C", ["scikit-learn", "Objective-C"]),
        ("C/C++ developer", ["C", "C++"]),
        ("Java/J2EE", ["Java", "Jakarta EE"]),
        ("TCP/IP, PL/SQL, T-SQL", ["TCP/IP", "PL/SQL", "T-SQL"]),
    ],
)
def test_symbols_in_names(taxonomy: Taxonomy, text: str, expected: list[str]) -> None:
    assert found(taxonomy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Google Cloud Platform", ["Google Cloud Platform"]),
        ("Amazon Web Services (AWS)", ["Amazon Web Services", "Amazon Web Services"]),
        ("Spring Boot", ["Spring Boot"]),
        ("React Native apps", ["React Native"]),
        ("Ruby on Rails", ["Ruby on Rails"]),
        ("Microsoft SQL Server", ["Microsoft SQL Server"]),
        ("machine   learning\nengineer", ["Machine Learning"]),
        (
            "scikit learn, front-end and Front End",
            ["scikit-learn", "Frontend Development", "Frontend Development"],
        ),
        ("Power BI dashboards", ["Power BI", "Dashboards"]),
    ],
)
def test_longest_match_wins(taxonomy: Taxonomy, text: str, expected: list[str]) -> None:
    assert found(taxonomy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Go microservices", ["Go", "Microservices"]),
        ("golang and Golang", ["Go", "Go"]),
        ("Swift and SwiftUI", ["Swift", "SwiftUI"]),
        (
            "Microsoft Excel, Excel, EXCEL",
            ["Microsoft Excel", "Microsoft Excel", "Microsoft Excel"],
        ),
        ("microsoft excel", ["Microsoft Excel"]),
        ("we excel at word of mouth", []),
        ("React, reactjs, react.js", ["React", "React", "React"]),
        ("react quickly to incidents", []),
        ("ML and AI", ["Machine Learning", "Artificial Intelligence"]),
        ("Give 5 ml of saline", []),
        ("python, JAVA, PostgreSQL", ["Python", "Java", "PostgreSQL"]),
    ],
)
def test_case_handling(taxonomy: Taxonomy, text: str, expected: list[str]) -> None:
    assert found(taxonomy, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Python, R, SQL", ["Python", "R", "SQL"]),
        ("Python and R", ["Python", "R"]),
        ("R and Python", ["R", "Python"]),
        ("Languages: C Rust", ["C", "Rust"]),
        ("- C\n- R\n", ["C", "R"]),
        ("Skills: C.", ["C"]),
        ("Section R of the form", []),
        ("Plan C was chosen", []),
        ("(C) 2024 Acme Corp", []),
        ("Excel(R) user", ["Microsoft Excel"]),
        ("J. R. R. Tolkien", []),
        ("R2 and C3", []),
        ("r, c", []),
        ("Chen, G., & An, R. (2010). Methods", []),  # authors' initials
        ("Vetter, R., Brown, J., Janicki, T.", []),
        ("Led the R & D team; owned P & L", []),
        ("Moved the ledgers to the R/3 system", []),  # a release of SAP, not R
        ("Languages: Java, C, C++, R.", ["Java", "C", "C++", "R"]),
        ("R & Python for models", ["R", "Python"]),
    ],
)
def test_single_letter_skills_need_a_list_context(
    taxonomy: Taxonomy, text: str, expected: list[str]
) -> None:
    assert found(taxonomy, text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Python3", "Python3"),
        ("Vue3 apps", "Vue3"),
        ("C#10", "C#10"),
        ("Java 17", "Java"),
        ("HTML5", "HTML5"),
    ],
)
def test_glued_versions(taxonomy: Taxonomy, text: str, surface: str) -> None:
    assert [m.surface for m in taxonomy.find(text)] == [surface]


def test_offsets_survive_case_folding_that_changes_length(taxonomy: Taxonomy) -> None:
    text = "İstanbul office, Python"
    (mention,) = taxonomy.find(text)
    assert (mention.name, text[mention.start : mention.end]) == ("Python", "Python")


def test_empty_and_skill_free_text(taxonomy: Taxonomy) -> None:
    assert taxonomy.find("") == []
    assert taxonomy.find("   \n\t ") == []
    assert taxonomy.find("The quick brown fox jumps over the lazy dog.") == []


def test_every_canonical_name_is_found_in_a_list(taxonomy: Taxonomy) -> None:
    missed = [
        name
        for name in taxonomy.names()
        if found(taxonomy, f"Skills: {name}, Python") != [name, "Python"]
    ]
    assert missed == []


def test_load_returns_independent_instances() -> None:
    first, second = Taxonomy.load(), Taxonomy.load()
    assert first is not second
    assert first.names() == second.names()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised ambiguous word used as an ordinary word...
        ("Java (Less than 1 year), SQL (3 years)", ["Java", "SQL"]),
        ("Go to the next level", []),
        ("Internship, Spring 2016", []),
        ("Committee member, 2013 Spring", []),
        ("Taught during the Fall and Spring semesters", []),
        ("Java 2016 Spring Boot", ["Java", "Spring Boot"]),
        # ... or inside a longer product name is not the skill.
        ("Maintained object storage on OpenStack Swift.", ["OpenStack"]),
        # Lists and plain uses still count.
        ("Languages: Python, Go, Rust", ["Python", "Go", "Rust"]),
        ("Used Swift to build iOS apps", ["Swift", "iOS"]),
        ("LESS, Sass", ["Less", "Sass"]),
    ],
)
def test_ambiguous_words_read_as_words(
    taxonomy: Taxonomy, text: str, expected: list[str]
) -> None:
    names = [n for n in found(taxonomy, text) if n != "Object Storage"]
    assert names == expected


@pytest.mark.parametrize(
    ("name", "product"),
    [
        ("Docker", True), ("Vue.js", True), ("GitHub", True), ("PostgreSQL", True),
        ("React", True), ("Apache Kafka", True), ("React Native", True),
        ("Google Cloud Platform", True), ("Tailwind CSS", True),
        ("Caching", False), ("Web Development", False), ("Object Storage", False),
        ("Machine Learning", False), ("Encryption", False), ("Headless CMS", False),
    ],
)
def test_products_and_practices(taxonomy: Taxonomy, name: str, product: bool) -> None:
    assert taxonomy.is_product(name) is product
