"""show_path: a path in a message stays on one line and always encodes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.path_display import escape_controls, show_path


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("runs/try1", "runs/try1"),
        ("données/été 2024", "données/été 2024"),  # printable non-ASCII stays as it is
        ("a\nb", "a\\nb"),
        ("a\rb\tc", "a\\rb\\tc"),
        ("clear\x1b[2J", "clear\\x1b[2J"),
        ("bell\x07", "bell\\x07"),
        ("line\u2028separator", "line\\u2028separator"),
        ("right\u202eleft", "right\\u202eleft"),  # a bidi override cannot reorder the message
    ],
)
def test_control_characters_are_escaped(name, shown):
    assert show_path(Path(name)) == shown
    assert show_path(name) == shown


def test_undecodable_bytes_show_as_the_bytes():
    name = os.fsdecode(b"caf\xe9")  # Latin-1 on a UTF-8 system: a surrogate escape
    shown = show_path(name)
    assert shown == "caf\\xe9"
    shown.encode("utf-8")  # would raise for the raw surrogate


def test_bytes_paths():
    assert show_path(b"a\nb") == "a\\nb"


def test_a_whole_message_is_one_printable_line():
    text = escape_controls("cannot write to out\nnext\x00: File exists")
    assert text == "cannot write to out\\nnext\\x00: File exists"
    assert text.isprintable()
