"""Render-and-parse: JSON Resume files drawn ten ways, parsed back, every field compared.

Each `resumes/jsonresume/*.json` is rendered by `evals.render` as a one-column
PDF, a two-column PDF, a DOCX, a Word résumé template DOCX, a JSON
Resume-style HTML page, a LinkedIn "Save to PDF"-style profile export, a
Google Docs résumé template, a Europass CV, "Jake's Resume" and a designer
timeline template, the last six printed to PDF by Chromium (dates in a style
that varies by resume and layout; the LinkedIn, Google Docs and Europass looks
keep their own; the browser looks are skipped, with a note, when Chromium or
Playwright is missing) into a temporary folder, then read back by Scout
(`read_resume`, as an upload) and by the peers. The JSON is the ground truth:

* name, email, phone (last ten digits), location ("City, Region"; right when
  the comma parts of one include the other's; not scored on Jake's Resume,
  whose header prints none) — accuracy;
* links (personal site and profiles, without scheme or `www.`) — micro F1;
* experience entries — an entry counts when title, company, start and end
  (`YYYY-MM`; a current job must be marked current with no end) are all
  right; micro F1 with one-to-one matching. Title, company, start and end are
  also scored alone, on the parsed entry that agrees best with each job;
* education entries — institution and graduation year right; degree type
  (`common.degree_key`) scored alone on the best-agreeing entry;
* skills — the declared skills (skills keywords, a skills heading without
  keywords or one the taxonomy knows, and work keywords) through
  `Taxonomy.canonical`: "skills" counts the ones the taxonomy knows (on
  both sides), "skills (all)" all of them. Skills the parser finds in the work bullets
  but the author did not declare count as false positives (the JSON lists
  them, most often first, under `undeclared_skills`). Not scored on the
  LinkedIn-style look, which prints only three "Top Skills";
* total years — within ±1 year of the years merged from the JSON work dates
  (months counted in full, overlaps once, a current job up to the reference
  date).

    python -m evals.parsing_rendered [--no-peers] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from core.errors import ScoutError
from core.resume import EducationEntry, ExperienceEntry, ParsedResume
from core.settings import Settings
from evals.common import (
    REFERENCE_DATE,
    Counts,
    EvalRecord,
    base_config,
    degree_key,
    digits,
    eval_data_dir,
    fingerprint,
    fmt,
    location_matches,
    merged_years,
    norm,
    norm_url,
    one_to_one,
    print_table,
    record,
    require,
    skip_if_missing,
    write_results,
)
from evals.peers import PeerInput, PeerRun, peer_config, run_peers
from evals.render import (
    BROWSER_FORMATS,
    FORMATS,
    Format,
    HtmlPrinter,
    PrinterUnavailable,
    Resume,
    extension,
    render,
    resume_from_json,
    style_for,
)
from evals.render.model import PartialDate
from tools.read_resume import read_resume
from tools.taxonomy import Taxonomy

NAME = "parsing_rendered"
DATA_DIR = "resumes/jsonresume"
YEARS_TOLERANCE = 1.0
ACCURACY_FIELDS = (
    "name",
    "email",
    "phone",
    "location",
    "exp_title",
    "exp_company",
    "exp_start",
    "exp_end",
    "degree",
    "total_years_pm1",
)
# Looks that print only a sample of the skills (LinkedIn's three "Top Skills"): their
# skills are not scored (n/a), since the truth lists skills the page never shows.
SAMPLED_SKILLS = frozenset({"pdf_linkedin"})
# Looks whose header prints no home location (Jake's Resume): location is not scored (n/a).
NO_LOCATION = frozenset({"pdf_jake"})
F1_FIELDS = ("links", "experience_entries", "education_entries", "skills", "skills_all")
ROW_ORDER = (
    "name",
    "email",
    "phone",
    "location",
    "links",
    "experience_entries",
    "exp_title",
    "exp_company",
    "exp_start",
    "exp_end",
    "education_entries",
    "degree",
    "skills",
    "skills_all",
    "total_years_pm1",
)
PEER_FIELD = MappingProxyType(
    {
        "experience_entries": "experience",
        "exp_title": "experience",
        "exp_company": "experience",
        "exp_start": "experience",
        "exp_end": "experience",
        "education_entries": "colleges",
        "degree": "degrees",
        "skills_all": "skills",
        "total_years_pm1": "total_years",
    }
)


@dataclass(frozen=True)
class JobTruth:
    """One job as the JSON states it, dates as the renderer wrote them."""

    title: str
    company: str
    start: str | None
    end: str | None  # None for a current job

    @property
    def current(self) -> bool:
        """A job without an end date is current."""
        return self.end is None


@dataclass(frozen=True)
class Truth:
    """Every compared field of one JSON resume, normalised."""

    name: str
    email: str
    phone: str
    location: str
    links: frozenset[str]
    jobs: tuple[JobTruth, ...]
    schools: tuple[tuple[str, int | None, str], ...]  # institution, graduation year, degree
    skills: frozenset[str]
    skills_all: frozenset[str]
    total_years: float


@dataclass
class DocScore:
    """How one parser did on one rendered file."""

    doc: str
    layout: str
    ok: dict[str, bool] = field(default_factory=dict)
    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    extra_skills: list[str] = field(default_factory=list)  # found but not declared

    def check(self, name: str, ok: bool, expected: Any, got: Any) -> None:
        """Record an accuracy field (and the miss when wrong)."""
        self.ok[name] = ok
        if not ok:
            self.misses.append({"field": name, "expected": expected, "got": got})


# --- ground truth -----------------------------------------------------------------------------


def _iso(value: PartialDate | None) -> str | None:
    return value.iso if value else None


def _day(value: PartialDate, end: bool) -> date:
    """A partial date as a day: a year-only end means December."""
    month = value.month or (12 if end else 1)
    return date(value.year, month, 1)


def truth_of(resume: Resume, taxonomy: Taxonomy) -> Truth:
    """The ground truth of one resume."""
    declared = [kw for group in resume.skills for kw in group.keywords]
    declared += [g.name for g in resume.skills if not g.keywords or taxonomy.canonical(g.name)]
    declared += [kw for job in resume.work for kw in job.keywords]
    ranges = [
        (_day(job.start, False), _day(job.end, True) if job.end else REFERENCE_DATE)
        for job in resume.work
        if job.start
    ]
    return Truth(
        name=norm(resume.name),
        email=norm(resume.email),
        phone=digits(resume.phone),
        location=resume.location,
        links=frozenset(norm_url(u) for u in resume.links),
        jobs=tuple(
            JobTruth(norm(j.title), norm(j.company), _iso(j.start), _iso(j.end))
            for j in resume.work
        ),
        schools=tuple(
            (norm(s.institution), s.end.year if s.end else None, degree_key(s.study_type))
            for s in resume.education
        ),
        skills=frozenset(c for s in declared if (c := taxonomy.canonical(s))),
        skills_all=frozenset(taxonomy.canonical(s) or norm(s) for s in declared if norm(s)),
        total_years=merged_years(ranges),
    )


# --- scoring ----------------------------------------------------------------------------------


def _job_agreement(job: ExperienceEntry, truth: JobTruth) -> tuple[bool, bool, bool, bool]:
    """Which of title, company, start and end agree."""
    end_ok = (job.current and job.end is None) if truth.current else (job.end == truth.end)
    return (
        norm(job.title) == truth.title,
        norm(job.company) == truth.company,
        job.start == truth.start,
        end_ok,
    )


def _show_job(job: ExperienceEntry) -> str:
    end = "current" if job.current else job.end
    return f"{job.title} | {job.company} | {job.start} – {end}"


def _show_truth(job: JobTruth) -> str:
    return f"{job.title} | {job.company} | {job.start} – {job.end or 'current'}"


def score_jobs(score: DocScore, jobs: Sequence[ExperienceEntry], truth: Truth) -> None:
    """Entry F1 and per-attribute accuracy of the experience section."""
    pairs = one_to_one(jobs, truth.jobs, lambda j, t: all(_job_agreement(j, t)))
    score.counts["experience_entries"] = (
        len(pairs),
        len(jobs) - len(pairs),
        len(truth.jobs) - len(pairs),
    )
    matched = {j for _, j in pairs}
    agree = [0, 0, 0, 0]
    for index, want in enumerate(truth.jobs):
        best = max((_job_agreement(job, want) for job in jobs), key=sum, default=(False,) * 4)
        agree = [a + int(b) for a, b in zip(agree, best, strict=True)]
        if index not in matched:
            near = max(jobs, key=lambda j, w=want: sum(_job_agreement(j, w)), default=None)
            score.misses.append(
                {
                    "field": "experience_entries",
                    "expected": _show_truth(want),
                    "got": _show_job(near) if near else None,
                }
            )
    for name, count in zip(
        ("exp_title", "exp_company", "exp_start", "exp_end"), agree, strict=True
    ):
        score.counts[name] = (count, 0, len(truth.jobs) - count)  # accuracy as tp / total
    for job in jobs:
        if not any(all(_job_agreement(job, t)) for t in truth.jobs):
            score.misses.append(
                {"field": "experience_extra", "expected": None, "got": _show_job(job)}
            )


def _school_ok(entry: EducationEntry, want: tuple[str, int | None, str]) -> bool:
    return norm(entry.institution) == want[0] and entry.graduation_year == want[1]


def score_schools(score: DocScore, schools: Sequence[EducationEntry], truth: Truth) -> None:
    """Education entry F1 and degree-type accuracy."""
    pairs = one_to_one(schools, truth.schools, _school_ok)
    score.counts["education_entries"] = (
        len(pairs),
        len(schools) - len(pairs),
        len(truth.schools) - len(pairs),
    )
    right = 0
    for want in truth.schools:
        same_school = [s for s in schools if norm(s.institution) == want[0]] or list(schools)
        got = [degree_key(s.degree) for s in same_school]
        right += int(want[2] in got)
        if want[2] not in got:
            score.misses.append({"field": "degree", "expected": want[2], "got": got})
    score.counts["degree"] = (right, 0, len(truth.schools) - right)
    matched = {j for _, j in pairs}
    for j, want in enumerate(truth.schools):
        if j not in matched:
            got = [(s.institution, s.graduation_year) for s in schools]
            score.misses.append({"field": "education_entries", "expected": want[:2], "got": got})


def score_doc(
    parsed: ParsedResume, truth: Truth, doc: str, layout: str, taxonomy: Taxonomy
) -> DocScore:
    """Every field of one parsed file against its truth."""
    score = DocScore(doc, layout)
    score.check("name", norm(parsed.name) == truth.name, truth.name, parsed.name)
    email = norm(parsed.emails[0]) if parsed.emails else ""
    score.check("email", email == truth.email, truth.email, parsed.emails)
    phone = digits(parsed.phones[0]) if parsed.phones else ""
    score.check("phone", phone == truth.phone, truth.phone, parsed.phones)
    if layout not in NO_LOCATION:
        score.check(
            "location",
            location_matches(parsed.location or "", truth.location),
            truth.location,
            parsed.location,
        )
    links = {norm_url(u) for u in parsed.links}
    _set(score, "links", links, set(truth.links))
    score_jobs(score, parsed.experience, truth)
    score_schools(score, parsed.education, truth)
    skills = {taxonomy.canonical(s.name) or norm(s.name) for s in parsed.skills if norm(s.name)}
    known = {s for s in skills if taxonomy.canonical(s)}  # the truth side is filtered alike
    if layout in SAMPLED_SKILLS:  # the page shows a few of the skills: nothing to compare
        score.counts["skills"] = score.counts["skills_all"] = (0, 0, 0)
    else:
        _set(score, "skills", known, set(truth.skills))
        _set(score, "skills_all", skills, set(truth.skills_all), keep_miss=False)
        score.extra_skills = sorted(skills - truth.skills_all)
    years = parsed.total_years_experience
    ok = years is not None and abs(years - truth.total_years) <= YEARS_TOLERANCE
    score.check("total_years_pm1", ok, round(truth.total_years, 2), years)
    return score


def _set(score: DocScore, name: str, got: set[str], want: set[str], keep_miss: bool = True) -> None:
    counts = Counts()
    counts.add(got, want)
    score.counts[name] = (counts.tp, counts.fp, counts.fn)
    if keep_miss and got != want:
        score.misses.append(
            {"field": name, "expected": sorted(want - got), "got": sorted(got - want)}
        )


def field_detail(scores: Sequence[DocScore], name: str) -> str:
    """How a field's score was counted, for the record's comment."""
    if not scores:
        return "no files"
    rated = [s.ok[name] for s in scores if name in s.ok]
    if rated:
        return f"accuracy; {sum(rated)}/{len(rated)} files"
    counts = Counts()
    for s in scores:
        counts.add_counts(*s.counts[name])
    if name in ACCURACY_FIELDS:
        return f"accuracy over expected entries; {counts.tp}/{counts.tp + counts.fn}"
    return (
        f"micro F1 over {len(scores)} files; P={fmt(counts.precision)} "
        f"R={fmt(counts.recall)} tp={counts.tp} fp={counts.fp} fn={counts.fn}"
    )


def field_score(scores: Sequence[DocScore], name: str) -> float | None:
    """Accuracy (share of documents or expected entries right) or micro F1 over documents."""
    if not scores:
        return None
    rated = [s.ok[name] for s in scores if name in s.ok]
    if name in ACCURACY_FIELDS and rated:
        return sum(rated) / len(rated)
    if name in ACCURACY_FIELDS and name not in scores[0].counts:
        return None  # a field no file of these looks prints
    counts = Counts()
    for s in scores:
        counts.add_counts(*s.counts[name])
    if name in ACCURACY_FIELDS:  # entry-level accuracy kept as (right, 0, wrong)
        return counts.recall
    return counts.f1


# --- running ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendered:
    """One rendered file of one resume."""

    doc: str
    layout: str
    style: str
    path: Path
    truth: Truth

    @property
    def id(self) -> str:
        """A stable id: resume stem and layout."""
        return f"{self.doc}::{self.layout}"


def short_name(path: Path) -> str:
    """A readable id for a JSON Resume file ("...schema_examples_new-grad" -> "new-grad")."""
    stem = path.name.removesuffix(".json").removesuffix(".resume")
    return stem.split("__")[-1].split("_")[-1] or stem


def render_all(
    paths: list[Path], out_dir: Path, taxonomy: Taxonomy, printer: HtmlPrinter | None = None
) -> list[Rendered]:
    """Every resume in every layout, written to `out_dir` (browser looks only with a printer)."""
    rendered = []
    for i, path in enumerate(paths):
        raw = json.loads(path.read_text(encoding="utf-8"))
        resume = resume_from_json(raw)
        truth = truth_of(resume, taxonomy)
        doc = f"{i}-{short_name(path)}"
        for j, layout in enumerate(FORMATS):
            if layout in BROWSER_FORMATS and printer is None:
                continue
            style = style_for(i, j)  # by position in FORMATS, so older looks keep their style
            file = out_dir / f"{doc}__{layout}{extension(layout)}"
            file.write_bytes(render(resume, layout, style, printer))
            rendered.append(Rendered(doc, layout, style.name, file, truth))
    return rendered


def render_with_browser(paths: list[Path], out_dir: Path, taxonomy: Taxonomy) -> list[Rendered]:
    """`render_all` with one Chromium for the whole run, or without the HTML look when absent.

    The browser is closed before anything is parsed.
    """
    try:
        with HtmlPrinter() as printer:
            return render_all(paths, out_dir, taxonomy, printer)
    except PrinterUnavailable as exc:
        skipped = ", ".join(sorted(BROWSER_FORMATS))
        print(f"{NAME}: {skipped} skipped — {exc}")
        return render_all(paths, out_dir, taxonomy)


def scout_scores(
    files: list[Rendered], settings: Settings, taxonomy: Taxonomy
) -> tuple[list[DocScore], dict[str, Any]]:
    """Scout on every rendered file; also returns its parses for the JSON."""
    scores, parses = [], {}
    for item in files:
        try:
            parsed = read_resume(
                item.path.name,
                item.path.read_bytes(),
                settings=settings,
                taxonomy=taxonomy,
                reference_date=REFERENCE_DATE,
            ).parsed
        except ScoutError as exc:
            parsed = ParsedResume(warnings=[f"read failed: {exc}"])
        parses[item.id] = parsed.model_dump(exclude_defaults=True, exclude={"summary"})
        scores.append(score_doc(parsed, item.truth, item.doc, item.layout, taxonomy))
    return scores, parses


def peer_scores(run: PeerRun, files: list[Rendered], taxonomy: Taxonomy) -> list[DocScore]:
    """A peer's scores on the files it read (a crash on a file counts as an empty parse)."""
    readable = [f for f in files if extension(f.layout).lstrip(".") in run.peer.accepts]
    return [
        score_doc(run.parsed.get(f.id, ParsedResume()), f.truth, f.doc, f.layout, taxonomy)
        for f in readable
    ]


