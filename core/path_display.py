"""Paths and other user text shown in one-line messages, with control characters escaped.

A file name may hold a newline, a carriage return, an escape sequence or
(on POSIX) bytes that are not valid UTF-8. Printed as they are, those split a
one-line message in two, rewrite the terminal, or fail to encode. Here they
are shown the way Python writes them in a string literal (``\\n``, ``\\x1b``);
everything printable, including non-ASCII letters, is left as it is.
"""

from __future__ import annotations

import os

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_SURROGATE_ESCAPES = range(0xDC80, 0xDD00)  # os.fsdecode's stand-ins for undecodable bytes


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code in _SURROGATE_ESCAPES:
        return f"\\x{code - 0xDC00:02x}"  # the raw byte the name holds
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape_controls(text: str) -> str:
    """``text`` with every non-printable character written as an escape.

    Parameters
    ----------
    text : str
        Any text, e.g. a message that quotes a file name.

    Returns
    -------
    str
        Printable text without line breaks; printable text comes back unchanged.
    """
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def show_path(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """``path`` as text that is safe to put in a one-line message.

    Parameters
    ----------
    path : str, bytes or path-like
        The path as the user gave it or as the program built it.

    Returns
    -------
    str
        The path with control characters (``\\n``, ``\\x1b``...) and undecodable
        bytes escaped, so it prints on one line and never fails to encode.
    """
    return escape_controls(os.fsdecode(path))
