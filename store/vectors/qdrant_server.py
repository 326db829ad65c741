"""Qdrant through qdrant-client: a server or cluster by URL (scaling out).

The same class also takes `location=":memory:"` or `path=...`, which runs
qdrant-client's local mode (pure Python, same client API). No Qdrant server
binary can be installed on the build machines, so tests exercise this code
through local mode; local mode is for tests only (slow filtered search, and
it ignores payload indexes, so none are requested there).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from qdrant_client import QdrantClient
from qdrant_client import models as qm

from core.errors import ServiceUnavailable
from store.vectors.base import (
    DEFAULT_COLLECTION,
    INDEXED_KEYWORD_FIELDS,
    TENANT_KEY,
    AnyCondition,
    Condition,
    MatchCondition,
    RangeCondition,
    SearchHit,
    VectorPoint,
    as_vector,
    check_limit,
    hit_from_payload,
    matches_nothing,
    point_uuid,
    stored_payload,
    tenant_conditions,
)

T = TypeVar("T")

_UPSERT_BATCH = 256


class QdrantServerIndex:
    """A `VectorIndex` on one Qdrant collection reached through qdrant-client."""

    def __init__(
        self,
        dimension: int,
        *,
        url: str | None = None,
        api_key: str | None = None,
        location: str | None = None,
        path: Path | None = None,
        collection: str = DEFAULT_COLLECTION,
        timeout: int = 10,
    ) -> None:
        if sum(x is not None for x in (url, location, path)) != 1:
            raise ValueError("Give exactly one of url, location or path")
        self.dimension = dimension
        self.collection = collection
        self._local = url is None
        self._where = url or location or str(path)
        self._client = QdrantClient(
            url=url,
            api_key=api_key,
            location=location,
            path=None if path is None else str(path),
            timeout=timeout,
        )
        self._ready = False
        self._lock = threading.Lock()

    def _call(self, action: Callable[[], T]) -> T:
        """Run a client call, reporting an unreachable server as ServiceUnavailable."""
        try:
            return action()
        except (ConnectionError, TimeoutError, OSError) as exc:
            raise ServiceUnavailable(f"Qdrant at {self._where} is unreachable: {exc}") from exc
        except Exception as exc:
            if _is_connection_failure(exc):
                raise ServiceUnavailable(f"Qdrant at {self._where} is unreachable: {exc}") from exc
            raise

    # -- lifecycle -------------------------------------------------------

    def ensure_collection(self) -> None:
        """Create the collection (cosine, our dimension) and payload indexes if missing.

        An existing collection with another vector size is refused: mixing
        embeddings of two models in one collection would give silent nonsense.
        """
        with self._lock:
            if self._ready:
                return
            self._call(self._create_or_check)
            self._ready = True

    def _create_or_check(self) -> None:
        client = self._client
        if client.collection_exists(self.collection):
            self._check_dimension()
            return
        client.create_collection(
            self.collection,
            vectors_config=qm.VectorParams(size=self.dimension, distance=qm.Distance.COSINE),
        )
        if not self._local:
            self._create_payload_indexes()

    def _check_dimension(self) -> None:
        params = self._client.get_collection(self.collection).config.params.vectors
        size = getattr(params, "size", None)
        if size is not None and size != self.dimension:
            raise ServiceUnavailable(
                f"Qdrant collection {self.collection!r} holds {size}-dimensional vectors, "
                f"the embedder makes {self.dimension}; use another collection or re-index."
            )

    def _create_payload_indexes(self) -> None:
        for name in INDEXED_KEYWORD_FIELDS:
            schema: qm.KeywordIndexParams | qm.PayloadSchemaType = (
                qm.KeywordIndexParams(type=qm.KeywordIndexType.KEYWORD, is_tenant=True)
                if name == TENANT_KEY
                else qm.PayloadSchemaType.KEYWORD
            )
            self._client.create_payload_index(self.collection, name, field_schema=schema)
        self._client.create_payload_index(
            self.collection, "years", field_schema=qm.PayloadSchemaType.FLOAT
        )

    def close(self) -> None:
        """Close the client (and local-mode files); idempotent."""
        self._client.close()

    # -- writes ----------------------------------------------------------

    def upsert(self, points: Sequence[VectorPoint]) -> None:
        """Insert or replace points, in batches, waiting until they are searchable."""
        if not points:
            return
        self.ensure_collection()
        built = [self._to_point(point) for point in points]
        for start in range(0, len(built), _UPSERT_BATCH):
            batch = built[start : start + _UPSERT_BATCH]
            self._call(lambda b=batch: self._client.upsert(self.collection, points=b, wait=True))

    def _to_point(self, point: VectorPoint) -> qm.PointStruct:
        payload = stored_payload(point)
        return qm.PointStruct(
            id=point_uuid(payload[TENANT_KEY], point.id),
            vector=as_vector(point.vector, self.dimension),
            payload=payload,
        )

    def delete_where(self, tenant_id: str, **match: Any) -> None:
        """Delete the tenant's points matching all of `match`."""
        conditions = tenant_conditions(tenant_id, match)
        if matches_nothing(conditions):
            return
        self.ensure_collection()
        selector = qm.FilterSelector(filter=_filter(conditions))
        self._call(
            lambda: self._client.delete(self.collection, points_selector=selector, wait=True)
        )

    # -- reads -----------------------------------------------------------

    def search(
        self,
        *,
        tenant_id: str,
        vector: Sequence[float],
        limit: int = 10,
        filters: Mapping[str, Any] | None = None,
    ) -> list[SearchHit]:
        """Nearest points of this tenant (cosine), best first."""
        conditions = tenant_conditions(tenant_id, filters)
        query_vector = as_vector(vector, self.dimension)
        if matches_nothing(conditions):
            return []
        self.ensure_collection()
        response = self._call(
            lambda: self._client.query_points(
                self.collection,
                query=query_vector,
                query_filter=_filter(conditions),
                limit=check_limit(limit),
                with_payload=True,
                with_vectors=False,
            )
        )
        return [hit_from_payload(p.payload, p.score, str(p.id)) for p in response.points]

    def count(self, tenant_id: str, filters: Mapping[str, Any] | None = None) -> int:
        """Exact count of the tenant's points."""
        conditions = tenant_conditions(tenant_id, filters)
        if matches_nothing(conditions):
            return 0
        self.ensure_collection()
        result = self._call(
            lambda: self._client.count(
                self.collection, count_filter=_filter(conditions), exact=True
            )
        )
        return result.count


def _filter(conditions: Sequence[Condition]) -> qm.Filter:
    return qm.Filter(must=[_condition(c) for c in conditions])


def _condition(condition: Condition) -> qm.FieldCondition:
    if isinstance(condition, MatchCondition):
        return qm.FieldCondition(key=condition.key, match=qm.MatchValue(value=condition.value))
    if isinstance(condition, AnyCondition):
        return qm.FieldCondition(key=condition.key, match=qm.MatchAny(any=list(condition.values)))
    if isinstance(condition, RangeCondition):
        bounds = qm.Range(gt=condition.gt, gte=condition.gte, lt=condition.lt, lte=condition.lte)
        return qm.FieldCondition(key=condition.key, range=bounds)
    raise TypeError(f"Unknown condition {condition!r}")


def _is_connection_failure(exc: Exception) -> bool:
    """qdrant-client wraps transport errors (httpx, grpc) in its own exception types."""
    import httpx

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, httpx.TransportError | ConnectionError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
