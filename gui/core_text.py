"""Sentences from ``core`` shown in the window's language.

``core`` never imports Qt: it writes its messages (an exception's message, a
run's problem, a skipped file's reason) as ``core.phrase.Phrase`` objects, which
are the English text and keep their template. ``shown`` renders one through
``QCoreApplication.translate``, so a call at show time follows the current
language (call it again on a language change); plain text comes back as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.phrase import Phrase, message


def shown(text: str | BaseException | None) -> str:
    """``text`` in the current language.

    Parameters
    ----------
    text : str, exception or None
        A ``Phrase`` (rendered), an exception (its message: rendered when it
        was raised with a ``Phrase``, else ``str(exception)``), plain text (as
        it is), or None ("").

    Returns
    -------
    str
        Plain text for a label or message box.
    """
    if text is None:
        return ""
    if isinstance(text, BaseException):
        text = message(text)
    if isinstance(text, Phrase):
        return text.render(QCoreApplication.translate)
    return str(text)
