"""Time the book's chapter-6 optimizer comparison against ours, side by side.

The book's ``ch06/optimizer_compare_mnist.py`` trains 784-100-100-100-100-10
(ReLU, He's initial weights, batch 128, 2,000 iterations) with SGD, Momentum,
AdaGrad and Adam at their default learning rates (0.01, 0.01, 0.01, 0.001).
For each optimizer this runs, in one process:

- book: a faithful copy (``benchmarks/book_ch06.py``): float64, the global
  ``np.random``, float32 images in [0, 1] as its ``load_mnist(normalize=True)``
  gives them, a second forward pass for the loss;
- ours: ``core.multi_layer_net.MultiLayerNet`` in float32 with
  ``core.optimizer.make_optimizer``, one forward and one backward pass per
  iteration (``loss_and_gradient``), fed uint8 pixels gathered and divided by
  255 a batch at a time, as ``core.trainer.Trainer`` does;
- trainer: the app's ``Trainer`` with the same settings, when it accepts them
  (epoch accuracies measured beside the loop included, as in the app);
  skipped with a note otherwise.

Only the training loop is timed (``time.perf_counter``); loading the data and
building the networks is not. BLAS uses one thread for the whole process
(``core.blas.use_training_blas_threads``, as the command line and the window
set it), book included: on an idle 2-core machine the book's loop is about 15%
faster with the library's default of two threads, but on a busy one two
threads made it several times slower, so one thread is the steadier yardstick.
The repeats are interleaved, the order of the sides reversed on odd repeats;
the medians are reported. Repeat ``r`` uses seed ``r`` on every side.

Final loss: the mean of the last 100 iterations' losses. The book's list
holds each batch's loss after its update (a second forward pass); ours is the
loss the gradient was taken on, before the update, so the two are compared
through the book's own loss before the update (which its ``gradient`` computes
anyway). The sides draw different random numbers (``np.random`` against
``np.random.Generator``), so they agree only to within noise: ``se`` is the
standard error of the difference of the two means (from the spread of the last
100 losses; with ``--repeats`` above 1, from the spread of the per-seed
differences). Run from the repository root::

    uv run python benchmarks/bench_optimizer_compare.py              # 2,000 iterations, 1 repeat
    uv run python benchmarks/bench_optimizer_compare.py --iters 200  # a quick look
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import book_ch06
import numpy as np
from bench_train import print_machine

from core.blas import use_training_blas_threads
from core.config import BOOK_LEARNING_RATES, TrainConfig
from core.data import load_mnist
from core.multi_layer_net import MultiLayerNet
from core.optimizer import make_optimizer
from core.trainer import Trainer

OPTIMIZERS = ("sgd", "momentum", "adagrad", "adam")
HIDDEN = (100, 100, 100, 100)
BATCH_SIZE = 128
TAIL = 100
"""Iterations at the end whose mean loss is the final loss."""

Run = tuple[float, np.ndarray, np.ndarray]
"""One training run: ``(seconds, loss_before_update, loss_as_recorded)``.

Each array is ``(iters,)`` float64: the loss of each batch before its update, and
the loss the loop records (after the update in the book, the same array in ours).
"""


def time_book(name: str, data: tuple[np.ndarray, np.ndarray], iters: int, seed: int) -> Run:
    """The book's loop (``book_ch06.train_book_ch06``) with optimizer ``name``.

    ``data``: float32 images ``(N, 784)`` in [0, 1] and integer labels ``(N,)``.
    """
    x, t = data
    start = time.perf_counter()
    after, before = book_ch06.train_book_ch06(x, t, name, iters, BATCH_SIZE, seed)
    seconds = time.perf_counter() - start
    return seconds, np.asarray(before, dtype=np.float64), np.asarray(after, dtype=np.float64)


def time_ours(name: str, data: tuple[np.ndarray, np.ndarray], iters: int, seed: int) -> Run:
    """Our network and optimizer in the trainer's loop shape, with optimizer ``name``.

    ``data``: uint8 images ``(N, 784)`` and integer labels ``(N,)``; each batch
    is drawn with ``rng.integers`` (with replacement, as the book) and converted
    to float32 / 255 in preallocated arrays, as ``Trainer._loop`` does.
    """
    x, t = data
    rng = np.random.default_rng(seed)
    network = MultiLayerNet(
        784, list(HIDDEN), 10, activation="relu", weight_init_std="he", rng=rng, dtype=np.float32
    )
    optimizer = make_optimizer(name, BOOK_LEARNING_RATES[name])
    pixels = np.empty((BATCH_SIZE, x.shape[1]), dtype=np.uint8)
    x_batch = np.empty(pixels.shape, dtype=np.float32)
    losses = np.empty(iters)
    start = time.perf_counter()
    for i in range(iters):
        batch_mask = rng.integers(0, len(x), BATCH_SIZE)
        np.take(x, batch_mask, axis=0, out=pixels)
        np.copyto(x_batch, pixels)
        x_batch /= np.float32(255.0)
        loss, grads = network.loss_and_gradient(x_batch, t[batch_mask])
        optimizer.update(network.params, grads)
        losses[i] = loss
    return time.perf_counter() - start, losses, losses


def make_trainer(name: str, data, iters: int, seed: int) -> Trainer | None:
    """The app's ``Trainer`` for this run, or None (with a printed note) if it cannot train it."""
    config = TrainConfig(
        hidden_sizes=HIDDEN,
        activation="relu",
        weight_init_std="he",
        optimizer=name,
        learning_rate=BOOK_LEARNING_RATES[name],
        batch_size=BATCH_SIZE,
        iters_num=iters,
        seed=seed,
    )
    try:
        trainer = Trainer(config, data)
    except Exception as error:  # any refusal means: not wired yet
        print(f"  trainer skipped: Trainer refused the settings ({error!r})")
        return None
    n_weights = sum(key.startswith("W") for key in trainer.network.params)
    if n_weights != len(HIDDEN) + 1:
        print(
            f"  trainer skipped: Trainer built {type(trainer.network).__name__} with "
            f"{n_weights} weight matrices; not wired for chapter 6 yet"
        )
        return None
    return trainer


