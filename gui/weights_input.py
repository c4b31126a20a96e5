"""What the weights view is given: the live weights, or a snapshot of the run's history.

Mixed into ``WeightsWidget``. Live weights (``set_params``, ``set_weights``) grow
each matrix's levels, which only grow until ``clear``. ``show_snapshot`` shows a
snapshot with the levels it is given and holds the live weights back; the live
ones that arrive meanwhile are only kept, and shown again by ``show_live``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from core.weight_layers import check_first_layer, next_limits, weight_matrices
from gui.layer_selector import FIRST

__all__ = ["WeightsInput"]


class WeightsInput:
    """Live weights or a snapshot, and the levels of each matrix (a mixin of ``WeightsWidget``)."""

    _matrices: dict[str, np.ndarray]
    _limits: dict[str, float]
    _held: tuple[dict[str, np.ndarray], dict[str, float]] | None  # live, hidden
    _pending: dict[str, np.ndarray] | None  # live ones that came meanwhile

    if TYPE_CHECKING:

        def clear(self) -> None: ...

        def _show_matrices(self) -> None: ...

    @property
    def showing_snapshot(self) -> bool:
        """Whether a snapshot is shown instead of the live weights."""
        return self._held is not None

    def set_weights(self, W1: np.ndarray) -> None:
        """Show new first-layer weights, and no other matrix.

        Parameters
        ----------
        W1 : (784, H) float32 or float64
            First-layer weights, column j feeding hidden unit j. Kept as a float32 copy.
        """
        self._take({FIRST: check_first_layer(np.array(W1, dtype=np.float32))})

    def set_params(self, params: dict[str, np.ndarray]) -> None:
        """Take every weight matrix of a network; cheap enough for ~5 calls a second.

        While a snapshot is shown they are only kept, for ``show_live``. Only the
        shown matrix is drawn. The selector is filled again when the names or
        shapes change, keeping the selected matrix if it is still there (else W1).

        Parameters
        ----------
        params : dict of str to ndarray
            The network's parameters: ``W1 (784, H1)``, ``W2 (H1, H2)``, ... are
            shown (as float32, not copied when already float32: pass copies of
            arrays that change); biases and batch norm's parameters are ignored.
        """
        self._take(weight_matrices(params))

    def show_snapshot(
        self, weights: dict[str, np.ndarray], limits: dict[str, float] | None = None
    ) -> None:
        """Show a snapshot's matrices instead of the live ones, until ``show_live``.

        Parameters
        ----------
        weights : dict of str to ndarray
            ``W1 (784, H1)``, ``W2 (H1, H2)``, ... (a ``core.weights_history.Snapshot``'s).
        limits : dict of str to float, optional
            L of each matrix's levels ``(-L, L)``; by default the live view's rule
            applied to this snapshot alone.
        """
        matrices = weight_matrices(weights)
        if self._held is None:
            self._held = (self._matrices, self._limits)
        self._limits = dict(limits) if limits is not None else next_limits({}, {}, matrices)
        self._matrices = matrices
        self._show_matrices()

    def show_live(self) -> None:
        """Follow the live weights again: the latest ones given to ``set_params``."""
        if self._held is None:
            return
        (self._matrices, self._limits), self._held = self._held, None
        pending, self._pending = self._pending, None
        if pending is not None:
            self._take(pending)
        elif self._matrices:
            self._show_matrices()
        else:
            self.clear()

    def _take(self, matrices: dict[str, np.ndarray]) -> None:
        """Keep ``matrices``, grow each one's levels (anew for a new shape), redraw."""
        if self._held is not None:
            self._pending = matrices
            return
        self._limits = next_limits(self._matrices, self._limits, matrices)
        self._matrices = matrices
        self._show_matrices()
