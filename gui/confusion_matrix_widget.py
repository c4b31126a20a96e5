"""The test set's confusion matrix as a heatmap with a number in each cell, and per-class accuracy.

Row i is the true digit, column j the digit it was read as. The diagonal (read right)
is coloured white to blue and outlined; the mistakes white to orange, the most common
mistake darkest, so the off-diagonal cells that matter stand out whatever the
accuracy (blue and orange stay apart for colour-blind viewers). Colours follow the
row rates in both modes; the numbers are counts, or the row rates when
``confusionRatesCheck`` is ticked. Beside each row, a bar gives that digit's accuracy.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtWidgets import QCheckBox, QGraphicsRectItem, QLabel, QVBoxLayout, QWidget

from core.mistakes import per_class_accuracy, row_rates

N_CLASSES = 10
RIGHT_COLORS = [(255, 255, 255), (158, 202, 225), (33, 113, 181), (8, 48, 107)]  # Blues
WRONG_COLORS = [(255, 255, 255), (253, 208, 162), (253, 141, 60), (166, 54, 3)]  # Oranges
DIAGONAL_OUTLINE = "#08306b"
SELECTED_OUTLINE = "k"
ZERO_TEXT = (170, 170, 170)
BAR_COLOR = (107, 174, 214)
NO_DATA_TITLE = "Confusion matrix of the test set: after the first epoch"
SHORT_LEGEND = "Blue: read right; orange: mistakes. Click a cell to see its images."
LEGEND = (
    "Rows: the true digit; columns: what the network read. Blue: read right; orange: "
    "mistakes, the darkest the most common. Click a cell to see its images."
)


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


def cell_text(count: int, rate: float, rates: bool) -> str:
    """A cell's number: the count, or the row rate as a percentage (one decimal below 10%)."""
    if not rates:
        return str(count)
    if rate == 0:
        return "0"
    return f"{rate:.0%}" if rate >= 0.1 else f"{rate:.1%}"


