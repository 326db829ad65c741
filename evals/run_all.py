"""`make eval`: every accuracy eval in turn, each printing its table and writing its JSON.

The labelled data comes from `SCOUT_EVAL_DATA` (default `../shared/data`).
When that folder is missing the run says so and exits 0: the evals are
skipped, not failed. One eval crashing does not stop the others; the exit
status is 1 only when an eval crashed.

    python -m evals.run_all [--only NAME ...] [--no-peers]
"""

from __future__ import annotations

import argparse
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from core.settings import Settings
from evals import (
    fairness,
    interview_assessor,
    jd_skills,
    layout_invariance,
    parsing_dotin,
    parsing_rendered,
    ranking,
    recruiter_eval,
)
from evals.common import RESULTS_DIR, eval_data_dir, print_table


@dataclass(frozen=True)
class Eval:
    """One eval: its name, entry point and whether it runs the peers."""

    name: str
    main: Callable[[list[str]], int]
    peers: bool = False


EVALS: tuple[Eval, ...] = (
    Eval(parsing_dotin.NAME, parsing_dotin.main, peers=True),
    Eval(parsing_rendered.NAME, parsing_rendered.main, peers=True),
    Eval(layout_invariance.NAME, layout_invariance.main, peers=True),
    Eval(jd_skills.NAME, jd_skills.main),
    Eval(ranking.NAME, ranking.main),
    Eval(interview_assessor.NAME, interview_assessor.main),
    Eval(fairness.NAME, fairness.main),
    Eval(recruiter_eval.NAME, recruiter_eval.main),
)


def run(selected: list[Eval], no_peers: bool) -> list[list[str]]:
    """Run the evals in order; one summary row each (status, seconds, result file)."""
    rows = []
    for item in selected:
        print(f"\n{'=' * 30} {item.name} {'=' * 30}")
        argv = ["--no-peers"] if no_peers and item.peers else []
        result = RESULTS_DIR / f"{item.name}.json"
        before = result.stat().st_mtime if result.exists() else None
        started = time.perf_counter()
        try:
            code = item.main(argv)
            wrote = result.exists() and result.stat().st_mtime != before
            status = "ok" if code == 0 and wrote else ("skipped" if code == 0 else f"exit {code}")
        except Exception:  # one broken eval must not hide the others' results
            traceback.print_exc()
            status = "CRASHED"
        rows.append(
            [
                item.name,
                status,
                f"{time.perf_counter() - started:.1f}",
                str(result.relative_to(RESULTS_DIR.parent.parent)) if status == "ok" else "-",
            ]
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run every eval (or `--only` some); 0 unless one crashed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=[e.name for e in EVALS], help="evals to run")
    parser.add_argument("--no-peers", action="store_true", help="skip the open parsers")
    args = parser.parse_args(argv)
    data_dir = eval_data_dir(Settings())
    if not data_dir.is_dir():
        print(
            f"make eval: SKIPPED — the eval data folder {data_dir} does not exist.\n"
            "Set SCOUT_EVAL_DATA to the shared data folder (default ../shared/data) to run "
            "the accuracy evals."
        )
        return 0
    selected = [e for e in EVALS if not args.only or e.name in args.only]
    rows = run(selected, args.no_peers)
    print_table(f"Evals on {data_dir}", ["eval", "status", "seconds", "results"], rows)
    return 1 if any(row[1] == "CRASHED" or row[1].startswith("exit") for row in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
