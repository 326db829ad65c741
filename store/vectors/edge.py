"""Qdrant Edge: the embedded vector index (one shard folder, in-process).

Qdrant Edge (`qdrant-edge-py`) runs Qdrant's engine inside this process, with
no server: one shard = one collection, kept in a folder
(`settings.vectors_dir / <collection>`). Writes go through a write-ahead
log, so an upsert survives a crash even before `flush()`; `close()` flushes.

Concurrency limits, from the engine's behaviour:

- **One process at a time.** Opening a shard takes an exclusive lock on its
  WAL; a second open (another process, or a second `EdgeVectorIndex` on the
  same folder in this process) fails at once rather than waiting. This is
  reported as `ServiceUnavailable`. Several app processes or a separate
  worker need a Qdrant server (`SCOUT_QDRANT_URL`).
- Within the process one instance is shared; the engine synchronises reads
  and writes internally, so calls from several threads are fine.
- No background optimiser: points stay in appendable segments (exact,
  filtered brute force through the payload indexes, which is fast per
  tenant) until `optimize()` is called, e.g. after a large batch ingest, to
  build the HNSW graph and merge segments.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import qdrant_edge as qe

from core.errors import ServiceUnavailable
from store.vectors.base import (
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

_CONFIG_FILE = "edge_config.json"


class EdgeVectorIndex:
    """A `VectorIndex` on a Qdrant Edge shard in a local folder."""

    def __init__(self, path: Path, dimension: int) -> None:
        self.path = Path(path)
        self.dimension = dimension
        self._shard: qe.EdgeShard | None = None
        self._lock = threading.Lock()  # guards open/close only; the engine guards the rest

    # -- lifecycle -------------------------------------------------------

    def ensure_collection(self) -> None:
        """Open the shard (creating it on first use) and its payload indexes."""
        self._open()

    def _open(self) -> qe.EdgeShard:
        with self._lock:
            if self._shard is None:
                self._shard = self._load_or_create()
                self._create_payload_indexes(self._shard)
            return self._shard

    def _config(self) -> qe.EdgeConfig:
        return qe.EdgeConfig(
            vectors=qe.EdgeVectorParams(size=self.dimension, distance=qe.Distance.Cosine)
        )

    def _load_or_create(self) -> qe.EdgeShard:
        exists = (self.path / _CONFIG_FILE).is_file()
        try:
            if exists:
                return qe.EdgeShard.load(str(self.path), self._config())
            self.path.mkdir(parents=True, exist_ok=True)
            return qe.EdgeShard.create(str(self.path), self._config())
        except Exception as exc:  # the engine raises plain Exception with a message
            raise _open_error(self.path, self.dimension, exc) from exc

    def _create_payload_indexes(self, shard: qe.EdgeShard) -> None:
        """Keyword indexes for every field Scout filters on; the tenant one is marked
        as such so the engine can keep each tenant's points together."""
        existing = set(shard.info().payload_schema)
        for name in INDEXED_KEYWORD_FIELDS:
            if name in existing:
                continue
            schema = (
                qe.KeywordIndexParams(is_tenant=True)
                if name == TENANT_KEY
                else qe.PayloadSchemaType.Keyword
            )
            shard.update(qe.UpdateOperation.create_field_index(name, schema))
        if "years" not in existing:
            shard.update(qe.UpdateOperation.create_field_index("years", qe.PayloadSchemaType.Float))

    def close(self) -> None:
        """Flush and release the shard (and its lock); idempotent."""
        with self._lock:
            shard, self._shard = self._shard, None
        if shard is not None:
            shard.flush()
            shard.close()

    def flush(self) -> None:
        """Persist segments now (the WAL already makes writes durable)."""
        self._open().flush()

    def optimize(self) -> bool:
        """Build HNSW and merge segments, blocking; True if anything changed."""
        return self._open().optimize()

    # -- writes ----------------------------------------------------------

    def upsert(self, points: Sequence[VectorPoint]) -> None:
        """Insert or replace points in one engine operation."""
        if not points:
            return
        built = [self._to_point(point) for point in points]
        self._open().update(qe.UpdateOperation.upsert_points(built))

    def _to_point(self, point: VectorPoint) -> qe.Point:
        payload = stored_payload(point)
        return qe.Point(
            point_uuid(payload[TENANT_KEY], point.id),
            as_vector(point.vector, self.dimension),
            payload,
        )

    def delete_where(self, tenant_id: str, **match: Any) -> None:
        """Delete the tenant's points matching all of `match`."""
        conditions = tenant_conditions(tenant_id, match)
        if matches_nothing(conditions):
            return
        self._open().update(qe.UpdateOperation.delete_points_by_filter(_filter(conditions)))

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
        request = qe.QueryRequest(
            limit=check_limit(limit),
            query=qe.Query.Nearest(query_vector),
            filter=_filter(conditions),
            with_payload=True,
            with_vector=False,
        )
        found = self._open().query(request)
        return [hit_from_payload(p.payload, p.score, str(p.id)) for p in found]

    def count(self, tenant_id: str, filters: Mapping[str, Any] | None = None) -> int:
        """Exact count of the tenant's points."""
        conditions = tenant_conditions(tenant_id, filters)
        if matches_nothing(conditions):
            return 0
        return self._open().count(qe.CountRequest(exact=True, filter=_filter(conditions)))


def _filter(conditions: Sequence[Condition]) -> qe.Filter:
    return qe.Filter(must=[_condition(c) for c in conditions])


def _condition(condition: Condition) -> qe.FieldCondition:
    if isinstance(condition, MatchCondition):
        return qe.FieldCondition(condition.key, match=qe.MatchValue(condition.value))
    if isinstance(condition, AnyCondition):
        return qe.FieldCondition(condition.key, match=qe.MatchAny(list(condition.values)))
    if isinstance(condition, RangeCondition):
        bounds = qe.RangeFloat(
            gt=condition.gt, gte=condition.gte, lt=condition.lt, lte=condition.lte
        )
        return qe.FieldCondition(condition.key, range=bounds)
    raise TypeError(f"Unknown condition {condition!r}")


def _open_error(path: Path, dimension: int, exc: Exception) -> Exception:
    """Turn the engine's plain exceptions into errors a user can act on."""
    message = str(exc)
    if "WouldBlock" in message or "lock" in message.lower():
        return ServiceUnavailable(
            f"The vector index at {path} is open in another process. Qdrant Edge allows "
            "one process at a time; stop the other process or set SCOUT_QDRANT_URL to "
            "use a Qdrant server."
        )
    if "dimension" in message.lower() or "size" in message.lower():
        return ServiceUnavailable(
            f"The vector index at {path} was built for another embedding size than "
            f"{dimension}: {message}. Re-index into a new data folder."
        )
    return ServiceUnavailable(f"Cannot open the vector index at {path}: {message}")
