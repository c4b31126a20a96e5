"""The gradient check's results table: one row per parameter, four differences per row.

Mean and largest absolute difference, the relative error, and how many values
were compared, between the numerical gradient and backprop. Cells are
right-aligned and can be selected and copied, not edited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from core.gradcheck import GradCheckResult
from core.network import PARAM_KEYS
from gui.gradcheck_texts import COLUMNS, tr


class GradCheckTable(QTableWidget):
    """The per-parameter differences of the last check (empty before one)."""

    def __init__(self) -> None:
        super().__init__(len(PARAM_KEYS), len(COLUMNS), objectName="gradcheckTable")
        self.setVerticalHeaderLabels(list(PARAM_KEYS))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def retranslate(self) -> None:
        """Set the column titles in the current language."""
        self.setHorizontalHeaderLabels([tr(text) for text in COLUMNS])

    def show_result(self, result: GradCheckResult) -> None:
        """One row per parameter of ``result``, in its order."""
        self.clearContents()
        self.setRowCount(len(result.param_keys))
        self.setVerticalHeaderLabels(list(result.param_keys))
        rows = {key: row for row, key in enumerate(result.param_keys)}
        for check in result.checks:
            values = (check.mean_abs_diff, check.max_abs_diff, check.relative_error)
            cells = [f"{value:.2e}" for value in values] + [f"{check.checked:,}"]
            for column, text in enumerate(cells):
                self.setItem(rows[check.key], column, _result_item(text))


def _result_item(text: str) -> QTableWidgetItem:
    """A right-aligned cell that can be selected but not edited."""
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
