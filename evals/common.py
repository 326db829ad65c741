"""Shared pieces of the accuracy evals: data location, scores, tables and result files.

Every evaluator returns records shaped `{"key", "score", "comment"}`; an eval
run writes them to `evals/results/<name>.json` together with the full
configuration it ran with, so any number can be traced back to its inputs.
"""

from __future__ import annotations

import hashlib
import json
import platform
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypedDict

from core.settings import Settings

RESULTS_DIR = Path(__file__).resolve().parent / "results"
REPO_DIR = Path(__file__).resolve().parents[1]
REFERENCE_DATE = date(2025, 6, 1)  # "today" for every date-dependent figure in the evals


class EvalRecord(TypedDict):
    """One measured value: what was measured, its score, and how to read it."""

    key: str
    score: float | None
    comment: str


class DataMissing(Exception):
    """The labelled data an eval needs is not there; the eval is skipped."""


def record(key: str, score: float | None, comment: str = "") -> EvalRecord:
    """An evaluator result in the `{key, score, comment}` shape."""
    return {"key": key, "score": None if score is None else round(score, 4), "comment": comment}


# --- data -------------------------------------------------------------------------------------


def eval_data_dir(settings: Settings | None = None) -> Path:
    """The labelled data folder from settings (`SCOUT_EVAL_DATA`), resolved."""
    return (settings or Settings()).eval_data.expanduser().resolve()


def require(data_dir: Path, *relative: str) -> list[Path]:
    """The given files or folders under `data_dir`; DataMissing names the first absent one."""
    if not data_dir.is_dir():
        raise DataMissing(
            f"eval data folder {data_dir} does not exist "
            "(set SCOUT_EVAL_DATA to the shared data folder)"
        )
    paths = [data_dir / part for part in relative]
    for path in paths:
        if not path.exists():
            raise DataMissing(f"{path} is missing from the eval data folder")
    return paths


def fingerprint(paths: Iterable[Path]) -> dict[str, str]:
    """Short sha256 of each input file, so a result names the exact data it saw."""
    found: dict[str, str] = {}
    for path in sorted(paths):
        if path.is_file():
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return found


# --- normalisation ----------------------------------------------------------------------------

_SPACE_RE = re.compile(r"\s+")
_EDGE = " \t\r\n.,;:!?()[]{}<>\"'`*•·|-–—/"


def norm(text: str | None) -> str:
    """Case-folded, accent-preserving, whitespace-collapsed text without edge punctuation."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE_RE.sub(" ", folded).strip(_EDGE).strip()


def norm_set(values: Iterable[str | None]) -> set[str]:
    """The non-empty normalised forms of `values`."""
    return {n for v in values if (n := norm(v))}


def norm_url(url: str | None) -> str:
    """A link without scheme, `www.`, query-less trailing slash or case."""
    value = norm(url)
    value = re.sub(r"^[a-z]+://", "", value)
    value = value.removeprefix("www.")
    return value.rstrip("/")


def digits(text: str | None) -> str:
    """The digits of a phone number, last ten only (drops country codes)."""
    return re.sub(r"\D", "", text or "")[-10:]


_MONTHS = MappingProxyType(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "may": 5,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
_MONTH_YEAR_RE = re.compile(r"([a-z]{3,9})\.?,?\s*('\d{2}|\d{4})\b")
_NUMERIC_RE = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{4})\b")
_ISO_RE = re.compile(r"\b(\d{4})-(\d{1,2})(?:-\d{1,2})?\b")
_YEAR_RE = re.compile(r"\b(19\d{2}|20\d{2})\b")


def _full_year(raw: str) -> int:
    """ "2018" or "'18" as 2018 ("'98" is 1998)."""
    if len(raw) == 4:
        return int(raw)
    short = int(raw.lstrip("'"))
    return 2000 + short if short < 50 else 1900 + short


def norm_date(text: str | None) -> str | None:
    """A written date as `YYYY-MM` (or `YYYY`); used for peers' raw date strings."""
    value = norm(text)
    if not value:
        return None
    if iso := _ISO_RE.search(value):
        year, month = int(iso.group(1)), int(iso.group(2))
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else f"{year:04d}"
    if named := _MONTH_YEAR_RE.search(value):
        month = _MONTHS.get(named.group(1)[:3])
        if month:
            return f"{_full_year(named.group(2)):04d}-{month:02d}"
    if numeric := _NUMERIC_RE.search(value):
        month, year = int(numeric.group(1)), int(numeric.group(2))
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else f"{year:04d}"
    if year_only := _YEAR_RE.search(value):
        return year_only.group(1)
    return None


