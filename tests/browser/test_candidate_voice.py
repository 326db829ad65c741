"""Voice: Chromium's fake microphone plays an espeak-ng answer; it arrives as text."""

from __future__ import annotations

import re
import subprocess
import wave
from pathlib import Path

import numpy as np
from chat_page import assistant_messages, click_action, shoot, wait_for_text
from conftest import CHROMIUM, CHROMIUM_ARGS
from playwright.sync_api import expect

from tools.speech_audio import resample

SPOKEN = "I built data pipelines in Python with Airflow and Spark for five years."
HEARD = re.compile(r"pipelines|python|airflow|spark", re.IGNORECASE)
FAKE_MIC_RATE = 48_000


def spoken_answer(espeak: str, folder: Path) -> tuple[Path, float]:
    """The answer spoken by espeak-ng, as 48 kHz 16-bit mono with silence around it."""
    raw = folder / "espeak.wav"
    subprocess.run([espeak, "-s", "150", "-w", str(raw), SPOKEN], check=True)
    with wave.open(str(raw)) as source:
        rate = source.getframerate()
        samples = np.frombuffer(source.readframes(source.getnframes()), dtype="<i2")
    voice = resample(samples.astype(np.float32) / 32768.0, rate, FAKE_MIC_RATE)
    silence = np.zeros(int(0.5 * FAKE_MIC_RATE), dtype=np.float32)
    audio = np.concatenate([silence, voice, silence, silence])
    out = folder / "answer-48k.wav"
    with wave.open(str(out), "wb") as target:
        target.setnchannels(1)
        target.setsampwidth(2)
        target.setframerate(FAKE_MIC_RATE)
        target.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    return out, len(audio) / FAKE_MIC_RATE


def test_spoken_answer_arrives_as_text(scout_server, playwright_instance, espeak, screenshots,
                                       tmp_path):
    wav, seconds = spoken_answer(espeak, tmp_path)
    browser = playwright_instance.chromium.launch(
        executable_path=CHROMIUM,
        args=[*CHROMIUM_ARGS, "--use-fake-ui-for-media-stream",
              "--use-fake-device-for-media-stream",
              f"--use-file-for-fake-audio-capture={wav}%noloop"],
    )
    try:
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                      has_touch=True, permissions=["microphone"])
        page = context.new_page()
        page.goto(scout_server.invitations["C"].url)
        click_action(page, "I agree")
        wait_for_text(page, re.compile(r"Question 1 of \d+"))
        click_action(page, "Listen")
        expect(page.locator("audio").last).to_be_attached(timeout=30_000)
        microphone = page.locator("#message-composer button:not([id])").first
        microphone.click()
        page.wait_for_timeout(int((seconds + 1.5) * 1000))
        shoot(page, screenshots, "20-candidate-speaking")
        microphone.click()
        spoken = page.locator('[data-step-type="user_message"]').filter(has_text=HEARD).last
        expect(spoken).to_be_visible(timeout=90_000)
        wait_for_text(page, re.compile(r"Question 2 of \d+"), timeout=90_000)
        shoot(page, screenshots, "21-candidate-spoken-answer")
        assert assistant_messages(page).filter(has_text="did not catch").count() == 0
    finally:
        browser.close()
