"""Benchmark the embedding backends: speed and agreement with sentence-transformers.

Embedding is the bottleneck of screening, so the default backend is chosen by
measurement. For each backend (torch, onnx fp32, onnx int8) and each max
sequence length, this embeds the same resume-like chunks (60–120 words) and
reports sentences per second and the cosine between each backend's vectors
and torch's at the same length.

Chunks come from the labeled resumes in the eval data when present
(`SCOUT_EVAL_DATA`), else from a generator of resume-like text, so the bench
runs on a fresh clone too. Prints a table and writes
`evals/results/embedding_backends.json`.

    python -m evals.bench.embedding_backends [--texts 384] [--lengths 128 256]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from core.settings import Settings
from store.embeddings import BACKENDS, BackendName, Embedder, load_embedder

RESULTS = Path(__file__).resolve().parents[1] / "results" / "embedding_backends.json"

_ROLES = ["Senior Backend Engineer", "Data Scientist", "DevOps Engineer", "Product Manager",
          "Frontend Developer", "Machine Learning Engineer", "QA Analyst", "Site Reliability Engineer"]
_SKILLS = ["Python", "Django", "FastAPI", "PostgreSQL", "Kubernetes", "Docker", "AWS", "Terraform",
           "React", "TypeScript", "Java", "Spring Boot", "Kafka", "Redis", "Airflow", "Spark",
           "PyTorch", "scikit-learn", "SQL", "Go", "GraphQL", "CI/CD", "Linux", "Tableau"]
_VERBS = ["Led", "Designed", "Built", "Migrated", "Automated", "Optimised", "Mentored", "Owned",
          "Shipped", "Reduced", "Scaled", "Introduced"]
_OBJECTS = ["a payments API serving 2M requests a day", "the data pipeline for billing reports",
            "an internal feature store", "the on-call rotation and incident reviews",
            "search ranking for the product catalogue", "a team of four engineers",
            "the migration from a monolith to services", "latency of checkout by 35%",
            "cloud costs by 20% through right-sizing", "end-to-end tests for the mobile app"]


@dataclass
class Row:
    backend: str
    max_seq_length: int
    sentences_per_second: float
    seconds: float
    load_seconds: float
    cosine_vs_torch_mean: float | None
    cosine_vs_torch_min: float | None


def synthetic_chunks(count: int, seed: int = 7) -> list[str]:
    """Resume-like paragraphs of 60–120 words, deterministic for a seed."""
    rng = random.Random(seed)
    chunks = []
    for _ in range(count):
        words: list[str] = [f"{rng.choice(_ROLES)} at Company {rng.randint(1, 500)}",
                            f"({rng.randint(2010, 2020)}–{rng.randint(2021, 2025)})."]
        target = rng.randint(60, 120)
        while sum(len(w.split()) for w in words) < target:
            skills = ", ".join(rng.sample(_SKILLS, 3))
            words.append(f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)} using {skills}.")
        chunks.append(" ".join(" ".join(words).split()[:target]))
    return chunks


def resume_chunks(eval_data: Path, count: int) -> list[str]:
    """60–120-word windows over the labeled resumes, or [] when the data is missing."""
    source = eval_data / "resumes" / "dotin_train.jsonl"
    if not source.is_file():
        return []
    rng = random.Random(11)
    chunks: list[str] = []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            words = json.loads(line)["content"].split()
            start = 0
            while start + 60 <= len(words) and len(chunks) < count:
                size = rng.randint(60, 120)
                chunks.append(" ".join(words[start : start + size]))
                start += size
            if len(chunks) >= count:
                break
    return chunks


def time_embedder(embedder: Embedder, texts: list[str], repeats: int) -> tuple[float, np.ndarray]:
    """Best wall time of `repeats` runs (after a warm-up) and the vectors."""
    embedder.embed(texts[: min(32, len(texts))])
    best = float("inf")
    vectors = np.empty((0, embedder.dimension), dtype=np.float32)
    for _ in range(repeats):
        start = time.perf_counter()
        vectors = embedder.embed(texts)
        best = min(best, time.perf_counter() - start)
    return best, vectors


def run(
    texts: list[str], lengths: list[int], backends: list[BackendName], settings: Settings, repeats: int
) -> list[Row]:
    """Measure every backend × length; torch (if asked) goes first as the reference."""
    rows: list[Row] = []
    ordered = sorted(backends, key=lambda b: b != "torch")
    for length in lengths:
        at_length = settings.model_copy(update={"embedding_max_seq_length": length})
        reference: np.ndarray | None = None
        for backend in ordered:
            start = time.perf_counter()
            embedder = load_embedder(at_length, backend=backend)
            load_seconds = time.perf_counter() - start
            seconds, vectors = time_embedder(embedder, texts, repeats)
            if backend == "torch":
                reference = vectors
            cosines = None if reference is None else np.sum(vectors * reference, axis=1)
            rows.append(Row(
                backend=backend,
                max_seq_length=length,
                sentences_per_second=round(len(texts) / seconds, 1),
                seconds=round(seconds, 3),
                load_seconds=round(load_seconds, 2),
                cosine_vs_torch_mean=None if cosines is None else round(float(cosines.mean()), 5),
                cosine_vs_torch_min=None if cosines is None else round(float(cosines.min()), 5),
            ))
            print_row(rows[-1])
    return rows


def token_stats(settings: Settings, texts: list[str], lengths: list[int]) -> dict:
    """How long the chunks are in tokens, and how many each length would truncate."""
    from tokenizers import Tokenizer

    from store.embeddings import default_model_path

    model_path = Path(settings.embedding_model_path or default_model_path())
    tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
    counts = np.array([len(e.ids) for e in tokenizer.encode_batch(texts)])
    return {
        "mean_tokens": round(float(counts.mean()), 1),
        "p90_tokens": int(np.percentile(counts, 90)),
        "max_tokens": int(counts.max()),
        "truncated_fraction": {str(n): round(float((counts > n).mean()), 3) for n in lengths},
    }


def print_header() -> None:
    print(f"{'backend':<10} {'max_len':>7} {'sent/s':>8} {'seconds':>8} {'load s':>7} "
          f"{'cos mean':>9} {'cos min':>8}")


def print_row(row: Row) -> None:
    mean = "-" if row.cosine_vs_torch_mean is None else f"{row.cosine_vs_torch_mean:.5f}"
    low = "-" if row.cosine_vs_torch_min is None else f"{row.cosine_vs_torch_min:.4f}"
    print(f"{row.backend:<10} {row.max_seq_length:>7} {row.sentences_per_second:>8.1f} "
          f"{row.seconds:>8.2f} {row.load_seconds:>7.2f} {mean:>9} {low:>8}", flush=True)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=384, help="chunks to embed per run")
    parser.add_argument("--lengths", type=int, nargs="+", default=[128, 256])
    parser.add_argument("--backends", nargs="+", default=list(BACKENDS), choices=BACKENDS)
    parser.add_argument("--repeats", type=int, default=2, help="runs per cell; best is kept")
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--out", type=Path, default=RESULTS)
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    base = Settings()
    data_dir = Path(os.environ.get("SCOUT_DATA_DIR") or tempfile.mkdtemp(prefix="scout-bench-"))
    update: dict = {"data_dir": data_dir}
    if args.batch_size:
        update["embedding_batch_size"] = args.batch_size
    settings = base.model_copy(update=update)
    texts = resume_chunks(settings.eval_data, args.texts)
    source = "eval resumes" if len(texts) >= args.texts else "synthetic"
    if source == "synthetic":
        texts = synthetic_chunks(args.texts)
    stats = token_stats(settings, texts, args.lengths)
    print(f"{len(texts)} chunks ({source}); tokens mean {stats['mean_tokens']}, "
          f"p90 {stats['p90_tokens']}, truncated {stats['truncated_fraction']}; "
          f"batch {settings.embedding_batch_size}, {os.cpu_count()} cpus")
    print_header()
    rows = run(texts, args.lengths, args.backends, settings, args.repeats)
    report = {
        "texts": len(texts),
        "source": source,
        "tokens": stats,
        "batch_size": settings.embedding_batch_size,
        "threads": settings.embedding_threads,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "rows": [asdict(row) for row in rows],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
