"""Small look-up tools the llm roles offer the model through `bind_tools`.

Each is a plain function wrapped as a LangChain tool over data the role
already holds (the taxonomy, the resume lines, the transcript, the match
evidence): the model chooses only what to look up, never whose data. Their
results go back to the model redacted, like every other input.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field

from agents.llm_guards import normalise, quote_in
from core.interview import TranscriptTurn
from prompts.llm_interview import FIND_QUOTE_DOC, RESUME_CLAIMS_DOC, SKILL_TERMS_DOC
from prompts.llm_screening import DIMENSION_EVIDENCE_DOC, LOOKUP_SKILL_DOC
from tools.taxonomy import Taxonomy

MAX_LINES = 8


class SkillArgs(BaseModel):
    """A skill as written."""

    skill: str = Field(description="The skill, e.g. 'k8s' or 'PostgreSQL'.")


class TopicArgs(BaseModel):
    """A skill or topic to find in the resume."""

    topic: str = Field(description="A skill or topic, e.g. 'Kafka' or 'team lead'.")


class QuoteArgs(BaseModel):
    """A quote and the transcript turn it should be in."""

    turn: int = Field(description="The turn number (seq).")
    quote: str = Field(description="The words, copied exactly.")


class DimensionArgs(BaseModel):
    """A dimension of the match score."""

    name: str = Field(description="Dimension name, e.g. required_skills.")


def _skill_info(taxonomy: Taxonomy, skill: str) -> str:
    canonical = taxonomy.canonical(skill)
    if canonical is None:
        return json.dumps({"skill": skill, "known": False})
    return json.dumps({"skill": skill, "known": True, "canonical": canonical,
                       "category": taxonomy.category(canonical)})


def lookup_skill_tool(taxonomy: Taxonomy, *, for_answers: bool = False) -> BaseTool:
    """`lookup_skill`: the taxonomy's canonical name and category of a skill."""
    return StructuredTool.from_function(
        func=lambda skill: _skill_info(taxonomy, skill),
        name="lookup_skill",
        description=SKILL_TERMS_DOC if for_answers else LOOKUP_SKILL_DOC,
        args_schema=SkillArgs,
    )


def resume_claims_tool(lines: Sequence[str], taxonomy: Taxonomy) -> BaseTool:
    """`resume_claims`: resume lines naming a topic (skill aliases count)."""

    def claims(topic: str) -> str:
        canonical = taxonomy.canonical(topic)
        wanted = normalise(topic)
        found = [
            line for line in lines
            if wanted in normalise(line)
            or (canonical and any(m.name == canonical for m in taxonomy.find(line)))
        ]
        return json.dumps({"topic": topic, "lines": found[:MAX_LINES]})

    return StructuredTool.from_function(
        func=claims, name="resume_claims", description=RESUME_CLAIMS_DOC, args_schema=TopicArgs
    )


def find_quote_tool(transcript: Sequence[TranscriptTurn]) -> BaseTool:
    """`find_quote`: whether a quote occurs in a turn, and whose turn it is."""
    turns = {turn.seq: turn for turn in transcript}

    def find(turn: int, quote: str) -> str:
        found = turns.get(turn)
        if found is None:
            return json.dumps({"turn": turn, "found": False, "reason": "no such turn"})
        return json.dumps({"turn": turn, "found": quote_in(quote, found.text),
                           "speaker": found.speaker})

    return StructuredTool.from_function(
        func=find, name="find_quote", description=FIND_QUOTE_DOC, args_schema=QuoteArgs
    )


def dimension_evidence_tool(evidence: Mapping[str, Sequence[str]]) -> BaseTool:
    """`dimension_evidence`: every evidence line of one match dimension."""

    def lines(name: str) -> str:
        if name not in evidence:
            return json.dumps({"name": name, "known": False, "dimensions": sorted(evidence)})
        return json.dumps({"name": name, "evidence": list(evidence[name])})

    return StructuredTool.from_function(
        func=lines, name="dimension_evidence", description=DIMENSION_EVIDENCE_DOC,
        args_schema=DimensionArgs,
    )
