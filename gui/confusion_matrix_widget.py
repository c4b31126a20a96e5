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
shows the outlined cell's images, as a click does. What a cell shows is worked out in
``gui.confusion_cells``, the two plots are built and drawn in ``gui.confusion_plots``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from core.mistakes import per_class_accuracy, row_rates
from gui.appearance import appearance, style_plot
from gui.confusion_cells import (
    DIGITS,
    MOVES,
    N_CLASSES,
    cell_at,
    cell_colors,
    cell_text,
    moved_cell,
    text_color,
)
from gui.confusion_plots import (
    accuracy_items,
    cell_under,
    matrix_items,
    name_under,
    set_name_ticks,
    show_accuracy,
    show_cells,
)
from gui.i18n import Retranslating

__all__ = ["DIGITS", "N_CLASSES", "ConfusionMatrixView", "cell_colors", "cell_text", "text_color"]


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
        self.image_item, self._selection_boxes, self._texts = matrix_items(self.matrix_plot)
        self.accuracy_bars, self._accuracy_texts = accuracy_items(
            self.accuracy_plot, self.matrix_plot
        )
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
        set_name_ticks(self.matrix_plot, self._names)

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
        return cell_at(x, y)

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
            show_cells(self.image_item, self._texts, None, show_rates=False)
            show_accuracy(self.accuracy_bars, self._accuracy_texts, None, "")
            return
        total, right = int(confusion.sum()), int(np.trace(confusion))
        share = right / total if total else 0.0
        title = self.tr("Test set at epoch {epoch}: {right} of {total} read right ({share})")
        self.title_label.setText(
            title.format(
                epoch=self._epoch, right=f"{right:,}", total=f"{total:,}", share=f"{share:.1%}"
            )
        )
        show_cells(self.image_item, self._texts, confusion, self.rates_check.isChecked())
        accuracy = per_class_accuracy(confusion)
        show_accuracy(self.accuracy_bars, self._accuracy_texts, accuracy, self.tr("no images"))

    # -- mouse and keys ------------------------------------------------------------------

    def _cell_under(self, scene_pos: QPointF) -> tuple[int, int] | None:
        return None if self._confusion is None else cell_under(self.matrix_plot, scene_pos)

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
        name = name_under(self.matrix_plot, self._names, scene_pos)
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
            true, read = moved_cell(self._selected, key)
            self.select_cell((true, read))
            self.plots.setToolTip(self.cell_tip(true, read))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._selected:
            self.cell_clicked.emit(*self._selected)
            return True
        return False
