"""Tell a job description from a resume, for uploads that arrive together.

A recruiter drops a JD and a batch of resumes into one chat message. A
resume is about a person (contact lines, employment history); a JD is about
a role (requirements, responsibilities, what the company offers). The
file name counts when it says so ("jd", "job description").
"""

from __future__ import annotations

import re
from typing import Literal

DocumentKind = Literal["job", "resume"]

_JOB_NAME = re.compile(r"(^|[^a-z])(jd|job|posting|vacancy|opening)([^a-z]|$)", re.IGNORECASE)
_RESUME_NAME = re.compile(r"(^|[^a-z])(cv|resume|résumé)([^a-z]|$)", re.IGNORECASE)
_JOB_HEADINGS = re.compile(
    r"^\s*(requirements|responsibilities|what you(?:'|’)?ll do|what we(?:'|’)?re looking for|"
    r"qualifications|minimum qualifications|preferred qualifications|nice to have|"
    r"about the role|about you|about the team|the role|benefits|what we offer|perks|"
    r"your responsibilities|must have|bonus points|who you are)\s*(?::|$)",
    re.IGNORECASE | re.MULTILINE,
)
_JOB_PHRASES = re.compile(
    r"\b(we are looking for|we're looking for|we are hiring|we're hiring|you will|you'll|"
    r"the ideal candidate|years of experience|equal opportunity|apply now|join our team|"
    r"join us|we offer|is a plus|nice to have|familiarity with|proficiency (?:with|in))\b",
    re.IGNORECASE,
)
_PERSON_LINES = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d ()-]{7,}\d|linkedin\.com/in/", re.IGNORECASE
)


def document_kind(file_name: str, text: str) -> DocumentKind:
    """"job" when the file reads like a job description, else "resume"."""
    if _RESUME_NAME.search(file_name):
        return "resume"
    if _JOB_NAME.search(file_name):
        return "job"
    return "job" if job_signal(text) >= 3 else "resume"


def job_signal(text: str) -> int:
    """Evidence for a JD: role headings and phrases, minus contact lines near the top."""
    headings = len(set(m.group(1).lower() for m in _JOB_HEADINGS.finditer(text)))
    phrases = len(set(m.group(1).lower() for m in _JOB_PHRASES.finditer(text)))
    contacts = len(_PERSON_LINES.findall(text[:600]))
    return 2 * headings + min(phrases, 3) - 2 * contacts
