"""The test set's confusion matrix as a heatmap with a number in each cell, and per-class accuracy.

Row i is the true class, column j the class it was read as. The diagonal (read right)
is coloured white to blue and outlined; the mistakes white to orange, the most common
mistake darkest, so the off-diagonal cells that matter stand out whatever the
accuracy (blue and orange stay apart for colour-blind viewers). Colours follow the
row rates in both modes; the numbers are counts, or the row rates when
``confusionRatesCheck`` is ticked, black or white by the cell's luminance. Beside each
row, a bar gives that class's accuracy. The classes are the digits unless
``set_class_names`` names them (Fashion-MNIST): long names are elided on the axes and
given in full in the tooltips. The frame, axes and bars follow ``appearance()``.

Keyboard: the matrix takes focus; the arrow keys move the outline, Enter or Space
shows the outlined cell's images, as a click does.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGraphicsRectItem,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.mistakes import per_class_accuracy, row_rates
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating

N_CLASSES = 10
DIGITS = tuple(str(k) for k in range(N_CLASSES))
RIGHT_COLORS = [(255, 255, 255), (158, 202, 225), (33, 113, 181), (8, 48, 107)]  # Blues
WRONG_COLORS = [(255, 255, 255), (253, 208, 162), (253, 141, 60), (166, 54, 3)]  # Oranges
DIAGONAL_OUTLINE = "#08306b"
ZERO_TEXT = (150, 150, 150)
LEFT_NAME_WIDTH = 90
"""Pixels for a class name on the left axis; longer ones are elided."""
MOVES = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


def _lut(colors: list[tuple[int, int, int]]) -> np.ndarray:
    stops = np.linspace(0.0, 1.0, len(colors))
    return pg.ColorMap(stops, colors).getLookupTable(nPts=256, alpha=False)


def cell_colors(confusion: np.ndarray) -> np.ndarray:
    """``(K, K, 3) uint8``: blue by rate on the diagonal, orange by rate / the largest mistake's."""
    rates = row_rates(confusion)
    diagonal = np.eye(len(rates), dtype=bool)
    wrong = np.where(diagonal, 0.0, rates)
    scale = wrong.max() if wrong.max() > 0 else 1.0
    right_idx = np.rint(rates * 255).astype(int)
    wrong_idx = np.rint(wrong / scale * 255).astype(int)
    return np.where(
        diagonal[..., None], _lut(RIGHT_COLORS)[right_idx], _lut(WRONG_COLORS)[wrong_idx]
    )


def text_color(rgb: np.ndarray) -> str:
    """``"#ffffff"`` on a dark cell ``rgb (3,)``, ``"#000000"`` on a light one (luminance)."""
    return (
        "#ffffff"
        if float(np.asarray(rgb, dtype=float) @ (0.299, 0.587, 0.114)) < 140
        else "#000000"
    )


def cell_text(count: int, rate: float, rates: bool) -> str:
    """A cell's number: the count, or the row rate as a percentage (one decimal below 10%)."""
    if not rates:
        return str(count)
    if rate == 0:
        return "0"
    return f"{rate:.0%}" if rate >= 0.1 else f"{rate:.1%}"


