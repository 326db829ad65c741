"""The parts screening needs, opened once per process from settings.

A CLI command, the server or a benchmark opens one kit and passes it down;
nothing below keeps its own connections or models.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from core.settings import Settings
from store.embeddings import Embedder, load_embedder
from store.engine import Store, open_store
from store.files import FileStore, LocalFileStore
from store.vectors.base import VectorIndex
from store.vectors.factory import open_vector_index
from tools.taxonomy import Taxonomy


@dataclass
class ScreeningKit:
    """Store, files, vectors, embedder and taxonomy: everything screening touches."""

    settings: Settings
    store: Store
    files: FileStore
    vectors: VectorIndex
    embedder: Embedder
    taxonomy: Taxonomy


@asynccontextmanager
async def open_screening_kit(
    settings: Settings, *, embedder: Embedder | None = None, taxonomy: Taxonomy | None = None
) -> AsyncIterator[ScreeningKit]:
    """Open every part and close them after; a loaded model or taxonomy may be reused."""
    settings.ensure_dirs()
    embedder = embedder or load_embedder(settings)
    taxonomy = taxonomy or Taxonomy.load()
    vectors = open_vector_index(settings, embedder.dimension)
    try:
        async with open_store(settings) as store:
            yield ScreeningKit(
                settings=settings,
                store=store,
                files=LocalFileStore(settings.files_dir),
                vectors=vectors,
                embedder=embedder,
                taxonomy=taxonomy,
            )
    finally:
        vectors.close()
