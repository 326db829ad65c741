"""Line cleanup shared by every extractor: glyph junk out, one bullet style in.

Resume templates decorate text with icon fonts (phone, envelope, LinkedIn
logos drawn as private-use code points), typographic ligatures, zero-width
characters and a zoo of bullet glyphs. None of it carries meaning, and all of it
breaks the regexes that find emails, dates and headings, so it is normalised
once, here, for PDF, DOCX and text alike.
"""

from __future__ import annotations

import re
import unicodedata

BULLET = "- "
# Private-use areas (icon fonts), specials, zero-width and direction marks.
_JUNK = re.compile(
    "[\ue000-\uf8ff\U000f0000-\U000fffff\U00100000-\U0010ffff"
    "\ufff0-\ufffd\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\u00ad]"
)
# Bullets drawn with the Symbol/Wingdings fonts land in the private-use area.
_PUA_BULLETS = str.maketrans({c: "•" for c in "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e8"})
_SPACES = re.compile(r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# A tab or a wide run of spaces inside a line separates columns ("Title\t\tMar 2020").
_COLUMN_GAP = re.compile(r"\s*\t\s*|[ \u00a0]{3,}")
_BULLET_CHARS = (
    "•●○◦▪▫■□◆◇♦❖➢➤►▶▸▹‣⁃∙·✓✔✗✘☐☑❑❒➔→⇒⦿⚫⚪*"
)
_LEADING_BULLET = re.compile(
    rf"^(?:[{re.escape(_BULLET_CHARS)}]+|[-–—]+(?=\s)|o(?=\s+[A-Z]))\s*"
)
_ESCAPED_BYTES = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_FLAT_GAP = re.compile(r"[ \u00a0]{2,}")
_ONLY_PUNCT = re.compile(r"^[\W_]+$")


def clean_line(line: str) -> str:
    """One visual line, normalised: NFKC, no icon glyphs, `- ` for any bullet."""
    line = _ESCAPED_BYTES.sub(_unescape, line) if "\\x" in line else line
    text = unicodedata.normalize("NFKC", _JUNK.sub("", line.translate(_PUA_BULLETS))).strip()
    text = _SPACES.sub(_one_or_two, _COLUMN_GAP.sub(" | ", text)).strip(" |")
    if not text:
        return ""
    match = _LEADING_BULLET.match(text)
    if match:
        rest = text[match.end() :].strip()
        return f"{BULLET}{rest}" if rest else ""
    if _ONLY_PUNCT.match(text) and not text.startswith(("+", "#")):
        return ""
    return text


def _unescape(match: re.Match[str]) -> str:
    """Undo text that went through a bytes repr ("\\xe2\\x80\\xa2" is a bullet)."""
    raw = bytes(int(code, 16) for code in re.findall(r"\\x([0-9a-fA-F]{2})", match.group(0)))
    return raw.decode("utf-8", errors="ignore")


def _one_or_two(match: re.Match[str]) -> str:
    """Keep a double space (a field gap in flattened text) but nothing wider."""
    return "  " if len(match.group(0)) >= 2 else " "


def clean_lines(lines: list[str]) -> list[str]:
    """Clean each line and drop the ones that held nothing but decoration."""
    cleaned = (clean_line(line) for line in lines)
    return [line for line in cleaned if line]


def clean_text(text: str) -> str:
    """Clean a whole text, keeping its line structure (one element per line)."""
    return "\n".join(clean_lines(text.splitlines()))


def has_leading_bullet(raw: str) -> bool:
    """True when a raw, uncleaned line starts with a bullet glyph."""
    text = _JUNK.sub("", raw.translate(_PUA_BULLETS)).lstrip()
    return bool(text) and _LEADING_BULLET.match(text) is not None and text[0] != "o"


def unflatten(line: str) -> list[str]:
    """Split a text line that is really a whole page flattened with double spaces.

    Converted PDFs often arrive as one long line per page, the original line
    breaks turned into runs of two or more spaces; those runs are put back as
    breaks so headings and entries are lines again. Ordinary lines are kept.
    """
    gaps = _FLAT_GAP.findall(line)
    if len(line) < 120 or len(gaps) < 3:
        return [line]
    return [part for part in _FLAT_GAP.split(line) if part.strip()]


def is_bullet(line: str) -> bool:
    """True for a cleaned line that was a bulleted item."""
    return line.startswith(BULLET)
