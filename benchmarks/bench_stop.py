"""Stop-to-buttons time: from pressing Stop to the window offering Continue, with a big network.

Trains ``--hidden`` units (1,000 by default) for a few seconds in the real window
(offscreen), presses Stop, and measures the time until Stop is disabled (the
window has taken the click in) and until Continue is enabled (the run has
stopped), while a 10 ms timer measures how late the event loop is meanwhile.
Drives the window by objectName only, so it also measures older checkouts:

    uv run python benchmarks/bench_stop.py                    # this checkout
    uv run python benchmarks/bench_stop.py --other ../old     # and another, one after the other
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkouts import checkouts, run_child

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main():
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QLineEdit
    from core.blas import use_training_blas_threads
    from gui.main_window import MainWindow

    use_training_blas_threads()
    app = QApplication(["bench"])
    window = MainWindow()
    window.show()
    find = lambda cls, name: window.findChild(cls, name)
    start, stop = find(QAbstractButton, "startButton"), find(QAbstractButton, "stopButton")
    hidden = find(QLineEdit, "hiddenLayersEdit")  # older checkouts: hiddenSizeSpin
    if hidden is not None:
        hidden.setText(sys.argv[1])
    else:
        find(QAbstractSpinBox, "hiddenSizeSpin").setValue(int(sys.argv[1]))
    find(QAbstractSpinBox, "iterationsSpin").setValue(1_000_000)

    def spin(seconds, until=lambda: False):
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.001)

    start.click()
    spin(float(sys.argv[2]))
    late = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=10)
    ticker.timeout.connect(lambda: late.append(max(clock.restart() - 10, 0)))
    clock.start()
    ticker.start()
    t0 = time.monotonic()
    stop.click()
    app.processEvents()
    taken = time.monotonic() - t0 if not stop.isEnabled() else None
    spin(60, lambda: start.isEnabled())
    stopped = time.monotonic() - t0
    spin(0.2)
    ticker.stop()
    worst = max(late) if late else 0
    print(f"RESULT {taken if taken is not None else -1:.3f} {stopped:.3f} {worst}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
"""


def measure(repo: Path, hidden: int, seconds: float) -> tuple[float, float, int]:
    taken, stopped, worst = run_child(repo, CHILD, hidden, seconds, timeout=300)
    return float(taken), float(stopped), int(worst)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=5.0, help="training before Stop")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--other", type=Path, help="another checkout (with its .venv)")
    args = parser.parse_args()
    for _ in range(args.repeats):
        for name, repo in checkouts(args.other).items():
            taken, stopped, worst = measure(repo, args.hidden, args.seconds)
            shown = "never disabled at once" if taken < 0 else f"{taken * 1000:.0f} ms"
            print(
                f"{name}: Stop taken in {shown}; Continue offered after {stopped:.2f} s; "
                f"event loop at most {worst} ms late meanwhile"
            )


if __name__ == "__main__":
    sys.exit(main())
