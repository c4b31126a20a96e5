"""pyqtgraph's plot menus and export dialog speak the interface's language, also after a change."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pyqtgraph as pg
import pytest
from pyqtgraph import exporters
from PySide6.QtWidgets import QTreeWidgetItemIterator, QVBoxLayout, QWidget

from gui.pyqtgraph_texts import (
    MARKED_TEXTS,
    PYQTGRAPH_SOURCES,
    UNMARKED_FORM_TEXTS,
    pyqtgraph_sources,
    retranslate_plots,
)
from tests.gui.translators import CatalogueTranslator, installed

PYQTGRAPH = Path(pg.__file__).resolve().parent
TEMPLATES = (
    "graphicsItems/ViewBox/axisCtrlTemplate_generic.py",
    "graphicsItems/PlotItem/plotConfigTemplate_generic.py",
    "GraphicsScene/exportDialogTemplate_generic.py",
)

ENGLISH = {
    "view_all": "View All",
    "submenus": ["X axis", "Y axis", "Mouse Mode"],
    "mouse_modes": ["3 button", "1 button"],
    "link_label": "Link Axis:",
    "invert": "Invert Axis",
    "plot_options": "Plot Options",
    "plot_submenus": ["Transforms", "Downsample", "Average", "Alpha", "Grid", "Points"],
    "log_x": "Log X",
    "export": "Export...",
}
JAPANESE = {
    "view_all": "すべて表示",
    "submenus": ["X 軸", "Y 軸", "マウスモード"],
    "mouse_modes": ["3 ボタン", "1 ボタン"],
    "link_label": "軸のリンク:",
    "invert": "軸を反転",
    "plot_options": "プロットのオプション",
    "plot_submenus": ["変換", "間引き", "平均", "透明度", "グリッド", "点"],
    "log_x": "X 軸を対数目盛",
    "export": "エクスポート...",
}


def menu_texts(plot: pg.PlotItem) -> dict[str, object]:
    """The texts of a plot's right-click menus, in the keys of ``ENGLISH``."""
    view_menu = plot.getViewBox().menu
    own = view_menu.actions()[:4]  # View All, X axis, Y axis, Mouse Mode: then the parents'
    return {
        "view_all": view_menu.viewAll.text(),
        "submenus": [action.menu().title() for action in own if action.menu() is not None],
        "mouse_modes": [action.text() for action in view_menu.mouseModes],
        "link_label": view_menu.ctrl[0].label.text(),
        "invert": view_menu.ctrl[1].invertCheck.text(),
        "plot_options": plot.ctrlMenu.title(),
        "plot_submenus": [action.text() for action in plot.ctrlMenu.actions()],
        "log_x": plot.ctrl.logXCheck.text(),
        "export": plot.scene().contextMenu[0].text(),
    }


@pytest.fixture
def japanese():
    return CatalogueTranslator("ja")


@pytest.fixture
def page(qtbot) -> QWidget:
    """A widget with a PlotWidget and a GraphicsLayoutWidget holding a plot, as the app's pages."""
    page = QWidget()
    layout = QVBoxLayout(page)
    page.plot_widget = pg.PlotWidget()
    page.layout_widget = pg.GraphicsLayoutWidget()
    page.layout_plot = page.layout_widget.addPlot()
    layout.addWidget(page.plot_widget)
    layout.addWidget(page.layout_widget)
    qtbot.addWidget(page)
    return page


