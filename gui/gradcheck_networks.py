"""Which network the gradient check runs on, and the line that says which.

The current network (a copy from the window), or a fresh 784-50-10 one (seed 0)
as ``mnist-trainer gradcheck`` checks by default; a fresh one also when there
is no network yet. The descriptions keep the translation context of
``GradCheckWidget``, where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from core.architecture import Network
from core.data import IMAGE_SIZE, NUM_CLASSES
from core.network import TwoLayerNet
from gui.gradcheck_command import DEFAULT_HIDDEN
from gui.gradcheck_texts import DEEP_NETWORK_NOTE, FRESH_SEED, NO_NETWORK_TEXT, fresh_name, tr

NetworkSource = Callable[[], Network | None]


def fresh_network() -> TwoLayerNet:
    """The network ``mnist-trainer gradcheck`` checks by default: 784-50-10, seed 0."""
    return TwoLayerNet(IMAGE_SIZE**2, DEFAULT_HIDDEN, NUM_CLASSES, rng=FRESH_SEED)


def network_sizes(network: Network) -> str:
    """``784-50-10`` or ``784-100-100-10``: the width of every layer, input to output."""
    weights = [
        network.params[f"W{k}"]
        for k in range(1, len(network.params) + 1)
        if f"W{k}" in network.params
    ]
    return "-".join(str(size) for size in [weights[0].shape[0], *(W.shape[1] for W in weights)])


def network_to_check(choice: str, source: NetworkSource) -> tuple[Network, Callable[[], str]]:
    """The network the settings ask for and what writes a line saying which it is.

    Parameters
    ----------
    choice : str
        ``"current"`` or ``"fresh"`` (the network combo's data).
    source : callable returning a Network or None
        A copy of the current network, or None when there is none yet.
    """
    if choice == "current":
        network = source()
        if network is not None:
            sizes, deep = network_sizes(network), not isinstance(network, TwoLayerNet)

            def current() -> str:
                text = QCoreApplication.translate(
                    "GradCheckWidget", "Checking the current network ({sizes})."
                ).format(sizes=sizes)
                return f"{text} {tr(DEEP_NETWORK_NOTE)}" if deep else text

            return network, current
        return fresh_network(), lambda: tr(NO_NETWORK_TEXT).format(fresh=fresh_name())
    return fresh_network(), lambda: QCoreApplication.translate(
        "GradCheckWidget", "Checking a {fresh} network, as mnist-trainer gradcheck does."
    ).format(fresh=fresh_name())
