"""What a person does in Scout's chat, as Playwright steps."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

REPLY_TIMEOUT_MS = 60_000


def sign_in(page: Page, url: str, email: str, password: str) -> None:
    """Sign in on the login page and wait for the chat."""
    page.goto(f"{url}/")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]")
    expect(page.locator("#chat-input")).to_be_visible(timeout=REPLY_TIMEOUT_MS)


def send(page: Page, text: str) -> None:
    """Type a message and send it."""
    box = page.locator("#chat-input")
    expect(box).to_be_enabled(timeout=REPLY_TIMEOUT_MS)
    box.fill(text)
    submit = page.locator("#chat-submit")
    expect(submit).to_be_enabled(timeout=REPLY_TIMEOUT_MS)
    submit.click()


def assistant_messages(page: Page):
    """Every message Scout wrote (a locator)."""
    return page.locator('[data-step-type="assistant_message"]')


def wait_for_text(page: Page, text: str | re.Pattern[str], timeout: int = REPLY_TIMEOUT_MS):
    """The first message containing the text, once it is visible."""
    found = assistant_messages(page).filter(has_text=text).last
    expect(found).to_be_visible(timeout=timeout)
    return found


def click_action(page: Page, label: str | re.Pattern[str]) -> None:
    """Click the last action button with this label."""
    button = page.get_by_role("button", name=label).last
    expect(button).to_be_visible(timeout=REPLY_TIMEOUT_MS)
    button.click()


def attach(page: Page, files: list[Path]) -> None:
    """Attach files to the next message and wait until they are uploaded."""
    page.set_input_files("#upload-button-input", [str(f) for f in files])
    expect(page.locator("#chat-submit")).to_be_enabled(timeout=REPLY_TIMEOUT_MS)


def shoot(page: Page, folder: Path, name: str) -> Path:
    """A screenshot of what the person sees now."""
    path = folder / f"{name}.png"
    page.wait_for_timeout(300)
    page.screenshot(path=str(path))
    return path
