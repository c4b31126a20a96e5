"""The one ``QApplication`` of the process, and the objects it owns."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

Owned = TypeVar("Owned", bound=QObject)


def ensure_offscreen_app() -> QApplication:
    """The existing application, or a new one on the offscreen platform (no display needed)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["mnist-trainer", "-platform", "offscreen"])
    return app


def app_owned(kind: type[Owned], name: str) -> Owned:
    """The application's one ``kind`` object called ``name``, made on first use.

    The application is its parent, so it lives as long as the application
    (``gui.i18n.switcher()``, ``gui.appearance.appearance()``).
    """
    app = QCoreApplication.instance()
    found = app.findChild(kind, name)
    if found is None:
        found = kind(app)
        found.setObjectName(name)
    return found
