"""A square pad on which the learner writes a digit for the network to read.

The drawing lives in a fixed 280x280 ``Format_Grayscale8`` QImage, white ink (255)
on black (0) as in MNIST, and is shown scaled to a centred square of the widget.
``core.drawing.preprocess_drawing`` turns ``canvas_array()`` into the 28x28 input.

On screen the canvas is drawn through a pixmap made at the square's size in device
pixels (``display_pixmap``), so it is as sharp as it can be at 200% scale; the
frame is the theme's ``pad_frame`` colour, and the highlight colour while the pad
has the keyboard focus. Keys: Delete, Backspace or Esc clear; Enter or Space asks
for a reading now (``read_requested``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QTabletEvent,
)
from PySide6.QtWidgets import QWidget

from core.drawing import PAD_SIZE
from core.drawing import PEN_WIDTH as PEN_WIDTH
from core.image_file import ImageFileError, check_has_digit
from core.phrase import message as error_message
from gui.appearance import appearance
from gui.i18n import Retranslating
from gui.image_loading import ImageLoader, load_ink, pixel_rows

CANVAS_SIZE = PAD_SIZE
"""Side of the backing canvas in pixels (10x MNIST's 28)."""
HINT = QT_TRANSLATE_NOOP("DrawPadWidget", "Draw a digit here")
HINT_COLOR = QColor(150, 150, 150)  # on the black canvas, in either theme
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape)
READ_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif")


