"""The llm interview brain as the graph uses it: budgets, knockouts, computed scores, threads."""

from __future__ import annotations

import asyncio
import json

import pytest
from conftest import ANSWER_K8S, HashEmbedder, interview_setup, score_driver
from scripted_server import ScriptedServer, answer

from agents.interview_brain import InterviewBrain
from agents.llm_interview import LlmInterviewBrain
from agents.llm_role import RoleContext
from agents.llm_trace import LlmTrace
from agents.offline_interview import OfflineInterviewBrain
from agents.usage import UsageLedger, UsageScope
from core.interview import InterviewQuestion
from tools.scorecard_verdict import overall_score, recommendation
from tools.taxonomy import Taxonomy

pytestmark = pytest.mark.timeout(30)
QUESTION = InterviewQuestion(id="q1", text="How have you used Python?", kind="technical",
                             dimension="Technical depth: Python", skill="Python")
JUDGED = {"score": 2, "specific": False, "complete": False, "on_topic": True,
          "follow_up": "Which Python project are you proudest of?", "reasons": ["vague"]}


@pytest.fixture
def brain(context: RoleContext, taxonomy: Taxonomy) -> LlmInterviewBrain:
    return LlmInterviewBrain(context, OfflineInterviewBrain(HashEmbedder(), taxonomy), taxonomy,
                             max_follow_ups=2)


def test_is_an_interview_brain(brain: LlmInterviewBrain) -> None:
    typed: InterviewBrain = brain
    assert typed.name == "llm"


@pytest.mark.parametrize(("asked", "expected"), [(0, JUDGED["follow_up"]), (2, None)])
def test_follow_up_only_while_the_budget_allows(
    asked: int, expected: str | None, brain: LlmInterviewBrain, server: ScriptedServer
) -> None:
    server.queue(answer(JUDGED))

    assessed = brain.assess(QUESTION, "I used it a bit.", follow_ups_asked=asked)

    assert assessed.follow_up == expected and assessed.reasons == ["vague"]
    told = "A follow-up is allowed." if asked == 0 else "A follow-up is not allowed."
    assert told in server.bodies_text()


def test_knockouts_are_judged_by_the_software_alone(
    brain: LlmInterviewBrain, server: ScriptedServer
) -> None:
    knockout = InterviewQuestion(id="permit", text="Are you authorised to work in the EU?",
                                 kind="knockout", dimension="Eligibility", ideal_answer="yes")

    brain.assess(knockout, "Yes, I am.", follow_ups_asked=0)

    assert server.requests == []


def test_overall_and_recommendation_are_computed_and_quotes_grounded(
    context: RoleContext, server: ScriptedServer, taxonomy: Taxonomy, trace: LlmTrace
) -> None:
    driver = score_driver(taxonomy)
    reply = driver.good()
    body = json.loads(reply.content or "{}")
    body["dimensions"][1]["evidence"] = [{"quote": "I invented Python in 1989", "turn": 5}]
    body["overall"], body["recommendation"] = 5.0, "strong yes"
    server.queue(answer(body))

    card = driver.run(context)

    scored = {d.name: d for d in card.dimensions}
    first, second = body["dimensions"][0]["name"], body["dimensions"][1]["name"]
    assert scored[first].score == 5 and scored[first].evidence[0].turn == 3
    assert all("1989" not in e.quote for e in scored[second].evidence), "offline kept"
    assert card.overall == overall_score(card.dimensions)
    assert card.recommendation == recommendation(card.overall or 0)
    assert "guard" in trace.kinds("interview_scoring")


def test_summary_with_invented_numbers_is_replaced(
    context: RoleContext, server: ScriptedServer, taxonomy: Taxonomy
) -> None:
    driver = score_driver(taxonomy)
    body = json.loads(driver.good().content or "{}")
    body["summary"] = "Scored 97 percent overall."
    server.queue(answer(body))

    card = driver.run(context)

    assert card.brain == "llm" and "97" not in card.summary
    assert card.summary.startswith(f"Overall {card.overall:.1f} of 5")


async def test_calls_from_worker_threads_like_the_graph(
    brain: LlmInterviewBrain, server: ScriptedServer, ledger: UsageLedger
) -> None:
    server.queue(answer(JUDGED), answer(JUDGED), answer(JUDGED))
    answers = [f"I used Python for {n} years on data pipelines." for n in (2, 3, 4)]

    results = await asyncio.gather(*(
        asyncio.to_thread(brain.assess, QUESTION, text, follow_ups_asked=0) for text in answers
    ))

    assert [r.reasons for r in results] == [["vague"]] * 3
    assert len(ledger.entries()) == 3


def test_for_interview_accounts_usage_and_redacts_the_candidate(
    brain: LlmInterviewBrain, server: ScriptedServer, ledger: UsageLedger, taxonomy: Taxonomy
) -> None:
    _, _, resume, _ = interview_setup(taxonomy)
    scoped = brain.for_interview(UsageScope(tenant_id="t9", job_id="j9", interview_id="i9"),
                                 resume)
    server.queue(answer(JUDGED))

    scoped.assess(QUESTION, ANSWER_K8S, follow_ups_asked=0)

    assert ledger.entries()[0].scope.interview_id == "i9"
    assert "Jane Doe" not in server.bodies_text()
