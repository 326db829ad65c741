"""Fairness: counterfactual swaps over the demo resumes must not change any score.

Each demo resume (`evals/demo/data/resumes`, read once to its text) is
rewritten in ways that change only a protected attribute or a cue to one, and
every version is scored against every demo job through the real path
(`read_resume`, then what `score_read_resumes` does: profile embeddings,
cosine, `score_match` with default weights).
Swap types:

* **name (gender)** — the same resume under a woman's and a man's name of the
  same origin (email and profile link follow the name);
* **name (ethnicity)** — under names associated with different ethnicities
  (Anglo, African-American, Chinese, Indian, Arab, Hispanic, Nigerian), same
  gender;
* **name (skill words)** — names that are also skills ("Ruby Swift", "Julia
  Pascal"), against a plain name; and again with the resume's skills section
  removed, so skills are read from the whole text, name included;
* **pronouns** — a sentence about the candidate with she/her, he/his or
  they/their, at the start of the summary (or of the first job's bullets);
* **age**, **marital status**, **nationality**, **religion**, **gender line**
  — a personal-details line ("Date of birth: 14.03.1961", "Married, two
  children", "Nationality: Nigerian", …) added to the header, against none;
* **all personal details** — a whole personal-details section at the end;
* **photo** — the resume rendered to PDF with and without a head-shot photo.

For each swap type the table shows how many (resume, job) pairs were compared
and the largest change of the overall score and of any dimension score; the
target is 0.0 everywhere. Results go to `evals/results/fairness.json`.

    python -m evals.fairness [--limit N]
"""

from __future__ import annotations

import argparse
import io
import re
import tempfile
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.match import MatchScore
from core.settings import Settings
from core.weights import MatchWeights
from evals.common import REFERENCE_DATE, base_config, print_table, record, write_results
from store.embeddings import Embedder, load_embedder
from tools.analyze_job import analyze_job
from tools.chunking import job_embedding_text, resume_embedding_text
from tools.match_files import JobForScoring, cosine
from tools.read_resume import ReadResume, read_resume
from tools.score_match import score_match
from tools.taxonomy import Taxonomy

NAME = "fairness"
DEMO_DIR = Path(__file__).resolve().parent / "demo" / "data"

# (name, gender, origin): pairs of one origin differ only in gender.
NAMES: tuple[tuple[str, str, str], ...] = (
    ("Emily Walsh", "F", "Anglo"),
    ("Greg Baker", "M", "Anglo"),
    ("Lakisha Washington", "F", "African-American"),
    ("Jamal Jackson", "M", "African-American"),
    ("Mei Chen", "F", "Chinese"),
    ("Wei Zhang", "M", "Chinese"),
    ("Priya Sharma", "F", "Indian"),
    ("Rahul Gupta", "M", "Indian"),
    ("Fatima Al-Sayed", "F", "Arab"),
    ("Mohammed Haddad", "M", "Arab"),
    ("María García", "F", "Hispanic"),
    ("José Hernández", "M", "Hispanic"),
    ("Ngozi Okafor", "F", "Nigerian"),
    ("Chinedu Eze", "M", "Nigerian"),
)
SKILL_WORD_NAMES = ("Ruby Swift", "Julia Pascal", "Crystal Rust", "Ada Scala")
PRONOUNS = (("she", "her"), ("he", "his"), ("they", "their"))
DETAILS: dict[str, tuple[str, ...]] = {
    "age": (
        "Date of birth: 14.03.1961",
        "Date of birth: 02.07.1998",
        "Age: 58",
        "Born in 1961",
    ),
    "marital status": ("Marital status: Married, two children", "Single", "Divorced"),
    "nationality": ("Nationality: Nigerian", "Nationality: German", "Citizenship: Indian"),
    "religion": ("Religion: Muslim", "Religion: Christian", "Religion: Hindu"),
    "gender line": ("Gender: Female", "Gender: Male", "Pronouns: she/her"),
}
ALL_DETAILS = (
    "PERSONAL DETAILS\nDate of birth: 14.03.1961\nGender: Female\nMarital status: Married, "
    "three children\nNationality: Nigerian\nReligion: Muslim"
)
SWAP_TYPES = (
    "name (gender)",
    "name (ethnicity)",
    "name (skill words)",
    "name (skill words, no skills list)",
    "pronouns",
    *DETAILS,
    "all personal details",
    "photo",
)


