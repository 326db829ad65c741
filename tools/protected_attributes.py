"""Protected attributes: never an input to a score, never a criterion Scout accepts.

Age (and date of birth), gender, ethnicity or race, marital and family
status, nationality or national origin, religion, disability or health,
sexual orientation and a candidate's photo or looks must not decide who is
shortlisted. Scout enforces that in two directions:

* **Resumes** — personal-detail lines that state such facts ("Date of birth:
  14.03.1961", "Marital status: married", "Nationality: Nigerian") are taken
  out of the text before parsing (`redact_lines`), so they cannot reach the
  parser, the scorer, the embeddings or the search index, and gendered
  pronouns and titles in the profile's prose are made neutral
  (`neutral_profile`), so "She led…" and "He led…" embed identically. The
  candidate's name is never a source of skills ("Ruby Swift", "Go Min-ji":
  `name_names_a_skill`, `without_name`). A photo is never read: only text is
  extracted.
* **Criteria** — when a recruiter asks for something that names or stands in
  for a protected attribute ("only candidates under 35", "no women", "native
  German speakers only", "must be married"), `check_criterion` returns the
  refusal with its reason and what to ask for instead.

Decisions worth stating: "native speaker" is treated as a proxy for national
origin (ask for a proficiency level such as "German C1" instead); a
citizenship requirement is refused too (ask for the right to work, or a
security clearance, which are what such a requirement legitimately means).
Years of experience remain a legitimate criterion; an age range is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.resume import ParsedResume

if TYPE_CHECKING:
    from tools.taxonomy import Taxonomy

PROTECTED_ATTRIBUTES = "protected_attributes"

AGE = "age"
GENDER = "gender"
ETHNICITY = "ethnicity or race"
MARITAL = "marital or family status"
NATIONALITY = "nationality or national origin"
RELIGION = "religion"
DISABILITY = "disability or health"
ORIENTATION = "sexual orientation"
APPEARANCE = "photo or appearance"

_INSTEAD = {
    AGE: "ask for the experience or skills the job needs (e.g. '5+ years of Python')",
    GENDER: "describe the work and the skills it needs",
    ETHNICITY: "describe the work and the skills it needs",
    MARITAL: "state the job's real conditions (travel, shifts, hours) for everyone",
    NATIONALITY: (
        "ask for the language level the work needs (e.g. 'German C1') or the right to "
        "work in the country"
    ),
    RELIGION: "state the job's real conditions (schedule, duties) for everyone",
    DISABILITY: "state the job's essential duties; adjustments are made for everyone",
    ORIENTATION: "describe the work and the skills it needs",
    APPEARANCE: "judge the resume's content; Scout never looks at photos",
}

# --- criteria -----------------------------------------------------------------------------------

_PEOPLE = (
    r"(?:candidates?|applicants?|people|persons?|hires?|staff|employees?|workers?|folks|guys"
    r"|girls|boys|men|women|someone|somebody|anyone|individuals?)"
)
_NATIONS = (
    r"(?:american|british|english|scottish|irish|welsh|german|french|spanish|italian|dutch"
    r"|polish|swedish|norwegian|danish|finnish|swiss|austrian|belgian|portuguese|greek"
    r"|russian|ukrainian|turkish|chinese|japanese|korean|indian|pakistani|bangladeshi"
    r"|nigerian|ghanaian|kenyan|egyptian|moroccan|mexican|brazilian|canadian|australian"
    r"|filipino|vietnamese|thai|indonesian|israeli|iranian|syrian|romanian|bulgarian"
    r"|hungarian|czech|slovak|croatian|serbian|european|asian|african|latin american)"
)
_RELIGIONS = (
    r"(?:christians?|muslims?|jews?|jewish|hindus?|buddhists?|sikhs?|catholics?|protestants?"
    r"|atheists?|mormons?|evangelicals?)"
)
_ETHNIC = (
    r"(?:white|black|brown|asian|hispanic|latino|latina|latinx|caucasian|arab|african"
    r"|indigenous|aboriginal|roma|gypsy|jewish)"
)
_AGE_NUMBER = r"(?:1[6-9]|[2-7]\d)"
_AGE_COMPARE = (
    r"(?:under|below|over|above|younger than|older than|no older than|no younger than"
    r"|not older than|not over|between|aged|age)"
)
_NOT_THINGS = (
    r"(?!\s+(?:code|codebases?|systems?|versions?|stack|projects?|company|companies|startups?"
    r"|repos?|software|technolog\w+|frameworks?|products?|markets?|brands?))"
)

_CRITERIA: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (attribute, re.compile(pattern, re.IGNORECASE))
    for attribute, pattern in (
        (
            AGE,
            r"\b(?:ages?|aged|date of birth|d\.o\.b\.?|dob|birth ?year|born (?:in|after|before)"
            r"|years? old|y/o|age limit|max(?:imum)? age|min(?:imum)? age)\b",
        ),
        (AGE, rf"\b{_PEOPLE}\s+(?:who are\s+|aged\s+)?{_AGE_COMPARE}\s+{_AGE_NUMBER}\b"),
        (
            AGE,
            rf"\b{_AGE_COMPARE}\s+{_AGE_NUMBER}\s*(?:$|[.,;!)]|y\.?o\b|or\s+(?:younger|older)"
            rf"|-\s*{_AGE_NUMBER}\b|and\s+{_AGE_NUMBER}\b(?!\s*(?:\+\s*)?(?:years?|yrs?)\b))",
        ),
        (
            AGE,
            rf"\b(?:young|younger|youthful|elderly|senior citizens?|retirees?|millennials?"
            rf"|gen(?:eration)? ?[xyz]|boomers?|digital natives?|fresh blood|too old|not old"
            rf"|old(?:er)?\s+{_PEOPLE})\b{_NOT_THINGS}",
        ),
        (
            AGE,
            r"\bin (?:their|his|her) (?:20s|30s|40s|50s|60s|twenties|thirties|forties|fifties"
            r"|sixties)\b",
        ),
        (
            GENDER,
            r"\b(?:gender|sex|male|males|female|females|women|woman|men|ladies|lady"
            r"|gentlemen|girls?|boys?|mothers?(?!\s+tongues?)|fathers?|moms?|dads?|pregnan\w*"
            r"|maternity|paternity|transgender|non-binary|nonbinary|feminine|masculine|manly"
            r"|womanly)\b",
        ),
        (GENDER, r"\b(?:be|is|are|a|only|no)\s+(?:a\s+)?man\b"),
        (
            ETHNICITY,
            r"\b(?:race(?!\s+conditions?)|racial(?:ly)?|races|ethnic\w*|skin colou?r"
            r"|complexion|caste|colou?red people|bipoc|poc)\b",
        ),
        (
            ETHNICITY,
            rf"\b{_ETHNIC}\s+{_PEOPLE}\b|\b(?:only|no)\s+{_ETHNIC}s?\b"
            rf"(?!\s*[-/]?\s*(?:box|hat|board|list|label|space|paper|friday))",
        ),
        (
            MARITAL,
            r"\b(?:married|unmarried|marital|divorced|widow(?:ed|er)?|spouse|wife"
            r"|husband|childless|child-free|family status|maiden name|family plans?"
            r"|starting a family)\b",
        ),
        (
            MARITAL,
            r"\b(?:no|with|without|has|have|having)\s+(?:young\s+|small\s+)?(?:children"
            r"|kids)\b",
        ),
        (
            MARITAL,
            r"\bsingle\s+(?:candidates?|applicants?|people|persons?|men|women|parents?"
            r"|mothers?|fathers?|status)\b|\b(?:be|is|are|being|only)\s+single\b"
            r"(?!\s*[-‐]?\s*(?:page|sign|source|threaded|tenant|point))",
        ),
        (
            NATIONALITY,
            r"\b(?:nationality|nationalities|national origin|citizens?|citizenship"
            r"|ethnic origin|foreigners?|immigrants?|expats?|mother tongue"
            r"|first language|born in|native(?:\s+\w+)?\s+speakers?|natives?\s+of"
            r"|(?:no|without|neutral|native|foreign|heavy|strong)\s+accents?)\b",
        ),
        (
            NATIONALITY,
            rf"\b{_NATIONS}\s+(?:nationals?|citizens?|origin|descent|born|people)\b"
            rf"|\b(?:only|no)\s+{_NATIONS}s\b"
            rf"|\b(?:be|is|are)\s+(?:an?\s+)?{_NATIONS}\s*(?:$|[.,;!)]|by birth)",
        ),
        (
            RELIGION,
            rf"\b(?:religion|religious|church|mosque|synagogue|hijab|headscarf|turban"
            rf"|kippah|sabbath|faith-based)\b|\b{_RELIGIONS}\b",
        ),
        (
            DISABILITY,
            r"\b(?:disabled (?:people|candidates?|applicants?|persons?)|disabilit"
            r"(?:y|ies)|handicap\w*|wheelchair|able-bodied|health (?:issues?|problems?"
            r"|conditions?)|medical (?:history|conditions?)|illness|mentally ill"
            r"|mental illness|deaf|autis\w*|neurodiverse|neurotypical"
            r"|sick leave history)\b",
        ),
        (
            ORIENTATION,
            r"\b(?:sexual orientation|gay|lesbian|bisexual|heterosexual|homosexual"
            r"|straight (?:men|women|people|candidates?)|lgbt\w*|queer)\b",
        ),
        (
            APPEARANCE,
            r"\b(?:photo|photograph|picture|headshot|selfie)s?\s+(?:required|attached"
            r"|included|mandatory|must)\b|\b(?:with|include|attach|send|add|upload"
            r"|submit|provide)\s+(?:an?\s+|your\s+)?(?:recent\s+)?(?:photo|photograph"
            r"|picture|headshot|selfie)s?\b|\b(?:good-looking|good looking|attractive"
            r"|beautiful|handsome|physical appearance|presentable|slim|overweight"
            r"|height|body weight)\b",
        ),
    )
)


@dataclass(frozen=True)
class Refusal:
    """Why a criterion is refused: the attribute it names and the words that named it."""

    attribute: str
    phrase: str

    @property
    def reason(self) -> str:
        """The sentence shown to the recruiter."""
        return (
            f'refused: "{self.phrase}" refers to {self.attribute}, a protected attribute. '
            "Scout never scores or filters candidates on age, gender, ethnicity, marital or "
            "family status, nationality, religion, disability, sexual orientation or photos; "
            f"instead, {_INSTEAD[self.attribute]}."
        )


def find_protected(text: str) -> Refusal | None:
    """The first protected attribute a recruiter's criterion names, or None."""
    for attribute, pattern in _CRITERIA:
        match = pattern.search(text)
        if match:
            return Refusal(attribute, match.group(0).strip())
    return None


