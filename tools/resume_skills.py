"""Skills with years: taxonomy mentions, and how long each was used in dated jobs.

A skills list says what a candidate knows, the jobs say for how long. Years per
skill are the merged duration of the dated jobs whose own text (title and
description) mentions the skill, overlaps counted once; a skill that no dated
job mentions has no years (None), rather than a guessed number.

Which mentions are skills at all (`resume_skill_names`): everything the
author declares in a skills section, except spoken languages (they belong to
`languages`). Prose is weaker evidence, read under these rules:

* soft skills and spoken languages named in prose are never skills
  ("collaboration features", "English-speaking clients");
* in prose, a practice that labels a list ("Operating Systems: Windows,
  Linux", "Computer Skills: ...") sorts the list and claims no skill (in a
  skills section the author's own heading may well be a skill: "Web
  Development: HTML, CSS");
* a mention inside an employer's name is the employer ("Dropbox" at Dropbox,
  "Consulting" in "Corecom Consulting");
* when the resume has a skills section, the author drew their own list: a
  prose mention (in a job, the summary or additional information) is added
  only when it names a specific technology (a tool, language, platform or
  product in a technical category, see `Taxonomy.is_product`), not a
  practice or concept ("caching", "web development", "research") that the
  text merely talks about;
* without a skills section, a practice or concept counts where the text
  lists it rather than tells about it: on a short line of its own ("- Student
  Assessment") or as an item of a list line ("Six Sigma, Kaizen, 5S"), not
  only inside a sentence ("created operating and forecasting budgets").

Links and emails are blanked out first: "http" in a URL is not a skill.
"""

from __future__ import annotations

import re
from datetime import date

from core.resume import SkillEntry
from tools.contact import mask_contacts
from tools.dates import month_span, total_years
from tools.resume_experience import Job
from tools.sections import heading_kind
from tools.taxonomy import SOFT_SKILL, SPOKEN_LANGUAGE, SkillMention, Taxonomy

_SUBLIST = re.compile(
    r"^\W*(?P<label>[A-Za-z][\w &/+.'-]{0,40}?)\s*(?::|\s\|\s|\s[—–-]\s)\s*(?=\S)"
)
_LABEL_AFTER = re.compile(r"[ \t]*:")
_ITEM_SEPARATORS = re.compile(r"[,;|•·▪]")
_BULLET_CHARS = "-–—*•·▪◦>"
_GROUP_JOIN = re.compile(r"\w\s+(?:&|and)\s+\w")
# Headings that, inside a skills section, only label a sub-list.
_SUBLIST_HEADINGS = frozenset({"skills", "languages"})
ITEM_WORDS = 5  # a line this short names things rather than telling about them
NEVER_IN_PROSE = frozenset({SOFT_SKILL, SPOKEN_LANGUAGE})
# Categories whose skills are tools and products; the rest are practices and domains.
TECHNICAL = frozenset(
    {
        "programming_language", "web_frontend", "web_backend", "mobile", "data_engineering",
        "database", "cloud", "devops", "testing", "security", "office_tools", "networking",
        "it_operations", "data_science", "machine_learning", "design",
    }
)


def skill_names(taxonomy: Taxonomy, texts: list[str]) -> list[str]:
    """Canonical skill names mentioned in the texts, first mention first, each once."""
    names: list[str] = []
    for text in texts:
        for mention in taxonomy.find(text):
            if mention.name not in names:
                names.append(mention.name)
    return names


def job_text(job: Job) -> str:
    """The words of a job that can mention a skill (not the company or place)."""
    return "\n".join(part for part in (job.entry.title, job.entry.description) if part)


def skills_with_years(
    taxonomy: Taxonomy, names: list[str], jobs: list[Job], reference: date
) -> list[SkillEntry]:
    """Each named skill with the years of the dated jobs that mention it."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for job in jobs:
        span = month_span(job.dates, reference) if job.dates else None
        if span is None:
            continue
        for name in skill_names(taxonomy, [job_text(job)]):
            spans.setdefault(name, []).append(span)
    return [
        SkillEntry(name=name, years=total_years(spans[name]) if name in spans else None)
        for name in names
    ]


def resume_skill_names(
    taxonomy: Taxonomy,
    declared: list[str],
    prose: list[str],
    employers: list[str],
    *,
    listed: bool | None = None,
) -> list[str]:
    """Canonical skills of a resume, declared ones first (see the module docstring).

    `listed` says whether the resume has a skills section (default: whether
    anything is declared); only then is prose limited to named technologies.
    """
    listed = any(t.strip() for t in declared) if listed is None else listed
    names: list[str] = []
    for text in declared:
        for mention in _declared_mentions(taxonomy, text):
            if taxonomy.category(mention) != SPOKEN_LANGUAGE and mention not in names:
                names.append(mention)
    employer_skills = {name for e in employers if (name := taxonomy.canonical(e))}
    for text in prose:
        masked = mask_contacts(text)
        inside = _employer_spans(masked, employers)
        for mention in taxonomy.find(masked):
            if mention.name in names or mention.name in employer_skills:
                continue
            if _is_label(taxonomy, masked, mention) or _inside(mention, inside):
                continue
            if _prose_skill(taxonomy, mention.name, listed, _line_at(masked, mention)):
                names.append(mention.name)
    return names


def _line_at(text: str, mention: SkillMention) -> str:
    """The line of `text` that holds a mention."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return text[start : len(text) if end < 0 else end]


