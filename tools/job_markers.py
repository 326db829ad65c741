"""Clauses of a job description and the words that make a requirement optional.

"Familiarity with Terraform is a plus" sits in many postings right inside the
requirements list, so the section alone cannot say what is required. The unit
of judgement is the clause (a bullet, or a sentence or ';'-separated piece of a
paragraph), and within it a marker reaches the skills on its side: leading
markers ("ideally", "bonus if") reach forward, trailing ones ("is a plus",
"preferred") reach back, a parenthesised one ("Go (preferred)") only the skill
right before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from tools.job_sections import JobSection, SectionKind

Reach = Literal["forward", "back", "previous"]

# Text between two listed skills: ", ", " and ", ", or ", " / ".
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:(?:and|or|and/or)\s+)?|(?:and|or|and/or)\s+|/\s*)$", re.I)
_EXAMPLES_BEFORE = re.compile(
    r"(?:\bsuch as|\be\.g\.?,?|\bfor (?:example|instance),?|\blike|\bany of|\bone of"
    r"|\bone or more of)\s*[(:]?\s*$",
    re.I,
)
_OR_JOIN = re.compile(r"\bor\b|/", re.I)

_CLAUSE_SPLIT = re.compile(r";\s+|(?<=[a-z0-9)][.!?])(?<!e\.g\.)(?<!i\.e\.)\s+(?=[A-Z(])")
_LEADING = re.compile(
    r"\b(?:ideally|preferably|bonus (?:points )?(?:if|for)|extra (?:points|credit) (?:if|for)"
    r"|(?:a )?plus if|even better if|optionally|would be nice|it'?s a plus if"
    r"|(?:nice|good)[ -]to[ -]have\s*:|bonus\s*:|preferred\s*:|pluses\s*:|plus\s*:)",
    re.I,
)
_TRAILING = re.compile(
    r"\b(?:a|an)\s+(?:(?:big|huge|strong|definite|real|major|nice|added)\s+)?"
    r"(?:plus|bonus|advantage)\b|\b(?:big|huge|strong|definite|major|added)\s+(?:plus|bonus)\b"
    r"|\bplus(?:es)?\b(?=\W*$)|\bnice[ -]to[ -]have\b|\bgood[ -]to[ -]have\b|\bpreferred\b"
    r"|\bpreferable\b|\bdesirable\b|\bdesired\b|\bappreciated\b|\bwelcome[d]?\b"
    r"|\bnot (?:a )?(?:strict )?(?:required|requirement|must)\b|\boptional\b|\bhelpful\b"
    r"|\bbeneficial\b|\badvantageous\b",
    re.I,
)
_PAREN_MARKER = re.compile(
    r"\(\s*(?:a\s+)?(?:plus|bonus|preferred|nice[ -]to[ -]have|optional|desirable|ideally)\s*\)",
    re.I,
)


@dataclass(frozen=True)
class Clause:
    """One clause with the kind of section it came from."""

    kind: SectionKind
    text: str


@dataclass(frozen=True)
class Marker:
    """Where a preference marker sits in a clause and which way it reaches."""

    start: int
    end: int
    reach: Reach


def iter_clauses(sections: list[JobSection]) -> Iterator[Clause]:
    """Every clause of every unit, in text order."""
    for section in sections:
        for unit in section.units:
            for piece in _CLAUSE_SPLIT.split(unit):
                if piece.strip():
                    yield Clause(section.kind, piece.strip())


def find_markers(text: str) -> list[Marker]:
    """Preference markers in a clause, in order, each with its reach."""
    markers = [Marker(m.start(), m.end(), "previous") for m in _PAREN_MARKER.finditer(text)]
    taken = [(m.start, m.end) for m in markers]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for found in _LEADING.finditer(text):
        if free(found.start(), found.end()):
            markers.append(Marker(found.start(), found.end(), "forward"))
            taken.append((found.start(), found.end()))
    for found in _TRAILING.finditer(text):
        if free(found.start(), found.end()):
            markers.append(Marker(found.start(), found.end(), "back"))
    return sorted(markers, key=lambda m: (m.start, m.end))


def is_optional(text: str) -> bool:
    """Whether a clause carries any preference marker at all."""
    return bool(find_markers(text))


def optional_spans(
    markers: list[Marker], spans: list[tuple[int, int]]
) -> set[int]:
    """Indexes of the spans (skill mentions) that the markers make optional.

    A leading marker with nothing after it reaches back ("Kubernetes, ideally");
    a trailing one reaches back only, so "your preferred language" in front of a
    list does not make the list optional.
    """
    chosen: set[int] = set()
    for marker in markers:
        before = [i for i, (_, end) in enumerate(spans) if end <= marker.start]
        after = [i for i, (start, _) in enumerate(spans) if start >= marker.end]
        if marker.reach == "previous":
            chosen.update(before[-1:])
        elif marker.reach == "forward":
            chosen.update(after or before)
        else:
            chosen.update(before)
    return chosen


def alternative_runs(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of span indexes (skill mentions) named as alternatives or examples.

    "such as Python, Ruby, Java, PHP, and .Net", "(e.g. React, Vue)" and
    "MySQL, Oracle, or MongoDB" each ask for one of a kind, not for all of
    them: a run of two or more listed skills is a list of alternatives when
    an example phrase opens it or "or" joins it. "including HTML5, CSS3"
    names what is meant, so it stays a plain list.
    """
    chosen: list[list[int]] = []
    for run in _runs(text, spans):
        first = spans[run[0]]
        joins = [text[spans[i][1] : spans[i + 1][0]] for i in run[:-1]]
        opened = _EXAMPLES_BEFORE.search(text[max(0, first[0] - 40) : first[0]]) is not None
        if opened or any(_OR_JOIN.search(join) for join in joins):
            chosen.append(run)
    return chosen


def alternative_spans(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of every span in a run of alternatives (see `alternative_runs`)."""
    return {index for run in alternative_runs(text, spans) for index in run}


def _runs(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of two or more spans joined only by list punctuation or and/or."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index in range(len(spans)):
        joined = bool(current) and _LIST_JOIN.match(text[spans[index - 1][1] : spans[index][0]])
        if joined:
            current.append(index)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [index]
    if len(current) >= 2:
        runs.append(current)
    return runs
