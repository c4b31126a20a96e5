"""The event loop's lateness through a long run: p99 per minute of a 1,000,000-iteration run.

Starts the window (offscreen) on a run of ``--iters`` iterations, and for
``--minutes`` measures how late a 10 ms timer fires, the way a learner would feel
the window stutter. Prints the 99th percentile and the maximum for each minute,
with the iterations done by then. A long run must stay as smooth as a short one:

    uv run python benchmarks/bench_lateness.py                 # 5 minutes of 1,000,000 iterations
    uv run python benchmarks/bench_lateness.py --minutes 1
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iters", type=int, default=1_000_000)
    parser.add_argument("--minutes", type=float, default=5.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication

    from core.blas import use_training_blas_threads
    from gui.main_window import MainWindow

    use_training_blas_threads()
    app = QApplication([])
    app.setApplicationName("bench-lateness")
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.findChild(QAbstractSpinBox, "iterationsSpin").setValue(args.iters)
    window.findChild(QAbstractButton, "startButton").click()

    lateness: list[tuple[float, int]] = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=10)
    started = time.monotonic()
    ticker.timeout.connect(
        lambda: lateness.append((time.monotonic() - started, max(clock.restart() - 10, 0)))
    )
    clock.start()
    ticker.start()
    loop = QEventLoop()
    QTimer.singleShot(int(args.minutes * 60_000) + 1500, loop.quit)  # after the last report
    minute = 1
    report = QTimer(interval=1000)

    def on_report() -> None:
        nonlocal minute
        elapsed = time.monotonic() - started
        if elapsed < 60 * minute:
            return
        late = np.array([value for at, value in lateness if minute - 1 <= at / 60 < minute])
        done = len(window.session.history) if hasattr(window, "session") else -1
        print(
            f"minute {minute}: p99 {np.percentile(late, 99):.0f} ms, max {late.max()} ms, "
            f"{done:,} iterations done",
            flush=True,
        )
        minute += 1

    report.timeout.connect(on_report)
    report.start()
    loop.exec()
    ticker.stop()
    window.close()


if __name__ == "__main__":
    sys.exit(main())
