"""Build one fictional person, fitted to a job on purpose, from a seeded random source.

Every choice goes through the `random.Random` handed in, so the same seed always
yields the same person.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from evals.demo.dates import LAST_FULL_MONTH, YearMonth, total_years
from evals.demo.employers import EMPLOYERS, SIDE_EMPLOYERS
from evals.demo.jobs import JobSpec, job_by_slug
from evals.demo.model import Degree, Language, Look, Person, Position, Project
from evals.demo.places import (
    CITIES,
    ORIGINS,
    City,
    Origin,
    handle_parts,
    home_city,
    make_email,
    make_links,
    make_phone,
)
from evals.demo.roles import (
    EXTRA_SUMMARIES,
    GENERIC_BUSINESS_BULLETS,
    GENERIC_TECH_BULLETS,
    NUMBER_MARK,
    NUMBER_RANGES,
    PROJECT_NAMES,
    PROJECT_PURPOSES,
    PROJECT_TEMPLATES,
    SKILL_MARK,
    Role,
    role_by_key,
    skills_named,
)
from evals.demo.skills import aliases_of

Span = tuple[YearMonth, YearMonth | None]

ARTS_FIELDS = ("Economics", "Psychology", "Communications", "Marketing",
               "English Literature", "Interaction Design", "History", "Philosophy",
               "Geography")
UNRELATED_FIELDS = ("History", "Biology", "Philosophy", "Chemistry", "Geography")
NOT_BUILT_WITH = ("Git", "Jira", "Confluence", "Figma", "Excel", "Agile", "Scrum",
                  "Statistics", "CI/CD", "REST APIs", "Linux", "A/B Testing")
"""Skills a side project is not "built with"."""
BOOTCAMPS = ("Codeyard Academy", "Northbridge Coding School", "Lambda Street Bootcamp")


@dataclass(frozen=True)
class Brief:
    """What a person is built to be: their name, career, target job and fit."""

    first: str
    last: str
    origin: Origin
    role: str
    target_job: str | None
    fit: str
    long: bool = False


def build_person(rng: random.Random, brief: Brief, look: Look) -> Person:
    """A complete person whose history matches the brief and the resume's date style."""
    role = role_by_key(brief.role)
    job = job_by_slug(brief.target_job) if brief.target_job else None
    city = choose_city(rng, brief.origin, job)
    relevant = choose_skills(rng, brief, role, job)
    spans, side = career_spans(rng, career_months(rng, brief, job), brief.long)
    if look.year_only:
        spans = [snap_to_years(span) for span in spans]
        side = snap_to_years(side) if side else None
    positions = build_positions(rng, brief, role, city, spans, side, relevant)
    years = total_years((p.start, p.end) for p in positions)
    shown = list(relevant)
    if rng.random() < 0.5:
        rng.shuffle(shown)
    return Person(
        slug="-".join(handle_parts(brief.first, brief.last)),
        name=f"{brief.first} {brief.last}",
        email=make_email(rng, brief.first, brief.last),
        phone=make_phone(rng, city.country or brief.origin.country),
        location=city.label,
        links=make_links(rng, brief.first, brief.last, role.technical),
        headline=build_headline(rng, latest_main_title(positions), relevant),
        summary=build_summary(rng, role, relevant, years, brief.long),
        positions=positions,
        education=build_education(rng, brief, role, city, min(p.start for p in positions)),
        skills=tuple(shown),
        skill_labels=skill_labels(rng, shown),
        certifications=choose_certifications(rng, role, relevant, brief.fit),
        languages=build_languages(rng, brief.origin, city),
        projects=build_projects(rng, role, relevant, brief.long),
        role=brief.role,
        target_job=brief.target_job,
        fit=brief.fit,
    )


def choose_city(rng: random.Random, origin: Origin, job: JobSpec | None) -> City:
    """Where the person lives: often the job's city, sometimes home, sometimes anywhere."""
    if job is not None and job.remote != "remote" and rng.random() < 0.55:
        town = job.location.split(",")[0]
        return rng.choice([c for c in CITIES if c.label.startswith(town)])
    local = [c for c in CITIES if c.country == origin.country]
    if local and rng.random() < 0.4:
        return rng.choice(local)
    return rng.choice(CITIES)


