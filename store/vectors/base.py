"""The vector index interface: chunk vectors with payload, searched per tenant.

Two implementations share this contract: Qdrant Edge in-process (the embedded
default) and a Qdrant server through qdrant-client. Callers only ever see
`VectorIndex`, so tenant isolation lives here, once:

- `search` is the only way to query, `tenant_id` is a required keyword, and
  the tenant condition is always added by the index itself, never taken from
  `filters` (a `tenant_id` key there is refused).
- Point ids are derived from (tenant, our string id), so two tenants that
  upload the same resume (same content hash, same chunk ids) get different
  points and can never overwrite each other.

Payload keys: tenant_id, candidate_id, resume_id, job_id (optional),
section, text, skills (list), years (float). The index adds `point_id`
(our string id) and strips it again from search results.

Indexes are synchronous (both engines are); async callers wrap calls in
`asyncio.to_thread`.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import numpy as np

DEFAULT_COLLECTION = "resume_chunks"
TENANT_KEY = "tenant_id"
POINT_ID_KEY = "point_id"
INDEXED_KEYWORD_FIELDS = ("tenant_id", "candidate_id", "resume_id", "job_id", "section")
RANGE_OPERATORS = ("gt", "gte", "lt", "lte")

# Fixed namespace for point UUIDs: changing it would orphan every stored point.
POINT_NAMESPACE = uuid.UUID("5c0a7e7e-2b1d-4f6e-9a53-8d1c3b7f0a11")


@dataclass(frozen=True)
class VectorPoint:
    """One vector to store: our string id, the vector, and its payload."""

    id: str
    vector: Sequence[float]
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchHit:
    """One search result: our string id, cosine similarity, and the stored payload."""

    id: str
    score: float
    payload: dict[str, Any]


@dataclass(frozen=True)
class MatchCondition:
    """Payload `key` equals `value` (for list fields: contains it)."""

    key: str
    value: str | int | bool


@dataclass(frozen=True)
class AnyCondition:
    """Payload `key` equals (or, for list fields, contains) one of `values`."""

    key: str
    values: tuple[str, ...] | tuple[int, ...]


@dataclass(frozen=True)
class RangeCondition:
    """Numeric payload `key` within bounds (e.g. years >= 5)."""

    key: str
    gt: float | None = None
    gte: float | None = None
    lt: float | None = None
    lte: float | None = None


Condition = MatchCondition | AnyCondition | RangeCondition


@runtime_checkable
class VectorIndex(Protocol):
    """A collection of chunk vectors, always searched within one tenant."""

    dimension: int

    def ensure_collection(self) -> None:
        """Create the collection and its payload indexes if missing (idempotent)."""
        ...

    def upsert(self, points: Sequence[VectorPoint]) -> None:
        """Insert or replace points; the same (tenant, id) replaces the old point."""
        ...

    def delete_where(self, tenant_id: str, **match: Any) -> None:
        """Delete the tenant's points matching every `match` condition
        (e.g. resume_id=...); with no conditions, all the tenant's points."""
        ...

    def search(
        self,
        *,
        tenant_id: str,
        vector: Sequence[float],
        limit: int = 10,
        filters: Mapping[str, Any] | None = None,
    ) -> list[SearchHit]:
        """Nearest points of this tenant, best first.

        `filters`: `key=value` exact match (on list fields: contains),
        `key=[v1, v2]` any-of, `key={"gte": 5}` numeric range.
        """
        ...

    def count(self, tenant_id: str, filters: Mapping[str, Any] | None = None) -> int:
        """Exact number of the tenant's points (matching `filters`)."""
        ...

    def close(self) -> None:
        """Release the engine (files, connections); idempotent."""
        ...


def point_uuid(tenant_id: str, point_id: str) -> str:
    """Deterministic UUID for (tenant, our id): re-upserting a chunk replaces it."""
    return str(uuid.uuid5(POINT_NAMESPACE, f"{tenant_id}\x1f{point_id}"))


