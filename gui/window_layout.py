"""The main window's docks (a mixin of ``MainWindow``).

Which panels there are, where they sit and in which order (the View menu's),
their titles, the sizes of a first launch, View > Reset layout, whole titles
on the tabs, and the pages built when first needed. The titles keep the
translation context "MainWindow", as when they were written in that class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.class_names import class_names
from gui.gradient_norms_widget import GradientNormsPlot
from gui.mistakes_panel import MistakesPanel
from gui.optimizer_lab_widget import OptimizerLabWidget
from gui.race_view_widget import RaceViewWidget
from gui.search_view_widget import SearchViewWidget
from gui.window_my_digits import install_my_digits
from gui.window_view import show_whole_tab_titles

if TYPE_CHECKING:
    from gui.main_window import MainWindow

WINDOW_STATE_VERSION = 8  # bump when the docks change, so an old layout is not restored
LOSS_PLOT_MIN_HEIGHT = 170
ACCURACY_PLOT_MIN_HEIGHT = 140


class WindowLayout:
    """The central plots and the docks around them."""

    def _retranslate_docks(self: MainWindow) -> None:
        """The docks' titles (and so their tabs) and their View menu tooltips."""
        titles = self._dock_titles()
        for dock in self.docks:
            title = titles.get(dock.objectName())
            if title is not None:
                dock.setWindowTitle(title)
            dock.toggleViewAction().setToolTip(
                QCoreApplication.translate("MainWindow", "Show or hide {panel}").format(
                    panel=dock.windowTitle()
                )
            )

    def _dock_titles(self: MainWindow) -> dict[str, str]:
        """The docks' titles, by the docks' object names."""
        return {
            "controlsDock": QCoreApplication.translate("MainWindow", "Training"),
            "weightsDock": QCoreApplication.translate("MainWindow", "Weights"),
            "readerDock": QCoreApplication.translate("MainWindow", "Read a digit"),
            "runsDock": QCoreApplication.translate("MainWindow", "Runs"),
            "gradcheckDock": QCoreApplication.translate("MainWindow", "Gradient check"),
            "optimizerLabDock": QCoreApplication.translate("MainWindow", "Optimizer lab"),
            "experimentResultsDock": QCoreApplication.translate("MainWindow", "Experiment results"),
            "mistakesDock": QCoreApplication.translate("MainWindow", "Mistakes"),
            "activationsDock": QCoreApplication.translate("MainWindow", "Activations"),
            "gradientsDock": QCoreApplication.translate("MainWindow", "Gradients"),
            "backpropDock": QCoreApplication.translate("MainWindow", "Backprop"),
            "myDigitsDock": QCoreApplication.translate("MyDigitsWindow", "My digits"),
        }

    # -- construction ------------------------------------------------------------------------

    def _build_layout(self: MainWindow) -> None:
        central = self._build_central()
        area = Qt.DockWidgetArea
        left, right, bottom = (
            area.LeftDockWidgetArea,
            area.RightDockWidgetArea,
            area.BottomDockWidgetArea,
        )
        training = QWidget(objectName="trainingPanel")
        panel = QVBoxLayout(training)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.controls, 1)
        panel.addWidget(self.race_setup)
        self.controls_dock = self._dock("controlsDock", training, left)
        # Set after the Training dock and before the others: the Tab key goes from the
        # Training dock to the plots, then to the weights and the bottom docks.
        self.setCentralWidget(central)
        self.weights_dock = self._dock("weightsDock", self.weights_view, right)
        self._build_bottom_docks(bottom)
        self.docks = [  # in the View menu's order
            self.controls_dock,
            self.weights_dock,
            self.reader_dock,
            self.runs_dock,
            self.gradcheck_dock,
            self.lab_dock,
            self.results_dock,
            self.mistakes_dock,
            self.activations_dock,
            self.gradients_dock,
            self.backprop_dock,
        ]
        for page, dock in (
            (self.lab_page, self.lab_dock),
            (self.results_page, self.results_dock),
            (self.mistakes_page, self.mistakes_dock),
            (self.gradients_page, self.gradients_dock),
        ):
            page.follow(dock)
        self._tabify_bottom_docks()
        # The side docks run the full height; the reader sits under the plots only.
        self.setCorner(Qt.Corner.BottomLeftCorner, left)
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.resize(1400, 900)

    def _build_central(self: MainWindow) -> QWidget:
        """The banner over the plots (or, in a race, the race view)."""
        # Room for the axes' labels however the docks are arranged.
        self.loss_plot.setMinimumHeight(LOSS_PLOT_MIN_HEIGHT)
        self.accuracy_plot.setMinimumHeight(ACCURACY_PLOT_MIN_HEIGHT)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="plotSplitter")
        splitter.addWidget(self.loss_plot)
        splitter.addWidget(self.accuracy_plot)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.plots = splitter
        self.central_stack = QStackedWidget(objectName="centralStack")
        self.central_stack.addWidget(splitter)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.central_stack, 1)
        return central

    def _build_bottom_docks(self: MainWindow, bottom: Qt.DockWidgetArea) -> None:
        # The reader, the runs and the gradient check scroll what does not fit: they are
        # wider than a 1024-pixel screen leaves them, and would widen the whole window.
        # (The other pages fit; a scroll area around their plots slowed the redraws.)
        self.reader_dock = self._dock("readerDock", _scrolled(self.reader, "readerScroll"), bottom)
        self.runs_dock = self._dock("runsDock", _scrolled(self.runs, "runsScroll"), bottom)
        self.gradcheck_dock = self._dock(
            "gradcheckDock", _scrolled(self.gradcheck, "gradcheckScroll"), bottom
        )
        self.lab_dock = self._dock("optimizerLabDock", self.lab_page, bottom)
        self.results_dock = self._dock("experimentResultsDock", self.results_page, bottom)
        self.mistakes_dock = self._dock(
            "mistakesDock", _scrolled(self.mistakes_page, "mistakesScroll"), bottom
        )
        self.activations_dock = self._dock("activationsDock", self.activation_histograms, bottom)
        self.gradients_dock = self._dock("gradientsDock", self.gradients_page, bottom)
        self.backprop_dock = self._dock(
            "backpropDock", _scrolled(self.backprop, "backpropScroll"), bottom
        )

    def _tabify_bottom_docks(self: MainWindow) -> None:
        self.tabifyDockWidget(self.reader_dock, self.runs_dock)
        self.tabifyDockWidget(self.runs_dock, self.gradcheck_dock)
        self.tabifyDockWidget(self.gradcheck_dock, self.lab_dock)
        self.tabifyDockWidget(self.lab_dock, self.results_dock)
        self.tabifyDockWidget(self.reader_dock, self.mistakes_dock)
        self.tabifyDockWidget(self.mistakes_dock, self.activations_dock)
        self.tabifyDockWidget(self.activations_dock, self.gradients_dock)
        self.tabifyDockWidget(self.gradients_dock, self.backprop_dock)
        install_my_digits(self)  # the My digits tab, after Backprop
        self.reader_dock.raise_()

    def _dock(self: MainWindow, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self, objectName=name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- sizes, Reset layout and the tabs ------------------------------------------------------

    def _set_default_dock_sizes(self: MainWindow) -> None:
        self.reader_dock.raise_()  # the pad in front (raised before the window showed: lost)
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self.resizeDocks([self.controls_dock, self.weights_dock], [250, 360], horizontal)
        self.resizeDocks([self.reader_dock], [300], vertical)

    def reset_layout(self: MainWindow) -> None:
        """View > Reset layout: every dock where a first launch has it, shown; plots 3:2."""
        for dock in self.docks:
            dock.setFloating(False)
        self.restoreState(self._default_layout, WINDOW_STATE_VERSION)
        for dock in self.docks:
            dock.show()
        self._set_default_dock_sizes()
        total = sum(self.plots.sizes())
        self.plots.setSizes([total * 3 // 5, total - total * 3 // 5])
        self._tidy_tabs_soon()

    def _keep_tab_titles_whole(self: MainWindow) -> None:
        """Tidy the tabs now and whenever a dock is moved or brought to the front."""
        self._tidy_tabs_soon()
        self.tabifiedDockWidgetActivated.connect(self._tidy_tabs_soon)
        for dock in self.docks:
            dock.dockLocationChanged.connect(self._tidy_tabs_soon)

    def _tidy_tabs_soon(self: MainWindow, *_: object) -> None:
        """Whole titles on the docks' tabs, once Qt has made its tab bars (they come and go)."""
        QTimer.singleShot(0, self, self._show_whole_tab_titles)

    def _show_whole_tab_titles(self: MainWindow) -> None:
        show_whole_tab_titles(self)

    # -- pages built when first needed ---------------------------------------------------------

    @property
    def race_view(self: MainWindow) -> RaceViewWidget:
        """The race's plots and table, in place of the plots while a race exists."""
        if self._race_view is None:
            self._race_view = RaceViewWidget()
            self._race_view.contestant_selected.connect(self._on_race_contestant_selected)
            self.central_stack.addWidget(self._race_view)
        return self._race_view

    @property
    def optimizer_lab(self: MainWindow) -> OptimizerLabWidget:
        """The 2-D optimizer lab's tab."""
        return cast(OptimizerLabWidget, self.lab_page.widget())

    @property
    def results_view(self: MainWindow) -> SearchViewWidget:
        """The Experiment results tab (the batch-norm grid, the search)."""
        return cast(SearchViewWidget, self.results_page.widget())

    @property
    def mistakes(self: MainWindow) -> MistakesPanel:
        """The Mistakes tab."""
        return cast(MistakesPanel, self.mistakes_page.widget())

    @property
    def gradient_norms(self: MainWindow) -> GradientNormsPlot:
        """The Gradients tab."""
        return cast(GradientNormsPlot, self.gradients_page.widget())

    def _build_mistakes(self: MainWindow) -> MistakesPanel:
        panel = MistakesPanel()
        panel.image_chosen.connect(self._on_mistakes_image_chosen)
        panel.set_dataset(self._class_names_dataset)
        panel.set_class_names(class_names(self._class_names_dataset))
        return panel


def _scrolled(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a scroll area: a short dock scrolls it instead of squeezing it."""
    area = QScrollArea(objectName=name)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