def choose_skills(
    rng: random.Random, brief: Brief, role: Role, job: JobSpec | None
) -> tuple[str, ...]:
    """Skills in order of relevance, drawn so the fit level is real.

    Strong fits have every required skill, medium ones miss one or two, weak ones
    have one or two; a person from a neighbouring career has one required skill.
    Medium and weak people in the job's own career always keep its primary skill.
    """
    if job is None:
        return own_skills(rng, role, rng.randint(4, 8), ())
    required, preferred = job.required_skills, job.preferred_skills
    if role.key != job.slug:
        shared = [s for s in required if s in role.skills] or list(required)
        return (*own_skills(rng, role, rng.randint(4, 7), required), rng.choice(shared))
    extras = [s for s in role.skills if s not in required and s not in preferred]
    if brief.fit == "strong":
        req = list(required)
        pref = rng.sample(preferred, rng.randint(len(preferred) // 2, len(preferred)))
        more = rng.randint(2, 5)
    elif brief.fit == "medium":
        keep = max(1, len(required) - rng.randint(2, 3))
        req = [required[0], *rng.sample(required[1:], keep)]
        pref = rng.sample(preferred, rng.randint(0, 2))
        more = rng.randint(2, 4)
    else:
        req = [required[0], *rng.sample(required[1:], rng.randint(0, 1))]
        pref = rng.sample(preferred, rng.randint(0, 1))
        more = rng.randint(2, 3)
    req.sort(key=required.index)
    pref.sort(key=preferred.index)
    return (*req, *pref, *rng.sample(extras, min(more, len(extras))))


def own_skills(
    rng: random.Random, role: Role, count: int, exclude: tuple[str, ...]
) -> tuple[str, ...]:
    """A career's own skills: always its two core ones, then a random few, in role order."""
    pool = [s for s in role.skills if s not in exclude]
    picked = set(pool[:2]) | set(rng.sample(pool[2:], min(len(pool) - 2, max(0, count - 2))))
    return tuple(s for s in pool if s in picked)


def career_months(rng: random.Random, brief: Brief, job: JobSpec | None) -> int:
    """Length of the career in months, set by how well the person should fit."""
    if job is None:
        years = rng.uniform(2, 12)
    elif brief.role != job.slug:
        years = rng.uniform(2, job.min_years_experience + 5)
    elif brief.fit == "strong":
        years = job.min_years_experience + rng.uniform(0.5, 6)
    elif brief.fit == "medium":
        years = max(1.5, job.min_years_experience + rng.uniform(-1.5, 1.5))
    else:
        years = rng.uniform(0.8, max(1.6, job.min_years_experience * 0.5))
    return max(10, round(years * 12))


def position_count(rng: random.Random, months: int) -> int:
    """How many jobs a career of this length shows (2 to 5)."""
    if months < 30:
        return 2
    if months < 72:
        return rng.randint(2, 3)
    if months < 132:
        return rng.randint(3, 4)
    return rng.randint(3, 5)


def career_spans(rng: random.Random, months: int, long: bool) -> tuple[list[Span], Span | None]:
    """Main job spans (most recent first) and maybe one side job running alongside.

    Some careers have gaps and some have a job that starts before the previous one
    ended, so total experience is only right when overlaps are merged.
    """
    count = position_count(rng, months)
    if long:
        count = min(5, count + 1)
    weights = [rng.uniform(0.6, 1.6) for _ in range(count)]
    durations = [max(6, round(months * w / sum(weights))) for w in weights]
    current = rng.random() < 0.85
    cursor = LAST_FULL_MONTH if current else LAST_FULL_MONTH.shift(-rng.randint(1, 8))
    spans: list[Span] = []
    for index, duration in enumerate(durations):
        start = cursor.shift(-(duration - 1))
        spans.append((start, None if index == 0 and current else cursor))
        roll = rng.random()
        if roll < 0.18:
            cursor = start.shift(rng.randint(1, 4))
        elif roll < 0.55:
            cursor = start.shift(-1 - rng.randint(1, 6))
        else:
            cursor = start.shift(-1)
    return spans, side_span(rng, spans) if count < 5 else None


def side_span(rng: random.Random, spans: list[Span]) -> Span | None:
    """A freelance or part-time role inside one main job, for about one person in eight."""
    hosts = [s for s in spans if (s[1] or LAST_FULL_MONTH).index - s[0].index >= 14]
    if not hosts or rng.random() > 0.13:
        return None
    start, end = rng.choice(hosts)
    first = start.shift(rng.randint(2, 6))
    last = first.shift(rng.randint(4, 12))
    if end is None:
        return first, last if last < LAST_FULL_MONTH else None
    return first, min(last, end)


def snap_to_years(span: Span) -> Span:
    """Dates as a year-only resume states them: January to December of the years shown."""
    start, end = span
    snapped = YearMonth(start.year, 1)
    if end is None:
        return snapped, None
    return snapped, min(YearMonth(end.year, 12), LAST_FULL_MONTH)


def seniority_level(months_in: int) -> int:
    """0 junior, 1 mid, 2 senior, 3 lead, from months of career before a job began."""
    if months_in < 24:
        return 0
    if months_in < 60:
        return 1
    if months_in < 108:
        return 2
    return 3


def build_positions(
    rng: random.Random,
    brief: Brief,
    role: Role,
    city: City,
    spans: list[Span],
    side: Span | None,
    skills: tuple[str, ...],
) -> tuple[Position, ...]:
    """Jobs with titles that grow with experience, places, employers and achievements."""
    first_start = min(start for start, _ in spans)
    employers = rng.sample(EMPLOYERS, len(spans))
    used: set[str] = set()
    covered: set[str] = set()
    positions = []
    for index, (start, end) in enumerate(spans):
        level = seniority_level(start.index - first_start.index)
        months = (end or LAST_FULL_MONTH).index - start.index + 1
        titles = [t for t in role.titles[level] if "Intern" not in t or months <= 12]
        low, high = (5, 7) if brief.long else (2, 4)
        count = rng.randint(low, high) - (index >= 2)
        positions.append(Position(
            title=rng.choice(titles),
            company=employers[index],
            location=job_location(rng, brief.origin, city, index),
            start=start,
            end=end,
            bullets=pick_bullets(rng, role, skills, count, used, covered),
        ))
    if side is not None:
        level = max(1, seniority_level(side[0].index - first_start.index))
        positions.append(Position(
            title=f"{rng.choice(('Freelance', 'Part-time'))} {role.titles[level][0]}",
            company=rng.choice(SIDE_EMPLOYERS),
            location="Remote",
            start=side[0],
            end=side[1],
            bullets=pick_bullets(rng, role, skills, rng.randint(1, 2), used, covered),
        ))
    positions.sort(key=lambda p: (p.start, p.end or LAST_FULL_MONTH.shift(1)), reverse=True)
    return tuple(positions)


def latest_main_title(positions: tuple[Position, ...]) -> str:
    """Title of the newest main job (a freelance role on the side is not the headline)."""
    return next(p.title for p in positions if p.company not in SIDE_EMPLOYERS)


def job_location(rng: random.Random, origin: Origin, city: City, index: int) -> str:
    """Recent jobs are where the person lives; older ones often back home or remote."""
    roll = rng.random()
    if roll < 0.1 or (city.label == "Remote" and index == 0):
        return "Remote"
    if city.label != "Remote" and (index == 0 or roll < 0.55):
        return city.label
    return home_city(rng, origin.country)


def pick_bullets(
    rng: random.Random,
    role: Role,
    skills: tuple[str, ...],
    count: int,
    used: set[str],
    covered: set[str],
) -> tuple[str, ...]:
    """Achievements that only name skills the person has, spreading over all of them."""
    have = set(skills)
    pool = [t for t in role.bullets if t not in used and skills_named(t) <= have]
    rng.shuffle(pool)
    pool.sort(key=lambda t: (-len(skills_named(t) - covered), -len(skills_named(t))))
    chosen = pool[:count]
    generic = GENERIC_TECH_BULLETS if role.technical else GENERIC_BUSINESS_BULLETS
    spare = [t for t in generic if t not in used]
    rng.shuffle(spare)
    chosen += spare[: max(0, count - len(chosen))]
    used.update(chosen)
    for template in chosen:
        covered.update(skills_named(template))
    return tuple(fill_template(rng, t) for t in chosen)


def fill_template(rng: random.Random, template: str) -> str:
    """Replace skill marks with their surface words and number marks with numbers."""
    text = SKILL_MARK.sub(lambda m: m.group(2) or m.group(1), template)

    def number(match: re.Match[str]) -> str:
        key = match.group(1)
        low, high = next((lo, hi) for name, lo, hi in NUMBER_RANGES if name == key)
        return str(rng.randint(low, high))

    return NUMBER_MARK.sub(number, text)


def skill_labels(rng: random.Random, skills: list[str]) -> tuple[str, ...]:
    """Skills as printed: some people write "Postgres" or "k8s" instead."""
    if rng.random() < 0.55:
        return tuple(skills)
    labels = []
    for skill in skills:
        aliases = aliases_of(skill)
        labels.append(rng.choice(aliases) if aliases and rng.random() < 0.6 else skill)
    return tuple(labels)


def years_phrase(rng: random.Random, years: float) -> str:
    """Career length as people write it: "7", "7+" or "over 7"."""
    whole = int(years)
    if whole < 2:
        return "1+"
    if years - whole < 0.25:
        return rng.choice((str(whole), f"{whole}+"))
    return rng.choice((str(whole), f"{whole}+", f"over {whole}"))


def build_summary(
    rng: random.Random, role: Role, skills: tuple[str, ...], years: float, long: bool
) -> str:
    """A short profile paragraph naming the person's most relevant skills."""
    template = rng.choice(role.summaries)
    names = [*skills, *skills, *skills][:3]
    text = template.format(years=years_phrase(rng, years), s1=names[0], s2=names[1],
                           s3=names[2])
    if long or rng.random() < 0.3:
        text += " " + rng.choice(EXTRA_SUMMARIES)
    return text


def build_projects(
    rng: random.Random, role: Role, skills: tuple[str, ...], long: bool
) -> tuple[Project, ...]:
    """Side projects for some technical people: text that must not count as a job."""
    if not role.technical or (not long and rng.random() > 0.3):
        return ()
    count = rng.randint(2, 3) if long else 1
    usable = [s for s in skills if s not in NOT_BUILT_WITH] or list(skills)
    projects = []
    for name, purpose in zip(rng.sample(PROJECT_NAMES, count),
                             rng.sample(PROJECT_PURPOSES, count), strict=True):
        s1, s2 = rng.sample(usable, 2) if len(usable) > 1 else (usable[0], usable[0])
        text = rng.choice(PROJECT_TEMPLATES).format(purpose=purpose, s1=s1, s2=s2)
        projects.append(Project(name, fill_template(rng, text)))
    return tuple(projects)


def build_headline(rng: random.Random, title: str, skills: tuple[str, ...]) -> str:
    """The line under the name: latest title, sometimes with key skills."""
    top = skills[:3]
    return rng.choice((
        title,
        f"{title} | {' · '.join(top)}",
        f"{title} — {', '.join(top[:2])}",
        f"{title} specialising in {top[0]}",
    ))


def degree_label(level: str, field: str | None, country: str, form: int) -> str:
    """A degree name in one of three spellings (short, dotted, long)."""
    field = field or ""
    technical = any(w in field for w in ("Computer", "Engineering", "Software", "Electronics",
                                         "Information"))
    if level == "phd":
        options = ("PhD", "Ph.D.", "Doctor of Philosophy")
    elif level == "certificate":
        options = ("Certificate", "Certificate", "Professional Certificate")
    elif level == "master":
        if not field:
            options = ("MBA", "M.B.A.", "Master of Business Administration")
        elif field in ARTS_FIELDS:
            options = ("MA", "M.A.", "Master of Arts")
        elif "Engineering" in field:
            options = ("MEng", "M.Eng.", "Master of Engineering")
        else:
            options = ("MSc", "M.Sc.", "Master of Science")
    elif country == "IN" and technical:
        options = ("B.Tech", "B.E.", "Bachelor of Technology")
    elif field in ARTS_FIELDS:
        options = ("BA", "B.A.", "Bachelor of Arts")
    elif "Engineering" in field:
        options = ("BEng", "B.Eng.", "Bachelor of Engineering")
    else:
        options = ("BSc", "B.Sc.", "Bachelor of Science")
    return options[form]


def build_education(
    rng: random.Random, brief: Brief, role: Role, city: City, first_start: YearMonth
) -> tuple[Degree, ...]:
    """Degrees ending around the start of the career, most recent first."""
    last_year = first_start.year - rng.choice((0, 0, 1))
    form = rng.randrange(3)
    field = rng.choice(role.fields)
    if brief.fit == "weak" and role.technical and rng.random() < 0.15:
        return (Degree("certificate", degree_label("certificate", None, "", form),
                       "Web Development", rng.choice(BOOTCAMPS), last_year),)
    if brief.fit == "weak" and rng.random() < 0.3:
        field = rng.choice(UNRELATED_FIELDS)
    levels = ["bachelor"]
    if rng.random() < master_chance(role.key, brief.fit):
        levels.append("master")
        if role.key == "ml-engineer" and brief.fit == "strong" and rng.random() < 0.35:
            levels.append("phd")
    degrees = []
    year = last_year
    for level in reversed(levels):
        subject = field
        if level == "master" and role.key == "product-manager":
            subject = None
        elif level != "bachelor" and rng.random() < 0.5:
            subject = rng.choice(role.fields)
        school = school_for(rng, brief.origin, city, abroad=level != "bachelor")
        degrees.append(Degree(level, degree_label(level, subject, brief.origin.country, form),
                              subject, school, year))
        year -= 4 if level == "phd" else 2 if level == "master" else 0
    return tuple(degrees)


def master_chance(role: str, fit: str) -> float:
    """How likely a further degree is: most ML engineers have one, MBAs are common in PM."""
    if role == "ml-engineer":
        return {"strong": 0.85, "medium": 0.5}.get(fit, 0.3)
    return 0.4 if role == "product-manager" else 0.3


def school_for(rng: random.Random, origin: Origin, city: City, abroad: bool) -> str:
    """A first degree from home; later ones sometimes from the country lived in."""
    if abroad and rng.random() < 0.5:
        local = [s for o in ORIGINS if o.country == city.country for s in o.schools]
        if local:
            return rng.choice(local)
    return rng.choice(origin.schools)


def choose_certifications(
    rng: random.Random, role: Role, skills: tuple[str, ...], fit: str
) -> tuple[str, ...]:
    """Certificates, only ones backed by skills the person lists."""
    eligible = [c.name for c in role.certifications if set(c.skills) <= set(skills)]
    chance = {"strong": 0.55, "medium": 0.35}.get(fit, 0.1)
    if not eligible or rng.random() >= chance:
        return ()
    return tuple(rng.sample(eligible, min(len(eligible), rng.randint(1, 2))))


def build_languages(rng: random.Random, origin: Origin, city: City) -> tuple[Language, ...]:
    """Mother tongue, English and maybe the local language; some resumes list none."""
    if rng.random() < 0.15:
        return ()
    english_level = rng.choice(("fluent", "C1", "C2", "professional working proficiency"))
    if origin.language == "English":
        english_level = "native"
    elif origin.country in ("NG", "GH", "PH", "IN"):
        english_level = "fluent"
    languages = [Language("English", english_level)]
    if origin.language != "English":
        languages.insert(rng.randrange(2), Language(origin.language, "native"))
    local = city.language
    if local and local not in (origin.language, "English") and rng.random() < 0.6:
        languages.append(Language(local, rng.choice(("B1", "B2", "C1", "conversational"))))
    if rng.random() < 0.15:
        extra = rng.choice([x for x in ("Spanish", "French", "German", "Italian")
                            if x not in {lang.name for lang in languages}])
        languages.append(Language(extra, rng.choice(("A2", "basic"))))
    return tuple(languages)
