"""A square pad on which the learner writes a digit for the network to read.

The drawing lives in a fixed 280x280 ``Format_Grayscale8`` QImage, white ink (255)
on black (0) as in MNIST, and is shown scaled to a centred square of the widget.
``core.drawing.preprocess_drawing`` turns ``canvas_array()`` into the 28x28 input.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QImageReader,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QWidget

CANVAS_SIZE = 280
"""Side of the backing canvas in pixels (10x MNIST's 28)."""
PEN_WIDTH = round(CANVAS_SIZE / 12)
"""23 px: a digit written ~200 px tall is scaled by 20/200 to MNIST's 20-px box,
giving strokes ~2.3 px wide in the 28x28 input, like MNIST's 2-3 px."""
HINT = "Draw a digit here"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif")


def _pixel_rows(image: QImage, channels: int) -> np.ndarray:
    """(H, W, channels) uint8 copy of ``image``'s bytes, dropping each row's stride padding."""
    h, w, stride = image.height(), image.width(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * stride).reshape(h, stride)
    return rows[:, : w * channels].reshape(h, w, channels).copy()


def qimage_to_array(image: QImage) -> np.ndarray:
    """Gray levels of any QImage (converted to Grayscale8) as (H, W) float32 in [0, 1]."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return _pixel_rows(gray, 1)[:, :, 0].astype(np.float32) / 255.0


def array_to_qimage(array: np.ndarray) -> QImage:
    """(H, W) float array in [0, 1] -> Grayscale8 QImage that owns its data."""
    data = np.ascontiguousarray(np.round(np.clip(array, 0.0, 1.0) * 255), dtype=np.uint8)
    h, w = data.shape
    return QImage(data.tobytes(), w, h, w, QImage.Format.Format_Grayscale8).copy()


def _ink_of(image: QImage) -> np.ndarray:
    """(H, W) float32 ink in [0, 1], high where the digit is, whatever the image's polarity."""
    rgba = _pixel_rows(image.convertToFormat(QImage.Format.Format_RGBA8888), 4)
    gray = rgba[:, :, :3].astype(np.float32) @ np.float32([0.299, 0.587, 0.114]) / 255.0
    alpha = rgba[:, :, 3].astype(np.float32) / 255.0
    if alpha.min() < 1.0:  # transparent = background: the opaque pixels are the ink
        opaque = gray[alpha > 0.5]
        dark_ink = opaque.size > 0 and float(np.median(opaque)) < 0.5
        return alpha * ((1.0 - gray) if dark_ink else gray)
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    return (1.0 - gray) if border.mean() > 0.5 else gray  # a light page: dark ink


class DrawPadWidget(QWidget):
    """A 280x280 canvas the user draws on with the mouse or a tablet pen.

    Left button draws, right button or Esc clears; image files can be dropped on it.
    """

    drawing_changed = Signal()
    """The canvas changed: during a stroke too (listeners throttle), on clear and load."""
    cleared = Signal()
    load_failed = Signal(str)
    """A dropped file could not be read; the argument is the message for the user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawPad")
        self.setAccessibleName("Digit drawing pad")
        self.setToolTip("Draw a digit. Right-click or Esc clears; drop an image file to load it.")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(200, 200)
        self._canvas = QImage(CANVAS_SIZE, CANVAS_SIZE, QImage.Format.Format_Grayscale8)
        self._canvas.fill(0)
        self._empty = True
        self._last: QPointF | None = None  # previous point of the stroke in progress

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    # -- public API ---------------------------------------------------------------------

    def canvas_array(self) -> np.ndarray:
        """The drawing as (280, 280) float32 in [0, 1], ink high."""
        return qimage_to_array(self._canvas)

    def is_empty(self) -> bool:
        """True when the canvas holds no ink."""
        return self._empty

    def clear(self) -> None:
        """Erase the canvas; emits ``cleared`` and ``drawing_changed``."""
        self._canvas.fill(0)
        self._empty, self._last = True, None
        self.update()
        self.cleared.emit()
        self.drawing_changed.emit()

    def set_canvas(self, array: np.ndarray) -> None:
        """Show ``array``, (H, W) float in [0, 1] with ink high, scaled to fit and centred."""
        array = np.asarray(array, dtype=np.float64)
        if array.ndim != 2 or array.size == 0:
            raise ValueError(f"expected a non-empty 2-D array, got shape {array.shape}")
        scaled = array_to_qimage(array).scaled(
            CANVAS_SIZE,
            CANVAS_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,  # a 28x28 digit without blocks
        )
        self._canvas.fill(0)
        painter = QPainter(self._canvas)
        x, y = (CANVAS_SIZE - scaled.width()) // 2, (CANVAS_SIZE - scaled.height()) // 2
        painter.drawImage(x, y, scaled)
        painter.end()
        self._empty, self._last = not self.canvas_array().any(), None
        self.update()
        self.drawing_changed.emit()

    def load_image_file(self, path: str) -> None:
        """Load a PNG/JPEG/... file onto the canvas, inverting dark-on-light images.

        Raises
        ------
        ValueError
            If Qt cannot read ``path`` as an image.
        """
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # honour EXIF rotation of phone photos
        image = reader.read()
        if image.isNull():
            raise ValueError(f"could not read {path} as an image: {reader.errorString()}")
        self.set_canvas(_ink_of(image))

    def _square(self) -> QRectF:
        """The widget area, centred and square, that shows the canvas."""
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def _to_canvas(self, pos: QPointF) -> QPointF:
        square = self._square()
        scale = CANVAS_SIZE / max(square.width(), 1.0)
        return QPointF((pos.x() - square.x()) * scale, (pos.y() - square.y()) * scale)

    def _paint_stroke(self, end: QPointF, width: float) -> None:
        """Ink from the stroke's previous point to ``end`` (a dot when the stroke starts)."""
        painter = QPainter(self._canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(255, 255, 255), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if self._last is None:
            painter.drawPoint(end)
        else:  # a line, so a fast move between two far-apart events leaves no gap
            painter.drawLine(self._last, end)
        painter.end()
        self._last, self._empty = end, False
        self.update()
        self.drawing_changed.emit()

    def _on_pointer_press(self, pos: QPointF, button: Qt.MouseButton, width: float) -> None:
        if button == Qt.MouseButton.RightButton:
            self.clear()
        elif button == Qt.MouseButton.LeftButton:
            self._last = None
            self._paint_stroke(self._to_canvas(pos), width)

    def _on_pointer_move(self, pos: QPointF, width: float) -> None:
        if self._last is not None:
            self._paint_stroke(self._to_canvas(pos), width)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._on_pointer_press(event.position(), event.button(), PEN_WIDTH)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._on_pointer_move(event.position(), PEN_WIDTH)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._last = None

    def tabletEvent(self, event: QTabletEvent) -> None:
        width = PEN_WIDTH * (0.7 + 0.6 * event.pressure())  # 1x at half pressure
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._on_pointer_press(event.position(), event.button(), width)
        elif kind == QTabletEvent.Type.TabletMove:
            self._on_pointer_move(event.position(), width)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._last = None
        event.accept()  # no synthesized mouse event: it would draw the stroke twice

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        square = self._square()
        painter.drawImage(square, self._canvas)
        painter.setPen(QColor(128, 128, 128))
        painter.drawRect(square.adjusted(0, 0, -1, -1))
        if self._empty:
            painter.drawText(square, Qt.AlignmentFlag.AlignCenter, HINT)
        painter.end()

    def _dropped_image_path(self, event: QDragEnterEvent | QDropEvent) -> str | None:
        for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES:
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_image_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_image_path(event)
        if path is None:
            return
        event.acceptProposedAction()
        try:
            self.load_image_file(path)
        except ValueError as error:
            self.load_failed.emit(str(error))
