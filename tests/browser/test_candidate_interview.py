"""A candidate takes the interview on a phone-sized screen, reloads midway, finishes;
the recruiter then reads the scorecard."""

from __future__ import annotations

import re

from chat_page import click_action, send, shoot, sign_in, wait_for_text
from playwright.sync_api import expect
from scout_server import RECRUITER

PHONE = {"width": 390, "height": 844}
ANSWERS = (
    "In my last role I owned a Python and Airflow pipeline that loaded about 2 TB a day into "
    "the warehouse. I designed the DAGs, added data quality checks on every load, and cut "
    "failed runs from twelve a month to one by adding retries, idempotent writes and alerts.",
    "A Spark job started failing with out-of-memory errors after a schema change. I read the "
    "executor logs, found one skewed join key holding 40% of the rows, salted the key and "
    "repartitioned, and the job went from failing to finishing in 18 minutes.",
    "I paired with the analytics team every week to agree on table contracts. When two teams "
    "wanted different definitions of an active customer, I wrote both down with examples, "
    "we picked one in a short meeting, and I documented it in the data catalogue.",
    "For our Kafka to warehouse stream I used exactly-once writes keyed by event id, so a "
    "replay after an outage did not double count. I measured lag with a Grafana dashboard "
    "and set an alert at five minutes, which caught two broker problems early.",
)
FINISHED = "your interview is complete"


def _question_count(page) -> int:
    first = wait_for_text(page, re.compile(r"Question 1 of \d+"))
    return int(re.search(r"Question 1 of (\d+)", first.inner_text()).group(1))


def test_candidate_interview_survives_reload(scout_server, browser, screenshots):
    link = scout_server.invitations["A"]
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(link.url)
    consent = wait_for_text(page, re.compile("consent|agree", re.IGNORECASE))
    expect(consent).to_contain_text(re.compile(r"\bAI\b|automated", re.IGNORECASE))
    shoot(page, screenshots, "10-candidate-consent")

    click_action(page, "I agree")
    total = _question_count(page)
    assert total >= 3
    shoot(page, screenshots, "11-candidate-question-1")
    for number in (1, 2):
        send(page, ANSWERS[number - 1])
        wait_for_text(page, f"Question {number + 1} of {total}")
    shoot(page, screenshots, "12-candidate-question-3")

    page.reload()
    wait_for_text(page, "Welcome back")
    current = wait_for_text(page, f"Question 3 of {total}")
    expect(current).to_be_visible()
    expect(page.get_by_text("Question 2 of")).to_have_count(0)
    shoot(page, screenshots, "13-candidate-after-reload")

    second_device = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    other_page = second_device.new_page()
    other_page.goto(link.url)
    wait_for_text(other_page, f"Question 3 of {total}")
    second_device.close()

    for number in range(3, total + 1):
        send(page, ANSWERS[(number - 1) % len(ANSWERS)])
        if number < total:
            wait_for_text(page, f"Question {number + 1} of {total}")
    for _ in range(3):
        if page.get_by_text(FINISHED).count():
            break
        page.wait_for_timeout(1500)
        if page.get_by_text(FINISHED).count():
            break
        send(page, "No questions from me, thank you.")
    wait_for_text(page, FINISHED)
    shoot(page, screenshots, "14-candidate-finished")
    context.close()

    staff = browser.new_context(viewport={"width": 1280, "height": 2400})
    recruiter = staff.new_page()
    sign_in(recruiter, scout_server.url, *RECRUITER)
    wait_for_text(recruiter, "Finished interviews")
    click_action(recruiter, re.compile(r"^Scorecard: .*Data Engineer"))
    card = wait_for_text(recruiter, "recommendation")
    expect(card).to_contain_text(re.compile(r"Overall \d(\.\d)?/5"))
    expect(card).to_contain_text('"')
    shoot(recruiter, screenshots, "15-recruiter-scorecard")
    staff.close()
