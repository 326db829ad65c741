"""Layout invariance: one resume laid out three ways must parse to the same facts.

`resume_files/pdf/template_single_column.pdf`, `template_two_column.pdf` and
`template_modern_two_column.pdf` carry the same content. Each is parsed by
Scout (and by the peers that read PDFs); for every field the eval reports
whether all three layouts agree (1/0) and, per pair, the agreement with the
single-column layout (Jaccard for lists, 1/0 for single values). A field that
is empty in all three agrees trivially and is marked "(empty)". Values are
compared after normalising case and whitespace; lists as sets.

    python -m evals.layout_invariance [--no-peers]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from core.errors import ScoutError
from core.resume import ParsedResume
from core.settings import Settings
from evals.common import (
    REFERENCE_DATE,
    EvalRecord,
    base_config,
    eval_data_dir,
    fingerprint,
    fmt,
    norm,
    norm_url,
    print_table,
    record,
    require,
    skip_if_missing,
    write_results,
)
from evals.peers import PeerInput, PeerRun, peer_config, run_peers
from tools.read_resume import read_resume
from tools.taxonomy import Taxonomy

NAME = "layout_invariance"
FOLDER = "resume_files/pdf"
LAYOUTS = ("template_single_column", "template_two_column", "template_modern_two_column")

Fact = str | frozenset[str]


def _job(entry: Any) -> str:
    end = "current" if entry.current else entry.end
    return f"{norm(entry.title)} | {norm(entry.company)} | {entry.start} – {end}"


def _school(entry: Any) -> str:
    return f"{norm(entry.institution)} | {norm(entry.degree)} | {entry.graduation_year}"


FIELDS: tuple[tuple[str, Callable[[ParsedResume], Fact]], ...] = (
    ("name", lambda p: norm(p.name)),
    ("emails", lambda p: frozenset(norm(e) for e in p.emails)),
    ("phones", lambda p: frozenset("".join(c for c in x if c.isdigit()) for x in p.phones)),
    ("location", lambda p: norm(p.location)),
    ("links", lambda p: frozenset(norm_url(u) for u in p.links)),
    ("headline", lambda p: norm(p.headline)),
    ("experience", lambda p: frozenset(_job(e) for e in p.experience)),
    ("experience_count", lambda p: str(len(p.experience))),
    ("education", lambda p: frozenset(_school(e) for e in p.education)),
    ("skills", lambda p: frozenset(s.name for s in p.skills)),
    ("certifications", lambda p: frozenset(norm(c) for c in p.certifications)),
    ("languages", lambda p: frozenset(norm(x) for x in p.languages)),
    ("total_years", lambda p: str(p.total_years_experience)),
)
PEER_FIELD = MappingProxyType(
    {
        "emails": "email",
        "phones": "phone",
        "experience": "experience",
        "experience_count": "experience",
        "education": "degrees",
        "total_years": "total_years",
        "headline": "designations",
    }
)


def similarity(a: Fact, b: Fact) -> float:
    """1/0 for single values, Jaccard for sets (two empty sets agree)."""
    if isinstance(a, frozenset) and isinstance(b, frozenset):
        union = a | b
        return len(a & b) / len(union) if union else 1.0
    return float(a == b)


def agreement(parses: dict[str, ParsedResume]) -> dict[str, dict[str, Any]]:
    """Per field: all layouts identical, similarity of each layout to the first, values."""
    result: dict[str, dict[str, Any]] = {}
    first = LAYOUTS[0]
    for name, get in FIELDS:
        values = {layout: get(parses[layout]) for layout in LAYOUTS}
        result[name] = {
            "identical": len(set(values.values())) == 1,
            "empty": not any(v not in ("", "None", "0") for v in values.values()),
            "vs_single_column": {
                layout: round(similarity(values[first], values[layout]), 3)
                for layout in LAYOUTS[1:]
            },
            "values": {
                layout: sorted(v) if isinstance(v, frozenset) else v for layout, v in values.items()
            },
        }
    return result


def scout_parses(paths: dict[str, Path], settings: Settings) -> dict[str, ParsedResume]:
    """Scout's parse of each layout."""
    taxonomy = Taxonomy.load()
    parses = {}
    for layout, path in paths.items():
        try:
            parses[layout] = read_resume(
                path.name,
                path.read_bytes(),
                settings=settings,
                taxonomy=taxonomy,
                reference_date=REFERENCE_DATE,
            ).parsed
        except ScoutError as exc:
            parses[layout] = ParsedResume(warnings=[str(exc)])
    return parses


