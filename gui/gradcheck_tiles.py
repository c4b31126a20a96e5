"""The gradient check's diagnosis: W1's relative errors as 28x28 tiles, the worst entries, causes.

Tile j is ``|n - b| / (|n| + |b|)`` of ``W1[:, j]`` (``core.gradcheck_hints.error_map``),
upright like the weights view's tile j, on a log colour scale from 1e-10 to 1e-2
(viridis: ordered for colour-blind readers and in grey; light grey where the quick
method did not look, white between the tiles). Tiles smaller than 28 pixels show the
*largest* error of the entries each pixel covers, so one bad entry never averages away.
The verdict sits above three tabs: the tiles, the worst entries (``gradcheckWorstTable``)
and the usual causes, the ones this check's numbers point to first; a failed check
opens that tab.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
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
from core.mosaic import TILE, MosaicLayout, fit_layout, resample_pixels, to_rgba
from gui.mosaic_canvas import MosaicCanvas, rgba_to_qimage

LOG_LEVELS = (-10.0, -2.0)
"""log10 of the relative errors at the two ends of the colour map."""
COLORMAP = "viridis"
WHITE, BLACK = (255, 255, 255), "#000000"
UNCHECKED_GRAY = (215, 215, 215)
WORST_COUNT = 10
WORST_COLUMNS = ("parameter", "entry", "numerical", "backprop", "relative error")
TILES_TAB, WORST_TAB, CAUSES_TAB = 0, 1, 2
HOVER_HINT = "relative error of each W1 entry (grey: not checked); hover a tile for its worst"
COLOR_BAR_HEIGHT = 52


def log_errors(errors: np.ndarray) -> np.ndarray:
    """``log10`` of relative errors, exact zeros below the scale, NaN kept: float32."""
    floor = 10.0 ** (LOG_LEVELS[0] - 2)
    return np.log10(np.maximum(errors, floor)).astype(np.float32)  # maximum keeps NaN


def error_mosaic(values: np.ndarray, layout: MosaicLayout) -> np.ndarray:
    """``values (784, H)`` as tiles in ``layout``: ``layout.shape`` float32, NaN in the gaps.

    Enlarged tiles repeat each entry (``core.mosaic.resample_pixels``); shrunk ones keep
    the largest finite value under each pixel (NaN only where no entry was checked).
    """
    size, n_units = layout.tile, values.shape[1]
    if size >= TILE:
        pixels = resample_pixels(values, size)
    else:
        starts = (np.arange(size) * TILE) // size  # disjoint bins covering 0..27
        pixels = values.astype(np.float32).reshape(TILE, TILE, n_units)
        pixels = np.fmax.reduceat(np.fmax.reduceat(pixels, starts, axis=0), starts, axis=1)
    mosaic = np.full(layout.shape, np.nan, dtype=np.float32)
    for unit in range(n_units):
        x, y = layout.tile_origin(unit)
        mosaic[y : y + size, x : x + size] = pixels[:, :, unit]
    return mosaic


def tile_mask(layout: MosaicLayout) -> np.ndarray:
    """``layout.shape`` bool: True on the tiles' pixels, False in gaps and unused tiles."""
    inside = np.zeros(layout.shape, dtype=bool)
    for unit in range(layout.n_units):
        x, y = layout.tile_origin(unit)
        inside[y : y + layout.tile, x : x + layout.tile] = True
    return inside


