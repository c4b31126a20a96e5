"""Time the book's chapter-4 training loop against ours, side by side.

Both sides train the 784-50-10 network with the book's settings (batch 100,
learning rate 0.1, seed 0) and measure train/test accuracy at the same schedule
(``i % 600 == 0``). Each side gets the data it is normally fed, loaded once
before any timing: the book float32 images in [0, 1] with float64 one-hot
labels (``benchmarks/book_reference.py``), ours uint8 images and integer labels,
as the command line gives it. Only the training loop is timed
(``time.perf_counter``), epoch evaluations included; building ``Trainer`` (which
converts the images to float32, as the book's loader does) is not.

The repeats run interleaved in one process, book then ours, the order swapped on
odd repeats. Run from the repository root::

    uv run python benchmarks/bench_train.py            # 10,000 iterations, 3 repeats
    uv run python benchmarks/bench_train.py --quick    # 1,200 iterations, 1 repeat
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import time
from pathlib import Path
from types import ModuleType

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

from core.blas import TRAINING_BLAS_THREADS
from core.data import load_mnist
from core.trainer import Dataset, TrainConfig, Trainer

SETTINGS = {"batch_size": 100, "learning_rate": 0.1, "hidden_size": 50, "seed": 0}


def load_book_reference() -> ModuleType:
    """Import the sibling ``book_reference.py`` from its file path (no ``sys.path`` change)."""
    path = Path(__file__).with_name("book_reference.py")
    spec = importlib.util.spec_from_file_location("book_reference", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def print_machine() -> None:
    """Print numpy's version, the BLAS thread pools, the CPU count and BLAS variables."""
    print(f"numpy {np.__version__}, os.cpu_count() = {os.cpu_count()}")
    for pool in threadpool_info():
        print(
            f"  {pool.get('user_api')}: internal_api={pool.get('internal_api')} "
            f"num_threads={pool.get('num_threads')} architecture={pool.get('architecture')}"
        )
    for name in ("OPENBLAS_CORETYPE", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
        if name in os.environ:
            print(f"  {name}={os.environ[name]}")


def time_book(book: ModuleType, data: Dataset, iters: int) -> tuple[float, float]:
    """Run the book's loop once.

    Parameters
    ----------
    book : ModuleType
        The ``book_reference`` module.
    data : Dataset
        Float32 images in [0, 1] and float64 one-hot labels.
    iters : int
        Number of iterations.

    Returns
    -------
    (seconds, final_test_acc) : tuple of float
    """
    (x, t), (xt, tt) = data
    start = time.perf_counter()
    _, _, test_acc_list = book.train_book(x, t, xt, tt, iters_num=iters, **SETTINGS)
    return time.perf_counter() - start, float(test_acc_list[-1])


def time_ours(data: Dataset, iters: int) -> tuple[float, float]:
    """Run our ``Trainer`` once; only ``run()`` is timed.

    Parameters
    ----------
    data : Dataset
        uint8 images and integer labels, as ``load_mnist(normalize=False)`` gives.
    iters : int
        Number of iterations.

    Returns
    -------
    (seconds, final_test_acc) : tuple of float
    """
    trainer = Trainer(TrainConfig.from_dict({"iters_num": iters, **SETTINGS}), data)
    # One BLAS thread, as the command line and the window set (core/blas.py); the
    # book's side keeps the library's default.
    with threadpool_limits(limits=TRAINING_BLAS_THREADS, user_api="blas"):
        start = time.perf_counter()
        for _event in trainer.run():
            pass
    return time.perf_counter() - start, float(trainer.epochs[-1].test_acc)


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` (``sys.argv[1:]`` by default), run the repeats, print; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iters", type=int, default=10_000, help="iterations per run")
    parser.add_argument("--repeats", type=int, default=3, help="pairs of runs")
    parser.add_argument("--quick", action="store_true", help="--iters 1200 --repeats 1")
    args = parser.parse_args(argv)
    if args.quick:
        args.iters, args.repeats = 1200, 1

    print_machine()
    book = load_book_reference()
    (x, t), (xt, tt) = load_mnist(normalize=True, one_hot_label=True)
    book_data = (x, t.astype(np.float64)), (xt, tt.astype(np.float64))
    our_data = load_mnist(normalize=False)
    print(f"{args.iters} iterations, {args.repeats} repeat(s)")
    times: dict[str, list[float]] = {"book": [], "ours": []}
    accs: dict[str, float] = {}
    ratios: list[float] = []
    for r in range(args.repeats):
        order = ("book", "ours") if r % 2 == 0 else ("ours", "book")
        for side in order:
            if side == "book":
                seconds, accs[side] = time_book(book, book_data, args.iters)
            else:
                seconds, accs[side] = time_ours(our_data, args.iters)
            times[side].append(seconds)
        ratios.append(times["book"][-1] / times["ours"][-1])
        print(
            f"  repeat {r} ({order[0]} first): book {times['book'][-1]:.3f} s, "
            f"ours {times['ours'][-1]:.3f} s, book/ours {ratios[-1]:.2f}x"
        )

    print(f"median book/ours: {statistics.median(ratios):.2f}x")
    for side in ("book", "ours"):
        print(
            f"median {side}: {statistics.median(times[side]):.3f} s, "
            f"final test acc {accs[side]:.4f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
