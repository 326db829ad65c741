"""Skills taxonomy: canonical skill names, aliases and a fast free-text matcher.

Resumes and job descriptions spell the same skill many ways ("postgres",
"PostgreSQL", "psql"); screening compares skills, so everything is mapped onto
one canonical name from ``tools/data/skills_taxonomy.json``.

Matching rules used by :meth:`Taxonomy.find`:

* Matching walks two character tries from each word start and keeps the
  longest surface form that also passes the boundary checks ("Google Cloud
  Platform" is one mention; "Java" never matches inside "JavaScript").
* A mention must not touch a letter, digit or ``_`` on either side, nor be
  followed by ``+``/``#`` ("C" in "C++"), nor start right after ``@`` or inside
  a dotted token ("Vue.js" does not also yield "js"; "python.org" is no skill).
  A run of whitespace and hyphens in text matches one space or hyphen in a
  surface, so "front-end", "front end" and "front -\nend" read alike.
* Surfaces are case-insensitive, except single-word surfaces of skills marked
  ``ambiguous`` ("Go", "Swift", "Excel"): those match only as written in the
  data, so "go to" or "excel at" are not skills. Multi-word or symbol-bearing
  surfaces of ambiguous skills ("Microsoft Excel", "react.js") stay
  case-insensitive because they are not ordinary words. Such a single word
  glued to a hyphenated word only counts before a tech tail like "-based"
  ("Go-based" yes, "Go-getter" no).
* A surface ending in a letter, ``+`` or ``#`` may carry a glued version
  suffix ("Python3", "Vue3", "C#10"); single letters never do ("R2" is not R).
* Single-letter skills ("C", "R") additionally need a list-like context, see
  :func:`_in_list_context`.
* :meth:`Taxonomy.is_product` tells a named technology ("Docker", "Vue.js",
  "Apache Kafka") from a practice described in ordinary words ("Caching",
  "Web Development", "Object Storage"), by the shape of its name: see
  :func:`_product_name`.
* Even written with its capital, a word-like ambiguous skill is read as the
  ordinary word (see :func:`_reads_as_word`) when it opens a clause and
  grammar follows ("Less than 1 year", "Go to market"), when a year or a
  term of a calendar sits next to it ("Spring 2016", "2013 Spring", "Spring
  semester"), or when a capitalised word runs into it mid-sentence ("on
  OpenStack Swift" names one product, not Swift).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "skills_taxonomy.json"
SOFT_SKILL = "soft_skill"  # the category of traits ("Teamwork"), scored in interviews only
SPOKEN_LANGUAGE = "spoken_language"

_END = "\0"  # trie key holding the canonical name of a complete surface
_ALPHA_WORD_RE = re.compile(r"^[A-Za-z]+$")
_START_RE = re.compile(r"(?<![\w@])(?<!\w\.)[\w.]")
_VERSION_RE = re.compile(r"\d+(?:\.\d+)*")
_VERSION_TAIL_RE = re.compile(r"\s*v?\d+(?:\.\d+)*$")
_EDGE_PUNCT = " \t\r\n,;:!?()[]{}<>\"'`*•·|"
_SEP_BEFORE = ",;/|•·▪◦*:(&+"
_SEP_AFTER = ",;/|)&+"
_GLUED_BEFORE = "-–&'’."  # "C-level", "R&D", "J.R."
_GLUED_AFTER = "-–&'’"  # a trailing "." may end a list: "Java and C."
_BULLETS = "-–—*•·▪◦>"
# A single letter that is an initial ("Freese, R. (2016)", "Vetter, R., Brown"), half of
# a spaced abbreviation ("R & D", "P & L") or a product's release ("SAP R/3").
_INITIAL_AFTER_RE = re.compile(r"\.(?:,|\s*[(&;])")
_SPACED_PAIR_AFTER_RE = re.compile(r"\s+&\s+[A-Z](?![\w+#])")
_SPACED_PAIR_BEFORE_RE = re.compile(r"(?<![\w.])[A-Z]\s+&\s+$")
_RELEASE_AFTER_RE = re.compile(r"/\d")
_CONJUNCTION_BEFORE_RE = re.compile(r"(?:^|\s)(?:and|or|&)$", re.IGNORECASE)
_CONJUNCTION_AFTER_RE = re.compile(r"^(?:and|or|&)(?:\s|$)", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z]+")
_CLAUSE_OPENERS = "([{.!?;:" + _BULLETS
_GRAMMAR_AFTER_RE = re.compile(
    r"^\s(?:than|to|of|the|a|an|is|are|was|were|be|been|as|at|in|on|by|for|from|with|about"
    r"|more|less|time|and\s+(?:less|more))\b"
)
_YEAR_AFTER_RE = re.compile(r"^,?\s+(?:19|20)\d{2}\b|^\s+['’]\d{2}\b")
_YEAR_BEFORE_RE = re.compile(r"\b(?:19|20)\d{2}[ \t]+$")
_TERM_AFTER_RE = re.compile(r"^\s+(?:semesters?|terms?|quarters?|sessions?|breaks?|intake)\b")
_PROPER_BEFORE_RE = re.compile(r"(?:^|\s)(?P<word>[A-Z][\w.+#-]*)\s$")
_TECH_COMPOUND_TAILS = frozenset(
    {"based", "powered", "driven", "backed", "native", "first", "centric", "heavy", "only"}
)

# Vendors whose name opens a product's name ("Google Cloud Run", "Apache Kafka").
_BRANDS = frozenset(
    (
        "adobe", "amazon", "android", "apache", "apple", "atlassian", "autodesk", "aws", "azure",
        "cisco", "docker", "elastic", "facebook", "google", "hashicorp", "ibm", "jetbrains",
        "juniper", "meta", "microsoft", "oracle", "red", "salesforce", "sap", "spring", "visual",
        "vmware", "final", "logic", "pro", "power", "kali", "new", "hugging", "palo", "pure",
    )
)
# Endings of nouns that name an activity or a quality, not a product.
_CONCEPT_ENDING_RE = re.compile(
    r"(?:ing|ings|tion|tions|sion|sions|ment|ments|ity|ities|ics|ance|ence|ness|ogy|phy"
    r"|ysis|ism|ure|ures)$"
)
_STYLISED_RE = re.compile(r"[^A-Za-z\s-]|[a-z][A-Z]|\b[A-Z]{2,}\b")

Trie = dict[str, Any]


@dataclass(frozen=True)
class SkillMention:
    """One skill found in text; ``surface`` is ``text[start:end]``."""

    name: str
    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class _Skill:
    name: str
    category: str
    ambiguous: bool
    aliases: tuple[str, ...]


def _fold(text: str) -> str:
    """Lowercase without changing length, so offsets stay valid."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _squash(surface: str) -> str:
    return " ".join(surface.split())


