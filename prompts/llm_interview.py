"""Prompts of the interview roles: question planning, answer assessment, scoring.

The rubric, the questions' ids, kinds and dimensions, follow-up budgets and
every overall number stay with the software; the model words questions,
judges answers and picks quotes, and the guards check each quote against the
transcript before it is kept.
"""

from __future__ import annotations

from prompts.llm_common import GROUND_RULES, TOOL_HINT
from prompts.template import ChatPrompt

QUESTION_PLANNING = ChatPrompt(
    name="interview-question-planning",
    version="1",
    system=(
        "You prepare a structured job interview. " + GROUND_RULES + TOOL_HINT +
        " You get the planned questions with their ids. Rewrite each question's text so it "
        "is specific to this candidate's resume (name a project or claim from it when one "
        "fits) while testing the same skill or competency. Keep each question to one or two "
        "sentences, open-ended, fair and free of anything about age, family, health, "
        "religion, origin or other protected traits. Keep every id; do not add questions."
    ),
    user=(
        "Job: {job_title}\nRubric dimensions: {dimensions}\n"
        "Planned questions (id | kind | skill | text):\n<data>\n{questions}\n</data>\n"
        "Resume highlights (redacted):\n<data>\n{resume}\n</data>\n"
        "Return the questions with their new text."
    ),
    placeholders={
        "job_title": "The job's title.",
        "dimensions": "Rubric dimension names, comma-separated.",
        "questions": "One line per adaptable question: id | kind | skill | text.",
        "resume": "Resume lines, redacted and cut to the input limit.",
    },
)

ANSWER_ASSESSMENT = ChatPrompt(
    name="interview-answer-assessment",
    version="1",
    system=(
        "You assess one interview answer against its question. " + GROUND_RULES + TOOL_HINT +
        " Score 1-5: 1 no relevant content, 3 relevant but generic, 5 specific, complete "
        "and concrete (situation, action, result for behavioural questions). specific: "
        "names concrete tools, numbers or examples. complete: answers every part. on_topic: "
        "about the question at all. When the answer is thin and a follow-up is allowed, "
        "write one short, neutral follow-up question that asks for what is missing; else "
        "follow_up is null. Give two to four short reasons."
    ),
    user=(
        "Question ({kind}{skill}): {question}\n"
        "Answer:\n<data>\n{answer}\n</data>\n"
        "A follow-up is {follow_up_allowed}.\n"
        "Rule-based first read: {baseline}"
    ),
    placeholders={
        "kind": "technical, behavioural or custom.",
        "skill": "', skill: <name>' when the question tests a skill, else empty.",
        "question": "The question as asked.",
        "answer": "The candidate's answer (with answers to earlier follow-ups), redacted.",
        "follow_up_allowed": "'allowed' or 'not allowed' (the budget is the software's).",
        "baseline": "The offline assessor's score and reasons, for reference.",
    },
)

INTERVIEW_SCORING = ChatPrompt(
    name="interview-scoring",
    version="1",
    system=(
        "You score a finished structured interview against its rubric. " + GROUND_RULES
        + TOOL_HINT +
        " For every rubric dimension give a score from 1 to 5 (null when the transcript "
        "holds no evidence for it) and one to three quotes copied word for word from the "
        "candidate's turns, each with its turn number. Quotes that do not occur in that "
        "turn are discarded. Then write a summary of two or three sentences. Do not "
        "compute an overall score or a recommendation."
    ),
    user=(
        "Rubric (name | weight | what 1 looks like | what 5 looks like):\n<data>\n{rubric}\n"
        "</data>\nTranscript (turn | speaker | text):\n<data>\n{transcript}\n</data>\n"
        "Score every dimension."
    ),
    placeholders={
        "rubric": "One line per rubric dimension with weight and anchors.",
        "transcript": "One line per turn: seq | speaker | text, redacted.",
    },
)

SKILL_TERMS_DOC = (
    "Look up a skill in Scout's skills taxonomy: its canonical name and category, to judge "
    "whether an answer really talks about it."
)
RESUME_CLAIMS_DOC = (
    "Find the resume lines that mention a skill or topic (redacted), to ground a question "
    "in the candidate's own claims."
)
FIND_QUOTE_DOC = (
    "Check that a quote occurs word for word in a transcript turn; returns found=true or "
    "false and the turn's speaker."
)