def last_year(text: str | None) -> str | None:
    """The last four-digit year written in `text` ("2001 to 2005" -> "2005")."""
    years = _YEAR_RE.findall(text or "")
    return years[-1] if years else None


# --- scores -----------------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives and false negatives, summed over documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[str], expected: set[str]) -> None:
        """Count one document's predicted set against its expected set."""
        self.tp += len(predicted & expected)
        self.fp += len(predicted - expected)
        self.fn += len(expected - predicted)

    def add_counts(self, tp: int, fp: int, fn: int) -> None:
        """Add already counted matches (e.g. from a one-to-one entry alignment)."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float | None:
        """Share of predictions that were right; None when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Share of expected items that were found; None when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (0 when either is 0, None when undefined)."""
        return f1_of(self.precision, self.recall)


def f1_of(precision: float | None, recall: float | None) -> float | None:
    """F1 from precision and recall, treating a missing side as 0."""
    if precision is None and recall is None:
        return None
    p, r = precision or 0.0, recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def set_f1(predicted: Iterable[str], expected: Iterable[str]) -> float:
    """Set F1 of one document; two empty sets agree perfectly (1.0)."""
    counts = Counts()
    counts.add(set(predicted), set(expected))
    score = counts.f1
    return 1.0 if score is None else score


@dataclass
class Accuracy:
    """Right answers out of the documents that had an answer to give."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one document."""
        self.right += int(ok)
        self.total += 1

    @property
    def score(self) -> float | None:
        """The share right; None when nothing was counted."""
        return self.right / self.total if self.total else None


