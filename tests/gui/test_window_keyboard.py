"""The window with the keyboard alone, and named for a screen reader."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QScrollBar,
    QTabBar,
    QWidget,
)

from gui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QAbstractSlider,
    QAbstractItemView,
)


def _part_of_another_control(widget: QWidget) -> bool:
    """A scroll bar, a header, a dock's or a tab bar's button: Qt names those."""
    if isinstance(widget, QScrollBar | QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    return isinstance(widget.parentWidget(), QTabBar)


def unnamed_controls(window: QWidget) -> list[str]:
    """Every visible, enabled control under ``window`` without a tooltip or an accessible name."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if _part_of_another_control(widget):
            continue
        if not widget.toolTip() or not widget.accessibleName():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_of_the_window_has_a_tooltip_and_an_accessible_name(window, qtbot):
    """Every dock shown in turn (so every lazily built page is there), the banner too."""
    window.banner.show_message("A message")
    offenders: set[str] = set()
    for dock in window.docks:
        dock.show()
        dock.raise_()
        qtbot.wait(1)  # a LazyPage builds on its visibility change
        offenders |= set(unnamed_controls(window))
    assert sorted(offenders) == []
    assert window.banner.close_button.isVisible()  # it was among those checked
    assert window.status.fields["phase"].accessibleName()


def _region(window: MainWindow, widget: QWidget) -> str:
    while widget is not None:
        if widget in window.docks:
            return widget.objectName()
        if widget is window.centralWidget():
            return "plots"
        widget = widget.parentWidget()
    return "other"


def test_tab_goes_from_the_training_dock_to_the_plots_the_weights_and_the_bottom_docks(window):
    order: list[str] = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            region = _region(window, widget)
            if region != "other" and (not order or order[-1] != region):
                order.append(region)
        widget = widget.nextInFocusChain()
    assert order[:3] == ["controlsDock", "plots", "weightsDock"]
    bottom = {dock.objectName() for dock in window.docks[2:]}
    assert set(order[3:]) <= bottom
    assert len(order) == len(set(order))  # each area once: no jumping back and forth


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
    return found


def test_every_action_is_in_a_menu_reachable_with_alt(window):
    titles = [action.text() for action in window.menuBar().actions()]
    keys = [re.search(r"&(\w)", title) for title in titles]
    assert all(keys), titles
    assert len({key.group(1).lower() for key in keys}) == len(titles)  # Alt+F, Alt+T, ...
    in_menus = {
        action for top in window.menuBar().actions() for action in _menu_actions(top.menu())
    }
    for action in QWidget.actions(window):  # window.actions is the WindowActions
        assert action in in_menus or not action.shortcut().isEmpty(), action.objectName()
    for top in window.menuBar().actions():
        accelerators = [
            re.search(r"&(\w)", action.text())
            for action in top.menu().actions()
            if not action.isSeparator() and "&" in action.text()
        ]
        letters = [key.group(1).lower() for key in accelerators if key]
        assert len(letters) == len(set(letters)), (top.text(), letters)


def test_every_menu_entry_has_a_text_and_a_tooltip(window):
    for top in window.menuBar().actions():
        for action in _menu_actions(top.menu()):
            if action.isSeparator():
                continue
            assert action.text(), action.objectName()
            assert action.toolTip(), action.objectName()
