"""The Backprop panel's computational graph: x, the nodes and L as a row of boxes.

The current node is filled orange going forward and sky blue going backward
(Okabe-Ito colours, told apart with any colour vision, with black text on them),
and an arrow under the row points the way the step goes, named in the current
language. The background, the lines and the other text follow ``appearance()``.
It paints on the widget itself, so it is sharp at any device-pixel ratio.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from core.backprop_step import BACKWARD, CHECK, FORWARD
from gui.appearance import appearance

FORWARD_FILL = "#E69F00"  # Okabe-Ito orange
BACKWARD_FILL = "#56B4E9"  # Okabe-Ito sky blue
FILL_TEXT = "#000000"  # on either fill, in both themes
DIRECTIONS = {
    FORWARD: QT_TRANSLATE_NOOP("GraphStrip", "forward"),
    BACKWARD: QT_TRANSLATE_NOOP("GraphStrip", "backward"),
    CHECK: QT_TRANSLATE_NOOP("GraphStrip", "check"),
}


def direction_name(direction: str) -> str:
    """``"forward"``, ``"backward"`` or ``"check"`` in the current language."""
    return QCoreApplication.translate("GraphStrip", DIRECTIONS.get(direction, direction))


class GraphStrip(QWidget):
    """The graph as a row of boxes, x -> nodes -> L, the current one filled, and an arrow.

    Attributes
    ----------
    labels : list of str
        The boxes between x and L, left to right.
    current : int or None
        Index into ``labels`` of the filled box.
    direction : str
        ``"forward"``, ``"backward"`` or ``"check"`` (no box filled).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backpropGraph")
        self.labels: list[str] = []
        self.current: int | None = None
        self.direction = FORWARD
        appearance().changed.connect(self.update)

    def minimumSizeHint(self) -> QSize:
        """Room for the boxes, the arrow and its name in the current font."""
        return QSize(120, max(64, 46 + self.fontMetrics().height()))

    def show_step(self, labels: list[str], current: int | None, direction: str) -> None:
        """Draw ``labels`` with box ``current`` filled for ``direction``."""
        self.labels, self.current, self.direction = labels, current, direction
        self.setAccessibleDescription(self.description())
        self.update()

    def description(self) -> str:
        """The graph in words (its accessible description): the boxes and the current one."""
        if not self.labels:
            return ""
        boxes = " → ".join(["x", *self.labels, "L"])
        if self.current is None or self.direction not in (FORWARD, BACKWARD):
            return boxes
        text = QCoreApplication.translate("GraphStrip", "{boxes}; now: {node}, {direction}")
        return text.format(
            boxes=boxes, node=self.labels[self.current], direction=direction_name(self.direction)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleDescription(self.description())
            self.update()  # the arrow's name
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The theme's background, lines and text; the current box orange (forward) or blue."""
        colors = appearance().palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(colors.background))
        if not self.labels:
            painter.end()
            return
        names = ["x", *self.labels, "L"]
        gap, height = 14.0, 26.0
        width = (self.width() - 8 - gap * (len(names) - 1)) / len(names)
        line = QPen(QColor(colors.foreground), appearance().line_width(1.0))
        for i, name in enumerate(names):
            box = QRectF(4 + i * (width + gap), 4, width, height)
            filled = self.current is not None and i == self.current + 1
            fill = colors.background
            if filled:
                fill = FORWARD_FILL if self.direction == FORWARD else BACKWARD_FILL
            painter.setPen(line)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor(FILL_TEXT) if filled else line)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
            if i:
                painter.setPen(line)
                y = box.center().y()
                painter.drawLine(QPointF(box.left() - gap, y), QPointF(box.left(), y))
        if self.direction in (FORWARD, BACKWARD):
            painter.setPen(line)
            self._paint_arrow(painter, 4 + height + 10, QColor(colors.foreground))
        painter.end()

    def _paint_arrow(self, painter: QPainter, y: float, color: QColor) -> None:
        left, right = 20.0, self.width() - 20.0
        tip, tail = (right, left) if self.direction == FORWARD else (left, right)
        painter.drawLine(QPointF(tail, y), QPointF(tip, y))
        back = 8.0 if self.direction == FORWARD else -8.0
        painter.setBrush(color)
        painter.drawPolygon(
            QPolygonF([QPointF(tip, y), QPointF(tip - back, y - 4), QPointF(tip - back, y + 4)])
        )
        text = QRectF(left, y + 2, right - left, painter.fontMetrics().height())
        painter.drawText(text, Qt.AlignmentFlag.AlignCenter, direction_name(self.direction))
