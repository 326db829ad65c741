"""Turn a sentence-transformers model folder into ONNX files onnxruntime can run.

sentence-transformers' own ONNX backend needs `optimum`, which Scout does not
install. The transformer body of a model is plain `transformers` though, so
it is exported once with `torch.onnx.export` (the TorchScript exporter: the
dynamo one needs `onnxscript`) and cached; pooling and normalisation happen
outside the graph, in `store.embeddings`.

Only the first run needs torch and transformers. Later runs load the cached
files with onnxruntime alone, which also makes start-up faster.

The graph has dynamic batch and sequence axes, so one file serves every
`max_seq_length`: the cache key is the model's identity (path, weight file
size and mtime), the export recipe version and the variant (fp32 / int8),
not the sequence length.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Literal

OnnxVariant = Literal["fp32", "int8"]

# Bump when the export or quantisation recipe changes, so old caches are not reused.
EXPORT_RECIPE = "st-onnx-2"
OPSET = 17
INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT_NAME = "token_embeddings"
MODEL_FILE = "model.onnx"


def cache_key(model_path: Path) -> str:
    """A short hash of what the exported graph depends on."""
    model_path = model_path.resolve()
    parts = [EXPORT_RECIPE, str(OPSET), str(model_path)]
    for name in ("model.safetensors", "pytorch_model.bin", "config.json"):
        weights = model_path / name
        if weights.is_file():
            stat = weights.stat()
            parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def onnx_model_file(model_path: Path, cache_root: Path, variant: OnnxVariant) -> Path:
    """The ONNX file for `model_path` and `variant`, exporting it on first use.

    Safe when two processes race: each builds in its own temporary folder and
    the first to rename it into place wins; the other's copy is dropped.
    """
    folder = cache_root / f"{model_path.resolve().name}-{cache_key(model_path)}" / variant
    target = folder / MODEL_FILE
    if target.is_file():
        return target
    build = _build_fp32 if variant == "fp32" else _build_int8
    _build_atomically(folder, lambda tmp: build(model_path, cache_root, tmp))
    return target


def _build_atomically(folder: Path, build: Callable[[Path], None]) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        build(tmp)
        try:
            os.rename(tmp, folder)
        except OSError:
            if not (folder / MODEL_FILE).is_file():
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _build_fp32(model_path: Path, _cache_root: Path, out_dir: Path) -> None:
    export_transformer(model_path, out_dir / MODEL_FILE)
    _write_info(out_dir, model_path, "fp32")


def _build_int8(model_path: Path, cache_root: Path, out_dir: Path) -> None:
    fp32 = onnx_model_file(model_path, cache_root, "fp32")
    quantize_int8(fp32, out_dir / MODEL_FILE)
    _write_info(out_dir, model_path, "int8")


def _write_info(out_dir: Path, model_path: Path, variant: str) -> None:
    info = {"model_path": str(model_path.resolve()), "variant": variant, "recipe": EXPORT_RECIPE}
    (out_dir / "export.json").write_text(json.dumps(info, indent=2))


def export_transformer(model_path: Path, out_file: Path) -> None:
    """Export the model's transformer to ONNX: ids, mask, types → token embeddings.

    Eager attention is requested because the fused SDPA path does not trace
    into a clean ONNX graph with the TorchScript exporter.
    """
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_path), attn_implementation="eager")
    model.eval()
    wrapper = _wrap_for_export(model)
    sample = torch.ones((2, 16), dtype=torch.long)
    dynamic = {name: {0: "batch", 1: "sequence"} for name in (*INPUT_NAMES, OUTPUT_NAME)}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            wrapper,
            (sample, sample, torch.zeros_like(sample)),
            str(out_file),
            dynamo=False,
            input_names=list(INPUT_NAMES),
            output_names=[OUTPUT_NAME],
            dynamic_axes=dynamic,
            opset_version=OPSET,
            do_constant_folding=True,
        )


def _wrap_for_export(model):  # noqa: ANN001, ANN202 - torch types are imported lazily
    """Wrap the model so ONNX export sees positional inputs and one tensor output."""
    import torch

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN202
            out = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    return TokenEmbeddings(model)


def quantize_int8(fp32_file: Path, out_file: Path) -> None:
    """Dynamic int8 quantisation of the weights (activations stay float).

    Per-channel int8 weights for MatMul/Gemm keep agreement with the float
    model high while making the matrix products several times cheaper on CPU.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        model_input=str(fp32_file),
        model_output=str(out_file),
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=["MatMul", "Gemm"],
    )
