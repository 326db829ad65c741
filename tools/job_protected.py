"""Job descriptions that state a protected criterion are refused, line by line.

A recruiter's criterion naming age, gender, ethnicity, marital status,
nationality, religion, disability, orientation or looks is refused by
`tools.protected_attributes`; a JD saying the same ("Candidates must be under
35", "Male candidates only") must not slip in through `add_job` instead.

Many JDs name these attributes only to say they do not count (equal
opportunity statements, "regardless of age"), or in their benefits
("maternity leave", "health insurance for your spouse"): such sentences are
not criteria and are let through, unless they also say "only", "must",
"required" or "preferred", which is how a criterion hides inside them.
Wrapped lines are joined into sentences first, so an equal opportunity
statement broken over two lines is still read as one.

Care, teaching and social work name the people the work is for ("caring
for pregnant women", "working with elderly patients", "supporting people
with disabilities", "teaching children aged 5-11"): such a phrase, after a
verb of service and beside the people served, describes the job, not the
candidate, and is let through; the rest of the sentence is still judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.protected_attributes import Refusal, find_protected

_BULLET = re.compile(r"^\s*(?:[-•*–·▪◦]+|\(?\d{1,2}[.)])\s+")
_SENTENCE = re.compile(r"[^.!?;]+(?:[.!?;]+|$)")
_EXCERPT = 120
_HEADING = 40

# An explicit criterion word: a sentence holding one is judged, whatever else it says.
_CRITERION = re.compile(
    r"\b(?:only(?!\s+on\b)|exclusively|must|required(?!\s+by\b)|preferred|preference|prefer)\b",
    re.IGNORECASE,
)
# Statements that the attributes do *not* count: equal opportunity, inclusion, adjustments.
_EQUAL_OPPORTUNITY = re.compile(
    r"\b(?:equal (?:employment )?opportunit(?:y|ies)|eeo|affirmative action"
    r"|discriminat\w*|without regard (?:to|for)|regardless of|irrespective of"
    r"|all qualified applicants|reasonable (?:accommodations?|adjustments?)"
    r"|encouraged? to apply|(?:we )?(?:welcome|encourage)s? (?:applications|applicants"
    r"|candidates|people|everyone)|inclusive|inclusion|diversity)\b",
    re.IGNORECASE,
)
# Gender-inclusive title markers: "(m/f/d)", "(male/female/diverse)", "(all genders)".
_INCLUSIVE_MARKER = re.compile(
    r"\(\s*(?:m|male|men)\s*/\s*(?:f|w|female|women)\s*(?:/\s*(?:d|x|diverse|divers"
    r"|non-binary))?\s*\)|\b(?:of\s+)?(?:all|any)\s+genders?\b",
    re.IGNORECASE,
)
# What an employer offers, as opposed to what it asks of a candidate.
_BENEFIT = re.compile(
    r"\b(?:leave|insurance|benefits?|perks?|allowance|stipend|vouchers?|child ?care|day ?care"
    r"|pension|401\(?k\)?|coverage|covered|plan|bonus|holidays?|vacation|pto|time off"
    r"|wellness|wellbeing|gym|reimburse\w*|subsidi[sz]ed|discounts?|salary|healthcare"
    r"|medical|dental|vision|sabbatical|we offer|lunch)\b",
    re.IGNORECASE,
)
_CANDIDATE = re.compile(r"\b(?:candidates?|applicants?)\b", re.IGNORECASE)
# A verb of service a few words before the phrase: the work is done for these people.
_SERVICE_BEFORE = re.compile(
    r"\b(?:car(?:e|es|ing)|work(?:s|ing)?|support(?:s|ing)?|teach(?:es|ing)?|serv(?:e|es|ing)"
    r"|treat(?:s|ing|ment)?|assist(?:s|ing)?|help(?:s|ing)?|nurs(?:e|ing)|counsel(?:l?ing)?"
    r"|coach(?:es|ing)?|mentor(?:s|ing)?|educat(?:e|es|ing)|look(?:s|ing) after)"
    r"(?:\s+(?:for|with|of|to))?(?:\s+[\w'-]+){0,3}\s+$",
    re.IGNORECASE,
)
# The people served, named around the phrase.
_PEOPLE_SERVED = re.compile(
    r"\b(?:patients?|clients?|students?|pupils?|learners?|residents?|children|kids|infants"
    r"|babies|adults|people|persons|individuals|women|men|mothers|families|veterans"
    r"|customers|service users|users|populations?|communit(?:y|ies))\b",
    re.IGNORECASE,
)
_SERVED_REACH = 40  # characters after the phrase where the people served may be named


@dataclass(frozen=True)
class JobRefusal:
    """A JD line stating a protected criterion: where, what it says, and why it is refused."""

    line: int
    text: str
    refusal: Refusal

    @property
    def reason(self) -> str:
        """`line 12 "Candidates must be under 35": refused: "under 35" refers to age, …`."""
        return f'line {self.line} "{self.text}": {self.refusal.reason}'


def protected_criteria(text: str) -> list[JobRefusal]:
    """Every sentence of the JD stating a protected criterion, with its line number."""
    refused: list[JobRefusal] = []
    for first_line, lines in _paragraphs(text):
        joined, starts = _join(lines)
        for match in _SENTENCE.finditer(joined):
            sentence = match.group(0)
            refusal = _criterion(sentence)
            if refusal is None:
                continue
            at = match.start() + max(sentence.find(refusal.phrase), 0)
            line = first_line + sum(1 for start in starts[1:] if start <= at)
            refused.append(JobRefusal(line, _excerpt(sentence, refusal.phrase), refusal))
    return refused


def refusal_message(file_name: str, refused: list[JobRefusal]) -> str:
    """The recruiter-facing message: the first refusal in full, then the other lines."""
    message = f"{file_name}: {refused[0].reason}"
    if len(refused) > 1:
        others = "; ".join(
            f'line {item.line} "{item.text}" ({item.refusal.attribute})' for item in refused[1:]
        )
        message += f" Also refused: {others}."
    return message


def _criterion(sentence: str) -> Refusal | None:
    """The protected attribute a sentence asks for, or None when it asks for none."""
    sentence = _INCLUSIVE_MARKER.sub(" ", sentence)
    refusal = find_protected(sentence)
    while refusal is not None and _describes_people_served(sentence, refusal.phrase):
        sentence = sentence.replace(refusal.phrase, " ", 1)
        refusal = find_protected(sentence)
    if refusal is None or _CRITERION.search(sentence):
        return refusal
    if _EQUAL_OPPORTUNITY.search(sentence):
        return None
    if _BENEFIT.search(sentence) and not _CANDIDATE.search(sentence):
        return None
    return refusal


def _describes_people_served(sentence: str, phrase: str) -> bool:
    """"caring for pregnant women": the phrase names who the work is for, not who may apply."""
    at = sentence.find(phrase)
    if at < 0:
        return False
    service = _SERVICE_BEFORE.search(sentence[max(0, at - 60) : at])
    if service is None:
        return False
    around = sentence[at - len(service.group(0)) : at + len(phrase) + _SERVED_REACH]
    return _PEOPLE_SERVED.search(around) is not None


def _paragraphs(text: str) -> list[tuple[int, list[str]]]:
    """Runs of lines that read as one: a blank line, a bullet or a heading starts another."""
    runs: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        previous = runs[-1][1][-1] if runs else ""
        continues = (
            runs
            and runs[-1][0] + len(runs[-1][1]) == number
            and not _BULLET.match(line)
            and not previous.endswith((".", "!", "?", ";", ":"))
            and not _heading(previous, stripped)
        )
        if continues:
            runs[-1][1].append(stripped)
        else:
            runs.append((number, [stripped]))
    return runs


def _heading(line: str, following: str) -> bool:
    """A short line such as "About you" before a capitalised one: a title, not wrapped prose."""
    return len(line) <= _HEADING and not line.endswith(",") and following[:1].isupper()


def _join(lines: list[str]) -> tuple[str, list[int]]:
    """The lines joined by spaces, bullets dropped, and where each line starts."""
    joined = ""
    starts: list[int] = []
    for line in lines:
        if joined:
            joined += " "
        starts.append(len(joined))
        joined += _BULLET.sub("", line)
    return joined, starts


def _excerpt(sentence: str, phrase: str) -> str:
    """The sentence, cut around the phrase when it is too long to quote whole."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= _EXCERPT:
        return sentence
    at = max(sentence.find(phrase), 0)
    start = max(0, min(at - _EXCERPT // 3, len(sentence) - _EXCERPT))
    cut = sentence[start : start + _EXCERPT].strip()
    return ("…" if start else "") + cut + ("…" if start + _EXCERPT < len(sentence) else "")
