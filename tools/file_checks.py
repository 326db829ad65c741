"""Upload checks: decide a file's kind from its bytes and its name, or refuse it.

A resume arrives as bytes plus a user-chosen name. The name alone lies often
(a screenshot saved as `.pdf`, a Word 97 `.doc` renamed `.docx`), and the bytes
alone cannot tell a Markdown file from plain text. So both are checked, and
every refusal says which file, what it really is and what is accepted, because
the message is shown to the recruiter as is.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath
from types import MappingProxyType

from core.errors import (
    CorruptDocument,
    EmptyDocument,
    FileTooLarge,
    InputError,
    UnsupportedFileType,
)

ACCEPTED = "PDF, DOCX, TXT or Markdown (.md)"
_EXTENSION_KINDS = MappingProxyType({
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
})
_KIND_LABELS = MappingProxyType(
    {"pdf": "a PDF", "docx": "a Word (.docx) document", "txt": "text", "md": "text"}
)
# Signature, description: binary formats people upload by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls/.ppt, Office 97-2003)"),
    (b"{\\rtf", "an RTF document"),
    (b"MZ", "a Windows program (.exe/.dll)"),
    (b"\x7fELF", "a Linux program (ELF)"),
    (b"\xcf\xfa\xed\xfe", "a macOS program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"%!PS", "a PostScript file"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio file"),
    (b"fLaC", "a FLAC audio file"),
)
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def check_upload(file_name: str, data: bytes, max_bytes: int) -> str:
    """Return the kind (`pdf`, `docx`, `txt`, `md`) of an upload, or raise an InputError.

    The checks run cheapest first: size, then magic bytes, then (for text) decoding.
    """
    name = display_name(file_name)
    if not data:
        raise EmptyDocument(f"{name} is empty (0 bytes).")
    if len(data) > max_bytes:
        raise FileTooLarge(
            f"{name} is {_megabytes(len(data))}; the limit is {_limit(max_bytes)}."
        )
    detected = sniff(data)
    claimed = _EXTENSION_KINDS.get(PurePath(file_name).suffix.lower())
    kind = _reconcile(name, file_name, detected, claimed)
    if kind in ("txt", "md"):
        decode_text(file_name, data)
    return kind


def display_name(file_name: str) -> str:
    """The base name shown in messages (never a server-side path)."""
    return PurePath(file_name).name or "the file"


def sniff(data: bytes) -> str:
    """Describe what the bytes are: `pdf`, `docx`, `text`, or a human description."""
    if _PDF_MAGIC in data[:1024]:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        return _sniff_zip(data)
    for signature, description in _SIGNATURES:
        if data.startswith(signature):
            return description
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "a WAV audio file"
    if data[4:8] == b"ftyp":
        return "an MP4/MOV/HEIC media file"
    return "text" if _looks_textual(data) else "a binary file of unknown type"


def _sniff_zip(data: bytes) -> str:
    """Tell a .docx from other ZIP containers (xlsx, pptx, odt, plain zip)."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "a damaged ZIP archive"
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "an Excel workbook (.xlsx)"
    if any(n.startswith("ppt/") for n in names):
        return "a PowerPoint presentation (.pptx)"
    if "mimetype" in names or "content.xml" in names:
        return "an OpenDocument file (.odt/.ods)"
    return "a ZIP archive"


def _looks_textual(data: bytes) -> bool:
    """Heuristic: text has no NUL bytes unless it is UTF-16 with a byte-order mark."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\x00" not in data[:8192]


def _reconcile(name: str, file_name: str, detected: str, claimed: str | None) -> str:
    """Match what the bytes are against what the name says; refuse mismatches clearly."""
    suffix = PurePath(file_name).suffix.lower()
    if detected not in ("pdf", "docx", "text"):
        return _refuse_binary(name, suffix, detected)
    if claimed is None:
        if suffix and detected == "text":
            raise UnsupportedFileType(
                f"{name}: files ending in {suffix} are not accepted; upload {ACCEPTED}."
            )
        return "txt" if detected == "text" else detected
    if detected == "text":
        if claimed in ("pdf", "docx"):
            raise CorruptDocument(
                f"{name} is named like {_KIND_LABELS[claimed]} but holds plain text, "
                f"not {_KIND_LABELS[claimed]}; upload {ACCEPTED}."
            )
        return claimed
    if detected != claimed:
        raise UnsupportedFileType(
            f"{name} is named {suffix} but is {_KIND_LABELS[detected]}; "
            f"rename it to .{detected} or upload {ACCEPTED}."
        )
    return detected


def _refuse_binary(name: str, suffix: str, detected: str) -> str:
    """Raise for content that is none of the accepted kinds, with a fix when there is one."""
    hint = ""
    if "legacy Office" in detected:
        hint = " Save it as .docx or PDF and upload that."
    if detected == "a damaged ZIP archive" and suffix == ".docx":
        raise CorruptDocument(f"{name} is a damaged .docx file (its ZIP container is broken).")
    if suffix in (".pdf", ".docx") and detected.startswith(("a ", "an ")):
        raise UnsupportedFileType(
            f"{name} is not {_KIND_LABELS[suffix[1:]]}: it is {detected}. "
            f"Accepted: {ACCEPTED}.{hint}"
        )
    raise UnsupportedFileType(f"{name} is {detected}; accepted: {ACCEPTED}.{hint}")


def decode_text(file_name: str, data: bytes) -> str:
    """Decode a text upload: UTF-8 (with or without BOM), UTF-16 with BOM, clean cp1252.

    cp1252 is the one legacy guess worth making (Windows Notepad's old default);
    it is accepted only when every character it yields is printable, because a
    wrong guess would silently corrupt names and skills.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _printable_or_raise(file_name, data.decode("utf-16"))
        except UnicodeDecodeError:
            raise _not_utf8(file_name) from None
    try:
        return _printable_or_raise(file_name, data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise _not_utf8(file_name) from None
    if not _printable(text):
        raise _not_utf8(file_name)
    return text


def _printable_or_raise(file_name: str, text: str) -> str:
    if not _printable(text):
        raise InputError(
            f"{display_name(file_name)} holds control characters: it does not look like "
            "a text document. Upload PDF, DOCX or UTF-8 text."
        )
    return text


def _printable(text: str) -> bool:
    """True when no control characters other than tab and line breaks appear."""
    return _CONTROL.search(text) is None


def _not_utf8(file_name: str) -> InputError:
    return UnsupportedFileType(
        f"{display_name(file_name)} is not UTF-8 text (its bytes do not decode as UTF-8, "
        "UTF-16 or Windows-1252). Save it as UTF-8 and upload it again."
    )


def _megabytes(size: int) -> str:
    """File sizes as a file manager shows them (decimal MB, one decimal)."""
    return f"{size / 1_000_000:.1f} MB"


def _limit(max_bytes: int) -> str:
    """The limit as it is configured (binary MB: 10 * 1024 * 1024 reads as 10 MB)."""
    value = max_bytes / (1024 * 1024)
    if value >= 1:
        return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
    return f"{max_bytes / 1024:.0f} KB"
