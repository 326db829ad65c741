"""Situation–task–action–result: is a behavioural answer a complete story?

Each part is recognised by how people tell it: the situation sets a scene
("at my last job", "we had", "in 2022"), the task names a responsibility or
goal ("I was responsible for", "we needed to"), the action is what *I* did
("I wrote", "I proposed", "so I"), the result says how it ended ("as a
result", "we shipped", "cut latency by 30%", "I learned"). Situation and task
are often told in one breath, so a story is complete with (situation or
task), action and result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BEHAVIOURAL_RE = re.compile(
    r"\b(?:tell me about a time|describe a (?:time|situation)|give (?:me )?an example of a time|"
    r"have you ever|a time when|a time you|how did you (?:handle|deal)|walk me through a "
    r"(?:situation|time)|share an example|what did you do when)\b",
    re.IGNORECASE,
)
_SITUATION_RE = re.compile(
    r"\b(?:when I was|at my (?:previous|last|current|old|first) (?:job|company|team|role)|"
    r"in my (?:previous|last|current|old|first) (?:job|company|team|role)|last (?:year|month|"
    r"quarter|spring|summer|autumn|fall|winter)|(?:one|a) (?:time|project|year|day)|we had|"
    r"we were|our (?:team|company|product|client|customer|service|system)|there was|"
    r"(?:in|during) (?:19|20)\d\d|(?:in|during) (?:a|the|my|our) \w+ (?:project|launch|release|"
    r"migration|incident))\b",
    re.IGNORECASE,
)
_TASK_RE = re.compile(
    r"\b(?:I was (?:responsible|asked|tasked|in charge|supposed|the owner)|my (?:role|job|"
    r"task|goal|responsibility) was|(?:I|we) (?:needed|had|wanted|were asked) to|the goal was|"
    r"(?:was|were) supposed to|deadline|objective|had to (?:deliver|fix|decide|ship|choose))\b",
    re.IGNORECASE,
)
_ACTION_RE = re.compile(
    r"\b(?:I|so I|then I|I then|I first)\s+(?:\w+ed|built|wrote|led|ran|set|made|took|spoke|"
    r"brought|sat|met|told|found|chose|began|got|did|drove|kept|put|sent|broke|split|held|"
    r"gave|went|dug|rewrote|paired|reached|asked|called)\b",
    re.IGNORECASE,
)
_RESULT_RE = re.compile(
    r"\b(?:as a result|the result|resulted|outcome|in the end|eventually|ended up|afterwards|"
    r"since then|from then on|(?:we|I|it|they|the team) (?:shipped|delivered|launched|saved|"
    r"reduced|cut|increased|improved|grew|won|learned|learnt|met|hit|finished|closed|resolved)|"
    r"(?:reduced|increased|improved|cut|saved|dropped|grew|raised|lowered)\b[^.]{0,40}\d|"
    r"\d+\s?%|lesson|learned that|learnt that)\b",
    re.IGNORECASE,
)

PARTS = ("situation", "task", "action", "result")


@dataclass(frozen=True)
class StarParts:
    """Which parts of a story an answer tells."""

    situation: bool
    task: bool
    action: bool
    result: bool

    @property
    def complete(self) -> bool:
        """Scene (situation or task), what the candidate did, and how it ended."""
        return (self.situation or self.task) and self.action and self.result

    @property
    def fraction(self) -> float:
        """Share of the three beats told: scene, action, result (0–1)."""
        beats = (self.situation or self.task, self.action, self.result)
        return sum(beats) / len(beats)

    def missing(self) -> list[str]:
        """Missing parts, in story order (situation and task count as one)."""
        gaps = [] if self.situation or self.task else ["situation"]
        gaps += [name for name in ("action", "result") if not getattr(self, name)]
        return gaps


def is_behavioural(question: str) -> bool:
    """Does the question ask for a story from the candidate's past?"""
    return bool(_BEHAVIOURAL_RE.search(question))


def star_parts(answer: str) -> StarParts:
    """Which of situation, task, action and result the answer tells."""
    return StarParts(
        situation=bool(_SITUATION_RE.search(answer)),
        task=bool(_TASK_RE.search(answer)),
        action=bool(_ACTION_RE.search(answer)),
        result=bool(_RESULT_RE.search(answer)),
    )


def describe(parts: StarParts) -> str:
    """A reason such as "STAR: situation, action; missing result"."""
    told = [name for name in PARTS if getattr(parts, name)]
    text = "STAR: " + (", ".join(told) if told else "no story")
    missing = parts.missing()
    return text + (f"; missing {' and '.join(missing)}" if missing else "")
