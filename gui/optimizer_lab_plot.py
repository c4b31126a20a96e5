"""The optimizer lab's plot: its items, their look, and which point to describe.

The book's ``optimizer_compare_naive.py`` figure as pyqtgraph items (contour lines
of f(x, y) = x**2 / 20 + y**2, the minimum, one path curve per optimizer), styled
for the current theme; which path point is nearest the mouse, which one the arrow
keys move to; and how a point's step is written (``step_text``). The widget that
owns these items is :class:`gui.optimizer_lab_widget.OptimizerLabWidget`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from core.optimizer_lab import CONTOUR_LEVELS, DISPLAY_NAMES, StepDetail, contour_ellipse
from gui.appearance import appearance, style_plot
from gui.race_colors import style_legend

HOVER_RADIUS = 0.03
"""How near the mouse must be to a point, as a fraction of the visible x and y spans."""
CONTOUR_COLORS = {False: "#b0b0b0", True: "#707070"}  # light and dark themes
ARROW_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def make_lab_plot() -> tuple[pg.PlotWidget, list[pg.PlotDataItem], pg.ScatterPlotItem]:
    """The plot (``labPlot``) with the book's limits, contours and minimum, and a legend.

    Returns the plot widget, its contour curves (one per ``CONTOUR_LEVELS``) and the
    minimum's marker.
    """
    widget = pg.PlotWidget()
    widget.setObjectName("labPlot")
    plot = widget.getPlotItem()
    plot.setLabel("bottom", "x")
    plot.setLabel("left", "y")
    # The book's plt.xlim(-10, 10) and plt.ylim(-10, 10).
    plot.setXRange(-10, 10, padding=0)
    plot.setYRange(-10, 10, padding=0)
    plot.getViewBox().setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    contour_curves = [
        plot.plot(ellipse[:, 0], ellipse[:, 1]) for ellipse in map(contour_ellipse, CONTOUR_LEVELS)
    ]
    minimum = pg.ScatterPlotItem([0.0], [0.0], symbol="+", size=16)
    minimum.setZValue(15)  # over the paths that end on it
    plot.addItem(minimum)
    plot.addLegend(offset=(-10, 10))
    return widget, contour_curves, minimum


def add_path_curve(widget: pg.PlotWidget, legend: str) -> pg.PlotDataItem:
    """An empty path curve (points joined by lines) named ``legend`` in the legend."""
    curve = widget.getPlotItem().plot([], [], symbol="o", symbolSize=6, name=legend)
    curve.setZValue(10)
    return curve


def style_lab_plot(
    widget: pg.PlotWidget,
    contour_curves: Sequence[pg.PlotDataItem],
    minimum: pg.ScatterPlotItem,
    highlight: pg.ScatterPlotItem,
) -> None:
    """Title, background, axes, legend, contours, minimum and hover ring in the current theme."""
    look = appearance()
    colors = look.palette
    plot = widget.getPlotItem()
    plot.setTitle("f(x, y) = x²/20 + y²", color=colors.foreground)
    style_plot(widget, [plot])
    style_legend(plot.legend)
    contour_pen = pg.mkPen(CONTOUR_COLORS[colors.dark], width=look.line_width(1.0))
    for curve in contour_curves:
        curve.setPen(contour_pen)
    minimum.setPen(pg.mkPen(colors.foreground))
    minimum.setBrush(pg.mkBrush(colors.foreground))
    highlight.setPen(pg.mkPen(colors.foreground, width=look.line_width(2.0)))


def nearest_point(
    paths: dict[str, np.ndarray],
    x: float,
    y: float,
    view_range: tuple[tuple[float, float], tuple[float, float]],
) -> tuple[str, int] | None:
    """The (path name, point index) nearest to (x, y), if within ``HOVER_RADIUS`` of the view.

    ``paths`` maps a name to its ``(N, 2)`` float64 points; ``view_range`` is the
    view's ``((x0, x1), (y0, y1))``, which scales the distances.
    """
    (x0, x1), (y0, y1) = view_range
    best: tuple[float, str, int] | None = None
    for name, points in paths.items():
        with np.errstate(over="ignore", invalid="ignore"):
            distance = np.hypot((points[:, 0] - x) / (x1 - x0), (points[:, 1] - y) / (y1 - y0))
        distance = np.nan_to_num(distance, nan=np.inf)
        index = int(np.argmin(distance))
        if distance[index] <= HOVER_RADIUS and (best is None or distance[index] < best[0]):
            best = (float(distance[index]), name, index)
    return None if best is None else (best[1], best[2])


def next_point(
    key: int, shown: Sequence[str], current: tuple[str, int] | None, length: Callable[[str], int]
) -> tuple[str, int]:
    """Where an arrow ``key`` moves from ``current``: Left/Right along a path, Up/Down between.

    ``shown`` are the visible paths (at least one) and ``length(name)`` the number of
    points of path ``name``; without a current point on a shown path, the walk
    starts at the first shown path's start.
    """
    name, index = current if current and current[0] in shown else (shown[0], 0)
    last = length(name) - 1
    if key == Qt.Key.Key_Right:
        index = min(index + 1, last)
    elif key == Qt.Key.Key_Left:
        index = max(index - 1, 0)
    else:
        step = 1 if key == Qt.Key.Key_Down else -1
        name = shown[(shown.index(name) + step) % len(shown)]
        index = min(index, length(name) - 1)
    return name, index


def legend_text(name: str, lr: float) -> str:
    """The legend entry of optimizer ``name`` at learning rate ``lr``: ``'SGD lr 0.95'``."""
    return QCoreApplication.translate("RaceTexts", "{optimizer} lr {lr}").format(
        optimizer=DISPLAY_NAMES[name], lr=f"{lr:.3g}"
    )


def step_text(detail: StepDetail) -> str:
    """``StepDetail.formula_text`` with its first line's words in the current language.

    The formulas themselves (``W = W - lr * dL/dW``) stay as the book writes them.
    """
    head, _, formulas = detail.formula_text().partition("\n")
    settings = head[head.index("(") + 1 : -1] if head.endswith(")") else ""
    first = QCoreApplication.translate(
        "OptimizerLabWidget", "{optimizer}, step {step} ({settings})"
    ).format(optimizer=DISPLAY_NAMES[detail.optimizer], step=detail.k, settings=settings)
    return f"{first}\n{formulas}"
