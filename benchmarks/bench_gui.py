"""Training speed in the window against the headless trainer, side by side.

Runs the book's run (10,000 iterations by default) headless and then in the
main window (offscreen, redrawing at its usual ~30 Hz), alternately, and
prints iterations per second for both and their ratio. The window's run is
timed from its first loss on screen to its last, so building the trainer
before and saving the run after are left out, as they are headless. Also
prints the 99th percentile of the GUI event loop's lateness, measured with a
10 ms timer during the window's runs.

    uv run python benchmarks/bench_gui.py              # 3 repeats of 10,000 iterations
    uv run python benchmarks/bench_gui.py --iters 3000 --repeats 1
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from core.blas import use_training_blas_threads
from core.data import load_mnist
from core.trainer import IterationEvent, TrainConfig, Trainer
from gui.controls_widget import RunState
from gui.main_window import MainWindow


def headless_rate(iters: int) -> float:
    """Iterations per second of ``Trainer.run()`` with nothing else going on."""
    trainer = Trainer(TrainConfig(iters_num=iters), load_mnist(normalize=False))
    start = None
    for event in trainer.run():
        if start is None and isinstance(event, IterationEvent):
            start = time.perf_counter()
    return (iters - 1) / (time.perf_counter() - start)


def window_rate(app: QApplication, iters: int) -> tuple[float, float]:
    """Iterations per second in the window, and the event loop's p99 lateness in ms."""
    window = MainWindow()
    window.show()
    window.controls.iterations_spin.setValue(iters)
    first: list[float] = []
    last: list[float] = []
    lateness: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: lateness.append(max(clock.restart() - 10, 0)))
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)

    def on_poll() -> None:
        if not first and window.loss_plot.count:
            first.append(time.perf_counter())
            clock.start()
            ticker.start()
        if not last and window.loss_plot.count == iters:
            last.append(time.perf_counter())
            ticker.stop()
        if window.state is RunState.FINISHED and not window.is_training_thread_running():
            loop.quit()

    poll.timeout.connect(on_poll)
    poll.start()
    window.start()
    loop.exec()
    poll.stop()
    window.close()
    window.deleteLater()
    app.processEvents()
    # From the first loss on screen to the last: the run's own pace, without building
    # the trainer before it or saving the run after it.
    return (iters - 1) / (last[0] - first[0]), float(np.percentile(lateness[1:], 99))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iters", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    use_training_blas_threads()
    app = QApplication([])
    ratios, lates = [], []
    for repeat in range(args.repeats):
        headless = headless_rate(args.iters)
        windowed, late = window_rate(app, args.iters)
        ratios.append(windowed / headless)
        lates.append(late)
        print(
            f"repeat {repeat}: headless {headless:,.0f} it/s, window {windowed:,.0f} it/s, "
            f"window/headless {windowed / headless:.2f}, GUI lateness p99 {late:.0f} ms"
        )
    print(f"median window/headless: {statistics.median(ratios):.2f}")
    print(f"median GUI lateness p99: {statistics.median(lates):.0f} ms")


if __name__ == "__main__":
    main()
