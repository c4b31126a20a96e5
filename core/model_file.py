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

Longer than most modules (about 550 lines) because the format, its writing and
every check of a loaded file are one contract that must agree; reading a hostile
archive safely is in ``core.npz_reader`` and ``core.model_archive``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, Protocol

import numpy as np

from core.architecture import Network, network_from_params
from core.atomic import atomic_write_with
from core.config import ConfigError, TrainConfig
from core.events import EpochEvent

# ModelFileError and INPUT_SIZE are part of this module's API too.
from core.model_archive import (
    BUFFER_PREFIX,
    HOW_TO_GET_ONE,
    INPUT_SIZE,
    MAX_EXTRA_TEXT,
    MAX_JSON_DEPTH,
    MAX_SHORT_TEXT,
    METADATA_KEYS,
    OPTIMIZER_PREFIX,
    OUTPUT_SIZE,
    SAVE_AGAIN,
    ModelFileError,
    buffer_shapes,
    entry_shapes,
    listed,
    max_epoch_rows,
    optimizer_shapes,
    param_shapes,
    phrase,
    problem_with,
    read_model_entries,
    show_path,
)
from core.network_summary import layer_sizes
from core.phrase import QT_TRANSLATE_NOOP, message
from core.safe_json import parse_json

MODEL_FORMAT_VERSION = 3
KNOWN_VERSIONS = (1, 2, 3)
APP_NAME = "mnist-trainer"

_V1_KEYS = ("format_version", "config")
_DIVERGED = phrase(
    QT_TRANSLATE_NOOP(
        "ModelFile",
        "the training it comes from diverged: train again with a smaller learning rate "
        "and save that model",
    )
)


class SavableNetwork(Protocol):
    """What ``save_model_file`` needs of a network: ``TwoLayerNet`` or ``MultiLayerNet``."""

    params: dict[str, np.ndarray]


@dataclass(frozen=True)
class SavedModel:
    """Everything a model file holds, checked. The arrays are read-only.

    Attributes
    ----------
    params : dict of str to ndarray
        ``W1 (784, H1)``, ``b1 (H1,)``, ..., ``b{n+1} (10,)``, and ``gamma{k}``,
        ``beta{k}`` ``(Hk,)`` with batch norm; all float32 or all float64.
    config : TrainConfig
        The settings of the run; its architecture is that of ``params``.
    losses : (N,) float64 ndarray
        Loss of each iteration; ``N == iterations_done``, or 0 when not recorded.
    epochs : list of EpochEvent
        The accuracy measurements of the run.
    iterations_done : int
        Iterations trained, ``0 <= iterations_done <= config.iters_num`` (0 for format 1).
    format_version : int
        1, 2 or 3, the format the file was written in.
    extra : dict
        Free JSON data saved with the model (e.g. ``{"rng": bit_generator.state}``).
    buffers : dict of str to ndarray
        Batch norm's ``running_mean{k}``, ``running_var{k}`` ``(Hk,)``; empty
        without batch norm, before the first step and in formats 1 and 2.
    optimizer_state : dict of str to ndarray
        The optimizer's ``state_dict()`` (``'m/W1'``, ``'iter'``, ...); empty if none was saved.
    """

    params: dict[str, np.ndarray]
    config: TrainConfig
    losses: np.ndarray
    epochs: list[EpochEvent]
    iterations_done: int
    format_version: int
    extra: dict[str, Any] = field(default_factory=dict)
    buffers: dict[str, np.ndarray] = field(default_factory=dict)
    optimizer_state: dict[str, np.ndarray] = field(default_factory=dict)


class _Problem(Exception):
    """Internal: what is wrong with the contents, and how to fix it (the path comes later)."""

    def __init__(self, detail: str, fix: str = SAVE_AGAIN) -> None:
        super().__init__(detail)
        self.detail = detail
        self.fix = fix


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
        _check_contents(arrays)
    except _Problem as problem:
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
        saved = _check_contents(entries)
    except _Problem as problem:
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


# -- checking -----------------------------------------------------------------------


