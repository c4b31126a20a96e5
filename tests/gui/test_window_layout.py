"""No widget of the window draws over another, at any size the window allows."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from gui.main_window import MainWindow


def _real_overlaps(problems: list[str]) -> list[str]:
    """``problems`` without a tab bar's scroll arrows, which Qt lays one pixel over each other."""
    return [p for p in problems if not ("QTabBar" in p and "ScrollLeftButton" in p)]


def test_the_window_has_a_usable_minimum_size(window):
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 1000
    assert minimum.height() <= 700
    assert window.loss_plot.minimumHeight() >= 150
    assert window.accuracy_plot.minimumHeight() >= 130


@pytest.mark.parametrize("with_a_run", [False, True])
def test_no_widget_draws_over_another_at_any_size(qtbot, window, with_a_run, overlaps):
    if with_a_run:
        window.controls.iterations_spin.setValue(650)
        window.start()
        qtbot.waitUntil(lambda: window.session.finished, timeout=30_000)
        window.reader.show_test_digit()
    minimum = window.minimumSizeHint()
    widths = (minimum.width(), 1280, 1600, 1920)
    heights = (minimum.height(), 720, 1000, 1200)
    for width, height in itertools.product(widths, heights):
        window.resize(width, height)
        qtbot.wait(20)
        problems = _real_overlaps(overlaps(window))
        assert problems == [], f"at {width}x{height}: " + "; ".join(problems[:5])


def test_a_small_window_keeps_the_plot_labels_apart(qtbot, window):
    window.resize(window.minimumSizeHint())
    qtbot.wait(50)
    assert window.accuracy_plot.height() >= window.accuracy_plot.minimumHeight()
    assert window.loss_plot.plot_widget.height() >= 120


def test_a_window_restored_from_saved_settings_still_has_room_for_the_plots(qtbot, overlaps):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(1600, 1000)
    first.show()
    first.resizeDocks([first.reader_dock], [900], Qt.Orientation.Vertical)  # greedy
    qtbot.wait(20)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.wait(20)
    assert second.accuracy_plot.height() >= second.accuracy_plot.minimumHeight()
    assert _real_overlaps(overlaps(second)) == []
    second.close()


def test_at_1000_by_700_every_dock_fits_and_none_overlaps_another(qtbot, window):
    for dock in window.docks:
        dock.show()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000 and window.height() == 700, timeout=2000)
    qtbot.wait(20)
    on_screen = [dock for dock in window.docks if not dock.visibleRegion().isEmpty()]
    # One dock of each area is in front (the others are tabs behind it).
    assert {window.dockWidgetArea(dock) for dock in on_screen} == {
        Qt.DockWidgetArea.LeftDockWidgetArea,
        Qt.DockWidgetArea.RightDockWidgetArea,
        Qt.DockWidgetArea.BottomDockWidgetArea,
    }
    for a, b in itertools.combinations(on_screen, 2):
        assert not a.geometry().intersects(b.geometry()), (a.objectName(), b.objectName())
    central = window.centralWidget().geometry()
    for dock in on_screen:
        assert not dock.geometry().intersects(central), dock.objectName()
        assert window.rect().contains(dock.geometry()), dock.objectName()


def test_a_training_status_does_not_widen_the_window(window):
    from core.session import Phase
    from gui.status_bar import RunStatus

    before = window.minimumSizeHint().width()
    busy = RunStatus(
        Phase.RUNNING, 123_456, 1_000_000, 123, 0.1234, 0.98765, 0.97654, 3456.0, 3723, 40_000
    )
    window.status.show_status(busy)
    assert sum(label.sizeHint().width() for label in window.status.fields.values()) > 700
    assert window.minimumSizeHint().width() <= max(before, 1000)
    assert window.status.minimumSizeHint().width() < 400
