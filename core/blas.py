"""The BLAS thread count, set once per process.

The training loop's minibatch products are small: one BLAS thread does them
fastest, and the accuracy evaluation that runs beside the loop (and the
window, when there is one) then has the other core. Two BLAS threads there
fight both. The count is set once, when a program starts: changing it back
and forth from several threads was seen to leave OpenBLAS using two threads
whatever it was told afterwards.
"""

from __future__ import annotations

from threadpoolctl import threadpool_limits

TRAINING_BLAS_THREADS = 1


def use_training_blas_threads(threads: int = TRAINING_BLAS_THREADS) -> None:
    """Limit BLAS to ``threads`` threads for the rest of the process."""
    import numpy  # noqa: F401  (loads BLAS: a limit set before that would apply to nothing)

    threadpool_limits(limits=threads, user_api="blas")
