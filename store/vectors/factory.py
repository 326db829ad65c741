"""Choose the vector index from settings: a Qdrant server by URL, else Qdrant Edge."""

from __future__ import annotations

from core.settings import Settings
from store.vectors.base import DEFAULT_COLLECTION, VectorIndex


def open_vector_index(
    settings: Settings, dimension: int, *, collection: str = DEFAULT_COLLECTION
) -> VectorIndex:
    """A ready index (collection and payload indexes ensured); the caller keeps and closes it.

    `dimension` comes from the embedder (`Embedder.dimension`), so the
    collection always matches the model that fills it. With Qdrant Edge the
    collection is a shard folder under `settings.vectors_dir`.
    """
    index: VectorIndex
    if settings.qdrant_url:
        from store.vectors.qdrant_server import QdrantServerIndex

        api_key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
        index = QdrantServerIndex(
            dimension, url=settings.qdrant_url, api_key=api_key, collection=collection
        )
    else:
        from store.vectors.edge import EdgeVectorIndex

        index = EdgeVectorIndex(settings.vectors_dir / collection, dimension)
    try:
        index.ensure_collection()
    except BaseException:
        index.close()
        raise
    return index
