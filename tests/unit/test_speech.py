"""Voice: espeak-ng speech in, Whisper (bundled tiny.en) text out; questions spoken to WAV.

Skipped with a reason when espeak-ng is not installed; under
SCOUT_REQUIRE_SERVICES=1 (CI) that is a failure instead.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest

from core.settings import Settings
from prompts import interview_script as script
from tools.analyze_job import analyze_job
from tools.interview_design import design_interview
from tools.interview_flow import is_low_confidence, repeat_draft
from tools.interview_turns import AnswerPayload, candidate_turn
from tools.speech import (
    SpeechToText,
    TextToSpeech,
    segment_confidence,
    transcribe,
    wav_duration,
)
from tools.speech_audio import WHISPER_RATE, to_whisper_audio

KNOWN = "I have worked with Python for six years, mostly on web services."


def _require_espeak() -> None:
    if shutil.which("espeak-ng"):
        return
    reason = "espeak-ng is not installed (apt-get install espeak-ng)"
    if os.environ.get("SCOUT_REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"{reason} and SCOUT_REQUIRE_SERVICES is set")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def tts() -> TextToSpeech:
    _require_espeak()
    return TextToSpeech.load()


@pytest.fixture(scope="module")
def stt() -> SpeechToText:
    return SpeechToText.load(Settings(_env_file=None))


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split()


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Levenshtein distance over words, divided by the reference length."""
    ref, hyp = words(reference), words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        previous, row[0] = row[0], i
        for j, h in enumerate(hyp, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (r != h))
    return row[len(hyp)] / max(len(ref), 1)


def test_word_error_rate_is_computed_over_words() -> None:
    assert word_error_rate("a b c d", "a b c d") == 0
    assert word_error_rate("a b c d", "a x c") == 0.5
    assert word_error_rate("Hello, world!", "hello world") == 0


def noise_wav(seconds: float = 3.0, seed: int = 7) -> bytes:
    samples = np.random.default_rng(seed).normal(0.0, 0.25, int(seconds * WHISPER_RATE))
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(WHISPER_RATE)
        wav.writeframes(pcm)
    return buffer.getvalue()


def test_espeak_sentence_is_transcribed_with_low_word_error(
    tts: TextToSpeech, stt: SpeechToText, tmp_path: Path
) -> None:
    spoken = tts.save(KNOWN, tmp_path / "known.wav")
    heard = stt.transcribe(spoken)
    assert word_error_rate(KNOWN, heard.text) <= 0.25, heard.text
    assert heard.confidence >= Settings(_env_file=None).stt_min_confidence


def test_browser_pcm_stream_is_transcribed_like_the_wav(
    tts: TextToSpeech, stt: SpeechToText, tmp_path: Path
) -> None:
    spoken = tts.save(KNOWN, tmp_path / "known.wav")
    with wave.open(str(spoken)) as wav:
        samples = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2") / 32768.0
        rate = wav.getframerate()
    at_24k = np.interp(
        np.linspace(0, len(samples) - 1, int(len(samples) * 24_000 / rate)),
        np.arange(len(samples)),
        samples,
    )
    pcm = (at_24k * 32767).astype("<i2").tobytes()
    assert abs(len(to_whisper_audio(pcm)) / WHISPER_RATE - wav_duration(spoken)) < 0.05
    heard = stt.transcribe(pcm, sample_rate=24_000)
    assert word_error_rate(KNOWN, heard.text) <= 0.25, heard.text


def test_noise_only_gives_low_confidence_and_a_request_to_repeat(stt: SpeechToText) -> None:
    settings = Settings(_env_file=None)
    heard = transcribe(noise_wav(), settings, model=stt)
    assert heard.confidence < settings.stt_min_confidence
    prompt = {
        "seq": 3,
        "speaker": "scout",
        "kind": "question",
        "text": "Why?",
        "question_id": "q1",
        "audio_ref": None,
        "started_at": "2025-01-01T00:00:00+00:00",
        "ended_at": None,
        "confidence": None,
        "elapsed_s": None,
    }
    answer = candidate_turn(
        4, prompt, AnswerPayload(type="answer", text=heard.text, confidence=heard.confidence)
    )
    assert is_low_confidence(answer, settings.stt_min_confidence)


def test_silence_is_not_an_answer(stt: SpeechToText) -> None:
    assert stt.transcribe(b"\x00\x00" * 8000, sample_rate=16_000).text == ""


def test_confidence_mapping() -> None:
    assert segment_confidence(0.0, 0.0) == 1.0
    assert segment_confidence(-1.0, 0.0) == pytest.approx(0.368, abs=1e-3)
    assert segment_confidence(-0.2, 0.9) < 0.1


def test_every_interview_line_is_spoken_to_a_valid_wav(
    tts: TextToSpeech, tmp_path: Path, demo_dir: Path, taxonomy
) -> None:
    job_file = demo_dir / "jobs" / "backend-engineer.txt"
    design = design_interview(analyze_job(job_file.read_text(), taxonomy), job_id="job_demo")
    lines = [q.text for q in [*design.questions, *design.knockouts]]
    lines += [
        script.DISCLOSURE_AND_CONSENT.format(job="Backend Engineer"),
        script.CLOSING_INVITATION,
        repeat_draft(design.questions[0])["text"],
    ]
    for number, text in enumerate(lines):
        path = tts.save(text, tmp_path / f"line-{number}.wav")
        data = path.read_bytes()
        assert data[:4] == b"RIFF" and data[8:12] == b"WAVE", text
        assert wav_duration(data) > 0.3, text
