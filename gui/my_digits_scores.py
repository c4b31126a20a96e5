"""The My digits scores table: each model's accuracy on the learner's drawings.

Row 0 is the live network (the one the window shows), then one row per saved
run; a run that cannot be scored says why in its tooltip. The selected row is
the model whose readings the gallery marks. Its texts keep the translation
context of ``MyDigitsWidget``, where they were first written.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from core.my_digits_score import NO_MODEL, NOT_MNIST, RunScore, Score
from gui.core_text import shown

LIVE_ROW = 0


def _accuracy_text(result: Score | None) -> str:
    if result is None or math.isnan(result.accuracy):
        return "—"
    return f"{result.accuracy:.1%}"


class MyDigitsScores(QTableWidget):
    """Model, accuracy and number of digits: the live network first, then the saved runs."""

    def __init__(self) -> None:
        super().__init__(0, 3, objectName="myDigitsScores")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def retranslate(self) -> None:
        """Set the tooltip, accessible name and column titles in the current language."""
        self.setToolTip(
            QCoreApplication.translate(
                "MyDigitsWidget",
                "Accuracy of each model on your digits; choose a row to mark the drawings",
            )
        )
        self.setAccessibleName(QCoreApplication.translate("MyDigitsWidget", "Scores on my digits"))
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MyDigitsWidget", "Model"),
                QCoreApplication.translate("MyDigitsWidget", "Accuracy"),
                QCoreApplication.translate("MyDigitsWidget", "Digits"),
            ]
        )

    def fill(self, live_score: Score | None, run_scores: list[RunScore]) -> None:
        """Show these scores, keeping the selected row; emits no selection signal."""
        selected = self.selected_row()
        rows = [(QCoreApplication.translate("MyDigitsWidget", "Live network"), live_score, "")]
        problems = {
            NO_MODEL: QCoreApplication.translate("MyDigitsWidget", "This run has no saved model."),
            NOT_MNIST: QCoreApplication.translate(
                "MyDigitsWidget", "This run was trained on another dataset, not on digits."
            ),
        }
        for run in run_scores:
            rows.append(
                (run.name, run.score, problems.get(run.problem or "", shown(run.problem or "")))
            )
        self.blockSignals(True)
        self.setRowCount(len(rows))
        for row, (name, result, problem) in enumerate(rows):
            n = str(result.n) if result is not None else "—"
            for column, text in enumerate((name, _accuracy_text(result), n)):
                item = QTableWidgetItem(text)
                if problem:
                    item.setToolTip(problem)
                self.setItem(row, column, item)
        self.selectRow(min(max(selected, 0), len(rows) - 1))
        self.blockSignals(False)

    def selected_row(self) -> int:
        """The row of the model whose readings the gallery marks (0: the live network)."""
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else LIVE_ROW

    def selected_score(self, live_score: Score | None, run_scores: list[RunScore]) -> Score | None:
        """The score of the selected row's model, from the scores the table was filled with."""
        row = self.selected_row()
        result = live_score if row == LIVE_ROW else None
        if 0 < row <= len(run_scores):
            result = run_scores[row - 1].score
        return result
