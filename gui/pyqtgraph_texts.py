"""pyqtgraph's own menus in the interface's language: the strings, and their live re-translation.

Right-clicking a plot opens pyqtgraph's menus: the ViewBox menu ("View All",
"X axis"/"Y axis" with their axis controls, "Mouse Mode"), the PlotItem's "Plot
Options" and the scene's "Export...", which opens the export dialog.
pyqtgraph passes these texts through ``QCoreApplication.translate`` (contexts
``ViewBox``, ``PlotItem``, ``GraphicsScene``, ``Exporter``, ``Form``), so our
catalogue translates them; but it sets them once, when a plot is built:
``retranslate_plots`` sets them again after a language change.

``pyside6-lupdate`` finds some of these strings in pyqtgraph's files
(``PYQTGRAPH_SOURCES``); it misses the rest (the Qt Designer templates call an
alias ``_translate``, "axis" and the exporters' names are built at run time),
which are marked here with ``QT_TRANSLATE_NOOP`` in pyqtgraph's contexts.
Not translatable without patching pyqtgraph: the export dialog's item tree
("Entire Scene", "Plot", "ViewBox") and the values of the exporters' options.
"""

# ruff: noqa: E501  (pyqtgraph's long tooltips, marked as they are)

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.GraphicsScene import GraphicsScene
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget, QWidgetAction

PYQTGRAPH_SOURCES: tuple[str, ...] = (
    "graphicsItems/ViewBox/ViewBoxMenu.py",
    "graphicsItems/PlotItem/PlotItem.py",
    "GraphicsScene/GraphicsScene.py",
    "exporters/CSVExporter.py",
    "exporters/ImageExporter.py",
    "exporters/SVGExporter.py",
)
"""pyqtgraph's files (relative to its package folder) whose strings lupdate extracts
and a user reaches from a plot (menus, export dialog, the listed exporters' options)."""

