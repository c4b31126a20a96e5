"""Time from starting Python to the main window on screen (offscreen), for one or two checkouts.

Each repeat starts a fresh interpreter that does what ``mnist-trainer`` does up to the
first paint (imports, QApplication, MainWindow, show, one turn of the event loop) and
prints when it got there; the time is measured from just before the process starts.

    uv run python benchmarks/bench_startup.py                  # this checkout, 5 repeats
    uv run python benchmarks/bench_startup.py --other ../old   # and another one, interleaved
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from checkouts import checkouts, run_child

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication
from gui.main_window import MainWindow
app = QApplication(["mnist-trainer"])
pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
window = MainWindow()
window.show()
app.processEvents()
print(f"RESULT {time.time()!r}", flush=True)
os._exit(0)
"""


def startup_seconds(repo: Path) -> float:
    """Seconds from launching a Python in ``repo``'s environment to its window shown."""
    started = time.time()
    (shown,) = run_child(repo, CHILD, timeout=120)
    return float(shown) - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--other", type=Path, help="another checkout (with its .venv) to compare")
    args = parser.parse_args()
    repos = checkouts(args.other)
    times: dict[str, list[float]] = {name: [] for name in repos}
    for _ in range(args.repeats):
        for name, repo in repos.items():  # interleaved: the same machine load for both
            times[name].append(startup_seconds(repo))
    for name, values in times.items():
        print(
            f"{name}: median {statistics.median(values):.2f} s "
            f"(min {min(values):.2f}, max {max(values):.2f}) over {len(values)} starts"
        )


if __name__ == "__main__":
    sys.exit(main())
