"""The translations of the repository's catalogues (``gui/translations/*.ts``) as one table.

Tests that show a widget in another language read the real catalogues, not
compiled ``.qm`` files, so a test sees the same texts a translator wrote.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "gui" / "translations"
LANGUAGES = ("ja", "zh_CN", "ko")


@functools.cache
def catalogue() -> dict[str, dict[str, dict[str, str]]]:
    """``{context: {source: {language: translation}}}`` of every finished entry."""
    table: dict[str, dict[str, dict[str, str]]] = {}
    for language in LANGUAGES:
        root = ET.parse(TRANSLATIONS / f"mnist_trainer_{language}.ts").getroot()
        for context in root.iter("context"):
            messages = table.setdefault(context.findtext("name") or "", {})
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") or not translation.text:
                    continue
                source = message.findtext("source") or ""
                messages.setdefault(source, {})[language] = translation.text
    return table
