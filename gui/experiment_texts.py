"""The book's experiments' titles and descriptions in the interface's language.

``core.experiments`` holds them in English (core never imports Qt); this table
marks the same texts for ``pyside6-lupdate`` (context ``Experiments``) so that
the Experiments menu, its tooltips and the start dialog are translated. A test
checks that the table and the core's texts agree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.experiments import Experiment

CONTEXT = "Experiments"

TITLES: dict[str, str] = {
    "optimizer-compare": QT_TRANSLATE_NOOP("Experiments", "Optimizers compared on MNIST"),
    "weight-init-compare": QT_TRANSLATE_NOOP("Experiments", "Initial weights compared on MNIST"),
    "batch-norm": QT_TRANSLATE_NOOP(
        "Experiments", "Batch normalisation and the initial weight scale"
    ),
    "overfit": QT_TRANSLATE_NOOP("Experiments", "Overfitting: 300 images, no regularisation"),
    "weight-decay": QT_TRANSLATE_NOOP("Experiments", "Weight decay against overfitting"),
    "dropout": QT_TRANSLATE_NOOP("Experiments", "Dropout against overfitting"),
    "hyperparameter-search": QT_TRANSLATE_NOOP(
        "Experiments", "Random search for learning rate and weight decay"
    ),
    "activation-histograms": QT_TRANSLATE_NOOP(
        "Experiments", "Activations of five layers by initial weight scale"
    ),
}

DESCRIPTIONS: dict[str, str] = {
    "optimizer-compare": QT_TRANSLATE_NOOP(
        "Experiments",
        "SGD, Momentum, AdaGrad and Adam train the same network on the same minibatches; "
        "SGD learns slowest. Each optimizer uses the book's default learning rate, as the"
        " script does.",
    ),
    "weight-init-compare": QT_TRANSLATE_NOOP(
        "Experiments",
        "The same ReLU network from three initial weight scales: with std 0.01 it hardly "
        "learns, Xavier and He learn, He fastest. The script keeps MultiLayerNet's "
        "default ReLU for all three.",
    ),
    "batch-norm": QT_TRANSLATE_NOOP(
        "Experiments",
        "With batch norm the network learns from almost any initial weight scale; without"
        " it most scales fail. Train accuracy per epoch, solid with batch norm, dashed "
        "without, as the script.",
    ),
    "overfit": QT_TRANSLATE_NOOP(
        "Experiments",
        "A deep network on only 300 images learns them all while test accuracy stays far "
        "lower. Differs from the shipped script: weight_decay_lambda = 0 (the script "
        "ships 0.1; its commented-out line sets 0).",
    ),
    "weight-decay": QT_TRANSLATE_NOOP(
        "Experiments",
        "The same 300 images with L2 weight decay lambda 0.1, as the script ships: the "
        "gap between train and test accuracy narrows.",
    ),
    "dropout": QT_TRANSLATE_NOOP(
        "Experiments",
        "The same 300 images with dropout ratio 0.2, as the script ships; it trains with "
        "the book's common/trainer.py for 301 epochs (903 iterations), and the gap "
        "between train and test accuracy narrows.",
    ),
    "hyperparameter-search": QT_TRANSLATE_NOOP(
        "Experiments",
        "100 random trials of learning rate and weight decay, each trained for 50 epochs "
        "and judged on held-out validation images, never on the test set. The best 20 are"
        " drawn as the script draws them.",
    ),
    "activation-histograms": QT_TRANSLATE_NOOP(
        "Experiments",
        "1,000 random inputs through five layers of 100 units: with std 1 sigmoid outputs"
        " crowd at 0 and 1, with 0.01 at 0.5; Xavier (and He for ReLU) keep them spread. "
        "No training.",
    ),
}


def experiment_title(experiment: Experiment) -> str:
    """``experiment``'s title in the current language (its own English one if not in the table)."""
    return QCoreApplication.translate(CONTEXT, TITLES.get(experiment.name, experiment.title))


def experiment_description(experiment: Experiment) -> str:
    """``experiment``'s description in the current language."""
    text = DESCRIPTIONS.get(experiment.name, experiment.description)
    return QCoreApplication.translate(CONTEXT, text)


def experiment_settings_text(experiment: Experiment) -> str:
    """``core.experiments.settings_text`` with its title line and description translated.

    The settings lines between them (network shapes, optimizer names, numbers)
    stay as the core writes them.
    """
    from core.experiments import settings_text

    lines = settings_text(experiment).split("\n")
    lines[0] = QCoreApplication.translate("Experiments", "{title} (the book's {script})").format(
        title=experiment_title(experiment), script=experiment.script
    )
    if lines[-1] == experiment.description:
        lines[-1] = experiment_description(experiment)
    return "\n".join(lines)
