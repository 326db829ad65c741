"""What kind of answer a question wants: knowledge, experience or a story.

- knowledge: "What is a closure?" — judged on addressing the question's own
  key terms;
- experience: "Walk me through work where you used Kubernetes", "What have
  you done with Terraform?" — open questions about the candidate's own work,
  judged on talking about the skill and concrete tools, not on echoing the
  question's wording;
- story: "Tell me about a time you …" — judged on a complete
  situation–task–action–result.
"""

from __future__ import annotations

import re
from typing import Literal

from tools.answer_star import is_behavioural

AnswerStyle = Literal["knowledge", "experience", "story"]

_EXPERIENCE_RE = re.compile(
    r"\b(?:walk me through|tell me about|your resume|what have you (?:done|built|used)|"
    r"have you (?:ever )?(?:used|worked|built|run)|in your (?:experience|work|last|current|"
    r"previous)|you(?:'ve| have) (?:used|worked|built)|describe the hardest|a recent (?:piece "
    r"of work|project)|what would you tell|how do you make sure|surprised you)\b",
    re.IGNORECASE,
)


def answer_style(question: str, *, behavioural: bool | None = None) -> AnswerStyle:
    """The style a question asks for; `behavioural` overrides the wording when known."""
    if behavioural or (behavioural is None and is_behavioural(question)):
        return "story"
    if _EXPERIENCE_RE.search(question):
        return "experience"
    return "knowledge"
