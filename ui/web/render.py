"""Markdown and charts for chat messages: tables, evidence, scorecards."""

from __future__ import annotations

import re
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from core.ingest import IngestResult
from tools.interview_service import InterviewReport
from tools.shortlist import ShortlistEntry


def cell(value: object) -> str:
    """A value safe inside a markdown table cell."""
    return str(value if value is not None else "—").replace("|", "\\|").replace("\n", " ")


def table(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A markdown table."""
    head = "| " + " | ".join(cell(c) for c in columns) + " |"
    rule = "|" + "---|" * len(columns)
    body = ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])


def _short(items: Sequence[str], limit: int = 4) -> str:
    more = f" +{len(items) - limit}" if len(items) > limit else ""
    return ", ".join(items[:limit]) + more if items else "—"


def _why(explanation: str, limit: int = 160) -> str:
    """The explanation's first sentences, up to `limit` characters (the rest is in Evidence)."""
    shown = ""
    for sentence in re.split(r"(?<=\.)\s+", explanation):
        if shown and len(shown) + len(sentence) > limit:
            return shown + " …"
        shown = f"{shown} {sentence}".strip()
    return shown


def shortlist_table(entries: Sequence[ShortlistEntry]) -> str:
    """The ranked shortlist: rank, name, score, matched and missing skills, why."""
    rows = [
        (
            f"#{e.rank}",
            e.name or "(no name)",
            f"{e.overall:.0f}" + (" (stale)" if e.stale else "")
            + (" — check warnings" if e.warnings else ""),
            _short(e.matched_skills),
            _short(e.missing_skills, 3),
            _why(e.explanation),
        )
        for e in entries
    ]
    return table(["Rank", "Candidate", "Score", "Matched", "Missing", "Why"], rows)


def evidence_markdown(entry: ShortlistEntry) -> str:
    """Every dimension of a candidate's score with the lines that support it."""
    lines = [f"**{entry.name or entry.candidate_id}** — {entry.overall:.0f}/100", ""]
    lines += [f"> **Warning:** {cell(warning)}" for warning in entry.warnings]
    if entry.warnings:
        lines.append("")
    for dimension in entry.dimensions:
        label = dimension.name.replace("_", " ").capitalize()
        lines.append(f"- **{label}** {dimension.score:.0f} (weight {dimension.weight:g})")
        lines += [f"  - {cell(item)}" for item in dimension.evidence[:4]]
    return "\n".join(lines)


def comparison_table(entries: Sequence[ShortlistEntry]) -> str:
    """Candidates side by side, dimension by dimension."""
    names = [e.name or e.candidate_id for e in entries]
    dimensions = [d.name for d in entries[0].dimensions] if entries else []
    rows = [["Overall", *[f"{e.overall:.0f}" for e in entries]]]
    for name in dimensions:
        scores = [next((f"{d.score:.0f}" for d in e.dimensions if d.name == name), "—")
                  for e in entries]
        rows.append([name.replace("_", " ").capitalize(), *scores])
    rows.append(["Missing", *[_short(e.missing_skills, 3) for e in entries]])
    return table(["", *names], rows)


def _reason(result: IngestResult) -> str:
    """The error without a repeated "file name: " in front."""
    text = result.error or ""
    prefix = f"{result.file}: "
    return cell(text[len(prefix):] if text.startswith(prefix) else text)


def ingest_summary(results: Sequence[IngestResult]) -> str:
    """One line per outcome kind, then every error with its file."""
    done = sum(r.status == "ingested" for r in results)
    again = sum(r.status == "duplicate" for r in results)
    failed = [r for r in results if r.status == "error"]
    noted = [r for r in results if r.status != "error" and r.error]
    lines = [f"Screened {len(results)} files: {done} new, {again} already known, "
             f"{len(failed)} could not be read."]
    lines += [f"- **{cell(r.file)}** could not be read: {_reason(r)}" for r in failed]
    lines += [f"- **{cell(r.file)}**: {_reason(r)}" for r in noted]
    return "\n".join(lines)


def unscreened_note(resumes: int, job_files: Sequence[str]) -> str:
    """Why resumes sent with job descriptions that were all refused or unreadable were not screened.

    They came for those jobs, so screening them against the job in focus
    would rank them for a job they were not sent for.
    """
    names = ", ".join(f"**{cell(name)}**" for name in job_files)
    return (
        f"The {resumes} resume{'s' if resumes != 1 else ''} sent with {names} "
        f"{'were' if resumes != 1 else 'was'} not screened, since no job description was "
        "added. Send a corrected job description with them, or the resumes alone to screen "
        "them for the job in focus."
    )


def score_chart(scores: Sequence[float], title: str) -> Figure:
    """A histogram of a job's match scores (0–100, bins of 10)."""
    figure = Figure(figsize=(6, 2.6), dpi=100)
    axes = figure.subplots()
    axes.hist(list(scores), bins=range(0, 101, 10), color="#3b82f6", edgecolor="white")
    axes.set_xlim(0, 100)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("match score")
    axes.set_ylabel("candidates")
    axes.set_title(title, fontsize=10)
    figure.tight_layout()
    return figure


def scorecard_markdown(report: InterviewReport, title: str) -> str:
    """The scorecard: recommendation, summary, dimensions with quotes, flags."""
    card = report.scorecard
    if card.overall is None:
        return f"**{title}** — {report.status}. {card.summary}"
    lines = [
        f"**{title}** — {report.status}",
        f"Overall **{card.overall:.1f}/5**, recommendation: **{card.recommendation}**",
        "", card.summary, "",
    ]
    for dimension in card.dimensions:
        score = "—" if dimension.score is None else f"{dimension.score:g}/5"
        lines.append(f"- **{dimension.name}** {score} (weight {dimension.weight:g})")
        lines += [f'  - "{cell(q.quote)}" (turn {q.turn})' for q in dimension.evidence[:2]]
    if card.flags:
        lines += ["", "Flags: " + "; ".join(card.flags)]
    return "\n".join(lines)
