"""Open the window, train for a while, and save a screenshot (for the README).

Run under a real X server (Xvfb) to see the window as a user does::

    Xvfb :99 -screen 0 1400x900x24 -nolisten tcp &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb uv run python docs/screenshot.py docs/screenshot.png

It also works offscreen (``QT_QPA_PLATFORM=offscreen``), without window decorations.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from core.blas import use_training_blas_threads
from gui.controls_widget import RunState
from gui.main_window import MainWindow


def wait_until(app: QApplication, condition, timeout: float = 120.0) -> None:
    """Run the event loop until ``condition()`` is true."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    deadline = time.monotonic() + timeout
    timer.timeout.connect(lambda: (condition() or time.monotonic() > deadline) and loop.quit())
    timer.start()
    loop.exec()
    timer.stop()


def main(path: str = "docs/screenshot.png", iterations: int = 10_000) -> None:
    use_training_blas_threads()
    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.resize(1360, 820)
    window.show()
    window.controls.iterations_spin.setValue(iterations)
    window.start()
    wait_until(app, lambda: window.state is RunState.FINISHED and not window.is_training_thread_running())
    window.weights_view.show_unit_at(14, 14)  # as if the mouse rested on unit 0
    window.accuracy_plot.show_hover_at(12)
    wait_until(app, lambda: False, timeout=0.5)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(path)
    print(f"saved {path}")
    window.close()


if __name__ == "__main__":
    main(*sys.argv[1:2])
