"""Saving what the window shows: plots as PNG, metrics as CSV (atomic writes)."""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from core.atomic import atomic_write_bytes, atomic_write_text
from core.events import EpochEvent

EXPORT_SCALE = 2
"""Exported pictures have twice the on-screen size in each direction (sharp on a projector)."""


def image_png(image: QImage) -> bytes:
    """``image`` as PNG bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def render_widget(widget: QWidget, scale: int = EXPORT_SCALE) -> QImage:
    """``widget`` drawn afresh at ``scale`` times its size (lines and text stay sharp)."""
    size = widget.size()
    image = QImage(size.width() * scale, size.height() * scale, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    widget.render(painter)
    painter.end()
    return image


def save_png(image: QImage, path: str | os.PathLike[str]) -> None:
    """Save ``image`` to ``path`` as PNG (atomic)."""
    atomic_write_bytes(path, image_png(image))


def metrics_csv(losses: np.ndarray, epochs: Sequence[EpochEvent], first: int = 0) -> str:
    """One row per iteration: ``iteration,loss,epoch,train_acc,test_acc``.

    Parameters
    ----------
    losses : (N,) float ndarray
        The loss of iterations ``first`` to ``first + N - 1``.
    epochs : sequence of EpochEvent
        The accuracy columns are filled on the rows of the epoch boundaries.
    first : int
        The iteration of ``losses[0]``.
    """
    by_iteration = {e.iteration: e for e in epochs}
    lines = ["iteration,loss,epoch,train_acc,test_acc"]
    for i, loss in enumerate(np.asarray(losses, dtype=float).tolist(), start=first):
        e = by_iteration.get(i)
        accuracy = f"{e.epoch},{e.train_acc:.6f},{e.test_acc:.6f}" if e else ",,"
        lines.append(f"{i},{loss:.9g},{accuracy}")
    return "\n".join(lines) + "\n"


def save_metrics_csv(
    path: str | os.PathLike[str], losses: np.ndarray, epochs: Sequence[EpochEvent], first: int = 0
) -> None:
    """Write ``metrics_csv`` to ``path`` (atomic)."""
    atomic_write_text(path, metrics_csv(losses, epochs, first))