def test_sources_and_marks_cover_what_a_plot_shows():
    assert all(path.is_file() for path in pyqtgraph_sources())
    assert len(pyqtgraph_sources()) == len(PYQTGRAPH_SOURCES)
    template_texts = set()
    for name in TEMPLATES:
        for node in ast.walk(ast.parse((PYQTGRAPH / name).read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_translate":
                template_texts.add(node.args[1].value)
    assert template_texts - UNMARKED_FORM_TEXTS <= set(MARKED_TEXTS)
    assert {exporter.Name for exporter in exporters.listExporters()} <= set(MARKED_TEXTS)


def test_a_plot_built_in_japanese_shows_japanese_menus(qtbot, japanese):
    with installed(japanese):
        widget = pg.PlotWidget()
        qtbot.addWidget(widget)
        assert menu_texts(widget.getPlotItem()) == JAPANESE


def test_plots_built_before_follow_the_language_both_ways(page, japanese):
    plots = [page.plot_widget.getPlotItem(), page.layout_plot]
    page.plot_widget.getPlotItem().setXRange(2, 5, padding=0)
    assert [menu_texts(plot) for plot in plots] == [ENGLISH, ENGLISH]

    with installed(japanese):
        retranslate_plots(page)
        assert [menu_texts(plot) for plot in plots] == [JAPANESE, JAPANESE]
        tooltip = page.layout_plot.getViewBox().menu.ctrl[0].autoRadio.toolTip()
        assert tooltip == "表示するデータが変わるたびに、この軸の範囲を自動で合わせます。"
        # retranslateUi resets the range fields to "0": they show the range again
        assert page.plot_widget.getViewBox().menu.ctrl[0].minText.text() == "2"

    retranslate_plots(page)
    assert [menu_texts(plot) for plot in plots] == [ENGLISH, ENGLISH]
    assert page.plot_widget.getViewBox().menu.ctrl[0].maxText.text() == "5"


def test_a_plot_widget_as_root_is_retranslated(qtbot, japanese):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    with installed(japanese):
        retranslate_plots(widget)
        assert menu_texts(widget.getPlotItem()) == JAPANESE


def test_the_menu_as_shown_after_a_right_click_is_retranslated(qtbot, japanese):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    view = widget.getViewBox()
    # what ViewBox.raiseContextMenu does before the popup: the parents' entries join the menu
    menu = widget.scene().addParentContextMenus(view, view.menu, SimpleNamespace(acceptedItem=view))
    with installed(japanese):
        retranslate_plots(widget)
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert texts == [
            "すべて表示",
            "X 軸",
            "Y 軸",
            "マウスモード",
            "プロットのオプション",
            "エクスポート...",
        ]


def test_the_main_window_plots_follow_the_language(window, japanese):
    with installed(japanese):
        retranslate_plots(window)
        plot = window.loss_plot.plot_item
        assert menu_texts(plot) == JAPANESE


def tree_texts(tree) -> list[str]:
    iterator, texts = QTreeWidgetItemIterator(tree), []
    while iterator.value() is not None:
        texts.append(iterator.value().text(0))
        iterator += 1
    return texts


def test_an_open_export_dialog_follows_the_language(qtbot, page, japanese):
    scene = page.plot_widget.scene()
    scene.getContextMenus(SimpleNamespace(acceptedItem=page.plot_widget.getPlotItem()))
    scene.contextMenu[0].trigger()  # "Export...": opens the dialog
    dialog = scene.exportDialog
    qtbot.addWidget(dialog)
    formats = dialog.ui.formatList
    names = [formats.item(row).text() for row in range(formats.count())]
    assert "Image File (PNG, TIF, JPG, ...)" in names
    formats.setCurrentRow(names.index("Image File (PNG, TIF, JPG, ...)"))
    assert {"width", "height", "background"} <= set(tree_texts(dialog.ui.paramTree))

    with installed(japanese):
        retranslate_plots(page)
        assert dialog.windowTitle() == "エクスポート"
        assert dialog.ui.exportBtn.text() == "エクスポート"
        assert dialog.ui.closeBtn.text() == "閉じる"
        names = [formats.item(row).text() for row in range(formats.count())]
        assert "画像ファイル (PNG, TIF, JPG, ...)" in names
        assert formats.currentItem().text() == "画像ファイル (PNG, TIF, JPG, ...)"  # still chosen
        assert {"幅", "高さ", "背景"} <= set(tree_texts(dialog.ui.paramTree))

    retranslate_plots(page)
    assert dialog.ui.exportBtn.text() == "Export"
    assert {"width", "height", "background"} <= set(tree_texts(dialog.ui.paramTree))
    dialog.close()