class ConfusionMatrixView(Retranslating, QWidget):
    """A 10x10 confusion matrix with numbers, per-class accuracy bars and a title naming the epoch.

    Signals
    -------
    cell_clicked(true, read)
        The learner clicked (or pressed Enter on) the cell of class ``true`` read as ``read``.
    """

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusionMatrixView")
        self._confusion: np.ndarray | None = None
        self._epoch: int | None = None
        self._selected: tuple[int, int] | None = None
        self._names: tuple[str, ...] = DIGITS
        # One line: a wrapped title grew past the height the layout had planned for it.
        self.title_label = QLabel(objectName="confusionTitle")
        self.rates_check = QCheckBox(objectName="confusionRatesCheck")
        self.rates_check.toggled.connect(self._redraw)
        # Short and on one line (the rest in its tooltip): a wrapped legend grew past the
        # height the layout had planned for it and was drawn over the plots.
        self.legend_label = QLabel(objectName="confusionLegend")

        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setObjectName("confusionPlots")
        self.plots.setMinimumSize(320, 260)
        self.plots.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plots.installEventFilter(self)
        self.matrix_plot = self.plots.addPlot(row=0, col=0)
        self.accuracy_plot = self.plots.addPlot(row=0, col=1)
        self.plots.ci.layout.setColumnStretchFactor(0, 5)
        self.plots.ci.layout.setColumnStretchFactor(1, 1)
        self._setup_matrix_plot()
        self._setup_accuracy_plot()
        self.plots.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.plots.scene().sigMouseMoved.connect(self._on_scene_moved)
        self.matrix_plot.getViewBox().sigResized.connect(self._update_ticks)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.rates_check)
        layout.addWidget(self.plots, stretch=1)
        layout.addWidget(self.legend_label)
        appearance().changed.connect(self._apply_appearance)
        self._apply_appearance()
        self.retranslate()

    def _setup_matrix_plot(self) -> None:
        plot = self.matrix_plot
        _fixed(plot)
        box = plot.getViewBox()
        box.invertY(True)
        box.setRange(xRange=(0, N_CLASSES), yRange=(0, N_CLASSES), padding=0)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        plot.addItem(self.image_item)
        for k in range(N_CLASSES):
            plot.addItem(_outline(k, k, DIAGONAL_OUTLINE, 1))
        # Two outlines, the theme's text colour outside and its background inside: one of
        # them stands out on any cell.
        self._selection_boxes = [_outline(0, 0, "#000000", 4), _outline(0, 0, "#ffffff", 1)]
        for box_item in self._selection_boxes:
            box_item.setVisible(False)
            plot.addItem(box_item)
        self._texts = [
            [pg.TextItem("", color="k", anchor=(0.5, 0.5)) for _ in range(10)] for _ in range(10)
        ]
        for i, row in enumerate(self._texts):
            for j, text in enumerate(row):
                text.setPos(j + 0.5, i + 0.5)
                plot.addItem(text)

    def _setup_accuracy_plot(self) -> None:
        plot = self.accuracy_plot
        _fixed(plot)
        plot.getAxis("left").setStyle(showValues=False)
        plot.getAxis("bottom").setTicks([[(0.0, "0"), (0.5, "50%"), (1.0, "100%")]])
        plot.setYLink(self.matrix_plot)
        plot.getViewBox().invertY(True)
        plot.setXRange(0, 1, padding=0.02)
        self.accuracy_bars = pg.BarGraphItem(
            x0=np.zeros(10), y=np.arange(10) + 0.5, height=0.7, width=np.zeros(10), pen=None
        )
        plot.addItem(self.accuracy_bars)
        self._accuracy_texts = [pg.TextItem("", color="k", anchor=(0, 0.5)) for _ in range(10)]
        for i, text in enumerate(self._accuracy_texts):
            text.setPos(0.0, i + 0.5)
            plot.addItem(text)

    # -- language, theme and class names ---------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language (also the title, from the current matrix)."""
        digits = self._names == DIGITS
        self.rates_check.setText(self.tr("Rates (each row sums to 100%)"))
        tip = (
            self.tr("Show each cell as a share of its row (its true digit)")
            if digits
            else self.tr("Show each cell as a share of its row (its true class)")
        )
        self.rates_check.setToolTip(tip)
        self.rates_check.setAccessibleName(self.tr("Show rates"))
        self.legend_label.setText(
            self.tr("Blue: read right; orange: mistakes. Click a cell to see its images.")
        )
        legend = (
            self.tr(
                "Rows: the true digit; columns: what the network read. Blue: read right; "
                "orange: mistakes, the darkest the most common. Click a cell to see its images "
                "(or move with the arrow keys and press Enter)."
            )
            if digits
            else self.tr(
                "Rows: the true class; columns: what the network read. Blue: read right; "
                "orange: mistakes, the darkest the most common. Click a cell to see its images "
                "(or move with the arrow keys and press Enter)."
            )
        )
        self.legend_label.setToolTip(legend)
        self.plots.setAccessibleName(self.tr("Confusion matrix"))
        self.plots.setAccessibleDescription(legend)
        self.plots.setToolTip(legend)
        left = self.tr("true digit") if digits else self.tr("true class")
        self.matrix_plot.setLabel("left", left)
        self.matrix_plot.setLabel("bottom", self.tr("read as"))
        self.accuracy_plot.setLabel("bottom", self.tr("accuracy"))
        self._redraw()

    def set_class_names(self, names: Sequence[str]) -> None:
        """Name the ten classes on the axes and in the texts (default: the digits "0".."9")."""
        names = tuple(str(name) for name in names)
        if len(names) != N_CLASSES:
            raise ValueError(f"need {N_CLASSES} class names, got {len(names)}")
        self._names = names
        self._update_ticks()
        self.retranslate()

    @property
    def class_names(self) -> tuple[str, ...]:
        return self._names

    def axis_ticks(self, side: str) -> list[str]:
        """The tick texts shown on the ``"left"`` or ``"bottom"`` axis (elided names)."""
        ticks = self.matrix_plot.getAxis(side)._tickLevels  # set by setTicks
        return [text for _, text in ticks[0]] if ticks else []

    def _update_ticks(self) -> None:
        """Elide the names to the room there is: a column's width below, a fixed width left."""
        metrics = QFontMetrics(QApplication.font())
        column = max(self.matrix_plot.getViewBox().width() / N_CLASSES - 4, 8)
        for side, width in (("bottom", column), ("left", LEFT_NAME_WIDTH)):
            elide = Qt.TextElideMode.ElideRight
            ticks = [
                (k + 0.5, metrics.elidedText(name, elide, int(width)))
                for k, name in enumerate(self._names)
            ]
            self.matrix_plot.getAxis(side).setTicks([ticks])

    def _apply_appearance(self) -> None:
        colors = appearance().palette
        style_plot(self.plots, [self.matrix_plot, self.accuracy_plot])
        self._selection_boxes[0].setPen(pg.mkPen(colors.foreground, width=4))
        self._selection_boxes[1].setPen(pg.mkPen(colors.background, width=1))
        self.accuracy_bars.setOpts(brush=pg.mkBrush(colors.bar))
        for text in self._accuracy_texts:
            text.setColor(colors.foreground)
        self._update_ticks()

    # -- what is shown -------------------------------------------------------------------

    @property
    def confusion(self) -> np.ndarray | None:
        """The counts shown, ``(10, 10) int64`` (row = true class), or None."""
        return self._confusion

    @property
    def epoch(self) -> int | None:
        return self._epoch

    @property
    def selected_cell(self) -> tuple[int, int] | None:
        """(true, read) of the outlined cell, or None."""
        return self._selected

    def cell_texts(self) -> list[list[str]]:
        """The number shown in each cell, row by row."""
        return [[text.textItem.toPlainText() for text in row] for row in self._texts]

    def accuracy_texts(self) -> list[str]:
        """The per-class accuracy written beside each row."""
        return [text.textItem.toPlainText() for text in self._accuracy_texts]

    def set_confusion(self, confusion: np.ndarray | None, epoch: int | None) -> None:
        """Show ``confusion (10, 10)`` counts measured at ``epoch`` (None or -1: nothing yet)."""
        if confusion is None or epoch is None or epoch < 0:
            self.clear()
            return
        confusion = np.asarray(confusion, dtype=np.int64)
        if confusion.shape != (N_CLASSES, N_CLASSES):
            raise ValueError(f"confusion must be {N_CLASSES}x{N_CLASSES}, got {confusion.shape}")
        self._confusion, self._epoch = confusion.copy(), int(epoch)
        self._redraw()

    def select_cell(self, cell: tuple[int, int] | None) -> None:
        """Outline cell (true, read), or none; emits nothing."""
        self._selected = cell
        for box in self._selection_boxes:
            box.setVisible(cell is not None)
            if cell is not None:
                box.setRect(QRectF(cell[1], cell[0], 1, 1))

    def clear(self) -> None:
        """Show no matrix."""
        self._confusion, self._epoch = None, None
        self.select_cell(None)
        self._redraw()

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(true, read) of the cell at view point (x, y), or None outside the matrix."""
        if not (0 <= x < N_CLASSES and 0 <= y < N_CLASSES):
            return None
        return int(y), int(x)

    def cell_tip(self, true: int, read: int) -> str:
        """What a cell holds, with the classes' full names (its tooltip)."""
        if self._confusion is None:
            return ""
        values = {
            "count": f"{int(self._confusion[true, read]):,}",
            "true": self._names[true],
            "read": self._names[read],
            "rate": f"{float(row_rates(self._confusion)[true, read]):.1%}",
        }
        if true == read:
            return self.tr("{count} images of “{true}” read right ({rate} of the row)").format(
                **values
            )
        return self.tr("{count} images of “{true}” read as “{read}” ({rate} of the row)").format(
            **values
        )

    # -- drawing -------------------------------------------------------------------------

    def _redraw(self) -> None:
        confusion = self._confusion
        if confusion is None:
            self.title_label.setText(
                self.tr("Confusion matrix of the test set: after the first epoch")
            )
            self.image_item.clear()
            for row in self._texts:
                for text in row:
                    text.setText("")
            self.accuracy_bars.setOpts(width=np.zeros(10))
            for text in self._accuracy_texts:
                text.setText("")
            return
        total, right = int(confusion.sum()), int(np.trace(confusion))
        share = right / total if total else 0.0
        title = self.tr("Test set at epoch {epoch}: {right} of {total} read right ({share})")
        self.title_label.setText(
            title.format(
                epoch=self._epoch, right=f"{right:,}", total=f"{total:,}", share=f"{share:.1%}"
            )
        )
        colors = cell_colors(confusion)
        self.image_item.setImage(colors, autoLevels=False, levels=(0, 255))
        self.image_item.setRect(QRectF(0, 0, N_CLASSES, N_CLASSES))
        rates = row_rates(confusion)
        show_rates = self.rates_check.isChecked()
        for i, row in enumerate(self._texts):
            for j, text in enumerate(row):
                text.setText(cell_text(int(confusion[i, j]), float(rates[i, j]), show_rates))
                zero = confusion[i, j] == 0
                text.setColor(ZERO_TEXT if zero else text_color(colors[i, j]))
        accuracy = per_class_accuracy(confusion)
        self.accuracy_bars.setOpts(width=np.nan_to_num(accuracy))
        for text, value in zip(self._accuracy_texts, accuracy, strict=True):
            text.setText(self.tr("no images") if np.isnan(value) else f"{value:.1%}")

    # -- mouse and keys ------------------------------------------------------------------

    def _cell_under(self, scene_pos: QPointF) -> tuple[int, int] | None:
        box = self.matrix_plot.getViewBox()
        if self._confusion is None or not box.sceneBoundingRect().contains(scene_pos):
            return None
        point = box.mapSceneToView(scene_pos)
        return self.cell_at(point.x(), point.y())

    def _name_under(self, scene_pos: QPointF) -> str | None:
        """The full class name under the pointer on the left or bottom axis."""
        point = self.matrix_plot.getViewBox().mapSceneToView(scene_pos)
        for side, value in (("left", point.y()), ("bottom", point.x())):
            axis = self.matrix_plot.getAxis(side)
            if axis.sceneBoundingRect().contains(scene_pos) and 0 <= value < N_CLASSES:
                return self._names[int(value)]
        return None

    def _on_scene_clicked(self, event: object) -> None:
        cell = self._cell_under(event.scenePos())  # type: ignore[attr-defined]
        if cell is not None:
            self.select_cell(cell)
            self.cell_clicked.emit(*cell)

    def _on_scene_moved(self, scene_pos: QPointF) -> None:
        cell = self._cell_under(scene_pos)
        if cell is not None:
            self.plots.setToolTip(self.cell_tip(*cell))
            return
        name = self._name_under(scene_pos)
        self.plots.setToolTip(name if name is not None else self.legend_label.toolTip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys move the outline over the matrix; Enter or Space shows its cell."""
        if watched is self.plots and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_key(event.key())
        return super().eventFilter(watched, event)

    def _on_key(self, key: int) -> bool:
        if self._confusion is None:
            return False
        if key in MOVES:
            true, read = self._selected if self._selected is not None else (0, 0)
            if self._selected is not None:
                d_true, d_read = MOVES[Qt.Key(key)]
                true = min(max(true + d_true, 0), N_CLASSES - 1)
                read = min(max(read + d_read, 0), N_CLASSES - 1)
            self.select_cell((true, read))
            self.plots.setToolTip(self.cell_tip(true, read))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._selected:
            self.cell_clicked.emit(*self._selected)
            return True
        return False


def _fixed(plot: pg.PlotItem) -> None:
    """No mouse zoom or menu: the view is fixed."""
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()


def _outline(row: int, col: int, color: str, width: int) -> QGraphicsRectItem:
    box = QGraphicsRectItem(QRectF(col, row, 1, 1))
    box.setPen(pg.mkPen(color, width=width))
    return box
