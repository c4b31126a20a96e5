"""Saved models that last: an ``.npz`` with the weights, the config and the run's metrics.

A model file (format 2) holds, all loadable with ``np.load(allow_pickle=False)``::

    W1 (784, H), b1 (H,), W2 (H, 10), b2 (10,)   float32 or float64, as trained
    format_version   () int            2
    config           () str            TrainConfig.to_dict() as JSON text
    metrics_losses   (N,) float64      the loss of every iteration done (may be empty)
    metrics_epochs   (E, 4) float64    epoch, iteration, train_acc, test_acc
    iterations_done  () int            0 <= iterations_done <= config.iters_num
    app              () str            "mnist-trainer"
    extra            () str            a JSON object, e.g. {"rng": rng.bit_generator.state}

Format 1 (what the first release's ``mnist-trainer train`` wrote) has only the weights,
``format_version`` and ``config``; it loads with empty metrics.

``load_model_file`` checks everything before it returns, so a caller can keep
its current network until the load has succeeded. Every problem raises
``ModelFileError`` with a message that names the file, says what is wrong and
how to fix it. ``save_model_file`` applies the same checks before writing, so
whatever it writes loads back.

A damaged or hostile file cannot do more than that: the file is read by
``core.model_archive``, which refuses special files and any entry larger than
the largest model the settings allow before reading it, and the JSON text by
``core.safe_json``, with limits on length and nesting.

Longer than most modules (about 400 lines) because the format, its writing and
every check of a loaded file are one contract that must agree; reading a hostile
archive safely is in ``core.npz_reader`` and ``core.model_archive``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any

import numpy as np

from core.atomic import atomic_write_with
from core.config import ConfigError, TrainConfig
from core.events import EpochEvent

# ModelFileError and INPUT_SIZE are part of this module's API too.
from core.model_archive import (
    HOW_TO_GET_ONE,
    INPUT_SIZE,
    MAX_EXTRA_TEXT,
    MAX_JSON_DEPTH,
    MAX_SHORT_TEXT,
    OUTPUT_SIZE,
    SAVE_AGAIN,
    ModelFileError,
    max_epoch_rows,
    read_model_entries,
    show_path,
)
from core.network import PARAM_KEYS, TwoLayerNet
from core.safe_json import parse_json

MODEL_FORMAT_VERSION = 2
KNOWN_VERSIONS = (1, 2)
APP_NAME = "mnist-trainer"

_V1_KEYS = (*PARAM_KEYS, "format_version", "config")
_V2_KEYS = (*_V1_KEYS, "metrics_losses", "metrics_epochs", "iterations_done", "app", "extra")


@dataclass(frozen=True)
class SavedModel:
    """Everything a model file holds, checked. The arrays are read-only.

    Attributes
    ----------
    params : dict of str to ndarray
        ``W1 (784, H)``, ``b1 (H,)``, ``W2 (H, 10)``, ``b2 (10,)``; all float32 or all float64.
    config : TrainConfig
        The settings of the run; ``config.hidden_size == H``.
    losses : (N,) float64 ndarray
        Loss of each iteration; ``N == iterations_done``, or 0 when not recorded.
    epochs : list of EpochEvent
        The accuracy measurements of the run.
    iterations_done : int
        Iterations trained, ``0 <= iterations_done <= config.iters_num`` (0 for format 1).
    format_version : int
        1 or 2, the format the file was written in.
    extra : dict
        Free JSON data saved with the model (e.g. ``{"rng": bit_generator.state}``).
    """

    params: dict[str, np.ndarray]
    config: TrainConfig
    losses: np.ndarray
    epochs: list[EpochEvent]
    iterations_done: int
    format_version: int
    extra: dict[str, Any] = field(default_factory=dict)


class _Problem(Exception):
    """Internal: what is wrong with the contents, and how to fix it (the path comes later)."""

    def __init__(self, detail: str, fix: str = SAVE_AGAIN) -> None:
        super().__init__(detail)
        self.detail = detail
        self.fix = fix


# -- saving -------------------------------------------------------------------------


def save_model_file(
    path: str | os.PathLike[str],
    network: TwoLayerNet,
    config: TrainConfig,
    *,
    losses: np.ndarray | Sequence[float] | None = None,
    epochs: Sequence[EpochEvent] = (),
    iterations_done: int = 0,
    extra: dict[str, Any] | None = None,
) -> None:
    """Write the network, its config and the run's metrics to ``path`` atomically.

    Parameters
    ----------
    path : path
        The ``.npz`` to write; its folder must exist. A temporary file in that
        folder replaces ``path`` only once it is complete.
    network : TwoLayerNet
        ``W1 (784, H)``, ``b1 (H,)``, ``W2 (H, 10)``, ``b2 (10,)``, float32 or float64, finite.
    config : TrainConfig
        The run's settings; ``config.hidden_size`` must equal ``H``.
    losses : (N,) array_like of float, optional
        The loss of each iteration; if given, ``N`` must equal ``iterations_done``.
    epochs : sequence of EpochEvent
        The accuracy measurements, stored as an ``(E, 4)`` float64 array.
    iterations_done : int
        Iterations trained so far, ``0 <= iterations_done <= config.iters_num``.
    extra : dict, optional
        JSON-serialisable data to keep with the model, e.g. ``{"rng": rng.bit_generator.state}``.

    Raises
    ------
    ModelFileError
        The model could not be loaded back (non-finite weights, shapes that do
        not fit the config, inconsistent metrics, ``extra`` not JSON); nothing is written.
    OSError
        The file could not be written; an older file at ``path`` is left as it was.
    """
    shown = show_path(path)
    if not isinstance(extra, dict | None):
        raise ModelFileError(f"cannot save the model to {shown}: extra must be a dict")
    try:
        extra_text = json.dumps({} if extra is None else extra, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise ModelFileError(
            f"cannot save the model to {shown}: extra is not plain JSON data ({exc})"
        ) from None
    epoch_rows = [(e.epoch, e.iteration, e.train_acc, e.test_acc) for e in epochs]
    arrays: dict[str, np.ndarray] = {key: np.asarray(network.params[key]) for key in PARAM_KEYS}
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
        _check_contents(arrays)
    except _Problem as problem:
        raise ModelFileError(f"cannot save the model to {shown}: {problem.detail}") from None
    atomic_write_with(path, lambda f: _write_npz(f, arrays))


def _write_npz(f: IO[bytes], arrays: dict[str, np.ndarray]) -> None:
    np.savez(f, **arrays)  # type: ignore[arg-type]  # NumPy's stubs mistype **kwds


# -- loading ------------------------------------------------------------------------


def load_model_file(path: str | os.PathLike[str]) -> SavedModel:
    """Read and check a model file written by ``save_model_file`` (or a format-1 file).

    Parameters
    ----------
    path : path
        An ``.npz`` model file, format 1 or 2.

    Returns
    -------
    SavedModel
        Fully checked: shapes, dtypes, finite weights, a valid config that fits
        the weights, consistent metrics. Format 1 files have empty metrics and
        ``iterations_done == 0`` (they did not record it).

    Raises
    ------
    ModelFileError
        For every problem: missing or unreadable file, not an npz, a damaged or
        truncated file, a file from another program, pickled objects, a format
        from a newer version, bad shapes, NaN or infinite weights, a bad config.
    """
    entries = read_model_entries(path, _V2_KEYS)
    try:
        saved = _check_contents(entries)
    except _Problem as problem:
        raise ModelFileError(f"{show_path(path)}: {problem.detail}; {problem.fix}") from None
    # The arrays were read from the file for this result alone; freeze them with it.
    for array in (*saved.params.values(), saved.losses):
        array.flags.writeable = False
    return saved


def network_from(saved: SavedModel) -> TwoLayerNet:
    """A new ``TwoLayerNet`` with copies of ``saved.params`` (same dtype, writable).

    Parameters
    ----------
    saved : SavedModel
        From ``load_model_file``.

    Returns
    -------
    TwoLayerNet
        ``784``-``H``-``10``, independent of ``saved``.
    """
    return TwoLayerNet.from_params(saved.params)


# -- checking -----------------------------------------------------------------------


def _check_contents(entries: dict[str, np.ndarray]) -> SavedModel:
    """Check every entry; return a SavedModel or raise _Problem."""
    version = _check_version(entries)
    required = _V1_KEYS if version == 1 else _V2_KEYS
    missing = [key for key in required if key not in entries]
    if missing:
        raise _Problem(f"it has no {', '.join(missing)} although it says it is format {version}")
    params = _check_params(entries)
    config = _check_config(entries["config"], params["W1"].shape[1])
    if version == 1:
        losses, iterations_done, extra = np.zeros(0), 0, {}
        epochs: list[EpochEvent] = []
    else:
        if _text(entries["app"], "app", MAX_SHORT_TEXT) != APP_NAME:
            raise _Problem("it was not written by MNIST Trainer (its app entry differs)")
        losses, epochs, iterations_done = _check_metrics(entries, config)
        extra = _check_extra(entries["extra"])
    return SavedModel(params, config, losses, epochs, iterations_done, version, extra)


def _whole_number(array: np.ndarray, name: str) -> int:
    if array.shape != () or array.dtype.kind not in "iu":
        raise _Problem(f"its {name} is not a whole number (dtype {array.dtype}, {array.shape})")
    return int(array)


def _text(array: np.ndarray, name: str, max_chars: int) -> str:
    if array.shape != () or array.dtype.kind != "U":
        raise _Problem(f"its {name} entry is not text (dtype {array.dtype}, {array.shape})")
    text = str(array)
    if len(text) > max_chars:
        raise _Problem(
            f"its {name} entry is too long ({len(text):,} characters; at most {max_chars:,})"
        )
    return text


def _json(array: np.ndarray, name: str, max_chars: int) -> Any:
    try:
        return parse_json(
            _text(array, name, max_chars), max_length=max_chars, max_depth=MAX_JSON_DEPTH
        )
    except ValueError as exc:
        raise _Problem(f"its {name} entry is {exc}") from None


def _check_version(entries: dict[str, np.ndarray]) -> int:
    if "format_version" not in entries:
        raise _Problem(
            "it has no format_version, so it was not written by MNIST Trainer", HOW_TO_GET_ONE
        )
    version = _whole_number(entries["format_version"], "format_version")
    if version > max(KNOWN_VERSIONS):
        raise _Problem(
            f"it was saved by a newer MNIST Trainer (model format {version}; this version "
            f"reads formats {' and '.join(map(str, KNOWN_VERSIONS))})",
            "update the app to open it",
        )
    if version not in KNOWN_VERSIONS:
        raise _Problem(f"its format_version {version} is not one MNIST Trainer ever wrote")
    return version


def _check_params(entries: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``W1 (784, H)``, ``b1 (H,)``, ``W2 (H, 10)``, ``b2 (10,)``, one float dtype, finite."""
    params = {key: entries[key] for key in PARAM_KEYS}
    shapes = {key: value.shape for key, value in params.items()}
    H = shapes["W1"][1] if len(shapes["W1"]) == 2 else -1
    expected = {"W1": (INPUT_SIZE, H), "b1": (H,), "W2": (H, OUTPUT_SIZE), "b2": (OUTPUT_SIZE,)}
    if H < 1 or shapes != expected:
        found = ", ".join(f"{key} {shape}" for key, shape in shapes.items())
        raise _Problem(
            f"its weights have the shapes {found}, not W1 (784, H), b1 (H,), W2 (H, 10), "
            "b2 (10,) with H >= 1"
        )
    dtypes = {value.dtype for value in params.values()}
    if len(dtypes) != 1 or dtypes.pop() not in (np.float32, np.float64):
        found = ", ".join(f"{key} {value.dtype}" for key, value in params.items())
        raise _Problem(f"its weights are {found}, not all float32 or all float64")
    for key, value in params.items():
        bad = int(np.count_nonzero(~np.isfinite(value)))
        if bad:
            raise _Problem(
                f"{key} holds {bad} NaN or infinite values",
                "the training it comes from diverged: train again with a smaller learning "
                "rate and save that model",
            )
    return params


