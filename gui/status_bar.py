"""The status bar: where the run is, how fast it goes, and when it will end."""

from __future__ import annotations

import math
import time
from collections import deque

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


class TrainingStatusBar(QStatusBar):
    """Iteration, epoch, loss, accuracy, speed, elapsed time and ETA, as permanent fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.fields: dict[str, QLabel] = {}
        for name in ("iteration", "epoch", "loss", "accuracy", "speed", "time"):
            label = QLabel()
            label.setObjectName(f"status_{name}")
            self.fields[name] = label
            self.addPermanentWidget(label)
        self.show_run(0, 0, None, None, None, None, 0.0, 0.0)

    def show_run(
        self,
        iterations_done: int,
        total: int,
        epoch: int | None,
        loss: float | None,
        train_acc: float | None,
        test_acc: float | None,
        rate: float,
        elapsed: float,
    ) -> None:
        """Update every field."""
        texts = self._texts(iterations_done, total, epoch, loss, train_acc, test_acc, rate, elapsed)
        for name, text in texts.items():
            label = self.fields[name]
            if label.text() != text:  # an unchanged label costs no relayout
                label.setText(text)

    @staticmethod
    def _texts(
        iterations_done: int,
        total: int,
        epoch: int | None,
        loss: float | None,
        train_acc: float | None,
        test_acc: float | None,
        rate: float,
        elapsed: float,
    ) -> dict[str, str]:
        texts = {}
        texts["iteration"] = f"iteration {iterations_done:,} / {total:,}"
        texts["epoch"] = "epoch -" if epoch is None else f"epoch {epoch}"
        texts["loss"] = "loss -" if loss is None else f"loss {loss:.4f}"
        if train_acc is None or test_acc is None:
            texts["accuracy"] = "train / test acc -"
        else:
            texts["accuracy"] = f"train / test acc {train_acc:.4f} / {test_acc:.4f}"
        texts["speed"] = f"{rate:,.0f} it/s" if rate > 0 else "- it/s"
        eta = (total - iterations_done) / rate if rate > 0 else math.nan
        texts["time"] = f"elapsed {format_duration(elapsed)}, ETA {format_duration(eta)}"
        return texts
