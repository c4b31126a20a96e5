"""The saved runs' curves (losses and epochs), read in the background and kept.

``RunsCurves`` reads the curves of runs not read yet off the GUI thread
(``gui.background``), each run once per listing of the runs folder, and makes
the overlays the Runs panel emits. A read that comes back after the selection
changed is kept but not shown: only the latest selection's read shows.
Everything on disk goes through ``core.run_store``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from core import run_store
from core.events import EpochEvent
from core.run_store import RunInfo, RunStoreError
from gui.background import call_in_background

__all__ = ["Metrics", "Overlay", "RunsCurves"]

Overlay = tuple[RunInfo, np.ndarray, list[EpochEvent]]
Metrics = tuple[np.ndarray, list[EpochEvent]]


def _read_metrics(path: Path) -> Metrics | Exception:
    """A run's losses and epochs, or why they cannot be read (runs in a background thread)."""
    try:
        return run_store.load_run_metrics(path)
    except (RunStoreError, OSError) as exc:
        return exc


class RunsCurves:
    """Each run's curves or why they cannot be read, by the run's path (``str``)."""

    def __init__(self) -> None:
        self.metrics: dict[str, Metrics | Exception] = {}  # read once per listing
        self._selection_version = 0
        self._reading = 0  # background reads not back yet

    @property
    def reading(self) -> bool:
        """True while curves are being read in the background."""
        return self._reading > 0

    def clear(self) -> None:
        """Forget every curve read: the runs folder is listed again."""
        self.metrics.clear()

    def select(self, runs: list[RunInfo], show: Callable[[], None]) -> bool:
        """A new selection ``runs``; True if its curves are all known.

        Else they are read in the background and ``show()`` is called when they
        are back, unless ``select`` was called again meanwhile.
        """
        missing = [info.path for info in runs if str(info.path) not in self.metrics]
        self._selection_version += 1
        if not missing:
            return True
        # A long run's losses take a while to read: not on the GUI thread.
        version = self._selection_version
        self._reading += 1
        call_in_background(
            lambda: {str(path): _read_metrics(path) for path in missing},
            lambda read, error: self._on_read(version, read, error, show),
            "read-runs",
        )
        return False

    def _on_read(
        self,
        version: int,
        read: dict[str, Metrics | Exception] | None,
        error: object,
        show: Callable[[], None],
    ) -> None:
        self._reading -= 1
        if read is not None:
            self.metrics.update(read)
        if version == self._selection_version:  # the selection has not changed since
            show()

    def overlays(self, runs: list[RunInfo]) -> list[Overlay]:
        """One ``(RunInfo, losses (N,) float, epochs)`` per run of ``runs`` with curves to draw."""
        overlays: list[Overlay] = []
        for info in runs:
            metrics = self.metrics.get(str(info.path))
            if isinstance(metrics, Exception) or metrics is None:
                continue
            losses, epochs = metrics
            if len(losses) or epochs:  # an incomplete run may have nothing to draw
                overlays.append((info, losses, epochs))
        return overlays
