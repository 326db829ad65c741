"""Seconds spent per pipeline stage, for benchmarks and progress reports."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager


class StageClock:
    """Accumulates wall-clock seconds and call counts per named stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    @contextmanager
    def measure(self, stage: str) -> Iterator[None]:
        """Time the body and add it to `stage`."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] += time.perf_counter() - started
            self.calls[stage] += 1

    def as_dict(self) -> dict[str, dict[str, float]]:
        """Stage → {seconds, calls}, for JSON reports."""
        return {
            stage: {"seconds": round(self.seconds[stage], 4), "calls": self.calls[stage]}
            for stage in self.seconds
        }


def null_clock() -> StageClock:
    """A clock whose readings nobody looks at (the default for product code)."""
    return StageClock()
