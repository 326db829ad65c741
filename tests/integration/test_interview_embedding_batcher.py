"""The shared embedder of interviews: right rows per thread, fewer model calls, errors passed on."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from tools.embedding_batcher import BatchingEmbedder, length_groups


class CountingModel:
    """Vectors that encode each text's length and first letter; counts its calls."""

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[list[str]] = []
        self.fail = fail
        self.lock = threading.Lock()

    def embed(self, texts):
        with self.lock:
            self.calls.append(list(texts))
        if self.fail:
            raise RuntimeError("model down")
        return np.array([[len(t), ord(t[0]) if t else 0] for t in texts], dtype=np.float32)


def expected(texts: list[str]) -> np.ndarray:
    return np.array([[len(t), ord(t[0]) if t else 0] for t in texts], dtype=np.float32)


def test_concurrent_callers_get_their_own_rows_from_shared_calls() -> None:
    model = CountingModel()
    shared = BatchingEmbedder(model, max_wait_s=0.02)
    requests = [[f"question {i % 3}", f"answer number {i}", "x" * (i + 1)] for i in range(24)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(shared.embed, requests))
    for texts, vectors in zip(requests, results, strict=True):
        np.testing.assert_array_equal(vectors, expected(texts))
    embedded = [t for call in model.calls for t in call]
    assert len(embedded) == len(set(embedded))  # repeated questions were embedded once
    assert len(model.calls) < len(requests)


def test_repeated_texts_come_from_the_cache() -> None:
    model = CountingModel()
    shared = BatchingEmbedder(model, max_wait_s=0)
    shared.embed(["Tell me about Python.", "An answer."])
    calls = len(model.calls)
    np.testing.assert_array_equal(
        shared.embed(["Tell me about Python."]), expected(["Tell me about Python."])
    )
    assert len(model.calls) == calls


def test_model_errors_reach_every_waiting_caller() -> None:
    shared = BatchingEmbedder(CountingModel(fail=True), max_wait_s=0.01)
    with ThreadPoolExecutor(4) as pool:
        futures = [pool.submit(shared.embed, [f"text {i}"]) for i in range(4)]
    for future in futures:
        with pytest.raises(RuntimeError, match="model down"):
            future.result()
    healthy = BatchingEmbedder(CountingModel(), max_wait_s=0)
    np.testing.assert_array_equal(healthy.embed(["ok"]), expected(["ok"]))


def test_texts_of_very_different_lengths_are_not_padded_together() -> None:
    texts = ["short", "tiny", "a" * 400, "b" * 380, "medium length text"]
    groups = length_groups(texts)
    assert sorted(i for g in groups for i in g) == list(range(len(texts)))
    assert any({2, 3} <= set(g) for g in groups)
    assert not any({0, 2} <= set(g) for g in groups)
