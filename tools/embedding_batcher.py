"""Embedding under concurrency: coalesce simultaneous requests, remember repeated texts.

Many candidates answering at once each need a few sentences embedded. One
model call per candidate pays the call overhead and runs tiny batches; a
call shared by the requests that arrive within a few milliseconds costs
little more than one of them. Questions repeat across a job's candidates, so
their vectors are kept (a bounded LRU). Texts of very different lengths are
not mixed in one model call: a batch is padded to its longest text.

Thread-safe: the interview runs brain calls in worker threads. The first
caller to find no batch running leads: it waits `max_wait_s` for company,
runs the model once for everyone queued, and hands each caller its rows.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

LENGTH_RATIO = 2.0
"""A model call holds texts whose lengths differ by at most this factor."""


class VectorModel(Protocol):
    """What is wrapped: `store.embeddings.Embedder`."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, one row per text."""
        ...


@dataclass
class _Request:
    texts: list[str]
    vectors: np.ndarray | None = None
    error: BaseException | None = None
    done: bool = False


@dataclass
class _Queue:
    requests: list[_Request] = field(default_factory=list)
    running: bool = False


def length_groups(texts: Sequence[str], ratio: float = LENGTH_RATIO) -> list[list[int]]:
    """Indexes of `texts` grouped by similar length (shortest first)."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    groups: list[list[int]] = []
    for index in order:
        if groups and len(texts[index]) <= ratio * max(len(texts[groups[-1][0]]), 8):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


class BatchingEmbedder:
    """An embedder that shares model calls between threads and caches repeated texts."""

    def __init__(
        self,
        inner: VectorModel,
        *,
        max_wait_s: float = 0.003,
        max_texts: int = 96,
        cache_size: int = 4096,
    ) -> None:
        self._inner = inner
        self._max_wait_s = max_wait_s
        self._max_texts = max_texts
        self._cache_size = cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cond = threading.Condition()
        self._queue = _Queue()

    def __getattr__(self, name: str) -> object:
        """Everything else (dimension, model name...) is the wrapped embedder's."""
        return getattr(self._inner, name)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for `texts` in order: cached ones at once, the rest in a shared call."""
        texts = [str(text) for text in texts]
        if not texts:
            return self._inner.embed([])
        with self._cond:
            known = {t: self._cache[t] for t in texts if t in self._cache}
            for text in known:
                self._cache.move_to_end(text)
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            known.update(zip(missing, self._shared(missing), strict=True))
        return np.stack([known[t] for t in texts]).astype(np.float32, copy=False)

    def _remember(self, vectors: dict[str, np.ndarray]) -> None:
        """Keep vectors for texts that may come again (bounded, least recently used out).

        Called with the condition held, before the callers are released, so a
        batch that starts next already finds them.
        """
        for text, vector in vectors.items():
            self._cache[text] = vector
            self._cache.move_to_end(text)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def _shared(self, texts: list[str]) -> np.ndarray:
        """Queue the texts; lead a model call if none is running, else wait for one."""
        request = _Request(texts)
        with self._cond:
            self._queue.requests.append(request)
            if self._queue.running and self._queued_texts() >= self._max_texts:
                self._cond.notify_all()  # a full batch: the waiting leader can go now
            while not request.done and self._queue.running:
                self._cond.wait()
            if request.done:
                return self._result(request)
            self._queue.running = True
            if self._queued_texts() < self._max_texts:
                self._cond.wait(timeout=self._max_wait_s)
            batch, self._queue.requests = self._queue.requests, []
        try:
            self._run(batch)
        finally:
            with self._cond:
                self._queue.running = False
                self._cond.notify_all()
        return self._result(request)

    def _queued_texts(self) -> int:
        return sum(len(r.texts) for r in self._queue.requests)

    def _run(self, batch: list[_Request]) -> None:
        """One pass of the model over every queued text not known yet, by length group."""
        texts = list(dict.fromkeys(t for r in batch for t in r.texts))
        with self._cond:
            vectors = {t: self._cache[t] for t in texts if t in self._cache}
        todo = [t for t in texts if t not in vectors]
        error: BaseException | None = None
        try:
            for group in length_groups(todo):
                chunk = [todo[i] for i in group]
                vectors.update(zip(chunk, self._inner.embed(chunk), strict=True))
        except BaseException as failure:  # every waiting caller gets the model's error
            error = failure
        with self._cond:
            if error is None:
                self._remember({t: vectors[t] for t in todo})
            for request in batch:
                request.error = error
                if error is None:
                    request.vectors = np.stack([vectors[t] for t in request.texts])
                request.done = True

    @staticmethod
    def _result(request: _Request) -> np.ndarray:
        if request.error is not None:
            raise request.error
        assert request.vectors is not None
        return request.vectors
