"""The top of a resume: whose it is (name) and how they describe themselves (headline).

A name is not found by knowing names (no list would cover them) but by
elimination and evidence. Elimination: a name is two to five capitalised
words that are not a heading, a label ("Marital Status", "Last Updated"), a
title, a place, a skill, a contact detail or a phrase built with function
words ("Build My Resume"). Evidence, since resumes flattened to one line or
wrapped in template boilerplate offer several such phrases: a name sits near
the top, alone on its line, right above or beside the email and phone, and
often spells the email's local part. The best-evidenced candidate of the
first lines wins. "JOHN DOE" is kept as written; a "Name:" label wins over
everything, its value on the same line or on one of the next ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tools.contact import EMAIL, find_phones, is_place
from tools.resume_experience import has_company_hint
from tools.resume_places import strip_postal
from tools.resume_titles import ROLE_WORDS, SENIORITY, looks_like_title
from tools.sections import heading_kind

_STREET = re.compile(
    r"\b(?:street|road|rd|avenue|ave|drive|lane|ln|boulevard|blvd|court|apt"
    r"|apartment|suite|floor)\b\.?(?:\s|,|$)|#\s?\d|^\W*\d{1,5}\s+[A-Z]",
    re.IGNORECASE,
)
_SHORT_HEADLINE = 4  # words; a headline this short names a role
_LABELLED = re.compile(r"^\s*(?:full\s+)?name\s*[:\-–]\s*(?P<value>.+)$", re.IGNORECASE)
_BARE_LABEL = re.compile(
    r"^\W*(?:\d{1,2}\s*[.)]\s*)?(?:full\s+|candidate'?s?\s+)?name\s*[:\-–]?\s*$", re.IGNORECASE
)
_HEADLINE_LABEL = re.compile(
    r"^\s*(?:title|headline|position|role|current role|desired position)"
    r"\s*[:\-–]\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_DOC_PREFIX = re.compile(
    r"^(?:(?:curriculum\s+vitae|resume|résumé|cv|bio-?data)\b\s*(?:of|for|[:\-–])?\s*)+",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"\s+(?:[xX*]{3,}|[xX]\.)(?=\s|$)")
_PARTICLES = frozenset(
    (
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le",
        "la", "bin", "binti", "ibn", "al", "el", "y", "e",
    )
)
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame"})
_NOT_NAME_WORDS = frozenset(
    (
        "resume", "résumé", "curriculum", "vitae", "cv", "page", "contact", "profile", "summary",
        "objective", "confidential", "references", "address", "email", "e-mail", "phone",
        "mobile", "tel", "cell", "fax", "linkedin", "github", "portfolio", "website", "skills",
        "experience", "education", "inc", "ltd", "llc", "gmbh", "corp", "university", "college",
        "school", "institute", "academy", "department", "faculty", "updated", "marital",
        "status", "personal", "particulars", "details", "information", "info", "career",
        "center", "centre", "font", "size", "style", "styles", "sample", "template", "example",
        "examples", "applicant", "candidate", "date", "birth", "nationality", "gender",
        "religion", "father", "father's", "fathers", "mother", "mother's", "mothers", "husband",
        "spouse", "declaration", "signature", "title", "vacancy", "announcement", "number",
        "position", "company", "draft", "version", "highlights", "qualification",
        "qualifications", "achievements", "street", "road", "avenue", "city", "district",
        "state", "country", "passport", "hobbies", "interests", "languages", "technical",
        "professional", "limited", "private", "pvt", "services", "solutions", "technologies",
        "systems", "group", "international", "global", "resources", "management", "report",
        "tips", "advice", "guide", "format", "margins", "today", "present", "current", "room",
        "floor", "building", "office", "suite",
    )
)
_FUNCTION_WORDS = frozenset(
    (
        "my", "your", "our", "his", "her", "their", "the", "a", "an", "of", "for", "and", "or",
        "to", "in", "on", "at", "with", "by", "from", "as", "is", "are", "this", "that", "how",
        "what", "why", "not", "no", "be", "it", "you", "we", "i", "me", "here", "there",
        "into", "about", "all",
    )
)
_DEGREE_TOKENS = frozenset(
    ("BA", "BS", "BSC", "MA", "MS", "MSC", "MBA", "PHD", "BE", "BTECH", "MTECH", "BCOM",
     "MCA", "BCA", "BBA", "MD", "JD", "LLB", "LLM", "MPHIL")
)
_FIELD_SPLIT = re.compile(
    r"\s*\|\s*|\s+[·•]\s+|\s+[—–-]\s+|\t|\s{2,}|(?<=[a-z]{3})\.\s+(?=[A-Z])"
)
_EDGE = " ,;:\"'“”‘’"
_TITLE_AT_COMPANY = re.compile(
    r"^(?P<title>.+?)(?:\s+[-–—|@]\s+|\s+at\s+|,\s+)(?P<company>[A-Z0-9].*)$"
)
_NOT_HEADLINE_OPENERS = frozenset(
    (
        "need", "needs", "searching", "seeking", "looking", "willing", "want", "wanting", "to",
        "have", "having", "i", "i'm", "am", "currently", "working", "worked", "objective",
        "career", "date", "dob", "nationality", "born", "authorized", "eligible",
    )
)
_LABEL_COLON = re.compile(r"^[^:]{1,40}:\s*\S")  # "Willing to relocate to: Pune"
_WINDOW = 30  # lines searched from the top of the document
_TOP = 6  # lines where looks alone can make a name
_MIN_SCORE = -6.0
_BODY_PENALTY = 2.0
_SINGLE_PENALTY = 3.0
_INITIAL_TAIL = re.compile(r"\.[A-Z]\.?$")  # "Kumar.S"
_LABEL_REACH = 10  # lines after a bare "Name:" label that may hold its value

SkillTest = Callable[[str], bool]


@dataclass(frozen=True)
class _Candidate:
    text: str
    score: float


def find_name(
    lines: Sequence[str],
    *,
    emails: Sequence[str] = (),
    body_lines: Sequence[int] = (),
    is_skill: SkillTest | None = None,
) -> str | None:
    """The candidate's name from the first lines of the resume.

    `body_lines` are indexes of lines inside sections such as experience or
    education (employers and schools live there); `is_skill` rejects phrases
    that are skills ("Machine Learning").
    """
    window = list(lines[:_WINDOW])
    for line in window:
        labelled = _LABELLED.match(line)
        if labelled and _is_name(_clean(labelled.group("value")), is_skill):
            return _clean(labelled.group("value"))
    contact = [i for i, line in enumerate(window) if EMAIL.search(line) or find_phones(line)]
    labels = [i for i, line in enumerate(window) if _BARE_LABEL.match(line)]
    locals_ = [e.split("@")[0].lower() for e in emails]
    openings = {0, next((i for i in range(len(window)) if i not in contact), 0)}
    best: _Candidate | None = None
    for index in range(len(window)):
        opening = index in openings
        for text, whole in _line_candidates(window, index, is_skill, locals_, opening):
            score = _score(index, text, whole, contact, labels, locals_)
            score -= _BODY_PENALTY if index in body_lines else 0.0
            score -= _SINGLE_PENALTY if " " not in text else 0.0
            if score >= _MIN_SCORE and (best is None or score > best.score):
                best = _Candidate(text, score)
    return best.text if best else None


def _line_candidates(
    window: list[str],
    index: int,
    is_skill: SkillTest | None,
    locals_: list[str],
    opening: bool,
) -> list[tuple[str, bool]]:
    """(candidate, is the whole field) pairs of one line.

    `opening` marks the first line, and the first that is not a contact line
    (a Word template's page header puts the contact line above the name):
    only there may a name end in a job word or stand as a single word.
    """
    line = window[index]
    found: list[tuple[str, bool]] = []
    if heading_kind(line):
        return found
    fields = [f for f in _FIELD_SPLIT.split(line) if f.strip(_EDGE)]
    for field in fields:
        candidate = _clean(field)
        if is_place(candidate) and (strip_postal(candidate) != candidate or "," not in candidate):
            continue
        if _is_name(candidate, is_skill):
            whole = len(fields) == 1
            name = _surname_below(window, index, candidate, is_skill) if whole else candidate
            found.append((name, whole))
        else:
            prefix = _name_prefix(candidate, is_skill)
            if prefix:
                found.append((prefix, False))
    if opening and not found and fields:
        following = [*fields[1:], *window[index + 1 : index + 3]]
        if _name_over_headline(fields[0], following, is_skill, locals_):
            found.append((_clean(fields[0]), len(fields) == 1))
        elif wrapped := _wrapped_name(window, index, is_skill, locals_):
            found.append((wrapped, True))
        elif single := _single_word(line, is_skill):
            found.append((single, True))
    return found


def _surname_below(
    window: list[str], index: int, name: str, is_skill: SkillTest | None
) -> str:
    """"DR. LENA" over "VASQUEZ": a title and one name word continue on the next line."""
    words = name.split()
    below = window[index + 1].strip() if index + 1 < len(window) else ""
    titled = len(words) == 2 and words[0].strip(".").lower() in _HONORIFICS
    if not (titled and below.isalpha() and _name_word(below)):
        return name
    other = heading_kind(below) or looks_like_title(below) or is_place(below)
    other = other or (is_skill is not None and is_skill(below))
    return name if other else f"{name} {below}"


def _wrapped_name(
    window: list[str], index: int, is_skill: SkillTest | None, locals_: list[str]
) -> str | None:
    """A name set one word a line in a narrow sidebar ("JANE" over "DEVELOPER")."""
    pair = window[index : index + 2]
    if len(pair) < 2 or any(len(line.split()) != 1 or not line.isalpha() for line in pair):
        return None
    joined = " ".join(pair)
    if _is_name(joined, is_skill):
        return joined
    after = window[index + 2 : index + 4]
    return joined if _name_over_headline(joined, after, is_skill, locals_) else None


def _score(
    index: int, text: str, whole: bool, contact: list[int], labels: list[int], locals_: list[str]
) -> float:
    """Evidence that a candidate is the name: position, standing alone, contact nearby.

    Past the first lines a candidate needs evidence beyond its looks (a contact
    line next to it, a label above it, the email spelling it), else it scores
    below `_MIN_SCORE`.
    """
    score = -min(index, _TOP) - 0.3 * max(0, index - _TOP) + (1.0 if whole else 0.0)
    evidence = 0.0
    if any(-2 <= c - index <= 4 for c in contact):
        evidence += 3.0
    if any(0 < index - label <= _LABEL_REACH for label in labels):
        evidence += 6.0
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]{3,}", text)]
    if any(token in local for token in tokens for local in locals_):
        evidence += 3.0
    if index > _TOP and not evidence:
        return _MIN_SCORE - 1.0
    return score + evidence


def _clean(text: str) -> str:
    """A field without edge punctuation, a "Resume of" lead or "XXXX" placeholders."""
    text = _DOC_PREFIX.sub("", text.strip(_EDGE)).strip(_EDGE)
    return _PLACEHOLDER.sub("", text).strip(_EDGE)


def _is_name(text: str, is_skill: SkillTest | None) -> bool:
    """looks_like_name, and not a skill."""
    return looks_like_name(text) and not (is_skill and is_skill(text))


def _name_prefix(field: str, is_skill: SkillTest | None) -> str | None:
    """A name at the start of a longer field ("Ivan Keeling 87 Example St", "Jo Li, MBA").

    The name is the longest run of two to four capitalised words that ends
    where the text visibly changes: a digit, an acronym after Title-case
    words, a seniority word, a lower-case word or a comma.
    """
    words = field.split()
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        head, stop = words[:size], words[size]
        text = " ".join(head).rstrip(",")
        if not _is_name(text, is_skill) or stop.lower().strip(_EDGE) in _NOT_NAME_WORDS:
            continue  # "Lucina Hall Room 220" is a building, "Career Center Office" a label
        if head[-1].endswith(",") or _stops_name(stop, head):
            return text
    return None


def _stops_name(token: str, head: list[str]) -> bool:
    """True when `token` cannot continue the name `head`."""
    bare = token.strip(_EDGE)
    if not bare or any(ch.isdigit() for ch in bare) or bare[0].islower():
        return True
    acronym = bare.isupper() and len(bare) > 1 and not all(w.isupper() for w in head)
    return acronym or bare.lower().strip(".") in SENIORITY


def _name_over_headline(
    first: str, following: list[str], is_skill: SkillTest | None, locals_: list[str]
) -> bool:
    """"Jane Developer" over "Full Stack Engineer": a first field whose surname is a job word.

    The opening field is the name when it would be one but for its last word,
    a role noun, and either a title follows right after it (the headline, in
    the same line or the next ones) or the email spells it
    ("jane.developer@…"; a Europass CV has no headline).
    """
    words = _clean(first).split()
    if not 2 <= len(words) <= 3 or words[-1].lower() not in ROLE_WORDS:
        return False
    head = " ".join(words[:-1])
    if looks_like_title(head) or words[0].lower() in SENIORITY or (is_skill and is_skill(head)):
        return False
    if not all(_name_word(w) for w in words):
        return False
    if any(looks_like_title(text) and not EMAIL.search(text) for text in following[:3]):
        return True
    return any(all(w.lower() in local for w in words) for local in locals_)


def _single_word(line: str, is_skill: SkillTest | None) -> str | None:
    """A lone surname opening the resume ("Tillman", "Cassin XXXX", "Kumar.S").

    Only when the rest of the first field is empty, a heading or a title.
    """
    first, _, rest = _clean(_FIELD_SPLIT.split(line)[0]).partition(" ")
    first = _INITIAL_TAIL.sub("", first)
    if rest and not (heading_kind(rest) or looks_like_title(rest) and " " in rest):
        return None
    if not _name_word(first) or len(first) < 3 or first.isupper():
        return None
    if heading_kind(first) or looks_like_title(first) or is_place(first):
        return None
    return None if is_skill and is_skill(first) else first


def _name_word(word: str) -> bool:
    """A capitalised word of letters (and . ' -) that is no label, function or degree word."""
    bare = word.strip(".'’-")
    if not bare or not bare[0].isupper() or not all(c.isalpha() or c in ".'’-" for c in word):
        return False
    key = bare.lower()
    return key not in _NOT_NAME_WORDS and key not in _FUNCTION_WORDS


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words, no digits or contact details, not a title or place."""
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 48:
        return False
    if EMAIL.search(text) or re.search(r"[\d@/:|()]", text) or "," in text:
        return False
    if not _name_words(words):
        return False
    return not (heading_kind(text) or looks_like_title(text) or is_place(text))


def _name_words(words: list[str]) -> bool:
    """At least two capitalised name words, particles aside, and no initial-less stray letter."""
    capitalised = 0
    for position, word in enumerate(words):
        bare = word.strip(".'’-")
        if bare.lower() in _PARTICLES and (position > 0 or bare.islower()):
            continue
        if not _name_word(word) or bare.replace(".", "").upper() in _DEGREE_TOKENS and (
            bare.isupper() or "." in word
        ):
            return False
        if len(bare) == 1 and not word.endswith("."):
            return False
        if word.endswith(".") and len(bare) > 3 and position < len(words) - 1:
            return False  # a sentence ends inside: "Jacobson. Heath"
        capitalised += 1
    return capitalised >= 2


def headline_title(headline: str | None, employers: list[str]) -> str | None:
    """"Software Engineer - Disney" -> "Software Engineer": the title part of a title-company line.

    Split only when the part after the separator is one of the resume's
    employers or carries a corporate word, and the part before is a title.
    """
    if not headline:
        return headline
    match = _TITLE_AT_COMPANY.match(headline)
    if match is None or not looks_like_title(match.group("title")):
        return headline
    company = match.group("company").strip(_EDGE + "-–—")
    known = {e.lower() for e in employers}
    if company.lower() in known or has_company_hint(company) and not looks_like_title(company):
        return match.group("title").strip()
    return headline


def find_headline(lines: list[str], name: str | None) -> str | None:
    """The short self-description under the name ("Senior Data Engineer")."""
    for line in lines:
        labelled = _HEADLINE_LABEL.match(line)
        if labelled:
            return labelled.group("value").strip()
    after_name = name is None
    for line in lines:
        if name and name in line:
            after_name = True
            rest = line.replace(name, "", 1).strip(" |,·•—–-")
            if rest and _headline_like(rest):
                return rest
            continue
        if after_name and _headline_like(line):
            return line.strip()
    return None


def _headline_like(line: str) -> bool:
    """A short non-contact, non-heading line that is not a sentence, a wish or a place.

    "Willing to relocate to: Pune", "Need job urgently" and "Seeking new
    challenges" sit where a headline would, but describe no one's role; nor
    does a street address, or a line of a few words without a role noun
    (a road, an employer, a school): a tagline that names no role is longer.
    """
    text = line.strip()
    words = text.split()
    if not text or len(words) > 14 or text.endswith("."):
        return False
    if words[0].lower().strip(",:") in _NOT_HEADLINE_OPENERS or _LABEL_COLON.match(text):
        return False
    if len(words) > 8 and not looks_like_title(text):
        return False
    if EMAIL.search(text) or find_phones(text) or re.search(r"https?://|www\.|\.com/", text):
        return False
    if heading_kind(text) or is_place(text) or _LABELLED.match(text) or _STREET.search(text):
        return False
    if len(words) <= _SHORT_HEADLINE and not looks_like_title(text):
        return False  # "Francis Road", "Microsoft Corporation": a place or a name, not a role
    return re.search(r"[A-Za-z]{3}", text) is not None and not re.match(r"^\s*\w+\s*:", text)
