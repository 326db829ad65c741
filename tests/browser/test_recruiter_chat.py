"""A recruiter screens a JD and five resumes (one corrupt) and asks about them."""

from __future__ import annotations

import re
from pathlib import Path

from chat_page import (
    assistant_messages,
    attach,
    click_action,
    send,
    shoot,
    sign_in,
    wait_for_text,
)
from playwright.sync_api import expect
from scout_server import RECRUITER

UPLOADED = ("02-lea-moreau.docx", "04-suresh-venkatesan.pdf", "05-joy-reyes.txt",
            "18-brandon-johnson.pdf")
PYTHON_PEOPLE = ("Léa Moreau", "Suresh Venkatesan", "Joy Reyes")


def _upload_set(demo_dir: Path, tmp_path: Path) -> list[Path]:
    corrupt = tmp_path / "corrupt-resume.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>> garbage \x00\xff truncated")
    return [demo_dir / "jobs" / "backend-engineer.txt",
            *[demo_dir / "resumes" / name for name in UPLOADED], corrupt]


def test_recruiter_screens_uploads_and_asks(scout_server, browser, screenshots, demo_dir,
                                            tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 1400})
    page = context.new_page()
    sign_in(page, scout_server.url, *RECRUITER)
    wait_for_text(page, "Drop a job description")
    shoot(page, screenshots, "01-recruiter-signed-in")

    attach(page, _upload_set(demo_dir, tmp_path))
    shoot(page, screenshots, "02-recruiter-files-attached")
    send(page, "Screen these for the backend role")

    summary = wait_for_text(page, "Screened 5 files", timeout=180_000)
    expect(summary).to_contain_text("4 new")
    expect(summary).to_contain_text("1 could not be read")
    expect(summary).to_contain_text("corrupt-resume.pdf")

    shortlist = wait_for_text(page, "Shortlist: Senior Backend Engineer")
    rows = shortlist.locator("table tbody tr")
    expect(rows).to_have_count(4)
    for rank in range(1, 5):
        expect(rows.nth(rank - 1)).to_contain_text(f"#{rank}")
    expect(rows.first).to_contain_text(re.compile(r"Strongest on|Weakest on|years"))
    expect(shortlist.get_by_role("img", name="score-distribution")).to_be_visible()
    shoot(page, screenshots, "03-recruiter-shortlist")

    top_name = rows.first.locator("td").nth(1).inner_text().strip()
    click_action(page, f"Evidence: {top_name}")
    evidence = wait_for_text(page, "Rank #1.")
    expect(evidence).to_contain_text(re.compile(r"Required skills \d+"))
    shoot(page, screenshots, "04-recruiter-evidence")

    send(page, "who knows Python?")
    answer = wait_for_text(page, re.compile(r"cand_[0-9a-f]+"))
    text = answer.inner_text()
    assert any(name in text for name in PYTHON_PEOPLE), text
    assert "Brandon Johnson" not in text.split("Evidence")[0]
    expect(page.locator(".step").filter(has_text="search_candidates").first).to_be_visible()
    shoot(page, screenshots, "05-recruiter-asks-python")
    assert assistant_messages(page).count() >= 5
    context.close()
