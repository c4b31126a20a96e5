"""The checks of a model file's arrays: its weights, batch norm's statistics, its optimizer's state.

Each array entry is shaped by the file's config (``core.model_archive`` gives
the shapes): ``check_params`` wants the book's keys of the config's network, of
one float dtype, finite; ``check_buffers`` wants none or all of batch norm's
running statistics, finite, with variances >= 0; ``check_optimizer`` wants none
of the optimizer's state (or Adam's ``iter`` 0 alone) or all of it, shaped as
the parameters, finite, with sums of squares >= 0. ``check_no_others`` refuses
any entry a format-3 file of the config does not have.

Every problem raises ``core.model_entry.ContentProblem``; ``core.model_contents``
calls these checks in their fixed order.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from core.config import TrainConfig
from core.model_archive import (
    BUFFER_PREFIX,
    INPUT_SIZE,
    METADATA_KEYS,
    OPTIMIZER_PREFIX,
    OUTPUT_SIZE,
    buffer_shapes,
    entry_shapes,
    listed,
    optimizer_shapes,
    param_shapes,
    phrase,
)
from core.model_entry import ContentProblem, whole_number
from core.network_summary import layer_sizes
from core.phrase import QT_TRANSLATE_NOOP

_DIVERGED = phrase(
    QT_TRANSLATE_NOOP(
        "ModelFile",
        "the training it comes from diverged: train again with a smaller learning rate "
        "and save that model",
    )
)


def _network_name(config: TrainConfig) -> str:
    sizes = "-".join(map(str, layer_sizes(config, INPUT_SIZE, OUTPUT_SIZE)))
    if not config.use_batchnorm:
        return sizes
    return phrase(QT_TRANSLATE_NOOP("ModelFile", "{sizes} with batch norm"), sizes=sizes)


def check_no_others(entries: Mapping[str, np.ndarray], config: TrainConfig) -> None:
    """Refuse entries a format-3 file of ``config`` does not have (``save_model_file``'s input)."""
    others = sorted(set(entries) - {*METADATA_KEYS, *entry_shapes(config, 3)})
    if others:
        raise ContentProblem(
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
        raise ContentProblem(
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
            raise ContentProblem(
                phrase(
                    QT_TRANSLATE_NOOP("ModelFile", "{key} holds {count} NaN or infinite values"),
                    key=prefix + key,
                    count=str(bad),
                ),
                fix,
            )


def check_params(entries: Mapping[str, np.ndarray], config: TrainConfig) -> dict[str, np.ndarray]:
    """The book's keys of ``config``'s network, shaped by it, of one float dtype, finite."""
    expected = param_shapes(config)
    missing = [key for key in expected if key not in entries]
    if missing:
        raise ContentProblem(
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
        raise ContentProblem(
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
            raise ContentProblem(
                phrase(
                    QT_TRANSLATE_NOOP("ModelFile", "its {key} is {dtype}, not float32 or float64"),
                    key=prefix + key,
                    dtype=str(value.dtype),
                )
            )


def _prefixed(entries: Mapping[str, np.ndarray], prefix: str) -> dict[str, np.ndarray]:
    return {key[len(prefix) :]: value for key, value in entries.items() if key.startswith(prefix)}


def check_buffers(entries: Mapping[str, np.ndarray], config: TrainConfig) -> dict[str, np.ndarray]:
    """Batch norm's running statistics: none, or all of them, finite, variances >= 0."""
    buffers, expected = _prefixed(entries, BUFFER_PREFIX), buffer_shapes(config)
    if not buffers:
        return {}
    missing = [BUFFER_PREFIX + key for key in expected if key not in buffers]
    if missing:
        raise ContentProblem(
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
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its batch norm variances {names} hold negative values"
                ),
                names=listed(negative),
            )
        )
    return buffers


def check_optimizer(
    entries: Mapping[str, np.ndarray], config: TrainConfig
) -> dict[str, np.ndarray]:
    """The optimizer's state: none, Adam's ``iter`` 0 alone, or every key; shaped as the params."""
    state, expected = _prefixed(entries, OPTIMIZER_PREFIX), optimizer_shapes(config)
    step = whole_number(state["iter"], OPTIMIZER_PREFIX + "iter") if "iter" in state else None
    if step is not None and step < 0:
        raise ContentProblem(
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
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "it has part of the {optimizer} optimizer's state, without {names}"
                ),
                optimizer=config.optimizer,
                names=listed(missing),
            )
        )
    if step == 0:
        raise ContentProblem(
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
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its sums of squared gradients {names} hold negative values"
                ),
                names=listed(negative),
            )
        )
    return state
