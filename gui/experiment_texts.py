"""The book's experiments (``core.experiments``) as the window shows them, in its language.

``core.experiments`` holds each preset's title, description and settings in
English, for the command line (which stays English) and the saved runs. The
window shows them through this module: ``experiment_title`` for the
Experiments menu, ``experiment_settings_text`` for the box shown before an
experiment starts. With no translator installed they are exactly core's texts
(a test holds them equal, so the two cannot drift apart).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.config import TrainConfig
from core.experiments import TRAINED_KINDS, Experiment
from gui.race_texts import network_text

CONTEXT = "ExperimentTexts"

TITLES = {
    "optimizer-compare": QT_TRANSLATE_NOOP("ExperimentTexts", "Optimizers compared on MNIST"),
    "weight-init-compare": QT_TRANSLATE_NOOP(
        "ExperimentTexts", "Initial weights compared on MNIST"
    ),
    "batch-norm": QT_TRANSLATE_NOOP(
        "ExperimentTexts", "Batch normalisation and the initial weight scale"
    ),
    "overfit": QT_TRANSLATE_NOOP("ExperimentTexts", "Overfitting: 300 images, no regularisation"),
    "weight-decay": QT_TRANSLATE_NOOP("ExperimentTexts", "Weight decay against overfitting"),
    "dropout": QT_TRANSLATE_NOOP("ExperimentTexts", "Dropout against overfitting"),
    "hyperparameter-search": QT_TRANSLATE_NOOP(
        "ExperimentTexts", "Random search for learning rate and weight decay"
    ),
    "activation-histograms": QT_TRANSLATE_NOOP(
        "ExperimentTexts", "Activations of five layers by initial weight scale"
    ),
}
DESCRIPTIONS = {
    "optimizer-compare": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "SGD, Momentum, AdaGrad and Adam train the same network on the same minibatches; "
        "SGD learns slowest. Each optimizer uses the book's default learning rate, as the "
        "script does.",
    ),
    "weight-init-compare": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "The same ReLU network from three initial weight scales: with std 0.01 it hardly "
        "learns, Xavier and He learn, He fastest. The script keeps MultiLayerNet's default "
        "ReLU for all three.",
    ),
    "batch-norm": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "With batch norm the network learns from almost any initial weight scale; without "
        "it most scales fail. Train accuracy per epoch, solid with batch norm, dashed "
        "without, as the script.",
    ),
    "overfit": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "A deep network on only 300 images learns them all while test accuracy stays far "
        "lower. Differs from the shipped script: weight_decay_lambda = 0 (the script ships "
        "0.1; its commented-out line sets 0).",
    ),
    "weight-decay": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "The same 300 images with L2 weight decay lambda 0.1, as the script ships: the gap "
        "between train and test accuracy narrows.",
    ),
    "dropout": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "The same 300 images with dropout ratio 0.2, as the script ships; it trains with "
        "the book's common/trainer.py for 301 epochs (903 iterations), and the gap between "
        "train and test accuracy narrows.",
    ),
    "hyperparameter-search": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "100 random trials of learning rate and weight decay, each trained for 50 epochs "
        "and judged on held-out validation images, never on the test set. The best 20 are "
        "drawn as the script draws them.",
    ),
    "activation-histograms": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "1,000 random inputs through five layers of 100 units: with std 1 sigmoid outputs "
        "crowd at 0 and 1, with 0.01 at 0.5; Xavier (and He for ReLU) keep them spread. "
        "No training.",
    ),
}
SETTINGS = {
    "batch-norm": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "network: 784-100-100-100-100-100-10, ReLU (MultiLayerNetExtend's default)\n"
        "optimizer: SGD lr 0.01\n"
        "batch: 100 of the first 1,000 training images, 20 epochs (10 iterations each)\n"
        "initial weight std: 16 scales, logspace(0, -4, 16), each with and without batch "
        "norm (32 trainings)",
    ),
    "hyperparameter-search": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "network: 784-100x6-10, ReLU, He (MultiLayerNet's defaults)\n"
        "optimizer: SGD, lr = 10^U(-6, -2), weight decay = 10^U(-8, -4)\n"
        "data: the first 500 training images, shuffled, 20% (100) held out for validation\n"
        "batch: 100, 50 epochs per trial, 100 trials",
    ),
    "activation-histograms": QT_TRANSLATE_NOOP(
        "ExperimentTexts",
        "input: 1,000 x 100 standard normal\n"
        "network: 5 layers of 100, activation sigmoid, ReLU or tanh\n"
        "initial weight scale: 1, 0.01, Xavier sqrt(1/n) or He sqrt(2/n)\n"
        "figure: one 30-bin histogram per layer, range 0 to 1",
    ),
}
LABELS = {
    "no weight decay": QT_TRANSLATE_NOOP("ExperimentTexts", "no weight decay"),
    "weight decay 0.1": QT_TRANSLATE_NOOP("ExperimentTexts", "weight decay 0.1"),
    "dropout 0.2": QT_TRANSLATE_NOOP("ExperimentTexts", "dropout 0.2"),
    "std=0.01": QT_TRANSLATE_NOOP("ExperimentTexts", "std=0.01"),
}
"""The book's legend names that have words (optimizer names, Xavier and He have none)."""


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _lookup(table: dict[str, str], key: str, english: str) -> str:
    """The translation of ``table[key]`` if it is still core's English text, else ``english``."""
    source = table.get(key)
    return _t(source) if source == english else english


