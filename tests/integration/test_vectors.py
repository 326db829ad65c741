"""The vector index contract on Qdrant Edge and on qdrant-client (local mode).

Vectors are small hand-made ones (dimension 8) so that expected neighbours are
obvious; one test goes through the factory at the embedder's 384.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import ServiceUnavailable
from core.settings import Settings
from store.vectors.base import SearchHit, VectorIndex, VectorPoint, point_uuid
from store.vectors.edge import EdgeVectorIndex
from store.vectors.factory import open_vector_index
from store.vectors.qdrant_server import QdrantServerIndex

DIM = 8
REPO = Path(__file__).resolve().parents[2]


def unit(i: int, j: int | None = None) -> list[float]:
    """A vector pointing along axis i (and j), easy to reason about."""
    vector = [0.0] * DIM
    vector[i] = 1.0
    if j is not None:
        vector[j] = 0.5
    return vector


def chunk(
    tenant: str,
    point_id: str,
    vector: list[float],
    *,
    candidate: str = "cand-1",
    resume: str = "res-1",
    section: str = "experience",
    skills: list[str] | None = None,
    years: float = 3.0,
    text: str = "",
) -> VectorPoint:
    payload = {
        "tenant_id": tenant,
        "candidate_id": candidate,
        "resume_id": resume,
        "section": section,
        "text": text or f"{tenant} {point_id}",
        "skills": skills if skills is not None else ["python"],
        "years": years,
    }
    return VectorPoint(id=point_id, vector=vector, payload=payload)


@pytest.fixture(params=["edge", "qdrant-local"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[VectorIndex]:
    built: VectorIndex
    if request.param == "edge":
        built = EdgeVectorIndex(tmp_path / "vectors" / "chunks", DIM)
    else:
        built = QdrantServerIndex(DIM, location=":memory:")
    built.ensure_collection()
    try:
        yield built
    finally:
        built.close()


def ids(hits: list[SearchHit]) -> list[str]:
    return [hit.id for hit in hits]


def test_implements_protocol(index: VectorIndex) -> None:
    assert isinstance(index, VectorIndex)
    assert index.dimension == DIM


def test_upsert_search_count_delete(index: VectorIndex) -> None:
    index.upsert(
        [
            chunk("t1", "res-1:0", unit(0), resume="res-1"),
            chunk("t1", "res-1:1", unit(1), resume="res-1"),
            chunk("t1", "res-2:0", unit(2), resume="res-2"),
        ]
    )
    assert index.count("t1") == 3

    hits = index.search(tenant_id="t1", vector=unit(1, 0), limit=2)
    assert ids(hits) == ["res-1:1", "res-1:0"]
    assert hits[0].score == pytest.approx(1 / (1.25**0.5), abs=1e-4)
    assert hits[0].payload["resume_id"] == "res-1"
    assert "point_id" not in hits[0].payload  # internal key is not leaked back

    index.delete_where("t1", resume_id="res-1")
    assert index.count("t1") == 1
    assert ids(index.search(tenant_id="t1", vector=unit(1))) == ["res-2:0"]

    index.delete_where("t1")  # everything of the tenant
    assert index.count("t1") == 0
    assert index.search(tenant_id="t1", vector=unit(0)) == []


def test_search_limit(index: VectorIndex) -> None:
    index.upsert([chunk("t1", f"p{i}", unit(i % DIM, (i + 1) % DIM)) for i in range(20)])
    assert len(index.search(tenant_id="t1", vector=unit(0), limit=5)) == 5
    with pytest.raises(ValueError):
        index.search(tenant_id="t1", vector=unit(0), limit=0)


def test_reupsert_replaces_the_point(index: VectorIndex) -> None:
    index.upsert([chunk("t1", "res-1:0", unit(0), text="old text")])
    index.upsert([chunk("t1", "res-1:0", unit(3), text="new text")])
    assert index.count("t1") == 1
    (hit,) = index.search(tenant_id="t1", vector=unit(3), limit=5)
    assert hit.id == "res-1:0"
    assert hit.payload["text"] == "new text"
    assert hit.score == pytest.approx(1.0, abs=1e-5)


def test_point_uuid_is_deterministic_and_tenant_scoped() -> None:
    assert point_uuid("t1", "res-1:0") == point_uuid("t1", "res-1:0")
    assert point_uuid("t1", "res-1:0") != point_uuid("t2", "res-1:0")
    assert point_uuid("t1", "a") != point_uuid("t1", "b")


class TestTenantIsolation:
    def test_identical_vector_never_crosses_tenants(self, index: VectorIndex) -> None:
        secret = unit(5)
        index.upsert([chunk("tenant-a", "a:0", secret, text="A's private resume")])
        # B has nothing yet: an identical vector and no filter still finds nothing.
        assert index.search(tenant_id="tenant-b", vector=secret, limit=100) == []
        index.upsert([chunk("tenant-b", "b:0", unit(0))])
        hits = index.search(tenant_id="tenant-b", vector=secret, limit=100)
        assert ids(hits) == ["b:0"]
        assert all(hit.payload["tenant_id"] == "tenant-b" for hit in hits)

    def test_same_chunk_id_in_two_tenants_does_not_collide(self, index: VectorIndex) -> None:
        # Same resume bytes uploaded by two tenants → same resume id → same chunk ids.
        index.upsert([chunk("tenant-a", "res-x:0", unit(0), text="A copy")])
        index.upsert([chunk("tenant-b", "res-x:0", unit(0), text="B copy")])
        assert index.count("tenant-a") == 1
        assert index.count("tenant-b") == 1
        (hit_a,) = index.search(tenant_id="tenant-a", vector=unit(0))
        assert hit_a.payload["text"] == "A copy"

    def test_delete_and_count_are_tenant_scoped(self, index: VectorIndex) -> None:
        index.upsert([chunk("tenant-a", "r:0", unit(0), resume="r")])
        index.upsert([chunk("tenant-b", "r:0", unit(0), resume="r")])
        index.delete_where("tenant-b", resume_id="r")
        assert index.count("tenant-b") == 0
        assert index.count("tenant-a") == 1

    def test_filters_cannot_name_the_tenant(self, index: VectorIndex) -> None:
        index.upsert([chunk("tenant-a", "a:0", unit(0))])
        with pytest.raises(ValueError):
            index.search(tenant_id="tenant-b", vector=unit(0), filters={"tenant_id": "tenant-a"})
        with pytest.raises((TypeError, ValueError)):  # Python itself refuses the duplicate
            index.delete_where("tenant-b", tenant_id="tenant-a")  # type: ignore[misc]
        with pytest.raises(ValueError):
            index.count("tenant-b", filters={"tenant_id": "tenant-a"})
        assert index.count("tenant-a") == 1

    def test_tenant_is_required_and_keyword_only(self, index: VectorIndex) -> None:
        with pytest.raises(TypeError):
            index.search(vector=unit(0))  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            index.search("tenant-a", unit(0))  # type: ignore[misc]
        for empty in ("", None):
            with pytest.raises(ValueError):
                index.search(tenant_id=empty, vector=unit(0))  # type: ignore[arg-type]

    def test_points_without_tenant_are_refused(self, index: VectorIndex) -> None:
        with pytest.raises(ValueError):
            index.upsert([VectorPoint(id="x", vector=unit(0), payload={"text": "no tenant"})])


class TestFilters:
    @pytest.fixture(autouse=True)
    def _points(self, index: VectorIndex) -> None:
        index.upsert(
            [
                chunk(
                    "t1",
                    "c1:exp",
                    unit(0),
                    candidate="c1",
                    section="experience",
                    skills=["python", "django"],
                    years=6.0,
                ),
                chunk(
                    "t1",
                    "c1:edu",
                    unit(0, 1),
                    candidate="c1",
                    section="education",
                    skills=[],
                    years=6.0,
                ),
                chunk(
                    "t1",
                    "c2:exp",
                    unit(0, 2),
                    candidate="c2",
                    section="experience",
                    skills=["java"],
                    years=2.0,
                ),
                chunk(
                    "t1",
                    "c3:exp",
                    unit(0, 3),
                    candidate="c3",
                    section="experience",
                    skills=["python", "go"],
                    years=9.5,
                ),
            ]
        )
        index.upsert([chunk("t2", "c9:exp", unit(0), candidate="c1", skills=["python"])])

    def search(self, index: VectorIndex, **filters: object) -> set[str]:
        return set(ids(index.search(tenant_id="t1", vector=unit(0), limit=50, filters=filters)))

    def test_exact_match(self, index: VectorIndex) -> None:
        assert self.search(index, section="education") == {"c1:edu"}
        assert self.search(index, candidate_id="c1") == {"c1:exp", "c1:edu"}

    def test_any_match_on_keyword(self, index: VectorIndex) -> None:
        assert self.search(index, candidate_id=["c2", "c3"]) == {"c2:exp", "c3:exp"}

    def test_list_field_contains(self, index: VectorIndex) -> None:
        assert self.search(index, skills="python") == {"c1:exp", "c3:exp"}
        assert self.search(index, skills=["java", "go"]) == {"c2:exp", "c3:exp"}

    def test_range(self, index: VectorIndex) -> None:
        assert self.search(index, years={"gte": 5}, section="experience") == {"c1:exp", "c3:exp"}
        assert self.search(index, years={"gt": 2, "lt": 7}) == {"c1:exp", "c1:edu"}

    def test_combined_filters_and_count(self, index: VectorIndex) -> None:
        filters = {"section": "experience", "skills": "python", "candidate_id": ["c1", "c2"]}
        assert self.search(index, **filters) == {"c1:exp"}
        assert index.count("t1", filters=filters) == 1
        assert index.count("t1") == 4
        assert index.count("t2") == 1

    def test_empty_any_list_matches_nothing(self, index: VectorIndex) -> None:
        assert self.search(index, candidate_id=[]) == set()
        assert index.count("t1", filters={"candidate_id": []}) == 0
        index.delete_where("t1", candidate_id=[])
        assert index.count("t1") == 4

    def test_unknown_value_matches_nothing(self, index: VectorIndex) -> None:
        assert self.search(index, job_id="no-such-job") == set()

    @pytest.mark.parametrize(
        "bad", [{"years": 3.5}, {"years": {"between": 1}}, {"skills": ["a", 1]}, {"x": None}]
    )
    def test_bad_filters_are_refused(self, index: VectorIndex, bad: dict) -> None:
        with pytest.raises(ValueError):
            index.search(tenant_id="t1", vector=unit(0), filters=bad)


def test_wrong_dimension_is_refused(index: VectorIndex) -> None:
    with pytest.raises(ValueError):
        index.upsert([chunk("t1", "p", [1.0, 0.0])])
    with pytest.raises(ValueError):
        index.search(tenant_id="t1", vector=[1.0] * (DIM + 1))
    with pytest.raises(ValueError):
        index.search(tenant_id="t1", vector=[float("nan")] * DIM)


def test_numpy_vectors_are_accepted(index: VectorIndex) -> None:
    import numpy as np

    index.upsert([chunk("t1", "np", np.asarray(unit(2), dtype=np.float32))])  # type: ignore[arg-type]
    (hit,) = index.search(tenant_id="t1", vector=np.asarray(unit(2)))
    assert hit.id == "np"


# -- persistence and engine limits ------------------------------------------


def test_edge_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "shard"
    first = EdgeVectorIndex(path, DIM)
    first.upsert([chunk("t1", "keep", unit(4), candidate="c7")])
    first.close()
    first.close()  # idempotent
    again = EdgeVectorIndex(path, DIM)
    try:
        assert again.count("t1") == 1
        (hit,) = again.search(tenant_id="t1", vector=unit(4), filters={"candidate_id": "c7"})
        assert hit.id == "keep"
    finally:
        again.close()


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_edge_persists_across_processes(tmp_path: Path) -> None:
    path = tmp_path / "shard"
    _run(f"""
        from pathlib import Path
        from store.vectors.base import VectorPoint
        from store.vectors.edge import EdgeVectorIndex
        index = EdgeVectorIndex(Path({str(path)!r}), {DIM})
        vec = [0.0] * {DIM}; vec[6] = 1.0
        index.upsert([VectorPoint("p1", vec, {{"tenant_id": "t1", "resume_id": "r1"}})])
        index.close()
    """)
    out = _run(f"""
        from pathlib import Path
        from store.vectors.edge import EdgeVectorIndex
        index = EdgeVectorIndex(Path({str(path)!r}), {DIM})
        vec = [0.0] * {DIM}; vec[6] = 1.0
        hits = index.search(tenant_id="t1", vector=vec, filters={{"resume_id": "r1"}})
        print(index.count("t1"), hits[0].id, round(hits[0].score, 3))
        index.close()
    """)
    assert out == "1 p1 1.0"


def test_edge_recovers_writes_after_a_crash(tmp_path: Path) -> None:
    """The WAL keeps an upsert even when the process dies without flush or close."""
    path = tmp_path / "shard"
    _run(f"""
        import os
        from pathlib import Path
        from store.vectors.base import VectorPoint
        from store.vectors.edge import EdgeVectorIndex
        index = EdgeVectorIndex(Path({str(path)!r}), {DIM})
        index.upsert([VectorPoint("p1", [1.0] + [0.0] * {DIM - 1}, {{"tenant_id": "t1"}})])
        os._exit(0)
    """)
    index = EdgeVectorIndex(path, DIM)
    try:
        assert index.count("t1") == 1
    finally:
        index.close()


def test_edge_allows_one_opener_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "shard"
    first = EdgeVectorIndex(path, DIM)
    first.ensure_collection()
    try:
        with pytest.raises(ServiceUnavailable, match="another process"):
            EdgeVectorIndex(path, DIM).ensure_collection()
    finally:
        first.close()
    second = EdgeVectorIndex(path, DIM)  # free again after close
    second.ensure_collection()
    second.close()


def test_edge_refuses_another_dimension(tmp_path: Path) -> None:
    path = tmp_path / "shard"
    index = EdgeVectorIndex(path, DIM)
    index.ensure_collection()
    index.close()
    with pytest.raises(ServiceUnavailable):
        EdgeVectorIndex(path, DIM * 2).ensure_collection()


def test_edge_optimize_keeps_results(tmp_path: Path) -> None:
    index = EdgeVectorIndex(tmp_path / "shard", DIM)
    try:
        index.upsert([chunk("t1", f"p{i}", unit(i % DIM, (i + 3) % DIM)) for i in range(50)])
        before = ids(index.search(tenant_id="t1", vector=unit(2), limit=5))
        index.optimize()
        assert ids(index.search(tenant_id="t1", vector=unit(2), limit=5)) == before
        assert index.count("t1") == 50
    finally:
        index.close()


def test_qdrant_local_path_persists(tmp_path: Path) -> None:
    first = QdrantServerIndex(DIM, path=tmp_path / "qdrant")
    first.upsert([chunk("t1", "keep", unit(1))])
    first.close()
    again = QdrantServerIndex(DIM, path=tmp_path / "qdrant")
    try:
        assert ids(again.search(tenant_id="t1", vector=unit(1))) == ["keep"]
    finally:
        again.close()


def test_qdrant_refuses_another_dimension(tmp_path: Path) -> None:
    first = QdrantServerIndex(DIM, path=tmp_path / "qdrant")
    first.ensure_collection()
    first.close()
    other = QdrantServerIndex(DIM * 2, path=tmp_path / "qdrant")
    try:
        with pytest.raises(ServiceUnavailable):
            other.ensure_collection()
    finally:
        other.close()


def test_qdrant_server_takes_exactly_one_location() -> None:
    with pytest.raises(ValueError):
        QdrantServerIndex(DIM)
    with pytest.raises(ValueError):
        QdrantServerIndex(DIM, url="http://127.0.0.1:6333", location=":memory:")


# -- factory -------------------------------------------------------------------


def test_factory_defaults_to_edge_in_vectors_dir(settings: Settings) -> None:
    index = open_vector_index(settings, 384)
    try:
        assert isinstance(index, EdgeVectorIndex)
        assert index.path.parent == settings.vectors_dir
        index.upsert([VectorPoint("p", [1.0] + [0.0] * 383, {"tenant_id": "t"})])
        assert index.count("t") == 1
    finally:
        index.close()


def test_factory_uses_qdrant_client_for_a_url(settings: Settings) -> None:
    unreachable = settings.model_copy(update={"qdrant_url": "http://127.0.0.1:1"})
    with pytest.raises(ServiceUnavailable, match="unreachable"):
        open_vector_index(unreachable, 384)
