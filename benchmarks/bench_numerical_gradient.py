"""Time the book's numerical gradient against ``numerical_gradient_fast``.

The default network of the book (784-50-10, float64, seed 0) and a batch of the
first 100 MNIST training images (float32 in [0, 1], as the book loads them).
The book's loop (``TwoLayerNet.numerical_gradient``: two forward passes for each
of the 39,760 parameters) runs once; the fast one (``method="series"``) runs
``--repeats`` times and its median is reported, as is one run of the literal
broadcasting version (``method="direct"``). BLAS uses one thread, as in training.
Run from the repository root::

    uv run python benchmarks/bench_numerical_gradient.py           # book's loop in full, ~30 s
    uv run python benchmarks/bench_numerical_gradient.py --quick   # book's loop on W2, b2 only

``--quick`` times the book's loop on the 510 elements of ``W2`` and ``b2`` and
EXTRAPOLATES to all 39,760 (every element costs the same two ``loss`` calls); the
accuracy is then reported on ``W2`` and ``b2`` only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import numpy as np
from threadpoolctl import threadpool_info

from core.blas import use_training_blas_threads
from core.data import load_mnist
from core.fast_gradient import PARAM_KEYS, numerical_gradient_fast
from core.gradient import H, numerical_gradient
from core.network import TwoLayerNet


def timed(function, *args, **kwargs):
    """``(seconds, result)`` of one call."""
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def book_gradient(network: TwoLayerNet, x, t, keys) -> dict[str, np.ndarray]:
    """The book's loop on ``keys`` (all four: exactly ``network.numerical_gradient``)."""
    if tuple(keys) == PARAM_KEYS:
        return network.numerical_gradient(x, t)

    def loss_W(W: np.ndarray) -> float:
        return network.loss(x, t)

    return {key: numerical_gradient(loss_W, network.params[key]) for key in keys}


def report_accuracy(fast: dict, book: dict, loss: float) -> None:
    """Largest absolute and relative differences, in units of the book's rounding noise."""
    noise = float(np.spacing(loss)) / (2 * H)  # one ulp of the loss, divided by 2h
    diff = np.concatenate([np.abs(fast[key] - book[key]).ravel() for key in book])
    ref = np.concatenate([np.abs(book[key]).ravel() for key in book])
    ulps = diff.max() / noise
    print(f"max |fast - book|            : {diff.max():.3e} ({ulps:.1f} ulps of the loss / 2h)")
    for floor in (1e-4, 16 * noise / 1e-6):
        big = ref >= floor
        print(
            f"max relative, |book| >= {floor:.1e}: {(diff[big] / ref[big]).max():.3e} "
            f"({big.sum()} of {ref.size} elements)"
        )
    nonzero = ref > 0
    worst = (diff[nonzero] / ref[nonzero]).max()
    print(f"max relative, all nonzero    : {worst:.3e} (tiny elements)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="book's loop on W2, b2; extrapolated")
    parser.add_argument("--repeats", type=int, default=21, help="runs of the fast gradient")
    args = parser.parse_args()

    use_training_blas_threads()
    print(f"numpy {np.__version__}, os.cpu_count() = {os.cpu_count()}")
    for pool in threadpool_info():
        print(f"  {pool.get('internal_api')}: num_threads={pool.get('num_threads')}")

    (x_train, t_train), _ = load_mnist()
    x, t = x_train[:100], t_train[:100]
    network = TwoLayerNet(784, 50, 10, rng=0)
    n_params = sum(p.size for p in network.params.values())

    numerical_gradient_fast(network, x, t)  # warm-up
    fast_times = [timed(numerical_gradient_fast, network, x, t)[0] for _ in range(args.repeats)]
    fast_s = statistics.median(fast_times)
    fast = numerical_gradient_fast(network, x, t)
    direct_s, _ = timed(numerical_gradient_fast, network, x, t, method="direct")

    keys = ("W2", "b2") if args.quick else PARAM_KEYS
    n_timed = sum(network.params[key].size for key in keys)
    print(f"book's loop on {'+'.join(keys)} ({n_timed:,} of {n_params:,} elements) ...", flush=True)
    book_s, book = timed(book_gradient, network, x, t, keys)
    if args.quick:
        book_s *= n_params / n_timed
        label = f"book's loop (EXTRAPOLATED from {n_timed} elements)"
    else:
        label = "book's loop (one run, measured)"

    print(f"{label:48s}: {book_s:9.3f} s")
    series_label = f"fast, method=series (median of {args.repeats})"
    print(f"{series_label:48s}: {fast_s * 1e3:9.3f} ms")
    print(f"{'fast, method=direct (one run)':48s}: {direct_s * 1e3:9.3f} ms")
    print(f"ratio book / series: {book_s / fast_s:,.0f}x")
    print(f"ratio book / direct: {book_s / direct_s:,.0f}x")
    report_accuracy({key: fast[key] for key in keys}, book, network.loss(x, t))


if __name__ == "__main__":
    main()
