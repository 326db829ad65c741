"""What a question asks for, and whom it names.

Intents: list (the default), count ("how many"), profile ("tell me about
Ana"), compare ("compare Ana and Wei", "Ana vs Wei"), stats ("pipeline for
the backend role"), explain ("why did Ana score 72?"), similar ("who is like
Ana?"), move ("move Ana to interview", "reject Wei"). Follow-ups narrow the
last result ("and which of them…", "of those…") or redo it with a change
("what about London?"). Candidates are named by name, id, position in the
last list ("the second one", "the first two") or pronoun ("her").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from agents.question_parser_jobs import STAGE_WORDS
from agents.question_parser_text import QuestionText
from core.recruiter import Intent, StageName, ThreadMemory

FollowUp = Literal["none", "narrow", "replace"]
_STAGE = r"(?P<stage>" + "|".join(sorted(STAGE_WORDS, key=len, reverse=True)) + r")"
_END = r"\s*[?.!]*\s*$"
MOVE = re.compile(
    rf"^\s*(?:please\s+)?(?:can\s+you\s+)?(?:move|advance|promote|progress|push|put|send|set)\s+"
    rf"(?P<who>.+?)\s+(?:to|into|forward\s+to|back\s+to)\s+(?:the\s+)?{_STAGE}(?:\s+stage)?\b",
    re.I,
)
VERB_MOVE = re.compile(
    r"^\s*(?:please\s+)?(?P<verb>reject|hire|decline|shortlist|screen)\s+(?P<who>.+?)" + _END, re.I
)
OFFER = re.compile(r"^\s*(?:please\s+)?(?:make|send|extend)\s+(?P<who>.+?)\s+an?\s+offer\b", re.I)
VERB_STAGES: dict[str, StageName] = {
    "reject": "rejected", "decline": "rejected", "hire": "hired", "shortlist": "screened",
    "screen": "screened",
}
COMPARE = (
    re.compile(r"\bcompare\s+(?P<who>.+?)" + _END, re.I),
    re.compile(r"\bhow\s+does\s+(?P<who>.+?)\s+compare\s*" + _END, re.I),
    re.compile(r"^\s*(?P<who>.+?\s+(?:vs\.?|versus)\s+.+?)" + _END, re.I),
)
EXPLAIN = (
    re.compile(r"\bwhy\s+(?:did|does|is|was|has)\s+(?P<who>.+?)\s+(?:score|scored|scoring|rank|"
               r"ranked|rated|get|got|so|rate|match|matched)\b.*$", re.I),
    re.compile(r"\bexplain\s+(?:the\s+)?(?:(?:match\s+)?score\s+(?:of|for)\s+)?(?P<who>.+?)"
               r"(?:'s)?(?:\s+(?:match\s+)?score)?" + _END, re.I),
    re.compile(r"\bhow\s+was\s+(?P<who>.+?)\s+scored\b.*$", re.I),
)
SIMILAR = re.compile(
    r"\b(?:similar\s+to|resembl(?:e|es|ing)|(?:candidates|people|someone|anyone|others|more|"
    r"profiles?|who(?:\s+else)?\s+(?:is|are)|find)\s+(?:just\s+|more\s+)?like)\s+(?P<who>.+?)"
    + _END,
    re.I,
)
PROFILE = (
    re.compile(
        r"^\s*(?:tell\s+me\s+(?:more\s+)?about|show\s+(?:me\s+)?|who\s+is|what\s+about|"
        r"details\s+(?:of|on|for)|(?:the\s+)?profile\s+(?:of|for)|open|more\s+(?:on|about)|"
        r"give\s+me\s+(?:the\s+)?(?:details|profile)\s+(?:of|on|for))\s+(?P<who>.+?)" + _END,
        re.I,
    ),
    re.compile(r"^\s*(?P<who>.+?)'s\s+(?:profile|details|resume|cv)" + _END, re.I),
)
STATS = re.compile(
    r"\b(?:funnel|stats|statistics\s+(?:for|on|of|per|by)|breakdown|score\s+distribution|"
    r"by\s+stage|per\s+stage|"
    r"each\s+stage|every\s+stage|time\s+in\s+stage|days\s+in\s+stage|how\s+long)\b|"
    r"(?<!data\s)\bpipeline\b(?!s)",
    re.I,
)
COUNT = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b", re.I)
NARROW = re.compile(
    r"\b(?:which|who)\s+of\s+(?:them|those|these)\b|\b(?:of|among|from)\s+(?:them|those|these)\b|"
    r"^\s*(?:and\s+)?(?:only|just)\s+(?:the\s+)?ones\b|"
    r"\b(?:filter|narrow)\s+(?:them|those|these|it)(?:\s+(?:down|to))?\b|\bthose\s+who\b|"
    r"^\s*(?:and|also|then)\b",
    re.I,
)
REPLACE = re.compile(r"^\s*(?:and\s+)?(?:what|how)\s+about\b", re.I)
ORDINALS = {
    "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4, "sixth": 5, "seventh": 6, "eighth": 7, "ninth": 8, "tenth": 9,
    "last": -1,
}
ORDINAL = re.compile(
    r"\b(?:the\s+)?(?P<ord>" + "|".join(ORDINALS) + r"|#\d+|number\s+\d+)"
    r"(?:\s+(?:one|candidate|person|applicant|result|of\s+them|on\s+the\s+list))?\b",
    re.I,
)
FIRST_N = re.compile(r"\b(?:the\s+)?(?:first|top)\s+(?P<n>\d+|two|three|four)\b", re.I)
PRONOUN = re.compile(
    r"^\s*(?:him|her|them|they|this\s+(?:candidate|person|one)|that\s+(?:candidate|person|one)|"
    r"the\s+same\s+(?:candidate|person))\s*$",
    re.I,
)
_SMALL = {"two": 2, "three": 3, "four": 4}


@dataclass
class IntentRead:
    """The intent, the candidates it names (ids or names), a target stage, and follow-up kind."""

    intent: Intent = "list"
    refs: list[str] = field(default_factory=list)
    stage: StageName | None = None
    follow_up: FollowUp = "none"
    notes: list[str] = field(default_factory=list)


def read_follow_up(text: QuestionText, memory: ThreadMemory) -> FollowUp:
    """Whether the question narrows or redoes the last result (only when there is one)."""
    if memory.last_query is None:
        return "none"
    replace = text.search(REPLACE)
    if replace:
        text.take_match(replace)
        return "replace"
    narrow = text.search(NARROW)
    if narrow:
        text.take_match(narrow)
        return "narrow"
    return "none"


def _ordinal_refs(raw: str, memory: ThreadMemory) -> list[str] | None:
    """Ids for "the second one", "the first two", "her"; None when `raw` is not such a phrase."""
    shown = [ref.id for ref in memory.last_shown]
    first_n = FIRST_N.fullmatch(raw.strip())
    if first_n:
        count = _SMALL.get(first_n.group("n").casefold()) or int(first_n.group("n"))
        return shown[:count]
    if PRONOUN.match(raw):
        if raw.strip().casefold() in {"them", "they"}:
            return shown[:4]
        return [memory.focus.id] if memory.focus else shown[:1]
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", raw.strip())
    found: list[str] = []
    for part in parts:
        match = ORDINAL.fullmatch(part.strip())
        if match is None:
            return None
        word = match.group("ord").casefold()
        index = ORDINALS.get(word, int(re.sub(r"\D", "", word) or 1) - 1)
        if shown and -len(shown) <= index < len(shown):
            found.append(shown[index])
    return found


def references(raw: str, memory: ThreadMemory) -> list[str]:
    """The candidates a phrase names: ids from the last list, or names as written."""
    raw = re.sub(r"^\s*(?:the\s+)?(?:candidates?|applicants?)\s+", "", raw.strip(), flags=re.I)
    positional = _ordinal_refs(raw, memory)
    if positional is not None:
        return positional
    parts = re.split(r"\s*(?:,|\band\b|\bwith\b|\bto\b|\bvs\.?|\bversus\b|&)\s*", raw)
    return [part.strip(" ?.!'\"") for part in parts if part.strip(" ?.!'\"")]


def looks_like_reference(raw: str, memory: ThreadMemory) -> bool:
    """A name (capitalised words), a candidate id, or a position/pronoun in the last list."""
    raw = raw.strip(" ?.!")
    if not raw or len(raw.split()) > 8:
        return False
    if _ordinal_refs(raw, memory) is not None or re.search(r"\bcand_[0-9a-f]+\b", raw):
        return True
    words = [w for w in re.split(r"[\s,&]+|\band\b|\bvs\.?|\bversus\b", raw) if w]
    return bool(words) and all(w[0].isupper() for w in words)


def _take_who(text: QuestionText, match: re.Match[str], memory: ThreadMemory) -> list[str]:
    text.take_match(match)
    return references(match.group("who"), memory)


def _read_move(text: QuestionText, memory: ThreadMemory) -> IntentRead | None:
    for pattern in (MOVE, OFFER, VERB_MOVE):
        match = text.search(pattern)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("stage"):
            stage: StageName | None = STAGE_WORDS.get(groups["stage"].casefold())
        elif groups.get("verb"):
            stage = VERB_STAGES[groups["verb"].casefold()]
        else:
            stage = "offer"
        return IntentRead("move", _take_who(text, match, memory), stage)
    return None


def read_intent(text: QuestionText, memory: ThreadMemory) -> IntentRead:
    """The question's intent and the candidates it names (blanked out of the text)."""
    moved = _read_move(text, memory)
    if moved is not None:
        return moved
    for intent, patterns in (("compare", COMPARE), ("explain", EXPLAIN), ("similar", (SIMILAR,)),
                             ("profile", PROFILE)):
        for pattern in patterns:
            match = text.search(pattern)
            if match and looks_like_reference(match.group("who"), memory):
                return IntentRead(intent, _take_who(text, match, memory))  # type: ignore[arg-type]
    stats = text.search(STATS)
    if stats:
        text.take_match(stats)
        return IntentRead("stats")
    count = text.search(COUNT)
    if count:
        text.take_match(count)
        return IntentRead("count")
    return IntentRead("list")
