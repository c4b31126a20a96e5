"""How long a run has trained (pauses left out) and how fast it goes."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

RATE_WINDOW_SECONDS = 1.0


class RunClock:
    """Active training time and iterations per second, for one run.

    Parameters
    ----------
    now : callable returning seconds, optional
        The time source (``time.monotonic``); tests pass their own.
    elapsed_before : float
        Seconds the run had already trained (a run continued from a file).
    """

    def __init__(self, now: Callable[[], float] = time.monotonic, elapsed_before: float = 0.0):
        self._now = now
        self.elapsed_before = elapsed_before
        self.running_since: float | None = None
        self._samples: deque[tuple[float, int]] = deque()

    def start(self) -> None:
        """Count time from now on (no effect while counting)."""
        if self.running_since is None:
            self.running_since = self._now()
            self._samples.clear()

    def pause(self) -> None:
        """Stop counting time."""
        if self.running_since is not None:
            self.elapsed_before += self._now() - self.running_since
            self.running_since = None
            self._samples.clear()

    @property
    def running(self) -> bool:
        """True while time is counted."""
        return self.running_since is not None

    @property
    def elapsed(self) -> float:
        """Seconds of training so far, pauses left out."""
        running = 0.0 if self.running_since is None else self._now() - self.running_since
        return self.elapsed_before + running

    def record(self, iterations_done: int) -> None:
        """Note that ``iterations_done`` iterations are done now (for ``rate``)."""
        now = self._now()
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

    def average_rate(self, iterations: int) -> float:
        """``iterations`` per second of training so far."""
        elapsed = self.elapsed
        return iterations / elapsed if elapsed > 0 else 0.0
