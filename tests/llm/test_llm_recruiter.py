"""The llm recruiter brain: tool round trips across graph rounds, streamed answers, grounding."""

from __future__ import annotations

import json

import pytest
from conftest import EMAIL, GHOST, NAME, NOW, QUESTION, search_outcome
from scripted_server import ScriptedServer, answer, server_error, tool_call

from agents.llm_recruiter import LlmRecruiterBrain, tool_specs
from agents.llm_role import RoleContext
from agents.llm_trace import LlmTrace
from agents.offline_recruiter import OfflineRecruiterBrain
from agents.recruiter_brain import BrainStep
from core.recruiter import ThreadMemory
from tools.taxonomy import Taxonomy

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def brain(context: RoleContext, taxonomy: Taxonomy) -> LlmRecruiterBrain:
    return LlmRecruiterBrain(context, OfflineRecruiterBrain(taxonomy), taxonomy)


def test_tools_offered_are_the_recruiter_tools_without_tenant_or_user() -> None:
    specs = {s["function"]["name"]: s["function"] for s in tool_specs()}

    assert set(specs) == {"search_candidates", "get_candidate", "compare_candidates",
                          "pipeline_stats", "explain_score", "similar_candidates", "move_stage"}
    for spec in specs.values():
        assert not {"tenant_id", "tenant", "user_id"} & set(spec["parameters"]["properties"])


async def test_tool_round_trip_over_two_graph_rounds(
    brain: LlmRecruiterBrain, server: ScriptedServer
) -> None:
    server.queue(tool_call("search_candidates", {"skills": [{"name": "Python"}]}),
                 answer("done"))

    first = await brain.decide(QUESTION, memory=ThreadMemory(), jobs=[], outcomes=[], now=NOW)
    outcome = search_outcome()
    second = await brain.decide(QUESTION, memory=ThreadMemory(), jobs=[], outcomes=[outcome],
                                now=NOW)

    assert first.calls[0].name == "search_candidates" and first.query is not None
    assert second == BrainStep()
    messages = server.requests[1]["messages"]
    assert messages[-2]["tool_calls"][0]["function"]["name"] == "search_candidates"
    assert messages[-1]["role"] == "tool" and "cand_a1" in messages[-1]["content"]
    sent = server.bodies_text()
    assert NAME not in sent and EMAIL not in sent and "Ana Lima" not in sent


async def test_tool_call_arguments_are_restored_before_the_graph_runs_them(
    brain: LlmRecruiterBrain, server: ScriptedServer
) -> None:
    server.queue(tool_call("get_candidate", {"candidate": "[NAME_1]"}))

    step = await brain.decide(f"Tell me about {NAME}", memory=ThreadMemory(), jobs=[],
                              outcomes=[], now=NOW)

    assert step.intent == "profile"
    assert step.calls[0].args == {"candidate": NAME}
    assert NAME not in server.bodies_text()


async def test_invalid_tool_call_is_dropped_and_offline_decides(
    brain: LlmRecruiterBrain, server: ScriptedServer, trace: LlmTrace
) -> None:
    server.queue(tool_call("drop_database", {"all": True}))

    step = await brain.decide("Who knows Python?", memory=ThreadMemory(), jobs=[], outcomes=[],
                              now=NOW)

    assert [c.name for c in step.calls] == ["search_candidates"]
    assert "guard" in trace.kinds("recruiter")


async def test_answer_streams_token_by_token_with_names_restored(
    brain: LlmRecruiterBrain, server: ScriptedServer
) -> None:
    text = "[NAME_1] (cand_a1) has Python 6.0 y at Acme Corp; [NAME_2] (cand_b2) has 3.0 y."
    server.queue(answer(text))
    tokens: list[str] = []
    outcome = search_outcome()
    first = BrainStep(calls=[outcome.call])

    reply = await brain.answer(QUESTION, first=first, outcomes=[outcome],
                               memory=ThreadMemory(), on_token=tokens.append)

    assert server.requests[0]["stream"] is True
    assert len(tokens) > 5, "one chunk per word"
    assert "".join(tokens).strip() == reply.text
    assert reply.text.startswith(NAME) and "Ana Lima (cand_b2)" in reply.text
    assert [c.id for c in reply.candidates] == ["cand_a1", "cand_b2"], "citations by code"
    assert NAME not in server.bodies_text() and EMAIL not in server.bodies_text()


@pytest.mark.parametrize("said", [
    f"cand_a1 worked at {GHOST} for years.",
    "cand_zz9 is the best match.",
    "cand_a1 scored 99 overall.",
])
async def test_ungrounded_answer_is_replaced_by_the_offline_text(
    said: str, brain: LlmRecruiterBrain, server: ScriptedServer, trace: LlmTrace
) -> None:
    server.queue(answer(said))
    outcome = search_outcome()

    reply = await brain.answer(QUESTION, first=BrainStep(calls=[outcome.call]),
                               outcomes=[outcome], memory=ThreadMemory())

    assert reply.text != said and GHOST not in reply.text
    assert "guard" in trace.kinds("recruiter")


async def test_answer_falls_back_with_a_note(
    brain: LlmRecruiterBrain, server: ScriptedServer
) -> None:
    server.queue(server_error(), server_error())
    outcome = search_outcome()

    reply = await brain.answer(QUESTION, first=BrainStep(calls=[outcome.call]),
                               outcomes=[outcome], memory=ThreadMemory())

    assert any("llm unavailable (server_error)" in n for n in reply.notes)
    assert reply.candidates, "the offline answer still cites the candidates"


async def test_first_round_fallback_plans_offline(
    brain: LlmRecruiterBrain, server: ScriptedServer
) -> None:
    server.stop()

    step = await brain.decide("Who knows Python?", memory=ThreadMemory(), jobs=[], outcomes=[],
                              now=NOW)

    assert step.calls and step.calls[0].name == "search_candidates"
    assert any("llm unavailable (connection)" in n for n in step.notes)
    assert json.loads(json.dumps(step.model_dump(mode="json")))


async def test_answer_redacts_names_the_question_brings(
    brain: LlmRecruiterBrain, server: ScriptedServer
) -> None:
    server.queue(answer("cand_b2 (Ana Lima) has Python 3.0 y at Globex."))
    outcome = search_outcome()

    await brain.answer("Who besides Bob Stone knows Python?", first=BrainStep(calls=[outcome.call]),
                       outcomes=[outcome], memory=ThreadMemory())

    assert "Bob Stone" not in server.bodies_text() and "Ana Lima" not in server.bodies_text()