def _peer_has(run: PeerRun, name: str) -> bool:
    return run.ran and PEER_FIELD.get(name, name) in run.peer.fields


def _table(
    title: str, columns: list[tuple[str, list[DocScore], Callable[[str], bool]]]
) -> tuple[str, list[EvalRecord]]:
    rows, records = [], []
    for name in ROW_ORDER:
        row = [name]
        for label, scores, has in columns:
            value = field_score(scores, name) if has(name) and scores else None
            row.append(fmt(value))
            comment = field_detail(scores, name) if value is not None else "field not produced"
            records.append(record(f"{label}/{name}", value, comment))
        rows.append(row)
    text = print_table(title, ["field", *(label for label, _, _ in columns)], rows)
    return text, records


def _everything(_: str) -> bool:
    return True


def rendered_layouts(files: list[Rendered]) -> list[Format]:
    """The layouts that were rendered this run, in `FORMATS` order."""
    present = {f.layout for f in files}
    return [layout for layout in FORMATS if layout in present]


LAYOUT_TABLES = MappingProxyType(
    {
        "pdf_two_column": "Two-column PDFs only",
        "pdf_html": "Browser-printed HTML PDFs only",
        "pdf_linkedin": "LinkedIn-style PDFs only",
        "pdf_gdocs": "Google Docs template PDFs only",
        "pdf_europass": "Europass CV PDFs only",
        "pdf_jake": "Jake's Resume PDFs only",
        "pdf_timeline": "Timeline designer template PDFs only",
    }
)


