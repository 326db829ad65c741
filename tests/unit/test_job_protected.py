"""A JD stating a protected criterion is refused; EEO statements and benefits are not."""

from __future__ import annotations

import pytest

from tools.job_protected import protected_criteria, refusal_message

JD = """Senior Backend Engineer (m/f/d)

Acme Payments
Location: Berlin, Germany (hybrid)

The role
You will build and run the services behind our payment APIs.

Requirements
- 5+ years of Python in production.
- Fluent German (C1) and good English.
- Right to work in the EU.
- Experience debugging race conditions in distributed systems.

Benefits
- 30 days of holiday, 16 weeks paid parental leave, generous maternity and paternity leave.
- Private health insurance for you, your spouse and children.
- A free family plan for our app, and lunch in the office every day.

We are a diverse team of 40 people from 12 countries.
We are an equal opportunity employer and do not discriminate on the basis of race,
religion, gender, age, disability, marital status, national origin or sexual orientation.
All qualified applicants will receive consideration for employment without regard to race,
color, religion, sex, sexual orientation, gender identity, national origin, disability, or
protected veteran status.
If you need a reasonable accommodation because of a disability, please let us know.
"""


def test_a_jd_with_eeo_statement_and_benefits_is_accepted() -> None:
    assert protected_criteria(JD) == []
    read_back = "\n".join(line for line in JD.splitlines() if line.strip())  # as read from a file
    assert protected_criteria(read_back) == []


@pytest.mark.parametrize(
    ("line", "attribute"),
    [
        ("Candidates must be under 35", "age"),
        ("Applicants aged 25-35 preferred.", "age"),
        ("Male candidates only", "gender"),
        ("Native English speakers only", "nationality"),
        ("Mother tongue German", "nationality"),
        ("Must be a US citizen.", "nationality"),
        ("Must be married", "marital"),
        ("Christian candidates preferred.", "religion"),
        ("Please attach a recent photo to your application.", "photo"),
        ("White candidates only", "ethnicity"),
    ],
)
def test_a_line_stating_a_protected_criterion_is_refused(line: str, attribute: str) -> None:
    text = JD.replace("- Right to work in the EU.", f"- Right to work in the EU.\n- {line}")
    refused = protected_criteria(text)
    assert len(refused) == 1
    assert refused[0].line == 13
    assert refused[0].text == line
    assert refused[0].refusal.attribute.startswith(attribute)
    assert refused[0].reason.startswith(f'line 13 "{line}": refused: ')
    assert "instead" in refused[0].reason


@pytest.mark.parametrize(
    "line",
    [
        "5+ years of Python",
        "Fluent German (C1)",
        "Right to work in the EU",
        "Must be eligible to work in the United States",
        "Security clearance required",
        "Senior Backend Engineer (male/female/diverse)",
        "Software Engineer (all genders)",
        "Diverse team, flat hierarchy.",
        "Women, minorities, veterans and people with disabilities are encouraged to apply.",
        "We welcome applicants of all ages, genders, backgrounds and abilities.",
        "We provide reasonable adjustments for disabled candidates throughout the process.",
        "Hiring decisions are based only on merit, without regard to age or gender.",
    ],
)
def test_ordinary_requirements_and_inclusive_statements_are_accepted(line: str) -> None:
    assert protected_criteria(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "We are an equal opportunity employer; male candidates only.",
        "Maternity leave and health insurance. Female candidates only.",
        "Health insurance for all candidates under 35",
        "Regardless of experience, applicants must be married.",
    ],
)
def test_a_criterion_hidden_in_an_eeo_or_benefits_line_is_refused(line: str) -> None:
    assert protected_criteria(line)


def test_a_criterion_wrapped_over_two_lines_names_the_line_of_its_words() -> None:
    text = "About you\nWe are looking for someone who is a\nnative German speaker."
    refused = protected_criteria(text)
    assert [(item.line, item.refusal.attribute) for item in refused] == [
        (3, "nationality or national origin")
    ]
    assert refused[0].text == "We are looking for someone who is a native German speaker."


def test_the_message_names_the_file_every_refused_line_and_what_to_ask_instead() -> None:
    text = "Backend Engineer\n\n- Candidates must be under 35\n- Male candidates only\n"
    message = refusal_message("backend.txt", protected_criteria(text))
    assert message.startswith('backend.txt: line 3 "Candidates must be under 35": refused: ')
    assert "age, a protected attribute" in message
    assert "instead, ask for the experience or skills the job needs" in message
    assert 'Also refused: line 4 "Male candidates only" (gender).' in message


def test_a_long_line_is_quoted_around_the_words_that_named_the_attribute() -> None:
    line = "We build payment APIs with Python, Go and Kafka for banks and " * 4
    refused = protected_criteria(line + "Only candidates under 35 will be considered for this role")
    assert len(refused) == 1
    assert "under 35" in refused[0].text and len(refused[0].text) <= 122


@pytest.mark.parametrize(
    "line",
    [
        "Experience caring for pregnant women is required.",
        "Must be comfortable working with elderly patients.",
        "Experience supporting people with disabilities preferred.",
        "Must have experience teaching children aged 5-11.",
        "Must be able to support clients of all ages.",
    ],
)
def test_the_people_a_care_or_teaching_job_serves_are_not_a_criterion(line: str) -> None:
    assert protected_criteria(line) == []


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("Experience caring for elderly patients; male candidates only.", "male"),
        ("Must work well with a young team.", "young"),
        ("Must be female to work with women in our shelter.", "female"),
    ],
)
def test_a_criterion_beside_the_people_served_is_still_refused(line: str, phrase: str) -> None:
    assert [r.refusal.phrase for r in protected_criteria(line)] == [phrase]
