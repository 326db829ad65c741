"""Is this phrase a job title? Role nouns and seniority words decide.

Experience entries put title, company and place in any order ("Company —
Title", "Title, Company", "Title at Company"); the one dependable difference is
that titles are built from a small vocabulary of role nouns (engineer, manager,
analyst...). The same test keeps a headline from being taken for a name.
"""

from __future__ import annotations

import re

ROLE_WORDS = frozenset(
    (
        "engineer", "engineers", "developer", "developers", "programmer", "architect",
        "administrator", "admin", "devops", "sre", "manager", "director", "head", "lead", "leader",
        "chief", "officer", "president", "vp", "principal", "founder", "cofounder", "co-founder",
        "owner", "partner", "consultant", "advisor", "adviser", "analyst", "scientist",
        "researcher", "specialist", "expert", "designer", "artist", "writer", "editor", "author",
        "journalist", "producer", "strategist", "coordinator", "associate", "assistant",
        "executive", "representative", "rep", "agent", "officer", "clerk", "accountant", "auditor",
        "controller", "bookkeeper", "economist", "actuary", "banker", "trader", "broker", "teacher",
        "tutor", "lecturer", "professor", "instructor", "trainer", "educator", "coach", "mentor",
        "nurse", "physician", "doctor", "therapist", "pharmacist", "surgeon", "dentist",
        "technician", "technologist", "mechanic", "electrician", "operator", "supervisor",
        "foreman", "superintendent", "inspector", "intern", "internship", "apprentice", "trainee",
        "fellow", "student", "graduate", "volunteer", "recruiter", "sourcer", "buyer", "planner",
        "scheduler", "dispatcher", "marketer", "merchandiser", "salesperson", "seller", "counsel",
        "attorney", "lawyer", "paralegal", "secretary", "receptionist", "cashier", "chef", "cook",
        "barista", "waiter", "driver", "master", "owner", "steward", "evangelist", "advocate",
        "maintainer", "contributor", "creator", "cto", "ceo", "cfo", "coo", "cio", "cmo", "cpo",
        "ciso", "sde", "sdet", "swe", "mts", "smts", "qa", "tester", "pm", "tpm", "bdm",
        "bartender", "linguist", "translator", "interpreter", "musician", "sitter", "nanny",
        "caregiver", "librarian", "counselor", "counsellor", "freelancer", "self-employed",
    )
)
SENIORITY = frozenset(
    (
        "senior", "sr", "sr.", "junior", "jr", "jr.", "staff", "principal", "lead", "chief", "head",
        "entry", "mid-level", "mid", "associate", "assistant", "deputy", "intern", "graduate",
        "trainee",
    )
)
_HEAD_OF = re.compile(r"\b(?:head|director|vp|vice president|chief)\s+of\b", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z.+-]*")


def title_words(text: str) -> int:
    """How many role nouns a phrase holds."""
    return sum(1 for token in _TOKEN.findall(text) if token.lower().strip(".-") in ROLE_WORDS)


def looks_like_title(text: str) -> bool:
    """True for a short phrase built around a role noun ("Senior Data Engineer")."""
    words = text.split()
    if not words or len(words) > 10:
        return False
    return title_words(text) > 0 or _HEAD_OF.search(text) is not None
