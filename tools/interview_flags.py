"""Scorecard flags the interview adds beside the brain's own (which cover timing and copying).

The store keeps a scorecard's flags but not its claim checks, so a resume
claim the answers contradict is also written as a flag, with both quotes:
that is what a hiring manager sees first, and it survives in every view.
"""

from __future__ import annotations

from core.interview import ClaimCheck
from tools.interview_turns import TurnRecord


def claim_flags(claims: list[ClaimCheck]) -> list[str]:
    """Resume claims the answers contradict, with both quotes, for a person to look at."""
    return [
        f"resume claim contradicted: {c.claim} — resume: “{c.resume_quote}”; "
        f"answer (turn {c.turn}): “{c.answer_quote}”"
        for c in claims
        if c.verdict == "contradicted"
    ]


def merge_flags(*groups: list[str]) -> list[str]:
    """Flags from several sources, each once, in order."""
    return list(dict.fromkeys(flag for group in groups for flag in group))


def answer_seconds(turns: list[TurnRecord]) -> dict[int, float]:
    """Seconds from question to answer per answer turn, where measured (scripts are not)."""
    return {
        t["seq"]: float(t["elapsed_s"])
        for t in turns
        if t["speaker"] == "candidate" and t["elapsed_s"] is not None
    }