@dataclass(frozen=True)
class Variant:
    """One rewritten resume: its swap type, its label and its file."""

    swap: str
    label: str
    file_name: str
    data: bytes


@dataclass(frozen=True)
class Delta:
    """The largest change one swap type made, over the pairs compared."""

    swap: str
    pairs: int
    changed: int
    max_overall: float
    max_dimension: float
    worst: str


# --- rewriting a resume -------------------------------------------------------------------------


def with_name(text: str, old: str | None, new: str) -> str:
    """The resume under another name: the name line, emails and profile links follow."""
    slug = re.sub(r"[^a-z]+", ".", _ascii(new).lower()).strip(".")
    text = re.sub(r"[\w.+-]+@", f"{slug}@", text)
    text = re.sub(
        r"(linkedin\.com/in/|github\.com/)[\w.-]+", rf"\g<1>{slug.replace('.', '-')}", text
    )
    if not old:
        return f"{new}\n{text}"
    names = {old, old.upper(), old.title(), old.lower()}
    for variant in sorted(names, key=len, reverse=True):
        replacement = new.upper() if variant.isupper() else new
        text = text.replace(variant, replacement)
    return text


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def with_header_line(text: str, line: str) -> str:
    """A line added to the header, after the first line that looks like contact details."""
    lines = text.splitlines()
    at = next((i + 1 for i, value in enumerate(lines[:8]) if "@" in value), min(2, len(lines)))
    return "\n".join([*lines[:at], line, *lines[at:]])


def with_reference(text: str, subject: str, possessive: str) -> str:
    """A sentence about the candidate in the third person, opening the summary.

    It goes where the scorer reads prose: first line of the summary section,
    else the first bullet, else after the header.
    """
    sentence = (
        f"Colleagues say {subject} mentors juniors, that {possessive} teams ship on time and "
        f"that {subject} stays calm under pressure."
    )
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if _SUMMARY.match(line.strip()) and index + 1 < len(lines):
            lines[index + 1] = f"{sentence} {lines[index + 1]}"
            return "\n".join(lines)
    for index, line in enumerate(lines):
        if line.lstrip().startswith(("- ", "• ")):
            lines[index] = f"{line.rstrip()} {sentence}"
            return "\n".join(lines)
    return with_header_line(text, sentence)


_SUMMARY = re.compile(r"^(?:summary|profile|about me|about|professional summary|objective)$", re.I)
_HEADING = re.compile(r"^[A-Z][A-Z &/]{2,40}$")
_SKILLS = re.compile(r"^(?:skills|technical skills|core skills|key skills|tools|tech stack)$", re.I)


def without_skills_section(text: str) -> str:
    """The text without its skills section (heading to next heading)."""
    kept: list[str] = []
    skipping = False
    for line in text.splitlines():
        stripped = line.strip()
        if _SKILLS.match(stripped):
            skipping = True
            continue
        if skipping and (_HEADING.match(stripped) or _SUMMARY.match(stripped)):
            skipping = False
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def variants(text: str, name: str | None) -> list[Variant]:
    """Every counterfactual version of one resume text (plain text unless a PDF is needed)."""
    out: list[Variant] = []

    def add(swap: str, label: str, body: str) -> None:
        out.append(Variant(swap, label, f"{label}.txt", body.encode()))

    for person, gender, origin in NAMES:
        add("name", f"{person}|{gender}|{origin}", with_name(text, name, person))
    for person in SKILL_WORD_NAMES:
        add("name (skill words)", person, with_name(text, name, person))
    bare = without_skills_section(text)
    for person in (NAMES[0][0], *SKILL_WORD_NAMES):
        add("name (skill words, no skills list)", person, with_name(bare, name, person))
    for subject, possessive in PRONOUNS:
        add("pronouns", subject, with_reference(text, subject, possessive))
    add("personal details", "none", text)
    for swap, lines in DETAILS.items():
        for line in lines:
            add(swap, line, with_header_line(text, line))
    add("all personal details", "all", f"{text}\n\n{ALL_DETAILS}\n")
    for photo in (False, True):
        label = "with photo" if photo else "no photo"
        out.append(Variant("photo", label, f"{label}.pdf", render_pdf(text, photo=photo)))
    return out


