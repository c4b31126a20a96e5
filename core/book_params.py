"""A model in the book's own format: the pickled ``params`` dict of its ``save_params``.

The book's networks keep their weights in ``self.params``, a dict of NumPy
arrays, and its ``save_params`` writes that dict with ``pickle.dump(params, f)``
(``ch07/simple_convnet.py``, ``ch08/deep_convnet.py``). ``write_book_params``
writes the same for the app's networks, with the keys of the book's class for
that architecture:

- chapter 4's ``TwoLayerNet`` (sigmoid): ``W1 (784, H)``, ``b1 (H,)``, ``W2 (H, 10)``, ``b2 (10,)``;
- chapter 6's ``MultiLayerNet``/``MultiLayerNetExtend``: ``W1``, ``b1`` ... ``W{n+1}``,
  ``b{n+1}``, and with batch normalisation ``gamma{k}``, ``beta{k}`` for each hidden layer.

The arrays are float64, as the book's (``np.random.randn``). Batch norm's
running statistics are no part of the book's ``params`` (its
``BatchNormalization`` layer keeps them), so they are not in the file.

Pickle can run code when it is loaded, so the app never loads one; the file is
for the book's own scripts only. It is written so that NumPy 1.x and 2.x both
read it: each array is pickled as ``numpy.ndarray(shape, '<f8', bytearray)``
(names both versions have), not with NumPy 2's own reduction, whose
``numpy._core`` module NumPy 1.x lacks. The arrays load writable.
"""

from __future__ import annotations

import io
import os
import pickle
from collections.abc import Mapping
from typing import Any

import numpy as np

from core.atomic import atomic_write_bytes
from core.config import TrainConfig
from core.path_display import show_path

PICKLE_PROTOCOL = 3
"""Python 3.0 and later read it; the bytes of the arrays are stored as they are."""


class BookParamsError(ValueError):
    """The parameters cannot be written in the book's format; the message says why."""


def book_keys(config: TrainConfig) -> list[str]:
    """The keys of the book's ``params`` for the network of ``config``, in the book's order."""
    if config.is_two_layer_net:
        return ["W1", "b1", "W2", "b2"]
    hidden = len(config.hidden_sizes)
    keys = []
    for k in range(1, hidden + 2):
        keys += [f"W{k}", f"b{k}"]
    if config.use_batchnorm:
        for k in range(1, hidden + 1):
            keys += [f"gamma{k}", f"beta{k}"]
    return keys


def book_params(params: Mapping[str, np.ndarray], config: TrainConfig) -> dict[str, np.ndarray]:
    """Float64 copies of ``params`` under the book's keys for ``config``.

    Raises BookParamsError if a key is missing, or an array is not finite floats.
    """
    result = {}
    for key in book_keys(config):
        if key not in params:
            raise BookParamsError(f"the network has no {key}: it does not match its settings")
        array = np.asarray(params[key])
        if array.dtype.kind != "f" or not np.all(np.isfinite(array)):
            raise BookParamsError(f"{key} is not finite floats (did the training diverge?)")
        result[key] = np.array(array, dtype=np.float64)
    return result


class _PortablePickler(pickle.Pickler):
    """Pickles ndarrays by names both NumPy 1.x and 2.x have (see the module docstring)."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is np.ndarray:
            data = np.ascontiguousarray(obj, dtype="<f8")
            return np.ndarray, (data.shape, "<f8", bytearray(data.tobytes()))
        return NotImplemented


def book_params_bytes(params: Mapping[str, np.ndarray], config: TrainConfig) -> bytes:
    """The bytes of the pickle ``write_book_params`` writes."""
    buffer = io.BytesIO()
    _PortablePickler(buffer, protocol=PICKLE_PROTOCOL).dump(book_params(params, config))
    return buffer.getvalue()


def write_book_params(
    path: str | os.PathLike[str], params: Mapping[str, np.ndarray], config: TrainConfig
) -> None:
    """Write ``params`` as the book's ``save_params`` would, atomically.

    Parameters
    ----------
    path : path
        The ``.pkl`` file; its folder must exist. An old file there stays whole
        until the new one is complete.
    params : dict of str to ndarray
        The network's ``params`` (``W1 (784, H1)`` ...), float32 or float64.
    config : TrainConfig
        Its settings, which say the book's class and so the keys.

    Raises
    ------
    BookParamsError
        The parameters do not fit, or the file cannot be written.
    """
    data = book_params_bytes(params, config)
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise BookParamsError(
            f"cannot write {show_path(path)} ({exc.strerror or exc}); check that the folder "
            "exists and may be written"
        ) from None
