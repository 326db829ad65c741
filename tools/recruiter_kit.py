"""What the recruiter tools read from: the store, the vectors, the embedder, the taxonomy.

A `ScreeningKit` already holds all four, so the CLI, the server and the
benchmarks pass the kit they opened; tests may pass any object with these
attributes. Nothing here opens connections of its own.
"""

from __future__ import annotations

from typing import Protocol

from store.embeddings import Embedder
from store.engine import Store
from store.vectors.base import VectorIndex
from tools.taxonomy import Taxonomy


class RecruiterKit(Protocol):
    """The open parts a recruiter question needs."""

    @property
    def store(self) -> Store:
        """The SQL store (sessions per tool call)."""
        ...

    @property
    def vectors(self) -> VectorIndex:
        """The resume-chunk index, searched per tenant."""
        ...

    @property
    def embedder(self) -> Embedder:
        """Embeds the text of semantic questions."""
        ...

    @property
    def taxonomy(self) -> Taxonomy:
        """Canonical skills, to find the resume line that shows a skill."""
        ...