def _peer_has(run: PeerRun, name: str) -> bool:
    return run.ran and PEER_FIELD.get(name, name) in run.peer.fields


def report(
    systems: list[tuple[str, dict[str, dict[str, Any]], Callable[[str], bool]]],
) -> tuple[str, list[EvalRecord]]:
    """The agreement table (identical 1/0, and two-column vs single-column similarity)."""
    rows, records = [], []
    for name, _ in FIELDS:
        row: list[Any] = [name]
        for label, result, has in systems:
            if not has(name):
                row.append("n/a")
                records.append(record(f"{label}/{name}", None, "field not produced"))
                continue
            field = result[name]
            sims = "/".join(fmt(v) for v in field["vs_single_column"].values())
            verdict = "yes" if field["identical"] else "NO"
            verdict += " (empty)" if field["empty"] else f" ({sims})"
            row.append(verdict)
            records.append(
                record(
                    f"{label}/{name}",
                    float(field["identical"]),
                    f"similarity to single column: {field['vs_single_column']}",
                )
            )
        rows.append(row)
    total: list[Any] = ["fields identical"]
    for label, result, has in systems:
        scored = [f for f, _ in FIELDS if has(f)]
        share = sum(result[f]["identical"] for f in scored) / len(scored) if scored else None
        total.append(f"{sum(result[f]['identical'] for f in scored)}/{len(scored)}")
        records.append(record(f"{label}/all_fields_identical", share, "share of produced fields"))
    rows.append(total)
    headers = ["field (identical? sim two-col/modern vs single)", *(s[0] for s in systems)]
    return print_table("Layout invariance on the three template PDFs", headers, rows), records


def main(argv: list[str] | None = None) -> int:
    """Run the eval; a missing data folder is reported and skipped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-peers", action="store_true", help="skip the open parsers")
    args = parser.parse_args(argv)
    return skip_if_missing(NAME, lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    settings = Settings()
    data_dir = eval_data_dir(settings)
    found = require(data_dir, *(f"{FOLDER}/{layout}.pdf" for layout in LAYOUTS))
    paths = dict(zip(LAYOUTS, found, strict=True))
    print(f"{NAME}: {', '.join(p.name for p in found)}")
    scout = agreement(scout_parses(paths, settings))
    systems: list[tuple[str, dict[str, dict[str, Any]], Callable[[str], bool]]] = [
        ("Scout", scout, lambda _: True)
    ]
    inputs = [PeerInput(id=layout, kind="pdf", path=path) for layout, path in paths.items()]
    runs = run_peers(inputs, settings, enabled=not args.no_peers)
    for run in runs:
        if run.ran and set(run.parsed) == set(LAYOUTS):
            systems.append(
                (run.peer.name, agreement(run.parsed), lambda name, r=run: _peer_has(r, name))
            )
    table, records = report(systems)
    differing = {name: field["values"] for name, field in scout.items() if not field["identical"]}
    for name, values in differing.items():
        print(f"\nScout differs on {name}:")
        for layout, value in values.items():
            print(f"  {layout}: {value}")
    config = base_config(
        NAME,
        data_dir,
        data_files=fingerprint(found),
        layouts=list(LAYOUTS),
        peers=peer_config(runs),
    )
    details = {
        "table": table,
        "scout": scout,
        "peers": {label: result for label, result, _ in systems[1:]},
    }
    write_results(NAME, config, records, details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
