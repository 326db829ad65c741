"""Experience sections under headings no list of names covers.

The section splitter only knows fixed names, so a field-named heading
("Teaching Experience", see `resume_headings`) ends up inside the section
before it (often education or the summary) and its jobs are lost. Here such
a line inside another section starts an experience section of its own, but
only when a date range follows before the section ends: a skills table
column ("Last Used / Experience") or a paper title has none.
"""

from __future__ import annotations

from tools.dates import find_ranges
from tools.resume_experience import join_wrapped_ranges
from tools.resume_headings import is_experience_heading
from tools.sections import Section

_KEEP = frozenset({"experience", "volunteering"})


def _has_dates(lines: list[str]) -> bool:
    """True when some line holds a date range (one broken over two lines counts)."""
    return any(find_ranges(line) for line in join_wrapped_ranges(lines))


def split_experience(sections: list[Section]) -> list[Section]:
    """The sections with every experience heading found inside another one cut out.

    The new section runs to the next such heading or to the end of the
    section it was found in; a cut without dates after it is not made.
    """
    out: list[Section] = []
    for section in sections:
        if section.kind in _KEEP:
            out.append(section)
            continue
        kind, heading, body = section.kind, section.heading, []
        lines = list(section.lines)
        for index, line in enumerate(lines):
            if is_experience_heading(line) and _has_dates(_until_next(lines, index + 1)):
                out.append(Section(kind, heading, tuple(body)))
                kind, heading, body = "experience", line, []
            else:
                body.append(line)
        out.append(Section(kind, heading, tuple(body)))
    return out


def _until_next(lines: list[str], start: int) -> list[str]:
    """The lines from `start` up to the next experience heading."""
    end = start
    while end < len(lines) and not is_experience_heading(lines[end]):
        end += 1
    return lines[start:end]