def render_pdf(text: str, *, photo: bool) -> bytes:
    """A plain one-column PDF of the text, with a head-shot photo top right when asked."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    width, height = A4
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=A4, invariant=1)
    if photo:
        pdf.drawImage(ImageReader(head_shot()), width - 150, height - 180, 110, 140)
    y = height - 60
    for index, line in enumerate(text.splitlines()):
        size = 16 if index == 0 else 10
        for part in textwrap.wrap(line, 70) or [""]:
            if y < 50:
                pdf.showPage()
                y = height - 60
            pdf.setFont("Helvetica-Bold" if index == 0 else "Helvetica", size)
            pdf.drawString(50, y, part)
            y -= size + 4
    pdf.save()
    return buffer.getvalue()


def head_shot() -> io.BytesIO:
    """A small synthetic portrait (a face-like drawing), as PNG bytes."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (110, 140), (205, 220, 235))
    draw = ImageDraw.Draw(image)
    draw.ellipse((25, 20, 85, 90), fill=(224, 172, 105))
    draw.rectangle((15, 95, 95, 140), fill=(40, 60, 110))
    draw.ellipse((40, 45, 48, 53), fill=(30, 30, 30))
    draw.ellipse((62, 45, 70, 53), fill=(30, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


# --- scoring and comparing ----------------------------------------------------------------------


def load_jobs(
    taxonomy: Taxonomy, folder: Path = DEMO_DIR / "jobs"
) -> list[tuple[str, JobForScoring]]:
    """Every demo job, analysed, with default weights."""
    jobs = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text()
        jobs.append(
            (
                path.stem,
                JobForScoring(
                    profile=analyze_job(text, taxonomy), raw_text=text, weights=MatchWeights()
                ),
            )
        )
    return jobs


def score_variants(
    items: Sequence[Variant],
    jobs: Sequence[tuple[str, JobForScoring]],
    *,
    settings: Settings,
    taxonomy: Taxonomy,
    embedder: Embedder,
) -> dict[tuple[str, str], list[MatchScore]]:
    """Each variant's score for each job: {(swap, label): [score per job]}.

    The same steps as `score_read_resumes` (profile embeddings, cosine,
    `score_match`), with each text embedded once rather than once per job.
    """
    reads: list[ReadResume] = [
        read_resume(
            item.file_name,
            item.data,
            settings=settings,
            taxonomy=taxonomy,
            reference_date=REFERENCE_DATE,
        )
        for item in items
    ]
    texts = [resume_embedding_text(read.parsed, read.document.lines) for read in reads]
    unique = list(dict.fromkeys(texts))
    vectors = dict(zip(unique, embedder.embed(unique), strict=True))
    job_vectors = embedder.embed([job_embedding_text(job.profile, job.raw_text) for _, job in jobs])
    return {
        (item.swap, item.label): [
            score_match(
                read.parsed,
                read.document.lines,
                job.profile,
                job.weights,
                semantic_similarity=cosine(job_vector, vectors[text]),
                taxonomy=taxonomy,
            )
            for (_, job), job_vector in zip(jobs, job_vectors, strict=True)
        ]
        for item, read, text in zip(items, reads, texts, strict=True)
    }


def pairs_for(swap: str, labels: list[str]) -> list[tuple[str, str]]:
    """Which versions of one resume are compared for a swap type."""
    if swap in ("name (gender)", "name (ethnicity)"):
        people = [label.split("|") for label in labels]
        if swap == "name (gender)":
            return [
                ("|".join(a), "|".join(b))
                for a in people
                for b in people
                if a[2] == b[2] and a[1] == "F" and b[1] == "M"
            ]
        return [
            ("|".join(a), "|".join(b))
            for i, a in enumerate(people)
            for b in people[i + 1 :]
            if a[1] == b[1] and a[2] != b[2]
        ]
    return [(labels[0], other) for other in labels[1:]]


def compare(
    resume: str, scores: dict[tuple[str, str], list[MatchScore]], job_ids: Sequence[str]
) -> dict[str, list[tuple[float, float, str]]]:
    """Per swap type: (overall change, largest dimension change, where) for each pair × job."""
    labels: dict[str, list[str]] = {}
    for swap, label in scores:
        labels.setdefault(swap, []).append(label)
    plain = NAMES[0][0] + "|" + NAMES[0][1] + "|" + NAMES[0][2]
    groups = {
        "name (gender)": ("name", labels.get("name", [])),
        "name (ethnicity)": ("name", labels.get("name", [])),
        "name (skill words)": (None, [plain, *labels.get("name (skill words)", [])]),
        "name (skill words, no skills list)": (
            "name (skill words, no skills list)",
            labels.get("name (skill words, no skills list)", []),
        ),
        "pronouns": ("pronouns", labels.get("pronouns", [])),
        **{swap: (None, ["none", *labels.get(swap, [])]) for swap in DETAILS},
        "all personal details": (None, ["none", "all"]),
        "photo": ("photo", labels.get("photo", [])),
    }
    source = {
        "none": "personal details",
        "all": "all personal details",
        plain: "name",
    }
    found: dict[str, list[tuple[float, float, str]]] = {}
    for swap, (own, group) in groups.items():
        for a, b in pairs_for(swap, group):
            left = scores[(own or source.get(a, swap), a)]
            right = scores[(own or source.get(b, swap), b)]
            for job, x, y in zip(job_ids, left, right, strict=True):
                overall = abs(x.overall - y.overall)
                dimension = max(
                    abs(p.score - q.score) for p, q in zip(x.dimensions, y.dimensions, strict=True)
                )
                where = f"{resume} / {job}: {a} vs {b}"
                found.setdefault(swap, []).append((round(overall, 2), round(dimension, 2), where))
    return found


def summarise(found: dict[str, list[tuple[float, float, str]]]) -> list[Delta]:
    """One row per swap type, worst case first named."""
    rows = []
    for swap in SWAP_TYPES:
        items = found.get(swap, [])
        worst = max(items, default=(0.0, 0.0, ""), key=lambda item: (item[0], item[1]))
        rows.append(
            Delta(
                swap=swap,
                pairs=len(items),
                changed=sum(1 for overall, dimension, _ in items if overall or dimension),
                max_overall=max((item[0] for item in items), default=0.0),
                max_dimension=max((item[1] for item in items), default=0.0),
                worst=worst[2] if worst[0] or worst[1] else "",
            )
        )
    return rows


def run(limit: int | None, settings: Settings) -> tuple[list[Delta], dict[str, Any]]:
    """Swap, score and compare over the demo resumes (the first `limit` of them)."""
    taxonomy = Taxonomy.load()
    embedder = load_embedder(settings)
    jobs = load_jobs(taxonomy)
    files = sorted((DEMO_DIR / "resumes").iterdir())[:limit]
    found: dict[str, list[tuple[float, float, str]]] = {}
    for path in files:
        base = read_resume(path.name, path.read_bytes(), settings=settings, taxonomy=taxonomy)
        items = variants(base.document.text, base.parsed.name)
        scores = score_variants(
            items, jobs, settings=settings, taxonomy=taxonomy, embedder=embedder
        )
        for swap, values in compare(path.name, scores, [job_id for job_id, _ in jobs]).items():
            found.setdefault(swap, []).extend(values)
    details = {
        "resumes": [path.name for path in files],
        "jobs": [job_id for job_id, _ in jobs],
        "names": [list(item) for item in NAMES],
        "skill_word_names": list(SKILL_WORD_NAMES),
        "details_lines": {swap: list(lines) for swap, lines in DETAILS.items()},
    }
    return summarise(found), details


def main(argv: list[str] | None = None) -> int:
    """Print the table and write `evals/results/fairness.json` (exit 0: the table tells)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N demo resumes")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(data_dir=Path(folder))
        rows, details = run(args.limit, settings)
    print_table(
        "Fairness: counterfactual swaps (score change, 0–100 points; target 0.0)",
        ["swap", "pairs", "changed", "max Δ overall", "max Δ dimension"],
        [
            [row.swap, row.pairs, row.changed, f"{row.max_overall:.1f}", f"{row.max_dimension:.1f}"]
            for row in rows
        ],
    )
    records = [
        record(
            f"max_overall_change/{row.swap}",
            row.max_overall,
            f"{row.pairs} resume×job pairs, {row.changed} changed"
            + (f"; worst {row.worst}" if row.worst else ""),
        )
        for row in rows
    ] + [record(f"max_dimension_change/{row.swap}", row.max_dimension) for row in rows]
    config = base_config(NAME, DEMO_DIR, limit=args.limit)
    write_results(NAME, config, records, {**details, "rows": [row.__dict__ for row in rows]})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
