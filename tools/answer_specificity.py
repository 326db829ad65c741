"""Is an answer specific? Concrete signals against vague filler.

Concrete signals: numbers, code (inline or fenced), identifiers, named
tools from the skills taxonomy, example markers ("for example", "such as"),
and names (capitalised words inside a sentence). Vague filler: stock phrases
that can answer any question ("I have used this a lot", "best practices",
"it depends"). The score, between 0 and 1:

    concrete   = min(1, signals / 4)        (each kind counted at most twice)
    vagueness  = min(1, filler phrases / 3)
    specificity = concrete × (1 − 0.6 × vagueness)

An answer is called specific when specificity ≥ SPECIFIC_AT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.answer_text import FENCE_RE, INLINE_CODE_RE, is_identifier, words
from tools.taxonomy import Taxonomy

SPECIFIC_AT = 0.4
SIGNALS_FOR_FULL = 4
PER_KIND_CAP = 2
FILLER_FOR_FULL = 3

_NUMBER_RE = re.compile(
    r"\b\d+(?:[.,:]\d+)*\s?(?:%|ms|s|x|k|m|gb|mb|tb)?\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million)\b",
    re.IGNORECASE,
)
_EXAMPLE_RE = re.compile(
    r"\b(?:for example|for instance|e\.g\.|such as|in one case|once|specifically|"
    r"in particular|like when|consider)\b",
    re.IGNORECASE,
)
_NAME_RE = re.compile(r"(?<=[a-z,;:] )[A-Z][A-Za-z0-9]+")
_FILLER_RE = re.compile(
    r"\b(?:a lot|very important|best practices?|it depends|various|stuff|things|"
    r"generally|basically|always try|many ways|etc|and so on|pretty much|"
    r"know (?:this|it) well|comfortable with|great question|all about|"
    r"every ?day|look it up|the right way|the best one|several years|"
    r"many (?:years|things|times)|fundamentals|team player|hard work(?:ing)?|"
    r"passionate|somehow|something like that|in general|of course)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Specificity:
    """Specificity score with the evidence behind it."""

    score: float
    numbers: int
    code: int
    identifiers: int
    tools: list[str]
    examples: int
    names: int
    filler: list[str]

    @property
    def specific(self) -> bool:
        """True when concrete detail outweighs filler enough to count."""
        return self.score >= SPECIFIC_AT


def measure_specificity(answer: str, taxonomy: Taxonomy) -> Specificity:
    """Count concrete signals and filler phrases in an answer."""
    tools = list(dict.fromkeys(mention.name for mention in taxonomy.find(answer)))
    prose = INLINE_CODE_RE.sub(" ", FENCE_RE.sub(" ", answer))
    counts = {
        "numbers": len(_NUMBER_RE.findall(answer)),
        "code": len(FENCE_RE.findall(answer)) + len(INLINE_CODE_RE.findall(answer)),
        "identifiers": sum(1 for word in words(prose) if is_identifier(word)),
        "tools": len(tools),
        "examples": len(_EXAMPLE_RE.findall(answer)),
        "names": len(_NAME_RE.findall(FENCE_RE.sub(" ", answer))),
    }
    filler = [m.group(0).lower() for m in _FILLER_RE.finditer(answer)]
    signals = sum(min(PER_KIND_CAP, count) for count in counts.values())
    concrete = min(1.0, signals / SIGNALS_FOR_FULL)
    vagueness = min(1.0, len(filler) / FILLER_FOR_FULL)
    score = concrete * (1 - 0.6 * vagueness)
    return Specificity(
        score=score,
        numbers=counts["numbers"],
        code=counts["code"],
        identifiers=counts["identifiers"],
        tools=tools,
        examples=counts["examples"],
        names=counts["names"],
        filler=list(dict.fromkeys(filler)),
    )


def describe(spec: Specificity) -> str:
    """A short reason naming what made the answer concrete or vague."""
    parts: list[str] = []
    if spec.tools:
        parts.append("names " + ", ".join(spec.tools[:3]))
    if spec.numbers:
        parts.append("gives numbers")
    if spec.code:
        parts.append("shows code")
    elif spec.identifiers:
        parts.append("uses exact identifiers")
    if spec.examples:
        parts.append("gives an example")
    if spec.specific:
        return "specific: " + ("; ".join(parts) if parts else "concrete detail")
    filler = ", ".join(f"'{phrase}'" for phrase in spec.filler[:3])
    return "vague: " + (f"generic phrases ({filler})" if filler else "few concrete details")
