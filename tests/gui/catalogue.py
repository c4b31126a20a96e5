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


def compiled(folder: Path, language: str, table: dict[str, dict[str, str]] | None = None) -> Path:
    """A ``.qm`` in ``folder``: the repository's ``language`` catalogue, or ``table`` alone.

    ``table`` is ``{context: {source: translation}}``, for a test that needs
    translations of its own (made-up ones that show which texts went through Qt).
    """
    import subprocess
    from xml.sax.saxutils import escape

    import PySide6

    name = f"mnist_trainer_{language}"
    ts = TRANSLATIONS / f"{name}.ts"
    if table is not None:
        contexts = "".join(
            f"<context><name>{escape(context)}</name>"
            + "".join(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(text)}</translation></message>"
                for source, text in messages.items()
            )
            + "</context>"
            for context, messages in table.items()
        )
        ts = folder / f"{name}.ts"
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
            f'<TS version="2.1" language="{language}">{contexts}</TS>',
            encoding="utf-8",
        )
    qm = folder / f"{name}.qm"
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