def _layout_table(
    layout: str,
    scout: list[DocScore],
    runs: list[PeerRun],
    files: list[Rendered],
    taxonomy: Taxonomy,
) -> tuple[str, list[EvalRecord]]:
    """Scout beside the PDF-reading peers on one layout."""
    columns = [(f"scout/{layout}", [s for s in scout if s.layout == layout], _everything)]
    subset = [f for f in files if f.layout == layout]
    for run in runs:
        if "pdf" in run.peer.accepts:
            columns.append(
                (
                    f"{run.peer.name}/{layout}",
                    peer_scores(run, subset, taxonomy),
                    lambda name, r=run: _peer_has(r, name),
                )
            )
    return _table(LAYOUT_TABLES[layout], columns)


def reports(
    scout: list[DocScore], runs: list[PeerRun], files: list[Rendered], taxonomy: Taxonomy
) -> tuple[list[str], list[EvalRecord]]:
    """Scout by layout, Scout beside the peers on PDF and on DOCX, then per hard layout."""
    tables, records = [], []
    layouts_run = rendered_layouts(files)
    by_layout = [("scout/all", scout, _everything)] + [
        (f"scout/{layout}", [s for s in scout if s.layout == layout], _everything)
        for layout in layouts_run
    ]
    text, recs = _table(f"Scout on rendered JSON resumes ({len(scout)} files)", by_layout)
    tables.append(text)
    records += recs
    pdf_layouts = tuple(layout for layout in layouts_run if extension(layout) == ".pdf")
    docx_layouts = tuple(layout for layout in layouts_run if extension(layout) == ".docx")
    for kind, layouts in (("pdf", pdf_layouts), ("docx", docx_layouts)):
        subset = [f for f in files if f.layout in layouts]
        columns = [(f"scout/{kind}", [s for s in scout if s.layout in layouts], _everything)]
        for run in runs:
            if kind in run.peer.accepts:
                columns.append(
                    (
                        f"{run.peer.name}/{kind}",
                        peer_scores(run, subset, taxonomy),
                        lambda name, r=run: _peer_has(r, name),
                    )
                )
        text, recs = _table(f"Scout vs peers, {kind.upper()} ({len(subset)} files)", columns)
        tables.append(text)
        records += recs
    for layout in LAYOUT_TABLES:
        if layout in layouts_run:
            text, recs = _layout_table(layout, scout, runs, files, taxonomy)
            tables.append(text)
            records += recs
    return tables, records


