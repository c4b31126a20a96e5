"""What the Training dock says about an invalid setting, in the user's language.

``core.config`` checks every setting and raises ConfigError in English (the
command line's language). The dock words the same checks itself from the
values and ``core.config.BOUNDS``, so a learner reads them in their language;
in English they read as core's messages. The red of an invalid field follows
the light or dark theme (``error_color``): the widgets that show it re-colour it
on ``appearance().changed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from core.config import BOUNDS, ConfigError, TrainConfig

translate = QCoreApplication.translate
ERROR_LIGHT = "#c62828"  # a dark red: readable on a light background
ERROR_DARK = "#ff8a80"  # a light red: readable on a dark background


def describe_bound(setting: str) -> str:
    """``'1 to 2,000'`` or ``'0.0001 to 10'``: the range of ``BOUNDS[setting]``."""
    bound = BOUNDS[setting]
    if bound.whole:
        low, high = f"{bound.low:,}", f"{bound.high:,}"
    else:
        low, high = f"{bound.low:g}", f"{bound.high:g}"
    return translate("SettingsMessages", "{low} to {high}").format(low=low, high=high)


def hidden_sizes_help() -> str:
    """What to write in the hidden-layers field."""
    return translate(
        "SettingsMessages", "write {count} sizes of {size} separated by commas, e.g. 100, 100"
    ).format(count=describe_bound("hidden_layers"), size=describe_bound("hidden_size"))


def hidden_sizes_error() -> str:
    """Why a hidden-layers text is refused: ``'Hidden layers: write 1 to 10 sizes ...'``."""
    return translate("SettingsMessages", "Hidden layers: {help}").format(help=hidden_sizes_help())


def batch_too_large(batch_size: int, train_size: int) -> str:
    """A batch larger than the training images it is drawn from."""
    return translate(
        "SettingsMessages",
        "batch_size {batch} is larger than the training set ({images} images); "
        "choose at most {images}",
    ).format(batch=batch_size, images=train_size)


def numerical_only_message() -> str:
    """Why the numerical gradient is refused for this network."""
    return translate(
        "SettingsMessages",
        "the numerical gradient is offered for the book's two-layer sigmoid network only "
        "(one hidden layer, no weight decay, dropout or batch norm): on a deeper network "
        "it would take hours; use backprop",
    )


def explain_config_error(values: dict[str, Any], error: ConfigError) -> str:
    """Word ``error``, raised by ``TrainConfig(**values)``, in the user's language.

    The checks follow ``TrainConfig``'s; an error none of them explains keeps
    core's English message.
    """
    for setting, bound in BOUNDS.items():
        value = values.get(setting)
        if isinstance(value, int | float) and not bound.low <= value <= bound.high:
            return translate(
                "SettingsMessages", "{setting} must be from {range}, got {value}"
            ).format(setting=setting, range=describe_bound(setting), value=repr(value))
    batch, images = values.get("batch_size"), values.get("train_size")
    if isinstance(batch, int) and isinstance(images, int) and batch > images:
        return batch_too_large(batch, images)
    if values.get("gradient") == "numerical":
        try:
            TrainConfig(**(values | {"gradient": "backprop"}))
        except ConfigError:
            pass
        else:
            return numerical_only_message()
    return str(error)


def error_color() -> str:
    """The red of an invalid setting, readable on the window's background (light or dark).

    The application's palette decides (a widget's own may be fixed by its style sheet).
    """
    background = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return ERROR_DARK if background.lightness() < 128 else ERROR_LIGHT