def _check_contents(entries: dict[str, np.ndarray]) -> SavedModel:
    """Check every entry; return a SavedModel or raise _Problem."""
    version = _check_version(entries)
    required = _V1_KEYS if version == 1 else METADATA_KEYS
    missing = [key for key in required if key not in entries]
    if missing:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it has no {names} although it says it is format {version}"
                ),
                names=", ".join(missing),
                version=str(version),
            )
        )
    if version > 1 and _text(entries["app"], "app", MAX_SHORT_TEXT) != APP_NAME:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it was not written by MNIST Trainer (its app entry differs)"
                )
            )
        )
    config = _parse_config(entries["config"])
    if version < 3 and not config.is_two_layer_net:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its config describes a network format {version} does not hold"
                ),
                version=str(version),
            )
        )
    if version == 3:
        _check_no_others(entries, config)
    params = _check_params(entries, config)
    buffers: dict[str, np.ndarray] = {}
    optimizer_state: dict[str, np.ndarray] = {}
    if version == 3:
        buffers = _check_buffers(entries, config)
        optimizer_state = _check_optimizer(entries, config)
    if version == 1:
        losses, iterations_done, extra = np.zeros(0), 0, {}
        epochs: list[EpochEvent] = []
    else:
        losses, epochs, iterations_done = _check_metrics(entries, config)
        extra = _check_extra(entries["extra"])
    return SavedModel(
        params, config, losses, epochs, iterations_done, version, extra, buffers, optimizer_state
    )


def _whole_number(array: np.ndarray, name: str) -> int:
    if array.shape != () or array.dtype.kind not in "iu":
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its {name} is not a whole number (dtype {dtype}, {shape})"
                ),
                name=name,
                dtype=str(array.dtype),
                shape=str(array.shape),
            )
        )
    return int(array)


def _text(array: np.ndarray, name: str, max_chars: int) -> str:
    if array.shape != () or array.dtype.kind != "U":
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its {name} entry is not text (dtype {dtype}, {shape})"
                ),
                name=name,
                dtype=str(array.dtype),
                shape=str(array.shape),
            )
        )
    text = str(array)
    if len(text) > max_chars:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its {name} entry is too long ({count} characters; at most {most})"
                ),
                name=name,
                count=f"{len(text):,}",
                most=f"{max_chars:,}",
            )
        )
    return text


def _json(array: np.ndarray, name: str, max_chars: int) -> Any:
    try:
        return parse_json(
            _text(array, name, max_chars), max_length=max_chars, max_depth=MAX_JSON_DEPTH
        )
    except ValueError as exc:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP("ModelFile", "its {name} entry is {problem}"),
                name=name,
                problem=message(exc),
            )
        ) from None


def _check_version(entries: dict[str, np.ndarray]) -> int:
    if "format_version" not in entries:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it has no format_version, so it was not written by MNIST Trainer"
                )
            ),
            HOW_TO_GET_ONE,
        )
    version = _whole_number(entries["format_version"], "format_version")
    if version > max(KNOWN_VERSIONS):
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "it was saved by a newer MNIST Trainer (model format {version}; this version "
                    "reads formats {formats} and {last})",
                ),
                version=str(version),
                formats=", ".join(map(str, KNOWN_VERSIONS[:-1])),
                last=str(KNOWN_VERSIONS[-1]),
            ),
            phrase(QT_TRANSLATE_NOOP("ModelFile", "update the app to open it")),
        )
    if version not in KNOWN_VERSIONS:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its format_version {version} is not one MNIST Trainer ever wrote"
                ),
                version=str(version),
            )
        )
    return version


def _parse_config(array: np.ndarray) -> TrainConfig:
    settings = _json(array, "config", MAX_SHORT_TEXT)
    if not isinstance(settings, dict):
        raise _Problem(
            phrase(QT_TRANSLATE_NOOP("ModelFile", "its config is not a JSON object of settings"))
        )
    try:
        return TrainConfig.from_dict(settings)
    except ConfigError as exc:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP("ModelFile", "its config is invalid: {problem}"),
                problem=message(exc),
            )
        ) from None
    except TypeError as exc:
        unknown = sorted(set(settings) - {"hidden_size", *TrainConfig.__dataclass_fields__})
        if not unknown:
            raise _Problem(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "ModelFile", "its config has a setting of the wrong type ({problem})"
                    ),
                    problem=str(exc),
                )
            ) from None
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its config has settings this version does not know: {names}"
                ),
                names=listed(unknown),
            ),
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "it may come from a newer MNIST Trainer: update the app, "
                    "or save the model again",
                )
            ),
        ) from None


def _network_name(config: TrainConfig) -> str:
    sizes = "-".join(map(str, layer_sizes(config, INPUT_SIZE, OUTPUT_SIZE)))
    if not config.use_batchnorm:
        return sizes
    return phrase(QT_TRANSLATE_NOOP("ModelFile", "{sizes} with batch norm"), sizes=sizes)


