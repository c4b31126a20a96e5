"""Start-to-first-loss-point: from pressing Start to the first loss on the plot, in the window.

Each checkout runs in its own interpreter (offscreen): the window is shown, and
then, ``--repeats`` times, Start is pressed and the time until the loss plot
holds a point is measured; the run is stopped and reset in between. The first
Start of the old window started a new process each time; the new one keeps its
training process, which the real app starts as soon as the window appears
(``--prepare`` does the same here, and waits 2 s before the first Start).

    uv run python benchmarks/bench_first_loss.py --prepare
    uv run python benchmarks/bench_first_loss.py --other ../old    # the old checkout too
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
    from PySide6.QtWidgets import QApplication
    from core.blas import use_training_blas_threads
    from gui.main_window import MainWindow

    use_training_blas_threads()
    app = QApplication(["bench"])
    window = MainWindow()
    window.show()

    def spin(seconds, until=lambda: False):
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.001)

    if sys.argv[2] == "prepare" and hasattr(window, "controller"):
        window.controller.prepare()
        spin(2.0)
    times = []
    for _ in range(int(sys.argv[1])):
        started = time.monotonic()
        window.start()
        spin(60, lambda: window.loss_plot.count > 0)
        times.append(time.monotonic() - started)
        window.stop()
        spin(60, lambda: not window.is_training_thread_running())
        window.reset()
        spin(0.2)
    print("RESULT " + " ".join(f"{t:.3f}" for t in times), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
"""


def measure(repo: Path, repeats: int, prepare: bool) -> list[float]:
    fields = run_child(repo, CHILD, repeats, "prepare" if prepare else "cold")
    return [float(value) for value in fields]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--prepare", action="store_true", help="start the process first")
    parser.add_argument("--other", type=Path, help="another checkout (with its .venv)")
    args = parser.parse_args()
    for name, repo in checkouts(args.other).items():
        times = measure(repo, args.repeats, args.prepare)
        median = sorted(times)[len(times) // 2]
        print(f"{name}: " + " ".join(f"{t:.2f}" for t in times) + f" s (median {median:.2f} s)")


if __name__ == "__main__":
    sys.exit(main())
