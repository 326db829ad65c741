"""The app on PostgreSQL: interview checkpoints and chat history survive a reload there too."""

from __future__ import annotations

import re

from chat_page import click_action, send, shoot, sign_in, wait_for_text
from playwright.sync_api import expect
from scout_server import RECRUITER

ANSWER = (
    "I rebuilt our nightly Spark jobs as incremental loads keyed by update time, which cut the "
    "run from three hours to twenty minutes and removed the weekend backfills."
)


def test_interview_and_recruiter_history_on_postgres(scout_server_pg, browser, screenshots):
    candidate = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = candidate.new_page()
    page.goto(scout_server_pg.invitations["A"].url)
    click_action(page, "I agree")
    first = wait_for_text(page, re.compile(r"Question 1 of \d+"))
    total = re.search(r"Question 1 of (\d+)", first.inner_text()).group(1)
    send(page, ANSWER)
    wait_for_text(page, f"Question 2 of {total}")
    page.reload()
    wait_for_text(page, f"Question 2 of {total}")
    shoot(page, screenshots, "40-postgres-candidate-after-reload")
    candidate.close()

    staff = browser.new_context(viewport={"width": 1280, "height": 1000})
    recruiter = staff.new_page()
    sign_in(recruiter, scout_server_pg.url, *RECRUITER)
    wait_for_text(recruiter, "Drop a job description")
    send(recruiter, "who knows Python?")
    wait_for_text(recruiter, re.compile(r"cand_[0-9a-f]+"))
    expect(recruiter).to_have_url(re.compile(r"/thread/[0-9a-f-]+$"), timeout=30_000)
    recruiter.reload()
    expect(recruiter.get_by_text("who knows Python?").first).to_be_visible(timeout=30_000)
    wait_for_text(recruiter, re.compile(r"cand_[0-9a-f]+"))
    shoot(recruiter, screenshots, "41-postgres-recruiter-thread-reloaded")
    staff.close()
