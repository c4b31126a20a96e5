"""How the race table heads and writes the settings that set its contestants apart.

One column per setting that differs between the contestants (``SETTING_COLUMNS``:
its header and how a config's value is written), and the tooltip of every cell of
a row: all of that contestant's settings. Texts keep the ``RaceTable`` context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.config import TrainConfig
from core.network_summary import OPTIMIZER_TITLES
from gui.network_text import activation_title, init_title
from gui.race_texts import SAMPLING_WORDS, network_text

CONTEXT = "RaceTable"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("RaceTable", "yes")
        if value
        else QCoreApplication.translate("RaceTable", "no")
    )


# How a setting is headed and written in its column; others use the field's name and str().
SETTING_COLUMNS: dict[str, tuple[str, Callable[[TrainConfig], str]]] = {
    "optimizer": (
        QT_TRANSLATE_NOOP("RaceTable", "Optimizer"),
        lambda c: OPTIMIZER_TITLES[c.optimizer],
    ),
    "learning_rate": (QT_TRANSLATE_NOOP("RaceTable", "lr"), lambda c: f"{c.learning_rate:g}"),
    "hidden_sizes": (
        QT_TRANSLATE_NOOP("RaceTable", "Hidden layers"),
        lambda c: "-".join(str(n) for n in c.hidden_sizes),
    ),
    "activation": (
        QT_TRANSLATE_NOOP("RaceTable", "Activation"),
        lambda c: activation_title(c.activation),
    ),
    "weight_init_std": (
        QT_TRANSLATE_NOOP("RaceTable", "Init"),
        lambda c: init_title(c.weight_init_std),
    ),
    "weight_decay_lambda": (
        QT_TRANSLATE_NOOP("RaceTable", "Weight decay"),
        lambda c: f"{c.weight_decay_lambda:g}",
    ),
    "dropout_ratio": (QT_TRANSLATE_NOOP("RaceTable", "Dropout"), lambda c: f"{c.dropout_ratio:g}"),
    "use_batchnorm": (
        QT_TRANSLATE_NOOP("RaceTable", "Batch norm"),
        lambda c: _yes_no(c.use_batchnorm),
    ),
    "batch_size": (QT_TRANSLATE_NOOP("RaceTable", "Batch"), lambda c: str(c.batch_size)),
    "train_size": (
        QT_TRANSLATE_NOOP("RaceTable", "Images"),
        lambda c: (
            f"{c.train_size:,}" if c.train_size else QCoreApplication.translate("RaceTable", "all")
        ),
    ),
    "iters_num": (
        QT_TRANSLATE_NOOP("RaceTable", "Iterations planned"),
        lambda c: f"{c.iters_num:,}",
    ),
    "sampling": (
        QT_TRANSLATE_NOOP("RaceTable", "Sampling"),
        lambda c: QCoreApplication.translate("RaceTexts", SAMPLING_WORDS[c.sampling]),
    ),
    "seed": (QT_TRANSLATE_NOOP("RaceTable", "Seed"), lambda c: str(c.seed)),
}


def setting_header(name: str) -> str:
    """The column title of setting ``name`` (``'learning_rate'`` -> ``'lr'``), translated."""
    return _t(SETTING_COLUMNS[name][0]) if name in SETTING_COLUMNS else name.replace("_", " ")


def setting_text(config: TrainConfig, name: str) -> str:
    """How ``config``'s setting ``name`` is written in its cell."""
    if name in SETTING_COLUMNS:
        return SETTING_COLUMNS[name][1](config)
    value = getattr(config, name)
    return f"{value:g}" if isinstance(value, float) else str(value)


def settings_tooltip(config: TrainConfig) -> str:
    """Every setting of a contestant: its network in one line, then the rest of its run."""
    sampling = QCoreApplication.translate("RaceTexts", SAMPLING_WORDS[config.sampling])
    if config.train_size:
        run = QCoreApplication.translate(
            "RaceTable",
            "batch {batch}, {iterations} iterations on the first {images} training images, "
            "{sampling} sampling",
        )
    else:
        run = QCoreApplication.translate(
            "RaceTable",
            "batch {batch}, {iterations} iterations on all training images, {sampling} sampling",
        )
    seeds = QCoreApplication.translate("RaceTable", "seed {seed}, batch seed {batch_seed}").format(
        seed=config.seed, batch_seed=config.batch_seed
    )
    run = run.format(
        batch=config.batch_size,
        iterations=f"{config.iters_num:,}",
        images=f"{config.train_size or 0:,}",
        sampling=sampling,
    )
    return f"{network_text(config)}\n{run}\n{seeds}"
