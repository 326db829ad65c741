"""A recruiter's corrections to an analysed job's skill lists.

The analyser reads prose; the recruiter knows the job. Overrides are applied
to the stored profile as plain list edits, so they are explicit, reversible
and never re-guessed when the text is analysed again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.job import JobProfile

if TYPE_CHECKING:
    from tools.taxonomy import Taxonomy


def _key(name: str) -> str:
    """Case- and space-insensitive identity of a skill name."""
    return " ".join(name.casefold().split())


def _names(raw: Iterable[str], taxonomy: Taxonomy | None) -> list[str]:
    """Trimmed, canonical (when the taxonomy knows them), de-duplicated names."""
    names: list[str] = []
    for item in raw:
        name = item.strip()
        if not name:
            continue
        name = (taxonomy.canonical(name) if taxonomy else None) or name
        if _key(name) not in {_key(n) for n in names}:
            names.append(name)
    return names


def _without(names: list[str], drop: list[str]) -> list[str]:
    """`names` minus anything in `drop`, compared case-insensitively."""
    dropped = {_key(d) for d in drop}
    return [n for n in names if _key(n) not in dropped]


def _existing(name: str, *lists: list[str]) -> str:
    """The spelling the profile already uses for a skill, else the given one."""
    for names in lists:
        for existing in names:
            if _key(existing) == _key(name):
                return existing
    return name


def apply_overrides(
    profile: JobProfile,
    *,
    make_required: Iterable[str] = (),
    make_preferred: Iterable[str] = (),
    remove: Iterable[str] = (),
    add_required: Iterable[str] = (),
    add_preferred: Iterable[str] = (),
    taxonomy: Taxonomy | None = None,
) -> JobProfile:
    """A new profile with skills moved, added or removed; the input is unchanged.

    Moves (`make_*`) apply only to skills the profile already lists; adds
    (`add_*`) append new skills or move listed ones. A skill asked for in both
    lists is required; it never ends up in both; `remove` wins over everything.
    Names are canonicalised through the taxonomy when one is given.
    """
    required, preferred = list(profile.required_skills), list(profile.preferred_skills)
    listed = {_key(n) for n in required + preferred}
    to_required = [
        _existing(n, required, preferred)
        for n in _names(make_required, taxonomy)
        if _key(n) in listed
    ] + _names(add_required, taxonomy)
    to_preferred = [
        _existing(n, required, preferred)
        for n in _names(make_preferred, taxonomy)
        if _key(n) in listed
    ] + _names(add_preferred, taxonomy)
    to_preferred = _without(to_preferred, to_required)
    required = _without(required, to_preferred)
    preferred = _without(preferred, to_required)
    required += _without(to_required, required)
    preferred += _without(to_preferred, preferred)
    dropped = _names(remove, taxonomy)
    return profile.model_copy(update={
        "required_skills": _without(_names(required, None), dropped),
        "preferred_skills": _without(_without(_names(preferred, None), required), dropped),
    })
