"""The checks of a model file's metadata: its config, its metrics and its extra data.

``parse_config`` reads the ``config`` entry (``TrainConfig.to_dict()`` as JSON
text) back into a ``TrainConfig``, saying which setting is wrong or unknown;
``check_metrics`` wants ``metrics_losses (N,)``, ``metrics_epochs (E, 4)`` and
``iterations_done`` that agree with each other and with the config;
``check_extra`` wants a JSON object.

Every problem raises ``core.model_entry.ContentProblem``; ``core.model_contents``
calls these checks in their fixed order.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.config import ConfigError, TrainConfig
from core.events import EpochEvent
from core.model_archive import MAX_EXTRA_TEXT, MAX_SHORT_TEXT, listed, max_epoch_rows, phrase
from core.model_entry import ContentProblem, json_entry, whole_number
from core.phrase import QT_TRANSLATE_NOOP, message


def parse_config(array: np.ndarray) -> TrainConfig:
    """The ``config`` entry as a valid ``TrainConfig`` (format 1 and 2's ``hidden_size`` too)."""
    settings = json_entry(array, "config", MAX_SHORT_TEXT)
    if not isinstance(settings, dict):
        raise ContentProblem(
            phrase(QT_TRANSLATE_NOOP("ModelFile", "its config is not a JSON object of settings"))
        )
    try:
        return TrainConfig.from_dict(settings)
    except ConfigError as exc:
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP("ModelFile", "its config is invalid: {problem}"),
                problem=message(exc),
            )
        ) from None
    except TypeError as exc:
        unknown = sorted(set(settings) - {"hidden_size", *TrainConfig.__dataclass_fields__})
        if not unknown:
            raise ContentProblem(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "ModelFile", "its config has a setting of the wrong type ({problem})"
                    ),
                    problem=str(exc),
                )
            ) from None
        raise ContentProblem(
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


def check_metrics(
    entries: dict[str, np.ndarray], config: TrainConfig
) -> tuple[np.ndarray, list[EpochEvent], int]:
    """``losses (N,)``, epochs from ``(E, 4)`` rows, and ``iterations_done``, consistent."""
    losses, rows = entries["metrics_losses"], entries["metrics_epochs"]
    done = whole_number(entries["iterations_done"], "iterations_done")
    if not 0 <= done <= config.iters_num:
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its iterations_done {done} is not between 0 and {most}"
                ),
                done=str(done),
                most=str(config.iters_num),
            )
        )
    if losses.ndim != 1 or losses.dtype.kind != "f":
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its metrics_losses are {dtype} {shape}, not (N,) floats"
                ),
                dtype=str(losses.dtype),
                shape=str(losses.shape),
            )
        )
    if len(losses) and len(losses) != done:
        raise ContentProblem(
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
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "its metrics_epochs are {dtype} {shape}, not (E, 4) floats"
                ),
                dtype=str(rows.dtype),
                shape=str(rows.shape),
            )
        )
    if len(rows) > max_epoch_rows(config.iters_num):
        raise ContentProblem(
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
        raise ContentProblem(
            phrase(QT_TRANSLATE_NOOP("ModelFile", "its metrics_epochs hold NaN or infinite values"))
        )
    counters, accuracies = rows[:, :2], rows[:, 2:]
    if (counters < 0).any() or (counters != np.round(counters)).any():
        raise ContentProblem(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "its metrics_epochs have epochs or iterations that are not whole numbers",
                )
            )
        )
    if (rows[:, 1] >= done).any() or (accuracies < 0).any() or (accuracies > 1).any():
        raise ContentProblem(
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


def check_extra(array: np.ndarray) -> dict[str, Any]:
    """The ``extra`` entry: a JSON object of free data saved with the model."""
    extra = json_entry(array, "extra", MAX_EXTRA_TEXT)
    if not isinstance(extra, dict):
        raise ContentProblem(
            phrase(QT_TRANSLATE_NOOP("ModelFile", "its extra entry is not a JSON object"))
        )
    return extra