def experiment_title(experiment: Experiment) -> str:
    """The experiment's title in the current language (the Experiments menu, the box)."""
    return _lookup(TITLES, experiment.name, experiment.title)


def experiment_description(experiment: Experiment) -> str:
    """What the experiment teaches, in the current language."""
    return _lookup(DESCRIPTIONS, experiment.name, experiment.description)


def contestant_name(label: str) -> str:
    """One of the book's legend names (``'dropout 0.2'``) in the current language."""
    return _lookup(LABELS, label, label)


def _schedule(config: TrainConfig) -> str:
    if config.train_size:
        text = QCoreApplication.translate(
            "ExperimentTexts",
            "batch {batch} of the first {images} training images, {iterations} iterations",
        )
    else:
        text = QCoreApplication.translate(
            "ExperimentTexts",
            "batch {batch} of all 60,000 training images, {iterations} iterations",
        )
    text = text.format(
        batch=config.batch_size,
        images=f"{config.train_size or 0:,}",
        iterations=f"{config.iters_num:,}",
    )
    if config.train_size:
        per_epoch = config.iter_per_epoch(config.train_size)
        epochs = (config.iters_num - 1) // per_epoch + 1
        text += QCoreApplication.translate(
            "ExperimentTexts", " ({count} accuracy measurements, one every {every} iterations)"
        ).format(count=f"{epochs:,}", every=per_epoch)
    return text


def experiment_settings_text(experiment: Experiment) -> str:
    """``core.experiments.settings_text`` in the current language (identical in English)."""
    title = QCoreApplication.translate("ExperimentTexts", "{title} (the book's {script})")
    lines = [title.format(title=experiment_title(experiment), script=experiment.script)]
    if experiment.kind in TRAINED_KINDS:
        for label, config in zip(experiment.labels, experiment.contestants, strict=True):
            lines.append(f"  {contestant_name(label)}: {network_text(config)}")
        first = experiment.contestants[0]
        lines.append(f"  {_schedule(first)}")
        seeds = QCoreApplication.translate(
            "ExperimentTexts", "seed {seed}, minibatches from seed {batch_seed}"
        )
        lines.append("  " + seeds.format(seed=first.seed, batch_seed=first.batch_seed))
        if experiment.kind == "loss":
            lines.append(
                "  "
                + QCoreApplication.translate(
                    "ExperimentTexts",
                    "each loss is the minibatch's before its update (the script measures it "
                    "after, with a second forward pass)",
                )
            )
    else:
        settings = _lookup(SETTINGS, experiment.name, experiment.settings)
        lines.extend(f"  {line}" for line in settings.splitlines())
    lines.append(experiment_description(experiment))
    return "\n".join(lines)
