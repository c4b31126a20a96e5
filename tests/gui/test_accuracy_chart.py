"""The accuracy chart saved with each run (the book's output.png)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from gui.accuracy_chart import render_accuracy_chart


def test_the_chart_is_a_png_of_the_requested_size(qtbot):
    png = render_accuracy_chart([0.1, 0.8, 0.9], [0.1, 0.79, 0.88], width=640)
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (640, 480)


def test_drawing_the_chart_runs_no_queued_event(qtbot):
    # The chart is drawn while a run is being saved: a queued user event (closing the
    # window) must not run in the middle of that, as it did with processEvents().
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    render_accuracy_chart([0.1, 0.5], [0.1, 0.4])
    assert ran == []
    qtbot.waitUntil(lambda: ran == [True])


def test_the_saved_chart_is_in_the_language_and_on_white_in_a_dark_theme(qtbot, monkeypatch):
    import gui.accuracy_chart as chart
    from gui.appearance import LIGHT
    from tests.gui.views_i18n import installed, theme

    drawn = []
    monkeypatch.setattr(chart, "widget_png", lambda widget: drawn.append(widget) or b"")
    with theme("dark"), installed("ko"):
        chart.render_accuracy_chart([0.1, 0.8], [0.1, 0.7])
    widget = drawn[0]
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    assert plot.getAxis("bottom").labelText == "에폭"
    assert plot.getAxis("left").labelText == "정확도"
    train, test = plot.listDataItems()
    assert [plot.legend.getLabel(c).text for c in (train, test)] == ["훈련 데이터", "시험 데이터"]
    assert widget.backgroundBrush().color().name() == "#ffffff"
    assert train.opts["pen"].color().name() == LIGHT.train.lower()
    assert test.opts["pen"].color().name() == LIGHT.test.lower()
