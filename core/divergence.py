"""Deciding that training has gone wrong, from the losses alone.

The book's loss cannot overflow (its ``log(y + 1e-7)`` caps it at 16.1), so a
learning rate that is far too large shows as a loss stuck far above that of
guessing at random (``ln 10`` = 2.30 for ten classes), not as NaN. A run has
diverged when its loss is NaN or infinite, or when it averaged more than
``FACTOR`` times the loss of guessing over the last ``WINDOW`` iterations.
With weight decay the detector is given the cross-entropy alone: the decay term
``0.5 * lambda * sum(W ** 2)`` of a deep He-initialised network starts far
above 2.30 (about 71 for the book's 784-100x6-10 with lambda 0.1) without
anything being wrong.

Once the learner has seen that and chose to go on (``acknowledge``, called
when the run resumes), the detector starts afresh and does not pause the run
again for the same trouble: only a non-finite loss, or an average clearly
worse than the one it reported (``WORSE_FACTOR`` times), pauses it again.
"""

from __future__ import annotations

import math
from collections import deque

FACTOR = 3.0
WINDOW = 20
WORSE_FACTOR = 1.5


class DivergenceDetector:
    """Watches one loss per iteration and says when training has gone wrong.

    Parameters
    ----------
    n_classes : int
        Number of classes (10 for MNIST): guessing at random costs ``ln n_classes``.
    """

    def __init__(self, n_classes: int) -> None:
        self.chance_loss = math.log(n_classes)
        self._recent: deque[float] = deque(maxlen=WINDOW)
        self._reported_mean: float | None = None

    @property
    def limit(self) -> float:
        """The window mean above which the run counts as diverged."""
        limit = FACTOR * self.chance_loss
        if self._reported_mean is not None:
            limit = max(limit, WORSE_FACTOR * self._reported_mean)
        return limit

    def check(self, loss: float) -> str | None:
        """Note one iteration's loss; return why training has diverged, or None."""
        if not math.isfinite(loss):
            self._recent.clear()
            return f"the loss became {loss}"
        self._recent.append(loss)
        if len(self._recent) < WINDOW:
            return None
        mean = sum(self._recent) / WINDOW
        if mean <= self.limit:
            return None
        self._recent.clear()
        self._reported_mean = mean
        return (
            f"the loss averaged {mean:.1f} over the last {WINDOW} iterations, far above "
            f"the {self.chance_loss:.2f} of guessing at random"
        )

    def acknowledge(self) -> None:
        """The learner goes on after a divergence: start afresh from the next loss."""
        self._recent.clear()
