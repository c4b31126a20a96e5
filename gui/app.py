"""Composition root of ``mnist-trainer``: the window, or the command line's subcommands."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

PREPARE_TRAINING_AFTER_MS = 300
QUIT_AFTER_ENV = "MNIST_TRAINER_QUIT_AFTER_MS"
"""Set to a number of milliseconds: the window quits that long after it is shown (a smoke test)."""


def _display_problem() -> str | None:
    """Why no window can open here, or None (Linux without X11/Wayland and no Qt platform)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "mnist-trainer: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
        "window cannot open. Run it on a desktop, or train without a window: "
        "mnist-trainer train --help"
    )


def run_window(argv: Sequence[str], model_path: str | None = None) -> int:
    """Open the main window and run the event loop until it closes."""
    problem = _display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    import pyqtgraph as pg
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from core.blas import use_training_blas_threads
    from gui.app_icon import app_icon
    from gui.main_window import MainWindow

    use_training_blas_threads()

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("MNIST Trainer")
    app.setOrganizationName("mnist-trainer")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("mnist-trainer")  # packaging/linux/mnist-trainer.desktop
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    window = MainWindow()
    window.show()
    if model_path is not None:
        window.open_model(model_path)
    # Start the training process once the window is on screen, so that the first
    # Start does not wait for a new interpreter, NumPy and MNIST.
    QTimer.singleShot(PREPARE_TRAINING_AFTER_MS, window.controller.prepare)
    if os.environ.get(QUIT_AFTER_ENV):
        QTimer.singleShot(int(os.environ[QUIT_AFTER_ENV]), app.quit)
    return app.exec()


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point of ``mnist-trainer``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("-platform"):
        return run_window(argv)
    if argv[0].endswith(".npz"):  # mnist-trainer path/to/model.npz opens it in the window
        return run_window(argv[1:], model_path=argv[0])
    from gui.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