def time_trainer(name: str, data, iters: int, seed: int) -> Run | None:
    """``Trainer.run()`` with optimizer ``name``, timed; None if the trainer is not wired."""
    trainer = make_trainer(name, data, iters, seed)
    if trainer is None:
        return None
    start = time.perf_counter()
    for _event in trainer.run():
        pass
    losses = trainer.train_loss_list.copy()
    return time.perf_counter() - start, losses, losses


def final_loss(losses: np.ndarray) -> tuple[float, float]:
    """Mean of the last ``TAIL`` losses and its standard error."""
    tail = losses[-TAIL:]
    return float(tail.mean()), float(tail.std(ddof=1) / np.sqrt(len(tail)))


def compare_losses(book: list[Run], other: list[Run]) -> tuple[float, float, float]:
    """``(other_loss, other - book, se)``: final losses (before the update) over the repeats.

    With one repeat ``se`` comes from the spread of the last ``TAIL`` losses of
    each side; with more, from the spread of the per-seed differences, which
    also holds the seed-to-seed variation of the whole run.
    """
    pairs = [(final_loss(b[1]), final_loss(o[1])) for b, o in zip(book, other, strict=True)]
    diffs = np.array([o[0] - b[0] for b, o in pairs])
    loss = float(np.mean([o[0] for _, o in pairs]))
    if len(pairs) == 1:
        (_, book_se), (_, other_se) = pairs[0]
        return loss, float(diffs[0]), float(np.hypot(book_se, other_se))
    return loss, float(diffs.mean()), float(diffs.std(ddof=1) / np.sqrt(len(diffs)))


def run_all(args: argparse.Namespace) -> dict[str, dict[str, list[Run]]]:
    """Every side for every optimizer, ``args.repeats`` times; ``runs[name][side]``."""
    (x_float, t), _ = load_mnist(normalize=True)
    our_data = load_mnist(normalize=False)
    sides: dict[str, Callable[[str, int], Run | None]] = {
        "book": lambda name, seed: time_book(name, (x_float, t), args.iters, seed),
        "ours": lambda name, seed: time_ours(name, our_data[0], args.iters, seed),
    }
    if not args.no_trainer:
        sides["trainer"] = lambda name, seed: time_trainer(name, our_data, args.iters, seed)
    runs: dict[str, dict[str, list[Run]]] = {name: {s: [] for s in sides} for name in OPTIMIZERS}
    for r in range(args.repeats):
        for name in OPTIMIZERS:
            order = list(sides) if r % 2 == 0 else list(reversed(sides))
            for side in order:
                result = sides[side](name, r)
                if result is None:
                    del sides[side]
                    for per_name in runs.values():
                        per_name.pop(side, None)
                    continue
                runs[name][side].append(result)
            seconds = ", ".join(f"{s} {runs[name][s][-1][0]:.2f} s" for s in runs[name])
            print(f"  repeat {r} {name:<8} ({order[0]} first): {seconds}", flush=True)
    return runs


def print_table(runs: dict[str, dict[str, list[Run]]]) -> None:
    """Median seconds and ratios per optimizer, then the final losses."""
    sides = list(runs[OPTIMIZERS[0]])
    header = f"{'optimizer':<9}" + "".join(f" {side + ' s':>9}" for side in sides)
    header += "".join(f" {'book/' + side:>12}" for side in sides[1:])
    print(header)
    for name, per_side in runs.items():
        seconds = {s: statistics.median(run[0] for run in per_side[s]) for s in sides}
        line = f"{name:<9}" + "".join(f" {seconds[s]:9.2f}" for s in sides)
        line += "".join(f" {seconds['book'] / seconds[s]:11.2f}x" for s in sides[1:])
        print(line)

    print(f"final loss (mean of the last {TAIL} iterations, averaged over the repeats):")
    header = f"{'optimizer':<9} {'book list':>9} {'book before':>11}"
    header += "".join(f" {side:>9} {side + '-book':>12} {'se':>6}" for side in sides[1:])
    print(header)
    for name, per_side in runs.items():
        book_listed = np.mean([final_loss(run[2])[0] for run in per_side["book"]])
        book = np.mean([final_loss(run[1])[0] for run in per_side["book"]])
        line = f"{name:<9} {book_listed:9.4f} {book:11.4f}"
        for side in sides[1:]:
            loss, diff, se = compare_losses(per_side["book"], per_side[side])
            line += f" {loss:9.4f} {diff:+12.4f} {se:6.4f}"
        print(line)


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` (``sys.argv[1:]`` by default), run, print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iters", type=int, default=2000, help="iterations per run")
    parser.add_argument("--repeats", type=int, default=1, help="runs of each side")
    parser.add_argument("--no-trainer", action="store_true", help="skip the app's Trainer")
    args = parser.parse_args(argv)
    if args.iters < TAIL:
        parser.error(f"--iters must be at least {TAIL} (the final loss is their mean)")

    use_training_blas_threads()
    print_machine()
    print(
        f"784-{'-'.join(map(str, HIDDEN))}-10 ReLU He, batch {BATCH_SIZE}, "
        f"{args.iters} iterations, {args.repeats} repeat(s)"
    )
    runs = run_all(args)
    print_table(runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
