"""The interview graph: consent → plan → ask / wait / assess (follow up or move on) → close → score.

Wiring only; the nodes are in `graphs/interview_nodes.py`. The builder is
exported uncompiled: the caller compiles it with the checkpointer it owns
(`graphs/checkpointer.py`), and passes an `InterviewDeps` as the run context
at every invocation.

    disclose → ask → await_answer ─┬→ check_consent ─┬→ ask (unclear: asked again)
                                   │                 ├→ plan → ask | close
                                   │                 └→ END (declined: only the consent record)
                                   ├→ assess → ask (follow-up, repeat, next) | close
                                   ├→ reply_closing → ask | farewell
                                   └→ score (the candidate left mid-questions)
    close → ask;  farewell → score → persist → END
"""

from __future__ import annotations

from langgraph.graph import END, START, StateGraph

from graphs import interview_nodes as nodes
from graphs.interview_state import InterviewDeps, InterviewInput, InterviewOutput, InterviewState


def build_interview_graph() -> StateGraph[
    InterviewState, InterviewDeps, InterviewInput, InterviewOutput
]:
    """The interview StateGraph, uncompiled."""
    graph = StateGraph(
        InterviewState,
        context_schema=InterviewDeps,
        input_schema=InterviewInput,
        output_schema=InterviewOutput,
    )
    graph.add_node("disclose", nodes.disclose)
    graph.add_node("ask", nodes.ask)
    graph.add_node("await_answer", nodes.await_answer)
    graph.add_node("check_consent", nodes.check_consent)
    graph.add_node("plan", nodes.plan)
    graph.add_node("assess", nodes.assess)
    graph.add_node("close", nodes.close)
    graph.add_node("reply_closing", nodes.reply_closing)
    graph.add_node("farewell", nodes.farewell)
    graph.add_node("score", nodes.score)
    graph.add_node("persist", nodes.persist)

    graph.add_edge(START, "disclose")
    graph.add_edge("disclose", "ask")
    graph.add_edge("ask", "await_answer")
    graph.add_conditional_edges("await_answer", nodes.after_answer)
    graph.add_conditional_edges("check_consent", nodes.after_consent)
    graph.add_conditional_edges("plan", nodes.ask_or_close)
    graph.add_conditional_edges("assess", nodes.ask_or_close)
    graph.add_edge("close", "ask")
    graph.add_conditional_edges("reply_closing", nodes.ask_or_farewell)
    graph.add_edge("farewell", "score")
    graph.add_edge("score", "persist")
    graph.add_edge("persist", END)
    return graph
