"""Resume claims held against what the candidate said in the interview.

Claims checked: the lines the planned questions probe (`probes_claim`),
then resume lines claiming years with a named skill, at most MAX_CLAIMS.
Evidence for a claim: answer sentences naming one of its skills, and every
sentence of the answer to the question that probes it. Verdicts:

- contradicted: an evidence sentence about the claim (naming its skill, or
  in the probing answer and naming no other skill) denies using the skill ("I have never
  used Kubernetes", "no real experience", "only read about it") or claims
  at most half the years the resume does ("about a year", "a few months");
- supported: an evidence sentence gives concrete detail (numbers, other
  named tools, or "I/we built, ran, set up …"), or the probing question's
  answer scored 4 or more;
- not supported: nothing in the answers backs the claim.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.interview import AnswerAssessment, ClaimCheck, TranscriptTurn
from tools.answer_text import Span, sentence_spans, shorten
from tools.plan_questions import LIST_LINE_RE, YEARS_RE
from tools.scorecard_answers import AnsweredQuestion
from tools.scorecard_evidence import clip
from tools.taxonomy import Taxonomy

MAX_CLAIMS = 5
SUPPORTED_SCORE = 4
_NUMBER = r"(\d+(?:\.\d+)?)"
_CLAIM_YEARS_RE = re.compile(rf"{_NUMBER}\s*\+?\s*(?:years?|yrs?)\b", re.I)
_FEW_MONTHS_RE = re.compile(
    r"\b(?:a|one|two|three|a few|few|several|a couple of|couple of|\d+)\s+(?:months?|weeks?)\b",
    re.I,
)
_ONE_YEAR_RE = re.compile(r"\b(?:a|one|about a|about one|around a|less than a)\s+year\b", re.I)
_DENIAL_RE = re.compile(
    r"\b(?:never|not|no|barely|hardly|[a-z]+n[’']t)\b[^.!?]{0,12}?\b(?:used?|using|worked|work|"
    r"touched|run|ran|running|deployed|written|wrote|known?|experience|familiar|tried|"
    r"hands-on|production)\b(?!\s+(?:\w+\s+){0,2}?(?:without|unless)\b)|"
    r"\bonly (?:read|heard|watched|seen|played|tried)\b",
    re.I,
)
_CONCRETE_RE = re.compile(
    r"\d|\b(?:I|we)\s+(?:built|ran|set up|deployed|migrated|wrote|designed|operated|"
    r"maintained|configured|automated|scaled|debugged|upgraded|moved|introduced)\b",
    re.I,
)


@dataclass(frozen=True)
class Evidence:
    """An answer sentence that speaks to a claim."""

    turn: TranscriptTurn
    span: Span
    probing: bool
    about_claim: bool  # names a claimed skill, or (probing) names no other skill


def claim_lines(
    answered: Sequence[AnsweredQuestion], resume_lines: Sequence[str], taxonomy: Taxonomy
) -> list[str]:
    """Probed claims first, then lines claiming years of a named skill."""
    lines = [a.question.probes_claim.strip() for a in answered if a.question.probes_claim]
    for line in resume_lines:
        if YEARS_RE.search(line) and not LIST_LINE_RE.match(line) and taxonomy.find(line):
            lines.append(line.strip())
    return list(dict.fromkeys(line for line in lines if line))[:MAX_CLAIMS]


def check_claims(
    answered: Sequence[AnsweredQuestion],
    resume_lines: Sequence[str],
    taxonomy: Taxonomy,
    assessments: Mapping[str, AnswerAssessment],
) -> list[ClaimCheck]:
    """A verdict with both quotes for every claim worth checking."""
    return [
        check_claim(line, answered, taxonomy, assessments)
        for line in claim_lines(answered, resume_lines, taxonomy)
    ]


def check_claim(
    line: str,
    answered: Sequence[AnsweredQuestion],
    taxonomy: Taxonomy,
    assessments: Mapping[str, AnswerAssessment],
) -> ClaimCheck:
    """Contradicted, supported or not supported, with the answer quote behind it."""
    skills = list(dict.fromkeys(m.name for m in taxonomy.find(line)))
    evidence = _evidence(line, skills, answered, taxonomy)
    years = _claimed_years(line)
    label = _label(line, skills, years)
    for item in evidence:
        if item.about_claim and _contradicts(item.span.sentence, years):
            return _check(label, "contradicted", line, item)
    concrete = [e for e in evidence if _CONCRETE_RE.search(e.span.sentence)]
    if concrete:
        return _check(label, "supported", line, concrete[0])
    probing = [e for e in evidence if e.probing]
    if probing and _probe_score(line, answered, assessments) >= SUPPORTED_SCORE:
        return _check(label, "supported", line, probing[0])
    return _check(label, "not supported", line, evidence[0] if evidence else None)


def _evidence(
    line: str, skills: list[str], answered: Sequence[AnsweredQuestion], taxonomy: Taxonomy
) -> list[Evidence]:
    """Sentences naming a claimed skill, and all sentences answering the claim's probe."""
    found: list[Evidence] = []
    for entry in answered:
        probing = (entry.question.probes_claim or "").strip() == line
        for turn in entry.turns:
            for span in sentence_spans(turn.text, min_words=1):
                names = {m.name for m in taxonomy.find(span.sentence)}
                named = bool(names & set(skills))
                if probing or named:
                    about = named or not names
                    found.append(Evidence(turn, span, probing, about))
    return found


def _claimed_years(text: str) -> float | None:
    numbers = [float(m.group(1)) for m in _CLAIM_YEARS_RE.finditer(text)]
    return max(numbers) if numbers else None


def _contradicts(sentence: str, claimed_years: float | None) -> bool:
    """A denial of use, or at most half the years claimed."""
    if _DENIAL_RE.search(sentence):
        return True
    if claimed_years is None or claimed_years < 2:
        return False
    said = _claimed_years(sentence)
    if said is None and (_FEW_MONTHS_RE.search(sentence) or _ONE_YEAR_RE.search(sentence)):
        said = 1.0
    return said is not None and said <= claimed_years / 2


def _probe_score(
    line: str, answered: Sequence[AnsweredQuestion], assessments: Mapping[str, AnswerAssessment]
) -> int:
    scores = [
        assessments[a.question.id].score
        for a in answered
        if (a.question.probes_claim or "").strip() == line and a.question.id in assessments
    ]
    return max(scores, default=0)


def _label(line: str, skills: list[str], years: float | None) -> str:
    """What the claim says, in a few words ("Kubernetes, 5 years")."""
    if not skills:
        return shorten(line.strip().lstrip("-•*▪◦ "), 80)
    amount = f", {years:g} years" if years is not None else ""
    return ", ".join(skills[:3]) + amount


def _check(label: str, verdict: str, line: str, item: Evidence | None) -> ClaimCheck:
    quote = clip(item.turn.text, item.span.start, item.span.end) if item else None
    return ClaimCheck(
        claim=label,
        verdict=verdict,  # type: ignore[arg-type]
        resume_quote=line,
        answer_quote=quote,
        turn=item.turn.seq if item else None,
    )
