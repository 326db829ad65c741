"""Markdown markup off a resume line, keeping the words and the link targets.

Markdown resumes are read line by line (not as rendered HTML, which would glue
"Jane Roe\\nData Engineer" into one paragraph); this strips the markup a line
may carry so headings, emails and dates are plain text again. Link targets are
kept in brackets because a LinkedIn or GitHub URL is itself resume data.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(?:mailto:)?([^<>\s]+[.@][^<>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|\*|~~)(?=\S)(.+?)(?<=\S)\1")
_UNDERSCORES = re.compile(r"(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_CODE = re.compile(r"`([^`]+)`")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^\s*>\s?")


def strip_markdown(line: str) -> str:
    """One Markdown line as plain text (table rows become `a | b`)."""
    if _TABLE_RULE.match(line):
        return ""
    text = _QUOTE.sub("", line)
    heading = _HEADING.match(text)
    if heading:
        text = heading.group(1)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(_link_text, text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # nested emphasis: ***bold italic***
        text = _UNDERSCORES.sub(r"\2", _EMPHASIS.sub(r"\2", text))
    if text.strip().startswith("|") and text.strip().endswith("|"):
        cells = [cell.strip() for cell in text.strip().strip("|").split("|")]
        text = " | ".join(cell for cell in cells if cell)
    return text


def _link_text(match: re.Match[str]) -> str:
    label, target = match.group(1), match.group(2)
    target = target.removeprefix("mailto:")
    if target.rstrip("/") in label or label in target:
        return target if len(target) > len(label) else label
    return f"{label} ({target})"
