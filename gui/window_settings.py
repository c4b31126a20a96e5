"""What the window remembers between launches (``QSettings``, an INI file per user)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from core.config import ConfigError, TrainConfig

ORGANIZATION = "mnist-trainer"
APPLICATION = "mnist-trainer"
CONFIG_KEY = "hyperparameters/config"
"""The whole ``TrainConfig`` as JSON (``to_dict``), under one key."""
_OLD_FIELDS: dict[str, type] = {
    "hidden_size": int,
    "learning_rate": float,
    "batch_size": int,
    "iters_num": int,
    "weight_init_std": float,
    "seed": int,
    "gradient": str,
}
"""The per-field keys ``hyperparameters/<field>`` that earlier versions wrote, and their types."""


def open_settings() -> QSettings:
    """The user's settings file (tests point ``QSettings.setPath`` elsewhere)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def save_config(settings: QSettings, config: TrainConfig) -> None:
    """Remember the hyperparameters (as JSON under ``CONFIG_KEY``)."""
    settings.setValue(CONFIG_KEY, json.dumps(config.to_dict()))


def load_config(settings: QSettings) -> TrainConfig:
    """The remembered hyperparameters; the book's defaults for anything missing or invalid.

    Reads ``CONFIG_KEY``, else the per-field keys of earlier versions. A setting
    that is invalid (or unknown to this version) is left at its default; the
    others are kept.
    """
    raw = settings.value(CONFIG_KEY)
    if raw is not None:
        try:
            values = json.loads(raw) if isinstance(raw, str) else None
        except ValueError:
            values = None
        if isinstance(values, dict):
            return _merged(TrainConfig(), values)
    return _merged(TrainConfig(), _old_values(settings))


def _old_values(settings: QSettings) -> dict[str, Any]:
    values = {}
    for field, kind in _OLD_FIELDS.items():
        raw = settings.value(f"hyperparameters/{field}")
        if raw is None:
            continue
        try:
            values[field] = kind(raw)
        except (TypeError, ValueError):
            continue
    if "hidden_size" in values:
        values["hidden_sizes"] = (values.pop("hidden_size"),)
    return values


def _merged(config: TrainConfig, values: dict[str, Any]) -> TrainConfig:
    """``config`` with ``values`` applied: all at once if valid, else each valid one."""
    try:
        return TrainConfig.from_dict(config.to_dict() | values)
    except (ConfigError, TypeError, ValueError):
        pass
    for name, value in values.items():
        try:
            config = TrainConfig.from_dict(config.to_dict() | {name: value})
        except (ConfigError, TypeError, ValueError):
            continue
    return config


def save_window(window: QMainWindow, settings: QSettings, version: int) -> None:
    """Remember the window's geometry and dock layout (``version``: of the docks' arrangement)."""
    settings.setValue("window/geometry", QByteArray(window.saveGeometry()))
    settings.setValue("window/state", QByteArray(window.saveState(version)))
    settings.sync()


def restore_window(window: QMainWindow, settings: QSettings, version: int) -> bool:
    """Put back the remembered geometry and dock layout; False if there was no usable layout."""
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    return isinstance(state, QByteArray) and window.restoreState(state, version)


def remembered_folder(settings: QSettings, purpose: str) -> str:
    """The folder last used in a file dialog for ``purpose`` ("models", "images", ...), or ""."""
    value = settings.value(f"folders/{purpose}", "")
    return value if isinstance(value, str) else ""


def remember_folder(settings: QSettings, purpose: str, folder: str) -> None:
    """Start the next file dialog for ``purpose`` in ``folder``."""
    settings.setValue(f"folders/{purpose}", folder)
