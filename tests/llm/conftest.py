"""Fixtures for the llm brain: a scripted server, settings pointing at it, a runtime per test.

Every role is driven through a small `RoleDriver` (its inputs, the model's
normal answer, a tool call, how to tell an llm result from an offline one),
so the same fault, cache, usage and privacy tests run for all seven roles.
The environment is scrubbed of OPENAI_* and SCOUT_LLM_* so a developer's
shell cannot change what the tests see.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scripted_server import Reply, ScriptedServer, answer, tool_call

from agents.llm_interview import LlmInterviewBrain
from agents.llm_job import LlmJobAnalyzer
from agents.llm_match import LlmMatchScorer
from agents.llm_recruiter import LlmRecruiterBrain
from agents.llm_resume import LlmResumeParser
from agents.llm_role import RoleContext
from agents.llm_runtime import LlmRuntime
from agents.llm_trace import LlmTrace
from agents.offline_interview import OfflineInterviewBrain
from agents.offline_recruiter import OfflineRecruiterBrain
from agents.usage import UsageLedger, UsageScope
from core.document import ExtractedDocument
from core.interview import InterviewQuestion, TranscriptTurn
from core.job import JobProfile
from core.recruiter import (
    CandidateMatch,
    CandidateRef,
    SearchResult,
    ThreadMemory,
    ToolCall,
    ToolOutcome,
)
from core.settings import Settings
from core.weights import MatchWeights
from tools.interview_design import design_interview
from tools.parse_resume import parse_resume
from tools.taxonomy import Taxonomy

NAME, EMAIL, PHONE = "Jane Doe", "jane.doe@example.com", "+1 415 555 0199"
PII = (NAME, "Jane", EMAIL, PHONE, "linkedin.com/in/janedoe")
GHOST = "Initech"
"""An employer that occurs in no source text: the model inventing it must be caught."""

RESUME_TEXT = f"""{NAME}
{EMAIL} | {PHONE} | linkedin.com/in/janedoe
Berlin, Germany

Summary
Backend engineer building data platforms.

Experience
Senior Backend Engineer, Acme Corp
Jan 2019 - Present
- Built Python services on Kubernetes and PostgreSQL.
Software Engineer, Globex
Mar 2015 - Dec 2018
- Wrote Java microservices and Kafka pipelines.

Education
BSc Computer Science, University of Leeds, 2014

Skills
Python, Kubernetes, PostgreSQL, Java, Kafka
"""
JOB_TEXT = """Senior Python Engineer
Acme Corp - Berlin (hybrid)

