"""A live view of the hyperparameter search or the batch-norm grid, as results arrive.

Pure display: the caller (a background runner's GUI-side slot) hands it each
finished ``Trial`` or ``BatchNormRun``; results arrive seconds apart, so each
one is drawn at once. The search page shows the scatter of learning rate
against weight decay, coloured by validation accuracy, and a table of the best
trials; the batch-norm page shows the book's 4x4 grid filling up. Its words
follow the window's language and its colours the theme.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
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
from gui.appearance import appearance, style_plot
from gui.i18n import Retranslating
from gui.race_plots import display_color
from gui.special_figures import (
    ACCURACY_MAP,
    BATCH_NORM_COLOR,
    NORMAL_COLOR,
    add_batch_norm_curve,
    add_search_scatter,
    set_search_scatter,
    style_batch_norm_panel,
    style_search_scatter,
    validation_label,
)

BEST_COLUMNS = (
    QT_TRANSLATE_NOOP("SearchViewWidget", "rank"),
    QT_TRANSLATE_NOOP("SearchViewWidget", "val acc"),
    QT_TRANSLATE_NOOP("SearchViewWidget", "learning rate"),
    QT_TRANSLATE_NOOP("SearchViewWidget", "weight decay"),
    QT_TRANSLATE_NOOP("SearchViewWidget", "trial"),
)
SEARCH_PAGE = 0
BATCH_NORM_PAGE = 1


class SearchViewWidget(Retranslating, QWidget):
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
        self._showing: str | None = None  # "search", "batch-norm" or None (no results yet)
        self._status = QLabel(objectName="experimentStatus")
        self._pages = QStackedWidget()

        search_page = QWidget()
        self.scatter_view = pg.GraphicsLayoutWidget()
        self.scatter_view.setObjectName("searchScatter")
        self.scatter_plot = self.scatter_view.addPlot(row=0, col=0)
        style_search_scatter(self.scatter_plot)
        self.scatter = add_search_scatter(self.scatter_plot)
        self.color_bar = pg.ColorBarItem(values=(0, 1), colorMap=ACCURACY_MAP, interactive=False)
        self.scatter_view.addItem(self.color_bar, row=0, col=1)
        self.best_table = QTableWidget(0, len(BEST_COLUMNS), objectName="searchBestTable")
        self.best_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.best_table.setTabKeyNavigation(False)
        self.best_table.verticalHeader().setVisible(False)
        self.best_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        search_layout = QVBoxLayout(search_page)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.scatter_view, 3)
        search_layout.addWidget(self.best_table, 2)

        self.grid = pg.GraphicsLayoutWidget()
        self.grid.setObjectName("batchNormGrid")
        self._total_runs = 2 * len(WEIGHT_SCALES)
        self._scales: list[float] = []
        self.panels: list[pg.PlotItem] = []
        self._pages.addWidget(search_page)
        self._pages.addWidget(self.grid)

        layout = QVBoxLayout(self)
        layout.addWidget(self._status)
        layout.addWidget(self._pages, 1)
        appearance().changed.connect(self.apply_appearance)
        self.apply_appearance()
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, axis labels, the status line and tooltips in the current language."""
        self.best_table.setHorizontalHeaderLabels([self.tr(c) for c in BEST_COLUMNS])
        self.best_table.setToolTip(
            self.tr("The best trials so far, by their final validation accuracy")
        )
        self.best_table.setAccessibleName(self.tr("Best trials"))
        self.scatter_view.setToolTip(
            self.tr(
                "Each trial's learning rate across and weight decay up, coloured by its "
                "validation accuracy"
            )
        )
        self.scatter_view.setAccessibleName(self.tr("Search scatter"))
        self.grid.setToolTip(
            self.tr(
                "Train accuracy per epoch for each initial weight scale: solid with batch "
                "norm, dashed without"
            )
        )
        self.grid.setAccessibleName(self.tr("Batch norm grid"))
        style_search_scatter(self.scatter_plot)
        self.color_bar.axis.setLabel(validation_label())
        for index, (plot, scale) in enumerate(zip(self.panels, self._scales, strict=True)):
            style_batch_norm_panel(plot, index, scale)
        self._redraw_batch_norm()
        self._update_status()

    def apply_appearance(self) -> None:
        """Backgrounds, axes and curves in the current theme."""
        style_plot(self.scatter_view, [self.scatter_plot])
        foreground = appearance().palette.foreground
        self.color_bar.axis.setPen(foreground)
        self.color_bar.axis.setTextPen(foreground)
        self.color_bar.axis.label.setDefaultTextColor(pg.mkColor(foreground))
        self.scatter.setSymbolPen(pg.mkPen(foreground))
        style_plot(self.grid, self.panels)
        self._redraw_batch_norm()

    # -- the search -------------------------------------------------------------------

    def show_search(self, planned: int = TRIALS) -> None:
        """Clear and show the search page for a search of ``planned`` trials."""
        self.search = SearchResult(planned=planned)
        set_search_scatter(self.scatter, [])
        self.best_table.setRowCount(0)
        self._showing = "search"
        self._update_status()
        self._pages.setCurrentIndex(SEARCH_PAGE)

    def add_trial(self, trial: Trial) -> None:
        """Draw one finished trial in the scatter and rank it in the table."""
        if self._pages.currentIndex() != SEARCH_PAGE:
            self._pages.setCurrentIndex(SEARCH_PAGE)
        self._showing = "search"
        self.search.trials.append(trial)
        set_search_scatter(self.scatter, self.search.trials)
        self._fill_best(self.search.best(BEST_SHOWN))
        self._update_status()

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
        self._scales = list(weight_scales)
        for index, scale in enumerate(weight_scales):
            plot = self.grid.addPlot(row=index // GRID_COLUMNS, col=index % GRID_COLUMNS)
            style_batch_norm_panel(plot, index, scale)
            self.panels.append(plot)
        style_plot(self.grid, self.panels)
        self._total_runs = 2 * len(weight_scales)
        self._showing = "batch-norm"
        self._update_status()
        self._pages.setCurrentIndex(BATCH_NORM_PAGE)

    def add_batch_norm_run(self, run: BatchNormRun) -> None:
        """Draw one finished training in its panel (solid: batch norm, dashed: without)."""
        if not self.panels:
            self.show_batch_norm()
        self._pages.setCurrentIndex(BATCH_NORM_PAGE)
        key = (run.scale_index, run.use_batchnorm)
        self.batch_norm_runs[key] = run  # a repeated run replaces its curve
        self._redraw_panel(run.scale_index)
        self._update_status()

    def _redraw_panel(self, scale_index: int) -> None:
        plot = self.panels[scale_index]
        plot.clear()
        look = appearance()
        colors = (display_color(BATCH_NORM_COLOR), display_color(NORMAL_COLOR))
        for use_batchnorm in (True, False):
            run = self.batch_norm_runs.get((scale_index, use_batchnorm))
            if run is not None:
                add_batch_norm_curve(plot, run, colors, look.line_width(2.0))

    def _redraw_batch_norm(self) -> None:
        for scale_index in {index for index, _ in self.batch_norm_runs}:
            if scale_index < len(self.panels):
                self._redraw_panel(scale_index)

    def _update_status(self) -> None:
        if self._showing == "search":
            done = len(self.search.trials)
            if done:
                best = self.search.best(1)[0]
                text = self.tr(
                    "Hyperparameter search: {done} of {planned} trials finished; best val "
                    "acc {accuracy} (lr {lr}, weight decay {decay})."
                ).format(
                    done=done,
                    planned=self.search.planned,
                    accuracy=f"{best.final_val_acc:.2f}",
                    lr=f"{best.learning_rate:.2g}",
                    decay=f"{best.weight_decay:.2g}",
                )
            else:
                text = self.tr("Hyperparameter search: {done} of {planned} trials finished.")
                text = text.format(done=0, planned=self.search.planned)
        elif self._showing == "batch-norm":
            text = self.tr("Batch norm: {done} of {total} trainings finished.").format(
                done=len(self.batch_norm_runs), total=self._total_runs
            )
        else:
            text = self.tr("No results yet.")
        self._status.setText(text)

    def status_text(self) -> str:
        """The line above the plots (what has finished so far)."""
        return self._status.text()
