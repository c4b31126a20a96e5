"""One entry of a model file read as a whole number, text or JSON, or refused with a reason.

The checks of a model file's contents (``core.model_contents`` and the modules
it calls) raise ``ContentProblem``: what is wrong and how to fix it, without the
file's path, which ``core.model_file`` adds when it turns the problem into a
``ModelFileError`` (loading) or a refusal to save.

The readers here take a 0-d entry (``format_version``, ``iterations_done``,
``optimizer/iter``, ``app``, ``config``, ``extra``) and return it as a Python
value once its dtype, shape and length are right; JSON text is parsed by
``core.safe_json``, with limits on length and nesting.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.model_archive import MAX_JSON_DEPTH, SAVE_AGAIN, phrase
from core.phrase import QT_TRANSLATE_NOOP, message
from core.safe_json import parse_json


class ContentProblem(Exception):
    """What is wrong with the contents, and how to fix it (the path comes later)."""

    def __init__(self, detail: str, fix: str = SAVE_AGAIN) -> None:
        super().__init__(detail)
        self.detail = detail
        self.fix = fix


def whole_number(array: np.ndarray, name: str) -> int:
    """The 0-d integer entry ``array`` (called ``name`` in messages) as an ``int``."""
    if array.shape != () or array.dtype.kind not in "iu":
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its {name} is not a whole number (dtype {dtype}, {shape})"
                ),
                name=name,
                dtype=str(array.dtype),
                shape=str(array.shape),
            )
        )
    return int(array)


def text_entry(array: np.ndarray, name: str, max_chars: int) -> str:
    """The 0-d text entry ``array`` as a ``str`` of at most ``max_chars`` characters."""
    if array.shape != () or array.dtype.kind != "U":
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its {name} entry is not text (dtype {dtype}, {shape})"
                ),
                name=name,
                dtype=str(array.dtype),
                shape=str(array.shape),
            )
        )
    text = str(array)
    if len(text) > max_chars:
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its {name} entry is too long ({count} characters; at most {most})"
                ),
                name=name,
                count=f"{len(text):,}",
                most=f"{max_chars:,}",
            )
        )
    return text


def json_entry(array: np.ndarray, name: str, max_chars: int) -> Any:
    """The JSON value in the text entry ``array``, nested at most ``MAX_JSON_DEPTH`` deep."""
    try:
        return parse_json(
            text_entry(array, name, max_chars), max_length=max_chars, max_depth=MAX_JSON_DEPTH
        )
    except ValueError as exc:
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP("ModelFile", "its {name} entry is {problem}"),
                name=name,
                problem=message(exc),
            )
        ) from None
