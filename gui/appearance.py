"""How the window looks: light or dark colours, and the presentation scale for a projector.

One ``Appearance`` per application (``appearance()``). It follows the system's
colour scheme (``QStyleHints.colorScheme`` and its change signal) unless View >
Theme forces one, and scales fonts and line widths in presentation mode
(Ctrl++ / Ctrl+-). Views read their colours from ``appearance().palette`` and
redraw on ``appearance().changed``; ``style_plot`` does it for a pyqtgraph plot.

The curve colours are Okabe and Ito's colour-blind-safe palette, lighter shades
on dark; train and test also differ by line style and symbol.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from gui.qt_app import app_owned

THEMES = ("system", "light", "dark")
THEME_KEY = "view/theme"
SCALE_KEY = "view/presentation_scale"
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5)
"""Presentation scales that Ctrl++ and Ctrl+- step through (1.0: normal)."""


@dataclass(frozen=True)
class Palette:
    """Colours of the views for one scheme (``#rrggbb`` strings)."""

    dark: bool
    background: str  # plots' background
    foreground: str  # axes, ticks and text on plots
    grid: str
    train: str  # train accuracy (solid, circles)
    test: str  # test accuracy (dashed, squares)
    loss: str  # the raw loss of each iteration
    smoothed: str  # the smoothed loss drawn over it
    bar: str  # probability bars
    bar_top: str  # the bar of the network's answer
    highlight: str  # table cells and frames that stand out
    pad_frame: str  # the drawing pad's frame


LIGHT = Palette(
    dark=False,
    background="#ffffff",
    foreground="#202020",
    grid="#c8c8c8",
    train="#0072B2",
    test="#D55E00",
    loss="#7fb2d6",
    smoothed="#0072B2",
    bar="#9aa7b4",
    bar_top="#0072B2",
    highlight="#fff2b3",
    pad_frame="#606060",
)
DARK = Palette(
    dark=True,
    background="#1e1f22",
    foreground="#e6e6e6",
    grid="#4a4a4a",
    train="#56B4E9",
    test="#E69F00",
    loss="#3f6f8f",
    smoothed="#56B4E9",
    bar="#5d6772",
    bar_top="#56B4E9",
    highlight="#5a4a12",
    pad_frame="#a0a0a0",
)


class Appearance(QObject):
    """The application's theme and presentation scale.

    Parameters
    ----------
    parent : QObject, optional
        The application, which owns it (see ``appearance()``).
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme = "system"
        self._scale = 1.0
        self._base_font: QFont | None = None
        self._system_palette: QPalette | None = None
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

    @property
    def theme(self) -> str:
        """``"system"``, ``"light"`` or ``"dark"``."""
        return self._theme

    @property
    def scale(self) -> float:
        """The presentation scale of fonts and lines (1.0: normal)."""
        return self._scale

    @property
    def palette(self) -> Palette:
        """The colours in use now."""
        return DARK if self.is_dark() else LIGHT

    def is_dark(self) -> bool:
        """Whether dark colours are in use (forced, or the system's scheme)."""
        if self._theme != "system":
            return self._theme == "dark"
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def set_theme(self, theme: str) -> None:
        """Follow the system (``"system"``) or force ``"light"`` or ``"dark"``."""
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}; choose one of {', '.join(THEMES)}")
        self._theme = theme
        self._apply_palette()
        self.changed.emit()

    def set_scale(self, scale: float) -> None:
        """Scale fonts and line widths by ``scale`` (clamped to ``SCALES``' range)."""
        self._scale = min(max(float(scale), SCALES[0]), SCALES[-1])
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if self._base_font is None:
                self._base_font = QFont(app.font())
            font = QFont(self._base_font)
            font.setPointSizeF(self._base_font.pointSizeF() * self._scale)
            app.setFont(font)
        self.changed.emit()

    def zoom_in(self) -> None:
        """The next larger presentation scale."""
        self.set_scale(next((s for s in SCALES if s > self._scale + 1e-9), SCALES[-1]))

    def zoom_out(self) -> None:
        """The next smaller presentation scale."""
        self.set_scale(next((s for s in reversed(SCALES) if s < self._scale - 1e-9), SCALES[0]))

    def line_width(self, width: float = 2.0) -> float:
        """``width`` (pixels at scale 1) scaled for presentation."""
        return width * self._scale

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme == "system":
            self._apply_palette()
            self.changed.emit()

    def _apply_palette(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if self._system_palette is None:
            self._system_palette = QPalette(app.palette())
        if self._theme == "system":
            app.setPalette(self._system_palette)
        elif self._theme == "dark":
            app.setPalette(dark_qpalette())
        else:
            app.setPalette(app.style().standardPalette())


def dark_qpalette() -> QPalette:
    """A dark palette for the widgets when the theme is forced dark on a light system."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#2b2d30",
        QPalette.ColorRole.ToolTipBase: "#3c3f41",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3c3f41",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#56B4E9",
        QPalette.ColorRole.Highlight: "#2f65a8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Light: "#4a4d50",
        QPalette.ColorRole.Midlight: "#3f4245",
        QPalette.ColorRole.Mid: "#323437",
        QPalette.ColorRole.Dark: "#1b1c1e",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


def appearance() -> Appearance:
    """The application's ``Appearance`` (made on first use, owned by the application)."""
    return app_owned(Appearance, "appearance")


def style_plot(plot: pg.PlotWidget | pg.GraphicsLayoutWidget, items: list[pg.PlotItem]) -> None:
    """Colour a pyqtgraph view and its plots' axes for the current appearance.

    Parameters
    ----------
    plot : the view (its background)
    items : the plots in it (their axes, tick labels and titles)
    """
    look = appearance()
    colors = look.palette
    plot.setBackground(colors.background)
    font = QFont(QApplication.font())
    for item in items:
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(colors.foreground, width=look.line_width(1.0)))
            axis.setTextPen(pg.mkPen(colors.foreground))
            axis.setStyle(tickFont=font)
            axis.label.setFont(font)
        item.titleLabel.item.setDefaultTextColor(QColor(colors.foreground))
