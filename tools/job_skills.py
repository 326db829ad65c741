"""Which skills a job requires and which it merely prefers.

Rules, in order of strength:

1. A skill in a requirements section ("Requirements", "What you bring", "Must
   have", "Qualifications") is required, unless its clause marks it optional
   ("... is a plus", "ideally ...", "Go (preferred)").
2. A skill in a preferred section ("Nice to have", "Bonus", "Pluses") is preferred.
3. A skill named only in the description is *context*, of two kinds: *work*
   (a responsibilities bullet, a "You will ..." or "Day-to-day ..." sentence,
   a stack statement such as "Our stack runs on AWS") and plain prose (the
   rest of the intro or role blurb). When the posting has an explicit
   requirements section that names skills, it drew its own line, and:
   - plain prose skills are left out (descriptions name much that is not
     asked of anyone: "billing teams", "Dutch households");
   - work skills are preferred (the job touches them, knowing them helps),
     unless the posting also has its own nice-to-have section: then it has
     said what else counts, and its work skills are left out too.
   When it has no requirements section, all context skills are required,
   since the description is then the only statement of what the job needs.
   The company blurb ("About us") never contributes.
4. A list of alternatives or examples ("such as Python, Ruby, Java, PHP, and
   .Net", "MySQL, Oracle, or MongoDB", "(e.g. React, Vue)") asks for one of
   its skills, so none of them is required on its own: where the clause would
   make them required, they are all preferred. Keeping the first one required
   instead would favour candidates by the order the author happened to type.
   The list itself becomes a skill group (`tools.job_groups`), required or
   preferred as its clause is, that any one of its skills satisfies.
5. A soft skill ("excellent communication skills", "attention to detail") is
   at most preferred: a resume seldom shows one in so many words, so
   requiring it would rank candidates on phrasing; it is for the interview.
6. A skill that ends up both required and preferred is required.

Benefits sections never contribute skills either, nor do the words after a degree in
its clause ("MSc in Statistics" names a field of study, not a skill). Nor does
what a posting says about the hiring company or agency rather than the job
(`_about_employer`): a benefits clause anywhere ("you will receive ongoing
training and development", "childcare vouchers"), a skill naming the
business ("a recruitment consultancy", "a large Biotechnology company",
"Corecom Consulting are ..."), or a verb that merely looks like one ("are
currently recruiting for"). Order is first mention in the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from tools.job_groups import GroupCollector
from tools.job_markers import Clause, alternative_runs, find_markers, optional_spans
from tools.job_requirements import degree_at
from tools.taxonomy import SOFT_SKILL

if TYPE_CHECKING:
    from core.job import SkillGroup
    from tools.taxonomy import SkillMention, Taxonomy

Status = Literal["required", "preferred", "work", "context"]
Final = Literal["required", "preferred", "dropped"]
_RANK: Mapping[Final, int] = MappingProxyType({"required": 0, "preferred": 1, "dropped": 2})
_SILENT = frozenset({"benefits", "about"})
_WORK = re.compile(
    r"^(?:you will|you'll|in this role|day[- ]to[- ]day|your (?:work|day|role) will)"
    r"|\b(?:our|the) (?:tech(?:nology)? )?stack\b|\bwe (?:use|work with|build with|run on)\b"
    r"|\bruns? on\b|\bbuilt (?:on|with)\b|\bcodebase\b",
    re.IGNORECASE,
)


_BENEFIT_CLAUSE = re.compile(
    r"\b(?:we offer|on offer|in return|you(?:'ll| will) (?:receive|get|enjoy)"
    r"|(?:great|competitive|generous|excellent|employee) benefits|benefits (?:include|such as)"
    r"|perks|(?:benefits|salary|remuneration|relocation) package|vouchers?"
    r"|(?:competitive|fantastic|excellent|attractive) (?:salary|rates?)|rates? of pay|pension"
    r"|paid (?:holiday|leave|time off)|holiday allowance|annual leave)",
    re.IGNORECASE,
)
_BUSINESS_AFTER = re.compile(
    r"^\s+(?:consultancy|consultancies|agency|agencies|firm|firms|company|companies|business"
    r"|organi[sz]ation|group|specialists?|house|provider|partner)\b",
    re.IGNORECASE,
)
_AUXILIARY_BEFORE = re.compile(r"\b(?:are|is|am|was|were|be|been|currently|now)\s+$", re.I)
_SUBJECT_AFTER = re.compile(r"^\s+(?:are|is|has|have|was|were)\b")
_NAME_OPENS_CLAUSE = re.compile(r"^\W*(?:[A-Z][\w&.-]*\s+){1,3}$")


def _about_employer(text: str, mention: SkillMention) -> bool:
    """A mention that describes the hiring business, not a skill the job asks for."""
    before, after = text[: mention.start], text[mention.end :]
    if _BUSINESS_AFTER.match(after):
        return True  # "recruitment consultancy", "Biotechnology company"
    if mention.surface.lower().endswith("ing") and _AUXILIARY_BEFORE.search(before):
        return True  # "are currently recruiting for"
    named = mention.surface[:1].isupper() and _NAME_OPENS_CLAUSE.match(before) is not None
    return named and _SUBJECT_AFTER.match(after) is not None  # "Corecom Consulting are ..."


@dataclass(frozen=True)
class ClauseSkills:
    """The skills one clause names, the status its place gives them, and its alternatives."""

    names: list[str]
    status: Status
    optional: set[int]
    alternatives: list[list[int]]


def _clause_skills(clause: Clause, taxonomy: Taxonomy) -> ClauseSkills:
    """Each skill mention in one clause with its status, markers and alternatives."""
    if _BENEFIT_CLAUSE.search(clause.text):
        return ClauseSkills([], "context", set(), [])
    degree = degree_at(clause.text)
    mentions = [
        m for m in taxonomy.find(clause.text)
        if m.name and (degree is None or m.start < degree) and not _about_employer(clause.text, m)
    ]
    spans = [(m.start, m.end) for m in mentions]
    base: Status = (
        "required" if clause.kind == "required"
        else "preferred" if clause.kind == "preferred"
        else "work" if clause.kind == "responsibilities" or _WORK.search(clause.text)
        else "context"
    )
    return ClauseSkills(
        names=[m.name for m in mentions],
        status=base,
        optional=optional_spans(find_markers(clause.text), spans) if spans else set(),
        alternatives=alternative_runs(clause.text, spans) if spans else [],
    )


def _soft_cap(taxonomy: Taxonomy, name: str, status: Final) -> Final:
    """A soft skill is at most preferred (rule 5)."""
    soft = status == "required" and taxonomy.category(name) == SOFT_SKILL
    return "preferred" if soft else status


def _context_rule(clauses: list[Clause], taxonomy: Taxonomy) -> dict[str, Final]:
    """What each place makes of a skill, given the posting's own sections (rule 3)."""

    def names_skills(kind: str) -> bool:
        return any(c.kind == kind and taxonomy.find(c.text) for c in clauses)

    if not names_skills("required"):
        return {"required": "required", "preferred": "preferred", "work": "required",
                "context": "required"}
    work: Final = "dropped" if names_skills("preferred") else "preferred"
    return {"required": "required", "preferred": "preferred", "work": work, "context": "dropped"}


