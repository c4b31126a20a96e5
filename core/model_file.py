"""Saved models that last: an ``.npz`` with any network, its config, its optimizer and metrics.

A model file (format 3) holds, all loadable with ``np.load(allow_pickle=False)``::

    W1 (784, H1), b1 (H1,), ..., W{n+1} (Hn, 10), b{n+1} (10,)
                     float32 or float64, as trained (the book's parameter keys)
    gamma{k}, beta{k} (Hk,)                      with batch norm, same dtype
    buffer/running_mean{k}, buffer/running_var{k} (Hk,) float
                     batch norm's running statistics (none before the first step)
    optimizer/<key>  the optimizer's ``state_dict()``: ``optimizer/v/W1`` (Momentum,
                     Nesterov), ``optimizer/h/W1`` (AdaGrad, RMSprop), ``optimizer/m/W1``,
                     ``optimizer/v/W1`` and the 0-d int ``optimizer/iter`` (Adam); shaped
                     as the parameters; none (Adam: only ``iter`` 0) before the first step
    format_version   () int            3
    config           () str            TrainConfig.to_dict() as JSON text: the architecture
    metrics_losses   (N,) float64      the loss of every iteration done (may be empty)
    metrics_epochs   (E, 4) float64    epoch, iteration, train_acc, test_acc
    iterations_done  () int            0 <= iterations_done <= config.iters_num
    app              () str            "mnist-trainer"
    extra            () str            a JSON object, e.g. {"rng": rng.bit_generator.state}

Entry names with ``/`` are plain zip member names; ``np.load`` lists them as written.
Format 2 has the same metadata and only ``W1``, ``b1``, ``W2``, ``b2`` (a
two-layer network); format 1 (the first release's ``mnist-trainer train``) has
only those weights, ``format_version`` and ``config``, and loads with empty
metrics. Their configs say ``hidden_size``, which ``TrainConfig.from_dict`` reads.

``load_model_file`` checks everything before it returns, so a caller can keep
its current network until the load has succeeded. Every problem raises
``ModelFileError`` with a message that names the file, says what is wrong and
how to fix it. ``save_model_file`` applies the same checks before writing, so
whatever it writes loads back.

A damaged or hostile file cannot do more than that: the file is read by
``core.model_archive``, which refuses special files, entries a model of the
file's config does not have, and any entry larger than the largest model of
that shape the settings allow, before reading it; the JSON text is read by
``core.safe_json``, with limits on length and nesting.

This module reads and writes; ``core.model_contents`` checks the entries, in
a fixed order, with the checks of ``core.model_entry`` (one scalar entry),
``core.model_array_checks`` (the weights, batch norm's statistics, the
optimizer's state) and ``core.model_metadata_checks`` (the config, the
metrics, the extra data).

This module's API: ``save_model_file``, ``load_model_file``, ``network_from``,
``SavedModel``, ``SavableNetwork``, ``ModelFileError``, ``MODEL_FORMAT_VERSION``,
``KNOWN_VERSIONS``, ``APP_NAME`` and ``INPUT_SIZE``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import IO, Any, Protocol

import numpy as np

from core.architecture import Network, network_from_params
from core.atomic import atomic_write_with
from core.config import TrainConfig
from core.events import EpochEvent
from core.model_archive import (
    BUFFER_PREFIX,
    INPUT_SIZE,
    OPTIMIZER_PREFIX,
    ModelFileError,
    phrase,
    problem_with,
    read_model_entries,
    show_path,
)
from core.model_contents import (
    APP_NAME,
    KNOWN_VERSIONS,
    MODEL_FORMAT_VERSION,
    SavedModel,
    check_contents,
)
from core.model_entry import ContentProblem
from core.phrase import QT_TRANSLATE_NOOP

__all__ = [
    "APP_NAME",
    "INPUT_SIZE",
    "KNOWN_VERSIONS",
    "MODEL_FORMAT_VERSION",
    "ModelFileError",
    "SavableNetwork",
    "SavedModel",
    "load_model_file",
    "network_from",
    "save_model_file",
]


class SavableNetwork(Protocol):
    """What ``save_model_file`` needs of a network: ``TwoLayerNet`` or ``MultiLayerNet``."""

    params: dict[str, np.ndarray]


# -- saving -------------------------------------------------------------------------


def save_model_file(
    path: str | os.PathLike[str],
    network: SavableNetwork,
    config: TrainConfig,
    *,
    losses: np.ndarray | Sequence[float] | None = None,
    epochs: Sequence[EpochEvent] = (),
    iterations_done: int = 0,
    extra: dict[str, Any] | None = None,
    optimizer_state: Mapping[str, np.ndarray] | None = None,
) -> None:
    """Write the network, its config, its optimizer's state and the run's metrics atomically.

    Parameters
    ----------
    path : path
        The ``.npz`` to write; its folder must exist. A temporary file in that
        folder replaces ``path`` only once it is complete.
    network : TwoLayerNet or MultiLayerNet
        Its ``params`` (the book's keys, float32 or float64, finite) and, if it
        has ``buffers()``, batch norm's running statistics.
    config : TrainConfig
        The run's settings; they must describe ``network``'s architecture.
    losses : (N,) array_like of float, optional
        The loss of each iteration; if given, ``N`` must equal ``iterations_done``.
    epochs : sequence of EpochEvent
        The accuracy measurements, stored as an ``(E, 4)`` float64 array.
    iterations_done : int
        Iterations trained so far, ``0 <= iterations_done <= config.iters_num``.
    extra : dict, optional
        JSON-serialisable data to keep with the model, e.g. ``{"rng": rng.bit_generator.state}``.
    optimizer_state : mapping of str to ndarray, optional
        ``config.optimizer``'s ``state_dict()``, to continue training exactly.

    Raises
    ------
    ModelFileError
        The model could not be loaded back (non-finite weights, shapes or keys
        that do not fit the config, optimizer state of another optimizer,
        inconsistent metrics, ``extra`` not JSON); nothing is written.
    OSError
        The file could not be written; an older file at ``path`` is left as it was.
    """
    shown = show_path(path)
    if not isinstance(extra, dict | None):
        raise ModelFileError(
            _cannot_save(shown, phrase(QT_TRANSLATE_NOOP("ModelFile", "extra must be a dict")))
        )
    try:
        extra_text = json.dumps({} if extra is None else extra, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        problem = phrase(
            QT_TRANSLATE_NOOP("ModelFile", "extra is not plain JSON data ({error})"), error=str(exc)
        )
        raise ModelFileError(_cannot_save(shown, problem)) from None
    buffers = network.buffers() if hasattr(network, "buffers") else {}
    epoch_rows = [(e.epoch, e.iteration, e.train_acc, e.test_acc) for e in epochs]
    arrays: dict[str, np.ndarray] = {
        key: np.asarray(value) for key, value in network.params.items()
    }
    arrays |= {BUFFER_PREFIX + key: np.asarray(value) for key, value in buffers.items()}
    arrays |= {
        OPTIMIZER_PREFIX + key: np.asarray(value) for key, value in (optimizer_state or {}).items()
    }
    arrays |= {
        "format_version": np.array(MODEL_FORMAT_VERSION),
        "config": np.array(json.dumps(config.to_dict())),
        "metrics_losses": np.asarray([] if losses is None else losses, dtype=np.float64),
        "metrics_epochs": np.array(epoch_rows, dtype=np.float64).reshape(-1, 4),
        "iterations_done": np.array(iterations_done),
        "app": np.array(APP_NAME),
        "extra": np.array(extra_text),
    }
    try:
        check_contents(arrays)
    except ContentProblem as problem:
        raise ModelFileError(_cannot_save(shown, problem.detail)) from None
    atomic_write_with(path, lambda f: _write_npz(f, arrays))


def _cannot_save(shown: str, problem: str) -> str:
    return phrase(
        QT_TRANSLATE_NOOP("ModelFile", "cannot save the model to {path}: {problem}"),
        path=shown,
        problem=problem,
    )


def _write_npz(f: IO[bytes], arrays: dict[str, np.ndarray]) -> None:
    np.savez(f, **arrays)  # type: ignore[arg-type]  # NumPy's stubs mistype **kwds


# -- loading ------------------------------------------------------------------------


def load_model_file(path: str | os.PathLike[str]) -> SavedModel:
    """Read and check a model file written by ``save_model_file`` (or in format 1 or 2).

    Parameters
    ----------
    path : path
        An ``.npz`` model file, format 1, 2 or 3.

    Returns
    -------
    SavedModel
        Fully checked: keys, shapes, dtypes, finite weights, a valid config
        that fits the weights, batch norm statistics and optimizer state that
        fit the network, consistent metrics. Format 1 files have empty metrics
        and ``iterations_done == 0`` (they did not record it).

    Raises
    ------
    ModelFileError
        For every problem: missing or unreadable file, not an npz, a damaged or
        truncated file, a file from another program, pickled objects, a format
        from a newer version, entries its network does not have, bad shapes,
        NaN or infinite weights, a bad config.
    """
    entries = read_model_entries(path)
    try:
        saved = check_contents(entries)
    except ContentProblem as problem:
        raise ModelFileError(problem_with(show_path(path), problem.detail, problem.fix)) from None
    # The arrays were read from the file for this result alone; freeze them with it.
    for group in (saved.params, saved.buffers, saved.optimizer_state, {"": saved.losses}):
        for array in group.values():
            array.flags.writeable = False
    return saved


def network_from(saved: SavedModel) -> Network:
    """A new network with copies of ``saved``'s parameters (same dtype, writable).

    Parameters
    ----------
    saved : SavedModel
        From ``load_model_file``.

    Returns
    -------
    TwoLayerNet or MultiLayerNet
        A ``TwoLayerNet`` when ``saved.config.is_two_layer_net``; otherwise a
        ``MultiLayerNet`` of the config's architecture with batch norm's running
        statistics loaded. Independent of ``saved``.
    """
    # from_params copies
    return network_from_params(saved.config, saved.params, buffers=saved.buffers or None)
