"""A spoken interview turn: noise is asked again, clear speech is heard and assessed.

Needs espeak-ng for the clear answer (skipped with a reason without it;
a failure under SCOUT_REQUIRE_SERVICES=1).
"""

from __future__ import annotations

import io
import os
import shutil
import wave
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from core.settings import Settings
from graphs.interview_runner import InterviewRunner, open_interview_runner
from store.files import LocalFileStore
from store.migrate import upgrade
from store.models import Turn
from tools.demo import default_demo_dir
from tools.jobs_service import add_job
from tools.screening import ingest_paths
from tools.screening_kit import open_screening_kit
from tools.speech import SpeechToText, TextToSpeech

pytestmark = pytest.mark.slow

TENANT = "voice"
SPOKEN = "I have worked with Python for six years, mostly on web services."


def _require_espeak() -> None:
    if shutil.which("espeak-ng"):
        return
    reason = "espeak-ng is not installed (apt-get install espeak-ng)"
    if os.environ.get("SCOUT_REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"{reason} and SCOUT_REQUIRE_SERVICES is set")
    pytest.skip(reason)


def noise_wav(seconds: float = 3.0) -> bytes:
    samples = np.random.default_rng(3).normal(0.0, 0.25, int(seconds * 16_000))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16_000)
        wav.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


@pytest.fixture
async def voice(settings: Settings, embedder, taxonomy) -> AsyncIterator[tuple]:
    settings = settings.model_copy(update={"tenant": TENANT})
    await upgrade(settings)
    demo = default_demo_dir()
    job_file = demo / "jobs" / "backend-engineer.txt"
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
            kit,
            tenant_id=TENANT,
            paths=[demo / "resumes" / "01-emilie-roy.txt"],
            job_ids=[job.id or ""],
        )
    speech = SpeechToText.load(settings)
    async with open_interview_runner(
        settings, embedder=embedder, taxonomy=taxonomy, speech=speech
    ) as runner:
        yield runner, job.id, results[0].candidate_id


async def test_noise_is_asked_again_and_clear_speech_is_assessed(voice, tmp_path: Path) -> None:
    runner: InterviewRunner
    runner, job, candidate = voice
    view = await runner.start(tenant_id=TENANT, job_id=job, candidate_id=candidate, mode="voice")
    view = await runner.answer(
        tenant_id=TENANT, interview_id=view.interview_id, text="yes", reply_to=view.pending["seq"]
    )
    question = view.pending

    noisy = await runner.answer_audio(
        tenant_id=TENANT,
        interview_id=view.interview_id,
        audio=noise_wav(),
        reply_to=question["seq"],
    )
    assert noisy.confidence is not None and noisy.confidence < runner.settings.stt_min_confidence
    repeat = noisy.pending
    assert repeat["kind"] == "question" and repeat["question_id"] == question["question_id"]
    assert repeat["text"].startswith("Sorry, I didn't catch that — could you repeat?")

    async with runner.store.session() as session:
        turns = list(
            (
                await session.scalars(
                    select(Turn).where(Turn.interview_id == view.interview_id).order_by(Turn.seq)
                )
            ).all()
        )
    heard_turn = turns[question["seq"]]
    assert heard_turn.speaker == "candidate" and heard_turn.audio_ref
    assert LocalFileStore(runner.settings.files_dir).exists(heard_turn.audio_ref)

    _require_espeak()
    spoken = TextToSpeech.load().save(SPOKEN, tmp_path / "answer.wav")
    clear = await runner.answer_audio(
        tenant_id=TENANT,
        interview_id=view.interview_id,
        audio=spoken.read_bytes(),
        reply_to=repeat["seq"],
    )
    assert clear.confidence is not None and clear.confidence >= runner.settings.stt_min_confidence
    assert "python" in (clear.heard or "").lower()
    assert not clear.pending["text"].startswith("Sorry, I didn't catch that")
