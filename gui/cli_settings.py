"""The ``train`` subcommand's settings flags, and the ``TrainConfig`` they name.

``add_train_settings`` adds a flag for every ``TrainConfig`` setting, its bounds
in ``--help`` read from ``core.config.BOUNDS``. ``train_config`` makes the
config, refusing in one line (exit status 2) what the flags cannot mean
together, ``--beta1`` for SGD or a batch larger than ``--train-size``, before
any data is loaded. Without ``--lr`` an optimizer other than SGD gets the
book's default learning rate for it; SGD keeps chapter 4's 0.1.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from core.config import (
    ACTIVATIONS,
    BOOK_LEARNING_RATES,
    BOUNDS,
    GRADIENT_METHODS,
    OPTIMIZER_NAMES,
    OPTIMIZER_SETTINGS,
    SAMPLINGS,
    Bound,
    ConfigError,
    TrainConfig,
)
from core.datasets import DATASETS, TITLES
from gui.cli_args import hidden_sizes, range_text, setting, weight_init, within

DEFAULTS = TrainConfig()
OPTIMIZER_FLAGS = {
    "momentum": ("--momentum", "momentum of the velocity v"),
    "decay_rate": ("--decay-rate", "decay of RMSprop's average of squared gradients"),
    "beta1": ("--beta1", "Adam's decay of the first moment"),
    "beta2": ("--beta2", "Adam's decay of the second moment"),
}
"""The optimizers' own settings (``OPTIMIZER_SETTINGS``): flag and meaning."""


def epochs_bound() -> Bound:
    """``--epochs``: as many as there may be iterations (the iterations are checked after)."""
    return Bound(1, BOUNDS["iters_num"].high, whole=True)


def iterations_for_epochs(epochs: int, iter_per_epoch: int) -> int:
    """``(epochs - 1) * iter_per_epoch + 1``.

    The book's loop measures the accuracy at ``i % iter_per_epoch == 0``; these
    iterations have exactly ``epochs`` such ``i`` (0, ipe, ..., (epochs - 1) * ipe),
    as ``ch06``'s ``max_epochs = 201`` loop has 201 points.
    """
    return (epochs - 1) * iter_per_epoch + 1


def default_learning_rate(optimizer: str) -> float:
    """With SGD chapter 4's 0.1 (``TrainConfig``'s); otherwise the book's default ``lr``."""
    return DEFAULTS.learning_rate if optimizer == "sgd" else BOOK_LEARNING_RATES[optimizer]


def _users(name: str) -> str:
    return " or ".join(opt for opt, names in OPTIMIZER_SETTINGS.items() if name in names)


def _add_network_flags(train: argparse.ArgumentParser) -> None:
    d = DEFAULTS
    group = train.add_argument_group("network (chapters 5 and 6)")
    group.add_argument(
        "--hidden",
        type=hidden_sizes,
        default=d.hidden_sizes,
        metavar="N[,N...]",
        help=f"units of each hidden layer, e.g. 50 (chapter 4) or 100,100,100,100 (chapter 6): "
        f"{range_text('hidden_layers')} layers of {range_text('hidden_size')} units "
        f"(default {','.join(map(str, d.hidden_sizes))})",
    )
    group.add_argument(
        "--activation",
        choices=ACTIVATIONS,
        default=d.activation,
        help=f"activation of the hidden layers (default {d.activation})",
    )
    inits = group.add_mutually_exclusive_group()
    inits.add_argument(
        "--init",
        dest="weight_init_std",
        type=weight_init,
        default=d.weight_init_std,
        metavar="{STD,xavier,he,sigmoid,relu}",
        help=f"initial weights: a standard deviation, {range_text('weight_init_std')}, or "
        "xavier (sqrt(1/n), the book's 'sigmoid') or he (sqrt(2/n), the book's 'relu'), "
        f"n the size of the layer before (default {d.weight_init_std})",
    )
    inits.add_argument(
        "--weight-init-std",
        dest="weight_init_std",
        type=weight_init,
        default=d.weight_init_std,
        metavar="STD",
        help=f"the same as --init, {range_text('weight_init_std')} (chapter 4's name)",
    )
    group.add_argument(
        "--weight-decay",
        dest="weight_decay_lambda",
        type=setting("weight_decay_lambda"),
        default=d.weight_decay_lambda,
        metavar="LAMBDA",
        help="L2 weight decay: the loss gains 0.5 * LAMBDA * sum(W ** 2) per layer, "
        f"{range_text('weight_decay_lambda')} (default {d.weight_decay_lambda:g}: none)",
    )
    group.add_argument(
        "--dropout",
        dest="dropout_ratio",
        type=setting("dropout_ratio"),
        default=d.dropout_ratio,
        metavar="RATIO",
        help=f"share of hidden units dropped while training, {range_text('dropout_ratio')} "
        f"(default {d.dropout_ratio:g}: no dropout layers)",
    )
    group.add_argument(
        "--batch-norm",
        dest="use_batchnorm",
        action="store_true",
        help="batch normalisation after every hidden Affine layer",
    )


