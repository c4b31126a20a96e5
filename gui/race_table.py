"""The race's table: a row per contestant with what sets it apart and how it is doing.

Columns: the contestant (a colour swatch and its label), one column per setting
that differs between the contestants (those cells bold on a tint, the full
settings in every cell's tooltip; both written by :mod:`gui.race_setting_columns`),
then the current smoothed loss, the best test accuracy so far, iterations done of
planned, iterations per second and the run's phase. :meth:`RaceTable.refresh`
rewrites only the cells whose text changed. Headers, settings and phases are in
the window's language (``retranslate``); the highlight follows the theme
(``gui.appearance``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from core.race import Contestant, differing_settings
from core.session import TrainingSession
from core.util import SMOOTH_WINDOW, smooth_curve
from gui.appearance import appearance
from gui.i18n import Retranslating
from gui.race_colors import display_color
from gui.race_setting_columns import setting_header, setting_text, settings_tooltip
from gui.race_texts import PHASE_WORDS, contestant_labels, phase_word

CONTEXT = "RaceTable"
STAT_HEADERS = (
    QT_TRANSLATE_NOOP("RaceTable", "Loss"),
    QT_TRANSLATE_NOOP("RaceTable", "Best test acc"),
    QT_TRANSLATE_NOOP("RaceTable", "Iterations"),
    QT_TRANSLATE_NOOP("RaceTable", "it/s"),
    QT_TRANSLATE_NOOP("RaceTable", "Status"),
)
STAT_WIDEST = ("0.0000", "0.0000", "1,000,000 / 1,000,000", "10,000", "finished")
NO_VALUE = "\u2013"  # an en dash: no value yet
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def smoothed_last_loss(session: TrainingSession) -> float | None:
    """The last point of ``smooth_curve`` over the run's finite losses (it reads the last 11)."""
    history = session.history
    if not len(history):
        return None
    view = history.curve(history.end - 4 * SMOOTH_WINDOW, history.end, 8 * SMOOTH_WINDOW)
    y = view.y[np.isfinite(view.y)][-SMOOTH_WINDOW:]
    return float(smooth_curve(y)[-1]) if len(y) else None