MARKED_TEXTS: tuple[str, ...] = (
    # ViewBoxMenu titles its submenus f"{axis} {translate('ViewBox', 'axis')}"
    QT_TRANSLATE_NOOP("ViewBox", "axis"),
    # the export dialog lists exporters by translate("Exporter", exporter.Name)
    QT_TRANSLATE_NOOP("Exporter", "CSV of original plot data"),
    QT_TRANSLATE_NOOP("Exporter", "Image File (PNG, TIF, JPG, ...)"),
    QT_TRANSLATE_NOOP("Exporter", "Matplotlib Window"),
    QT_TRANSLATE_NOOP("Exporter", "Scalable Vector Graphics (SVG)"),
    # SVGExporter's file filter: f"{translate('Exporter', 'Scalable Vector Graphics')} (*.svg)"
    QT_TRANSLATE_NOOP("Exporter", "Scalable Vector Graphics"),
    # graphicsItems/ViewBox/axisCtrlTemplate_generic.py
    QT_TRANSLATE_NOOP("Form", "Link Axis:"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Links this axis with another view. When linked, both views will display the same data range.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Automatically resize this axis whenever the displayed data is changed.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Auto"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Set the range for this axis manually. This disables automatic scaling. </p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Manual"),
    QT_TRANSLATE_NOOP(
        "Form", "<html><head/><body><p>Minimum value to display for this axis.</p></body></html>"
    ),
    QT_TRANSLATE_NOOP(
        "Form", "<html><head/><body><p>Maximum value to display for this axis.</p></body></html>"
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Inverts the display of this axis. (+y points downward instead of upward)</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Invert Axis"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>Enables mouse interaction (panning, scaling) for this axis.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Mouse Enabled"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Visible Data Only"),
    QT_TRANSLATE_NOOP(
        "Form",
        "<html><head/><body><p>When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.</p></body></html>",
    ),
    QT_TRANSLATE_NOOP("Form", "Auto Pan Only"),
    # graphicsItems/PlotItem/plotConfigTemplate_generic.py
    QT_TRANSLATE_NOOP(
        "Form",
        "Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).",
    ),
    QT_TRANSLATE_NOOP("Form", "Average"),
    QT_TRANSLATE_NOOP(
        "Form",
        "Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.",
    ),
    QT_TRANSLATE_NOOP("Form", "Clip to View"),
    QT_TRANSLATE_NOOP(
        "Form",
        "If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.",
    ),
    QT_TRANSLATE_NOOP("Form", "Max Traces:"),
    QT_TRANSLATE_NOOP("Form", "Downsample"),
    QT_TRANSLATE_NOOP(
        "Form",
        "Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.",
    ),
    QT_TRANSLATE_NOOP("Form", "Peak"),
    QT_TRANSLATE_NOOP(
        "Form",
        'If multiple curves are displayed in this plot, check "Max Traces" and set this value to limit the number of traces that are displayed.',
    ),
    QT_TRANSLATE_NOOP(
        "Form",
        "If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).",
    ),
    QT_TRANSLATE_NOOP("Form", "Forget hidden traces"),
    QT_TRANSLATE_NOOP("Form", "Downsample by taking the mean of N samples."),
    QT_TRANSLATE_NOOP("Form", "Mean"),
    QT_TRANSLATE_NOOP(
        "Form",
        "Downsample by taking the first of N samples. This method is fastest and least accurate.",
    ),
    QT_TRANSLATE_NOOP("Form", "Subsample"),
    QT_TRANSLATE_NOOP(
        "Form",
        "Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.",
    ),
    QT_TRANSLATE_NOOP("Form", "Downsample data before plotting. (plot every Nth sample)"),
    QT_TRANSLATE_NOOP("Form", "Log X"),
    QT_TRANSLATE_NOOP("Form", "Power Spectrum (FFT)"),
    QT_TRANSLATE_NOOP("Form", "Log Y"),
    QT_TRANSLATE_NOOP("Form", "Subtract Mean"),
    QT_TRANSLATE_NOOP("Form", "Points"),
    QT_TRANSLATE_NOOP("Form", "Show X Grid"),
    QT_TRANSLATE_NOOP("Form", "Show Y Grid"),
    QT_TRANSLATE_NOOP("Form", "Opacity"),
    QT_TRANSLATE_NOOP("Form", "Alpha"),
    # GraphicsScene/exportDialogTemplate_generic.py
    QT_TRANSLATE_NOOP("Form", "Export"),
    QT_TRANSLATE_NOOP("Form", "Item to export:"),
    QT_TRANSLATE_NOOP("Form", "Export format"),
    QT_TRANSLATE_NOOP("Form", "Close"),
    QT_TRANSLATE_NOOP("Form", "Export options"),
    QT_TRANSLATE_NOOP("Form", "Copy"),
)
"""The strings lupdate cannot find in pyqtgraph, marked for it in pyqtgraph's contexts."""

UNMARKED_FORM_TEXTS = frozenset({"PyQtGraph", "0", "%", "x", "dy/dx", "Y vs. Y'"})
"""The templates' texts that stay as they are: a never-shown window title, numbers, symbols."""


def pyqtgraph_sources() -> list[Path]:
    """``PYQTGRAPH_SOURCES`` as absolute paths in the installed pyqtgraph (for lupdate)."""
    folder = Path(pg.__file__).resolve().parent
    return [folder / name for name in PYQTGRAPH_SOURCES]


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class _NoWindow:
    """Stands for the templates' ``Form`` when the form widget is gone: takes its title."""

    def setWindowTitle(self, _title: str) -> None:
        pass


def retranslate_plots(root: QWidget) -> None:
    """Set pyqtgraph's menu and export-dialog texts of every view under ``root`` again.

    Call it after a language change (the main window's ``retranslate``). Covers
    the ViewBox menus, the PlotItems' "Plot Options" menus, the scenes' "Export..."
    actions and open export dialogs. The attributes used (``ViewBoxMenu.ctrl``,
    ``PlotItem.ctrl``, ``GraphicsScene.contextMenu``...) are pyqtgraph's public but
    undocumented ones (pyqtgraph 0.14).
    """
    views = root.findChildren(pg.GraphicsView)
    if isinstance(root, pg.GraphicsView):
        views.append(root)
    scenes = {id(view.scene()): view.scene() for view in views}
    for scene in scenes.values():
        if isinstance(scene, GraphicsScene):
            _retranslate_scene(scene)
        for item in scene.items():
            if isinstance(item, pg.ViewBox) and item.menu is not None:
                _retranslate_view_box_menu(item.menu)
            elif isinstance(item, pg.PlotItem) and item.ctrlMenu is not None:
                _retranslate_plot_menu(item)


def _submenu_holding(menu: QMenu, action: QAction) -> QMenu | None:
    """The submenu of ``menu`` that holds ``action``, or None."""
    for entry in menu.actions():
        submenu = entry.menu()
        if submenu is not None and action in submenu.actions():
            return submenu
    return None


def _submenu_showing(menu: QMenu, widget: QWidget) -> QMenu | None:
    """The submenu of ``menu`` that shows ``widget`` (in a QWidgetAction), or None."""
    for entry in menu.actions():
        submenu = entry.menu()
        for action in submenu.actions() if submenu is not None else ():
            if isinstance(action, QWidgetAction) and action.defaultWidget() is widget:
                return submenu
    return None


def _retranslate_view_box_menu(menu: QMenu) -> None:
    """A ``ViewBoxMenu``, as its ``__init__`` titles it (ViewBoxMenu.py)."""
    menu.setTitle(_translate("ViewBox", "ViewBox options"))
    menu.viewAll.setText(_translate("ViewBox", "View All"))
    for axis, ui in zip("XY", menu.ctrl, strict=True):
        form = ui.label.parentWidget()  # the QWidgetAction's widget that setupUi filled
        ui.retranslateUi(form)  # also resets the range fields to "0": updateState refills them
        submenu = _submenu_showing(menu, form)
        if submenu is not None:
            submenu.setTitle(f"{axis} {_translate('ViewBox', 'axis')}")
    mouse_menu = _submenu_holding(menu, menu.mouseModes[0])
    if mouse_menu is not None:
        mouse_menu.setTitle(_translate("ViewBox", "Mouse Mode"))
    menu.mouseModes[0].setText(_translate("ViewBox", "3 button"))
    menu.mouseModes[1].setText(_translate("ViewBox", "1 button"))
    menu.updateState()


PLOT_MENUS = (
    ("transformGroup", QT_TRANSLATE_NOOP("PlotItem", "Transforms")),
    ("decimateGroup", QT_TRANSLATE_NOOP("PlotItem", "Downsample")),
    ("averageGroup", QT_TRANSLATE_NOOP("PlotItem", "Average")),
    ("alphaGroup", QT_TRANSLATE_NOOP("PlotItem", "Alpha")),
    ("gridGroup", QT_TRANSLATE_NOOP("PlotItem", "Grid")),
    ("pointsGroup", QT_TRANSLATE_NOOP("PlotItem", "Points")),
)
"""PlotItem's "Plot Options" submenus: the control group each shows, and its title."""


def _retranslate_plot_menu(plot: pg.PlotItem) -> None:
    """A PlotItem's ``ctrlMenu`` and the controls in it, as ``PlotItem.__init__`` titles them."""
    menu = plot.ctrlMenu
    menu.setTitle(_translate("PlotItem", "Plot Options"))
    # the groups were moved out of the template's form widget into the menu's
    # QWidgetActions; the form is gone, and retranslateUi only sets its title
    plot.ctrl.retranslateUi(_NoWindow())
    for group_name, title in PLOT_MENUS:
        submenu = _submenu_showing(menu, getattr(plot.ctrl, group_name))
        if submenu is not None:
            submenu.setTitle(_translate("PlotItem", title))


def _retranslate_scene(scene: GraphicsScene) -> None:
    """The scene's "Export..." action and its export dialog, if one was opened."""
    scene.contextMenu[0].setText(_translate("GraphicsScene", "Export..."))
    dialog = scene.exportDialog
    if dialog is None:
        return
    dialog.ui.retranslateUi(dialog)
    formats = dialog.ui.formatList
    for row in range(formats.count()):
        item = formats.item(row)
        item.setText(_translate("Exporter", item.expClass.Name))
    exporter = dialog.currentExporter
    params = exporter.parameters() if exporter is not None else None
    for param in params.children() if params is not None else ():
        # the exporters title each option translate("Exporter", <its name>)
        param.setOpts(title=_translate("Exporter", param.name()))
