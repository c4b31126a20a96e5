"""A live view of the hyperparameter search or the batch-norm grid, as results arrive.

Pure display: the caller (a background runner's GUI-side slot) hands it each
finished ``Trial`` or ``BatchNormRun``; results arrive seconds apart, so each
one is drawn at once. The search page shows the scatter of learning rate
against weight decay, coloured by validation accuracy, and a table of the best
trials; the batch-norm page shows the book's 4x4 grid filling up.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.batch_norm_experiment import GRID_COLUMNS, WEIGHT_SCALES, BatchNormRun
from core.hyperparameter_search import BEST_SHOWN, TRIALS, SearchResult, Trial
from gui.special_figures import (
    ACCURACY_MAP,
    add_batch_norm_curve,
    add_search_scatter,
    set_search_scatter,
    style_batch_norm_panel,
    style_search_scatter,
)

BEST_COLUMNS = ("rank", "val acc", "learning rate", "weight decay", "trial")
SEARCH_PAGE = 0
BATCH_NORM_PAGE = 1


class SearchViewWidget(QWidget):
    """The search's scatter and best trials, or the batch-norm grid, updated per result.

    Parameters
    ----------
    parent : QWidget, optional
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentResults")
        self.search = SearchResult()
        self.batch_norm_runs: dict[tuple[int, bool], BatchNormRun] = {}
        self._status = QLabel("No results yet.", objectName="experimentStatus")
        self._pages = QStackedWidget()

        search_page = QWidget()
        self.scatter_view = pg.GraphicsLayoutWidget()
        self.scatter_view.setObjectName("searchScatter")
        self.scatter_view.setBackground("w")  # as the figures it ends in, and the main plots
        self.scatter_plot = self.scatter_view.addPlot(row=0, col=0)
        style_search_scatter(self.scatter_plot)
        self.scatter = add_search_scatter(self.scatter_plot)
        bar = pg.ColorBarItem(
            values=(0, 1), colorMap=ACCURACY_MAP, interactive=False, label="val acc"
        )
        for axis in (
            self.scatter_plot.getAxis("left"),
            self.scatter_plot.getAxis("bottom"),
            bar.getAxis("right"),
        ):
            axis.setTextPen("k")
            axis.setPen("k")
        self.scatter_view.addItem(bar, row=0, col=1)
        self.best_table = QTableWidget(0, len(BEST_COLUMNS), objectName="searchBestTable")
        self.best_table.setHorizontalHeaderLabels(BEST_COLUMNS)
        self.best_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.best_table.verticalHeader().setVisible(False)
        self.best_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        search_layout = QVBoxLayout(search_page)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.scatter_view, 3)
        search_layout.addWidget(self.best_table, 2)

        self.grid = pg.GraphicsLayoutWidget()
        self.grid.setObjectName("batchNormGrid")
        self.grid.setBackground("w")
        self._total_runs = 2 * len(WEIGHT_SCALES)
        self.panels: list[pg.PlotItem] = []
        self._pages.addWidget(search_page)
        self._pages.addWidget(self.grid)

        layout = QVBoxLayout(self)
        layout.addWidget(self._status)
        layout.addWidget(self._pages, 1)

    # -- the search -------------------------------------------------------------------

    def show_search(self, planned: int = TRIALS) -> None:
        """Clear and show the search page for a search of ``planned`` trials."""
        self.search = SearchResult(planned=planned)
        set_search_scatter(self.scatter, [])
        self.best_table.setRowCount(0)
        self._status.setText(f"Hyperparameter search: 0 of {planned} trials finished.")
        self._pages.setCurrentIndex(SEARCH_PAGE)

    def add_trial(self, trial: Trial) -> None:
        """Draw one finished trial in the scatter and rank it in the table."""
        if self._pages.currentIndex() != SEARCH_PAGE:
            self._pages.setCurrentIndex(SEARCH_PAGE)
        self.search.trials.append(trial)
        set_search_scatter(self.scatter, self.search.trials)
        self._fill_best(self.search.best(BEST_SHOWN))
        best = self.search.best(1)[0]
        self._status.setText(
            f"Hyperparameter search: {len(self.search.trials)} of {self.search.planned} "
            f"trials finished; best val acc {best.final_val_acc:.2f} "
            f"(lr {best.learning_rate:.2g}, weight decay {best.weight_decay:.2g})."
        )

    def _fill_best(self, trials: Sequence[Trial]) -> None:
        self.best_table.setRowCount(len(trials))
        for row, trial in enumerate(trials):
            cells = (
                str(row + 1),
                f"{trial.final_val_acc:.3f}",
                f"{trial.learning_rate:.3g}",
                f"{trial.weight_decay:.3g}",
                str(trial.index + 1),
            )
            for column, text in enumerate(cells):
                self.best_table.setItem(row, column, QTableWidgetItem(text))

    # -- the batch-norm grid ------------------------------------------------------------

    def show_batch_norm(self, weight_scales: Sequence[float] = WEIGHT_SCALES) -> None:
        """Clear and show the 4x4 grid of empty panels, one per initial weight scale."""
        self.grid.clear()
        self.batch_norm_runs = {}
        self.panels = []
        for index, scale in enumerate(weight_scales):
            plot = self.grid.addPlot(row=index // GRID_COLUMNS, col=index % GRID_COLUMNS)
            style_batch_norm_panel(plot, index, scale)
            self.panels.append(plot)
        self._total_runs = 2 * len(weight_scales)
        self._status.setText(f"Batch norm: 0 of {self._total_runs} trainings finished.")
        self._pages.setCurrentIndex(BATCH_NORM_PAGE)

    def add_batch_norm_run(self, run: BatchNormRun) -> None:
        """Draw one finished training in its panel (solid: batch norm, dashed: without)."""
        if not self.panels:
            self.show_batch_norm()
        self._pages.setCurrentIndex(BATCH_NORM_PAGE)
        key = (run.scale_index, run.use_batchnorm)
        plot = self.panels[run.scale_index]
        if key in self.batch_norm_runs:  # a repeated run replaces its curve
            plot.clear()
            self.batch_norm_runs.pop(key)
            for other in self.batch_norm_runs.values():
                if other.scale_index == run.scale_index:
                    add_batch_norm_curve(plot, other)
        self.batch_norm_runs[key] = run
        add_batch_norm_curve(plot, run)
        self._status.setText(
            f"Batch norm: {len(self.batch_norm_runs)} of {self._total_runs} trainings finished."
        )

    def status_text(self) -> str:
        """The line above the plots (what has finished so far)."""
        return self._status.text()