def qimage_to_array(image: QImage) -> np.ndarray:
    """Gray levels of any QImage (converted to Grayscale8) as (H, W) float32 in [0, 1]."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return pixel_rows(gray, 1)[:, :, 0].astype(np.float32) / 255.0


def array_to_qimage(array: np.ndarray) -> QImage:
    """(H, W) float array in [0, 1] -> Grayscale8 QImage that owns its data."""
    data = np.ascontiguousarray(np.round(np.clip(array, 0.0, 1.0) * 255), dtype=np.uint8)
    h, w = data.shape
    return QImage(data.tobytes(), w, h, w, QImage.Format.Format_Grayscale8).copy()


def display_pixmap(canvas: QImage, side: float, ratio: float) -> QPixmap:
    """``canvas`` scaled smoothly to a square of ``side`` logical pixels at ``ratio``.

    The pixmap has ``round(side * ratio)`` device pixels a side and device-pixel
    ratio ``ratio``, so a painter draws it 1:1 on a screen of that ratio.
    """
    pixels = max(1, round(side * ratio))
    scaled = canvas.scaled(
        pixels,
        pixels,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    pixmap = QPixmap.fromImage(scaled)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class DrawPadWidget(Retranslating, QWidget):
    """A 280x280 canvas the user draws on with the mouse or a tablet pen.

    Left button draws; right button, Delete, Backspace or Esc clears; Enter or
    Space emits ``read_requested``; image files can be dropped on it.
    Images load in the background (``start_loading``): the pad stays usable, and a
    stroke, a clear or another canvas before the image arrives supersedes it.
    """

    drawing_changed = Signal()
    """The canvas changed: during a stroke too (listeners throttle), on clear and load."""
    read_requested = Signal()
    """The user pressed Enter or Space on the pad: read the drawing now."""
    cleared = Signal()
    loading_started = Signal(str)
    """An image file (the path) is being read in the background."""
    image_loaded = Signal(str)
    """The image file (the path) is on the canvas now."""
    load_failed = Signal(object)
    """An image file could not be loaded; the argument is the message for the user.
    The canvas is unchanged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(200, 200)
        self._canvas = QImage(CANVAS_SIZE, CANVAS_SIZE, QImage.Format.Format_Grayscale8)
        self._canvas.fill(0)
        self._empty = True
        self._last: QPointF | None = None  # previous point of the stroke in progress
        # The path of every stroke, (x, y) canvas pixels; None once the canvas holds
        # something else too (an image, a test digit): then only the pixels count.
        self._strokes: list[list[tuple[float, float]]] | None = []
        self._loader = ImageLoader(self)
        self._loader.loaded.connect(self._on_loader_loaded)
        self._loader.failed.connect(self._on_loader_failed)
        self._shown: tuple[int, float, float] | None = None  # (canvas key, side, ratio)
        self._pixmap: QPixmap | None = None
        self._canvas_version = 0
        appearance().changed.connect(self.update)
        self.retranslate()

    def retranslate(self) -> None:
        """Accessible name, tooltip and the empty pad's hint in the current language."""
        self.setAccessibleName(self.tr("Digit drawing pad"))
        self.setToolTip(
            self.tr(
                "Draw a digit with the mouse or a pen. Delete, Backspace, Esc or a "
                "right-click clears; Enter reads; drop an image file to load it."
            )
        )
        self.setAccessibleDescription(self.toolTip())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    # -- public API ---------------------------------------------------------------------

    def canvas_array(self) -> np.ndarray:
        """The drawing as (280, 280) float32 in [0, 1], ink high."""
        return qimage_to_array(self._canvas)

    def strokes(self) -> list[np.ndarray] | None:
        """The path of every stroke on the canvas, ``(K, 2)`` (x, y) canvas pixels each.

        None when the canvas holds more than strokes (an image or a test digit was
        put on it), [] when it is empty.
        """
        if self._strokes is None:
            return None
        return [np.array(points, dtype=np.float64) for points in self._strokes]

    def is_empty(self) -> bool:
        """True when the canvas holds no ink."""
        return self._empty

    def clear(self) -> None:
        """Erase the canvas; emits ``cleared`` and ``drawing_changed``."""
        self._loader.cancel()
        self._canvas.fill(0)
        self._empty, self._last, self._strokes = True, None, []
        self._canvas_changed()
        self.cleared.emit()
        self.drawing_changed.emit()

    def set_canvas(self, array: np.ndarray) -> None:
        """Show ``array``, (H, W) float in [0, 1] with ink high, scaled to fit and centred."""
        self._replace_canvas(self._fitted(array))

    def load_image_file(self, path: str) -> None:
        """Load a PNG/JPEG/... file onto the canvas now, inverting dark-on-light images.

        Blocks while the file is read and decoded; ``start_loading`` does it in the
        background.

        Raises
        ------
        core.image_file.ImageFileError (a ValueError)
            The file cannot be loaded or shows no digit; the message says why, and
            the canvas is unchanged.
        """
        self._put_image(path, load_ink(path))

    def start_loading(self, path: str) -> None:
        """Load an image file in the background; ``image_loaded`` or ``load_failed`` follows.

        Emits ``loading_started`` now. The canvas changes only if the image has a
        digit, and only if nothing replaced the drawing meanwhile.
        """
        self._loader.start(path)
        self.loading_started.emit(path)

    def is_loading(self) -> bool:
        """True while an image is being loaded in the background."""
        return self._loader.is_loading()

    def wait_for_loading(self, msecs: int = -1) -> bool:
        """Block until no image is being read (tests, shutdown); False on timeout.

        A result is then queued, not yet delivered: it arrives with the next events.
        """
        return self._loader.wait_for_done(msecs)

    def _on_loader_loaded(self, path: str, ink: np.ndarray) -> None:
        try:
            self._put_image(path, ink)
        except ImageFileError as error:
            self.load_failed.emit(error_message(error))
            return
        self.image_loaded.emit(path)

    def _put_image(self, path: str, ink: np.ndarray) -> None:
        """Put an image's ink on the canvas, unless none of it is left once fitted."""
        fitted = self._fitted(ink)
        check_has_digit(path, qimage_to_array(fitted))  # a faint speck may fade away
        self._replace_canvas(fitted)

    def _fitted(self, array: np.ndarray) -> QImage:
        """(H, W) float in [0, 1] -> a new canvas with it scaled to fit, centred."""
        array = np.asarray(array, dtype=np.float64)
        if array.ndim != 2 or array.size == 0:
            raise ValueError(f"expected a non-empty 2-D array, got shape {array.shape}")
        scaled = array_to_qimage(array).scaled(
            CANVAS_SIZE,
            CANVAS_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,  # a 28x28 digit without blocks
        )
        canvas = QImage(CANVAS_SIZE, CANVAS_SIZE, QImage.Format.Format_Grayscale8)
        canvas.fill(0)
        painter = QPainter(canvas)
        x, y = (CANVAS_SIZE - scaled.width()) // 2, (CANVAS_SIZE - scaled.height()) // 2
        painter.drawImage(x, y, scaled)
        painter.end()
        return canvas

    def _replace_canvas(self, canvas: QImage) -> None:
        """Show ``canvas`` instead of the drawing; an image still loading is forgotten."""
        self._loader.cancel()
        self._canvas = canvas
        self._empty, self._last = not self.canvas_array().any(), None
        self._strokes = [] if self._empty else None
        self._canvas_changed()
        self.drawing_changed.emit()

    def _canvas_changed(self) -> None:
        self._canvas_version += 1
        self.update()

    def _on_loader_failed(self, path: str, message: object) -> None:
        self.load_failed.emit(message)

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
            if self._strokes is not None:
                self._strokes.append([])
        else:  # a line, so a fast move between two far-apart events leaves no gap
            painter.drawLine(self._last, end)
        painter.end()
        if self._strokes is not None:
            self._strokes[-1].append((end.x(), end.y()))
        self._last, self._empty = end, False
        self._canvas_changed()
        self.drawing_changed.emit()

    def _on_pointer_press(self, pos: QPointF, button: Qt.MouseButton, width: float) -> None:
        if button == Qt.MouseButton.RightButton:
            self.clear()
        elif button == Qt.MouseButton.LeftButton:
            self._loader.cancel()  # the user's stroke wins over an image still loading
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
        if event.key() in CLEAR_KEYS:
            self.clear()
        elif event.key() in READ_KEYS:
            self.read_requested.emit()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the frame shows the focus

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def shown_pixmap(self) -> QPixmap:
        """The canvas as painted now: at the square's size in device pixels (cached)."""
        square, ratio = self._square(), self.devicePixelRatioF()
        key = (self._canvas_version, square.width(), ratio)
        if self._pixmap is None or self._shown != key:
            self._pixmap, self._shown = display_pixmap(self._canvas, square.width(), ratio), key
        return self._pixmap

    def frame_color(self) -> QColor:
        """The frame's colour: the theme's ``pad_frame``, the highlight while focused."""
        if self.hasFocus():
            return self.palette().color(QPalette.ColorRole.Highlight)
        return QColor(appearance().palette.pad_frame)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        square = self._square()
        painter.drawPixmap(square.topLeft(), self.shown_pixmap())
        pen = QPen(self.frame_color(), 2 if self.hasFocus() else 1)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(square.adjusted(0.5, 0.5, -0.5, -0.5))
        if self._empty:  # a placeholder on the empty pad, wrapped inside it
            painter.setPen(HINT_COLOR)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(square.adjusted(6, 6, -6, -6), flags, self.tr(HINT))
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
        self.start_loading(path)
