"""Benchmark the embedding backends: speed and agreement with sentence-transformers.

Embedding is the bottleneck of screening, so the default backend is chosen by
measurement. For each backend (torch, onnx fp32, onnx int8) and each max
sequence length, this embeds the same resume-like chunks (60–120 words) and
reports sentences per second and the cosine between each backend's vectors
and torch's at the same length.

`sent/s` is wall-clock throughput with the configured threads;
`sent/cpu-s` divides by the CPU time this process used, which stays
comparable when other processes share the machine (rounds are interleaved
across backends for the same reason). `top5` is the share of each chunk's
five nearest chunks that a backend returns in common with torch: how much
search results would change.

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

_ROLES = [
    "Senior Backend Engineer",
    "Data Scientist",
    "DevOps Engineer",
    "Product Manager",
    "Frontend Developer",
    "Machine Learning Engineer",
    "QA Analyst",
    "Site Reliability Engineer",
]
_SKILLS = [
    "Python",
    "Django",
    "FastAPI",
    "PostgreSQL",
    "Kubernetes",
    "Docker",
    "AWS",
    "Terraform",
    "React",
    "TypeScript",
    "Java",
    "Spring Boot",
    "Kafka",
    "Redis",
    "Airflow",
    "Spark",
    "PyTorch",
    "scikit-learn",
    "SQL",
    "Go",
    "GraphQL",
    "CI/CD",
    "Linux",
    "Tableau",
]
_VERBS = [
    "Led",
    "Designed",
    "Built",
    "Migrated",
    "Automated",
    "Optimised",
    "Mentored",
    "Owned",
    "Shipped",
    "Reduced",
    "Scaled",
    "Introduced",
]
_OBJECTS = [
    "a payments API serving 2M requests a day",
    "the data pipeline for billing reports",
    "an internal feature store",
    "the on-call rotation and incident reviews",
    "search ranking for the product catalogue",
    "a team of four engineers",
    "the migration from a monolith to services",
    "latency of checkout by 35%",
    "cloud costs by 20% through right-sizing",
    "end-to-end tests for the mobile app",
]


@dataclass
class Row:
    """One table row: a backend at one max length."""

    backend: str
    max_seq_length: int
    sentences_per_second: float
    sentences_per_cpu_second: float
    seconds: float
    load_seconds: float
    cosine_vs_torch_mean: float | None
    cosine_vs_torch_min: float | None
    top5_overlap_vs_torch: float | None


def synthetic_chunks(count: int, seed: int = 7) -> list[str]:
    """Resume-like paragraphs of 60–120 words, deterministic for a seed."""
    rng = random.Random(seed)
    chunks = []
    for _ in range(count):
        words: list[str] = [
            f"{rng.choice(_ROLES)} at Company {rng.randint(1, 500)}",
            f"({rng.randint(2010, 2020)}–{rng.randint(2021, 2025)}).",
        ]
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


@dataclass
class Timing:
    """Best wall-clock and CPU seconds seen for one backend."""

    wall: float = float("inf")
    cpu: float = float("inf")


def neighbours(vectors: np.ndarray, k: int = 5) -> np.ndarray:
    """Each text's k nearest other texts: what a search would return."""
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -np.inf)
    return np.argsort(-sims, axis=1)[:, :k]


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Mean share of top-k neighbours two embeddings agree on (1.0 = same results)."""
    na, nb = neighbours(a), neighbours(b)
    return float(np.mean([len(set(x) & set(y)) / len(x) for x, y in zip(na, nb, strict=True)]))


def measure(
    embedders: dict[str, Embedder], texts: list[str], repeats: int
) -> tuple[dict[str, Timing], dict[str, np.ndarray]]:
    """Best wall and CPU time per backend, rounds interleaved so that load from other
    processes on a shared machine hits every backend alike."""
    timings = {name: Timing() for name in embedders}
    vectors: dict[str, np.ndarray] = {}
    for embedder in embedders.values():
        embedder.embed(texts[:32])  # warm-up: allocations, thread pools
    for _ in range(repeats):
        for name, embedder in embedders.items():
            wall, cpu = time.perf_counter(), time.process_time()
            vectors[name] = embedder.embed(texts)
            timing = timings[name]
            timing.wall = min(timing.wall, time.perf_counter() - wall)
            timing.cpu = min(timing.cpu, time.process_time() - cpu)
    return timings, vectors


def prepare_exports(settings: Settings, backends: list[BackendName]) -> dict[str, float]:
    """Build the ONNX files once, up front, so load times below are warm loads."""
    from store.embeddings import default_model_path
    from store.onnx_export import onnx_model_file

    model_path = Path(settings.embedding_model_path or default_model_path())
    seconds: dict[str, float] = {}
    for backend in backends:
        if backend == "torch":
            continue
        variant = "int8" if backend == "onnx-int8" else "fp32"
        start = time.perf_counter()
        onnx_model_file(model_path, settings.resolved_model_cache_dir, variant)
        seconds[backend] = round(time.perf_counter() - start, 2)
    return seconds


def run(
    texts: list[str],
    lengths: list[int],
    backends: list[BackendName],
    settings: Settings,
    repeats: int,
) -> tuple[list[Row], dict[int, np.ndarray]]:
    """Measure every backend x length; returns rows and torch's vectors per length."""
    rows: list[Row] = []
    reference: dict[int, np.ndarray] = {}
    for length in lengths:
        at_length = settings.model_copy(update={"embedding_max_seq_length": length})
        embedders: dict[str, Embedder] = {}
        loads: dict[str, float] = {}
        for backend in backends:
            start = time.perf_counter()
            embedders[backend] = load_embedder(at_length, backend=backend)
            loads[backend] = time.perf_counter() - start
        timings, vectors = measure(embedders, texts, repeats)
        torch_vectors = vectors.get("torch")
        if torch_vectors is not None:
            reference[length] = torch_vectors
        for backend in backends:
            rows.append(
                make_row(
                    backend,
                    length,
                    len(texts),
                    timings[backend],
                    loads[backend],
                    vectors[backend],
                    torch_vectors,
                )
            )
            print_row(rows[-1])
    return rows, reference


