"""A candidate's link opens one interview and nothing else; an expired link says so."""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime, timedelta

from chat_page import click_action, shoot, wait_for_text
from playwright.sync_api import expect
from scout_server import SECRET

from tools.invitations import create_invitation, invitation_url


def _token(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _retarget(token: str, interview_id: str) -> str:
    """The same token with another interview id written in (its signature no longer fits)."""
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["interview"] = interview_id
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"{header}.{forged}.{signature}"


def test_candidate_link_opens_only_its_interview(scout_server, browser, screenshots):
    mine, theirs = scout_server.invitations["A"], scout_server.invitations["B"]

    other = browser.new_context()
    other_page = other.new_page()
    other_page.goto(theirs.url)
    click_action(other_page, "I agree")
    wait_for_text(other_page, re.compile(r"Question \d+ of \d+"))
    expect(other_page).to_have_url(re.compile(r"/thread/[0-9a-f-]+$"), timeout=30_000)
    their_thread = other_page.url.rsplit("/", 1)[1]
    other.close()

    context = browser.new_context()
    page = context.new_page()
    page.goto(mine.url)
    wait_for_text(page, re.compile(r"Scout|interview", re.IGNORECASE))
    expect(page.get_by_role("button", name=re.compile("^Shortlist:"))).to_have_count(0)
    shoot(page, screenshots, "30-candidate-own-interview")

    api = context.request
    assert api.get(f"{scout_server.url}/api/jobs").status == 403
    assert api.get(f"{scout_server.url}/api/interviews/{theirs.interview_id}").status == 403
    assert api.get(f"{scout_server.url}/api/interviews/{mine.interview_id}").status == 403
    thread = api.get(f"{scout_server.url}/project/thread/{their_thread}")
    assert thread.status in (401, 403, 404), thread.text()

    forged = invitation_url(scout_server.url, _retarget(_token(mine.url), theirs.interview_id))
    page.goto(forged)
    expect(page.locator("#invitation-error")).to_contain_text("not valid")
    shoot(page, screenshots, "31-forged-link-refused")
    context.close()


def test_expired_link_is_refused_with_a_reason(scout_server, browser, screenshots):
    link = scout_server.invitations["A"]
    expired = create_invitation(
        SECRET, tenant_id=scout_server.settings.tenant, interview_id=link.interview_id,
        ttl=timedelta(hours=1), now=datetime.now(UTC) - timedelta(hours=3),
    )
    context = browser.new_context()
    page = context.new_page()
    response = page.goto(invitation_url(scout_server.url, expired))
    assert response is not None and response.status == 410
    expect(page.locator("#invitation-error")).to_contain_text("expired")
    expect(page.locator("#invitation-error")).to_contain_text("Ask the recruiter for a new one")
    assert "access_token" not in {c["name"] for c in context.cookies()}
    shoot(page, screenshots, "32-expired-link-refused")
    context.close()


def test_declining_consent_ends_the_interview_politely(scout_server, browser, screenshots):
    link = scout_server.invitations["D"]
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(link.url)
    click_action(page, "I do not agree")
    wait_for_text(page, "You chose not to take the interview")
    expect(page.get_by_text(re.compile(r"Question \d+ of"))).to_have_count(0)
    page.reload()
    wait_for_text(page, "You chose not to take the interview")
    shoot(page, screenshots, "33-candidate-declined")
    context.close()
