"""What each hidden layer of a ``MultiLayerNet`` outputs for some inputs (test mode).

The digit reader explains a reading at the last hidden layer with these, and
the book's chapter-6 activation histograms are drawn from them.
"""

from __future__ import annotations

import numpy as np

from core.multi_layer_net import MultiLayerNet


def hidden_outputs(network: MultiLayerNet, x: np.ndarray) -> list[np.ndarray]:
    """The output of every hidden layer's activation for ``x``, in test mode.

    Parameters
    ----------
    network : MultiLayerNet
    x : (N, input_size) float ndarray

    Returns
    -------
    list of (N, H_k) ndarray
        One per hidden layer, first to last: the activation function's output
        (after batch norm where there is one; dropout at test time scales it
        by ``1 - dropout_ratio``, which is left out here: it is not the unit's
        activation). The layers cache what they saw, as in training: call
        this on a copy of a network that another thread may be using.
    """
    outputs = []
    out = np.asarray(x, dtype=network.dtype)
    for name, layer in network.layers.items():
        if name.startswith("Affine") and name == f"Affine{len(network.hidden_size_list) + 1}":
            break
        if name.startswith(("BatchNorm", "Dropout")):
            if name.startswith("BatchNorm"):
                out = layer.forward(out, train_flg=False)
            continue
        out = layer.forward(out)
        if name.startswith("Activation"):
            outputs.append(out)
    return outputs
