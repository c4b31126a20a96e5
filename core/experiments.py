"""The book's chapter-6 MNIST experiments as presets, set up exactly as its scripts.

Each ``Experiment`` names the script it reproduces, the contestants it trains
(ordinary ``TrainConfig`` values, so a learner can change one and race again),
the book's legend names and the book's figure settings. The loss and accuracy
kinds are trained here (``core.contestant_pool``); the batch-norm grid, the
hyperparameter search and the activation histograms have modules of their own
and appear here with their settings text only.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from core.config import TrainConfig
from core.network_summary import describe_network

KINDS = ("loss", "accuracy", "batch-norm", "search", "histograms")
TRAINED_KINDS = ("loss", "accuracy")
"""Kinds whose contestants are trained by the pool and drawn by ``gui.experiment_figures``."""

SEED = 0
"""Every preset's weights and minibatches come from this seed (one batch_seed per preset)."""


@dataclass(frozen=True)
class Experiment:
    """One of the chapter's experiments.

    Attributes
    ----------
    name : str
        The CLI and menu name, e.g. ``"optimizer-compare"``.
    title : str
        A heading, e.g. ``"Optimizers compared on MNIST"``.
    script : str
        The book's file, e.g. ``"ch06/optimizer_compare_mnist.py"``.
    kind : str
        One of ``KINDS``.
    description : str
        What it teaches, and any setting that differs from the shipped script.
    contestants : tuple of TrainConfig
        What is trained (loss and accuracy kinds; empty for the others).
    labels : tuple of str
        The book's legend name of each contestant.
    markers : tuple of str
        The book's marker per series (pyqtgraph symbols: ``o x s d``).
    mark_every : int
        A marker every this many points (the book's ``markevery``).
    y_range, x_label, y_label, smoothed
        The figure: ``plt.ylim``, axis labels, and whether losses are drawn
        through ``core.util.smooth_curve``.
    settings : str
        The settings of the kinds trained elsewhere (empty for loss and accuracy).
    """

    name: str
    title: str
    script: str
    kind: str
    description: str
    contestants: tuple[TrainConfig, ...] = ()
    labels: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    mark_every: int = 100
    y_range: tuple[float, float] = (0.0, 1.0)
    x_label: str = "iterations"
    y_label: str = "loss"
    smoothed: bool = False
    settings: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {self.kind!r}")
        if len(self.labels) != len(self.contestants):
            raise ValueError("an experiment needs one label per contestant")
        if self.kind in TRAINED_KINDS and not self.contestants:
            raise ValueError(f"a {self.kind} experiment needs at least one contestant")


def _sharing_batches(configs: list[TrainConfig]) -> tuple[TrainConfig, ...]:
    """``configs`` drawing their minibatches from one shared seed, as the book's one loop."""
    return tuple(dataclasses.replace(c, seed=SEED, batch_seed=SEED) for c in configs)


def shortened(experiment: Experiment, iters: int) -> Experiment:
    """``experiment`` with ``iters`` iterations per contestant, everything else kept."""
    configs = [dataclasses.replace(c, iters_num=iters) for c in experiment.contestants]
    return dataclasses.replace(experiment, contestants=tuple(configs))


# optimizer_compare_mnist.py and weight_init_compare.py: MultiLayerNet's defaults
# (ReLU, weight_init_std='relu') on 784-100x4-10, batch 128, 2,000 iterations.
_COMPARE = TrainConfig(
    hidden_sizes=(100, 100, 100, 100),
    activation="relu",
    weight_init_std="he",
    batch_size=128,
    iters_num=2000,
)
# overfit_weight_decay.py and overfit_dropout.py: 784-100x6-10, the first 300 images,
# SGD lr 0.01, batch 100: 3 iterations per epoch.
_OVERFIT = TrainConfig(
    hidden_sizes=(100,) * 6,
    activation="relu",
    weight_init_std="he",
    learning_rate=0.01,
    batch_size=100,
    train_size=300,
)
_OVERFIT_ITER_PER_EPOCH = 3


def _accuracy_experiment(
    name: str, title: str, script: str, description: str, config: TrainConfig, label: str
) -> Experiment:
    """One run drawn as the book's train (circles) and test (squares) accuracy per epoch."""
    return Experiment(
        name=name,
        title=title,
        script=script,
        kind="accuracy",
        description=description,
        contestants=_sharing_batches([config]),
        labels=(label,),
        markers=("o", "s"),
        mark_every=10,
        y_range=(0.0, 1.0),
        x_label="epochs",
        y_label="accuracy",
    )