def _key(surface: str) -> str:
    """Lookup form: folded, hyphens as spaces, single spaces ("Front-End" -> "front end")."""
    return _fold(" ".join(surface.replace("-", " ").split()))


def _is_case_sensitive(skill: _Skill, surface: str) -> bool:
    """Only single plain words of ambiguous skills are risky enough to need case."""
    return skill.ambiguous and bool(_ALPHA_WORD_RE.match(surface))


def _insert(trie: Trie, key: str, name: str) -> None:
    node = trie
    for ch in key:
        child = node.get(ch)
        if child is None:
            child = node[ch] = {}
        node = child
    node[_END] = name


def _walk(trie: Trie, text: str, start: int) -> list[tuple[int, str]]:
    """All (end, name) pairs for surfaces in ``trie`` that begin at ``start``."""
    hits: list[tuple[int, str]] = []
    node = trie
    i, n = start, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace() or ch == "-":
            node = node.get(" ")
            if node is None:
                break
            while i < n and (text[i].isspace() or text[i] == "-"):
                i += 1
            continue
        node = node.get(ch)
        if node is None:
            break
        i += 1
        name = node.get(_END)
        if name is not None:
            hits.append((i, name))
    return hits


def _right_boundary_ok(text: str, end: int) -> bool:
    """The mention must not run into a word, ``C++``/``C#`` tail, or dotted token."""
    if end >= len(text):
        return True
    ch = text[end]
    if ch.isalnum() or ch in "_+#":
        return False
    return not (ch in ".@" and end + 1 < len(text) and text[end + 1].isalnum())


def _hyphen_suffix_ok(text: str, end: int) -> bool:
    """A word-like skill glued to a hyphenated word is usually an idiom ("Go-getter").

    Only tech-compound tails such as "-based" or "-native" keep the match.
    """
    if not text.startswith("-", end):
        return True
    tail = _WORD_RE.match(text, end + 1)
    return tail is None or tail.group().lower() in _TECH_COMPOUND_TAILS