def _swatch(color: str, ratio: float) -> QIcon:
    """A square of ``color``, sharp at the screen's device-pixel ratio."""
    size = round(12 * ratio)
    pixmap = QPixmap(size, size)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class RaceTable(Retranslating, QTableWidget):
    """A row per contestant (see the module docstring); rows are selected whole, one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("raceTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move between rows
        self.verticalHeader().hide()
        self.setCornerButtonEnabled(False)
        self.setAlternatingRowColors(False)
        self.contestants: list[Contestant] = []
        self.sessions: list[TrainingSession] = []
        self.settings: list[str] = []  # the differing settings, one column each
        self.labels: list[str] = []  # the contestants' labels in the window's language
        self._loss_versions: list[int] = []
        appearance().changed.connect(self._apply_colors)
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, settings, phases and tooltips in the current language."""
        self.setToolTip(
            self.tr(
                "One row per contestant: the settings that differ, highlighted, then its "
                "progress; select a row to see that contestant's weights and settings"
            )
        )
        self.setAccessibleName(self.tr("Race table"))
        if not self.contestants:
            return
        headers = [
            self.tr("Contestant"),
            *(setting_header(n) for n in self.settings),
            *(_t(h) for h in STAT_HEADERS),
        ]
        self.setHorizontalHeaderLabels(headers)
        self.labels = contestant_labels([c.config for c in self.contestants])
        for row, contestant in enumerate(self.contestants):
            self._cell(row, 0).setText(self.labels[row])
            for column, name in enumerate(self.settings, start=1):
                self._cell(row, column).setText(setting_text(contestant.config, name))
            tooltip = settings_tooltip(contestant.config)
            for column in range(self.columnCount()):
                self._cell(row, column).setToolTip(tooltip)
        self._loss_versions = [-1] * len(self.contestants)
        self.refresh()
        self._size_columns()

    def set_race(
        self, contestants: Sequence[Contestant], sessions: Sequence[TrainingSession]
    ) -> None:
        """A row per contestant, a column per setting that differs between them."""
        self.contestants, self.sessions = list(contestants), list(sessions)
        self.settings = differing_settings([c.config for c in self.contestants])
        columns = 1 + len(self.settings) + len(STAT_HEADERS)
        self.clearContents()
        self.setRowCount(len(self.contestants))
        self.setColumnCount(columns)
        bold = self.font()
        bold.setBold(True)
        for row, contestant in enumerate(self.contestants):
            label = QTableWidgetItem()
            label.setData(Qt.ItemDataRole.UserRole, contestant.color)
            self.setItem(row, 0, label)
            for column in range(1, 1 + len(self.settings)):
                item = QTableWidgetItem()
                item.setFont(bold)
                self.setItem(row, column, item)
            for column in range(1 + len(self.settings), columns):
                item = QTableWidgetItem("")
                if column < columns - 1:  # numbers right-aligned, the status not
                    item.setTextAlignment(_RIGHT)
                self.setItem(row, column, item)
        self._apply_colors()
        self.retranslate()
        self.setMinimumHeight(self._rows_height())

    def _apply_colors(self) -> None:
        """The swatches and the highlight in the current theme's colours."""
        highlight = QBrush(QColor(appearance().palette.highlight))
        ratio = self.devicePixelRatioF()
        for row, contestant in enumerate(self.contestants):
            self._cell(row, 0).setIcon(_swatch(display_color(contestant.color), ratio))
            for column in range(1, 1 + len(self.settings)):
                self._cell(row, column).setBackground(highlight)

    def _size_columns(self) -> None:
        """Widths set once: resizing to the contents on every new number re-lays out the table."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.resizeColumnsToContents()
        metrics = self.fontMetrics()
        first = 1 + len(self.settings)
        statuses = (phase_word(word) for word in PHASE_WORDS)
        widest_status = max(statuses, key=metrics.horizontalAdvance)
        for offset, widest in enumerate((*STAT_WIDEST[:-1], widest_status)):
            needed = metrics.horizontalAdvance(widest) + 16
            self.setColumnWidth(first + offset, max(self.columnWidth(first + offset), needed))

    def _rows_height(self) -> int:
        """Pixels that show the header and every row without scrolling."""
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        return self.horizontalHeader().height() + rows + 2 * self.frameWidth() + 2

    def clear_race(self) -> None:
        """No rows, no columns."""
        self.contestants, self.sessions, self.settings = [], [], []
        self.clearContents()
        self.setRowCount(0)
        self.setColumnCount(0)
        self.setMinimumHeight(0)

    def refresh(self) -> None:
        """Bring each row's numbers and status up to date (only the changed cells)."""
        first = 1 + len(self.settings)
        for row, session in enumerate(self.sessions):
            stats = self._stats(row, session)
            for offset, text in enumerate(stats):
                if text is None:
                    continue
                item = self._cell(row, first + offset)
                if item.text() != text:
                    item.setText(text)

    def _stats(self, row: int, session: TrainingSession) -> list[str | None]:
        loss = None  # None: unchanged since the last refresh
        if session.history.version != self._loss_versions[row]:
            value = smoothed_last_loss(session)
            loss = f"{value:.4f}" if value is not None and math.isfinite(value) else NO_VALUE
            self._loss_versions[row] = session.history.version
        best = max((e.test_acc for e in session.epochs), default=None)
        rate = session.rate
        status = phase_word("failed" if session.failure is not None else session.phase)
        return [
            loss,
            f"{best:.4f}" if best is not None else NO_VALUE,
            f"{session.iterations_done:,} / {session.total_iterations:,}",
            f"{rate:,.0f}" if rate > 0 else NO_VALUE,
            status,
        ]

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None, f"no cell at {row}, {column}"
        return item

    def selected_index(self) -> int:
        """The selected contestant's index, or -1."""
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def row_contents(self, index: int) -> dict[str, Any]:
        """What row ``index`` shows: texts, the highlighted settings, colour and tooltip."""
        first = 1 + len(self.settings)
        label = self._cell(index, 0)
        highlighted = [
            name
            for column, name in enumerate(self.settings, start=1)
            if self._cell(index, column).font().bold()
            and self._cell(index, column).background().color()
            == QColor(appearance().palette.highlight)
        ]
        stats = [self._cell(index, first + k).text() for k in range(len(STAT_HEADERS))]
        return {
            "label": label.text(),
            "color": label.data(Qt.ItemDataRole.UserRole),
            "settings": {
                name: self._cell(index, column).text()
                for column, name in enumerate(self.settings, start=1)
            },
            "highlighted": highlighted,
            "loss": stats[0],
            "best_test_acc": stats[1],
            "iterations": stats[2],
            "rate": stats[3],
            "status": stats[4],
            "tooltip": label.toolTip(),
        }
