"""What a job asks for, one unit at a time: a single skill or a group of alternatives.

"Vitest or Jest" is one requirement, met by either, so the scorer counts it
once: a resume with Jest meets it in full and is not reported as missing
Vitest. Groups come from the job analysis (`JobProfile.skill_groups`) and are
read against the lists as they stand now, so a recruiter's edits win: a member
moved to the required list or removed is judged on its own or not at all, and
a group left with fewer than two preferred members falls back to plain skills.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.job import JobProfile, SkillGroup
from tools.match_evidence import skill_key
from tools.taxonomy import SOFT_SKILL

if TYPE_CHECKING:
    from tools.taxonomy import Taxonomy



@dataclass(frozen=True)
class SkillAsk:
    """One thing the job asks for: any of `names` meets it."""

    names: tuple[str, ...]

    @property
    def label(self) -> str:
        """"Python", or "Vitest or Jest" for a group."""
        return " or ".join(self.names)

    def met(self, held: set[str]) -> bool:
        """Whether the resume shows any of the names (`held` holds skill keys)."""
        return any(skill_key(name) in held for name in self.names)


def _live_groups(job: JobProfile) -> list[tuple[SkillGroup, tuple[str, ...]]]:
    """Each group with the members still listed as preferred and not required."""
    required = {skill_key(s) for s in job.required_skills}
    preferred = {skill_key(s): s for s in job.preferred_skills}
    live = []
    for group in job.skill_groups:
        keys = dict.fromkeys(skill_key(n) for n in group.any_of)
        members = tuple(preferred[k] for k in keys if k in preferred and k not in required)
        if len(members) >= 2:
            live.append((group, members))
    return live


def job_asks(job: JobProfile) -> tuple[list[SkillAsk], list[SkillAsk]]:
    """(required, preferred) asks: single skills in list order, then or-groups.

    A preferred group takes the place of its first member in the preferred list.
    """
    live = _live_groups(job)
    grouped = {skill_key(n) for _, members in live for n in members}
    required = [SkillAsk((s,)) for s in job.required_skills]
    required += [SkillAsk(members) for group, members in live if group.required]
    pending = [members for group, members in live if not group.required]
    preferred: list[SkillAsk] = []
    for name in job.preferred_skills:
        if skill_key(name) not in grouped:
            preferred.append(SkillAsk((name,)))
            continue
        for members in [m for m in pending if name in m]:
            preferred.append(SkillAsk(members))
            pending.remove(members)
    return required, list(dict.fromkeys(preferred))


def interview_only(
    asks: list[SkillAsk], taxonomy: Taxonomy | None
) -> tuple[list[SkillAsk], list[SkillAsk]]:
    """(scored, left to the interview): soft skills are not judged from a resume.

    "Excellent communication", "attention to detail" and the like are what
    every resume claims and none shows; crediting the words rewards a style
    of self-description (which differs by background and gender) rather than
    the skill. The interview's behavioural questions judge them instead. An
    ask is soft when every name in it is a soft skill of the taxonomy;
    without a taxonomy nothing is set aside.
    """
    if taxonomy is None:
        return asks, []
    soft = [a for a in asks if all(taxonomy.category(n) == SOFT_SKILL for n in a.names)]
    return [a for a in asks if a not in soft], soft
