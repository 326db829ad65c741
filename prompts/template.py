"""A named, versioned chat prompt: a system and a user template with documented placeholders.

Templates are filled when a step runs (`fill`), never at import, so nothing
time-dependent goes stale. The version is part of the llm response cache key:
bump it whenever the wording changes, and old cached answers stop matching.
Literal braces in a template are written `{{` and `}}`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter
from types import MappingProxyType


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


@dataclass(frozen=True)
class ChatPrompt:
    """One prompt; `placeholders` maps every `{name}` used to what it holds."""

    name: str
    version: str
    system: str
    user: str
    placeholders: Mapping[str, str]

    def __post_init__(self) -> None:
        """Refuse a template whose placeholders and documentation disagree."""
        used = _fields(self.system) | _fields(self.user)
        documented = set(self.placeholders)
        if used != documented:
            raise ValueError(
                f"prompt {self.name}: used {sorted(used)} but documented {sorted(documented)}"
            )
        object.__setattr__(self, "placeholders", MappingProxyType(dict(self.placeholders)))

    @property
    def key(self) -> str:
        """`name@version`, as the cache and the usage table record it."""
        return f"{self.name}@{self.version}"

    def fill(self, values: Mapping[str, str]) -> tuple[str, str]:
        """The system and user texts with every placeholder filled (all are required)."""
        missing = set(self.placeholders) - set(values)
        if missing:
            raise KeyError(f"prompt {self.name} needs {sorted(missing)}")
        return self.system.format_map(values), self.user.format_map(values)
