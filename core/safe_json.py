"""JSON text from a file that may be damaged or hostile, parsed within limits.

``json.loads`` recurses once per level of nesting, so a text of 100,000 ``[``
raises ``RecursionError``; it also reads a text of any length, raises a plain
``ValueError`` for an integer of more than 4,300 digits and accepts ``NaN``,
which ``json.dumps(allow_nan=False)`` then refuses to write back.
``parse_json`` checks the length and the depth first, without recursing, and
turns every failure into a ``ValueError`` with a message that says what is wrong.
"""

from __future__ import annotations

import json
import re
from typing import Any

# A string (its closing quote optional, so a cut-short text is scanned to its
# end), or one bracket. Brackets inside strings are skipped with the string;
# the possessive quantifiers never backtrack, whatever the text holds.
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]++|\\.)*+"?|[\[\]{}]', re.DOTALL)


def parse_json(text: str, *, max_length: int, max_depth: int, allow_nan: bool = False) -> Any:
    """The value of the JSON ``text``, or ValueError if it is invalid or beyond the limits.

    Parameters
    ----------
    text : str
        The JSON text.
    max_length : int
        The most characters ``text`` may have.
    max_depth : int
        The most levels of arrays and objects inside one another (``[[1]]`` has 2).
    allow_nan : bool
        Accept ``NaN``, ``Infinity`` and ``-Infinity`` (not standard JSON).

    Returns
    -------
    object
        A dict, list, str, int, float, bool or None, as ``json.loads`` returns.

    Raises
    ------
    ValueError
        The message completes a sentence about the text, e.g.
        ``f"{name} is {error}"``: "not valid JSON (...)", "too long (...)",
        "nested more than 32 levels deep", "not plain JSON (it holds NaN)".
    """
    if len(text) > max_length:
        raise ValueError(f"too long ({len(text):,} characters; at most {max_length:,})")
    if _nested_deeper_than(text, max_depth):
        raise ValueError(f"nested more than {max_depth} levels deep")
    try:
        return json.loads(text, parse_constant=None if allow_nan else _refuse_constant)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc})") from None
    except _ConstantRefused as exc:
        raise ValueError(f"not plain JSON (it holds {exc})") from None
    except RecursionError:  # only when max_depth is beyond what json.loads can nest
        raise ValueError(f"nested too deeply to read (at most {max_depth} levels)") from None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise ValueError(f"not readable JSON ({exc})") from None


def _nested_deeper_than(text: str, max_depth: int) -> bool:
    """Whether arrays and objects nest more than ``max_depth`` levels; stops at the first."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > max_depth:
                return True
        elif token in ("]", "}"):
            depth -= 1
    return False


class _ConstantRefused(ValueError):
    """``NaN``, ``Infinity`` or ``-Infinity`` where plain JSON was expected."""


def _refuse_constant(name: str) -> Any:
    raise _ConstantRefused(name)
