"""The Backprop panel's computational graph: x, the nodes and L as a row of boxes.

The current node is filled orange going forward and sky blue going backward
(Okabe-Ito colours, told apart with any colour vision), and an arrow under the
row points the way the step goes. Black on white, like the app's plots.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from core.backprop_step import BACKWARD, FORWARD

FORWARD_FILL = "#E69F00"  # Okabe-Ito orange
BACKWARD_FILL = "#56B4E9"  # Okabe-Ito sky blue


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
        self.setMinimumHeight(64)
        self.labels: list[str] = []
        self.current: int | None = None
        self.direction = FORWARD

    def show_step(self, labels: list[str], current: int | None, direction: str) -> None:
        """Draw ``labels`` with box ``current`` filled for ``direction``."""
        self.labels, self.current, self.direction = labels, current, direction
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """White background, black boxes and text; the current box orange (forward) or blue."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.labels:
            painter.end()
            return
        names = ["x", *self.labels, "L"]
        gap, height = 14.0, 26.0
        width = (self.width() - 8 - gap * (len(names) - 1)) / len(names)
        painter.setPen(QPen(QColor("black"), 1))
        for i, name in enumerate(names):
            box = QRectF(4 + i * (width + gap), 4, width, height)
            fill = "white"
            if self.current is not None and i == self.current + 1:
                fill = FORWARD_FILL if self.direction == FORWARD else BACKWARD_FILL
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(box, 4, 4)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
            if i:
                y = box.center().y()
                painter.drawLine(QPointF(box.left() - gap, y), QPointF(box.left(), y))
        if self.direction in (FORWARD, BACKWARD):
            self._paint_arrow(painter, 4 + height + 10)
        painter.end()

    def _paint_arrow(self, painter: QPainter, y: float) -> None:
        left, right = 20.0, self.width() - 20.0
        tip, tail = (right, left) if self.direction == FORWARD else (left, right)
        painter.drawLine(QPointF(tail, y), QPointF(tip, y))
        back = 8.0 if self.direction == FORWARD else -8.0
        painter.setBrush(QColor("black"))
        painter.drawPolygon(
            QPolygonF([QPointF(tip, y), QPointF(tip - back, y - 4), QPointF(tip - back, y + 4)])
        )
        text = QRectF(left, y + 2, right - left, 16)
        painter.drawText(text, Qt.AlignmentFlag.AlignCenter, self.direction)