def make_row(
    backend: str,
    length: int,
    count: int,
    timing: Timing,
    load: float,
    vectors: np.ndarray,
    torch_vectors: np.ndarray | None,
) -> Row:
    """Speed and agreement with torch (None for torch itself or without torch)."""
    cosines = None if torch_vectors is None else np.sum(vectors * torch_vectors, axis=1)
    return Row(
        backend=backend,
        max_seq_length=length,
        sentences_per_second=round(count / timing.wall, 1),
        sentences_per_cpu_second=round(count / timing.cpu, 1),
        seconds=round(timing.wall, 3),
        load_seconds=round(load, 2),
        cosine_vs_torch_mean=None if cosines is None else round(float(cosines.mean()), 5),
        cosine_vs_torch_min=None if cosines is None else round(float(cosines.min()), 5),
        top5_overlap_vs_torch=(
            None if torch_vectors is None else round(overlap(vectors, torch_vectors), 3)
        ),
    )


def length_effect(reference: dict[int, np.ndarray]) -> dict | None:
    """How much truncating to the shorter length changes torch's vectors and neighbours."""
    if len(reference) < 2:
        return None
    short, long = min(reference), max(reference)
    cosines = np.sum(reference[short] * reference[long], axis=1)
    return {
        "lengths": [short, long],
        "cosine_mean": round(float(cosines.mean()), 5),
        "cosine_min": round(float(cosines.min()), 5),
        "top5_overlap": round(overlap(reference[short], reference[long]), 3),
    }


def token_stats(settings: Settings, texts: list[str], lengths: list[int]) -> dict:
    """How long the chunks are in tokens, and how many each length would truncate."""
    from tokenizers import Tokenizer

    from store.embeddings import default_model_path

    model_path = Path(settings.embedding_model_path or default_model_path())
    tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    counts = np.array([len(e.ids) for e in tokenizer.encode_batch(texts)])
    return {
        "mean_tokens": round(float(counts.mean()), 1),
        "p90_tokens": int(np.percentile(counts, 90)),
        "max_tokens": int(counts.max()),
        "truncated_fraction": {str(n): round(float((counts > n).mean()), 3) for n in lengths},
    }


def print_header() -> None:
    """Column titles for `print_row`."""
    print(
        f"{'backend':<10} {'max_len':>7} {'sent/s':>7} {'sent/cpu-s':>10} {'load s':>6} "
        f"{'cos mean':>9} {'cos min':>8} {'top5':>6}"
    )


def print_row(row: Row) -> None:
    """One row, printed as soon as it is measured."""

    def show(value: float | None, spec: str) -> str:
        return "-" if value is None else format(value, spec)

    print(
        f"{row.backend:<10} {row.max_seq_length:>7} {row.sentences_per_second:>7.1f} "
        f"{row.sentences_per_cpu_second:>10.1f} {row.load_seconds:>6.2f} "
        f"{show(row.cosine_vs_torch_mean, '.5f'):>9} {show(row.cosine_vs_torch_min, '.4f'):>8} "
        f"{show(row.top5_overlap_vs_torch, '.3f'):>6}",
        flush=True,
    )


def cpu_flags() -> list[str]:
    """The CPU features that decide int8 speed (VNNI) and fp32 speed (AVX-512)."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    wanted = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8")
    return [flag for flag in wanted if f" {flag}" in text]


def parse_args() -> argparse.Namespace:
    """Command-line options (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=384, help="chunks to embed per run")
    parser.add_argument("--lengths", type=int, nargs="+", default=[128, 256])
    parser.add_argument("--backends", nargs="+", default=list(BACKENDS), choices=BACKENDS)
    parser.add_argument("--repeats", type=int, default=3, help="rounds; best per cell is kept")
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--out", type=Path, default=RESULTS)
    return parser.parse_args()


def main() -> None:
    """Run the bench, print the table and write the JSON report."""
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
    backends = sorted(args.backends, key=lambda b: BACKENDS.index(b))
    exports = prepare_exports(settings, backends)
    print(
        f"{len(texts)} chunks ({source}); tokens mean {stats['mean_tokens']}, "
        f"p90 {stats['p90_tokens']}, truncated {stats['truncated_fraction']}; "
        f"batch {settings.embedding_batch_size}; {os.cpu_count()} cpus {cpu_flags()}; "
        f"one-time ONNX export s {exports}; load {os.getloadavg()[0]:.1f}"
    )
    print_header()
    rows, reference = run(texts, args.lengths, backends, settings, args.repeats)
    effect = length_effect(reference)
    if effect:
        print(
            f"torch {effect['lengths'][0]} vs {effect['lengths'][1]} tokens: cosine mean "
            f"{effect['cosine_mean']:.4f}, min {effect['cosine_min']:.4f}, "
            f"top5 overlap {effect['top5_overlap']:.3f}"
        )
    report = {
        "texts": len(texts),
        "source": source,
        "tokens": stats,
        "batch_size": settings.embedding_batch_size,
        "threads": settings.embedding_threads,
        "repeats": args.repeats,
        "cpus": os.cpu_count(),
        "cpu_flags": cpu_flags(),
        "load_average_after": round(os.getloadavg()[0], 2),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "onnx_export_seconds": exports,
        "length_effect_torch": effect,
        "rows": [asdict(row) for row in rows],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
