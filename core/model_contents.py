"""What a model file holds once every entry is checked, and the order of the checks.

``check_contents`` takes the entries ``core.model_archive`` read (or those
``core.model_file`` is about to write) and checks them in a fixed order, each
check relying on the ones before it: the ``format_version`` (which decides
which entries the file must have), the ``app``, the ``config`` (which decides
the shapes of every array), then the weights, batch norm's statistics and the
optimizer's state (``core.model_array_checks``), then the metrics and the
extra data (``core.model_metadata_checks``). The first problem found raises
``core.model_entry.ContentProblem``; a file with none becomes a ``SavedModel``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.config import TrainConfig
from core.events import EpochEvent
from core.model_archive import HOW_TO_GET_ONE, MAX_SHORT_TEXT, METADATA_KEYS, phrase
from core.model_array_checks import (
    check_buffers,
    check_no_others,
    check_optimizer,
    check_params,
)
from core.model_entry import ContentProblem, text_entry, whole_number
from core.model_metadata_checks import check_extra, check_metrics, parse_config
from core.phrase import QT_TRANSLATE_NOOP

MODEL_FORMAT_VERSION = 3
KNOWN_VERSIONS = (1, 2, 3)
APP_NAME = "mnist-trainer"

_V1_KEYS = ("format_version", "config")


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


def check_contents(entries: dict[str, np.ndarray]) -> SavedModel:
    """Check every entry; return a SavedModel or raise ContentProblem."""
    version = _check_version(entries)
    required = _V1_KEYS if version == 1 else METADATA_KEYS
    missing = [key for key in required if key not in entries]
    if missing:
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it has no {names} although it says it is format {version}"
                ),
                names=", ".join(missing),
                version=str(version),
            )
        )
    if version > 1 and text_entry(entries["app"], "app", MAX_SHORT_TEXT) != APP_NAME:
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it was not written by MNIST Trainer (its app entry differs)"
                )
            )
        )
    config = parse_config(entries["config"])
    if version < 3 and not config.is_two_layer_net:
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its config describes a network format {version} does not hold"
                ),
                version=str(version),
            )
        )
    if version == 3:
        check_no_others(entries, config)
    params = check_params(entries, config)
    buffers: dict[str, np.ndarray] = {}
    optimizer_state: dict[str, np.ndarray] = {}
    if version == 3:
        buffers = check_buffers(entries, config)
        optimizer_state = check_optimizer(entries, config)
    if version == 1:
        losses, iterations_done, extra = np.zeros(0), 0, {}
        epochs: list[EpochEvent] = []
    else:
        losses, epochs, iterations_done = check_metrics(entries, config)
        extra = check_extra(entries["extra"])
    return SavedModel(
        params, config, losses, epochs, iterations_done, version, extra, buffers, optimizer_state
    )


def _check_version(entries: dict[str, np.ndarray]) -> int:
    if "format_version" not in entries:
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it has no format_version, so it was not written by MNIST Trainer"
                )
            ),
            HOW_TO_GET_ONE,
        )
    version = whole_number(entries["format_version"], "format_version")
    if version > max(KNOWN_VERSIONS):
        raise ContentProblem(
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
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its format_version {version} is not one MNIST Trainer ever wrote"
                ),
                version=str(version),
            )
        )
    return version
