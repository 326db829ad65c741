"""Skills and years in questions: "5+ years of Python", "Go or Java", "10 years of experience".

Skills are found with the taxonomy, so aliases and spellings map to the
canonical names resumes are stored with ("postgres" → PostgreSQL, "k8s" →
Kubernetes). A years phrase binds to the skills right after it ("5+ years of
Python and Django") or right before it ("Python (3+ years)"); otherwise it is
total experience. Skills joined by "or" need any one of them.

A skill that is the object of an activity ("built data pipelines", "led
incident response", "done accessibility work") is left to the search by
meaning: such phrases describe work done, which resumes state in sentences
more often than in their skills lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agents.question_parser_text import AT_LEAST, AT_MOST, NUMBER, QuestionText, number
from core.recruiter import SkillFilter
from tools.taxonomy import SkillMention, Taxonomy

YEARS = re.compile(
    rf"(?:between\s+(?P<low>{NUMBER})\s+and\s+(?P<high>{NUMBER})|"
    rf"(?P<cmp>{AT_LEAST}|{AT_MOST})?\s*(?P<n>{NUMBER})\s*(?P<plus>\+|\s*or\s+more)?)"
    r"\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)
LINK_AFTER = re.compile(
    r"^\s*(?:of|in|with|using|doing|on)?\s*(?:(?:professional|hands[- ]on|commercial|"
    r"production|relevant|solid|working|real[- ]world)\s+)?(?:experience\s*)?"
    r"(?:(?:with|in|of|using|on|doing)\s+)?$",
    re.IGNORECASE,
)
OF_EXPERIENCE = re.compile(
    r"^\s*(?:of\s+)?(?:total\s+|overall\s+|professional\s+|work\s+|working\s+)?"
    r"(?:experience|in\s+the\s+industry)\b(?!\s+(?:with|in|of|using|on)\b)",
    re.IGNORECASE,
)
"""Years "of experience" not followed by a skill are total experience."""
LINK_BEFORE = re.compile(r"^\s*(?:\(|with|for|:|,|-|–|—)?\s*(?:for\s+|with\s+)?$", re.IGNORECASE)
CHAIN = re.compile(r"^\s*(?:,|and|&|/|or|,\s*and|,\s*or)\s*$", re.IGNORECASE)
ACTIVITY = re.compile(
    r"\b(?:built|build|building|worked\s+on|work\s+on|working\s+on|done|did|do|doing|led|lead|"
    r"leading|ran|run|running|designed|implemented|shipped|set\s+up|owned|automated|"
    r"migrated|maintained)\s+(?:(?:a|an|the|some|any|our|their)\s+)?$",
    re.IGNORECASE,
)
SKILL_CONTEXT = re.compile(
    r"(?:\bknows?|\bknowing|\bwith|\busing|\band|\bor|,)\s+(?P<w>[a-z][a-z0-9+#.]*)\b"
)
NOT_SKILLS = frozenset(
    {"experience", "the", "a", "an", "more", "less", "at", "in", "data", "skills", "years",
     "who", "which", "production", "management", "design", "research", "testing"}
)
NEGATION = re.compile(r"\b(?:without|no|not|except|but\s+not|lacking)\s+(?:any\s+)?$", re.I)


@dataclass
class SkillRead:
    """Skills (all needed), alternatives (any one needed) and total-years bounds."""

    skills: list[SkillFilter] = field(default_factory=list)
    any_skills: list[SkillFilter] = field(default_factory=list)
    min_years: float | None = None
    max_years: float | None = None


def _structured(text: QuestionText, taxonomy: Taxonomy) -> list[SkillMention]:
    """Skill mentions that are filters (not activities, not negated)."""
    found = []
    for mention in taxonomy.find(text.work):
        before = text.work[max(0, mention.start - 40): mention.start]
        if ACTIVITY.search(before) or NEGATION.search(before):
            continue
        found.append(mention)
    return found


def _chain(text: str, mentions: list[SkillMention], first: int) -> list[int]:
    """Indexes of the mentions listed together from `first` on ("Python, Django and Go")."""
    chain = [first]
    for index in range(first + 1, len(mentions)):
        if not CHAIN.match(text[mentions[index - 1].end: mentions[index].start]):
            break
        chain.append(index)
    return chain


def _bound(match: re.Match[str]) -> tuple[float | None, float | None]:
    """(min, max) years of one years phrase."""
    if match.group("low"):
        low, high = sorted((number(match.group("low")), number(match.group("high"))))
        return low, high
    value = number(match.group("n"))
    comparator = match.group("cmp")
    if comparator and re.fullmatch(AT_MOST, comparator.strip(), re.IGNORECASE):
        return None, value
    return value, None


def _bind_years(
    text: QuestionText, mentions: list[SkillMention], read: SkillRead
) -> dict[int, float]:
    """Minimum years per mention index; unbound years phrases become total experience."""
    years: dict[int, float] = {}
    for match in list(text.finditer(YEARS)):
        low, high = _bound(match)
        after = next((i for i, m in enumerate(mentions) if m.start >= match.end()), None)
        before = next((i for i in reversed(range(len(mentions)))
                       if mentions[i].end <= match.start()), None)
        total = OF_EXPERIENCE.match(text.work[match.end():])
        if after is not None and LINK_AFTER.match(text.work[match.end(): mentions[after].start]):
            targets = _chain(text.work, mentions, after)
        elif before is not None and not total and LINK_BEFORE.match(
            text.work[mentions[before].end: match.start()]
        ):
            targets = [before]
        else:
            read.min_years, read.max_years = low, high
            text.take_match(match)
            continue
        for index in targets:
            if low is not None:
                years[index] = low
        text.take_match(match)
    return years


def _lower_case_skills(text: QuestionText, taxonomy: Taxonomy) -> list[SkillMention]:
    """Skills typed in lower case where the taxonomy wants capitals ("react", "go").

    Such a word counts only right after "know(s)", "with", "using", "and",
    "or" or a comma, where a skill is the likely reading.
    """
    found = []
    for match in SKILL_CONTEXT.finditer(text.work):
        word = match.group("w")
        name = taxonomy.canonical(word)
        if name and word.casefold() not in NOT_SKILLS:
            found.append(SkillMention(name=name, surface=word, start=match.start("w"),
                                      end=match.end("w")))
    return found


def read_skills(text: QuestionText, taxonomy: Taxonomy) -> SkillRead:
    """Skill filters and years bounds, blanked out of the question."""
    read = SkillRead()
    mentions = _structured(text, taxonomy)
    taken = {(m.start, m.end) for m in mentions}
    extra = [m for m in _lower_case_skills(text, taxonomy)
             if not any(s < m.end and m.start < e for s, e in taken)]
    mentions = sorted([*mentions, *extra], key=lambda m: m.start)
    years = _bind_years(text, mentions, read)
    index = 0
    while index < len(mentions):
        chain = _chain(text.work, mentions, index)
        pairs = zip(chain, chain[1:], strict=False)
        gaps = [text.work[mentions[a].end: mentions[b].start] for a, b in pairs]
        filters = [SkillFilter(name=mentions[i].name, min_years=years.get(i)) for i in chain]
        if any(re.search(r"\bor\b|/", gap) for gap in gaps):
            read.any_skills.extend(filters)
        else:
            read.skills.extend(filters)
        index = chain[-1] + 1
    for mention in mentions:
        text.take(mention.start, mention.end)
    read.skills = list({s.name: s for s in read.skills}.values())
    return read