We need 5+ years of Python. Must have Kubernetes and PostgreSQL.
Nice to have: Kafka.
Questions? Write to hiring@acme-example.com or call +49 30 1234 5678.
"""
REFERENCE = date(2024, 6, 1)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith(("OPENAI_", "SCOUT_LLM", "SCOUT_OPENAI", "SCOUT_BRAIN")):
            monkeypatch.delenv(key, raising=False)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer()
    yield scripted
    scripted.stop()


def make_settings(tmp_path: Path, base_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": tmp_path / "scout", "openai_base_url": base_url,
        "openai_api_key": "test-key", "brain": "llm", "llm_model": "scripted-model",
        "llm_timeout_seconds": 2.0, "llm_max_retries": 1, "llm_retry_backoff_seconds": 0.01,
        "llm_max_retry_wait_seconds": 2.0, "llm_probe_timeout_seconds": 1.0,
        "llm_cache": "sqlite",
    }
    return Settings(_env_file=None, **{**values, **overrides})


@pytest.fixture
def settings_for(tmp_path: Path, server: ScriptedServer) -> Callable[..., Settings]:
    return lambda **overrides: make_settings(tmp_path, server.base_url, **overrides)


@pytest.fixture
def llm_settings(settings_for: Callable[..., Settings]) -> Settings:
    return settings_for()


@pytest.fixture
def ledger() -> UsageLedger:
    return UsageLedger()


@pytest.fixture
def trace() -> LlmTrace:
    return LlmTrace()


@pytest.fixture
def runtime_for(ledger: UsageLedger, trace: LlmTrace) -> Iterator[Callable[[Settings], LlmRuntime]]:
    made: list[LlmRuntime] = []

    def build(settings: Settings) -> LlmRuntime:
        made.append(LlmRuntime(settings, usage=ledger, trace=trace))
        return made[-1]

    yield build
    for runtime in made:
        runtime.close()


@pytest.fixture
def runtime(runtime_for: Callable[[Settings], LlmRuntime], llm_settings: Settings) -> LlmRuntime:
    return runtime_for(llm_settings)


SCOPE = UsageScope(tenant_id="t1", job_id="job_1", interview_id="int_1")


class HashEmbedder:
    """Deterministic bag-of-words vectors: enough for the offline brain, no model load."""

    def embed(self, texts: Any) -> np.ndarray:
        rows = []
        for text in texts:
            vector = np.zeros(64, dtype=np.float32)
            for word in str(text).lower().split():
                vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % 64] += 1
            rows.append(vector / (np.linalg.norm(vector) or 1.0))
        return np.array(rows, dtype=np.float32).reshape(len(rows), 64)


@dataclass
class RoleDriver:
    """One role under test: how to run it and how to read its result."""

    role: str
    run: Callable[[RoleContext], Any]
    good: Callable[[], Reply]
    used_llm: Callable[[Any], bool]
    tool: Reply
    tool_result_contains: str
    ghost: Callable[[], Reply] | None
    ghost_dropped: Callable[[Any], bool]
    pii: tuple[str, ...] = PII


def _resume_driver(taxonomy: Taxonomy) -> RoleDriver:
    doc = ExtractedDocument(text=RESUME_TEXT, kind="txt")
    jobs = [
        {"title": "Senior Backend Engineer", "company": "Acme Corp", "start": "2019-01",
         "current": True, "description": "Python services"},
        {"title": "Software Engineer", "company": "Globex", "start": "2015-03", "end": "2018-12"},
    ]
    good = {"headline": "Backend engineer building data platforms.", "experience": jobs,
            "skills": ["Python", "k8s", "Kafka"], "total_years_experience": 42,
            "education": [{"institution": "University of Leeds", "degree": "BSc",
                           "field": "Computer Science", "graduation_year": 2014}]}
    ghost = {**good, "experience": [*jobs, {"title": "CTO", "company": GHOST, "start": "2010"}],
             "skills": ["Python", "Rust"]}

    def run(context: RoleContext) -> Any:
        return LlmResumeParser(context, taxonomy)(doc, taxonomy, reference_date=REFERENCE)

    return RoleDriver(
        role="resume_parsing", run=run, good=lambda: answer(good),
        used_llm=lambda r: "+llm:" in r.parser_version,
        tool=tool_call("lookup_skill", {"skill": "k8s"}), tool_result_contains="Kubernetes",
        ghost=lambda: answer(ghost),
        ghost_dropped=lambda r: GHOST not in r.model_dump_json() and "Rust" not in
        r.skill_names() and "+llm:" in r.parser_version,
    )


def _job_driver(taxonomy: Taxonomy) -> RoleDriver:
    good = {"title": "Senior Python Engineer", "company": "Acme Corp", "seniority": "principal",
            "required_skills": ["Python", "Kubernetes", "PostgreSQL"],
            "preferred_skills": ["Kafka"], "min_years_experience": 1}
    return RoleDriver(
        role="job_analysis", run=lambda c: LlmJobAnalyzer(c, taxonomy)(JOB_TEXT, taxonomy),
        good=lambda: answer(good), used_llm=lambda p: p.seniority == "principal",
        tool=tool_call("lookup_skill", {"skill": "postgres"}), tool_result_contains="PostgreSQL",
        ghost=lambda: answer({**good, "company": GHOST, "preferred_skills": ["Kafka", "Rust"]}),
        ghost_dropped=lambda p: p.company != GHOST and "Rust" not in p.preferred_skills
        and p.seniority == "principal",
        pii=("hiring@acme-example.com", "+49 30 1234 5678"),
    )


def _match_driver(taxonomy: Taxonomy) -> RoleDriver:
    doc = ExtractedDocument(text=RESUME_TEXT, kind="txt")
    resume = parse_resume(doc, taxonomy, reference_date=REFERENCE)
    lines = doc.lines + [f"{NAME} ({EMAIL}) shipped Kafka and Python tooling"]
    job = JobProfile(title="Senior Python Engineer", required_skills=["Python", "Kafka", "Go"],
                     min_years_experience=5)
    said = "Strong on the required skills; Go is missing."

    def run(context: RoleContext) -> Any:
        return LlmMatchScorer(context)(resume, lines, job, MatchWeights(),
                                       semantic_similarity=0.5, taxonomy=taxonomy)

    return RoleDriver(
        role="match_explanation", run=run, good=lambda: answer({"explanation": said}),
        used_llm=lambda m: m.explanation == said,
        tool=tool_call("dimension_evidence", {"name": "required_skills"}),
        tool_result_contains="evidence",
        ghost=lambda: answer({"explanation": f"Strong Python from years at {GHOST}."}),
        ghost_dropped=lambda m: GHOST not in m.explanation and m.explanation != said,
    )


def interview_setup(taxonomy: Taxonomy) -> tuple[Any, ...]:
    job = JobProfile(title="Platform Engineer", required_skills=["Kubernetes", "Python"])
    design = design_interview(job, job_id="job_1")
    lines = [NAME, f"{EMAIL} | {PHONE}",
             "- 5 years of Kubernetes running production clusters at Acme Corp",
             "- Built internal tools in Python used by 200 engineers"]
    resume = parse_resume(ExtractedDocument(text="\n".join(lines), kind="txt"), taxonomy)
    offline = OfflineInterviewBrain(HashEmbedder(), taxonomy)
    return design, lines, resume, offline


def _plan_driver(taxonomy: Taxonomy) -> RoleDriver:
    design, lines, resume, offline = interview_setup(taxonomy)
    first = offline.plan(design, resume, lines)[0]
    text = "Which Kubernetes clusters did you run at Acme Corp, and how did you scale them?"

    def run(context: RoleContext) -> Any:
        return LlmInterviewBrain(context, offline, taxonomy).plan(design, resume, lines)

    return RoleDriver(
        role="interview_planning", run=run,
        good=lambda: answer({"questions": [{"id": first.id, "text": text}]}),
        used_llm=lambda qs: qs[0].text == text,
        tool=tool_call("resume_claims", {"topic": "Kubernetes"}),
        tool_result_contains="production clusters",
        ghost=lambda: answer({"questions": [{"id": first.id,
                                             "text": f"What did you do at {GHOST}?"}]}),
        ghost_dropped=lambda qs: GHOST not in qs[0].text and qs[0].text == first.text,
    )


def _assess_driver(taxonomy: Taxonomy) -> RoleDriver:
    _, _, resume, offline = interview_setup(taxonomy)
    question = InterviewQuestion(id="q1", text="How have you used Python?", kind="technical",
                                 dimension="Technical depth: Python", skill="Python")
    said = (f"I'm {NAME}, mail me at {EMAIL} or call {PHONE}. I built Python tools for "
            "200 engineers at Acme Corp.")
    judged = {"score": 4, "specific": True, "complete": False, "on_topic": True,
              "follow_up": "Which Python libraries did you rely on most?",
              "reasons": ["names a concrete tool and a number"]}

    def run(context: RoleContext) -> Any:
        brain = LlmInterviewBrain(context, offline, taxonomy).for_interview(SCOPE, resume)
        return brain.assess(question, said, follow_ups_asked=0)

    return RoleDriver(
        role="answer_assessment", run=run, good=lambda: answer(judged),
        used_llm=lambda a: a.reasons == judged["reasons"],
        tool=tool_call("lookup_skill", {"skill": "python3"}), tool_result_contains="Python",
        ghost=lambda: answer({**judged, "follow_up": f"And what did you build at {GHOST}?"}),
        ghost_dropped=lambda a: a.follow_up is None and a.reasons == judged["reasons"],
    )


ANSWER_K8S = (f"I am {NAME} ({EMAIL}). I ran three EKS clusters with about 400 pods using "
              "Helm and Argo CD, and cut node costs by 30% with Karpenter.")
ANSWER_PY = "I built internal Python tools with FastAPI and pytest used by 200 engineers."


def score_driver(taxonomy: Taxonomy) -> RoleDriver:
    design, lines, resume, offline = interview_setup(taxonomy)
    questions = offline.plan(design, resume, lines)[:2]
    turns = [TranscriptTurn(seq=0, speaker="scout", kind="consent", text="Shall we start?"),
             TranscriptTurn(seq=1, speaker="candidate", kind="consent", text="Yes.")]
    for question, said in zip(questions, (ANSWER_K8S, ANSWER_PY), strict=True):
        turns.append(TranscriptTurn(seq=len(turns), speaker="scout", kind="question",
                                    text=question.text))
        turns.append(TranscriptTurn(seq=len(turns), speaker="candidate", kind="answer",
                                    text=said))
    dims = [{"name": questions[0].dimension, "score": 5,
             "evidence": [{"quote": "ran three EKS clusters with about 400 pods", "turn": 3}]},
            {"name": questions[1].dimension, "score": 4,
             "evidence": [{"quote": "internal Python tools with FastAPI", "turn": 5}]}]
    summary = "Deep hands-on Kubernetes and solid Python tooling."

    def run(context: RoleContext) -> Any:
        brain = LlmInterviewBrain(context, offline, taxonomy)
        return brain.score(design, questions, turns, resume, lines)

    return RoleDriver(
        role="interview_scoring", run=run,
        good=lambda: answer({"dimensions": dims, "summary": summary}),
        used_llm=lambda s: s.brain == "llm" and s.summary == summary,
        tool=tool_call("find_quote", {"turn": 3, "quote": "ran three EKS clusters"}),
        tool_result_contains='"found": true',
        ghost=lambda: answer({"dimensions": dims, "summary": f"Strong, like the team at {GHOST}."}),
        ghost_dropped=lambda s: s.brain == "llm" and GHOST not in s.summary,
    )


def search_outcome() -> ToolOutcome:
    result = SearchResult(
        matches=[CandidateMatch(id="cand_a1", name=NAME, score=87.0,
                                evidence=[f"Python 6.0 y at Acme Corp; contact {EMAIL}"]),
                 CandidateMatch(id="cand_b2", name="Ana Lima", score=74.0,
                                evidence=["Python 3.0 y at Globex"])],
        total=2, all_ids=["cand_a1", "cand_b2"], conditions=["Python"], columns=["score"])
    call = ToolCall(name="search_candidates", args={"skills": [{"name": "Python"}]}, id="call_0")
    return ToolOutcome(call=call, result=result.model_dump(mode="json"))


NOW = datetime(2024, 6, 1, tzinfo=UTC)
QUESTION = f"Who knows Python like {NAME}?"


def _recruiter_driver(taxonomy: Taxonomy) -> RoleDriver:
    memory = ThreadMemory(last_shown=[CandidateRef(id="cand_a1", name=NAME)])

    def run(context: RoleContext) -> Any:
        brain = LlmRecruiterBrain(context, OfflineRecruiterBrain(taxonomy), taxonomy)
        return asyncio.run(brain.decide(QUESTION, memory=memory, jobs=[], outcomes=[], now=NOW))

    args = {"skills": [{"name": "Python", "min_years": 2}]}
    return RoleDriver(
        role="recruiter", run=run, good=lambda: tool_call("search_candidates", args),
        used_llm=lambda step: bool(step.calls) and step.calls[0].args == args
        and not any("llm unavailable" in n for n in step.notes),
        tool=tool_call("search_candidates", args), tool_result_contains="",
        ghost=None, ghost_dropped=lambda step: True,
    )


DRIVERS = {
    "resume_parsing": _resume_driver, "job_analysis": _job_driver,
    "match_explanation": _match_driver, "interview_planning": _plan_driver,
    "answer_assessment": _assess_driver, "interview_scoring": score_driver,
    "recruiter": _recruiter_driver,
}
ROLES = list(DRIVERS)


@pytest.fixture(params=ROLES)
def driver(request: pytest.FixtureRequest, taxonomy: Taxonomy) -> RoleDriver:
    return DRIVERS[request.param](taxonomy)


@pytest.fixture
def context(runtime: LlmRuntime) -> RoleContext:
    return RoleContext(runtime=runtime, scope=SCOPE)
