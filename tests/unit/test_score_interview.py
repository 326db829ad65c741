"""Scorecards: transcript quotes, computed overall, claims, insufficient evidence, flags."""

from __future__ import annotations

import pytest

from agents.offline_interview import OfflineInterviewBrain
from core.interview import InterviewQuestion, Scorecard, TranscriptTurn
from core.job import JobProfile
from core.resume import ParsedResume, SkillEntry
from tools.interview_design import design_interview
from tools.scorecard_verdict import recommendation

RESUME_LINES = [
    "Jane Doe",
    "- 5 years of Kubernetes running production clusters on AWS",
    "- Built internal tools in Python used by 200 engineers",
]
ANSWERS = {
    "claim-kubernetes": "I ran three EKS clusters with about 400 pods using Helm and Argo CD. "
    "I set up autoscaling with Karpenter and we cut node costs by 30%. The worst outage was an "
    "etcd quota issue, which I fixed by compacting and raising the quota.",
    "claim-python": "Honestly, I have never used Python much; I mostly wrote Go services.",
    "beh-ownership": "At my last job our deploy pipeline kept failing for another team. I took "
    "it on, traced it to a flaky integration test and rewrote it with proper fixtures. As a "
    "result the pipeline went from 60% to 99% green within two weeks.",
}
FILLER = "I would rather talk about something else for this one, to be honest."


@pytest.fixture(scope="module")
def brain(embedder, taxonomy) -> OfflineInterviewBrain:
    return OfflineInterviewBrain(embedder, taxonomy)


@pytest.fixture(scope="module")
def setup(brain):
    job = JobProfile(title="Platform Engineer", required_skills=["Kubernetes", "Python"])
    knockout = InterviewQuestion(
        id="permit",
        text="Are you authorised to work in the EU?",
        kind="knockout",
        dimension="Eligibility",
        ideal_answer="yes",
    )
    design = design_interview(job, job_id="j1", knockouts=[knockout])
    resume = ParsedResume(name="Jane Doe", skills=[SkillEntry(name="Kubernetes")])
    questions = brain.plan(design, resume, RESUME_LINES)
    return design, questions, resume


def transcript(questions, answers: dict[str, str], default: str = FILLER) -> list[TranscriptTurn]:
    turns = [
        TranscriptTurn(seq=0, speaker="scout", kind="consent", text="May we record this?"),
        TranscriptTurn(seq=1, speaker="candidate", kind="consent", text="Yes."),
    ]
    for question in questions:
        seq = len(turns)
        turns.append(TranscriptTurn(seq=seq, speaker="scout", kind="question", text=question.text))
        text = answers.get(question.id, default)
        turns.append(TranscriptTurn(seq=seq + 1, speaker="candidate", kind="answer", text=text))
    return turns


def score(brain, setup, turns, **kwargs) -> Scorecard:
    design, questions, resume = setup
    return brain.score(design, questions, turns, resume, RESUME_LINES, **kwargs)


@pytest.fixture(scope="module")
def card(brain, setup) -> Scorecard:
    return score(brain, setup, transcript(setup[1], ANSWERS))


def test_every_quote_occurs_in_the_turn_it_names(setup, card) -> None:
    turns = {t.seq: t for t in transcript(setup[1], ANSWERS)}
    quotes = [q for d in card.dimensions for q in d.evidence]
    assert quotes
    for quote in quotes:
        assert turns[quote.turn].speaker == "candidate"
        assert quote.quote in turns[quote.turn].text
    for claim in card.claims:
        if claim.answer_quote is not None:
            assert claim.answer_quote in turns[claim.turn].text
        assert claim.resume_quote in RESUME_LINES


def test_overall_is_the_weighted_mean_and_sets_the_recommendation(card) -> None:
    scored = [d for d in card.dimensions if d.score is not None]
    expected = sum(d.weight * d.score for d in scored) / sum(d.weight for d in scored)
    assert card.overall == pytest.approx(expected, abs=0.01)
    assert card.recommendation == recommendation(card.overall)
    assert card.summary and card.insufficient_evidence is None
    kubernetes = next(d for d in card.dimensions if d.name == "Technical depth: Kubernetes")
    assert kubernetes.score >= 4


def test_contradicted_and_supported_claims_are_reported(card) -> None:
    verdicts = {c.resume_quote: c for c in card.claims}
    python = verdicts[RESUME_LINES[2].strip()]
    assert python.verdict == "contradicted" and "never used Python" in python.answer_quote
    assert verdicts[RESUME_LINES[1].strip()].verdict == "supported"


@pytest.mark.parametrize("answer", ["", "ok", "yes sure"])
def test_empty_or_too_short_answers_give_insufficient_evidence(brain, setup, answer) -> None:
    card = score(brain, setup, transcript(setup[1], {}, default=answer))
    assert card.overall is None and card.recommendation is None
    assert card.insufficient_evidence
    assert all(d.score is None for d in card.dimensions)


def test_low_confidence_transcripts_are_not_evidence(brain, setup) -> None:
    turns = transcript(setup[1], ANSWERS)
    low = frozenset(t.seq for t in turns if t.speaker == "candidate" and t.kind == "answer")
    card = score(brain, setup, turns, low_confidence_turns=low)
    assert card.overall is None and "low-confidence" in card.insufficient_evidence


def test_flags_never_change_scores(brain, setup, card) -> None:
    turns = transcript(setup[1], ANSWERS)
    answer_seqs = [t.seq for t in turns if t.kind == "answer" and t.speaker == "candidate"]
    long_answer = next(t for t in turns if t.text == ANSWERS["beh-ownership"])
    long_answer.text = long_answer.text + " " + " ".join(["more detail"] * 40)
    timings = {answer_seqs[0]: 900.0, long_answer.seq: 3.0}
    baseline = score(brain, setup, turns)
    flagged = score(brain, setup, turns, answer_seconds=timings)
    assert any("identical answers" in f for f in flagged.flags)
    assert any("pasted" in f for f in flagged.flags)
    assert any("silence" in f for f in flagged.flags)
    assert len(flagged.flags) > len(baseline.flags)
    assert flagged.overall == baseline.overall
    assert [d.score for d in flagged.dimensions] == [d.score for d in baseline.dimensions]


def test_knockouts_are_flagged_not_scored(brain, setup) -> None:
    design = setup[0]
    turns = transcript(setup[1], ANSWERS)
    seq = len(turns)
    turns += [
        TranscriptTurn(seq=seq, speaker="scout", kind="question", text=design.knockouts[0].text),
        TranscriptTurn(seq=seq + 1, speaker="candidate", kind="answer", text="No, I need a visa."),
    ]
    card = score(brain, setup, turns)
    assert any(f.startswith("knockout not passed") for f in card.flags)
    assert card.overall == score(brain, setup, transcript(setup[1], ANSWERS)).overall
    verdict = brain.assess(design.knockouts[0], "Yes, I am.", follow_ups_asked=0)
    assert verdict.score == 5 and verdict.follow_up is None
