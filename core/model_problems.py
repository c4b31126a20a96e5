"""How a problem with a model file is told: ``ModelFileError`` and the words of its messages.

Every sentence about a model file is a ``Phrase`` in the translation context
"ModelFile" (``phrase``), so that the window can word it again in the user's
language; ``HOW_TO_GET_ONE`` and ``SAVE_AGAIN`` are the usual advice,
``show_path`` and ``listed`` put a path or the names in a file on one line.
"""

from __future__ import annotations

import os

from core.phrase import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "ModelFile"
"""The translation context of the sentences about model files (``core.phrase``)."""


def phrase(template: str, **values: object) -> Phrase:
    """A sentence about a model file: ``template`` (marked in context "ModelFile") with values."""
    return Phrase(CONTEXT, template, **values)


HOW_TO_GET_ONE = phrase(
    QT_TRANSLATE_NOOP(
        "ModelFile", "open a file saved with File > Save model or `mnist-trainer train`"
    )
)
SAVE_AGAIN = phrase(
    QT_TRANSLATE_NOOP(
        "ModelFile",
        "the file is damaged or was not written by MNIST Trainer; save the model again",
    )
)


class ModelFileError(ValueError):
    """A model file cannot be used (or written); the message says why and what to do."""


def problem_with(shown: str, problem: str, fix: str) -> Phrase:
    """``"{path}: {problem}; {fix}"``: what is wrong with the file ``shown`` and what to do."""
    return phrase(
        QT_TRANSLATE_NOOP("ModelFile", "{path}: {problem}; {fix}"),
        path=shown,
        problem=problem,
        fix=fix,
    )


def show_path(path: str | os.PathLike[str]) -> str:
    """``path`` for a one-line message: control characters and undecodable bytes escaped."""
    text = os.fsdecode(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def listed(names: list[str], most: int = 6) -> str:
    """Up to ``most`` names from a file, escaped for a one-line message."""
    shown = ", ".join(show_path(name[:40]) for name in names[:most])
    if len(names) <= most:
        return shown
    return phrase(
        QT_TRANSLATE_NOOP("ModelFile", "{names} and {count} more"),
        names=shown,
        count=str(len(names) - most),
    )
