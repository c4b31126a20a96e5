"""A dock's page that is built the first time it is shown (or asked for).

The window has a dozen tabs; most are never opened in a session. Building
their plots at start-up cost about a fifth of a second before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds ``build()``'s widget once it is needed.

    Parameters
    ----------
    build : callable returning a QWidget
        Makes the page's widget (and connects it); called once.
    name : str
        The page's objectName.
    """

    def __init__(self, build: Callable[[], QWidget], name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self._build = build
        self._widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """True once the widget exists."""
        return self._widget is not None

    def widget(self) -> QWidget:
        """The page's widget, built now if it was not yet."""
        if self._widget is None:
            self._widget = self._build()
            self.layout().addWidget(self._widget)
        return self._widget

    def follow(self, dock: QDockWidget) -> None:
        """Build the widget when ``dock`` first comes into view.

        Not on ``showEvent``: a tab behind another is shown too, as far as Qt's
        widgets are concerned, so every page would be built at start-up.
        """
        dock.visibilityChanged.connect(self._on_dock_visibility_changed)

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.widget()
