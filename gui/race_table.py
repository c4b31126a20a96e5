"""The race's table: a row per contestant with what sets it apart and how it is doing.

Columns: the contestant (a colour swatch and its label), one column per setting
that differs between the contestants (those cells bold on a tint, the full
settings in every cell's tooltip), then the current smoothed loss, the best test
accuracy so far, iterations done of planned, iterations per second and the
run's phase. :meth:`RaceTable.refresh` rewrites only the cells whose text changed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from core.config import TrainConfig
from core.network_summary import ACTIVATION_NAMES, OPTIMIZER_TITLES, describe_network, init_name
from core.race import Contestant, differing_settings
from core.session import TrainingSession
from core.util import SMOOTH_WINDOW, smooth_curve

HIGHLIGHT_COLOR = "#fff1c1"  # a pale yellow behind the settings that differ
STAT_HEADERS = ("Loss", "Best test acc", "Iterations", "it/s", "Status")
STAT_WIDEST = ("0.0000", "0.0000", "1,000,000 / 1,000,000", "10,000", "finished")
NO_VALUE = "\u2013"  # an en dash: no value yet
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# How a setting is headed and written in its column; others use the field's name and str().
SETTING_COLUMNS: dict[str, tuple[str, Callable[[TrainConfig], str]]] = {
    "optimizer": ("Optimizer", lambda c: OPTIMIZER_TITLES[c.optimizer]),
    "learning_rate": ("lr", lambda c: f"{c.learning_rate:g}"),
    "hidden_sizes": ("Hidden layers", lambda c: "-".join(str(n) for n in c.hidden_sizes)),
    "activation": ("Activation", lambda c: ACTIVATION_NAMES[c.activation]),
    "weight_init_std": ("Init", lambda c: init_name(c.weight_init_std)),
    "weight_decay_lambda": ("Weight decay", lambda c: f"{c.weight_decay_lambda:g}"),
    "dropout_ratio": ("Dropout", lambda c: f"{c.dropout_ratio:g}"),
    "use_batchnorm": ("Batch norm", lambda c: "yes" if c.use_batchnorm else "no"),
    "batch_size": ("Batch", lambda c: str(c.batch_size)),
    "train_size": ("Images", lambda c: f"{c.train_size:,}" if c.train_size else "all"),
    "iters_num": ("Iterations planned", lambda c: f"{c.iters_num:,}"),
}


def setting_header(name: str) -> str:
    """The column title of setting ``name`` (``'learning_rate'`` -> ``'lr'``)."""
    return SETTING_COLUMNS[name][0] if name in SETTING_COLUMNS else name.replace("_", " ")


def setting_text(config: TrainConfig, name: str) -> str:
    """How ``config``'s setting ``name`` is written in its cell."""
    if name in SETTING_COLUMNS:
        return SETTING_COLUMNS[name][1](config)
    value = getattr(config, name)
    return f"{value:g}" if isinstance(value, float) else str(value)


def settings_tooltip(config: TrainConfig) -> str:
    """Every setting of a contestant: its network in one line, then the rest of its run."""
    size = f"first {config.train_size:,}" if config.train_size else "all"
    return (
        f"{describe_network(config)}\n"
        f"batch {config.batch_size}, {config.iters_num:,} iterations on {size} training images, "
        f"{config.sampling} sampling\nseed {config.seed}, batch seed {config.batch_seed}"
    )


def smoothed_last_loss(session: TrainingSession) -> float | None:
    """The last point of ``smooth_curve`` over the run's finite losses (it reads the last 11)."""
    history = session.history
    if not len(history):
        return None
    view = history.curve(history.end - 4 * SMOOTH_WINDOW, history.end, 8 * SMOOTH_WINDOW)
    y = view.y[np.isfinite(view.y)][-SMOOTH_WINDOW:]
    return float(smooth_curve(y)[-1]) if len(y) else None


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class RaceTable(QTableWidget):
    """A row per contestant (see the module docstring); rows are selected whole, one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("raceTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(False)
        self.contestants: list[Contestant] = []
        self.sessions: list[TrainingSession] = []
        self.settings: list[str] = []  # the differing settings, one column each
        self._loss_versions: list[int] = []

    def set_race(
        self, contestants: Sequence[Contestant], sessions: Sequence[TrainingSession]
    ) -> None:
        """A row per contestant, a column per setting that differs between them."""
        self.contestants, self.sessions = list(contestants), list(sessions)
        self.settings = differing_settings([c.config for c in self.contestants])
        headers = ["Contestant", *(setting_header(n) for n in self.settings), *STAT_HEADERS]
        self.clearContents()
        self.setRowCount(len(self.contestants))
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        bold = self.font()
        bold.setBold(True)
        for row, contestant in enumerate(self.contestants):
            tooltip = settings_tooltip(contestant.config)
            label = QTableWidgetItem(_swatch(contestant.color), contestant.label)
            label.setData(Qt.ItemDataRole.UserRole, contestant.color)
            self.setItem(row, 0, label)
            for column, name in enumerate(self.settings, start=1):
                item = QTableWidgetItem(setting_text(contestant.config, name))
                item.setFont(bold)
                item.setBackground(QBrush(QColor(HIGHLIGHT_COLOR)))
                self.setItem(row, column, item)
            for column in range(1 + len(self.settings), len(headers)):
                item = QTableWidgetItem("")
                if column < len(headers) - 1:  # numbers right-aligned, the status not
                    item.setTextAlignment(_RIGHT)
                self.setItem(row, column, item)
            for column in range(len(headers)):
                self._cell(row, column).setToolTip(tooltip)
        self._loss_versions = [-1] * len(self.contestants)
        self._size_columns()
        self.refresh()
        self.setMinimumHeight(self._rows_height())

    def _size_columns(self) -> None:
        """Widths set once: resizing to the contents on every new number re-lays out the table."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.resizeColumnsToContents()
        metrics = self.fontMetrics()
        first = 1 + len(self.settings)
        for offset, widest in enumerate(STAT_WIDEST):
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
        status = "failed" if session.failure is not None else session.phase.value
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
            and self._cell(index, column).background().color() == QColor(HIGHLIGHT_COLOR)
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
