"""Open the window, train for a while, and save a screenshot (for the README).

Run under a real X server (Xvfb) to see the window as a user does::

    Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb uv run python docs/screenshot.py docs/screenshot.png
    DISPLAY=:99 QT_QPA_PLATFORM=xcb uv run python docs/screenshot.py docs/screenshot-ja.png \
        --lang ja --theme dark

Chinese, Japanese and Korean need a CJK font (Debian: ``fonts-noto-cjk``).

It also works offscreen (``QT_QPA_PLATFORM=offscreen``), without window decorations.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from core.blas import use_training_blas_threads
from gui import i18n
from gui.appearance import THEMES, appearance
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


def draw_seven(pad: QWidget) -> None:
    """Write a 7 on the pad with the mouse, as a learner would."""
    side = min(pad.width(), pad.height())
    left, top = (pad.width() - side) // 2, (pad.height() - side) // 2

    def at(fx: float, fy: float) -> QPoint:
        return QPoint(left + int(fx * side), top + int(fy * side))

    path = [(0.28, 0.22), (0.5, 0.2), (0.72, 0.21), (0.62, 0.45), (0.52, 0.65), (0.46, 0.82)]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=at(*path[0]))
    for point in path[1:]:
        QTest.mouseMove(pad, at(*point))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=at(*path[-1]))
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=at(0.42, 0.5))
    QTest.mouseMove(pad, at(0.7, 0.5))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=at(0.7, 0.5))


def main(
    path: str = "docs/screenshot.png",
    iterations: int = 10_000,
    *,
    language: str = "en",
    theme: str = "system",
    size: tuple[int, int] = (1400, 900),
) -> None:
    use_training_blas_threads()
    settings_dir = tempfile.mkdtemp()  # a fresh layout; the user's settings and runs untouched
    os.environ["MNIST_TRAINER_DATA"] = settings_dir
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
    app = QApplication(sys.argv[:1])
    i18n.switcher().set_language(language)
    appearance().set_theme(theme)
    window = MainWindow()
    window.resize(*size)
    window.show()
    window.controls.iterations_spin.setValue(iterations)
    window.start()
    wait_until(app, lambda: window.session.finished and not window.is_training_thread_running())
    draw_seven(window.reader.pad)
    window.reader.read_now()
    view = window.weights_view
    x, y = view.mosaic_layout.tile_origin(0)
    half = view.mosaic_layout.tile // 2
    view.show_unit_at(view.origin[0] + x + half, view.origin[1] + y + half)  # mouse on unit 0
    window.accuracy_plot.show_hover_at(12)
    wait_until(app, lambda: False, timeout=0.5)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(path)
    print(f"saved {path}")
    window.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="docs/screenshot.png")
    parser.add_argument("--iters", type=int, default=10_000)
    parser.add_argument("--lang", default="en", choices=list(i18n.LANGUAGES))
    parser.add_argument("--theme", default="system", choices=THEMES)
    parser.add_argument("--size", default="1400x900", help="WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    main(args.path, args.iters, language=args.lang, theme=args.theme, size=(width, height))
