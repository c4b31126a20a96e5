"""What the look-inside measurements cost the training loop (issue 12: at most 5%).

The trainer measures every layer's gradient norm and relative update every
``core.trainer.STATS_EVERY`` (20) iterations, and at each epoch boundary the
test set's confusion matrix and a copy of the weights (``Trainer._gradient_stats``,
``Trainer._measure``). This times two runs with those measurements as they are
and switched off, in one process:

- the book's run: ``TrainConfig()`` (784-50-10 sigmoid, SGD, 10,000 iterations);
- a deep run: 784-100x4-10 ReLU, He, Adam (lr 0.001), 2,000 iterations.

"off" patches ``core.trainer.STATS_EVERY`` to a number larger than the run and
``Trainer._measure`` to the accuracy-only version (what the trainer measured
before issue 12); "gradients only" keeps the gradient statistics but uses the
accuracy-only epoch measurement, which says which of the two costs what.
Wall times on a shared 2-core machine are noisy, so the cost of one gradient
measurement is also timed directly and put against an iteration's time.
Each variant trains from the same seed and must give bit-identical losses (the
measurements only read the network). Only ``run()`` is timed, all its events
consumed; building the ``Trainer`` is not. The variants alternate, their order
rotated each repeat; medians are reported. Run from the repository root::

    uv run python benchmarks/bench_inside.py             # 5 repeats
    uv run python benchmarks/bench_inside.py --quick     # shorter runs, 2 repeats
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import statistics
import time
from collections.abc import Iterator

import numpy as np
from bench_train import print_machine

import core.trainer
from core.architecture import Network
from core.blas import use_training_blas_threads
from core.config import TrainConfig
from core.data import Dataset, load_mnist
from core.evaluation import evaluate_network
from core.trainer import Trainer

BOOK = TrainConfig()
DEEP = TrainConfig(
    hidden_sizes=(100, 100, 100, 100),
    activation="relu",
    weight_init_std="he",
    optimizer="adam",
    learning_rate=0.001,
    iters_num=2000,
)
VARIANTS = ("off", "gradients only", "all")
ORIGINAL_MEASURE = Trainer._measure


def accuracy_only_measure(self: Trainer, network: Network) -> core.trainer.Measurement:
    """The epoch measurement without the confusion matrix and the weights (as before issue 12)."""
    train_acc, test_acc = evaluate_network(network, self.dataset)
    return train_acc, test_acc, np.zeros((self.n_classes, self.n_classes), np.int64), {}


@contextlib.contextmanager
def measurements(variant: str) -> Iterator[None]:
    """Switch the trainer's measurements to ``variant`` (one of ``VARIANTS``) for a block."""
    saved = core.trainer.STATS_EVERY
    if variant == "off":
        core.trainer.STATS_EVERY = 1 << 60
    if variant != "all":
        Trainer._measure = accuracy_only_measure  # type: ignore[method-assign]
    try:
        yield
    finally:
        core.trainer.STATS_EVERY = saved
        Trainer._measure = ORIGINAL_MEASURE  # type: ignore[method-assign]


def time_run(config: TrainConfig, data: Dataset, variant: str) -> tuple[float, np.ndarray, int]:
    """Seconds for one ``Trainer.run()``, its losses ``(iters,)``, its ``GradientStats`` count."""
    trainer = Trainer(config, data)
    stats = 0
    with measurements(variant):
        start = time.perf_counter()
        for event in trainer.run():
            stats += isinstance(event, core.trainer.GradientStats)
        seconds = time.perf_counter() - start
    return seconds, trainer.train_loss_list.copy(), stats


def direct_costs(config: TrainConfig, data: Dataset, calls: int = 200) -> tuple[float, float]:
    """Seconds of one gradient measurement on the training thread, and of the epoch extras.

    The first is ``_weight_copies`` plus ``_gradient_stats`` (what the loop adds
    every ``STATS_EVERY`` iterations); the second what the confusion matrix and the
    weights add to an epoch's accuracy measurement, which runs on the evaluator thread.
    """
    trainer = Trainer(dataclasses.replace(config, iters_num=50), data)
    for _ in trainer.run():
        pass
    x, t = trainer.x_train[:100].astype(np.float32) / np.float32(255), trainer.t_train[:100]
    grads = None if trainer._fused_sgd else trainer.network.gradient(x, t)
    start = time.perf_counter()
    for i in range(calls):
        before = trainer._weight_copies()
        trainer._gradient_stats(i, before, grads, config.learning_rate)
    per_stats = (time.perf_counter() - start) / calls
    network = trainer.network.copy()
    extra = []
    for _ in range(3):
        start = time.perf_counter()
        accuracy_only_measure(trainer, network)
        middle = time.perf_counter()
        ORIGINAL_MEASURE(trainer, network)
        extra.append((time.perf_counter() - middle) - (middle - start))
    return per_stats, statistics.median(extra)


def bench(name: str, config: TrainConfig, data: Dataset, repeats: int) -> None:
    """Time ``config`` in every variant ``repeats`` times; print medians and slowdowns."""
    times: dict[str, list[float]] = {v: [] for v in VARIANTS}
    losses: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    for repeat in range(repeats):
        shift = repeat % len(VARIANTS)
        for variant in VARIANTS[shift:] + VARIANTS[:shift]:
            seconds, loss, count = time_run(config, data, variant)
            times[variant].append(seconds)
            losses.setdefault(variant, loss)
            counts[variant] = count
            print(f"  {name} repeat {repeat + 1} {variant:>14}: {seconds:6.2f} s", flush=True)
    same = all(np.array_equal(losses["off"], losses[v]) for v in VARIANTS)
    base = statistics.median(times["off"])
    print(f"{name}: {config.iters_num:,} iterations, {repeats} repeats, losses identical: {same}")
    for variant in VARIANTS:
        median = statistics.median(times[variant])
        fastest = min(times[variant]) / min(times["off"]) - 1
        print(
            f"  {variant:>14}: median {median:6.2f} s  slowdown {100 * (median / base - 1):+5.1f}%"
            f"  (fastest repeats {100 * fastest:+5.1f}%)  GradientStats {counts[variant]}"
        )
    per_stats, epoch_extra = direct_costs(config, data)
    per_iteration = base / config.iters_num
    print(
        f"  one gradient measurement {1e6 * per_stats:.0f} us on the training thread, "
        f"an iteration {1e6 * per_iteration:.0f} us: every {core.trainer.STATS_EVERY} iterations "
        f"{100 * per_stats / (core.trainer.STATS_EVERY * per_iteration):.1f}% of the loop"
    )
    print(
        f"  with the confusion matrix and weights an epoch's measurement takes "
        f"{1e3 * epoch_extra:+.1f} ms more than the accuracy alone (evaluator thread)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="1/5 of the iterations, 2 repeats")
    args = parser.parse_args()
    use_training_blas_threads()
    print_machine()
    (x_train, t_train), (x_test, t_test) = load_mnist(normalize=False)
    data: Dataset = ((x_train, t_train), (x_test, t_test))
    book, deep, repeats = BOOK, DEEP, args.repeats
    if args.quick:
        book = TrainConfig(iters_num=BOOK.iters_num // 5)
        deep = dataclasses.replace(DEEP, iters_num=DEEP.iters_num // 5)
        repeats = 2
    bench("book 784-50-10 sigmoid sgd", book, data, repeats)
    bench("deep 784-100x4-10 relu he adam", deep, data, repeats)


if __name__ == "__main__":
    main()
