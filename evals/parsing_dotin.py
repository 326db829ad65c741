"""Field scores on the labelled dotin resumes (`resumes/dotin_train.jsonl`).

Each resume's `content` goes through Scout as a plain-text upload
(`read_resume` with a `.txt` name) and, side by side, through the peers.
Fields and measures:

* name — exact, case-insensitive, against any of the resume's Name labels;
* email — the first email found equals one of the Email Address labels;
* location — the Location labels of the header (before the first section
  heading, at most 300 characters in: where the candidate's own location is
  written; later ones are employers' and colleges' places). Resumes without
  one are not scored. Right when equal to one of them, or when the comma
  parts of one include the other's ("Chennai, Tamil Nadu" for a label that
  only spans "Tamil Nadu");
* designations, companies, colleges, graduation years — micro set F1 over all
  resumes after normalising case, whitespace and edge punctuation
  (graduation years: the last year written in the label, "2001 to 2005" ->
  2005). Designations are the job titles plus the headline under the name,
  which the labels also mark. A "~" row scores the same sets with partial
  matches (one side's words appear together in the other), because many
  labels run into a neighbouring word ("ENC North Maharashtra University");
* degrees — set F1 on the degree type (`common.degree_key`: "B.E" and
  "Bachelor of Engineering" are one type; the parser may name degrees either
  way), and "degrees (raw)" on the text as written;
* skills — Job Specific Skills + Tech Tools labels, each mapped through the
  taxonomy (`Taxonomy.canonical`); every prediction is mapped the same way,
  and both sides go through the same filters. Two numbers: "skills" scores
  only names the taxonomy knows, on both sides (about half the labels are
  unknown to it: generic words such as "development" or "testing", brands
  such as "facebook", and real tools it lacks such as "Maven" or "Flash";
  the parser also keeps unknown items of a skills section), "skills (all
  labels)" keeps unknown names as plain text so their misses show. The
  labels put soft skills in a class of their own ("Soft Skills"), so both
  numbers leave out taxonomy soft skills on both sides. Labels are sparse: an
  unlabelled skill the parser finds counts as a false positive, so precision
  here is a lower bound.

About 70% of the resumes are "flattened": one long line with no line breaks.
A second table splits Scout's scores by that shape. Labels are human and
noisy; the misses are listed in the JSON for reading.

    python -m evals.parsing_dotin [--limit N] [--no-peers]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from core.errors import ScoutError
from core.resume import ParsedResume
from core.settings import Settings
from evals.common import (
    REFERENCE_DATE,
    Accuracy,
    Counts,
    EvalRecord,
    base_config,
    degree_key,
    eval_data_dir,
    fingerprint,
    fmt,
    last_year,
    location_matches,
    norm,
    norm_set,
    partial_counts,
    print_table,
    record,
    require,
    skip_if_missing,
    write_results,
)
from evals.peers import PeerInput, PeerRun, peer_config, run_peers
from tools.read_resume import read_resume
from tools.taxonomy import SOFT_SKILL, Taxonomy

NAME = "parsing_dotin"
DATA_FILE = "resumes/dotin_train.jsonl"
SKILL_LABELS = ("Job Specific Skills", "Tech Tools")
ACCURACY_FIELDS = ("name", "email", "location")
SET_FIELDS = (
    "designations",
    "companies",
    "colleges",
    "degrees",
    "degrees_raw",
    "graduation_years",
    "skills",
    "skills_all",
)
PARTIAL_FIELDS = ("designations", "companies", "colleges")
ROW_ORDER = (
    "name",
    "email",
    "location",
    "designations",
    "designations~",
    "companies",
    "companies~",
    "colleges",
    "colleges~",
    "degrees",
    "degrees_raw",
    "graduation_years",
    "skills",
    "skills_all",
)
PEER_FIELD = MappingProxyType({"skills_all": "skills", "degrees_raw": "degrees"})
HEADER_CHARS = 300
HEADINGS_RE = re.compile(
    r"\n(?:WORK EXPERIENCE|EDUCATION|SKILLS|ADDITIONAL INFORMATION|PROFESSIONAL SUMMARY"
    r"|CERTIFICATIONS|LINKS|AWARDS|PUBLICATIONS|GROUPS)\s*\n"
)
FLAT_LINES_PER_1000 = 3  # fewer line breaks than this per 1000 characters: "flattened"
MISSES_KEPT = 60


@dataclass(frozen=True)
class Labelled:
    """One dotin resume: its text and its labels by kind."""

    id: str
    content: str
    labels: dict[str, tuple[tuple[int, str], ...]]

    def get(self, label: str, before: int | None = None) -> tuple[str, ...]:
        """The texts labelled `label`, in document order (only those starting before `before`)."""
        return tuple(
            text for start, text in self.labels.get(label, ()) if before is None or start < before
        )

    @property
    def header_end(self) -> int:
        """Where the header ends: the first section heading, at most HEADER_CHARS in."""
        heading = HEADINGS_RE.search(self.content)
        return min(HEADER_CHARS, heading.start() if heading else HEADER_CHARS)

    @property
    def flattened(self) -> bool:
        """True for resumes stored as one long line."""
        return self.content.count("\n") * 1000 < FLAT_LINES_PER_1000 * max(len(self.content), 1)


@dataclass(frozen=True)
class Facts:
    """The compared fields of one resume, normalised."""

    name: str
    emails: tuple[str, ...]
    locations: tuple[str, ...]
    sets: dict[str, frozenset[str]]


def load_dotin(path: Path) -> list[Labelled]:
    """The resumes of the JSONL file, with span texts checked against their offsets."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        labels: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for entity in sorted(raw["entities"], key=lambda e: e["start"]):
            text = raw["content"][entity["start"] : entity["end"]]
            labels[entity["label"]].append((entity["start"], text))
        rows.append(Labelled(raw["id"], raw["content"], {k: tuple(v) for k, v in labels.items()}))
    return rows


