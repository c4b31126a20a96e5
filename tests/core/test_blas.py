"""One BLAS thread for training, however early the limit is set."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT


def test_the_limit_holds_when_set_before_numpy_is_imported():
    # A limit set before NumPy had loaded BLAS applied to nothing: the evaluation
    # thread's BLAS then span on the training core (the default run took 5.7 s, not 3.1).
    code = (
        "from core.blas import use_training_blas_threads\n"
        "use_training_blas_threads()\n"
        "from threadpoolctl import threadpool_info\n"
        "print(sorted({info['num_threads'] for info in threadpool_info() "
        "if info['user_api'] == 'blas'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[1]"
