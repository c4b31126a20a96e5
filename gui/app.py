"""Composition root of ``mnist-trainer``: the window, or the command line's subcommands.

``mnist-trainer --lang ja`` (or ``--lang=ja``) opens the window in that language
for this launch; without it the window uses the language chosen in View >
Language, else the system's. The subcommands' messages are always English.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

PREPARE_TRAINING_AFTER_MS = 300
LANGUAGE_CHOICES = ("en", "ja", "zh_CN", "ko")
"""The values of ``--lang`` (``gui.i18n.LANGUAGES``' keys; not imported: no Qt for the CLI)."""


class UsageError(ValueError):
    """A command line that cannot be run; the message is one English line."""


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` or ``--lang=X`` taken out of ``argv``: (X or None, the other arguments).

    Raises
    ------
    UsageError
        If the value is missing or not one of ``LANGUAGE_CHOICES``.
    """
    choices = ", ".join(LANGUAGE_CHOICES)
    rest: list[str] = []
    language: str | None = None
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--lang":
            value = next(arguments, None)
        elif argument.startswith("--lang="):
            value = argument.removeprefix("--lang=")
        else:
            rest.append(argument)
            continue
        if value not in LANGUAGE_CHOICES:
            shown = "nothing" if value is None else repr(value)
            raise UsageError(f"mnist-trainer: --lang got {shown}; choose one of {choices}")
        language = value
    return language, rest


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


def run_window(
    argv: Sequence[str], model_path: str | None = None, language: str | None = None
) -> int:
    """Open the main window (in ``language``, if given) and run the event loop until it closes."""
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
    from gui.window_settings import open_settings
    from gui.window_view import start_language

    use_training_blas_threads()

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("MNIST Trainer")
    app.setOrganizationName("mnist-trainer")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("mnist-trainer")  # packaging/linux/mnist-trainer.desktop
    pg.setConfigOptions(antialias=True, imageAxisOrder="row-major")
    start_language(open_settings(), language)  # before the window writes its texts
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
    try:
        language, window_argv = take_language(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    if not window_argv or window_argv[0].startswith("-platform"):
        return run_window(window_argv, language=language)
    if window_argv[0].endswith(".npz"):  # mnist-trainer path/to/model.npz opens it in the window
        return run_window(window_argv[1:], model_path=window_argv[0], language=language)
    if language is not None:
        print(
            "mnist-trainer: --lang sets the window's language; the subcommands speak English",
            file=sys.stderr,
        )
        return 2
    from gui.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