def skill_key(text: str, taxonomy: Taxonomy) -> str:
    """The canonical taxonomy name of a written skill, else its normalised text."""
    return taxonomy.canonical(text) or norm(text)


def skill_sets(written: list[str], taxonomy: Taxonomy) -> tuple[frozenset[str], frozenset[str]]:
    """(known, all) compared skills of one side, labels and predictions alike.

    Known: the canonical names the taxonomy has; all: those plus the
    normalised text of the rest. Soft skills are left out of both, since the
    labels keep them in a class of their own.
    """
    keys = {skill_key(s, taxonomy) for s in written if norm(s)}
    hard = {k for k in keys if taxonomy.category(k) != SOFT_SKILL}
    return frozenset(k for k in hard if taxonomy.canonical(k)), frozenset(hard)


def expected_facts(row: Labelled, taxonomy: Taxonomy) -> Facts:
    """What the labels say, normalised the same way as the predictions."""
    known, every = skill_sets([s for label in SKILL_LABELS for s in row.get(label)], taxonomy)
    return Facts(
        name="|".join(sorted(norm_set(row.get("Name")))),
        emails=tuple(sorted(norm_set(row.get("Email Address")))),
        locations=tuple(sorted(norm_set(row.get("Location", before=row.header_end)))),
        sets={
            "designations": frozenset(norm_set(row.get("Designation"))),
            "companies": frozenset(norm_set(row.get("Companies worked at"))),
            "colleges": frozenset(norm_set(row.get("College Name"))),
            "degrees": frozenset(k for d in row.get("Degree") if (k := degree_key(d))),
            "degrees_raw": frozenset(norm_set(row.get("Degree"))),
            "graduation_years": frozenset(
                y for t in row.get("Graduation Year") if (y := last_year(t))
            ),
            "skills": known,
            "skills_all": every,
        },
    )


def predicted_facts(parsed: ParsedResume, taxonomy: Taxonomy) -> Facts:
    """The parser's answer for the same fields."""
    known, every = skill_sets([s.name for s in parsed.skills], taxonomy)
    return Facts(
        name=norm(parsed.name),
        emails=tuple(norm(e) for e in parsed.emails),
        locations=(norm(parsed.location),) if parsed.location else (),
        sets={
            "designations": frozenset(
                norm_set([e.title for e in parsed.experience] + [parsed.headline])
            ),
            "companies": frozenset(norm_set(e.company for e in parsed.experience)),
            "colleges": frozenset(norm_set(e.institution for e in parsed.education)),
            "degrees": frozenset(k for e in parsed.education if (k := degree_key(e.degree))),
            "degrees_raw": frozenset(norm_set(e.degree for e in parsed.education)),
            "graduation_years": frozenset(
                str(e.graduation_year) for e in parsed.education if e.graduation_year
            ),
            "skills": known,
            "skills_all": every,
        },
    )


