"""Creating the one ``QApplication`` of the process."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def ensure_offscreen_app() -> QApplication:
    """The existing application, or a new one on the offscreen platform (no display needed)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["mnist-trainer", "-platform", "offscreen"])
    return app
