"""What Scout itself says during an interview, outside the questions the brain plans.

Filled in when a turn is spoken (never at import). Placeholders:

- `{job}`: the job's title, e.g. "Backend Engineer";
- `{dimensions}`: the rubric dimensions, comma-separated;
- `{ticket}`: the id of a human-review ticket;
- `{question}`: the question being asked again.
"""

from __future__ import annotations

DISCLOSURE_AND_CONSENT = (
    "Hello, I'm Scout, an AI interviewer, and I'll run this interview for the {job} role. "
    "You are talking to an automated system, not a person. I'll ask a few questions, "
    "sometimes with a follow-up; your answers are kept as a transcript and scored against "
    "the same written rubric as every other candidate for this job, and a person on the "
    "hiring team makes every decision. At the end you can ask what is assessed, and ask "
    "for a person to review your interview. Do you agree to continue? (yes or no)"
)

CONSENT_UNCLEAR = (
    "Sorry, I need a clear yes or no before we start: do you agree to continue with this "
    "AI interview?"
)

REPEAT_REQUEST = "Sorry, I didn't catch that — could you repeat? The question was: {question}"

CLOSING_INVITATION = (
    "That was my last question — thank you. Before we finish: do you have any questions? "
    "You can also ask what this interview assesses, or ask for a person to review it."
)

WHAT_IS_ASSESSED = (
    "Every candidate for this role is assessed on the same rubric: {dimensions}. Each is "
    "scored from 1 to 5 from what you said, with quotes from the transcript as evidence, "
    "and a person on the hiring team reviews the result."
)

REVIEW_REQUESTED = (
    "I've asked for a person on the hiring team to review your interview (ticket {ticket})."
)

QUESTION_PASSED_ON = (
    "I can't answer that myself, so I've passed your question on to the hiring team "
    "(ticket {ticket}); they will get back to you."
)

ANYTHING_ELSE = "Is there anything else?"

FAREWELL = "Thank you for your time. The hiring team will review your interview and be in touch."