@dataclass
class FieldScores:
    """Running scores of one system on every field, with the misses kept for reading."""

    accuracy: dict[str, Accuracy]
    counts: dict[str, Counts]
    misses: dict[str, list[dict[str, Any]]]
    skill_fp: Counter[str]
    skill_fn: Counter[str]

    @classmethod
    def empty(cls) -> FieldScores:
        """Nothing counted yet."""
        return cls(
            {f: Accuracy() for f in ACCURACY_FIELDS},
            {f: Counts() for f in (*SET_FIELDS, *(f"{p}~" for p in PARTIAL_FIELDS))},
            defaultdict(list),
            Counter(),
            Counter(),
        )

    def miss(self, field_name: str, row_id: str, expected: Any, got: Any) -> None:
        """Keep one wrong answer (the first few per field)."""
        if len(self.misses[field_name]) < MISSES_KEPT:
            self.misses[field_name].append({"id": row_id, "expected": expected, "got": got})

    def add(self, row_id: str, got: Facts, want: Facts) -> None:
        """Score one resume."""
        if want.name:
            ok = got.name in want.name.split("|")
            self.accuracy["name"].add(ok)
            if not ok:
                self.miss("name", row_id, want.name, got.name)
        if want.emails:
            ok = bool(got.emails) and got.emails[0] in want.emails
            self.accuracy["email"].add(ok)
            if not ok:
                self.miss("email", row_id, list(want.emails), list(got.emails))
        if want.locations:
            ok = any(location_matches(g, w) for g in got.locations for w in want.locations)
            self.accuracy["location"].add(ok)
            if not ok:
                self.miss("location", row_id, list(want.locations), list(got.locations))
        for name in SET_FIELDS:
            predicted, expected = set(got.sets[name]), set(want.sets[name])
            self.counts[name].add(predicted, expected)
            if predicted != expected:
                self.miss(name, row_id, sorted(expected - predicted), sorted(predicted - expected))
        self.skill_fp.update(got.sets["skills"] - want.sets["skills"])
        self.skill_fn.update(want.sets["skills"] - got.sets["skills"])
        for name in PARTIAL_FIELDS:
            self.counts[f"{name}~"].add_counts(
                *partial_counts(set(got.sets[name]), set(want.sets[name]))
            )

    def score(self, field_name: str) -> float | None:
        """Accuracy or micro F1 of a field."""
        if field_name in self.accuracy:
            return self.accuracy[field_name].score
        return self.counts[field_name].f1


def run_scout(
    rows: list[Labelled], settings: Settings, taxonomy: Taxonomy
) -> dict[str, ParsedResume]:
    """Scout's parse of every resume, read as a plain-text upload."""
    parsed: dict[str, ParsedResume] = {}
    for row in rows:
        try:
            read = read_resume(
                f"{Path(row.id).stem}.txt",
                row.content.encode("utf-8"),
                settings=settings,
                taxonomy=taxonomy,
                reference_date=REFERENCE_DATE,
            )
        except ScoutError:
            parsed[row.id] = ParsedResume()
            continue
        parsed[row.id] = read.parsed
    return parsed


def score_system(
    parsed: dict[str, ParsedResume], rows: list[Labelled], taxonomy: Taxonomy
) -> FieldScores:
    """Scores of one system over the resumes it parsed (a missing parse counts as empty)."""
    scores = FieldScores.empty()
    for row in rows:
        got = predicted_facts(parsed.get(row.id, ParsedResume()), taxonomy)
        scores.add(row.id, got, expected_facts(row, taxonomy))
    return scores


def _metric(field_name: str) -> str:
    if field_name in ACCURACY_FIELDS:
        return "accuracy"
    return "partial F1" if field_name.endswith("~") else "micro F1"


def _peer_has(run: PeerRun, field_name: str) -> bool:
    base = field_name.rstrip("~")
    return run.ran and PEER_FIELD.get(base, base) in run.peer.fields


def _n(scores: FieldScores, field_name: str, rows: int) -> int:
    return scores.accuracy[field_name].total if field_name in scores.accuracy else rows