def error_summary(scout: list[DocScore]) -> dict[str, Any]:
    """Scout's misses grouped by field, and where its undeclared skills came from."""
    by_field: dict[str, list[dict[str, Any]]] = {}
    for s in scout:
        for miss in s.misses:
            by_field.setdefault(miss["field"], []).append({"file": f"{s.doc}::{s.layout}", **miss})
    extra = Counter(skill for s in scout for skill in s.extra_skills)
    return {"misses": by_field, "undeclared_skills": extra.most_common()}


def main(argv: list[str] | None = None) -> int:
    """Run the eval; a missing data folder is reported and skipped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-peers", action="store_true", help="skip the open parsers")
    parser.add_argument("--keep", type=Path, help="write the rendered files here and keep them")
    args = parser.parse_args(argv)
    return skip_if_missing(NAME, lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    settings = Settings()
    data_dir = eval_data_dir(settings)
    (folder,) = require(data_dir, DATA_DIR)
    paths = sorted(folder.glob("*.json"))
    taxonomy = Taxonomy.load()
    print(f"{NAME}: {len(paths)} JSON resumes × {len(FORMATS)} layouts from {folder}")
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        files = render_with_browser(paths, out_dir, taxonomy)
        scout, parses = scout_scores(files, settings, taxonomy)
        inputs = [
            PeerInput(id=f.id, kind=extension(f.layout).lstrip("."), path=f.path) for f in files
        ]
        runs = run_peers(inputs, settings, enabled=not args.no_peers)
    tables, records = reports(scout, runs, files, taxonomy)
    config = base_config(
        NAME,
        data_dir,
        data_files=fingerprint(paths),
        layouts=rendered_layouts(files),
        date_styles={f.id: f.style for f in files},
        years_tolerance=YEARS_TOLERANCE,
        peers=peer_config(runs),
    )
    details = {
        "tables": tables,
        "truth_total_years": {f.doc: round(f.truth.total_years, 2) for f in files},
        "scout_errors": error_summary(scout),
        "scout_parses": parses,
        "peer_failures": {run.peer.name: run.error or run.failures for run in runs},
    }
    write_results(NAME, config, records, details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
