"""parse_json: any text gives a value or a ValueError with a clear message, never another error."""

from __future__ import annotations

import math
import re

import pytest

from core.safe_json import parse_json


def _parse(text: str, max_depth: int = 4, **options: object) -> object:
    return parse_json(text, max_length=1_000_000, max_depth=max_depth, **options)


def test_plain_json_is_parsed() -> None:
    assert _parse('{"a": [1, 2.5, "x", null, true], "b": {"c": []}}') == {
        "a": [1, 2.5, "x", None, True],
        "b": {"c": []},
    }


@pytest.mark.parametrize("depth", [1, 4])
def test_nesting_up_to_the_limit_is_parsed(depth: int) -> None:
    assert _parse("[" * depth + "]" * depth) is not None


@pytest.mark.parametrize(
    "text", ["[" * 5, "[[[[[]]]]]", '{"a": {"b": [{"c": [0]}]}}', "[" * 100_000]
)
def test_nesting_beyond_the_limit_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"^nested more than 4 levels deep$"):
        _parse(text)


def test_brackets_inside_strings_do_not_count() -> None:
    assert _parse('["[[[[[[", "{{{{{{{"]') == ["[[[[[[", "{{{{{{{"]
    assert _parse(r'["\"[[[[[[[\\", "]"]') == ['"[[[[[[[\\', "]"]


def test_a_limit_json_loads_cannot_reach_is_still_a_value_error() -> None:
    with pytest.raises(ValueError, match="nested too deeply to read"):
        parse_json("[" * 100_000 + "]" * 100_000, max_length=300_000, max_depth=200_000)


def test_too_long_a_text_is_refused_before_parsing() -> None:
    with pytest.raises(ValueError, match=r"^too long \(11 characters; at most 10\)$"):
        parse_json("[" * 11, max_length=10, max_depth=100)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{bad", "not valid JSON (Expecting property name"),
        ('["cut short', "not valid JSON (Unterminated string"),
        ("", "not valid JSON (Expecting value"),
        ("[1]]", "not valid JSON (Extra data"),
        ("1" * 5_000, "not readable JSON (Exceeds the limit"),
        ('{"a": NaN}', "not plain JSON (it holds NaN)"),
        ("[Infinity]", "not plain JSON (it holds Infinity)"),
    ],
)
def test_invalid_text_is_a_value_error_that_says_why(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(fragment)}") as info:
        _parse(text)
    assert type(info.value) is ValueError


def test_nan_is_accepted_when_allowed() -> None:
    value = _parse("[NaN, -Infinity]", allow_nan=True)
    assert math.isnan(value[0])
    assert value[1] == float("-inf")
