"""Write the demo data set (8 jobs, 60 resumes, facts.json) and synthetic resume pools.

Usage: `python -m evals.demo.generate [--out evals/demo/data] [--seed 7]`.
Everything derives from the seed and the fixed reference date, so two runs write
byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from evals.demo.dates import DATE_STYLES
from evals.demo.facts import dump, facts_document
from evals.demo.jobs import JOBS
from evals.demo.model import Look, Person
from evals.demo.people import Brief, build_person
from evals.demo.places import ORIGINS, Origin, handle_parts
from evals.demo.render_docx import DOCX_LAYOUTS, render_docx
from evals.demo.render_pdf import PDF_LAYOUTS, render_pdf
from evals.demo.render_text import TEXT_LAYOUTS, render_text
from evals.demo.roles import NO_FIT_ROLES, role_by_key

DEFAULT_OUT = Path(__file__).resolve().parent / "data"
DEFAULT_SEED = 7
LAYOUTS = (("pdf", PDF_LAYOUTS), ("docx", DOCX_LAYOUTS), ("txt", TEXT_LAYOUTS))
CORE_LOOKS = (
    (("pdf", "one-column"), 12), (("pdf", "two-column"), 12),
    (("docx", "headings"), 9), (("docx", "table"), 9),
    (("txt", "upper"), 5), (("txt", "markdown"), 5), (("txt", "colon"), 4),
    (("txt", "underline"), 4),
)
"""60 resumes: 24 PDF, 18 DOCX, 18 TXT."""
BULLETS = ("•", "•", "-", "*", "–")


def renderer(fmt: str) -> Callable[[Person, Look], bytes]:
    """The function that turns a person into file bytes of this format."""
    return {"pdf": render_pdf, "docx": render_docx, "txt": render_text}[fmt]


def layouts_of(fmt: str) -> tuple[str, ...]:
    """Layouts available for a file format."""
    return dict(LAYOUTS)[fmt]


def core_slots() -> list[tuple[str | None, str, str]]:
    """(target job, career, fit) for the 60 core people: 7 per job plus 4 who fit none.

    Per job: 2 or 3 strong, 3 or 2 medium, one weak junior in the same career and one
    weak person from a neighbouring career.
    """
    slots: list[tuple[str | None, str, str]] = []
    for index, job in enumerate(JOBS):
        strong = 2 + index % 2
        slots += [(job.slug, job.slug, "strong")] * strong
        slots += [(job.slug, job.slug, "medium")] * (5 - strong)
        slots += [(job.slug, job.slug, "weak"),
                  (job.slug, role_by_key(job.slug).neighbour, "weak")]
    slots += [(None, role, "weak") for role in NO_FIT_ROLES]
    return slots


def pick_name(
    rng: random.Random, origin: Origin, female: bool, taken: set[str], parts: bool = False
) -> tuple[str, str]:
    """A first and family name from the origin that nobody else in the set has.

    With `parts`, neither the first nor the family name may repeat either, which
    keeps a small set of people easy to tell apart.
    """
    firsts = origin.female if female else origin.male
    for _ in range(50):
        first, last = rng.choice(firsts), rng.choice(origin.family)
        keys = {"-".join(handle_parts(first, last))}
        if parts:
            keys |= {f"first:{first}", f"last:{last}"}
        if not keys & taken:
            break
    else:
        first = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTVW')}."
    taken.add("-".join(handle_parts(first, last)))
    if parts:
        taken |= {f"first:{first}", f"last:{last}"}
    return first, last


def core_plan(seed: int) -> list[tuple[Brief, Look]]:
    """Who the 60 core people are and how each resume is laid out."""
    rng = random.Random(f"core:{seed}")
    slots = core_slots()
    origins = list(ORIGINS)
    rng.shuffle(origins)
    genders = [True, False] * (len(slots) // 2 + 1)
    rng.shuffle(genders)
    looks = [look for look, count in CORE_LOOKS for _ in range(count)]
    rng.shuffle(looks)
    styles = [DATE_STYLES[i % len(DATE_STYLES)] for i in range(len(slots))]
    rng.shuffle(styles)
    taken: set[str] = set()
    plan = []
    for index, (target, career, fit) in enumerate(slots):
        origin = origins[index % len(origins)]
        first, last = pick_name(rng, origin, genders[index], taken, parts=True)
        fmt, layout = looks[index]
        bullet = "-" if layout == "markdown" else rng.choice(BULLETS)
        plan.append((Brief(first, last, origin, career, target, fit),
                     Look(fmt, layout, styles[index], bullet)))
    return plan


def stored_paths(out: Path) -> list[Path]:
    """Files a previous run wrote here, so a re-run can remove ones no longer made."""
    facts = out / "facts.json"
    if not facts.exists():
        return []
    document = json.loads(facts.read_text(encoding="utf-8"))
    return [out / key for section in ("jobs", "resumes") for key in document.get(section, {})]


def generate_all(out: Path = DEFAULT_OUT, seed: int = DEFAULT_SEED) -> dict[str, object]:
    """Write jobs, resumes and facts.json under `out`; return the facts document."""
    for stale in stored_paths(out):
        stale.unlink(missing_ok=True)
    (out / "jobs").mkdir(parents=True, exist_ok=True)
    (out / "resumes").mkdir(parents=True, exist_ok=True)
    for job in JOBS:
        (out / job.path).write_text(job.text, encoding="utf-8")
    resumes = []
    for index, (brief, look) in enumerate(core_plan(seed)):
        person = build_person(random.Random(f"person:{seed}:{index}"), brief, look)
        path = f"resumes/{index + 1:02d}-{person.slug}.{look.format}"
        (out / path).write_bytes(renderer(look.format)(person, look))
        resumes.append((path, person, look))
    document = facts_document(seed, JOBS, resumes)
    (out / "facts.json").write_bytes(dump(document))
    return document


def pool_brief(rng: random.Random, taken: set[str]) -> Brief:
    """A random person: any job (or none), any fit, any origin."""
    origin = rng.choice(ORIGINS)
    first, last = pick_name(rng, origin, rng.random() < 0.5, taken)
    if rng.random() < 0.1:
        return Brief(first, last, origin, rng.choice(NO_FIT_ROLES), None, "weak", long=True)
    job = rng.choice(JOBS)
    fit = rng.choice(("strong", "medium", "weak"))
    career = job.slug
    if fit == "weak" and rng.random() < 0.4:
        career = role_by_key(job.slug).neighbour
    return Brief(first, last, origin, career, job.slug, fit, long=True)


def generate_pool(
    count: int,
    out_dir: Path,
    seed: int = 7,
    formats: Sequence[str] = ("pdf", "docx", "txt"),
    *,
    facts_path: Path | None = None,
) -> list[Path]:
    """Write `count` extra distinct resumes for benchmarks; return their paths.

    Formats rotate in the given order; layouts, date styles, careers and fits are
    drawn at random. Names never repeat and never clash with the core 60. When
    `facts_path` is given, their facts are written there in the facts.json shape.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    taken = {"-".join(handle_parts(b.first, b.last)) for b, _ in core_plan(DEFAULT_SEED)}
    paths: list[Path] = []
    records = []
    for index in range(count):
        rng = random.Random(f"pool:{seed}:{index}")
        fmt = formats[index % len(formats)]
        layout = rng.choice(layouts_of(fmt))
        look = Look(fmt, layout, rng.choice(DATE_STYLES),
                    "-" if layout == "markdown" else rng.choice(BULLETS))
        person = build_person(rng, pool_brief(rng, taken), look)
        path = out_dir / f"pool-{index + 1:05d}-{person.slug}.{fmt}"
        path.write_bytes(renderer(fmt)(person, look))
        paths.append(path)
        records.append((path.name, person, look))
    if facts_path is not None:
        facts_path.write_bytes(dump(facts_document(seed, [], records)))
    return paths