def _clause_finals(
    found: ClauseSkills, rule: dict[str, Final], groups: GroupCollector
) -> list[Final]:
    """Where each mention of a clause lands; its lists of alternatives become groups."""
    finals: list[Final] = [
        "preferred" if index in found.optional else rule[found.status]
        for index in range(len(found.names))
    ]
    for run in found.alternatives:
        place = "preferred" if any(finals[i] == "preferred" for i in run) else finals[run[0]]
        if place == "dropped":
            continue
        groups.add([found.names[i] for i in run], required=place == "required")
        for index in run:
            finals[index] = "preferred"  # rule 4: none of them on its own
    return finals


def classify_skills(
    clauses: list[Clause], taxonomy: Taxonomy
) -> tuple[list[str], list[str], list[SkillGroup]]:
    """(required, preferred, groups of alternatives): canonical names, first-mention order."""
    rule = _context_rule(clauses, taxonomy)
    groups = GroupCollector()
    order: list[str] = []
    best: dict[str, Final] = {}
    for clause in clauses:
        if clause.kind in _SILENT:
            continue
        found = _clause_skills(clause, taxonomy)
        for name, final in zip(found.names, _clause_finals(found, rule, groups), strict=True):
            if name not in best:
                order.append(name)
                best[name] = final
            elif _RANK[final] < _RANK[best[name]]:
                best[name] = final
    final = {name: _soft_cap(taxonomy, name, status) for name, status in best.items()}
    required = [name for name in order if final[name] == "required"]
    preferred = [name for name in order if final[name] == "preferred"]
    return required, preferred, groups.groups(preferred)
