"""How much a model file may hold: its members, and the bytes of each entry.

The limits ``core.model_archive`` reads within and ``core.model_file`` saves
within: every entry bounded by the same network with every hidden layer 2,000
wide (``BOUNDS``), the metrics by the config's ``iters_num``, the text entries
by ``MAX_SHORT_TEXT`` and ``MAX_EXTRA_TEXT`` characters.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from core.config import BOUNDS, TrainConfig
from core.model_shapes import INPUT_SIZE, OUTPUT_SIZE, entry_shapes

METADATA_KEYS = (
    "format_version",
    "config",
    "metrics_losses",
    "metrics_epochs",
    "iterations_done",
    "app",
    "extra",
)

_MAX_HIDDEN = int(BOUNDS["hidden_size"].high)
_MAX_LAYERS = int(BOUNDS["hidden_layers"].high)
_MAX_PARAMS = 2 * (_MAX_LAYERS + 1) + 2 * _MAX_LAYERS  # W, b of every layer; gamma, beta
MAX_MEMBERS = len(METADATA_KEYS) + _MAX_PARAMS + 2 * _MAX_LAYERS + 2 * _MAX_PARAMS + 1
"""Members of the archive: a 10-hidden-layer net with batch norm and Adam has 154."""
MAX_SHORT_TEXT = 10_000
"""Characters of the ``config`` and ``app`` entries (a few hundred in practice)."""
MAX_EXTRA_TEXT = 1_000_000
"""Characters of the ``extra`` entry (a generator's state takes about 200)."""
MAX_JSON_DEPTH = 32
"""Nesting of ``config`` and ``extra`` (1 and 3 in practice)."""

_MAX_ITERS = int(BOUNDS["iters_num"].high)
_MAX_ITEMSIZE = 8  # float64 and int64, the widest dtypes a model file holds
_BYTES_PER_CHAR = 4  # numpy stores text as UTF-32
_TWO_LAYER_MAX = {"W1": INPUT_SIZE * _MAX_HIDDEN, "b1": _MAX_HIDDEN}
_TWO_LAYER_MAX |= {"W2": _MAX_HIDDEN * OUTPUT_SIZE, "b2": OUTPUT_SIZE}


def max_epoch_rows(iters_num: int) -> int:
    """Epoch measurements a run of ``iters_num`` iterations can make.

    One every ``iter_per_epoch`` iterations, plus one. A model file does not
    record the size of the training set, so ``iter_per_epoch`` may be 1.
    """
    return iters_num + 1


def max_entry_bytes(config: TrainConfig | None, version: int | None) -> dict[str, int]:
    """The most bytes of data each entry of a model file may have.

    Parameters
    ----------
    config : TrainConfig or None
        The file's config; None if it cannot be used (then the largest
        two-layer network and metrics ``BOUNDS`` allow).
    version : int or None
        The file's format; None if it cannot be used.

    Returns
    -------
    dict of str to int
        For every entry the file may have: its weights, running statistics and
        optimizer state as large as those of ``config``'s network with every
        hidden layer 2,000 wide, float64; ``metrics_losses`` up to
        ``(iters_num,)``, ``metrics_epochs`` up to ``(max_epoch_rows(iters_num), 4)``,
        scalars of 8 bytes, text within the ``MAX_*_TEXT`` characters.
    """
    iters = _MAX_ITERS if config is None else config.iters_num
    values = dict(_TWO_LAYER_MAX)
    if config is not None and version is not None:
        widest = dataclasses.replace(config, hidden_sizes=(_MAX_HIDDEN,) * len(config.hidden_sizes))
        shapes = entry_shapes(widest, version)
        values = {key: int(np.prod(shape)) for key, shape in shapes.items()}
    values |= {
        "format_version": 1,
        "iterations_done": 1,
        "metrics_losses": iters,
        "metrics_epochs": max_epoch_rows(iters) * 4,
    }
    texts = {"config": MAX_SHORT_TEXT, "app": MAX_SHORT_TEXT, "extra": MAX_EXTRA_TEXT}
    return {key: count * _MAX_ITEMSIZE for key, count in values.items()} | {
        key: chars * _BYTES_PER_CHAR for key, chars in texts.items()
    }
