"""The gradient check's diagnosis: W1's relative errors as 28x28 tiles, the worst entries, causes.

Tile j is ``|n - b| / (|n| + |b|)`` of ``W1[:, j]`` (``core.gradcheck_hints.error_map``),
upright like the weights view's tile j, on a log colour scale from 1e-10 to 1e-2
(viridis: ordered for colour-blind readers and in grey; light grey where the quick
method did not look, white between the tiles). Tiles smaller than 28 pixels show the
*largest* error of the entries each pixel covers, so one bad entry never averages away.
The verdict sits above three tabs: the tiles, the worst entries (``gradcheckWorstTable``)
and the usual causes, the ones this check's numbers point to first; a failed check
opens that tab. Texts are set in ``retranslate`` (the verdict and hints, ``core.phrase``
objects, translated); the background around the tiles and the colour bar's axis follow
``appearance()``, the colour map stays. The tiles' arithmetic is in
``gui.gradcheck_error_tiles``, the causes tab's text in ``gui.gradcheck_causes_text``.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.gradcheck import GradCheckResult
from core.gradcheck_hints import Diagnosis, WorstEntry, diagnose, error_map, worst_entries
from core.mosaic import TILE, MosaicLayout, fit_layout, to_rgba
from gui.appearance import appearance
from gui.gradcheck_causes_text import causes_html, translated
from gui.gradcheck_error_tiles import (
    BLACK,
    COLORMAP,
    LOG_LEVELS,
    UNCHECKED_GRAY,
    WHITE,
    error_mosaic,
    log_errors,
    tile_mask,
)
from gui.i18n import Retranslating
from gui.mosaic_canvas import MosaicCanvas, rgba_to_qimage

__all__ = [
    "CAUSES_TAB",
    "COLORMAP",
    "HOVER_HINT",
    "LOG_LEVELS",
    "TILES_TAB",
    "UNCHECKED_GRAY",
    "WORST_COLUMNS",
    "WORST_TAB",
    "GradCheckDiagnosisWidget",
    "error_mosaic",
    "log_errors",
    "tile_mask",
    "translated",
]

WORST_COUNT = 10
WORST_COLUMNS = (
    QT_TRANSLATE_NOOP("GradCheckDiagnosisWidget", "parameter"),
    QT_TRANSLATE_NOOP("GradCheckDiagnosisWidget", "entry"),
    QT_TRANSLATE_NOOP("GradCheckDiagnosisWidget", "numerical"),
    QT_TRANSLATE_NOOP("GradCheckDiagnosisWidget", "backprop"),
    QT_TRANSLATE_NOOP("GradCheckDiagnosisWidget", "relative error"),
)
TILES_TAB, WORST_TAB, CAUSES_TAB = 0, 1, 2
HOVER_HINT = QT_TRANSLATE_NOOP(
    "GradCheckDiagnosisWidget",
    "relative error of each W1 entry (grey: not checked); hover a tile for its worst",
)
COLOR_BAR_HEIGHT = 52


def _tr(text: str) -> str:
    return QCoreApplication.translate("GradCheckDiagnosisWidget", text)


class GradCheckDiagnosisWidget(Retranslating, QWidget):
    """Where a check's errors are and what usually causes them; empty until ``show_result``.

    Attributes
    ----------
    diagnosis : Diagnosis or None
    errors : (784, H) float64 ndarray or None
        W1's per-entry relative errors, NaN where not compared; what the tiles show.
    worst : list of WorstEntry
        The rows of ``worst_table``, the largest relative error first.
    mosaic : (h, w) float32 ndarray or None
        The tiles as drawn: log10 of ``errors`` laid out, NaN in the gaps.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradcheckDiagnosis")
        self.diagnosis: Diagnosis | None = None
        self.errors: np.ndarray | None = None
        self.worst: list[WorstEntry] = []
        self.mosaic: np.ndarray | None = None
        self.mosaic_layout: MosaicLayout | None = None
        self._origin = (0, 0)
        self._hovered: tuple[float, float] | None = None  # the canvas pixel under the mouse
        cmap = pg.colormap.get(COLORMAP)
        self._lut = cmap.getLookupTable(nPts=256, alpha=False)
        self.verdict_label = QLabel(objectName="gradcheckVerdict", wordWrap=True)
        self.tabs = QTabWidget(objectName="gradcheckDiagnosisTabs")
        self.tabs.addTab(self._build_tiles(cmap), "")
        self.worst_table = QTableWidget(0, len(WORST_COLUMNS), objectName="gradcheckWorstTable")
        self.worst_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.worst_table.verticalHeader().setVisible(False)
        row_height = self.worst_table.fontMetrics().height() + 6
        self.worst_table.verticalHeader().setDefaultSectionSize(row_height)
        self.tabs.addTab(self.worst_table, "")
        self.causes_label = QLabel(objectName="gradcheckCauses", wordWrap=True)
        self.causes_label.setTextFormat(Qt.TextFormat.RichText)
        self.causes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        causes = QScrollArea(widgetResizable=True)
        causes.setWidget(self.causes_label)
        self.tabs.addTab(causes, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.tabs, 1)
        appearance().changed.connect(self._apply_appearance)
        self.clear()
        self._apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (verdict, causes and table from the result)."""
        names = (self.tr("W1 relative error"), self.tr("Worst entries"), self.tr("Usual causes"))
        tips = (
            self.tr("W1's relative errors as one 28x28 tile per hidden unit"),
            self.tr("The entries with the largest relative error"),
            self.tr("What usually makes a gradient check fail"),
        )
        for index, (name, tip) in enumerate(zip(names, tips, strict=True)):
            self.tabs.setTabText(index, name)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.widget(index).setAccessibleName(name)
        self.tabs.setAccessibleName(self.tr("Diagnosis"))
        self.worst_table.setHorizontalHeaderLabels([_tr(text) for text in WORST_COLUMNS])
        self.worst_table.setToolTip(self.tr("The entries with the largest relative error"))
        self.canvas.setAccessibleName(self.tr("W1 relative error tiles"))
        self.canvas.setToolTip(_tr(HOVER_HINT))
        self._write_texts()

    def _write_texts(self) -> None:
        """The verdict, the causes, the hover line and the table's tooltips from the state."""
        diagnosis = self.diagnosis
        self.verdict_label.setText("" if diagnosis is None else translated(diagnosis.verdict))
        self.causes_label.setText(causes_html(diagnosis))
        hovered = self._hovered
        self.hover_label.setText(_tr(HOVER_HINT) if hovered is None else self.describe_at(*hovered))
        self._fill_worst_table()

    def _apply_appearance(self) -> None:
        """The background around the tiles and the colour bar's axis in the theme's colours."""
        colors = appearance().palette
        self.canvas.set_background(colors.background)
        self.bar_view.setBackground(colors.background)
        axis = self.color_bar.getAxis("bottom")
        axis.setTextPen(colors.foreground)
        axis.setPen(colors.foreground)
        self._redraw()

    def _build_tiles(self, cmap: pg.ColorMap) -> QWidget:
        self.canvas = MosaicCanvas(WHITE, BLACK)
        self.canvas.setObjectName("gradcheckTiles")
        self.canvas.resized.connect(self._redraw)
        self.canvas.hovered.connect(self._on_canvas_hovered)
        self.canvas.left.connect(self._on_canvas_left)
        self.bar_view = bar_view = pg.GraphicsLayoutWidget()
        bar_view.setObjectName("gradcheckColorBar")
        bar_view.setFixedHeight(COLOR_BAR_HEIGHT)
        self.color_bar = bar = pg.ColorBarItem(
            values=LOG_LEVELS, colorMap=cmap, interactive=False, orientation="horizontal"
        )
        low, high = (int(v) for v in LOG_LEVELS)
        bar.getAxis("bottom").setTicks([[(v, f"1e{v}") for v in range(low, high + 1, 2)], []])
        bar_view.addItem(bar, row=0, col=0)
        self.hover_label = QLabel(objectName="gradcheckTilesHover")
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.canvas, 1)
        column.addWidget(bar_view)
        column.addWidget(self.hover_label)
        return page

    # -- API -------------------------------------------------------------------------

    def show_result(self, result: GradCheckResult) -> None:
        """Show ``result``'s diagnosis, worst entries and W1 tiles; cheap (a few ms)."""
        self.diagnosis = diagnose(result)
        self.worst = worst_entries(result, WORST_COUNT)
        errors = error_map(result, "W1")
        self.errors = errors if errors is not None and errors.shape[0] == TILE * TILE else None
        self._write_texts()
        self._redraw()
        self.tabs.setCurrentIndex(CAUSES_TAB if self.diagnosis.passed is False else TILES_TAB)

    def clear(self) -> None:
        """Show nothing."""
        self.diagnosis, self.errors, self.worst = None, None, []
        self.mosaic = self.mosaic_layout = None
        self._hovered = None
        self._write_texts()
        self.canvas.show_picture(None, (0, 0))

    def tile(self, unit: int) -> np.ndarray:
        """``(28, 28)`` relative errors of hidden unit ``unit``'s weights (row = image row)."""
        if self.errors is None:
            raise LookupError("no W1 errors shown")
        return self.errors[:, unit].reshape(TILE, TILE)

    def describe_at(self, x: float, y: float) -> str:
        """Hover text for canvas pixel (x, y): the unit there, its worst entry, the one hovered."""
        unit = None
        if self.mosaic_layout is not None and self.errors is not None:
            unit = self.mosaic_layout.unit_at(x - self._origin[0], y - self._origin[1])
        if unit is None:
            return _tr(HOVER_HINT)
        tile = self.tile(unit)
        if np.isnan(tile).all():
            return self.tr("hidden unit {unit}: no entry checked").format(unit=unit)
        row, col = np.unravel_index(np.nanargmax(tile), tile.shape)
        left, top = self.mosaic_layout.tile_origin(unit)
        scale = TILE / self.mosaic_layout.tile
        r = min(int((y - self._origin[1] - top) * scale), TILE - 1)
        c = min(int((x - self._origin[0] - left) * scale), TILE - 1)
        value = tile[r, c]
        here = self.tr("not checked") if math.isnan(value) else f"{value:.1e}"
        text = self.tr(
            "hidden unit {unit}: worst {worst} at pixel ({row}, {column}); pixel ({r}, {c}): {here}"
        )
        return text.format(
            unit=unit, worst=f"{tile[row, col]:.1e}", row=row, column=col, r=r, c=c, here=here
        )

    # -- drawing -----------------------------------------------------------------------

    def _redraw(self) -> None:
        if self.errors is None:
            self.mosaic = self.mosaic_layout = None
            self.canvas.show_picture(None, (0, 0))
            return
        width, height = self.canvas.pixel_size()
        layout = self.mosaic_layout = fit_layout(self.errors.shape[1], width, height)
        self.mosaic = error_mosaic(log_errors(self.errors), layout)
        mosaic_h, mosaic_w = layout.shape
        self._origin = (max((width - mosaic_w) // 2, 0), max((height - mosaic_h) // 2, 0))
        rgba = to_rgba(self.mosaic, LOG_LEVELS, self._lut, UNCHECKED_GRAY)
        background = QColor(appearance().palette.background)
        rgba[~tile_mask(layout), :3] = (background.red(), background.green(), background.blue())
        self.canvas.show_picture(rgba_to_qimage(rgba), self._origin)

    def _fill_worst_table(self) -> None:
        self.worst_table.setRowCount(len(self.worst))
        for row, entry in enumerate(self.worst):
            index = ", ".join(str(i) for i in entry.index)
            cells = (
                entry.key,
                f"[{index}]",
                f"{entry.numerical:.6e}",
                f"{entry.backprop:.6e}",
                f"{entry.relative_error:.2e}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if entry.key == "W1" and column == 1:
                    pixel, unit = divmod(entry.index[0], TILE), entry.index[1]
                    tip = self.tr("pixel (row {row}, column {column}) -> hidden unit {unit}")
                    item.setToolTip(tip.format(row=pixel[0], column=pixel[1], unit=unit))
                self.worst_table.setItem(row, column, item)
        self.worst_table.resizeColumnsToContents()

    def _on_canvas_hovered(self, x: float, y: float) -> None:
        self._hovered = (x, y)
        self.hover_label.setText(self.describe_at(x, y))

    def _on_canvas_left(self) -> None:
        self._hovered = None
        self.hover_label.setText(_tr(HOVER_HINT))
