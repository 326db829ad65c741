"""Contact details out before text leaves the process, back in after the answer returns.

Names, emails, phones, links and street addresses become placeholders such
as `[NAME_1]` or `[EMAIL_1]`; the same value always gets the same
placeholder within one `Redactor`, so a prompt, its cache key and the
model's answer stay consistent, and `restore` puts the originals back into
what the model wrote. Known values (the parsed resume's contact fields, the
candidates named in a recruiter's thread) are replaced first, then anything
that looks like an email, phone number, link or street address.

The result is verified: if a known value or a contact pattern survives, or
anything goes wrong, `RedactionError` is raised and the caller sends nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from core.resume import ParsedResume
from tools.contact import EMAIL, find_links, find_phones

log = logging.getLogger(__name__)

PiiKind = Literal["NAME", "EMAIL", "PHONE", "LINK", "ADDRESS"]
PLACEHOLDER = re.compile(r"\[(?:NAME|EMAIL|PHONE|LINK|ADDRESS)_\d+\]")
STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln"
    r"|Boulevard|Blvd|Drive|Dr|Way|Court|Ct|Place|Pl|Square|Sq|Terrace|Close|Crescent)\b\.?"
    r"|\b[A-Z][\w'-]*(?:straße|strasse|weg|gasse|allee|platz)\s+\d{1,4}[a-z]?\b"
)
MIN_NAME_PART = 2


class RedactionError(Exception):
    """Redaction could not be completed or verified: the text must not be sent."""


@dataclass(frozen=True)
class KnownPii:
    """Personal details known to be in the text, replaced before any pattern runs."""

    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()

    @classmethod
    def of_resume(cls, resume: ParsedResume | None, *names: str) -> KnownPii:
        """The contact fields of a parsed resume (a location with a number is an address)."""
        if resume is None:
            return cls(names=_clean(names))
        place = resume.location if resume.location and re.search(r"\d", resume.location) else None
        return cls(
            names=_clean([resume.name or "", *names]),
            emails=_clean(resume.emails),
            phones=_clean(resume.phones),
            links=_clean(resume.links),
            addresses=_clean([place or ""]),
        )


    def merge(self, other: KnownPii) -> KnownPii:
        """Both sets of known details."""
        return KnownPii(
            names=_clean([*self.names, *other.names]),
            emails=_clean([*self.emails, *other.emails]),
            phones=_clean([*self.phones, *other.phones]),
            links=_clean([*self.links, *other.links]),
            addresses=_clean([*self.addresses, *other.addresses]),
        )


def _clean(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _name_parts(name: str) -> list[str]:
    """A name and its words ("Jane", "Doe"), so a lone first name is caught too."""
    words = [w.strip(".,") for w in name.split()]
    parts = [w for w in words if len(w) >= MIN_NAME_PART and w[:1].isupper()]
    return [name, *parts] if len(parts) > 1 else [name]


@dataclass
class Redactor:
    """Replaces personal details with placeholders and puts them back (one per request)."""

    known: KnownPii = field(default_factory=KnownPii)
    _by_value: dict[tuple[PiiKind, str], str] = field(default_factory=dict)
    _originals: dict[str, str] = field(default_factory=dict)
    _counts: dict[PiiKind, int] = field(default_factory=dict)

    def redact(self, text: str) -> str:
        """`text` with every personal detail replaced; raises RedactionError when unsure."""
        try:
            redacted = self._redact(text)
        except Exception as exc:
            raise RedactionError(f"redaction failed: {type(exc).__name__}") from exc
        self._verify(redacted)
        return redacted

    def restore(self, text: str) -> str:
        """Placeholders back to the values they stand for (unknown ones are left)."""
        return PLACEHOLDER.sub(lambda m: self._originals.get(m.group(0), m.group(0)), text)

    def restore_data(self, value: Any) -> Any:
        """`restore` through nested dicts, lists and strings (JSON-shaped data)."""
        if isinstance(value, str):
            return self.restore(value)
        if isinstance(value, list):
            return [self.restore_data(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restore_data(v) for k, v in value.items()}
        return value

    @property
    def replaced(self) -> int:
        """How many distinct values were replaced so far."""
        return len(self._originals)

    def _placeholder(self, kind: PiiKind, value: str) -> str:
        key = (kind, value.casefold())
        if key not in self._by_value:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            token = f"[{kind}_{self._counts[kind]}]"
            self._by_value[key] = token
            self._originals[token] = value
        return self._by_value[key]

    def _replace(self, text: str, kind: PiiKind, values: Iterable[str], *, words: bool) -> str:
        """Replace each value (longest first), case-insensitively, optionally as whole words."""
        for value in sorted(set(values), key=len, reverse=True):
            escaped = re.escape(value)
            pattern = rf"(?<!\w){escaped}(?!\w)" if words else escaped
            text = re.sub(pattern, lambda m, k=kind: self._placeholder(k, m.group(0)), text,
                          flags=re.IGNORECASE)
        return text

    def _redact(self, text: str) -> str:
        known = self.known
        text = self._replace(text, "EMAIL", [*known.emails, *EMAIL.findall(text)], words=False)
        text = self._replace(text, "LINK", [*known.links, *find_links(text)], words=False)
        text = self._replace(text, "PHONE", [*known.phones, *find_phones(text)], words=False)
        streets = [m.group(0) for m in STREET.finditer(text)]
        text = self._replace(text, "ADDRESS", [*known.addresses, *streets], words=False)
        names = [part for name in known.names for part in _name_parts(name)]
        return self._replace(text, "NAME", names, words=True)

    def _verify(self, text: str) -> None:
        """Nothing known and no contact pattern may be left in what is sent."""
        plain = PLACEHOLDER.sub(" ", text)
        folded = plain.casefold()
        known = self.known
        for value in (*known.emails, *known.phones, *known.links, *known.addresses):
            if value.casefold() in folded:
                raise RedactionError("a known contact detail survived redaction")
        for name in known.names:
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", plain, re.IGNORECASE):
                raise RedactionError("a known name survived redaction")
        if EMAIL.search(plain) or find_phones(plain):
            raise RedactionError("an email or phone number survived redaction")
        log.debug("redacted %d personal details", len(self._originals))


_OPEN_PLACEHOLDER = re.compile(r"\[[A-Z]{0,7}(?:_\d{0,4})?$")


class StreamRestorer:
    """Restores placeholders in a token stream, holding back a placeholder split across tokens."""

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._held = ""

    def feed(self, token: str) -> str:
        """The text that can be shown now (restored); a partial placeholder waits."""
        text = self._held + token
        partial = _OPEN_PLACEHOLDER.search(text)
        self._held = partial.group(0) if partial else ""
        shown = text[: partial.start()] if partial else text
        return self._redactor.restore(shown)

    def flush(self) -> str:
        """Whatever is still held at the end of the stream."""
        held, self._held = self._held, ""
        return self._redactor.restore(held)