def _presets() -> list[Experiment]:
    optimizers = [
        dataclasses.replace(_COMPARE, optimizer=name, learning_rate=lr)
        for name, lr in (("sgd", 0.01), ("momentum", 0.01), ("adagrad", 0.01), ("adam", 0.001))
    ]
    inits = [
        dataclasses.replace(_COMPARE, learning_rate=0.01, weight_init_std=w)
        for w in (0.01, "xavier", "he")
    ]
    # The book stops after 201 measurements, taken at i = 0, 3, ..., 600.
    overfit_iters = (201 - 1) * _OVERFIT_ITER_PER_EPOCH + 1
    return [
        Experiment(
            name="optimizer-compare",
            title="Optimizers compared on MNIST",
            script="ch06/optimizer_compare_mnist.py",
            kind="loss",
            description="SGD, Momentum, AdaGrad and Adam train the same network on the same "
            "minibatches; SGD learns slowest. Each optimizer uses the book's default "
            "learning rate, as the script does.",
            contestants=_sharing_batches(optimizers),
            labels=("SGD", "Momentum", "AdaGrad", "Adam"),
            markers=("o", "x", "s", "d"),
            y_range=(0.0, 1.0),
            smoothed=True,
        ),
        Experiment(
            name="weight-init-compare",
            title="Initial weights compared on MNIST",
            script="ch06/weight_init_compare.py",
            kind="loss",
            description="The same ReLU network from three initial weight scales: with std "
            "0.01 it hardly learns, Xavier and He learn, He fastest. The script keeps "
            "MultiLayerNet's default ReLU for all three.",
            contestants=_sharing_batches(inits),
            labels=("std=0.01", "Xavier", "He"),
            markers=("o", "s", "d"),
            y_range=(0.0, 2.5),
            smoothed=True,
        ),
        Experiment(
            name="batch-norm",
            title="Batch normalisation and the initial weight scale",
            script="ch06/batch_norm_test.py",
            kind="batch-norm",
            description="With batch norm the network learns from almost any initial weight "
            "scale; without it most scales fail. Train accuracy per epoch, solid with batch "
            "norm, dashed without, as the script.",
            settings="network: 784-100-100-100-100-100-10, ReLU (MultiLayerNetExtend's "
            "default)\noptimizer: SGD lr 0.01\nbatch: 100 of the first 1,000 training images, "
            "20 epochs (10 iterations each)\ninitial weight std: 16 scales, "
            "logspace(0, -4, 16), each with and without batch norm (32 trainings)",
        ),
        _accuracy_experiment(
            "overfit",
            "Overfitting: 300 images, no regularisation",
            "ch06/overfit_weight_decay.py",
            "A deep network on only 300 images learns them all while test accuracy stays "
            "far lower. Differs from the shipped script: weight_decay_lambda = 0 (the script "
            "ships 0.1; its commented-out line sets 0).",
            dataclasses.replace(_OVERFIT, iters_num=overfit_iters),
            "no weight decay",
        ),
        _accuracy_experiment(
            "weight-decay",
            "Weight decay against overfitting",
            "ch06/overfit_weight_decay.py",
            "The same 300 images with L2 weight decay lambda 0.1, as the script ships: the "
            "gap between train and test accuracy narrows.",
            dataclasses.replace(_OVERFIT, iters_num=overfit_iters, weight_decay_lambda=0.1),
            "weight decay 0.1",
        ),
        _accuracy_experiment(
            "dropout",
            "Dropout against overfitting",
            "ch06/overfit_dropout.py",
            "The same 300 images with dropout ratio 0.2, as the script ships; it trains with "
            "the book's common/trainer.py for 301 epochs (903 iterations), and the gap "
            "between train and test accuracy narrows.",
            dataclasses.replace(
                _OVERFIT, iters_num=301 * _OVERFIT_ITER_PER_EPOCH, dropout_ratio=0.2
            ),
            "dropout 0.2",
        ),
        Experiment(
            name="hyperparameter-search",
            title="Random search for learning rate and weight decay",
            script="ch06/hyperparameter_optimization.py",
            kind="search",
            description="100 random trials of learning rate and weight decay, each trained "
            "for 50 epochs and judged on held-out validation images, never on the test set. "
            "The best 20 are drawn as the script draws them.",
            settings="network: 784-100x6-10, ReLU, He (MultiLayerNet's defaults)\n"
            "optimizer: SGD, lr = 10^U(-6, -2), weight decay = 10^U(-8, -4)\n"
            "data: the first 500 training images, shuffled, 20% (100) held out for "
            "validation\nbatch: 100, 50 epochs per trial, 100 trials",
        ),
        Experiment(
            name="activation-histograms",
            title="Activations of five layers by initial weight scale",
            script="ch06/weight_init_activation_histogram.py",
            kind="histograms",
            description="1,000 random inputs through five layers of 100 units: with std 1 "
            "sigmoid outputs crowd at 0 and 1, with 0.01 at 0.5; Xavier (and He for ReLU) "
            "keep them spread. No training.",
            settings="input: 1,000 x 100 standard normal\nnetwork: 5 layers of 100, "
            "activation sigmoid, ReLU or tanh\ninitial weight scale: 1, 0.01, Xavier "
            "sqrt(1/n) or He sqrt(2/n)\nfigure: one 30-bin histogram per layer, range 0 to 1",
        ),
    ]


EXPERIMENTS: dict[str, Experiment] = {e.name: e for e in _presets()}
"""Every preset by name, in the order of the chapter's sections."""


def _schedule(config: TrainConfig) -> str:
    images = f"the first {config.train_size:,}" if config.train_size else "all 60,000"
    text = f"batch {config.batch_size} of {images} training images, {config.iters_num:,} iterations"
    if config.train_size:
        per_epoch = config.iter_per_epoch(config.train_size)
        epochs = (config.iters_num - 1) // per_epoch + 1
        text += f" ({epochs:,} accuracy measurements, one every {per_epoch} iterations)"
    return text


def settings_text(experiment: Experiment) -> str:
    """The settings ``experiment`` uses, shown before it starts.

    One line per contestant (its legend name and network), the schedule, and the
    description with its note on what differs from the shipped script.
    """
    lines = [f"{experiment.title} (the book's {experiment.script})"]
    if experiment.kind in TRAINED_KINDS:
        for label, config in zip(experiment.labels, experiment.contestants, strict=True):
            lines.append(f"  {label}: {describe_network(config)}")
        first = experiment.contestants[0]
        lines.append(f"  {_schedule(first)}")
        lines.append(f"  seed {first.seed}, minibatches from seed {first.batch_seed}")
        if experiment.kind == "loss":
            lines.append(
                "  each loss is the minibatch's before its update (the script measures it "
                "after, with a second forward pass)"
            )
    else:
        lines.extend(f"  {line}" for line in experiment.settings.splitlines())
    lines.append(experiment.description)
    return "\n".join(lines)