def _as_item(line: str) -> bool:
    """A line that lists rather than tells: a short line of its own, or a list of items."""
    body = line.strip().lstrip(_BULLET_CHARS).strip()
    return len(body.split()) <= ITEM_WORDS or len(_ITEM_SEPARATORS.findall(body)) >= 2


def _declared_mentions(taxonomy: Taxonomy, text: str) -> list[str]:
    """Skills of a skills section; a sub-list label counts only when it is a skill itself.

    "Programming Languages: Go, Rust" (or "... | Go, Rust", or the label on a
    line of its own above the list) lists Go and Rust, not Programming;
    "Python: Django, Flask" lists Python too.
    """
    found: list[str] = []
    lines = mask_contacts(text).splitlines()
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if heading_kind(line) in _SUBLIST_HEADINGS or _group_name(line, following):
            continue  # "Programming Languages", "Cloud & DevOps" over a list: labels
        label, items = _split_label(line, following)
        skill = taxonomy.canonical(label) if label else None
        found += [skill] if skill else []
        found += [m.name for m in taxonomy.find(items)]
    return found


def _group_name(line: str, following: str) -> bool:
    """A skill group's name over its items, one a line ("Cloud & DevOps" over "Docker").

    Two to four words joined by "&" or "and", no commas, with a short item
    line below: a category, not a skill.
    """
    words = line.split()
    joined = _GROUP_JOIN.search(line) is not None
    return joined and 2 <= len(words) <= 5 and "," not in line and 0 < len(following.split()) <= 4


def _is_label(taxonomy: Taxonomy, text: str, mention: SkillMention) -> bool:
    """A practice named as the label of a list in prose ("Operating Systems: Windows").

    Such a label sorts what follows; it claims no skill of its own. A named
    technology keeps counting ("Python: Django, Flask" names Python too),
    unless nothing but a blanked-out link follows ("GitHub: github.com/jane").
    """
    label = _LABEL_AFTER.match(text, mention.end)
    if not label:
        return False
    end = text.find("\n", label.end())
    if not text[label.end() : len(text) if end < 0 else end].strip():
        return True  # "GitHub: <link>": the link was blanked out, the label says where it goes
    return not is_specific(taxonomy, mention.name)


def _split_label(line: str, following: str) -> tuple[str | None, str]:
    """(sub-list label, listed items) of one skills-section line."""
    match = _SUBLIST.match(line)
    if match:
        return match.group("label"), line[match.end() :]
    return (line.strip(), "") if _label_line(line, following) else (None, line)


def _label_line(line: str, following: str) -> bool:
    """A short line without commas heading a comma list below it ("Cloud & DevOps")."""
    words = line.split()
    return 1 <= len(words) <= 4 and "," not in line and following.count(",") >= 2


def _prose_skill(taxonomy: Taxonomy, name: str, listed: bool, line: str) -> bool:
    """Whether a skill named only in prose, on this line, counts (see the module docstring)."""
    category = taxonomy.category(name) or ""
    if category in NEVER_IN_PROSE:
        return False
    return is_specific(taxonomy, name) or (not listed and _as_item(line))


def is_sublist(line: str) -> bool:
    """A "Label: item, item" line ("Operating Systems: Windows, Linux") listing skills."""
    match = _SUBLIST.match(line)
    if match is None or len(match.group("label").split()) > 4:
        return False
    return line[match.start("label") + len(match.group("label")) :].lstrip().startswith(":")


def is_specific(taxonomy: Taxonomy, name: str) -> bool:
    """A named technology rather than a practice: a technical category and a product-like name."""
    if taxonomy.category(name) not in TECHNICAL:
        return False
    return taxonomy.is_product(name)


def _employer_spans(text: str, employers: list[str]) -> list[tuple[int, int]]:
    """Where the employers' names are written in a text."""
    spans: list[tuple[int, int]] = []
    for employer in employers:
        if len(employer) >= 3:
            pattern = r"(?<!\w)" + re.escape(employer) + r"(?!\w)"
            spans += [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    return spans


def _inside(mention: SkillMention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in spans)
