"""The confusion matrix's two plots: the cells and their numbers, the per-class accuracy bars.

Both plots are fixed (no mouse zoom or menu) and share the rows: row i of the matrix,
y from i to i + 1 downwards, sits beside class i's accuracy bar. Each diagonal cell is
outlined; two more outlines (hidden until a cell is chosen) mark the selected cell.
``show_cells`` and ``show_accuracy`` draw a matrix on them (or nothing).
The class names on the axes are elided to the room there is (a column's width below,
``LEFT_NAME_WIDTH`` on the left); ``name_under`` gives the full name under the pointer.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

from core.mistakes import row_rates
from gui.confusion_cells import (
    DIAGONAL_OUTLINE,
    N_CLASSES,
    ZERO_TEXT,
    cell_at,
    cell_colors,
    cell_text,
    text_color,
)

LEFT_NAME_WIDTH = 90
"""Pixels for a class name on the left axis; longer ones are elided."""


def matrix_items(
    plot: pg.PlotItem,
) -> tuple[pg.ImageItem, list[QGraphicsRectItem], list[list[pg.TextItem]]]:
    """Fill ``plot`` with the cells' image, the outlines and a text per cell.

    Returns the image item, the two selection outlines (hidden) and the ``(10, 10)``
    texts, row by row.
    """
    fixed(plot)
    box = plot.getViewBox()
    box.invertY(True)
    box.setRange(xRange=(0, N_CLASSES), yRange=(0, N_CLASSES), padding=0)
    image_item = pg.ImageItem(axisOrder="row-major")
    plot.addItem(image_item)
    for k in range(N_CLASSES):
        plot.addItem(outline(k, k, DIAGONAL_OUTLINE, 1))
    # Two outlines, the theme's text colour outside and its background inside: one of
    # them stands out on any cell.
    selection_boxes = [outline(0, 0, "#000000", 4), outline(0, 0, "#ffffff", 1)]
    for box_item in selection_boxes:
        box_item.setVisible(False)
        plot.addItem(box_item)
    texts = [[pg.TextItem("", color="k", anchor=(0.5, 0.5)) for _ in range(10)] for _ in range(10)]
    for i, row in enumerate(texts):
        for j, text in enumerate(row):
            text.setPos(j + 0.5, i + 0.5)
            plot.addItem(text)
    return image_item, selection_boxes, texts


def accuracy_items(
    plot: pg.PlotItem, matrix_plot: pg.PlotItem
) -> tuple[pg.BarGraphItem, list[pg.TextItem]]:
    """Fill ``plot`` (rows linked to ``matrix_plot``) with ten bars and a text beside each."""
    fixed(plot)
    plot.getAxis("left").setStyle(showValues=False)
    plot.getAxis("bottom").setTicks([[(0.0, "0"), (0.5, "50%"), (1.0, "100%")]])
    plot.setYLink(matrix_plot)
    plot.getViewBox().invertY(True)
    plot.setXRange(0, 1, padding=0.02)
    bars = pg.BarGraphItem(
        x0=np.zeros(10), y=np.arange(10) + 0.5, height=0.7, width=np.zeros(10), pen=None
    )
    plot.addItem(bars)
    texts = [pg.TextItem("", color="k", anchor=(0, 0.5)) for _ in range(10)]
    for i, text in enumerate(texts):
        text.setPos(0.0, i + 0.5)
        plot.addItem(text)
    return bars, texts


def show_cells(
    image_item: pg.ImageItem,
    texts: list[list[pg.TextItem]],
    confusion: np.ndarray | None,
    show_rates: bool,
) -> None:
    """Colour the cells by ``confusion (10, 10)`` and write their numbers; None: empty."""
    if confusion is None:
        image_item.clear()
        for row in texts:
            for text in row:
                text.setText("")
        return
    colors = cell_colors(confusion)
    image_item.setImage(colors, autoLevels=False, levels=(0, 255))
    image_item.setRect(QRectF(0, 0, N_CLASSES, N_CLASSES))
    rates = row_rates(confusion)
    for i, row in enumerate(texts):
        for j, text in enumerate(row):
            text.setText(cell_text(int(confusion[i, j]), float(rates[i, j]), show_rates))
            zero = confusion[i, j] == 0
            text.setColor(ZERO_TEXT if zero else text_color(colors[i, j]))


def show_accuracy(
    bars: pg.BarGraphItem, texts: list[pg.TextItem], accuracy: np.ndarray | None, no_images: str
) -> None:
    """Bars and percentages of ``accuracy (10,)`` (``no_images`` for NaN); None: empty."""
    if accuracy is None:
        bars.setOpts(width=np.zeros(10))
        for text in texts:
            text.setText("")
        return
    bars.setOpts(width=np.nan_to_num(accuracy))
    for text, value in zip(texts, accuracy, strict=True):
        text.setText(no_images if np.isnan(value) else f"{value:.1%}")


def cell_under(plot: pg.PlotItem, scene_pos: QPointF) -> tuple[int, int] | None:
    """(true, read) of the cell under scene point ``scene_pos``, or None off the matrix."""
    box = plot.getViewBox()
    if not box.sceneBoundingRect().contains(scene_pos):
        return None
    point = box.mapSceneToView(scene_pos)
    return cell_at(point.x(), point.y())


def set_name_ticks(plot: pg.PlotItem, names: Sequence[str]) -> None:
    """Elide the names to the room there is: a column's width below, a fixed width left."""
    metrics = QFontMetrics(QApplication.font())
    column = max(plot.getViewBox().width() / N_CLASSES - 4, 8)
    for side, width in (("bottom", column), ("left", LEFT_NAME_WIDTH)):
        elide = Qt.TextElideMode.ElideRight
        ticks = [
            (k + 0.5, metrics.elidedText(name, elide, int(width))) for k, name in enumerate(names)
        ]
        plot.getAxis(side).setTicks([ticks])


def name_under(plot: pg.PlotItem, names: Sequence[str], scene_pos: QPointF) -> str | None:
    """The full class name under the pointer on the left or bottom axis."""
    point = plot.getViewBox().mapSceneToView(scene_pos)
    for side, value in (("left", point.y()), ("bottom", point.x())):
        axis = plot.getAxis(side)
        if axis.sceneBoundingRect().contains(scene_pos) and 0 <= value < N_CLASSES:
            return names[int(value)]
    return None


def fixed(plot: pg.PlotItem) -> None:
    """No mouse zoom or menu: the view is fixed."""
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()


def outline(row: int, col: int, color: str, width: int) -> QGraphicsRectItem:
    """A rectangle around cell (row, col) drawn with a ``color`` pen ``width`` wide."""
    box = QGraphicsRectItem(QRectF(col, row, 1, 1))
    box.setPen(pg.mkPen(color, width=width))
    return box