def check_criterion(text: str) -> str | None:
    """A refusal reason when the criterion names a protected attribute, else None.

    >>> check_criterion("5+ years of Python") is None
    True
    >>> check_criterion("only candidates under 35").startswith("refused:")
    True
    """
    refusal = find_protected(text)
    return refusal.reason if refusal else None


# --- resumes ------------------------------------------------------------------------------------

_LABELS: tuple[tuple[str, str], ...] = (
    (AGE, r"date of birth|birth ?date|d\.?o\.?b\.?|born|age|year of birth"),
    (GENDER, r"gender|sex|pronouns"),
    (
        MARITAL,
        r"marital status|civil status|family status|marital|spouse(?:'s)? name"
        r"|husband'?s name|wife'?s name|children|number of children|dependants|dependents"
        r"|father'?s name|mother'?s name",
    ),
    (
        NATIONALITY,
        r"nationality|citizenship|national origin|place of birth|birth ?place"
        r"|country of birth|ethnic origin",
    ),
    (ETHNICITY, r"ethnicity|race|caste"),
    (RELIGION, r"religion|religious affiliation|faith"),
    (DISABILITY, r"health|health status|disability|medical conditions?"),
    (ORIENTATION, r"sexual orientation"),
    (APPEARANCE, r"photo|height|weight"),
)
_LABELLED = tuple(
    (attribute, re.compile(rf"^(?:{labels})\s*[:\-–—]\s*\S", re.IGNORECASE))
    for attribute, labels in _LABELS
)
_STANDALONE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (attribute, re.compile(pattern, re.IGNORECASE))
    for attribute, pattern in (
        (
            MARITAL,
            r"^(?:married|divorced|widowed|unmarried|single|engaged)(?:\s*(?:,|with|and"
            r"|;)\s*(?:\d+|one|two|three|four|five|no)\s+(?:children|kids|child|sons?"
            r"|daughters?))?\.?$",
        ),
        (MARITAL, r"^(?:\d+|one|two|three|four|five)\s+(?:children|kids|child)\.?$"),
        (AGE, r"^(?:born|b\.)\s+(?:on\s+|in\s+)?[\w .,/-]{0,20}?(?:19|20)\d{2}\b[^|]{0,40}$"),
        (AGE, rf"^(?:aged?\s+)?{_AGE_NUMBER}\s*(?:years?|yrs?)\s*old\.?$"),
        (AGE, rf"^age\s+{_AGE_NUMBER}\.?$"),
    )
)
_BARE_LABELS = tuple(
    (attribute, re.compile(rf"^(?:{labels})\s*:?$", re.IGNORECASE)) for attribute, labels in _LABELS
)
_SEGMENTS = re.compile(r"(\s+[|•·]\s+|\s*;\s+|\t+|\s{2,})")
_ENUMERATOR = re.compile(r"^(?:[-•*]+\s*|\(?\d{1,2}[.)]\s+)")


