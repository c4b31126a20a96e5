"""What the window remembers between launches (``QSettings``, an INI file per user)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from core.config import ConfigError, TrainConfig

ORGANIZATION = "mnist-trainer"
APPLICATION = "mnist-trainer"
_FIELDS = tuple(field.name for field in dataclasses.fields(TrainConfig))


def open_settings() -> QSettings:
    """The user's settings file (tests point ``QSettings.setPath`` elsewhere)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def save_config(settings: QSettings, config: TrainConfig) -> None:
    """Remember the hyperparameters."""
    for field in _FIELDS:
        settings.setValue(f"hyperparameters/{field}", getattr(config, field))


def load_config(settings: QSettings) -> TrainConfig:
    """The remembered hyperparameters; the book's defaults for anything missing or invalid."""
    defaults = TrainConfig()
    values = {}
    for field in _FIELDS:
        default = getattr(defaults, field)
        raw = settings.value(f"hyperparameters/{field}", default)
        try:
            values[field] = type(default)(raw)
        except (TypeError, ValueError):
            values[field] = default
    try:
        return TrainConfig(**values)
    except ConfigError:
        return defaults


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
