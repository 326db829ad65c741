"""Skill groups: lists of alternatives in a job description, any one of which will do.

"Vitest or Jest", "AWS/GCP/Azure" and "a framework such as React or Vue" ask
for one skill of a kind. Counting each member as its own requirement would
mark a candidate who writes tests in Jest as missing Vitest, so the analyser
keeps such a list as one group (`core.job.SkillGroup`) and the scorer counts
the group once, met by any member.

A group holds only skills that stay preferred on their own: a member the
posting also requires by itself ("Python" required elsewhere) is judged
alone, and a group left with fewer than two members is no choice at all.
The same set named twice is one group, required if either mention was.
"""

from __future__ import annotations

from core.job import SkillGroup


class GroupCollector:
    """Gathers the groups of a posting clause by clause, in first-mention order."""

    def __init__(self) -> None:
        self._found: list[tuple[list[str], bool]] = []

    def add(self, names: list[str], *, required: bool) -> None:
        """One list of alternatives, as the clause named it."""
        self._found.append((list(dict.fromkeys(names)), required))

    def groups(self, preferred: list[str]) -> list[SkillGroup]:
        """The groups whose members stay `preferred` on their own, duplicates merged."""
        kept = set(preferred)
        merged: dict[frozenset[str], SkillGroup] = {}
        for names, required in self._found:
            members = [name for name in names if name in kept]
            if len(members) < 2:
                continue
            key = frozenset(members)
            if key in merged:
                merged[key].required = merged[key].required or required
            else:
                merged[key] = SkillGroup(any_of=members, required=required)
        return list(merged.values())
