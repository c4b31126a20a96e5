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