@dataclass(frozen=True)
class Redaction:
    """Lines with protected personal details taken out, and which attributes they stated."""

    lines: list[str]
    attributes: list[str]


def redact_lines(lines: Iterable[str]) -> Redaction:
    """Take out the parts of lines that state a protected attribute.

    A line is cut into its parts (at `|`, `•`, `;`, tabs and wide gaps) and
    only the parts stating such a fact are dropped ("Date of birth: 1961 |
    jane@example.com" keeps the email; "Gender | : | Female" drops all three
    cells); a line left empty is dropped.
    """
    kept: list[str] = []
    attributes: list[str] = []
    for line in lines:
        pieces = _SEGMENTS.split(line)
        dropped = _protected_pieces(pieces, attributes)
        if not dropped:
            kept.append(line)
            continue
        rest = ""
        for index in range(0, len(pieces), 2):
            if index in dropped or not pieces[index].strip():
                continue
            rest += (pieces[index - 1] if rest and index > 0 else "") + pieces[index]
        if rest.strip(" |•·;:-"):
            kept.append(rest.strip())
    return Redaction(kept, list(dict.fromkeys(attributes)))


def _protected_pieces(pieces: list[str], attributes: list[str]) -> set[int]:
    """Indices (even: text, odd: separators) of the parts that state a protected fact."""
    dropped: set[int] = set()
    index = 0
    while index < len(pieces):
        segment = _ENUMERATOR.sub("", pieces[index].strip()).strip()
        attribute = _stated(segment)
        if attribute:
            dropped.add(index)
            attributes.append(attribute)
        elif (label := _bare_label(segment)) is not None:
            # a label cell followed by its value cell(s): "Gender | : | Female"
            follow = index + 2
            while follow < len(pieces) and pieces[follow].strip() in ("", ":", "-", "–"):
                dropped.add(follow)
                follow += 2
            if follow < len(pieces) and len(pieces[follow].strip()) <= 60:
                dropped |= {index, follow}
                attributes.append(label)
                index = follow
        index += 2
    return dropped


