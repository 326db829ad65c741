"""The offline resume parser: ExtractedDocument in, ParsedResume (DESIGN §9) out.

Deterministic rules only, no model and no network: sections by their
headings, contact details by pattern, jobs anchored on their date ranges,
skills through the taxonomy. Each step lives in its own module; this one
chains them and says, in `warnings`, what it could not find and which date
years were counted to. Resume text is data: nothing in it is ever treated as
an instruction.
"""

from __future__ import annotations

from datetime import date

from core.document import ExtractedDocument
from core.resume import ExperienceEntry, ParsedResume
from core.versions import PARSER_VERSION
from tools.contact import find_emails, find_links, find_location, find_phones
from tools.dates import latest_written, month_span, reference_note, total_years
from tools.resume_cleanup import clean_lines
from tools.resume_education import parse_education
from tools.resume_experience import Job, parse_experience
from tools.resume_header import find_headline, find_name, headline_title
from tools.resume_languages import find_certifications, find_languages
from tools.resume_sections import split_experience
from tools.resume_skill_items import unlisted_skill_items
from tools.resume_skills import is_sublist, job_text, resume_skill_names, skills_with_years
from tools.sections import Section, lines_of, split_sections
from tools.taxonomy import Taxonomy

_HEADER_KINDS = ("header", "contact")
# Sections that name things other than the candidate's own skills: a degree's field,
# a paper's title or venue, an award's name, a hobby.
_NOT_SKILL_TEXT = frozenset(
    {"education", "languages", "references", "contact", "publications", "awards", "interests"}
)
_LABELLED_LISTS = ("other", "summary")
_OWN_WORDS = ("header", "summary", "other")
_ENTRY_KINDS = frozenset({"experience", "education", "projects", "certifications", "skills"})
_NOT_EXPERIENCE = frozenset(
    {"education", "projects", "certifications", "awards", "publications", "skills",
     "languages", "interests", "references", "volunteering", "summary"}
)


def parse_resume(
    doc: ExtractedDocument, taxonomy: Taxonomy, *, reference_date: date | None = None
) -> ParsedResume:
    """Parse one extracted resume; `reference_date` ends current jobs.

    Without one, the document's own date is used when believable, else today
    (`reference_note`); the warnings say which.
    """
    lines = clean_lines(doc.lines)  # idempotent; text may come from elsewhere than extract
    sections = split_experience(split_sections(lines))
    header = lines_of(sections, *_HEADER_KINDS)
    emails = find_emails(doc.text)
    name = _name(sections, emails, taxonomy)
    jobs = _jobs(sections)
    reference, note = reference_note(
        reference_date, date.today(), document_date=doc.document_date,
        latest_job_date=latest_written(written_dates([job.entry for job in jobs])),
    )
    employers = [job.entry.company for job in jobs if job.entry.company]
    skills = _skills(taxonomy, sections, jobs, employers)
    spans = [s for job in jobs if job.dates and (s := month_span(job.dates, reference))]
    parsed = ParsedResume(
        name=name,
        emails=emails,
        phones=find_phones("\n".join(header)) or find_phones(doc.text),
        location=find_location(header, name=name),
        links=find_links(doc.text, header="\n".join(header)),
        headline=headline_title(find_headline(header[:12], name), employers),
        summary=" ".join(lines_of(sections, "summary")).strip() or None,
        skills=skills_with_years(taxonomy, skills, jobs, reference),
        experience=[job.entry for job in jobs],
        education=parse_education(lines_of(sections, "education")),
        certifications=find_certifications(lines_of(sections, "certifications")),
        languages=find_languages(lines_of(sections, "languages", "skills"), lines),
        total_years_experience=total_years(spans) if spans else None,
        parser_version=PARSER_VERSION,
    )
    parsed.warnings = _warnings(doc, parsed, jobs, note)
    return parsed


def written_dates(entries: list[ExperienceEntry]) -> list[str | None]:
    """Every start and finished end the jobs write (a current end is no date)."""
    return [e.start for e in entries] + [e.end for e in entries if not e.current]


def _jobs(sections: list[Section]) -> list[Job]:
    """Jobs from the experience sections; from unlabelled text when there are none."""
    experience = lines_of(sections, "experience")
    if experience:
        return parse_experience(experience)
    loose = [line for s in sections if s.kind not in _NOT_EXPERIENCE for line in s.lines]
    return [job for job in parse_experience(loose) if job.dates is not None]


def _skills(
    taxonomy: Taxonomy, sections: list[Section], jobs: list[Job], employers: list[str]
) -> list[str]:
    """Declared skills first, then those named in prose (see `resume_skill_names`).

    Declared: the skills and languages sections ("Languages: Java, C++" is
    common) and "Label: item, item" lines elsewhere ("Operating Systems:
    Windows, Linux" under Additional Information). With a skills section the
    prose read is where the author describes their own work (the jobs, the
    summary, the header, additional information); without one, every section
    but education, languages, references, publications, awards and interests:
    a degree's field ("BSc Computer Science"), a paper's venue ("Lecture Notes
    in Computer Science") or a hobby is not a skill claim. Items of a skills
    list that the taxonomy does not know come last (`resume_skill_items`).
    """
    listed = lines_of(sections, "skills")
    declared = [*listed, *lines_of(sections, "languages")]
    declared += [line for line in lines_of(sections, *_LABELLED_LISTS) if is_sublist(line)]
    if listed:
        prose = [job_text(job) for job in jobs]
        prose.append("\n".join(lines_of(sections, *_OWN_WORDS)))
    else:
        prose = ["\n".join(s.lines) for s in sections if s.kind not in _NOT_SKILL_TEXT]
    names = resume_skill_names(
        taxonomy, ["\n".join(declared)], prose, employers, listed=bool(listed)
    )
    return names + unlisted_skill_items(taxonomy, listed, names)


def _name(sections: list[Section], emails: list[str], taxonomy: Taxonomy) -> str | None:
    """The name from the top lines, knowing which of them sit in entry sections.

    Headings count as lines too, so positions match the page; lines of
    experience, education and the like are marked (employers and schools are
    capitalised phrases as well).
    """
    top: list[str] = []
    body: list[int] = []
    for section in sections:
        if section.heading:
            top.append(section.heading)
        for line in section.lines:
            if section.kind in _ENTRY_KINDS:
                body.append(len(top))
            top.append(line)
    return find_name(
        top, emails=emails, body_lines=body, is_skill=lambda text: bool(taxonomy.canonical(text))
    )


def _warnings(
    doc: ExtractedDocument, parsed: ParsedResume, jobs: list[Job], note: str
) -> list[str]:
    warnings = list(doc.warnings)
    if parsed.name is None:
        warnings.append("no name found")
    if not parsed.emails and not parsed.phones:
        warnings.append("no email or phone found")
    if not jobs:
        warnings.append("no experience entries found")
    elif not any(job.dates for job in jobs):
        warnings.append("no experience dates found")
    elif any(job.dates is None for job in jobs):
        warnings.append("some experience entries have no dates")
    warnings.append(note)
    return warnings