def _add_optimizer_flags(train: argparse.ArgumentParser) -> None:
    d = DEFAULTS
    book = ", ".join(f"{name} {lr:g}" for name, lr in BOOK_LEARNING_RATES.items() if name != "sgd")
    group = train.add_argument_group("optimizer")
    group.add_argument(
        "--optimizer",
        choices=OPTIMIZER_NAMES,
        default=d.optimizer,
        help=f"the book's optimizers of common/optimizer.py (default {d.optimizer})",
    )
    group.add_argument(
        "--lr",
        type=setting("learning_rate"),
        default=None,
        metavar="RATE",
        help=f"learning rate, {range_text('learning_rate')} (default {d.learning_rate:g} with "
        f"sgd, as chapter 4; with another optimizer the book's default for it: {book})",
    )
    for name, (flag, meaning) in OPTIMIZER_FLAGS.items():
        group.add_argument(
            flag,
            dest=name,
            type=setting(name),
            default=None,
            metavar="X",
            help=f"{meaning}, {range_text(name)} (default {getattr(d, name):g}; "
            f"--optimizer {_users(name)} only)",
        )


def _add_schedule_flags(train: argparse.ArgumentParser) -> None:
    d = DEFAULTS
    group = train.add_argument_group("training")
    group.add_argument(
        "--dataset",
        choices=DATASETS,
        default=d.dataset,
        help="the bundled set to train on: "
        + ", ".join(f"{name} ({TITLES[name]})" for name in DATASETS)
        + f" (default {d.dataset}); with --data-dir, what its files hold",
    )
    length = group.add_mutually_exclusive_group()
    length.add_argument(
        "--iters",
        type=setting("iters_num"),
        default=d.iters_num,
        metavar="N",
        help=f"number of iterations, {range_text('iters_num')} (default {d.iters_num})",
    )
    length.add_argument(
        "--epochs",
        type=within(epochs_bound()),
        metavar="E",
        help="train (E - 1) * iter_per_epoch + 1 iterations instead, where iter_per_epoch = "
        "max(training images // batch size, 1) (600 for 60,000 images in batches of 100): "
        "the accuracy is measured at iterations 0, iter_per_epoch, 2 * iter_per_epoch, ..., "
        "E times, as the book's max_epochs loop does; the iterations must stay within "
        f"{range_text('iters_num')}",
    )
    group.add_argument(
        "--batch-size",
        type=setting("batch_size"),
        default=d.batch_size,
        metavar="N",
        help=f"images per iteration, {range_text('batch_size')} (default {d.batch_size})",
    )
    group.add_argument(
        "--train-size",
        type=setting("train_size"),
        default=d.train_size,
        metavar="N",
        help=f"train on the first N training images, {range_text('train_size')} "
        "(default all; the book's overfitting experiments use 300)",
    )
    group.add_argument(
        "--sampling",
        choices=SAMPLINGS,
        default=d.sampling,
        help="replacement: each batch drawn at random with replacement, as the book; "
        f"shuffle: each epoch sees every image once (default {d.sampling})",
    )
    group.add_argument(
        "--seed",
        type=setting("seed"),
        default=d.seed,
        metavar="N",
        help=f"random seed for weights, minibatches and dropout, {range_text('seed')} "
        f"(default {d.seed})",
    )
    group.add_argument(
        "--gradient",
        choices=GRADIENT_METHODS,
        default=d.gradient,
        help="how to get the gradient: backprop (default) or numerical, the book's slow "
        "central differences (vectorised here: about 15x slower than backprop; for the "
        "two-layer sigmoid network only)",
    )


