"""Spoken languages, and the certification list, from their sections.

"Languages" on a resume means spoken languages in one place and programming
languages in another ("Languages: Java, C++, Python" under Technical Skills), so
only names of human languages count; levels ("C1", "native", "fluent") are
dropped because the contract holds names.
"""

from __future__ import annotations

import re
from types import MappingProxyType

SPOKEN = (
    "English", "German", "French", "Spanish", "Portuguese", "Italian", "Dutch", "Flemish",
    "Swedish", "Norwegian", "Danish", "Finnish", "Icelandic", "Polish", "Czech", "Slovak",
    "Hungarian", "Romanian", "Bulgarian", "Greek", "Turkish", "Russian", "Ukrainian",
    "Belarusian", "Serbian", "Croatian", "Bosnian", "Slovenian", "Macedonian", "Albanian",
    "Estonian", "Latvian", "Lithuanian", "Irish", "Welsh", "Catalan", "Basque", "Galician",
    "Hebrew", "Arabic", "Persian", "Farsi", "Dari", "Pashto", "Kurdish", "Armenian", "Georgian",
    "Azerbaijani", "Kazakh", "Uzbek", "Hindi", "Urdu", "Bengali", "Bangla", "Punjabi",
    "Gujarati", "Marathi", "Tamil", "Telugu", "Kannada", "Malayalam", "Odia", "Sinhala",
    "Nepali", "Mandarin", "Cantonese", "Chinese", "Japanese", "Korean", "Vietnamese", "Thai",
    "Lao", "Khmer", "Burmese", "Malay", "Indonesian", "Tagalog", "Filipino", "Swahili",
    "Amharic", "Somali", "Yoruba", "Igbo", "Hausa", "Zulu", "Xhosa", "Afrikaans", "Maltese",
    "Twi", "Akan", "Ewe", "Ga", "Fante", "Wolof", "Fula", "Lingala", "Shona", "Kinyarwanda",
    "Tigrinya", "Oromo", "Malagasy", "Sesotho", "Setswana", "Kirundi", "Berber", "Tamazight",
    "Tajik", "Turkmen", "Kyrgyz", "Mongolian", "Tibetan", "Uyghur", "Hmong", "Javanese",
    "Sundanese", "Cebuano", "Ilocano", "Hawaiian", "Maori", "Samoan", "Tongan", "Fijian",
    "Haitian Creole", "Creole", "Quechua", "Guarani", "Aymara", "Yiddish", "Romani",
    "Sindhi", "Assamese", "Konkani", "Tulu", "Maithili", "Bhojpuri", "Dzongkha",
    "Luxembourgish", "Latin", "Esperanto", "Sign Language", "ASL", "BSL",
)
_BY_KEY = MappingProxyType({name.lower(): name for name in SPOKEN})
_ITEM_SPLIT = re.compile(r"\s*[,;|·•/]\s*|\s+and\s+|\s+&\s+")
_LABEL = re.compile(r"^\s*(?:spoken\s+)?languages?\s*[:\-–]\s*(?P<rest>.+)$", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z][A-Za-z ]*")


def find_languages(section_lines: list[str], all_lines: list[str]) -> list[str]:
    """Spoken language names from the given sections and "Languages:" lines.

    The sections are the languages section and the skills section, where
    spoken languages are often listed among the skills ("Languages: English,
    Go"); only human languages are kept.
    """
    found: list[str] = []
    labelled = [m.group("rest") for line in all_lines if (m := _LABEL.match(line))]
    for line in [*section_lines, *labelled]:
        label = _LABEL.match(line)
        text = label.group("rest") if label else line
        for item in _ITEM_SPLIT.split(text.removeprefix("- ")):
            name = _language(item)
            if name and name not in found:
                found.append(name)
    return found


def _language(item: str) -> str | None:
    """The language an item names ("German (C1)", "French - fluent", "Spoken: English")."""
    text = re.sub(r"\(.*?\)", " ", item)
    before, _, after = text.partition(":")
    for part in (before, after):
        words = _NAME.match(part.strip())
        tokens = words.group(0).split() if words else []
        for size in (2, 1):
            key = " ".join(tokens[:size]).lower()
            if tokens and key in _BY_KEY:
                return _BY_KEY[key]
    return None


def find_certifications(section_lines: list[str]) -> list[str]:
    """One certification per bullet or line; "; "-separated lists are split."""
    found: list[str] = []
    for line in section_lines:
        for item in re.split(r"\s*;\s*", line.removeprefix("- ")):
            item = item.strip(" ,|")
            if len(item) > 2 and item not in found:
                found.append(item)
    return found
