"""Argument types and the one-line-error parser shared by the command line's subcommands.

Numeric settings are checked against ``core.config.BOUNDS`` while the arguments
are parsed, before any data is loaded or any array allocated. Whole-number
options also accept scientific notation that names a whole number (``1e4`` is
10000, ``1.5e3`` is 1500); ``1.5`` or ``1e-2`` is refused. ``hidden_sizes``
reads ``100,100,100,100`` and ``weight_init`` a number or an initialiser's name.
The ``train`` subcommand's flags are in ``gui.cli_settings``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from typing import NoReturn

from core.config import (
    BOUNDS,
    INIT_ALIASES,
    Bound,
    ConfigError,
    check_hidden_sizes,
    check_setting,
    check_weight_init,
)
from core.path_display import escape_controls

EXIT_USAGE = 2
_SHOWN_CHARS = 40  # of a rejected value; a 100,000-digit argument is not echoed whole


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a single line (no usage dump).

    Control characters in the message (a file name holding a newline) are
    escaped, so the error stays on one line whatever it quotes.
    """

    def error(self, message: str) -> NoReturn:
        line = escape_controls(f"{self.prog}: error: {message} (see {self.prog} --help)")
        self.exit(EXIT_USAGE, line + "\n")


def _shown(text: str) -> str:
    if len(text) > _SHOWN_CHARS:
        text = f"{text[: _SHOWN_CHARS - 3]}..."
    return repr(text)


def _as_decimal(text: str) -> Decimal | None:
    """``text`` as an exact finite number, or None (no float rounding, no overflow)."""
    try:
        value = Decimal(text.strip())
    except (ArithmeticError, ValueError):
        return None
    return value if value.is_finite() else None


def _allows(bound: Bound, value: Decimal) -> bool:
    # Compare as Decimal before converting: int(Decimal("1e999999")) would build a
    # million-digit integer.
    if not Decimal(str(bound.low)) <= value <= Decimal(str(bound.high)):
        return False
    return not bound.whole or value == value.to_integral_value()


def within(bound: Bound) -> Callable[[str], int | float]:
    """An argparse type: a number within ``bound`` (a whole number if ``bound.whole``).

    Parameters
    ----------
    bound : Bound
        Usually ``BOUNDS[name]``; see ``setting``.

    Returns
    -------
    callable
        Takes the argument's text, returns an int (whole bounds) or a float, and
        raises ``argparse.ArgumentTypeError`` with the allowed range otherwise.
    """
    kind = "a whole number" if bound.whole else "a number"

    def parse(text: str) -> int | float:
        value = _as_decimal(text)
        if value is None or not _allows(bound, value):
            raise argparse.ArgumentTypeError(
                f"must be {kind} from {bound.describe()}, got {_shown(text)}"
            )
        return int(value) if bound.whole else float(value)

    return parse


def setting(name: str) -> Callable[[str], int | float]:
    """An argparse type for the ``TrainConfig`` setting ``name``, bounded by ``BOUNDS[name]``."""
    parse_within = within(BOUNDS[name])

    def parse(text: str) -> int | float:
        value = parse_within(text)
        try:
            return check_setting(name, value)  # the one place that decides
        except ConfigError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def range_text(name: str) -> str:
    """``"1 to 2,000"``: the allowed range of the setting ``name``, for ``--help``."""
    return BOUNDS[name].describe()


def hidden_sizes(text: str) -> tuple[int, ...]:
    """An argparse type: hidden layer sizes, ``"50"`` or ``"100,100,100,100"``.

    Each size is bounded by ``BOUNDS["hidden_size"]`` and their count by
    ``BOUNDS["hidden_layers"]``; raises ``argparse.ArgumentTypeError`` otherwise.
    """
    parts = text.split(",")
    layers = BOUNDS["hidden_layers"]
    if len(parts) > layers.high:  # before parsing each of a million parts
        raise argparse.ArgumentTypeError(
            f"a network has {layers.describe()} hidden layers, got {len(parts):,}"
        )
    size = within(BOUNDS["hidden_size"])
    if len(parts) == 1:
        return check_hidden_sizes(size(text))
    sizes = []
    for part in parts:
        try:
            sizes.append(size(part))
        except argparse.ArgumentTypeError:
            raise argparse.ArgumentTypeError(
                f"each hidden layer must be a whole number from "
                f"{BOUNDS['hidden_size'].describe()}, got {_shown(part)} in {_shown(text)}"
            ) from None
    try:
        return check_hidden_sizes(tuple(sizes))
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def weight_init(text: str) -> float | str:
    """An argparse type: a std within ``BOUNDS["weight_init_std"]``, or ``xavier``/``he``.

    The book's names ``sigmoid`` (Xavier) and ``relu`` (He) are read as their
    aliases, so ``"relu"`` returns ``"he"``.
    """
    name = text.strip().lower()
    if name in INIT_ALIASES:
        return check_weight_init(name)
    if _as_decimal(text) is None:
        names = ", ".join(INIT_ALIASES)
        raise argparse.ArgumentTypeError(
            f"must be a number from {BOUNDS['weight_init_std'].describe()} or one of "
            f"{names}, got {_shown(text)}"
        )
    return setting("weight_init_std")(text)
