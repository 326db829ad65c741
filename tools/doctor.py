"""`scout doctor`: what each part runs on, whether it answers, and its version.

Each check is independent and never raises: a broken part is reported with
the reason so the user sees everything that is wrong in one run.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from importlib.metadata import PackageNotFoundError, version

from pydantic import BaseModel

from core import versions
from core.brain_choice import choose_brain
from core.chat_models import ModelProbe, probe_model
from core.settings import Settings
from store.cache.factory import open_cache
from store.embeddings import load_embedder
from store.engine import check_connection, create_engine, safe_url
from store.migrate import current_revision, head_revision
from store.vectors.factory import open_vector_index
from tools.taxonomy import Taxonomy


class CheckResult(BaseModel):
    """One part of Scout: its backend, whether it works, and details."""

    part: str
    backend: str
    ok: bool
    detail: str


def package_version(name: str) -> str:
    """Installed version of a distribution, or 'not installed'."""
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


async def run_checks(settings: Settings) -> list[CheckResult]:
    """Run every check in turn and collect the results."""
    checks: list[Callable[[Settings], Awaitable[CheckResult]]] = [
        check_database,
        check_vectors,
        check_cache,
        check_embeddings,
        check_taxonomy,
        check_brain,
    ]
    results = []
    for check in checks:
        try:
            results.append(await check(settings))
        except Exception as exc:  # a doctor reports, it does not crash
            part = check.__name__.removeprefix("check_")
            results.append(
                CheckResult(
                    part=part, backend=backend_label(part, settings), ok=False, detail=str(exc)
                )
            )
    return results


def backend_label(part: str, settings: Settings) -> str:
    """What a part runs on, known from the settings alone (also when it is down)."""
    url = settings.resolved_database_url
    labels = {
        "database": f"{'PostgreSQL' if url.startswith('postgresql') else 'SQLite'} {safe_url(url)}",
        "vectors": f"Qdrant server {settings.qdrant_url}"
        if settings.qdrant_url
        else f"Qdrant Edge {settings.vectors_dir}",
        "cache": f"Redis {safe_url(settings.redis_url)}" if settings.redis_url else "in-process",
        "embeddings": f"{settings.embedding_backend}",
    }
    return labels.get(part, "?")


async def check_database(settings: Settings) -> CheckResult:
    """Reachable, and at which migration revision compared with the code."""
    url = settings.resolved_database_url
    backend = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    engine = create_engine(settings)
    try:
        await check_connection(engine)
    finally:
        await engine.dispose()
    current, head = await current_revision(settings), head_revision()
    if current == head:
        state = f"schema up to date ({head})"
    elif current is None:
        state = "schema not created yet: run `scout db upgrade`"
    else:
        state = f"schema at {current}, code at {head}: run `scout db upgrade`"
    return CheckResult(
        part="database",
        backend=f"{backend} {safe_url(url)}",
        ok=current == head,
        detail=f"reachable; {state}",
    )


async def check_vectors(settings: Settings) -> CheckResult:
    """The vector index opens and counts the tenant's points."""
    backend = (
        f"Qdrant server {settings.qdrant_url}"
        if settings.qdrant_url
        else (f"Qdrant Edge {settings.vectors_dir}")
    )
    index = open_vector_index(settings, 384)
    try:
        index.ensure_collection()
        count = index.count(settings.tenant)
    finally:
        index.close()
    pkg = "qdrant-client" if settings.qdrant_url else "qdrant-edge-py"
    return CheckResult(
        part="vectors",
        backend=backend,
        ok=True,
        detail=f"{count} points for tenant {settings.tenant}; {pkg} {package_version(pkg)}",
    )


async def check_cache(settings: Settings) -> CheckResult:
    """A write and read round trip through the cache."""
    backend = f"Redis {safe_url(settings.redis_url)}" if settings.redis_url else "in-process"
    cache = open_cache(settings)
    try:
        await cache.set("scout:doctor", b"ok", ttl_seconds=10)
        ok = await cache.get("scout:doctor") == b"ok"
    finally:
        await cache.close()
    return CheckResult(
        part="cache", backend=backend, ok=ok, detail="round trip ok" if ok else "read back failed"
    )


async def check_embeddings(settings: Settings) -> CheckResult:
    """The embedding model loads offline and embeds a sentence."""
    started = time.perf_counter()
    embedder = load_embedder(settings)
    vector = embedder.embed(["Senior Python engineer"])
    took = time.perf_counter() - started
    return CheckResult(
        part="embeddings",
        backend=f"{embedder.model_name} ({settings.embedding_backend})",
        ok=vector.shape == (1, embedder.dimension),
        detail=f"{embedder.dimension} dims, loaded and ran in {took:.1f}s; "
        f"sentence-transformers {package_version('sentence-transformers')}",
    )


async def check_taxonomy(settings: Settings) -> CheckResult:
    """The skills taxonomy loads; parser and scorer versions for reference."""
    taxonomy = Taxonomy.load()
    return CheckResult(
        part="taxonomy",
        backend=f"taxonomy {taxonomy.version}",
        ok=len(taxonomy) > 0,
        detail=f"{len(taxonomy)} skills; {versions.PARSER_VERSION}, {versions.SCORER_VERSION}; "
        f"unstructured {package_version('unstructured')}",
    )


async def check_brain(settings: Settings) -> CheckResult:
    """Which brain runs; with a model configured, its endpoint, model and a real request."""
    offline_detail = "rules, taxonomy and embeddings; no model calls"
    if settings.brain == "offline" or not settings.llm_configured:
        choice = await choose_brain(settings)
        return CheckResult(part="brain", backend="offline", ok=settings.brain != "llm",
                           detail=f"{choice.reason}; {offline_detail}")
    probe = await probe_model(settings)

    async def known(_: Settings) -> ModelProbe:
        return probe

    choice = await choose_brain(settings, probe=known)
    where = f"{probe.model} at {safe_url(probe.endpoint)}"
    parts = [choice.reason]
    if probe.ok:
        parts.append(f"model {probe.detail}")
    parts.append(f"llm roles: {', '.join(settings.llm_roles)}" if choice.active == "llm"
                 else offline_detail)
    return CheckResult(
        part="brain", backend=f"{choice.active} ({where})", ok=probe.ok, detail="; ".join(parts)
    )