def _check_no_others(entries: Mapping[str, np.ndarray], config: TrainConfig) -> None:
    """Refuse entries a format-3 file of ``config`` does not have (``save_model_file``'s input)."""
    others = sorted(set(entries) - {*METADATA_KEYS, *entry_shapes(config, 3)})
    if others:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "it has entries that a {network} network trained with {optimizer} does not "
                    "have: {names}",
                ),
                network=_network_name(config),
                optimizer=config.optimizer,
                names=listed(others),
            )
        )


def _check_shapes(
    arrays: Mapping[str, np.ndarray],
    expected: Mapping[str, tuple[int, ...]],
    what: str,
    prefix: str = "",
) -> None:
    wrong = [key for key, shape in expected.items() if arrays[key].shape != shape]
    if wrong:
        found = ", ".join(f"{prefix}{key} {arrays[key].shape}" for key in wrong[:6])
        needed = ", ".join(f"{prefix}{key} {expected[key]}" for key in wrong[:6])
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "its {what} have the shapes {found}, where its config needs {needed}",
                ),
                what=what,
                found=found,
                needed=needed,
            )
        )


def _check_finite(arrays: Mapping[str, np.ndarray], prefix: str, fix: str) -> None:
    for key, value in arrays.items():
        bad = int(np.count_nonzero(~np.isfinite(value)))
        if bad:
            raise _Problem(
                phrase(
                    QT_TRANSLATE_NOOP("ModelFile", "{key} holds {count} NaN or infinite values"),
                    key=prefix + key,
                    count=str(bad),
                ),
                fix,
            )


def _check_params(entries: Mapping[str, np.ndarray], config: TrainConfig) -> dict[str, np.ndarray]:
    """The book's keys of ``config``'s network, shaped by it, of one float dtype, finite."""
    expected = param_shapes(config)
    missing = [key for key in expected if key not in entries]
    if missing:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it has no {names}, which its config's {network} network has"
                ),
                names=listed(missing),
                network=_network_name(config),
            )
        )
    params = {key: entries[key] for key in expected}
    _check_shapes(params, expected, phrase(QT_TRANSLATE_NOOP("ModelFile", "weights")))
    dtypes = {value.dtype for value in params.values()}
    if len(dtypes) != 1 or dtypes.pop() not in (np.float32, np.float64):
        first = params["W1"].dtype
        odd = [f"{k} {v.dtype}" for k, v in params.items() if v.dtype != first or k == "W1"]
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its weights are {dtypes}, not all float32 or all float64"
                ),
                dtypes=", ".join(odd[:6]),
            )
        )
    _check_finite(params, "", _DIVERGED)
    return params


def _float_arrays(arrays: Mapping[str, np.ndarray], prefix: str) -> None:
    for key, value in arrays.items():
        if value.dtype not in (np.float32, np.float64):
            raise _Problem(
                phrase(
                    QT_TRANSLATE_NOOP("ModelFile", "its {key} is {dtype}, not float32 or float64"),
                    key=prefix + key,
                    dtype=str(value.dtype),
                )
            )


def _prefixed(entries: Mapping[str, np.ndarray], prefix: str) -> dict[str, np.ndarray]:
    return {key[len(prefix) :]: value for key, value in entries.items() if key.startswith(prefix)}


def _check_buffers(entries: Mapping[str, np.ndarray], config: TrainConfig) -> dict[str, np.ndarray]:
    """Batch norm's running statistics: none, or all of them, finite, variances >= 0."""
    buffers, expected = _prefixed(entries, BUFFER_PREFIX), buffer_shapes(config)
    if not buffers:
        return {}
    missing = [BUFFER_PREFIX + key for key in expected if key not in buffers]
    if missing:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it has some of batch norm's running statistics but not {names}"
                ),
                names=listed(missing),
            )
        )
    _check_shapes(
        buffers,
        expected,
        phrase(QT_TRANSLATE_NOOP("ModelFile", "batch norm statistics")),
        BUFFER_PREFIX,
    )
    _float_arrays(buffers, BUFFER_PREFIX)
    _check_finite(buffers, BUFFER_PREFIX, _DIVERGED)
    variances = [key for key in buffers if key.startswith("running_var")]
    negative = [BUFFER_PREFIX + key for key in variances if (buffers[key] < 0).any()]
    if negative:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its batch norm variances {names} hold negative values"
                ),
                names=listed(negative),
            )
        )
    return buffers