def _bare_label(segment: str) -> str | None:
    for attribute, pattern in _BARE_LABELS:
        if pattern.match(segment):
            return attribute
    return None


def _stated(segment: str) -> str | None:
    if not segment or len(segment) > 120:
        return None
    for attribute, pattern in _LABELLED:
        if pattern.match(segment):
            return attribute
    for attribute, pattern in _STANDALONE:
        if pattern.match(segment):
            return attribute
    return None


def redaction_warning(attributes: list[str]) -> str | None:
    """`protected_attributes: … were left out (Scout never scores on them)`, or None."""
    if not attributes:
        return None
    return (
        f"{PROTECTED_ATTRIBUTES}: personal details stating {', '.join(attributes)} were left "
        "out (Scout never scores on them)"
    )


# --- gender-neutral prose -----------------------------------------------------------------------

_NEUTRAL = {
    "he": "they",
    "she": "they",
    "him": "their",
    "her": "their",
    "his": "their",
    "hers": "their",
    "himself": "themselves",
    "herself": "themselves",
    "he's": "they're",
    "she's": "they're",
    "he'd": "they'd",
    "she'd": "they'd",
    "he'll": "they'll",
    "she'll": "they'll",
}
_PRONOUN = re.compile(
    r"\b(?:" + "|".join(sorted(_NEUTRAL, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mister|Madam)\b\.?\s*(?=[A-Z][a-z])")


def neutral_text(text: str) -> str:
    """Gendered pronouns made neutral and honorifics dropped, case kept.

    him, her, his and hers all become "their", so any he ↔ she swap gives
    the same text ("told her" and "told him" both read "told their"): the
    point is identity under the swap, not grammar, since only the scorer and
    the embedder read it.
    """
    text = _HONORIFIC.sub("", text)
    return _PRONOUN.sub(_swap, text)


def _swap(match: re.Match[str]) -> str:
    word = match.group(0)
    neutral = _NEUTRAL[word.lower()]
    if word.isupper() and len(word) > 1:
        return neutral.upper()
    return neutral.capitalize() if word[0].isupper() else neutral


def neutral_profile(parsed: ParsedResume) -> ParsedResume:
    """The profile with gender-neutral prose (headline, summary, job descriptions)."""
    return parsed.model_copy(
        update={
            "headline": neutral_text(parsed.headline) if parsed.headline else parsed.headline,
            "summary": neutral_text(parsed.summary) if parsed.summary else parsed.summary,
            "experience": [
                entry.model_copy(update={"description": neutral_text(entry.description)})
                if entry.description
                else entry
                for entry in parsed.experience
            ],
        }
    )


# --- names are not skills -----------------------------------------------------------------------

_CONTACT = re.compile(r"\S+@\S+|\S*(?:https?://|www\.|linkedin\.com|github\.com)\S*", re.IGNORECASE)
NAME_PLACEHOLDER = "Candidate Name"


def name_names_a_skill(name: str | None, taxonomy: Taxonomy) -> bool:
    """Does the candidate's name contain a skill word ("Ruby Swift", "Go Min-ji")?"""
    return bool(name) and bool(taxonomy.find(name or ""))


def without_name(text: str, name: str) -> str:
    """The text with the candidate's name (and its words in emails and links) neutralised.

    The full name becomes a neutral placeholder; inside emails and profile
    links each word of the name becomes "x". The name's words elsewhere stay:
    a "Swift" in "Swift · SwiftUI" is a skill, whoever the candidate is.
    """
    words = [re.escape(word) for word in name.split() if word]
    if not words:
        return text
    full = re.compile(r"\b" + r"[\s.,-]+".join(words) + r"\b", re.IGNORECASE)
    parts = re.compile(r"|".join(sorted(words, key=len, reverse=True)), re.IGNORECASE)
    # Emails and links first: "ruby.swift@…" must stay an email, not become "Candidate Name@…".
    text = _CONTACT.sub(lambda match: parts.sub("x", match.group(0)), text)
    return full.sub(NAME_PLACEHOLDER, text)