def check_tenant(tenant_id: str) -> str:
    """Refuse a missing tenant: an empty one would silently match nothing or leak."""
    if not isinstance(tenant_id, str) or not tenant_id:
        raise ValueError("tenant_id must be a non-empty string")
    return tenant_id


def as_vector(vector: Sequence[float], dimension: int) -> list[float]:
    """The vector as a list of finite floats of the collection's dimension."""
    array = np.asarray(vector, dtype=np.float32).reshape(-1)
    if array.shape[0] != dimension:
        raise ValueError(f"Vector has {array.shape[0]} dimensions, the index expects {dimension}")
    if not np.all(np.isfinite(array)):
        raise ValueError("Vector contains NaN or infinite values")
    return array.tolist()


def stored_payload(point: VectorPoint) -> dict[str, Any]:
    """The payload as stored: validated tenant, plus our string id."""
    payload = dict(point.payload)
    check_tenant(payload.get(TENANT_KEY, ""))
    if not point.id:
        raise ValueError("VectorPoint.id must be a non-empty string")
    payload[POINT_ID_KEY] = point.id
    return payload


def hit_from_payload(
    payload: Mapping[str, Any] | None, score: float, fallback_id: str
) -> SearchHit:
    """A SearchHit with our string id restored and the internal key removed."""
    data = dict(payload or {})
    point_id = str(data.pop(POINT_ID_KEY, fallback_id))
    return SearchHit(id=point_id, score=float(score), payload=data)


def tenant_conditions(tenant_id: str, filters: Mapping[str, Any] | None) -> list[Condition]:
    """The tenant condition first, then the caller's filters (which may not name the tenant)."""
    conditions: list[Condition] = [MatchCondition(TENANT_KEY, check_tenant(tenant_id))]
    for key, value in (filters or {}).items():
        if key == TENANT_KEY:
            raise ValueError("tenant_id is set by the index; pass it as the tenant_id argument")
        conditions.append(parse_condition(key, value))
    return conditions


def parse_condition(key: str, value: Any) -> Condition:
    """One filter entry → a backend-neutral condition, with clear errors for bad values."""
    if isinstance(value, Mapping):
        return _range_condition(key, value)
    if isinstance(value, list | tuple | set | frozenset):
        return _any_condition(key, value)
    if isinstance(value, str | bool | int):
        return MatchCondition(key, value)
    raise ValueError(
        f"Filter {key!r}: {type(value).__name__} cannot be matched exactly; "
        "use a string, integer, list, or a range like {'gte': 5}"
    )


def _any_condition(key: str, values: Any) -> AnyCondition:
    items = tuple(values)
    if all(isinstance(v, str) for v in items):
        return AnyCondition(key, items)
    if all(isinstance(v, int) and not isinstance(v, bool) for v in items):
        return AnyCondition(key, items)
    raise ValueError(f"Filter {key!r}: any-of values must be all strings or all integers")


def _range_condition(key: str, bounds: Mapping[str, Any]) -> RangeCondition:
    unknown = set(bounds) - set(RANGE_OPERATORS)
    if unknown or not bounds:
        raise ValueError(f"Filter {key!r}: a range takes {', '.join(RANGE_OPERATORS)}")
    numbers = {op: float(bound) for op, bound in bounds.items() if bound is not None}
    if any(not math.isfinite(n) for n in numbers.values()):
        raise ValueError(f"Filter {key!r}: range bounds must be finite numbers")
    return RangeCondition(key, **numbers)


def matches_nothing(conditions: Sequence[Condition]) -> bool:
    """An empty any-of list can match no point: skip the engine call entirely."""
    return any(isinstance(c, AnyCondition) and not c.values for c in conditions)


def check_limit(limit: int) -> int:
    """Limits must be positive; a huge limit is the caller's choice."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return limit