def _detail(scores: FieldScores, field_name: str) -> str:
    if field_name not in scores.counts:
        a = scores.accuracy[field_name]
        return f"{_metric(field_name)}; {a.right}/{a.total}"
    c = scores.counts[field_name]
    return (
        f"{_metric(field_name)}; P={fmt(c.precision)} R={fmt(c.recall)} "
        f"tp={c.tp} fp={c.fp} fn={c.fn}"
    )


def report(
    scout: FieldScores, peers: list[tuple[PeerRun, FieldScores]], rows: list[Labelled]
) -> tuple[list[EvalRecord], str]:
    """Records for every system and field, and the printed table."""
    records: list[EvalRecord] = []
    table_rows = []
    for name in ROW_ORDER:
        row = [name, _metric(name), _n(scout, name, len(rows)), fmt(scout.score(name))]
        records.append(record(f"scout/{name}", scout.score(name), _detail(scout, name)))
        for run, scores in peers:
            value = scores.score(name) if _peer_has(run, name) else None
            row.append(fmt(value))
            comment = _detail(scores, name) if value is not None else "field not produced"
            records.append(record(f"{run.peer.name}/{name}", value, comment))
        table_rows.append(row)
    headers = ["field", "metric", "n", "Scout", *(run.peer.name for run, _ in peers)]
    text = print_table(f"Parsing on dotin ({len(rows)} resumes, plain text)", headers, table_rows)
    return records, text


def shape_report(
    parsed: dict[str, ParsedResume], rows: list[Labelled], taxonomy: Taxonomy
) -> tuple[list[EvalRecord], str]:
    """Scout's scores on line-structured and on flattened resumes, apart."""
    shapes = {
        "lines": [r for r in rows if not r.flattened],
        "flattened": [r for r in rows if r.flattened],
    }
    scores = {shape: score_system(parsed, part, taxonomy) for shape, part in shapes.items()}
    records: list[EvalRecord] = []
    table_rows = []
    for name in ROW_ORDER:
        row: list[Any] = [name]
        for shape, part in shapes.items():
            value = scores[shape].score(name)
            row += [_n(scores[shape], name, len(part)), fmt(value)]
            records.append(record(f"scout/{shape}/{name}", value, _detail(scores[shape], name)))
        table_rows.append(row)
    headers = [
        "field",
        "n",
        f"lines ({len(shapes['lines'])})",
        "n",
        f"flattened ({len(shapes['flattened'])})",
    ]
    text = print_table("Scout on dotin by document shape", headers, table_rows)
    return records, text


def main(argv: list[str] | None = None) -> int:
    """Run the eval; a missing data folder is reported and skipped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N resumes")
    parser.add_argument("--no-peers", action="store_true", help="skip the open parsers")
    args = parser.parse_args(argv)
    return skip_if_missing(NAME, lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    settings = Settings()
    data_dir = eval_data_dir(settings)
    (path,) = require(data_dir, DATA_FILE)
    taxonomy = Taxonomy.load()
    rows = load_dotin(path)
    rows = rows[: args.limit] if args.limit else rows
    print(f"{NAME}: {len(rows)} resumes from {path}")
    scout_parsed = run_scout(rows, settings, taxonomy)
    scout = score_system(scout_parsed, rows, taxonomy)
    inputs = [PeerInput(id=row.id, kind="text", text=row.content) for row in rows]
    runs = run_peers(inputs, settings, enabled=not args.no_peers)
    peer_scores = [(run, score_system(run.parsed, rows, taxonomy)) for run in runs]
    records, table = report(scout, peer_scores, rows)
    shape_records, shape_table = shape_report(scout_parsed, rows, taxonomy)
    config = base_config(
        NAME,
        data_dir,
        data_files=fingerprint([path]),
        limit=args.limit or None,
        resumes=len(rows),
        input_kind="text (.txt upload)",
        skill_labels=list(SKILL_LABELS),
        peers=peer_config(runs),
    )
    details = {
        "table": table,
        "shape_table": shape_table,
        "scout_misses": dict(scout.misses),
        "scout_skill_false_positives": scout.skill_fp.most_common(40),
        "scout_skill_false_negatives": scout.skill_fn.most_common(40),
        "peer_failures": {run.peer.name: run.error or run.failures for run in runs},
    }
    write_results(NAME, config, records + shape_records, details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
