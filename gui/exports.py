"""Saving what the window shows: plots as PNG, metrics as CSV (atomic writes)."""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QWidget

from core.atomic import atomic_write_bytes, atomic_write_text
from core.trainer import EpochEvent


def widget_png(widget: QWidget) -> bytes:
    """The widget as it looks on screen, as PNG bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    return bytes(buffer.data())


def save_widget_png(widget: QWidget, path: str | os.PathLike[str]) -> None:
    """Save a picture of ``widget`` to ``path`` (atomic)."""
    atomic_write_bytes(path, widget_png(widget))


def metrics_csv(losses: np.ndarray, epochs: Sequence[EpochEvent]) -> str:
    """One row per iteration: ``iteration,loss,epoch,train_acc,test_acc``.

    Parameters
    ----------
    losses : (N,) float ndarray
        The loss of iterations 0 to N - 1.
    epochs : sequence of EpochEvent
        The accuracy columns are filled on the rows of the epoch boundaries.
    """
    by_iteration = {e.iteration: e for e in epochs}
    lines = ["iteration,loss,epoch,train_acc,test_acc"]
    for i, loss in enumerate(np.asarray(losses, dtype=float).tolist()):
        e = by_iteration.get(i)
        accuracy = f"{e.epoch},{e.train_acc:.6f},{e.test_acc:.6f}" if e else ",,"
        lines.append(f"{i},{loss:.9g},{accuracy}")
    return "\n".join(lines) + "\n"


def save_metrics_csv(
    path: str | os.PathLike[str], losses: np.ndarray, epochs: Sequence[EpochEvent]
) -> None:
    """Write ``metrics_csv`` to ``path`` (atomic)."""
    atomic_write_text(path, metrics_csv(losses, epochs))