def _check_optimizer(
    entries: Mapping[str, np.ndarray], config: TrainConfig
) -> dict[str, np.ndarray]:
    """The optimizer's state: none, Adam's ``iter`` 0 alone, or every key; shaped as the params."""
    state, expected = _prefixed(entries, OPTIMIZER_PREFIX), optimizer_shapes(config)
    step = _whole_number(state["iter"], OPTIMIZER_PREFIX + "iter") if "iter" in state else None
    if step is not None and step < 0:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP("ModelFile", "its {key} {step} is negative"),
                key=OPTIMIZER_PREFIX + "iter",
                step=str(step),
            )
        )
    arrays = {key: value for key, value in state.items() if key != "iter"}
    if not arrays and step in (None, 0):
        return state  # saved before the first step
    missing = [OPTIMIZER_PREFIX + key for key in expected if key not in state]
    if missing:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it has part of the {optimizer} optimizer's state, without {names}"
                ),
                optimizer=config.optimizer,
                names=listed(missing),
            )
        )
    if step == 0:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP("ModelFile", "its {key} is 0 but it has Adam's moments m and v"),
                key=OPTIMIZER_PREFIX + "iter",
            )
        )
    what = phrase(QT_TRANSLATE_NOOP("ModelFile", "optimizer state"))
    _check_shapes(arrays, {key: expected[key] for key in arrays}, what, OPTIMIZER_PREFIX)
    _float_arrays(arrays, OPTIMIZER_PREFIX)
    fix = phrase(
        QT_TRANSLATE_NOOP(
            "ModelFile", "the training it comes from diverged: train again and save that model"
        )
    )
    _check_finite(arrays, OPTIMIZER_PREFIX, fix)
    # AdaGrad's and RMSprop's h and Adam's v average squares; Momentum's v is a velocity.
    square_slot = "v/" if config.optimizer == "adam" else "h/"
    negative = [
        OPTIMIZER_PREFIX + key
        for key, value in arrays.items()
        if key.startswith(square_slot) and (value < 0).any()
    ]
    if negative:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its sums of squared gradients {names} hold negative values"
                ),
                names=listed(negative),
            )
        )
    return state


def _check_metrics(
    entries: dict[str, np.ndarray], config: TrainConfig
) -> tuple[np.ndarray, list[EpochEvent], int]:
    """``losses (N,)``, epochs from ``(E, 4)`` rows, and ``iterations_done``, consistent."""
    losses, rows = entries["metrics_losses"], entries["metrics_epochs"]
    done = _whole_number(entries["iterations_done"], "iterations_done")
    if not 0 <= done <= config.iters_num:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its iterations_done {done} is not between 0 and {most}"
                ),
                done=str(done),
                most=str(config.iters_num),
            )
        )
    if losses.ndim != 1 or losses.dtype.kind != "f":
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its metrics_losses are {dtype} {shape}, not (N,) floats"
                ),
                dtype=str(losses.dtype),
                shape=str(losses.shape),
            )
        )
    if len(losses) and len(losses) != done:
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "it has {count} losses but iterations_done is {done}; "
                    "pass iterations_done=len(losses)",
                ),
                count=str(len(losses)),
                done=str(done),
            )
        )
    if rows.ndim != 2 or rows.shape[1] != 4 or rows.dtype.kind != "f":
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its metrics_epochs are {dtype} {shape}, not (E, 4) floats"
                ),
                dtype=str(rows.dtype),
                shape=str(rows.shape),
            )
        )
    if len(rows) > max_epoch_rows(config.iters_num):
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "its metrics_epochs have {count} rows, more than {iterations} "
                    "iterations can measure",
                ),
                count=f"{len(rows):,}",
                iterations=f"{config.iters_num:,}",
            )
        )
    if not np.isfinite(rows).all():
        raise _Problem(
            phrase(QT_TRANSLATE_NOOP("ModelFile", "its metrics_epochs hold NaN or infinite values"))
        )
    counters, accuracies = rows[:, :2], rows[:, 2:]
    if (counters < 0).any() or (counters != np.round(counters)).any():
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "its metrics_epochs have epochs or iterations that are not whole numbers",
                )
            )
        )
    if (rows[:, 1] >= done).any() or (accuracies < 0).any() or (accuracies > 1).any():
        raise _Problem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "its metrics_epochs have iterations beyond iterations_done or accuracies "
                    "outside 0..1",
                )
            )
        )
    epochs = [EpochEvent(int(e), int(i), float(a), float(b)) for e, i, a, b in rows]
    return losses.astype(np.float64), epochs, done


def _check_extra(array: np.ndarray) -> dict[str, Any]:
    extra = _json(array, "extra", MAX_EXTRA_TEXT)
    if not isinstance(extra, dict):
        raise _Problem(
            phrase(QT_TRANSLATE_NOOP("ModelFile", "its extra entry is not a JSON object"))
        )
    return extra