def _clause_start(text: str, start: int) -> bool:
    """Nothing but a clause opener ("(", ". ", a bullet, line start) before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start].rstrip()
    return not prefix or prefix[-1] in _CLAUSE_OPENERS


def _reads_as_word(text: str, start: int, end: int) -> bool:
    """A capitalised ambiguous word used as an ordinary word or inside a longer name."""
    after = text[end : end + 24]
    if _YEAR_AFTER_RE.match(after) or _TERM_AFTER_RE.match(after):
        return True  # "Spring 2016", "Fall '18", "Spring semester"
    if _YEAR_BEFORE_RE.search(text, max(0, start - 8), start):
        return True  # "2013 Spring"
    if _clause_start(text, start) and _GRAMMAR_AFTER_RE.match(after):
        return True  # "(Less than 1 year)", "Go to market"
    line_start = text.rfind("\n", 0, start) + 1
    before = _PROPER_BEFORE_RE.search(text, line_start, start)
    return before is not None and not _clause_start(text, before.start("word"))


def _not_a_letter_skill(text: str, start: int, end: int) -> bool:
    """An initial, half of "R & D", or a release ("R/3"): not the language C or R."""
    return bool(
        _INITIAL_AFTER_RE.match(text, end)
        or _SPACED_PAIR_AFTER_RE.match(text, end)
        or _SPACED_PAIR_BEFORE_RE.search(text, max(0, start - 8), start)
        or _RELEASE_AFTER_RE.match(text, end)
    )


def _in_list_context(text: str, start: int, end: int) -> bool:
    """Accept a single-letter skill only where text is clearly listing skills.

    Rejected outright when glued to ``- & ' .`` ("C-level", "R&D", "J.R."),
    wrapped as "(C)"/"(R)", or read as an initial, "R & D" or a release
    (:func:`_not_a_letter_skill`). Otherwise accepted when, on the same line, any of:
    the previous non-space character is a separator (``, ; / | • * : ( & +``),
    the previous word is "and"/"or"; the next non-space character is
    ``, ; / | ) & +`` or the next word is "and"/"or"; a ``:`` appears earlier
    on the line ("Languages: Python C"); or the letter stands alone on its
    line, bullets aside.
    """
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if (before and before in _GLUED_BEFORE) or (after and after in _GLUED_AFTER):
        return False
    if before == "(" and after == ")":
        return False
    if _not_a_letter_skill(text, start, end):
        return False
    if not _right_boundary_ok(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    prefix = text[line_start:start].rstrip()
    suffix = text[end : len(text) if line_end == -1 else line_end].strip()
    if not prefix.lstrip(_BULLETS + " \t") and not suffix:
        return True
    if prefix and (prefix[-1] in _SEP_BEFORE or _CONJUNCTION_BEFORE_RE.search(prefix)):
        return True
    if suffix and (suffix[0] in _SEP_AFTER or _CONJUNCTION_AFTER_RE.match(suffix)):
        return True
    return ":" in prefix


def _product_name(skill: _Skill, lookup: dict[str, str], skills: dict[str, _Skill]) -> bool:
    """Whether a skill's name is a proper name (a product) rather than ordinary words.

    Proper: an ambiguous single word ("React"), a stylised name ("Vue.js", "GitHub",
    "AWS"), a single coined word ("Docker", "Kafka") unless it ends like an
    activity ("Caching", "Encryption"), or several words led by a vendor or
    holding such a name ("Google Cloud Run", "React Native", "Tailwind CSS").
    """
    name = skill.name
    words = name.replace("-", " ").split()
    if len(words) == 1 and (skill.ambiguous or _STYLISED_RE.search(name)):
        return True
    if len(words) == 1:
        return _CONCEPT_ENDING_RE.search(name.lower()) is None
    if words[0].lower() in _BRANDS:
        return True
    for word in words:
        owner = skills.get(lookup.get(_key(word), ""))
        own_word = owner is not None and owner.name != name and len(owner.name.split()) == 1
        if own_word and _product_name(owner, lookup, skills):
            return True
    return False


class Taxonomy:
    """Canonical skills with alias lookup and mention finding; immutable after load."""

    def __init__(self, version: str, skills: list[_Skill]) -> None:
        self.version = version
        self._skills: dict[str, _Skill] = {}
        self._lookup: dict[str, str] = {}
        self._folded: Trie = {}
        self._exact: Trie = {}
        for skill in skills:
            self._add(skill)
        self._products = frozenset(
            s.name for s in self._skills.values() if _product_name(s, self._lookup, self._skills)
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Taxonomy:
        """Read the taxonomy JSON (default: the copy shipped beside this module)."""
        data = json.loads((path or DEFAULT_PATH).read_text(encoding="utf-8"))
        skills = [
            _Skill(
                name=item["name"],
                category=item["category"],
                ambiguous=bool(item.get("ambiguous", False)),
                aliases=tuple(item.get("aliases", ())),
            )
            for item in data["skills"]
        ]
        return cls(str(data["version"]), skills)

    def _add(self, skill: _Skill) -> None:
        """Index one skill; an alias claimed by two skills is a data error."""
        if skill.name in self._skills:
            raise ValueError(f"duplicate skill {skill.name!r}")
        self._skills[skill.name] = skill
        for raw in (skill.name, *skill.aliases):
            surface = _squash(raw)
            key = _key(surface)
            owner = self._lookup.get(key)
            if owner is not None and owner != skill.name:
                raise ValueError(f"alias {raw!r} maps to both {owner!r} and {skill.name!r}")
            self._lookup[key] = skill.name
            if _is_case_sensitive(skill, surface):
                _insert(self._exact, surface, skill.name)
            elif owner is None:
                _insert(self._folded, key, skill.name)

    def canonical(self, term: str) -> str | None:
        """Map a written skill ("K8S", " postgres, ") to its canonical name, else None."""
        key = _key(term)
        stripped = _key(key.strip(_EDGE_PUNCT))
        for candidate in (key, stripped, stripped.rstrip(".")):
            if candidate in self._lookup:
                return self._lookup[candidate]
        unversioned = _VERSION_TAIL_RE.sub("", stripped)
        if len(unversioned) >= 2 and unversioned in self._lookup:
            return self._lookup[unversioned]
        return None

    def find(self, text: str) -> list[SkillMention]:
        """All non-overlapping skill mentions in ``text``, leftmost-longest, in order."""
        folded = _fold(text)
        mentions: list[SkillMention] = []
        pos = 0
        for match in _START_RE.finditer(text):
            start = match.start()
            if start < pos:
                continue
            mention = self._match_at(text, folded, start)
            if mention is not None:
                mentions.append(mention)
                pos = mention.end
        return mentions

    def _match_at(self, text: str, folded: str, start: int) -> SkillMention | None:
        """Longest acceptable mention starting at ``start``."""
        hits = [(end, name, False) for end, name in _walk(self._folded, folded, start)]
        hits += [(end, name, True) for end, name in _walk(self._exact, text, start)]
        for end, name, word_like in sorted(hits, reverse=True):
            if word_like and (not _hyphen_suffix_ok(text, end) or _reads_as_word(text, start, end)):
                continue
            accepted = self._accept(text, start, end)
            if accepted is not None:
                return SkillMention(
                    name=name, surface=text[start:accepted], start=start, end=accepted
                )
        return None

    @staticmethod
    def _accept(text: str, start: int, end: int) -> int | None:
        """Final end offset if the candidate passes boundary rules, else None."""
        if end - start == 1:
            return end if _in_list_context(text, start, end) else None
        if _right_boundary_ok(text, end):
            return end
        if text[end - 1].isalpha() or text[end - 1] in "+#":
            version = _VERSION_RE.match(text, end)
            if version and _right_boundary_ok(text, version.end()):
                return version.end()
        return None

    def category(self, name: str) -> str | None:
        """Category of a canonical name (aliases are resolved too)."""
        skill = self._skills.get(name)
        if skill is None:
            canonical = self.canonical(name)
            skill = self._skills.get(canonical) if canonical else None
        return skill.category if skill else None

    def is_product(self, name: str) -> bool:
        """True for a named technology ("Docker"), False for a practice ("Caching")."""
        return (self.canonical(name) or name) in self._products

    def names(self) -> list[str]:
        """Canonical names in file order."""
        return list(self._skills)

    def __len__(self) -> int:
        return len(self._skills)
