"""The offline question parser: a recruiter's question → intent, filters and names.

Readers run in a fixed order over one `QuestionText`, each blanking out what
it understood: jobs, follow-up cues, intent and the candidates named, time
windows, interview and match scores, "top N", stages, employers, titles,
degrees, places, and finally skills with their years. Whatever content is
left is searched by meaning — and the answer says so, so a recruiter knows
which words were filters and which were read as a description.

The parser never sees resume text: resumes are data, the question is the
only instruction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from agents.question_parser_dates import read_window
from agents.question_parser_jobs import SENIORITY, read_jobs, read_stages
from agents.question_parser_numbers import read_interview, read_match_score, read_top
from agents.question_parser_people import (
    PeopleFacts,
    is_place,
    read_education,
    read_employer,
    read_places,
    read_title,
)
from agents.question_parser_refs import FollowUp, IntentRead, read_follow_up, read_intent
from agents.question_parser_skills import read_skills
from agents.question_parser_text import QuestionText
from core.recruiter import CandidateQuery, Intent, JobOption, StageName, ThreadMemory
from tools.recruiter_semantic import question_terms
from tools.taxonomy import Taxonomy

_FILLER_TEXT = """
    who whom which what whose candidates candidate people person applicants applicant folks
    anybody somebody talent profiles profile resumes resume cvs cv has have had with and or
    the a an of in on for to is are was were be been do does did know knows knowing skills
    skill background show me list find give get all any them those these ones also please
    currently only just still now our my us at least more than well really very good great
    strong solid expert proficient deep extensive lots much plenty fluent advanced decent
    familiar comfortable both either already ever mainly mostly primarily experience
    experienced years year total overall someone anyone hands-on engineers engineer
    developers developer analysts analyst managers manager designers designer scientists
    applied apply application applications right there here else other others like can
    could would should need want looking s got get gets getting senior junior mid lead staff
    principal
"""
FILLER = frozenset(_FILLER_TEXT.split())
TITLE_NOUNS = re.compile(
    r"\b(?P<t>(?:[A-Za-z][\w+#.-]*\s+){1,2}(?:engineers?|developers?|analysts?|scientists?|"
    r"managers?|designers?|architects?))\b",
    re.IGNORECASE,
)


@dataclass
class ParsedQuestion:
    """What the offline parser understood, ready to become tool calls."""

    intent: Intent
    query: CandidateQuery
    refs: list[str] = field(default_factory=list)
    stage: StageName | None = None
    job_ids: list[str] = field(default_factory=list)
    follow_up: FollowUp = "none"
    notes: list[str] = field(default_factory=list)
    semantic_fallback: bool = False


def _people(text: QuestionText, taxonomy: Taxonomy, follow_up: FollowUp) -> PeopleFacts:
    facts = PeopleFacts()
    read_employer(text, facts)
    read_title(text, facts)
    read_education(text, facts)
    read_places(text, facts, taxonomy)
    if follow_up == "replace" and not facts.places:
        bare = text.leftover().strip(" ?.!")
        if bare and is_place(bare, taxonomy):
            facts.places.append(bare)
            text.take(0, len(text.work))
    return facts


def _role_title(text: QuestionText, facts: PeopleFacts) -> None:
    """"data engineers" left over → a title filter ("data engineer")."""
    if facts.title:
        return
    match = text.search(TITLE_NOUNS)
    if match is None:
        return
    tokens = match.group("t").split()
    qualifiers = [w for w in tokens[:-1] if w.casefold() not in FILLER | SENIORITY]
    if not qualifiers or any(w.casefold().endswith(("ed", "ing")) for w in qualifiers):
        return
    noun = tokens[-1][:-1] if tokens[-1].casefold().endswith("s") else tokens[-1]
    text.take_match(match)
    facts.title = " ".join([*qualifiers, noun])


def semantic_text(leftover: str) -> str | None:
    """The content words no reader understood, trimmed of filler at both ends."""
    words = re.findall(r"[\w+#./-]+", leftover)
    while words and words[0].casefold() in FILLER:
        words.pop(0)
    while words and words[-1].casefold() in FILLER:
        words.pop()
    content = [w for w in words if w.casefold() not in FILLER]
    if not content or not question_terms(" ".join(content)):
        return None
    return " ".join(words)


def _filters(text: QuestionText, taxonomy: Taxonomy, now: datetime, follow_up: FollowUp
             ) -> tuple[dict, list[str]]:
    """Every filter reader in order; returns CandidateQuery fields and notes."""
    notes: list[str] = []
    after, before = read_window(text, now)
    interview = read_interview(text)
    score = read_match_score(text)
    limit, sort = read_top(text)
    stages = read_stages(text)
    people = _people(text, taxonomy, follow_up)
    skills = read_skills(text, taxonomy)
    _role_title(text, people)
    if re.search(r"\b(?:without|except|no)\s+\w+", text.work, re.I):
        notes.append("I cannot exclude skills or people yet; that part was read by meaning.")
    fields = {
        "skills": skills.skills, "any_skills": skills.any_skills,
        "min_years": skills.min_years, "max_years": skills.max_years,
        "employer": people.employer, "employer_when": people.employer_when,
        "title": people.title, "stages": stages, "interview": interview,
        "min_score": score.low if score else None, "max_score": score.high if score else None,
        "locations": people.places, "remote": people.remote,
        "education_level": people.education_level, "education_field": people.education_field,
        "applied_after": after, "applied_before": before, "limit": limit,
    }
    if sort:
        fields["sort"] = sort
    return fields, notes


def parse_question(
    question: str,
    *,
    jobs: list[JobOption],
    taxonomy: Taxonomy,
    memory: ThreadMemory,
    now: datetime,
) -> ParsedQuestion:
    """Read a question into an intent, a candidate query, names and notes."""
    text = QuestionText(question)
    job_ids, notes = read_jobs(text, jobs)
    follow_up = read_follow_up(text, memory)
    intent: IntentRead = read_intent(text, memory)
    fields, more_notes = _filters(text, taxonomy, now, follow_up)
    notes += more_notes
    query = CandidateQuery(job_ids=job_ids, **{k: v for k, v in fields.items() if v is not None})
    parsed = ParsedQuestion(
        intent=intent.intent, query=query, refs=intent.refs, stage=intent.stage,
        job_ids=job_ids, follow_up=follow_up, notes=notes + intent.notes,
    )
    leftover = semantic_text(text.leftover())
    if leftover and intent.intent in ("list", "count"):
        _add_semantic(parsed, leftover)
    return parsed


def _add_semantic(parsed: ParsedQuestion, leftover: str) -> None:
    """Search the unparsed words by meaning and say so."""
    structured = parsed.query.has_filters() or parsed.follow_up != "none"
    parsed.query = parsed.query.model_copy(update={"text": leftover})
    if structured:
        parsed.notes.append(f"“{leftover}” is not a filter I know; I matched it by meaning.")
    else:
        parsed.semantic_fallback = True
        parsed.notes.append(
            f"I could not turn “{leftover}” into filters, so I searched the resumes by meaning."
        )