class ConfusionMatrixView(QWidget):
    """A 10x10 confusion matrix with numbers, per-class accuracy bars and a title naming the epoch.

    Signals
    -------
    cell_clicked(true, read)
        The learner clicked the cell of digit ``true`` read as ``read``.
    """

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusionMatrixView")
        self._confusion: np.ndarray | None = None
        self._epoch: int | None = None
        self._selected: tuple[int, int] | None = None
        # One line: a wrapped title grew past the height the layout had planned for it.
        self.title_label = QLabel(NO_DATA_TITLE, objectName="confusionTitle")
        self.rates_check = QCheckBox(
            "Rates (each row sums to 100%)", objectName="confusionRatesCheck"
        )
        self.rates_check.setToolTip("Show each cell as a share of its row (its true digit)")
        self.rates_check.toggled.connect(self._redraw)
        # Short and on one line (the rest in its tooltip): a wrapped legend grew past the
        # height the layout had planned for it and was drawn over the plots.
        self.legend_label = QLabel(SHORT_LEGEND, objectName="confusionLegend")
        self.legend_label.setToolTip(LEGEND)

        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setObjectName("confusionPlots")
        self.plots.setBackground("w")
        self.plots.setMinimumSize(320, 260)
        self.matrix_plot = self.plots.addPlot(row=0, col=0)
        self.accuracy_plot = self.plots.addPlot(row=0, col=1)
        self.plots.ci.layout.setColumnStretchFactor(0, 5)
        self.plots.ci.layout.setColumnStretchFactor(1, 1)
        self._setup_matrix_plot()
        self._setup_accuracy_plot()
        self.plots.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.plots.scene().sigMouseMoved.connect(self._on_scene_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.rates_check)
        layout.addWidget(self.plots, stretch=1)
        layout.addWidget(self.legend_label)

    def _setup_matrix_plot(self) -> None:
        plot = self.matrix_plot
        _plain_axes(plot)
        plot.setLabel("left", "true digit", color="k")
        plot.setLabel("bottom", "read as", color="k")
        ticks = [[(k + 0.5, str(k)) for k in range(N_CLASSES)]]
        for side in ("left", "bottom"):
            plot.getAxis(side).setTicks(ticks)
        box = plot.getViewBox()
        box.invertY(True)
        box.setRange(xRange=(0, N_CLASSES), yRange=(0, N_CLASSES), padding=0)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        plot.addItem(self.image_item)
        for k in range(N_CLASSES):
            plot.addItem(_outline(k, k, DIAGONAL_OUTLINE, 1))
        self._selection_box = _outline(0, 0, SELECTED_OUTLINE, 3)
        self._selection_box.setVisible(False)
        plot.addItem(self._selection_box)
        self._texts = [
            [pg.TextItem("", color="k", anchor=(0.5, 0.5)) for _ in range(10)] for _ in range(10)
        ]
        for i, row in enumerate(self._texts):
            for j, text in enumerate(row):
                text.setPos(j + 0.5, i + 0.5)
                plot.addItem(text)

    def _setup_accuracy_plot(self) -> None:
        plot = self.accuracy_plot
        _plain_axes(plot)
        plot.setLabel("bottom", "accuracy", color="k")
        plot.getAxis("left").setStyle(showValues=False)
        plot.getAxis("bottom").setTicks([[(0.0, "0"), (0.5, "50%"), (1.0, "100%")]])
        plot.setYLink(self.matrix_plot)
        plot.getViewBox().invertY(True)
        plot.setXRange(0, 1, padding=0.02)
        self.accuracy_bars = pg.BarGraphItem(
            x0=np.zeros(10),
            y=np.arange(10) + 0.5,
            height=0.7,
            width=np.zeros(10),
            brush=BAR_COLOR,
            pen=None,
        )
        plot.addItem(self.accuracy_bars)
        self._accuracy_texts = [pg.TextItem("", color="k", anchor=(0, 0.5)) for _ in range(10)]
        for i, text in enumerate(self._accuracy_texts):
            text.setPos(0.0, i + 0.5)
            plot.addItem(text)

    # -- what is shown -------------------------------------------------------------------

    @property
    def confusion(self) -> np.ndarray | None:
        """The counts shown, ``(10, 10) int64`` (row = true digit), or None."""
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
        self._selection_box.setVisible(cell is not None)
        if cell is not None:
            self._selection_box.setRect(QRectF(cell[1], cell[0], 1, 1))

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

    # -- drawing -------------------------------------------------------------------------

    def _redraw(self) -> None:
        confusion = self._confusion
        if confusion is None:
            self.title_label.setText(NO_DATA_TITLE)
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
        self.title_label.setText(
            f"Test set at epoch {self._epoch}: {right:,} of {total:,} read right ({share:.1%})"
        )
        colors = cell_colors(confusion)
        self.image_item.setImage(colors, autoLevels=False, levels=(0, 255))
        self.image_item.setRect(QRectF(0, 0, N_CLASSES, N_CLASSES))
        rates = row_rates(confusion)
        show_rates = self.rates_check.isChecked()
        for i, row in enumerate(self._texts):
            for j, text in enumerate(row):
                text.setText(cell_text(int(confusion[i, j]), float(rates[i, j]), show_rates))
                dark = colors[i, j].astype(float) @ (0.299, 0.587, 0.114) < 140
                zero = confusion[i, j] == 0
                text.setColor(ZERO_TEXT if zero else ("w" if dark else "k"))
        accuracy = per_class_accuracy(confusion)
        self.accuracy_bars.setOpts(width=np.nan_to_num(accuracy))
        for text, value in zip(self._accuracy_texts, accuracy, strict=True):
            text.setText("no images" if np.isnan(value) else f"{value:.1%}")

    # -- mouse ---------------------------------------------------------------------------

    def _cell_under(self, scene_pos: QPointF) -> tuple[int, int] | None:
        box = self.matrix_plot.getViewBox()
        if self._confusion is None or not box.sceneBoundingRect().contains(scene_pos):
            return None
        point = box.mapSceneToView(scene_pos)
        return self.cell_at(point.x(), point.y())

    def _on_scene_clicked(self, event: object) -> None:
        cell = self._cell_under(event.scenePos())  # type: ignore[attr-defined]
        if cell is not None:
            self.select_cell(cell)
            self.cell_clicked.emit(*cell)

    def _on_scene_moved(self, scene_pos: QPointF) -> None:
        cell = self._cell_under(scene_pos)
        if cell is None or self._confusion is None:
            self.plots.setToolTip("")
            return
        true, read = cell
        count = int(self._confusion[true, read])
        rate = float(row_rates(self._confusion)[true, read])
        verb = "read right" if true == read else f"read as {read}"
        self.plots.setToolTip(f"{count:,} images of {true} {verb} ({rate:.1%} of the {true}s)")


def _plain_axes(plot: pg.PlotItem) -> None:
    """Black axes, no mouse zoom or menu: the view is fixed."""
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for side in ("left", "bottom"):
        plot.getAxis(side).setPen("k")
        plot.getAxis(side).setTextPen("k")


def _outline(row: int, col: int, color: str, width: int) -> QGraphicsRectItem:
    box = QGraphicsRectItem(QRectF(col, row, 1, 1))
    box.setPen(pg.mkPen(color, width=width))
    return box
