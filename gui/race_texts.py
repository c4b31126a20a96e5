"""The race's words in the window's language: contestant labels, settings, phases.

``core.race`` names contestants in English (``SGD lr 0.01, weight decay 0.1``),
and those labels are saved with the runs and printed by the command line. The
window writes the same labels from their parts (``core.race.label_parts``) in
the current language; with no translator installed they are exactly core's.
Optimizer names (SGD, Adam...), ReLU, He and Xavier stay as the book writes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.config import TrainConfig
from core.network_summary import layer_sizes, parameter_count
from core.race import describe_setting, label_parts, render_label
from core.session_events import Phase
from gui.network_text import activation_title, init_title, optimizer_title

CONTEXT = "RaceTexts"

SAMPLING_WORDS = {
    "replacement": QT_TRANSLATE_NOOP("RaceTexts", "replacement"),
    "shuffle": QT_TRANSLATE_NOOP("RaceTexts", "shuffle"),
}
GRADIENT_WORDS = {
    "backprop": QT_TRANSLATE_NOOP("RaceTexts", "backprop"),
    "numerical": QT_TRANSLATE_NOOP("RaceTexts", "numerical"),
}
PHASE_WORDS = {
    "idle": QT_TRANSLATE_NOOP("RaceTexts", "idle"),
    "running": QT_TRANSLATE_NOOP("RaceTexts", "running"),
    "paused": QT_TRANSLATE_NOOP("RaceTexts", "paused"),
    "diverged": QT_TRANSLATE_NOOP("RaceTexts", "diverged"),
    "stopping": QT_TRANSLATE_NOOP("RaceTexts", "stopping"),
    "stopped": QT_TRANSLATE_NOOP("RaceTexts", "stopped"),
    "finished": QT_TRANSLATE_NOOP("RaceTexts", "finished"),
    "failed": QT_TRANSLATE_NOOP("RaceTexts", "failed"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def phase_word(phase: Phase | str) -> str:
    """A run's phase (or ``'failed'``) in the current language: ``'finished'``."""
    key = phase.value if isinstance(phase, Phase) else phase
    return _t(PHASE_WORDS[key]) if key in PHASE_WORDS else key


def setting_part(name: str, config: TrainConfig) -> str:
    """Setting ``name`` of ``config`` as a contestant's label writes it (see ``core.race``)."""
    if name in ("optimizer", "learning_rate"):
        return optimizer_title(config.optimizer, config.learning_rate)
    if name == "activation":
        return activation_title(config.activation)
    if name == "weight_init_std":
        return init_title(config.weight_init_std)
    if name == "weight_decay_lambda":
        text = QCoreApplication.translate("RaceTexts", "weight decay {value}")
        return text.format(value=f"{config.weight_decay_lambda:g}")
    if name == "dropout_ratio":
        return QCoreApplication.translate("RaceTexts", "dropout {value}").format(
            value=f"{config.dropout_ratio:g}"
        )
    if name == "use_batchnorm":
        return (
            QCoreApplication.translate("RaceTexts", "batch norm")
            if config.use_batchnorm
            else QCoreApplication.translate("RaceTexts", "no batch norm")
        )
    if name == "decay_rate":
        return QCoreApplication.translate("RaceTexts", "decay {value}").format(
            value=f"{config.decay_rate:g}"
        )
    if name == "batch_size":
        return QCoreApplication.translate("RaceTexts", "batch {size}").format(
            size=config.batch_size
        )
    if name == "train_size":
        if not config.train_size:
            return QCoreApplication.translate("RaceTexts", "all images")
        return QCoreApplication.translate("RaceTexts", "{count} images").format(
            count=config.train_size
        )
    if name == "sampling":
        return _t(SAMPLING_WORDS.get(config.sampling, config.sampling))
    if name == "gradient":
        return _t(GRADIENT_WORDS.get(config.gradient, config.gradient))
    if name == "iters_num":
        return QCoreApplication.translate("RaceTexts", "{count} iterations").format(
            count=f"{config.iters_num:,}"
        )
    if name == "seed":
        return QCoreApplication.translate("RaceTexts", "seed {seed}").format(seed=config.seed)
    return describe_setting(name, config)  # hidden sizes, momentum, beta1, beta2: no words


def contestant_labels(configs: Sequence[TrainConfig]) -> list[str]:
    """``core.race.difference_labels`` in the current language (the same in English)."""
    separator = QCoreApplication.translate("RaceTexts", ", ")
    return [
        render_label(parts, config, setting_part, separator)
        for parts, config in zip(label_parts(configs), configs, strict=True)
    ]


def network_text(config: TrainConfig) -> str:
    """``'784-100-10, ReLU, He, Adam lr 0.001: 79,510 parameters'`` in the current language.

    ``core.network_summary.describe_network``, written for the window.
    """
    return QCoreApplication.translate("RaceTexts", "{network}: {count} parameters").format(
        network=network_name(config), count=f"{parameter_count(config):,}"
    )


def network_name(config: TrainConfig) -> str:
    """``network_text`` without its parameter count: ``'784-100-10, ReLU, He, Adam lr 0.001'``."""
    separator = QCoreApplication.translate("RaceTexts", ", ")
    parts = [
        "-".join(str(size) for size in layer_sizes(config)),
        *(setting_part(name, config) for name in ("activation", "weight_init_std", "optimizer")),
    ]
    for name, present in (
        ("weight_decay_lambda", config.weight_decay_lambda),
        ("dropout_ratio", config.dropout_ratio),
        ("use_batchnorm", config.use_batchnorm),
    ):
        if present:
            parts.append(setting_part(name, config))
    return separator.join(parts)
