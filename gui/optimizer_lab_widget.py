"""The 2-D optimizer lab: the book's ``optimizer_compare_naive.py`` figure, live.

Contour lines of f(x, y) = x**2 / 20 + y**2, the minimum at (0, 0), and one path
of 30 steps from (-7, 2) per optimizer (SGD, Momentum, AdaGrad, Adam), each in
its race colour. Each optimizer's learning rate is a log-scale slider that
redraws its path at once; hovering near a point writes the step that reached it
into the optimizer's formula, with its numbers (``labStepDetail``). The numbers
come from :mod:`core.optimizer_lab`.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from core.optimizer_lab import (
    BOOK_LAB_LEARNING_RATES,
    CONTOUR_LEVELS,
    DISPLAY_NAMES,
    LAB_OPTIMIZERS,
    LR_RANGE,
    START,
    StepDetail,
    contour_ellipse,
    lr_from_slider,
    path_of,
    slider_from_lr,
    trace,
)
from core.race import RACE_COLORS

SLIDER_POSITIONS = 300
"""Stops of each learning-rate slider between ``LR_RANGE[0]`` and ``LR_RANGE[1]``."""
HOVER_RADIUS = 0.03
"""How near the mouse must be to a point, as a fraction of the visible x and y spans."""
HINT = "Hover over a point of a path to see the step that reached it, with its numbers."
COLORS = dict(zip(LAB_OPTIMIZERS, RACE_COLORS, strict=False))


class OptimizerLabWidget(QWidget):
    """Four optimizers descending the book's bowl, one learning-rate slider each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optimizerLab")
        self.lrs = dict(BOOK_LAB_LEARNING_RATES)
        self.traces = {name: trace(name, lr) for name, lr in self.lrs.items()}
        self.plot_widget = self._make_plot()
        self.curves = {name: self._add_path_curve(name) for name in LAB_OPTIMIZERS}
        self.highlight = pg.ScatterPlotItem(
            size=16, symbol="o", pen=pg.mkPen("k", width=2), brush=pg.mkBrush(None)
        )
        self.highlight.setZValue(20)
        self.plot_widget.addItem(self.highlight)
        self.sliders: dict[str, QSlider] = {}
        self.value_labels: dict[str, QLabel] = {}
        self.show_boxes: dict[str, QCheckBox] = {}
        self.detail_label = QLabel(HINT)
        self.detail_label.setObjectName("labStepDetail")
        self.detail_label.setToolTip("The update of the point under the mouse, with its numbers")
        self.detail_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setMinimumHeight(self.detail_label.fontMetrics().lineSpacing() * 7)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reset_button = QPushButton("Book's learning rates")
        self.reset_button.setObjectName("labResetButton")
        self.reset_button.setToolTip(
            "Set every learning rate back to optimizer_compare_naive.py's: "
            "SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3"
        )
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self._lay_out()
        for name in LAB_OPTIMIZERS:
            self._redraw(name)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)

    def _make_plot(self) -> pg.PlotWidget:
        widget = pg.PlotWidget(background="w")
        widget.setObjectName("labPlot")
        plot = widget.getPlotItem()
        plot.setLabel("bottom", "x")
        plot.setLabel("left", "y")
        plot.setTitle("f(x, y) = x²/20 + y²", color="k")
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setPen("k")
            plot.getAxis(axis).setTextPen("k")
        # The book's plt.xlim(-10, 10) and plt.ylim(-10, 10).
        plot.setXRange(-10, 10, padding=0)
        plot.setYRange(-10, 10, padding=0)
        plot.getViewBox().setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        contour_pen = pg.mkPen("#b0b0b0", width=1)
        self.contour_curves = [
            plot.plot(ellipse[:, 0], ellipse[:, 1], pen=contour_pen)
            for ellipse in map(contour_ellipse, CONTOUR_LEVELS)
        ]
        minimum = pg.ScatterPlotItem([0.0], [0.0], symbol="+", size=16, pen="k", brush="k")
        minimum.setZValue(15)  # over the paths that end on it
        plot.addItem(minimum)
        legend = plot.addLegend(offset=(-10, 10))
        legend.setLabelTextColor("k")
        legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        legend.setPen(pg.mkPen("#999999"))
        return widget

    def _add_path_curve(self, name: str) -> pg.PlotDataItem:
        color = COLORS[name]
        curve = self.plot_widget.getPlotItem().plot(
            [], [], pen=pg.mkPen(color, width=2), symbol="o", symbolSize=6,
            symbolBrush=color, symbolPen=color, name=self._legend_text(name),
        )  # fmt: skip
        curve.setZValue(10)
        return curve

    def _legend_text(self, name: str) -> str:
        return f"{DISPLAY_NAMES[name]} lr {self.lrs[name]:.3g}"

    def _lay_out(self) -> None:
        grid = QGridLayout()
        for row, name in enumerate(LAB_OPTIMIZERS):
            box = QCheckBox(DISPLAY_NAMES[name])
            box.setObjectName(f"labShow-{name}")
            box.setChecked(True)
            box.setStyleSheet(f"QCheckBox {{ color: {COLORS[name]}; font-weight: bold; }}")
            box.setToolTip(f"Show or hide {DISPLAY_NAMES[name]}'s path")
            box.toggled.connect(lambda on, n=name: self._on_show_toggled(n, on))
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"labLr-{name}")
            slider.setRange(0, SLIDER_POSITIONS)
            slider.setValue(slider_from_lr(self.lrs[name], SLIDER_POSITIONS))
            slider.setMinimumWidth(160)
            slider.setToolTip(
                f"{DISPLAY_NAMES[name]}'s learning rate, {LR_RANGE[0]:g} to {LR_RANGE[1]:g} "
                f"on a log scale (the book uses {BOOK_LAB_LEARNING_RATES[name]:g})"
            )
            slider.valueChanged.connect(lambda value, n=name: self._on_slider_moved(n, value))
            label = QLabel()
            label.setObjectName(f"labLrValue-{name}")
            label.setToolTip(f"{DISPLAY_NAMES[name]}'s learning rate")
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance("lr 0.0000 (diverges)"))
            self.show_boxes[name], self.sliders[name], self.value_labels[name] = box, slider, label
            grid.addWidget(box, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(label, row, 2)
        controls = QVBoxLayout()
        controls.addLayout(grid)
        controls.addWidget(self.reset_button, alignment=Qt.AlignmentFlag.AlignLeft)
        controls.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.plot_widget, 3)
        top.addLayout(controls, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.detail_label)

    def path(self, name: str) -> np.ndarray:
        """The drawn positions of ``name``'s path: ``(31, 2)`` float64."""
        return path_of(self.traces[name], START)

    def set_learning_rate(self, name: str, lr: float) -> None:
        """Set ``name``'s learning rate exactly, move its slider near it, redraw its path."""
        self.lrs[name] = float(lr)
        slider = self.sliders[name]
        slider.blockSignals(True)
        slider.setValue(slider_from_lr(lr, SLIDER_POSITIONS))
        slider.blockSignals(False)
        self._recompute(name)

    def _on_slider_moved(self, name: str, value: int) -> None:
        self.lrs[name] = lr_from_slider(value, SLIDER_POSITIONS)
        self._recompute(name)

    def _on_reset_clicked(self) -> None:
        for name, lr in BOOK_LAB_LEARNING_RATES.items():
            self.set_learning_rate(name, lr)

    def _on_show_toggled(self, name: str, on: bool) -> None:
        self.curves[name].setVisible(on)
        self.clear_step()

    def _recompute(self, name: str) -> None:
        self.traces[name] = trace(name, self.lrs[name])
        self._redraw(name)
        self.clear_step()

    def _redraw(self, name: str) -> None:
        points = self.path(name)
        self.curves[name].setData(points[:, 0], points[:, 1])
        diverged = not np.hypot(*points[-1]) < np.hypot(*START)
        self.value_labels[name].setText(
            f"lr {self.lrs[name]:.3g}" + (" (diverges)" if diverged else "")
        )
        legend = self.plot_widget.getPlotItem().legend
        label = legend.getLabel(self.curves[name])
        if label is not None:
            label.setText(self._legend_text(name))

    def clear_step(self) -> None:
        """Hide the hover ring and show the hint instead of a step."""
        self.highlight.setData([], [])
        self.detail_label.setText(HINT)

    def show_step_at(self, x: float, y: float) -> StepDetail | None:
        """Describe the point of a shown path nearest to (x, y) in data coordinates.

        A point within ``HOVER_RADIUS`` of the view is ringed and its step (the
        update that reached it) written into ``labStepDetail``; the start point
        says where every path begins. Returns that step, or None.
        """
        (x0, x1), (y0, y1) = self.plot_widget.getPlotItem().getViewBox().viewRange()
        best: tuple[float, str, int] | None = None
        for name in LAB_OPTIMIZERS:
            if not self.curves[name].isVisible():
                continue
            points = self.path(name)
            with np.errstate(over="ignore", invalid="ignore"):
                distance = np.hypot((points[:, 0] - x) / (x1 - x0), (points[:, 1] - y) / (y1 - y0))
            distance = np.nan_to_num(distance, nan=np.inf)
            index = int(np.argmin(distance))
            if distance[index] <= HOVER_RADIUS and (best is None or distance[index] < best[0]):
                best = (float(distance[index]), name, index)
        if best is None:
            self.clear_step()
            return None
        _, name, index = best
        point = self.path(name)[index]
        self.highlight.setData([point[0]], [point[1]])
        if index == 0:
            self.detail_label.setText(
                f"Start: W = (x, y) = ({START[0]:g}, {START[1]:g}); every path begins here.\n"
                "Hover over a later point to see the step that reached it."
            )
            return None
        detail = self.traces[name][index - 1]
        self.detail_label.setText(detail.formula_text())
        return detail

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot_widget.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            return
        point = view.mapSceneToView(pos)
        self.show_step_at(point.x(), point.y())