def one_to_one(
    predicted: Sequence[Any], expected: Sequence[Any], same: Any
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs `(i_pred, j_exp)` for which `same(pred, exp)` holds."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for j, exp in enumerate(expected):
        for i, pred in enumerate(predicted):
            if i not in used and same(pred, exp):
                used.add(i)
                pairs.append((i, j))
                break
    return pairs


def months_between(start: date, end: date) -> int:
    """Whole months from the start month to the end month, both counted in full."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def merged_years(ranges: Iterable[tuple[date, date]]) -> float:
    """Years covered by month ranges (start and end months in full), overlaps counted once."""
    months = sorted((s.year * 12 + s.month - 1, e.year * 12 + e.month - 1) for s, e in ranges)
    total, current_start, current_end = 0, None, None
    for start, end in months:
        if end < start:
            continue
        if current_end is None or start > current_end + 1:
            if current_end is not None and current_start is not None:
                total += current_end - current_start + 1
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += current_end - current_start + 1
    return total / 12


# --- output -----------------------------------------------------------------------------------


def fmt(value: float | None, digits_after: int = 2) -> str:
    """A score for a table cell; "n/a" when it does not apply."""
    return "n/a" if value is None else f"{value:.{digits_after}f}"


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Print a plain aligned table (first column left, others right) and return it."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        parts = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        return "  ".join(parts).rstrip()

    text = "\n".join(
        [title, line(cells[0]), "  ".join("-" * w for w in widths)]
        + [line(row) for row in cells[1:]]
    )
    print(f"\n{text}")
    return text


def _git(*args: str) -> str:
    """Read-only git output, or "" outside a work tree."""
    try:
        done = subprocess.run(
            ["git", *args], cwd=REPO_DIR, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip()


def base_config(name: str, data_dir: Path, **extra: Any) -> dict[str, Any]:
    """The configuration every eval records: code, data, versions and its own settings."""
    from core.versions import JOB_ANALYZER_VERSION, PARSER_VERSION, SCORER_VERSION
    from tools.taxonomy import Taxonomy

    return {
        "eval": name,
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": sys.argv,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "git_commit": _git("rev-parse", "HEAD"),
        "git_dirty": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "data_dir": str(data_dir),
        "reference_date": REFERENCE_DATE.isoformat(),
        "versions": {
            "parser": PARSER_VERSION,
            "job_analyzer": JOB_ANALYZER_VERSION,
            "scorer": SCORER_VERSION,
            "taxonomy": Taxonomy.load().version,
        },
        **extra,
    }


def write_results(
    name: str,
    config: dict[str, Any],
    records: list[EvalRecord],
    details: dict[str, Any] | None = None,
    results_dir: Path | None = None,
) -> Path:
    """Write `<results_dir>/<name>.json` with configuration, records and details."""
    folder = results_dir or RESULTS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    payload = {"config": config, "records": records, "details": details or {}}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"\nwrote {path}")
    return path


def skip_if_missing(name: str, body: Callable[[], int]) -> int:
    """Run an eval body; missing data is reported as a skip (exit status 0)."""
    try:
        return body()
    except DataMissing as exc:
        print(f"{name}: SKIPPED — {exc}")
        return 0


_DEGREE_TYPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"\bph\.?\s?d\b|doctor(?:ate)? of philosophy|\bdoctorate\b", "doctorate"),
        (r"\bm\.?\s?b\.?\s?a\b|master of business administration", "mba"),
        (r"\bm\.?\s?c\.?\s?a\b|master of computer application", "mca"),
        (r"\bb\.?\s?c\.?\s?a\b|bachelor of computer application", "bca"),
        (r"\bm\.?\s?tech\b|master of technology", "master of technology"),
        (r"\bb\.?\s?tech\b|bachelor of technology", "bachelor of technology"),
        (r"\bm\.?\s?e\b\.?|master of engineering", "master of engineering"),
        (r"\bb\.?\s?e\b\.?|bachelor of engineering", "bachelor of engineering"),
        (r"\bm\.?\s?sc?\b\.?|master of science", "master of science"),
        (r"\bb\.?\s?sc?\b\.?|bachelor of science", "bachelor of science"),
        (r"\bm\.?\s?a\b\.?|master of arts", "master of arts"),
        (r"\bb\.?\s?a\b\.?|bachelor of arts", "bachelor of arts"),
        (r"\bb\.?\s?com\b|bachelor of commerce", "bachelor of commerce"),
        (r"\bm\.?\s?com\b|master of commerce", "master of commerce"),
        (r"^bachelor(?:'?s)?(?: degree)?$", "bachelor"),
        (r"^master(?:'?s)?(?: degree)?$", "master"),
        (r"\bassociate", "associate"),
        (r"diploma", "diploma"),
        (r"\bh\.?\s?s\.?\s?c\b|higher secondary|\b12th\b", "higher secondary"),
        (r"\bs\.?\s?s\.?\s?c\b|secondary school|high school|\b10th\b", "secondary"),
    )
)


def degree_key(text: str | None) -> str:
    """A degree reduced to its type ("B.Tech in CS" and "Bachelor of Technology" alike).

    The eval's own mapping, applied the same way to labels and to every parser.
    Unknown degrees fall back to their normalised text without the field part.
    """
    value = norm(text)
    for pattern, key in _DEGREE_TYPES:
        if pattern.search(value):
            return key
    return norm(re.split(r"\s+in\s+|[,(]", value)[0]) if value else ""


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text))


def overlaps(a: str, b: str) -> bool:
    """Partial match: one text's words appear, in order and together, in the other's."""
    short, long = sorted((_tokens(a), _tokens(b)), key=len)
    if not short:
        return False
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def partial_counts(predicted: set[str], expected: set[str]) -> tuple[int, int, int]:
    """(tp, fp, fn) with one-to-one partial matching of two text sets."""
    pairs = one_to_one(sorted(predicted), sorted(expected), overlaps)
    return len(pairs), len(predicted) - len(pairs), len(expected) - len(pairs)


def location_matches(predicted: str, expected: str) -> bool:
    """Equal, or the comma parts of one include all those of the other."""
    got = {p.strip() for p in norm(predicted).split(",") if p.strip()}
    want = {p.strip() for p in norm(expected).split(",") if p.strip()}
    return bool(got and want) and (got <= want or want <= got)
