"""Answers from tool results: a short text, a table, and every candidate with evidence.

Deterministic, so both brains can use it (the llm brain may write its own
sentence but keeps these tables and citations). Every candidate named in a
text is written as "Name (id)"; the evidence behind each claim travels in
`Answer.candidates`.
"""

from __future__ import annotations

from core.recruiter import (
    Answer,
    CandidateProfile,
    CandidateRef,
    Comparison,
    Intent,
    PipelineStats,
    ScoreExplanation,
    SearchResult,
    SimilarResult,
    StageMove,
)

NAMED_IN_TEXT = 10


def cite(ref: CandidateRef) -> str:
    """ "Émilie Roy (cand_1a2b3c4d5e6f)"."""
    return f"{ref.name or 'Unnamed candidate'} ({ref.id})"


def _names(refs: list[CandidateRef]) -> str:
    shown = ", ".join(cite(ref) for ref in refs[:NAMED_IN_TEXT])
    more = len(refs) - NAMED_IN_TEXT
    return shown + (f" and {more} more (see the table)" if more > 0 else "")


def _count(total: int) -> str:
    """"1 candidate matches" / "4 candidates match"."""
    return "1 candidate matches" if total == 1 else f"{total} candidates match"


def _no_match(result: SearchResult) -> str:
    """ "No one matches …" with the near-misses and what excluded each."""
    wanted = " and ".join(result.conditions) or "the question"
    text = f"No one matches {wanted}."
    if result.near_misses:
        misses = "; ".join(
            f"{cite(m)} — all but {m.failed} ({'; '.join(m.evidence) or 'no value'})"
            for m in result.near_misses
        )
        text += f" Closest: {misses}."
    return text


def search_answer(result: SearchResult, intent: Intent) -> Answer:
    """A list (or a count) of matching candidates with a column per condition."""
    conditions = " and ".join(result.conditions)
    if result.total == 0:
        text = _no_match(result)
    elif intent == "count":
        text = f"{_count(result.total)} {conditions}."
        if result.matches:
            text += f" They are: {_names(list(result.matches))}."
    else:
        shown = len(result.matches)
        head = f"{_count(result.total)} {conditions}"
        head += f" (showing the top {shown})" if shown < result.total else ""
        text = f"{head}: {_names(list(result.matches))}."
    columns = ["Id", "Name", *result.columns]
    rows = [
        [m.id, m.name or "", *[m.cells.get(c, "") for c in result.columns]] for m in result.matches
    ]
    refs = [CandidateRef(id=m.id, name=m.name, evidence=m.evidence) for m in result.matches]
    return Answer(
        text=text,
        columns=columns,
        rows=rows,
        candidates=refs,
        count=result.total if intent == "count" else None,
        notes=list(result.notes),
    )


def profile_answer(profile: CandidateProfile) -> Answer:
    """One candidate: a summary line and a row per application."""
    latest = profile.experience[0] if profile.experience else "no dated role"
    years = f"{profile.total_years:.1f} years" if profile.total_years is not None else "—"
    text = f"{cite(profile)}: {profile.location or 'location not given'}, {years}; {latest}."
    if profile.skills:
        text += f" Skills: {', '.join(profile.skills[:8])}."
    rows = [
        [
            a.job_title,
            a.stage,
            "—" if a.score is None else f"{a.score:.1f}",
            a.scorer_version or "—",
            a.applied_at.date().isoformat(),
            a.interview or "—",
        ]
        for a in profile.applications
    ]
    return Answer(
        text=text,
        columns=["Job", "Stage", "Match", "Scorer", "Applied", "Interview"],
        rows=rows,
        candidates=[CandidateRef(id=profile.id, name=profile.name, evidence=profile.evidence)],
        notes=list(profile.notes),
    )


