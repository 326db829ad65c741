"""Too little readable text: no score, the reason said plainly, no invented profile."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from core.settings import Settings
from store.migrate import upgrade
from store.repositories import resumes as resume_repo
from store.repositories import scores as score_repo
from tools.jobs_service import add_job
from tools.read_resume import read_resume
from tools.screening import ingest_paths
from tools.screening_kit import open_screening_kit

WIDTH, HEIGHT = A4
TENANT = "acme"


def scanned_pdf() -> bytes:
    """A 'scan': one page that is a picture of text, with no text layer."""
    picture = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(picture)
    for row in range(40):
        draw.rectangle((40, 40 + row * 18, 40 + (row * 37) % 480 + 60, 50 + row * 18), fill=20)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=A4, invariant=1)
    pdf.drawImage(ImageReader(buffer), 0, 0, WIDTH, HEIGHT)
    pdf.save()
    return out.getvalue()


def shapes_pdf() -> bytes:
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=A4, invariant=1)
    pdf.setFillColorRGB(0.2, 0.3, 0.5)
    pdf.rect(40, 600, 300, 80, stroke=0, fill=1)
    pdf.circle(300, 300, 60, stroke=1, fill=0)
    pdf.save()
    return out.getvalue()


def all_white_pdf() -> bytes:
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=A4, invariant=1)
    pdf.setFillColorRGB(1, 1, 1)
    y = HEIGHT - 60
    for line in (
        "Jane Roe",
        "jane.roe@example.com",
        "EXPERIENCE",
        "Senior Data Engineer, Acme Corp | Jan 2019 - Present",
        "- Built Kafka and Spark pipelines on Kubernetes for the finance team.",
        "SKILLS",
        "Python, SQL, Kafka, Spark, Kubernetes, Terraform",
    ):
        pdf.drawString(50, y, line)
        y -= 16
    pdf.save()
    return out.getvalue()


@pytest.mark.parametrize(
    ("maker", "file_name", "reason"),
    [
        (scanned_pdf, "scan.pdf", "the PDF has no text layer: its 1 page is images only"),
        (shapes_pdf, "shapes.pdf", "the PDF has no text layer"),
        (all_white_pdf, "white.pdf", "the rest of the text is hidden and was ignored"),
        (lambda: b"Jane Roe\njane@example.com\nPython developer\n", "short.txt", "only "),
    ],
)
def test_too_little_text_is_insufficient_with_a_reason_and_nothing_invented(
    maker, file_name: str, reason: str, settings: Settings, taxonomy
) -> None:
    read = read_resume(file_name, maker(), settings=settings, taxonomy=taxonomy)
    assert not read.sufficient
    assert read.insufficient_reason and reason in read.insufficient_reason
    assert any(w.startswith("insufficient evidence: ") for w in read.parsed.warnings)
    parsed = read.parsed
    assert parsed.experience == [] and parsed.education == [] and parsed.certifications == []
    assert parsed.total_years_experience is None
    if file_name.endswith(".pdf"):
        assert parsed.name is None and parsed.emails == [] and parsed.phones == []
        assert parsed.skills == [] and parsed.summary is None and parsed.headline is None
    else:  # only what is really there
        assert parsed.emails == ["jane@example.com"]


def _scout(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCOUT_DATA_DIR": str(data_dir), "SCOUT_TENANT": "cli"}
    command = [sys.executable, "-m", "ui.cli", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)


def test_match_and_rank_say_insufficient_evidence(tmp_path: Path, demo_dir: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf())
    job = demo_dir / "jobs" / "backend-engineer.txt"
    matched = _scout(tmp_path / "data", "match", str(scan), str(job), "--json")
    assert matched.returncode == 1 and matched.stdout == ""
    assert "scan.pdf: insufficient evidence: the PDF has no text layer" in matched.stderr
    assert "no score is given" in matched.stderr
    ranked = _scout(
        tmp_path / "data",
        "rank",
        str(job),
        str(scan),
        str(demo_dir / "resumes/01-emilie-roy.txt"),
        "--json",
    )
    assert ranked.returncode == 1
    assert len(ranked.stdout.splitlines()) == 1 and "01-emilie-roy.txt" in ranked.stdout
    assert "scan.pdf: insufficient evidence" in ranked.stderr


async def test_ingest_stores_insufficient_with_the_reason_and_no_score(
    settings: Settings, demo_dir: Path, embedder, taxonomy, tmp_path: Path
) -> None:
    await upgrade(settings)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf())
    readable = demo_dir / "resumes" / "01-emilie-roy.txt"
    job_file = demo_dir / "jobs" / "backend-engineer.txt"
    async with open_screening_kit(settings, embedder=embedder, taxonomy=taxonomy) as kit:
        job = await add_job(
            kit.store,
            settings=settings,
            taxonomy=taxonomy,
            tenant_id=TENANT,
            file_name=job_file.name,
            data=job_file.read_bytes(),
        )
        results = await ingest_paths(
            kit, tenant_id=TENANT, paths=[scan, readable], job_ids=[job.id]
        )
        assert [r.status for r in results] == ["ingested", "ingested"]
        assert "insufficient evidence" in (results[0].error or "")
        assert results[1].error is None
        async with kit.store.session() as session:
            stored = await resume_repo.get_resume(
                session, tenant_id=TENANT, resume_id=results[0].resume_id
            )
            scores = await score_repo.latest_scores_for_job(
                session, tenant_id=TENANT, job_id=job.id
            )
    assert stored is not None and stored.status == "insufficient"
    assert any(
        w.startswith("insufficient evidence: the PDF has no text layer") for w in stored.warnings
    )
    assert stored.parsed["name"] is None and stored.parsed["skills"] == []
    assert [s.resume_id for s in scores] == [results[1].resume_id]
