"""Prompts of the screening roles: resume parsing, job analysis, match explanation.

Each answer is JSON validated against a pydantic schema of `agents/llm_*.py`;
whatever the model extracts is checked against the source text by the guards
before it is kept.
"""

from __future__ import annotations

from prompts.llm_common import GROUND_RULES, TOOL_HINT
from prompts.template import ChatPrompt

RESUME_EXTRACTION = ChatPrompt(
    name="resume-extraction",
    version="1",
    system=(
        "You read resumes for a hiring team and extract facts exactly as written. "
        + GROUND_RULES + TOOL_HINT +
        " Copy employers, job titles, schools and skills verbatim from the resume. Dates "
        "are YYYY-MM or YYYY as the resume gives them; use current=true for a job that is "
        "ongoing. Do not compute years of experience."
    ),
    user=(
        "Resume (personal details redacted):\n<data>\n{resume}\n</data>\n\n"
        "Skills the rule-based parser already found: {known_skills}\n"
        "Extract headline, summary, skills, experience, education, certifications and "
        "languages."
    ),
    placeholders={
        "resume": "The resume text, redacted, cut to the input limit.",
        "known_skills": "Canonical skill names found by the offline parser, comma-separated.",
    },
)

JOB_ANALYSIS = ChatPrompt(
    name="job-analysis",
    version="1",
    system=(
        "You read job descriptions for a hiring team and extract what the job asks for. "
        + GROUND_RULES + TOOL_HINT +
        " Required skills are the ones the text says are needed (must, required, you "
        "have); preferred ones are nice-to-have (plus, bonus, ideally). Copy the title, "
        "company and skills as written. Do not state a minimum number of years."
    ),
    user=(
        "Job description:\n<data>\n{job}\n</data>\n\n"
        "Skills the rule-based analyser found: required {known_required}; preferred "
        "{known_preferred}.\nExtract title, company, location, remote (remote, hybrid or "
        "onsite), seniority, employment type, required and preferred skills, education and "
        "responsibilities."
    ),
    placeholders={
        "job": "The job description text, cut to the input limit.",
        "known_required": "Required skills found by the offline analyser, comma-separated.",
        "known_preferred": "Preferred skills found by the offline analyser, comma-separated.",
    },
)

MATCH_EXPLANATION = ChatPrompt(
    name="match-explanation",
    version="1",
    system=(
        "You explain to a recruiter why a candidate's resume scored what it did against a "
        "job. " + GROUND_RULES + TOOL_HINT +
        " The score and every dimension score are final: explain them, never change or "
        "recompute them. Write two or three plain sentences: the strongest point, the "
        "weakest point, and the required skills that are missing. Only mention numbers "
        "that appear in the scores below."
    ),
    user=(
        "Job: {job_title}\nOverall score: {overall} of 100\n"
        "Dimensions (name: score, weight, evidence):\n<data>\n{dimensions}\n</data>\n"
        "Matched skills: {matched}\nMissing skills: {missing}\n"
        "Write the explanation."
    ),
    placeholders={
        "job_title": "The job's title, or 'the job'.",
        "overall": "The overall match score, 0-100, computed by code.",
        "dimensions": "One line per dimension: name, score, weight and evidence quotes.",
        "matched": "Job skills the resume shows, comma-separated.",
        "missing": "Job skills the resume does not show, comma-separated.",
    },
)

LOOKUP_SKILL_DOC = (
    "Look up a skill in Scout's skills taxonomy: returns its canonical name and category, "
    "or known=false when the taxonomy does not know it."
)
DIMENSION_EVIDENCE_DOC = (
    "Get every evidence line behind one scored dimension of this match (for example "
    "required_skills or experience_years)."
)