class GradCheckDiagnosisWidget(QWidget):
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
        cmap = pg.colormap.get(COLORMAP)
        self._lut = cmap.getLookupTable(nPts=256, alpha=False)
        self.verdict_label = QLabel(objectName="gradcheckVerdict", wordWrap=True)
        self.tabs = QTabWidget(objectName="gradcheckDiagnosisTabs")
        self.tabs.addTab(self._build_tiles(cmap), "W1 relative error")
        self.worst_table = QTableWidget(0, len(WORST_COLUMNS), objectName="gradcheckWorstTable")
        self.worst_table.setHorizontalHeaderLabels(list(WORST_COLUMNS))
        self.worst_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.worst_table.verticalHeader().setVisible(False)
        row_height = self.worst_table.fontMetrics().height() + 6
        self.worst_table.verticalHeader().setDefaultSectionSize(row_height)
        self.tabs.addTab(self.worst_table, "Worst entries")
        self.causes_label = QLabel(objectName="gradcheckCauses", wordWrap=True)
        self.causes_label.setTextFormat(Qt.TextFormat.RichText)
        self.causes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        causes = QScrollArea(widgetResizable=True)
        causes.setWidget(self.causes_label)
        self.tabs.addTab(causes, "Usual causes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.tabs, 1)
        self.clear()

    def _build_tiles(self, cmap: pg.ColorMap) -> QWidget:
        self.canvas = MosaicCanvas(WHITE, BLACK)
        self.canvas.setObjectName("gradcheckTiles")
        self.canvas.resized.connect(self._redraw)
        self.canvas.hovered.connect(self._on_canvas_hovered)
        self.canvas.left.connect(lambda: self.hover_label.setText(HOVER_HINT))
        bar_view = pg.GraphicsLayoutWidget()
        bar_view.setBackground("w")
        bar_view.setFixedHeight(COLOR_BAR_HEIGHT)
        bar = pg.ColorBarItem(
            values=LOG_LEVELS, colorMap=cmap, interactive=False, orientation="horizontal"
        )
        axis = bar.getAxis("bottom")
        axis.setTextPen(BLACK)
        axis.setPen(BLACK)
        low, high = (int(v) for v in LOG_LEVELS)
        axis.setTicks([[(v, f"1e{v}") for v in range(low, high + 1, 2)], []])
        bar_view.addItem(bar, row=0, col=0)
        self.hover_label = QLabel(HOVER_HINT, objectName="gradcheckTilesHover")
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
        self.verdict_label.setText(self.diagnosis.verdict)
        self.causes_label.setText(_causes_html(self.diagnosis))
        self._fill_worst_table()
        self._redraw()
        self.tabs.setCurrentIndex(CAUSES_TAB if self.diagnosis.passed is False else TILES_TAB)

    def clear(self) -> None:
        """Show nothing."""
        self.diagnosis, self.errors, self.worst = None, None, []
        self.mosaic = self.mosaic_layout = None
        self.verdict_label.setText("")
        self.causes_label.setText(_causes_html(None))
        self.worst_table.setRowCount(0)
        self.canvas.show_picture(None, (0, 0))
        self.hover_label.setText(HOVER_HINT)

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
            return HOVER_HINT
        tile = self.tile(unit)
        if np.isnan(tile).all():
            return f"hidden unit {unit}: no entry checked"
        row, col = np.unravel_index(np.nanargmax(tile), tile.shape)
        text = f"hidden unit {unit}: worst {tile[row, col]:.1e} at pixel ({row}, {col})"
        left, top = self.mosaic_layout.tile_origin(unit)
        scale = TILE / self.mosaic_layout.tile
        r = min(int((y - self._origin[1] - top) * scale), TILE - 1)
        c = min(int((x - self._origin[0] - left) * scale), TILE - 1)
        value = tile[r, c]
        here = "not checked" if math.isnan(value) else f"{value:.1e}"
        return f"{text}; pixel ({r}, {c}): {here}"

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
        rgba[~tile_mask(layout), :3] = WHITE
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
                    item.setToolTip(
                        f"pixel (row {pixel[0]}, column {pixel[1]}) -> hidden unit {unit}"
                    )
                self.worst_table.setItem(row, column, item)
        self.worst_table.resizeColumnsToContents()

    def _on_canvas_hovered(self, x: float, y: float) -> None:
        self.hover_label.setText(self.describe_at(x, y))


def _causes_html(diagnosis: Diagnosis | None) -> str:
    """The hints with their evidence, then the other usual causes, as a small HTML text."""
    if diagnosis is None:
        return "Run a check: when it fails, what usually causes it is listed here."
    if diagnosis.passed is not False:
        return html.escape(diagnosis.verdict)
    parts = []
    if diagnosis.hints:
        parts.append("<b>What this check's numbers point to</b><ul>")
        for hint in diagnosis.hints:
            text, evidence = html.escape(hint.text), html.escape(hint.evidence)
            parts.append(f"<li>{text}<br><i>Seen here: {evidence}</i></li>")
        parts.append("</ul>")
    title = "Other usual causes" if diagnosis.hints else "Usual causes"
    parts.append(f"<b>{title}</b><ul>")
    parts += [f"<li>{html.escape(hint.text)}</li>" for hint in diagnosis.other_causes]
    parts.append("</ul>")
    return "".join(parts)
