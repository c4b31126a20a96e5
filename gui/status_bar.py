"""The status bar: where the run is, how fast it goes, and when it will end."""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

RATE_WINDOW_SECONDS = 1.0


def format_duration(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a number of seconds; "-" if unknown."""
    if not math.isfinite(seconds) or seconds < 0:
        return "-"
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class RunClock:
    """Elapsed training time (pauses excluded) and iterations per second over the last second."""

    def __init__(self) -> None:
        self.elapsed_before = 0.0
        self.running_since: float | None = None
        self._samples: deque[tuple[float, int]] = deque()

    def start(self) -> None:
        if self.running_since is None:
            self.running_since = time.monotonic()
            self._samples.clear()

    def pause(self) -> None:
        if self.running_since is not None:
            self.elapsed_before += time.monotonic() - self.running_since
            self.running_since = None
            self._samples.clear()

    @property
    def elapsed(self) -> float:
        running = 0.0 if self.running_since is None else time.monotonic() - self.running_since
        return self.elapsed_before + running

    def record(self, iterations_done: int) -> None:
        now = time.monotonic()
        self._samples.append((now, iterations_done))
        while len(self._samples) > 2 and now - self._samples[0][0] > RATE_WINDOW_SECONDS:
            self._samples.popleft()

    @property
    def rate(self) -> float:
        """Iterations per second over the last second; 0 when not measurable."""
        if self.running_since is None or len(self._samples) < 2:
            return 0.0
        (t0, n0), (t1, n1) = self._samples[0], self._samples[-1]
        return (n1 - n0) / (t1 - t0) if t1 > t0 else 0.0

    def average_rate(self, iterations_done: int) -> float:
        """Iterations per second over the whole run so far (pauses excluded)."""
        elapsed = self.elapsed
        return iterations_done / elapsed if elapsed > 0 else 0.0


@dataclass(frozen=True)
class RunStatus:
    """What the status bar shows; None where nothing is known yet."""

    iterations_done: int = 0
    total: int = 0
    epoch: int | None = None
    loss: float | None = None
    train_acc: float | None = None
    test_acc: float | None = None
    rate: float = 0.0
    elapsed: float = 0.0

    def texts(self) -> dict[str, str]:
        """The text of each status field."""
        if self.train_acc is None or self.test_acc is None:
            accuracy = "train / test acc -"
        else:
            accuracy = f"train / test acc {self.train_acc:.4f} / {self.test_acc:.4f}"
        remaining = self.total - self.iterations_done
        eta = remaining / self.rate if self.rate > 0 else math.nan
        return {
            "iteration": f"iteration {self.iterations_done:,} / {self.total:,}",
            "epoch": "epoch -" if self.epoch is None else f"epoch {self.epoch}",
            "loss": "loss -" if self.loss is None else f"loss {self.loss:.4f}",
            "accuracy": accuracy,
            "speed": f"{self.rate:,.0f} it/s" if self.rate > 0 else "- it/s",
            "time": f"elapsed {format_duration(self.elapsed)}, ETA {format_duration(eta)}",
        }


class TrainingStatusBar(QStatusBar):
    """Iteration, epoch, loss, accuracy, speed, elapsed time and ETA, as permanent fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.fields: dict[str, QLabel] = {}
        for name in RunStatus().texts():
            label = QLabel()
            label.setObjectName(f"status_{name}")
            self.fields[name] = label
            self.addPermanentWidget(label)
        self.show_status(RunStatus())

    def show_status(self, status: RunStatus) -> None:
        """Update every field whose text changed (an unchanged label costs no relayout)."""
        for name, text in status.texts().items():
            if self.fields[name].text() != text:
                self.fields[name].setText(text)
