"""Which candidate a recruiter means: an id, or a name as they wrote it.

"Compare Ana and Wei", "tell me about Émilie Roy", "move emilie to interview":
names are matched without case or accents, each word of the reference
against the start of a word of the name, only among the candidates the asker
may see. An ambiguous name picks the closest match and says who else it
could have meant, with ids, so the recruiter can ask again precisely.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from core.recruiter import CandidateRef
from store.repositories import search as search_repo
from tools.recruiter_places import fold
from tools.recruiter_scope import Scope

ID_PATTERN = re.compile(r"cand_[0-9a-f]+")


def display_name(name: str | None) -> str | None:
    """A name as shown in answers: an all-capitals name from a resume header in title case."""
    if name and name.isupper():
        return name.title()
    return name


@dataclass
class Resolved:
    """The candidates a list of references resolved to, in order, and what to tell the user."""

    refs: list[CandidateRef] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _score(reference: list[str], name: list[str]) -> int:
    """How well reference words match a name: 0 = no match, 3 = the exact name."""
    if not reference or not all(any(w.startswith(r) for w in name) for r in reference):
        return 0
    if reference == name:
        return 3
    return 2 if all(r in name for r in reference) else 1


def _best(reference: str, people: Sequence[tuple[str, str | None]]) -> list[tuple[int, str, str]]:
    """(score, id, name) of everyone the reference could mean, best first."""
    words = fold(reference).split()
    scored = [
        (_score(words, fold(name or "").split()), candidate_id, name or "")
        for candidate_id, name in people
    ]
    return sorted((s for s in scored if s[0] > 0), key=lambda s: (-s[0], fold(s[2]), s[1]))


async def resolve_references(
    session: AsyncSession, scope: Scope, references: Sequence[str]
) -> Resolved:
    """Candidate ids or names → visible candidates (unknown ones are reported, not guessed)."""
    wanted = [r.strip() for r in references]
    only_ids = all(ID_PATTERN.fullmatch(r) for r in wanted)
    people = await search_repo.candidate_names(
        session, tenant_id=scope.tenant_id, scope_job_ids=scope.job_ids,
        candidate_ids=wanted if only_ids else None,
    )
    by_id = dict(people)
    resolved = Resolved()
    for reference in references:
        reference = reference.strip()
        if reference in by_id:
            resolved.refs.append(CandidateRef(id=reference, name=display_name(by_id[reference])))
            continue
        options = _best(reference, people)
        if not options:
            resolved.notes.append(f"No candidate you can see is called “{reference}”.")
            continue
        score, candidate_id, name = options[0]
        resolved.refs.append(CandidateRef(id=candidate_id, name=display_name(name)))
        rivals = [o for o in options[1:4] if o[0] == score]
        if rivals:
            others = ", ".join(f"{display_name(n)} ({i})" for _, i, n in rivals)
            resolved.notes.append(
                f"“{reference}” could also mean {others}; I used {display_name(name)}."
            )
    return resolved
