"""Resume chunks for semantic search, and the compact texts behind the match similarity.

Embedding is the slow step of screening (all-MiniLM-L6-v2 manages roughly
60–90 texts a second on two busy cores), so a resume gets few chunks, each a
unit a recruiter would search by:

- one summary chunk (headline + summary),
- one chunk per job (title, company, dates and description) — "who did what,
  where" stays together, which is what "Kafka at a fintech" queries need,
- one skills chunk and one education chunk (degrees + certifications).

Chunks are capped at `max_words` (120 words is about 160 word-piece tokens,
inside the model's 256-token window and close to the 128 it was trained on).
A longer job description is truncated rather than split: its first lines
usually carry the substance, and every extra chunk is one more embedding.
When a resume has more jobs than the budget of `max_chunks` (8) allows, the
oldest are merged into one "earlier experience" chunk. A resume the parser
could not structure falls back to windows over its text lines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from core.job import JobProfile
from core.resume import EducationEntry, ExperienceEntry, ParsedResume
from core.versions import CHUNKER_VERSION
from tools.match_evidence import literal_pattern, skill_key

if TYPE_CHECKING:
    from tools.taxonomy import Taxonomy

__all__ = [
    "CHUNKER_VERSION", "ResumeChunk", "chunk_resume", "job_embedding_text",
    "resume_embedding_text",
]

MAX_CHUNKS = 8
EMBEDDING_WORDS = 200
FALLBACK_WORDS = 150
_CONTACT = re.compile(r"@|https?://|www\.|(?:\d[\s().-]*){7,}")
_BULLET = re.compile(r"^\s*(?:[-*•·‣◦▪–—]|\d{1,2}[.)])\s+")


class ResumeChunk(BaseModel):
    """One searchable piece of a resume."""

    model_config = ConfigDict(frozen=True)

    section: str = Field(description="summary, experience, skills, education or text")
    text: str
    skills: list[str] = Field(default_factory=list, description="canonical skills it names")
    index: int = Field(description="position of the chunk in the resume, from 0")


def truncate_words(text: str, max_words: int) -> str:
    """At most `max_words` words, ending at a sentence end when one is near."""
    words = text.split()
    if len(words) <= max_words:
        return " ".join(words)
    cut = " ".join(words[:max_words])
    end = max(cut.rfind(". "), cut.rfind("; "))
    return cut[: end + 1] if end >= len(cut) * 0.6 else cut


def flatten(text: str) -> str:
    """Multi-line prose (bullets) as one line of sentences."""
    lines = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    return " ".join(
        line if line[-1] in ".!?;:" else f"{line}." for line in lines if line
    )


def _dates(entry: ExperienceEntry) -> str:
    """"(2019-03 – present)", "(2015 – 2018)" or nothing."""
    end = "present" if entry.current else entry.end
    if not entry.start and not end:
        return ""
    return f" ({entry.start or '?'} – {end or '?'})"


def _role(entry: ExperienceEntry) -> str:
    """"Senior Engineer at Acme (2019-03 – present)"."""
    head = " at ".join(p for p in (entry.title, entry.company) if p) or "Role"
    return head + _dates(entry)


def _experience_texts(resume: ParsedResume, budget: int) -> list[str]:
    """One text per job, the oldest merged when there are more jobs than `budget`."""
    entries = [e for e in resume.experience if e.title or e.company or e.description]
    if budget <= 0 or not entries:
        return []
    own = entries if len(entries) <= budget else entries[: budget - 1]
    texts = [f"{_role(e)}. {flatten(e.description)}".strip() for e in own]
    rest = entries[len(own) :]
    if rest:
        texts.append("Earlier experience: " + "; ".join(
            f"{_role(e)}: {flatten(e.description)}".strip(": ") for e in rest
        ))
    return texts


def _degree(entry: EducationEntry) -> str:
    """"B.Sc. in Computer Science, TU Berlin (2015)"."""
    head = entry.degree_and_field()
    parts = ", ".join(p for p in (head, entry.institution) if p)
    return parts + (f" ({entry.graduation_year})" if entry.graduation_year else "")


def _education_text(resume: ParsedResume) -> str:
    """Degrees and certifications in one short text, or nothing."""
    parts = [d for d in (_degree(e) for e in resume.education) if d]
    text = "Education: " + "; ".join(parts) + "." if parts else ""
    if resume.certifications:
        text += " Certifications: " + "; ".join(resume.certifications) + "."
    return text.strip()


def _skills_text(resume: ParsedResume, max_words: int) -> str:
    """"Skills: Python, Django, ..." with as many names as fit."""
    names: list[str] = []
    for name in resume.skill_names():
        if len(" ".join([*names, name]).split()) + 1 > max_words:
            break
        names.append(name)
    return "Skills: " + ", ".join(names) + "." if names else ""


def _chunk_skills(text: str, resume: ParsedResume, taxonomy: Taxonomy | None) -> list[str]:
    """The resume's skills that a chunk names, in resume order."""
    found = {skill_key(m.name) for m in taxonomy.find(text)} if taxonomy else set()
    return [
        name for name in dict.fromkeys(resume.skill_names())
        if skill_key(name) in found or literal_pattern(name).search(text)
    ]


