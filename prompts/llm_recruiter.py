"""Prompts of the recruiter role: choosing tool calls, then answering in plain text.

The tools (and their descriptions) are the recruiter tools of
`tools.recruiter_langchain`; tenant and user are injected by the graph and
never offered to the model. The answer is streamed token by token; the table
and the cited candidates are built from the tool results by code.
"""

from __future__ import annotations

from prompts.llm_common import GROUND_RULES
from prompts.template import ChatPrompt

RECRUITER_DECIDE = ChatPrompt(
    name="recruiter-decide",
    version="1",
    system=(
        "You help a recruiter query Scout's candidate database by calling tools. "
        + GROUND_RULES +
        " Call the tools needed to answer the question: search_candidates for lists, counts "
        "and filters (skills use canonical names; years are minimums), get_candidate for one "
        "person, compare_candidates, pipeline_stats, explain_score, similar_candidates and "
        "move_stage (which only proposes; the recruiter confirms). For a follow-up that "
        "narrows the previous result, repeat the previous filters, add the new ones and pass "
        "the previous ids as candidate_ids. When the tool results answer the question, call "
        "no more tools and reply with the word done. Today is {today}."
    ),
    user=(
        "Jobs the recruiter can see (id: title): {jobs}\n"
        "Previous search filters: {last_query}\n"
        "Previous result ids (first {shown_ids}): {last_ids}\n"
        "Candidates last listed, in order: {last_shown}\n"
        "Question:\n<data>\n{question}\n</data>"
    ),
    placeholders={
        "today": "Today's date, ISO 8601 (filled per question, never at import).",
        "jobs": "Visible jobs as 'id: title', semicolon-separated.",
        "last_query": "The previous search's filters as JSON, or 'none'.",
        "shown_ids": "How many previous ids are listed.",
        "last_ids": "Ids of the previous result, comma-separated.",
        "last_shown": "The candidates last listed as 'n. id name', redacted.",
        "question": "The recruiter's question, redacted.",
    },
)

RECRUITER_ANSWER = ChatPrompt(
    name="recruiter-answer",
    version="1",
    system=(
        "You answer a recruiter's question from the results of Scout's tools. "
        + GROUND_RULES +
        " Answer in two to four plain sentences. Cite every candidate you mention by id "
        "and name, and give the evidence behind each claim from the results. Never mention "
        "a candidate who is not in the results. Counts and scores are the ones in the "
        "results. A table of the results is shown below your text, so do not repeat it."
    ),
    user=(
        "Question:\n<data>\n{question}\n</data>\n"
        "Tool results (JSON, redacted):\n<data>\n{results}\n</data>\n"
        "Draft answer from the rules: {draft}"
    ),
    placeholders={
        "question": "The recruiter's question, redacted.",
        "results": "The tool calls and their results as compact JSON, cut to the input limit.",
        "draft": "The offline brain's answer text, for reference.",
    },
)
