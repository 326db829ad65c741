"""Audio in the shape Whisper takes: mono float32 at 16 kHz, from WAV or raw PCM16.

Browsers' microphones (Chainlit streams PCM16 little-endian mono at 24 kHz)
and uploaded WAV files arrive at other rates; linear interpolation is
enough for speech recognition and needs nothing beyond numpy. Other
formats (compressed audio) go through faster-whisper's own decoder (PyAV).
"""

from __future__ import annotations

import io
import wave
from pathlib import Path

import numpy as np

from core.errors import InputError

WHISPER_RATE = 16_000
PCM_DEFAULT_RATE = 24_000
"""Chainlit's microphone stream: PCM16 mono at 24 kHz."""
_SAMPLE_TYPES = {1: np.uint8, 2: np.int16, 4: np.int32}


def resample(samples: np.ndarray, rate: int, target: int = WHISPER_RATE) -> np.ndarray:
    """Linear resampling of mono float samples from `rate` to `target` Hz."""
    if rate == target or samples.size == 0:
        return samples.astype(np.float32, copy=False)
    count = int(round(samples.size * target / rate))
    positions = np.linspace(0, samples.size - 1, num=count)
    return np.interp(positions, np.arange(samples.size), samples).astype(np.float32)


def pcm16_to_float(data: bytes) -> np.ndarray:
    """Little-endian signed 16-bit samples as floats in [-1, 1)."""
    usable = len(data) - len(data) % 2
    return np.frombuffer(data[:usable], dtype="<i2").astype(np.float32) / 32768.0


def _from_wav(raw: bytes) -> tuple[np.ndarray, int]:
    with wave.open(io.BytesIO(raw)) as wav:
        width, channels, rate = wav.getsampwidth(), wav.getnchannels(), wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    if width not in _SAMPLE_TYPES:
        raise wave.Error(f"unsupported sample width {width}")
    data = np.frombuffer(frames, dtype=np.dtype(_SAMPLE_TYPES[width]).newbyteorder("<"))
    if width == 1:
        samples = (data.astype(np.float32) - 128.0) / 128.0
    else:
        samples = data.astype(np.float32) / float(2 ** (8 * width - 1))
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    return samples, rate


def _decode_other(raw: bytes) -> np.ndarray:
    from faster_whisper.audio import decode_audio

    try:
        return decode_audio(io.BytesIO(raw), sampling_rate=WHISPER_RATE)
    except Exception as error:  # PyAV raises its own error types per container
        raise InputError(f"cannot read this audio: {error}") from error


def to_whisper_audio(audio: bytes | Path, *, sample_rate: int | None = None) -> np.ndarray:
    """Mono float32 samples at 16 kHz from a WAV (path or bytes) or raw PCM16 bytes.

    Bytes without a RIFF header are raw PCM16 mono at `sample_rate` (24 kHz,
    the browser microphone's rate, when not given); a file in another format
    (MP3, OGG...) is decoded.
    """
    raw = audio.read_bytes() if isinstance(audio, Path) else audio
    if raw[:4] != b"RIFF":
        if isinstance(audio, Path):
            return _decode_other(raw)
        return resample(pcm16_to_float(raw), sample_rate or PCM_DEFAULT_RATE)
    try:
        samples, rate = _from_wav(raw)
    except (wave.Error, EOFError, ValueError):
        return _decode_other(raw)
    return resample(samples, rate)
