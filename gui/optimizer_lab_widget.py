"""The 2-D optimizer lab: the book's ``optimizer_compare_naive.py`` figure, live.

Contour lines of f(x, y) = x**2 / 20 + y**2, the minimum at (0, 0), and one path
of 30 steps from (-7, 2) per optimizer (SGD, Momentum, AdaGrad, Adam), each in
its race colour. Each optimizer's learning rate is a log-scale slider that
redraws its path at once; hovering near a point writes the step that reached it
into the optimizer's formula, with its numbers (``labStepDetail``); with the
keyboard, the plot's arrow keys walk the points (Left/Right along a path, Up/Down
between paths). The numbers come from :mod:`core.optimizer_lab`; the plot's items,
their look and the point to describe from :mod:`gui.optimizer_lab_plot`. Words
follow the window's language, colours the theme (formulas stay as the book writes
them).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent
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
    DISPLAY_NAMES,
    LAB_OPTIMIZERS,
    LR_RANGE,
    START,
    StepDetail,
    lr_from_slider,
    path_of,
    slider_from_lr,
    trace,
)
from core.race import RACE_COLORS
from gui.appearance import appearance
from gui.i18n import Retranslating
from gui.optimizer_lab_plot import (
    ARROW_KEYS,
    add_path_curve,
    legend_text,
    make_lab_plot,
    nearest_point,
    next_point,
    step_text,
    style_lab_plot,
)
from gui.race_colors import display_color

SLIDER_POSITIONS = 300
"""Stops of each learning-rate slider between ``LR_RANGE[0]`` and ``LR_RANGE[1]``."""
HINT = QT_TRANSLATE_NOOP(
    "OptimizerLabWidget",
    "Hover over a point of a path (or click the plot and use the arrow keys) to see the step "
    "that reached it, with its numbers.",
)
COLORS = dict(zip(LAB_OPTIMIZERS, RACE_COLORS, strict=False))


class OptimizerLabWidget(Retranslating, QWidget):
    """Four optimizers descending the book's bowl, one learning-rate slider each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optimizerLab")
        self.lrs = dict(BOOK_LAB_LEARNING_RATES)
        self.traces = {name: trace(name, lr) for name, lr in self.lrs.items()}
        self.plot_widget, self.contour_curves, self.minimum = make_lab_plot()
        self.curves = {
            name: add_path_curve(self.plot_widget, legend_text(name, self.lrs[name]))
            for name in LAB_OPTIMIZERS
        }
        self.highlight = pg.ScatterPlotItem(size=16, symbol="o", brush=pg.mkBrush(None))
        self.highlight.setZValue(20)
        self.plot_widget.addItem(self.highlight)
        self.sliders: dict[str, QSlider] = {}
        self.value_labels: dict[str, QLabel] = {}
        self.show_boxes: dict[str, QCheckBox] = {}
        self.detail_label = QLabel()
        self.detail_label.setObjectName("labStepDetail")
        self.detail_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setMinimumHeight(self.detail_label.fontMetrics().lineSpacing() * 7)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("labResetButton")
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self._shown: tuple[str, int] | None = None  # the point described, if any
        self._lay_out()
        self.plot_widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot_widget.installEventFilter(self)
        for name in LAB_OPTIMIZERS:
            self._redraw(name)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        appearance().changed.connect(self.apply_appearance)
        self.apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Labels, tooltips, accessible names and the step shown, in the current language."""
        self.plot_widget.setToolTip(
            self.tr(
                "The book's bowl with each optimizer's 30 steps; hover over a point, or use "
                "the arrow keys, to see its step"
            )
        )
        self.plot_widget.setAccessibleName(self.tr("Optimizer paths"))
        self.detail_label.setToolTip(
            self.tr("The update of the point under the mouse, with its numbers")
        )
        self.detail_label.setAccessibleName(self.tr("Step details"))
        self.reset_button.setText(self.tr("Book's learning rates"))
        self.reset_button.setToolTip(
            self.tr(
                "Set every learning rate back to optimizer_compare_naive.py's: "
                "SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3"
            )
        )
        self.reset_button.setAccessibleName(self.tr("Book's learning rates"))
        for name in LAB_OPTIMIZERS:
            title = DISPLAY_NAMES[name]
            box = self.show_boxes[name]
            box.setToolTip(self.tr("Show or hide {optimizer}'s path").format(optimizer=title))
            box.setAccessibleName(self.tr("Show {optimizer}").format(optimizer=title))
            self.sliders[name].setToolTip(
                self.tr(
                    "{optimizer}'s learning rate, {low} to {high} on a log scale (the book "
                    "uses {book}); the arrow keys and Page Up/Down move it"
                ).format(
                    optimizer=title,
                    low=f"{LR_RANGE[0]:g}",
                    high=f"{LR_RANGE[1]:g}",
                    book=f"{BOOK_LAB_LEARNING_RATES[name]:g}",
                )
            )
            self.sliders[name].setAccessibleName(
                self.tr("{optimizer} learning rate").format(optimizer=title)
            )
            label = self.value_labels[name]
            label.setToolTip(self.tr("{optimizer}'s learning rate").format(optimizer=title))
            value_name = self.tr("{optimizer} learning rate value")
            label.setAccessibleName(value_name.format(optimizer=title))
            self._redraw(name)
        if self._shown is None:
            self.detail_label.setText(self.tr(HINT))
        else:
            self._show_point(*self._shown)

    def apply_appearance(self) -> None:
        """Background, axes, contours, legend and paths in the current theme."""
        style_lab_plot(self.plot_widget, self.contour_curves, self.minimum, self.highlight)
        look = appearance()
        for name in LAB_OPTIMIZERS:
            color = display_color(COLORS[name])
            curve = self.curves[name]
            curve.setPen(pg.mkPen(color, width=look.line_width(2.0)))
            curve.setSymbolBrush(color)
            curve.setSymbolPen(color)
            self.show_boxes[name].setStyleSheet(
                f"QCheckBox {{ color: {color}; font-weight: bold; }}"
            )

    def _lay_out(self) -> None:
        grid = QGridLayout()
        for row, name in enumerate(LAB_OPTIMIZERS):
            box = QCheckBox(DISPLAY_NAMES[name])
            box.setObjectName(f"labShow-{name}")
            box.setChecked(True)
            box.toggled.connect(lambda on, n=name: self._on_show_toggled(n, on))
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"labLr-{name}")
            slider.setRange(0, SLIDER_POSITIONS)
            slider.setValue(slider_from_lr(self.lrs[name], SLIDER_POSITIONS))
            slider.setSingleStep(1)
            slider.setPageStep(SLIDER_POSITIONS // 20)
            slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            slider.setMinimumWidth(160)
            slider.valueChanged.connect(lambda value, n=name: self._on_slider_moved(n, value))
            label = QLabel()
            label.setObjectName(f"labLrValue-{name}")
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
        text = self.tr("lr {lr} (diverges)") if diverged else self.tr("lr {lr}")
        self.value_labels[name].setText(text.format(lr=f"{self.lrs[name]:.3g}"))
        legend = self.plot_widget.getPlotItem().legend
        label = legend.getLabel(self.curves[name])
        if label is not None:
            label.setText(legend_text(name, self.lrs[name]))

    def clear_step(self) -> None:
        """Hide the hover ring and show the hint instead of a step."""
        self.highlight.setData([], [])
        self._shown = None
        self.detail_label.setText(self.tr(HINT))

    def show_step_at(self, x: float, y: float) -> StepDetail | None:
        """Describe the point of a shown path nearest to (x, y) in data coordinates.

        A point within ``HOVER_RADIUS`` (:mod:`gui.optimizer_lab_plot`) of the view
        is ringed and its step (the update that reached it) written into
        ``labStepDetail``; the start point says where every path begins. Returns
        that step, or None.
        """
        view_range = self.plot_widget.getPlotItem().getViewBox().viewRange()
        paths = {n: self.path(n) for n in LAB_OPTIMIZERS if self.curves[n].isVisible()}
        nearest = nearest_point(paths, x, y, view_range)
        if nearest is None:
            self.clear_step()
            return None
        return self._show_point(*nearest)

    def _show_point(self, name: str, index: int) -> StepDetail | None:
        """Ring point ``index`` of ``name``'s path and describe the step that reached it."""
        self._shown = (name, index)
        point = self.path(name)[index]
        self.highlight.setData([point[0]], [point[1]])
        if index == 0:
            self.detail_label.setText(
                self.tr(
                    "Start: W = (x, y) = ({x}, {y}); every path begins here.\n"
                    "Hover over a later point to see the step that reached it."
                ).format(x=f"{START[0]:g}", y=f"{START[1]:g}")
            )
            return None
        detail = self.traces[name][index - 1]
        self.detail_label.setText(step_text(detail))
        return detail

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The plot's arrow keys: Left/Right along a path, Up/Down to the next path."""
        if watched is self.plot_widget and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._on_plot_key(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _on_plot_key(self, key: int) -> bool:
        shown = [n for n in LAB_OPTIMIZERS if self.show_boxes[n].isChecked()]
        if not shown or key not in ARROW_KEYS:
            return False
        self._show_point(*next_point(key, shown, self._shown, lambda n: len(self.path(n))))
        return True

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot_widget.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            return
        point = view.mapSceneToView(pos)
        self.show_step_at(point.x(), point.y())