def compare_answer(comparison: Comparison) -> Answer:
    """Candidates side by side."""
    people = comparison.candidates
    text = f"Comparing {_names(list(people))}." if people else "No one to compare."
    refs = [CandidateRef(id=p.id, name=p.name, evidence=p.evidence) for p in people]
    return Answer(
        text=text,
        columns=comparison.columns,
        rows=comparison.rows,
        candidates=refs,
        notes=list(comparison.notes),
    )


def stats_answer(stats: PipelineStats) -> Answer:
    """Per job: applications, by stage, scores, days in stage."""
    lines = []
    rows = []
    for job in stats.jobs:
        stages = ", ".join(f"{k} {v}" for k, v in job.by_stage.items() if v)
        lines.append(f"{job.job_title}: {job.applications} applications ({stages or 'none'})")
        days = ", ".join(f"{k} {v}" for k, v in job.days_in_stage.items())
        rows.append(
            [
                job.job_title,
                str(job.applications),
                stages or "—",
                "—" if job.score_median is None else f"{job.score_median:.1f}",
                " ".join(f"{k}:{v}" for k, v in job.score_buckets.items()),
                days or "—",
            ]
        )
    text = "; ".join(lines) + "." if lines else "No job you can see."
    return Answer(
        text=text,
        columns=["Job", "Applications", "By stage", "Median match", "Scores", "Avg days in stage"],
        rows=rows,
        notes=list(stats.notes),
    )


def explain_answer(explanation: ScoreExplanation) -> Answer:
    """A score, dimension by dimension, with its versions."""
    if explanation.overall is None:
        return Answer(
            text=f"{cite(explanation)} has no match score to explain.",
            candidates=[CandidateRef(id=explanation.id, name=explanation.name)],
            notes=list(explanation.notes),
        )
    text = (
        f"{cite(explanation)} scored {explanation.overall:.1f} for {explanation.job_title} "
        f"({explanation.scorer_version}). {explanation.explanation}".strip()
    )
    rows = [
        [
            str(d.get("name", "")),
            f"{float(d.get('score', 0)):.0f}",
            f"{float(d.get('weight', 0)):.2f}",
            "; ".join(map(str, d.get("evidence") or [])),
        ]
        for d in explanation.dimensions
    ]
    ref = CandidateRef(id=explanation.id, name=explanation.name, evidence=explanation.evidence)
    return Answer(
        text=text,
        columns=["Dimension", "Score", "Weight", "Evidence"],
        rows=rows,
        candidates=[ref],
        notes=list(explanation.notes),
    )


def similar_answer(result: SimilarResult) -> Answer:
    """Look-alikes of one candidate."""
    anchor = cite(result.anchor) if result.anchor else "that candidate"
    if not result.matches:
        return Answer(text=f"No one you can see reads like {anchor}.", notes=list(result.notes))
    refs = [CandidateRef(id=m.id, name=m.name, evidence=m.evidence) for m in result.matches]
    rows = [
        [m.id, m.name or "", m.cells.get("Similarity", ""), m.cells.get("Shared skills", "")]
        for m in result.matches
    ]
    return Answer(
        text=f"Most like {anchor}: {_names(refs)}.",
        columns=["Id", "Name", "Similarity", "Shared skills"],
        rows=rows,
        candidates=refs,
        notes=list(result.notes),
    )


def move_answer(move: StageMove, *, cancelled: bool = False) -> Answer:
    """A proposed, refused, cancelled or applied stage change."""
    refs = [move.candidate] if move.candidate else []
    who = cite(move.candidate) if move.candidate else "The candidate"
    if move.problem:
        return Answer(text=f"I cannot move {who}: {move.problem}", candidates=refs)
    change = f"{who} from {move.from_stage} to {move.to_stage} for {move.job_title}"
    if cancelled:
        return Answer(text=f"Cancelled: {change} was not moved.", candidates=refs)
    if move.applied:
        return Answer(text=f"Moved {change}. The change is in the audit log.", candidates=refs)
    return Answer(
        text=f"Move {change}? Reply “yes” to confirm or “no” to cancel.",
        candidates=refs,
        pending=move,
    )
