"""`make bench`: every benchmark in turn; each prints a table and writes JSON to evals/results/.

Benchmarks are measurements, not tests: they never fail on a slow machine.
Set SCOUT_BENCH_QUICK=1 for a short smoke run (smaller pools, shorter loads).
"""

from __future__ import annotations

import importlib
import os
import sys
import time

BENCHMARKS = (
    ("evals.bench.embedding_backends", []),
    ("evals.bench.screening", []),
    ("evals.bench.interview_turns", []),
    ("evals.bench.recruiter_latency", []),
)
QUICK_ARGS = {
    "evals.bench.embedding_backends": ["--texts", "64", "--repeats", "1"],
    "evals.bench.screening": ["--pool", "100"],
    "evals.bench.interview_turns": ["--quick"],
    "evals.bench.recruiter_latency": ["--quick"],
}


def run(module_name: str, args: list[str]) -> bool:
    """Run one benchmark's `cli()` with the given argv; report, never raise."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        print(f"== {module_name}: not available ({exc})")
        return True
    print(f"== {module_name} {' '.join(args)}", flush=True)
    saved, sys.argv = sys.argv, [module_name, *args]
    started = time.perf_counter()
    try:
        entry = getattr(module, "cli", None) or module.main
        result = entry()
    except SystemExit as exc:
        return exc.code in (0, None)
    except Exception as exc:  # one broken benchmark must not hide the others
        print(f"   failed: {exc!r}")
        return False
    finally:
        sys.argv = saved
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    return result in (0, None)


def main() -> int:
    """Run every benchmark; exit 1 if one crashed (slowness is never a failure)."""
    quick = os.environ.get("SCOUT_BENCH_QUICK", "") not in ("", "0")
    ok = True
    for module_name, args in BENCHMARKS:
        ok &= run(module_name, QUICK_ARGS.get(module_name, args) if quick else args)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
