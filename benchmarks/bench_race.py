"""Time a race trained in parallel worker processes against the same contestants in turn.

The race is the ``optimizer-compare`` preset (784-100-100-100-100-10, ReLU, He,
batch 128; SGD, Momentum, AdaGrad, Adam at the book's learning rates, one
shared minibatch sequence), shortened to ``--iters`` iterations:

- parallel: ``core.contestant_pool.train_contestants`` on ``--workers`` spawned
  processes, each loading MNIST once and training with one BLAS thread. The
  wall time includes starting the workers, loading the data in each and
  sending the results back: what a user waits for.
- sequential: the same four configs trained one after another in this process
  (``core.trainer.Trainer``, one BLAS thread, the data loaded once, which is
  timed too and reported apart).

Both sides run the Trainer's whole loop, epoch accuracies included, and skip
the final accuracy measurement. The repeats alternate which side goes first;
medians are reported, and the ratio sequential / parallel (above 1: the race is
faster in parallel). Run from the repository root::

    uv run python benchmarks/bench_race.py                # 300 iterations, 2 workers
    uv run python benchmarks/bench_race.py --iters 2000   # the book's full comparison
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from bench_train import print_machine

from core.blas import use_training_blas_threads
from core.config import TrainConfig
from core.contestant_pool import train_contestants
from core.data import Dataset, load_mnist
from core.experiments import EXPERIMENTS, shortened
from core.trainer import Trainer


def time_parallel(configs: list[TrainConfig], workers: int) -> tuple[float, list[np.ndarray]]:
    """Wall seconds of the whole pool, and each contestant's losses."""
    started = time.perf_counter()
    results = train_contestants(configs, workers=workers, measure_final=False)
    seconds = time.perf_counter() - started
    return seconds, [r.losses for r in results]


def time_sequential(configs: list[TrainConfig], data: Dataset) -> tuple[float, list[np.ndarray]]:
    """Wall seconds of training every contestant in turn here, and their losses."""
    losses = []
    started = time.perf_counter()
    for config in configs:
        trainer = Trainer(config, data)
        for _ in trainer.run():
            pass
        losses.append(trainer.train_loss_list.copy())
    return time.perf_counter() - started, losses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iters", type=int, default=300, help="iterations per contestant")
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--repeats", type=int, default=3, help="repeats of each side")
    args = parser.parse_args()
    use_training_blas_threads()
    print_machine()
    configs = list(shortened(EXPERIMENTS["optimizer-compare"], args.iters).contestants)
    started = time.perf_counter()
    data = load_mnist(normalize=False)
    load_seconds = time.perf_counter() - started
    parallel, sequential = [], []
    for repeat in range(args.repeats):
        sides = ["parallel", "sequential"][:: 1 if repeat % 2 == 0 else -1]
        for side in sides:
            if side == "parallel":
                seconds, parallel_losses = time_parallel(configs, args.workers)
                parallel.append(seconds)
            else:
                seconds, sequential_losses = time_sequential(configs, data)
                sequential.append(seconds)
            print(f"repeat {repeat + 1} {side:<10} {seconds:7.2f} s", flush=True)
    same = all(
        np.array_equal(a, b) for a, b in zip(parallel_losses, sequential_losses, strict=True)
    )
    p, s = statistics.median(parallel), statistics.median(sequential)
    print(f"{len(configs)} contestants x {args.iters:,} iterations, batch {configs[0].batch_size}")
    print(f"parallel ({args.workers} workers, start-up and loading included): {p:.2f} s")
    print(f"sequential (one process; loading MNIST once took {load_seconds:.2f} s more): {s:.2f} s")
    print(f"ratio sequential / parallel: {s / p:.2f} (medians)")
    best = min(sequential) / min(parallel)
    print(f"ratio of the fastest repeats: {best:.2f} (less hurt by other programs' load)")
    print(f"same losses on both sides: {same}")


if __name__ == "__main__":
    main()