def summarise(paths: Iterable[Path]) -> str:
    """`24 pdf, 18 docx, 18 txt`."""
    counts: dict[str, int] = {}
    for path in paths:
        counts[path.suffix[1:]] = counts.get(path.suffix[1:], 0) + 1
    return ", ".join(f"{n} {ext}" for ext, n in sorted(counts.items()))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: regenerate the demo data (and optionally a benchmark pool)."""
    parser = argparse.ArgumentParser(prog="python -m evals.demo.generate",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--pool", type=int, default=0,
                        help="also write this many extra resumes to --pool-out")
    parser.add_argument("--pool-out", type=Path, help="folder for the extra resumes")
    args = parser.parse_args(argv)
    if args.pool and args.pool_out is None:
        parser.error("--pool needs --pool-out")
    started = time.perf_counter()
    document = generate_all(args.out, args.seed)
    resumes = [Path(p) for p in document["resumes"]]  # type: ignore[union-attr]
    print(f"{len(JOBS)} jobs, {len(resumes)} resumes ({summarise(resumes)}) in "
          f"{time.perf_counter() - started:.1f}s -> {args.out}", file=sys.stderr)
    if args.pool:
        started = time.perf_counter()
        pool = generate_pool(args.pool, args.pool_out, args.seed,
                             facts_path=args.pool_out / "facts.json")
        print(f"pool: {summarise(pool)} in {time.perf_counter() - started:.1f}s",
              file=sys.stderr)
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