def add_train_settings(train: argparse.ArgumentParser) -> None:
    """Add the flags of every ``TrainConfig`` setting to the ``train`` subcommand.

    Every bound shown in ``--help`` is read from ``BOUNDS`` when the parser is built.
    """
    _add_network_flags(train)
    _add_optimizer_flags(train)
    _add_schedule_flags(train)


def _refuse_mixed_settings(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    for name, (flag, _) in OPTIMIZER_FLAGS.items():
        if getattr(args, name) is not None and name not in OPTIMIZER_SETTINGS[args.optimizer]:
            parser.error(
                f"{flag} is a setting of --optimizer {_users(name)}, not of {args.optimizer}"
            )
    if args.train_size is not None and args.batch_size > args.train_size:
        parser.error(
            f"--batch-size {args.batch_size:,} is larger than --train-size "
            f"{args.train_size:,}: choose a batch of at most {args.train_size:,} images"
        )


def train_config(
    args: argparse.Namespace, parser: argparse.ArgumentParser, train_images: int | None
) -> TrainConfig:
    """The ``TrainConfig`` the ``train`` flags name; a one-line error (status 2) otherwise.

    Parameters
    ----------
    args : argparse.Namespace
        From a parser given ``add_train_settings``.
    parser : argparse.ArgumentParser
        Its ``error`` reports settings that cannot go together.
    train_images : int or None
        Images in the training set, for ``--epochs``; None while it is not known
        (a ``--data-dir`` not loaded yet): call ``with_epochs`` once it is.

    Returns
    -------
    TrainConfig
        With ``iters_num`` from ``--epochs`` if given, and the learning rate
        from ``default_learning_rate`` if ``--lr`` was not.
    """
    _refuse_mixed_settings(args, parser)
    chosen = {name: getattr(args, name) for name in OPTIMIZER_FLAGS}
    lr = args.lr if args.lr is not None else default_learning_rate(args.optimizer)
    try:
        config = TrainConfig(
            hidden_sizes=args.hidden,
            learning_rate=lr,
            batch_size=args.batch_size,
            iters_num=args.iters,
            weight_init_std=args.weight_init_std,
            seed=args.seed,
            gradient=args.gradient,
            activation=args.activation,
            optimizer=args.optimizer,
            weight_decay_lambda=args.weight_decay_lambda,
            dropout_ratio=args.dropout_ratio,
            use_batchnorm=args.use_batchnorm,
            train_size=args.train_size,
            sampling=args.sampling,
            dataset=args.dataset,
            **{name: value for name, value in chosen.items() if value is not None},
        )
    except ConfigError as exc:
        parser.error(str(exc))
    if args.epochs is None or train_images is None:
        return config
    return with_epochs(config, args.epochs, train_images, parser)


def with_epochs(
    config: TrainConfig, epochs: int, train_images: int, parser: argparse.ArgumentParser
) -> TrainConfig:
    """``config`` with the iterations of ``epochs`` epochs over ``train_images`` images."""
    per_epoch = config.iter_per_epoch(train_images)
    iters = iterations_for_epochs(epochs, per_epoch)
    most = BOUNDS["iters_num"].high
    if iters > most:
        parser.error(
            f"--epochs {epochs:,} means {iters:,} iterations ({epochs - 1:,} epochs of "
            f"{per_epoch:,}, plus one), more than {most:,}"
        )
    return replace(config, iters_num=iters)