def _check_config(array: np.ndarray, hidden: int) -> TrainConfig:
    config = _parse_config(array)
    if config.hidden_size != hidden:
        raise _Problem(
            f"its config says hidden_size {config.hidden_size} but W1 has {hidden} hidden units"
        )
    return config


def _parse_config(array: np.ndarray) -> TrainConfig:
    settings = _json(array, "config", MAX_SHORT_TEXT)
    if not isinstance(settings, dict):
        raise _Problem("its config is not a JSON object of settings")
    try:
        config = TrainConfig(**settings)
    except ConfigError as exc:
        raise _Problem(f"its config is invalid: {exc}") from None
    except TypeError as exc:
        unknown = sorted(set(settings) - set(TrainConfig.__dataclass_fields__))
        if not unknown:
            raise _Problem(f"its config has a setting of the wrong type ({exc})") from None
        raise _Problem(
            f"its config has settings this version does not know: {_listed(unknown)}",
            "it may come from a newer MNIST Trainer: update the app, or save the model again",
        ) from None
    return config


def _listed(names: list[str], most: int = 6) -> str:
    """Up to ``most`` names from a file, escaped for a one-line message."""
    shown = ", ".join(show_path(name[:40]) for name in names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _check_metrics(
    entries: dict[str, np.ndarray], config: TrainConfig
) -> tuple[np.ndarray, list[EpochEvent], int]:
    """``losses (N,)``, epochs from ``(E, 4)`` rows, and ``iterations_done``, consistent."""
    losses, rows = entries["metrics_losses"], entries["metrics_epochs"]
    done = _whole_number(entries["iterations_done"], "iterations_done")
    if not 0 <= done <= config.iters_num:
        raise _Problem(f"its iterations_done {done} is not between 0 and {config.iters_num}")
    if losses.ndim != 1 or losses.dtype.kind != "f":
        raise _Problem(f"its metrics_losses are {losses.dtype} {losses.shape}, not (N,) floats")
    if len(losses) and len(losses) != done:
        raise _Problem(
            f"it has {len(losses)} losses but iterations_done is {done}; "
            "pass iterations_done=len(losses)"
        )
    if rows.ndim != 2 or rows.shape[1] != 4 or rows.dtype.kind != "f":
        raise _Problem(f"its metrics_epochs are {rows.dtype} {rows.shape}, not (E, 4) floats")
    if len(rows) > max_epoch_rows(config.iters_num):
        raise _Problem(
            f"its metrics_epochs have {len(rows):,} rows, more than {config.iters_num:,} "
            "iterations can measure"
        )
    if not np.isfinite(rows).all():
        raise _Problem("its metrics_epochs hold NaN or infinite values")
    counters, accuracies = rows[:, :2], rows[:, 2:]
    if (counters < 0).any() or (counters != np.round(counters)).any():
        raise _Problem("its metrics_epochs have epochs or iterations that are not whole numbers")
    if (rows[:, 1] >= done).any() or (accuracies < 0).any() or (accuracies > 1).any():
        raise _Problem(
            "its metrics_epochs have iterations beyond iterations_done or accuracies outside 0..1"
        )
    epochs = [EpochEvent(int(e), int(i), float(a), float(b)) for e, i, a, b in rows]
    return losses.astype(np.float64), epochs, done


def _check_extra(array: np.ndarray) -> dict[str, Any]:
    extra = _json(array, "extra", MAX_EXTRA_TEXT)
    if not isinstance(extra, dict):
        raise _Problem("its extra entry is not a JSON object")
    return extra
