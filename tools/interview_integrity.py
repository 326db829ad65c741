"""Integrity signals on an interview: things a person should look at, never a score change.

Three signals from the timings and texts the transcript keeps: an answer
that arrived far faster than anyone types, the same answer given to
different questions, and a very long silence before an answer. Scripted
answers carry no timing, so only the identical-answer check applies to them.
"""

from __future__ import annotations

from collections import defaultdict

from core.interview import ClaimCheck
from tools.interview_turns import TurnRecord

FAST_CHARS_PER_S = 15.0
"""About 180 words a minute: well above fast typing (60–80 wpm ≈ 5–7 characters/s)."""
FAST_MIN_CHARS = 120
"""Shorter answers are typed in bursts fast enough to trip the rate; ignore them."""
IDENTICAL_MIN_CHARS = 20
""""Yes" twice is not a signal; a repeated paragraph is."""
SILENCE_FACTOR = 3.0
"""A silence counts as very long past this many times the time allowed for the answer."""


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def pasted_answers(turns: list[TurnRecord]) -> list[str]:
    """Answers that arrived faster than they could have been typed."""
    flags = []
    for turn in turns:
        elapsed = turn["elapsed_s"]
        if turn["speaker"] != "candidate" or elapsed is None or turn["audio_ref"]:
            continue
        chars = len(turn["text"])
        if chars >= FAST_MIN_CHARS and chars / max(elapsed, 0.1) > FAST_CHARS_PER_S:
            flags.append(
                f"turn {turn['seq']}: {chars} characters arrived {elapsed:.0f} s after the "
                "question — faster than typing; possibly pasted"
            )
    return flags


def identical_answers(turns: list[TurnRecord]) -> list[str]:
    """The same answer text given to different questions."""
    seen: dict[str, list[TurnRecord]] = defaultdict(list)
    for turn in turns:
        if turn["speaker"] == "candidate" and turn["kind"] == "answer":
            text = _norm(turn["text"])
            if len(text) >= IDENTICAL_MIN_CHARS:
                seen[text].append(turn)
    flags = []
    for same in seen.values():
        questions = {t["question_id"] for t in same}
        if len(questions) > 1:
            seqs = ", ".join(str(t["seq"]) for t in same)
            flags.append(f"turns {seqs}: identical answers to different questions")
    return flags


def long_silences(turns: list[TurnRecord], allowed_s: dict[str, int]) -> list[str]:
    """Answers that came far later than the time the question allowed."""
    flags = []
    for turn in turns:
        elapsed = turn["elapsed_s"]
        if turn["speaker"] != "candidate" or elapsed is None:
            continue
        allowed = allowed_s.get(turn["question_id"] or "", 0)
        if allowed and elapsed > SILENCE_FACTOR * allowed:
            flags.append(
                f"turn {turn['seq']}: {elapsed / 60:.0f} min of silence before the answer "
                f"({allowed // 60 or 1} min allowed)"
            )
    return flags


def integrity_flags(turns: list[TurnRecord], allowed_s: dict[str, int]) -> list[str]:
    """Every integrity signal of the transcript, for a person to review."""
    return [*pasted_answers(turns), *identical_answers(turns), *long_silences(turns, allowed_s)]


def merge_flags(*groups: list[str]) -> list[str]:
    """Flags from several sources, each once, in order."""
    return list(dict.fromkeys(flag for group in groups for flag in group))


def claim_flags(claims: list[ClaimCheck]) -> list[str]:
    """Resume claims the answers contradict, with both quotes, for a person to look at."""
    return [
        f"resume claim contradicted: {c.claim} — resume: “{c.resume_quote}”; "
        f"answer (turn {c.turn}): “{c.answer_quote}”"
        for c in claims
        if c.verdict == "contradicted"
    ]
