"""The key terms of a question, and how much of them an answer addresses.

An answer from the right topic but to another question shares the topic's
words ("component", "JavaScript") but not the question's own: "lifecycle",
"delegation", `===`. So each content word of the question is weighted by how
rare it is in general English, read from the rank of the word in the
bundled MiniLM WordPiece vocabulary (ordered by frequency in the model's
training text: "the" is near the top, "closure" far down, and technical
words such as "kubernetes" are not whole entries at all). Acronyms, code
identifiers, inline code and taxonomy skills named in the question weigh 1.
Scaffolding words of interview questions ("describe", "difference",
"example") and the question's own skill (the topic, not the question) are
left out.

coverage = Σ weight of key terms found in the answer / Σ weight of all key
terms, where a term is found when its crude stem occurs in the answer (a
taxonomy skill also when any alias of it does).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from tools.answer_text import (
    FENCE_RE,
    INLINE_CODE_RE,
    is_identifier,
    stem,
    stem_counts,
    words,
)
from tools.taxonomy import Taxonomy

COMMON_RANK = 1996  # rank of "the": the first whole word in the BERT vocabulary
RARE_RANK = 20000  # words ranked beyond this count as fully rare
BASE_WEIGHT = 0.15  # even the commonest content word carries a little weight

_STOPWORDS = """a an the and or but if of to in on at by for with from as is are was were be been
    being do does did doing have has had what which who whom whose when where why how can
    could would should will shall may might must you your yours i me my we our they them
    their it its this that these those there here some any all each every both either
    neither not no nor so than too very just also into onto about over under between among
    vs versus"""
_SCAFFOLDING = """difference differences describe explain example examples show give use uses used
    using purpose mean means meaning work works way ways briefly create write implement
    make tell talk discuss common best following benefit benefits advantage advantages
    disadvantage disadvantages useful one two three several concept terms term walk
    through time situation recent approach think thoughts please name"""
STOPWORDS = frozenset(_STOPWORDS.split())
SCAFFOLDING = frozenset(_SCAFFOLDING.split())


@dataclass(frozen=True)
class KeyTerms:
    """Weighted key terms: plain stems and canonical taxonomy skills."""

    stems: Mapping[str, float]
    skills: Mapping[str, float]
    labels: Mapping[str, str]  # stem -> the word as the question wrote it

    @property
    def total(self) -> float:
        """Sum of all weights (0 when the question has no key terms)."""
        return sum(self.stems.values()) + sum(self.skills.values())

    def top(self, count: int) -> list[str]:
        """The heaviest terms, for reasons and follow-ups (stable order)."""
        ranked = sorted(
            [*self.skills.items(), *self.stems.items()], key=lambda item: (-item[1], item[0])
        )
        return [self.label(name) for name, _ in ranked[:count]]

    def label(self, key: str) -> str:
        """How a term reads to a person: the question's own word, not the stem."""
        return self.labels.get(key, key)


@lru_cache(maxsize=4)
def word_ranks(vocab_file: Path | None = None) -> Mapping[str, int]:
    """Word → rank in the WordPiece vocabulary (read once per file; read-only)."""
    path = vocab_file or _default_vocab_file()
    if path is None or not path.is_file():
        return MappingProxyType({})
    lines = path.read_text(encoding="utf-8").splitlines()
    return MappingProxyType({word: rank for rank, word in enumerate(lines)})


def _default_vocab_file() -> Path | None:
    """The vocabulary shipped with the bundled all-MiniLM-L6-v2 model."""
    try:
        from store.embeddings import default_model_path

        return default_model_path() / "vocab.txt"
    except (ImportError, OSError):
        return None


def rarity(word: str, ranks: Mapping[str, int]) -> float:
    """0 for the commonest words, 1 for rare or unknown ones (log-rank scale)."""
    if not ranks:
        return 1.0
    rank = ranks.get(word.lower())
    if rank is None:
        return 1.0
    span = math.log(RARE_RANK) - math.log(COMMON_RANK)
    return min(1.0, max(0.0, (math.log(max(rank, 1)) - math.log(COMMON_RANK)) / span))


def key_terms(question: str, *, skill: str | None, taxonomy: Taxonomy) -> KeyTerms:
    """The weighted terms an answer to `question` should address."""
    ranks = word_ranks()
    text = FENCE_RE.sub(" ", question)
    topic = _topic_stems(skill, taxonomy)
    skills, covered = _skill_terms(text, topic, taxonomy)
    stems: dict[str, float] = {}
    labels: dict[str, str] = {}
    for code in INLINE_CODE_RE.findall(text):
        for word in words(code):
            _add(stems, labels, word, 1.0, topic)
    plain = INLINE_CODE_RE.sub(" ", _blank(text, covered))
    for word in words(plain):
        lowered = word.lower()
        if lowered in STOPWORDS or lowered in SCAFFOLDING or len(lowered) < 2:
            continue
        specific = (word.isupper() and len(word) >= 2) or is_identifier(word)
        weight = 1.0 if specific else BASE_WEIGHT + (1 - BASE_WEIGHT) * rarity(lowered, ranks)
        _add(stems, labels, word, weight, topic)
    return KeyTerms(MappingProxyType(stems), MappingProxyType(skills), MappingProxyType(labels))


def _add(
    stems: dict[str, float],
    labels: dict[str, str],
    word: str,
    weight: float,
    topic: frozenset[str],
) -> None:
    key = stem(word)
    if key and key not in topic:
        stems[key] = max(stems.get(key, 0.0), weight)
        labels.setdefault(key, word)


def _topic_stems(skill: str | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Stems of the question's own skill, its canonical name and aliases found in it."""
    if not skill:
        return frozenset()
    names = [skill, taxonomy.canonical(skill) or ""]
    return frozenset(stem(word) for name in names for word in words(name))


def _skill_terms(
    text: str, topic: frozenset[str], taxonomy: Taxonomy
) -> tuple[dict[str, float], list[tuple[int, int]]]:
    """Taxonomy skills named in the question (not the topic itself), with their spans."""
    skills: dict[str, float] = {}
    spans: list[tuple[int, int]] = []
    for mention in taxonomy.find(text):
        spans.append((mention.start, mention.end))
        if not {stem(word) for word in words(mention.name)} <= topic:
            skills[mention.name] = 1.0
    return skills, spans


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans replaced by spaces (skills counted once)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def coverage(terms: KeyTerms, answer: str, taxonomy: Taxonomy) -> float | None:
    """Weighted share of the key terms the answer mentions (None: no key terms)."""
    if terms.total <= 0:
        return None
    counts = stem_counts(answer)
    found = sum(weight for key, weight in terms.stems.items() if counts.get(key))
    if terms.skills:
        named = {mention.name for mention in taxonomy.find(answer)}
        found += sum(weight for name, weight in terms.skills.items() if name in named)
    return found / terms.total


def missing_terms(terms: KeyTerms, answer: str, taxonomy: Taxonomy, count: int = 3) -> list[str]:
    """The heaviest key terms the answer does not mention (for reasons)."""
    counts = stem_counts(answer)
    named = {mention.name for mention in taxonomy.find(answer)} if terms.skills else set()
    missing = {k: w for k, w in terms.stems.items() if not counts.get(k)}
    missing.update({k: w for k, w in terms.skills.items() if k not in named})
    ranked = sorted(missing.items(), key=lambda item: (-item[1], item[0]))
    return [terms.label(name) for name, _ in ranked[:count]]
