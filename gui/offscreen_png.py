"""A widget drawn to PNG bytes without ever appearing, and without ``processEvents``.

The run's chart, the experiments' figures and the special figures are drawn
while a run is being saved or an experiment ends. ``processEvents`` there would
run any queued user event (closing the window, say) in the middle of saving,
and a shown top-level widget flashed up on screen under X11.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QIODevice, Qt
from PySide6.QtWidgets import QWidget


def widget_png(widget: QWidget) -> bytes:
    """``widget`` laid out at its size and drawn as PNG bytes; the widget is deleted after."""
    try:
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.show()
        for _ in range(3):  # a layout request can post another
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        widget.grab().save(buffer, "PNG")
        return bytes(buffer.data())
    finally:
        widget.hide()
        widget.deleteLater()