def _line_windows(lines: list[str], max_words: int, limit: int) -> list[str]:
    """Consecutive non-contact lines packed into windows of at most `max_words`."""
    windows: list[list[str]] = [[]]
    for raw in lines:
        words = raw.split()
        if not words or _CONTACT.search(raw):
            continue
        if windows[-1] and len(windows[-1]) + len(words) > max_words:
            windows.append([])
        windows[-1].extend(words[:max_words])
    return [" ".join(w) for w in windows if w][:limit]


def _sections(resume: ParsedResume, lines: list[str], max_words: int, max_chunks: int
              ) -> list[tuple[str, str]]:
    """(section, text) pairs in resume order, within the chunk budget."""
    head = " ".join(flatten(t) for t in (resume.headline, resume.summary) if t).strip()
    skills, education = _skills_text(resume, max_words), _education_text(resume)
    fixed = sum(1 for t in (head, skills, education) if t)
    jobs = _experience_texts(resume, max_chunks - fixed)
    if not (head or jobs or education):
        windows = _line_windows(lines, max_words, max_chunks - (1 if skills else 0))
        return [("text", w) for w in windows] + ([("skills", skills)] if skills else [])
    pairs = [("summary", head)] + [("experience", j) for j in jobs]
    pairs += [("skills", skills), ("education", education)]
    return [(section, text) for section, text in pairs if text]


def chunk_resume(
    resume: ParsedResume,
    lines: list[str],
    *,
    max_words: int = 120,
    max_chunks: int = MAX_CHUNKS,
    taxonomy: Taxonomy | None = None,
) -> list[ResumeChunk]:
    """The resume's search chunks (see the module docstring for the trade-offs)."""
    pairs = _sections(resume, lines, max_words, max(1, max_chunks))
    return [
        ResumeChunk(
            section=section,
            text=(text := truncate_words(raw, max_words)),
            skills=_chunk_skills(text, resume, taxonomy),
            index=index,
        )
        for index, (section, raw) in enumerate(pairs[: max(1, max_chunks)])
    ]


def resume_embedding_text(resume: ParsedResume, lines: list[str]) -> str:
    """What the resume is about, compactly: headline, roles, skills, summary, latest work.

    It mirrors `job_embedding_text` (role, skills, work), so the similarity
    compares like with like; companies, names and contacts are left out.
    """
    titles = [e.title for e in resume.experience if e.title][:5]
    parts = [
        flatten(resume.headline or ""),
        "Roles: " + "; ".join(titles) + "." if titles else "",
        "Skills: " + ", ".join(resume.skill_names()[:30]) + "." if resume.skills else "",
        flatten(resume.summary or ""),
        next((flatten(e.description) for e in resume.experience if e.description), ""),
    ]
    text = " ".join(p.strip() for p in parts if p and p.strip())
    if not (titles or resume.skills or resume.summary):
        text = " ".join(_line_windows(lines, FALLBACK_WORDS, 1))
    return truncate_words(text, EMBEDDING_WORDS)


def job_embedding_text(job: JobProfile, raw_text: str) -> str:
    """What the job is about, compactly: title, skills, responsibilities.

    A posting the analyser could not structure falls back to its opening words.
    """
    skills = job.required_skills + job.preferred_skills
    parts = [
        f"{job.title}." if job.title else "",
        "Skills: " + ", ".join(skills) + "." if skills else "",
        " ".join(job.responsibilities),
    ]
    text = " ".join(p for p in parts if p)
    if not (skills or job.responsibilities):
        text = " ".join(p for p in (text, truncate_words(raw_text, FALLBACK_WORDS)) if p)
    return truncate_words(text, EMBEDDING_WORDS)
