"""Image files onto the pad without freezing it: checked, decoded scaled down, off the GUI thread.

An 8000x8000 PNG is 203 KB on disk and 256 MB once decoded; decoded in the GUI
thread at full size and converted to float, it froze the pad for 6 s and took
1.7 GB. Here, in a ``QThreadPool`` worker:

1. ``core.image_file.read_image_bytes`` refuses missing files, folders, FIFOs
   and devices (before opening them: a FIFO would block for good), unreadable
   and oversized files;
2. ``QImageReader.size()`` reads the header: more than ``MAX_IMAGE_PIXELS`` is
   refused before decoding; larger than the pad needs (``DECODE_SIDE``) is
   decoded scaled down, keeping the aspect ratio (JPEG scales while decoding;
   PNG is decoded whole, once, then scaled: ~0.8 s and 250 MB at the limit);
3. ``core.image_file`` makes the pixels ink and refuses an image without a digit.

Only NumPy arrays and messages cross back, in a frozen ``LoadResult`` through a
signal, to ``ImageLoader``, which lives in the GUI thread; no widget is touched
from the worker.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QImageReader

from core.drawing import PAD_SIZE
from core.image_file import (
    ImageFileError,
    check_has_digit,
    image_format,
    ink_from_rgba,
    not_an_image,
    read_image_bytes,
    too_many_pixels,
)
from core.path_display import show_path
from core.phrase import QT_TRANSLATE_NOOP, Phrase, message

DECODE_SIDE = 2 * PAD_SIZE
"""Longer side, in pixels, that a larger image is decoded at: twice the canvas, for a smooth fit."""
MAX_IMAGE_PIXELS = 8192 * 8192
"""The most pixels decoded: Qt's default allocation limit, 256 MiB, at 4 bytes a pixel."""


def pixel_rows(image: QImage, channels: int) -> np.ndarray:
    """(H, W, channels) uint8 copy of ``image``'s bytes, dropping each row's stride padding."""
    h, w, stride = image.height(), image.width(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * stride).reshape(h, stride)
    return rows[:, : w * channels].reshape(h, w, channels).copy()


def decode_ink(data: bytes, path: str | os.PathLike[str]) -> np.ndarray:
    """The ink of the image file whose bytes are ``data``, at most ``DECODE_SIDE`` px a side.

    Parameters
    ----------
    data : bytes
        The file's contents.
    path : path
        Where they came from, for messages.

    Returns
    -------
    (H, W) float32 ndarray in [0, 1], ink high; max(H, W) <= DECODE_SIDE

    Raises
    ------
    ImageFileError
        Not an image Qt can read, more than ``MAX_IMAGE_PIXELS``, or no digit on it.
    """
    # The format is named, not guessed: guessing asks every image plugin, and the
    # SVG one makes QObject connections, which take a lock that the GUI thread
    # can hold while it waits for Python's (a QObject being destroyed there):
    # the two threads then wait for each other for good.
    image_format_name = image_format(data)
    if image_format_name is None:
        raise not_an_image(path)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, image_format_name.encode("ascii"))
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)  # honour EXIF rotation of phone photos
    size = reader.size()  # from the header, nothing decoded yet
    if size.isValid():
        width, height = size.width(), size.height()
        if width * height > MAX_IMAGE_PIXELS:
            raise too_many_pixels(path, width, height, MAX_IMAGE_PIXELS)
        if max(width, height) > DECODE_SIDE:
            factor = DECODE_SIDE / max(width, height)
            reader.setScaledSize(
                QSize(max(1, round(width * factor)), max(1, round(height * factor)))
            )
    image = reader.read()
    if image.isNull():
        raise not_an_image(path)
    rgba = pixel_rows(image.convertToFormat(QImage.Format.Format_RGBA8888), 4)
    ink = ink_from_rgba(rgba)
    check_has_digit(path, ink)
    return ink


def load_ink(path: str | os.PathLike[str]) -> np.ndarray:
    """Read and decode the image file at ``path``; see ``decode_ink``. Blocks while it works.

    Raises
    ------
    ImageFileError
        With the message for the user; nothing else escapes.
    """
    try:
        return decode_ink(read_image_bytes(path), path)
    except ImageFileError:
        raise
    except Exception as error:  # a decoder bug must still become a message
        raise ImageFileError(
            Phrase(
                "ImageFile",
                QT_TRANSLATE_NOOP(
                    "ImageFile",
                    "Cannot open {path}: reading it failed ({error}); "
                    "try another copy of the image.",
                ),
                path=show_path(path),
                error=type(error).__name__,
            )
        ) from error


@dataclass(frozen=True)
class LoadResult:
    """What a worker found for one request: the ink, or the message saying why not.

    ``message`` is the error's ``core.phrase.Phrase`` (rendered in the GUI thread).
    """

    request: int
    path: str
    ink: np.ndarray | None
    message: str = ""


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, so slots run in the GUI thread."""

    finished = Signal(object)


class _LoadTask(QRunnable):
    def __init__(self, request: int, path: str, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it: ImageLoader keeps it until it reports
        self._request, self._path, self._relay = request, path, relay

    def run(self) -> None:
        try:
            result = LoadResult(self._request, self._path, load_ink(self._path))
        except ImageFileError as error:
            result = LoadResult(self._request, self._path, None, message(error))
        self._relay.finished.emit(result)


class ImageLoader(QObject):
    """Loads image files in a worker thread, one at a time; only the latest request counts.

    ``loaded(path, ink)`` or ``failed(path, message)`` follows each ``start`` that
    is not superseded by a later ``start`` or by ``cancel``. Signals are emitted
    in the thread the loader lives in (the GUI thread).
    """

    loaded = Signal(str, object)
    """The path and its ink, (H, W) float32 in [0, 1]."""
    failed = Signal(str, object)
    """The path and the message for the user (a ``core.phrase.Phrase``: ``gui.core_text.shown``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Made before the relay, so destroyed first: its destructor waits for the
        # task in flight, whose relay is then still alive.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one decode at a time bounds memory
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._latest = 0
        self._running: dict[int, _LoadTask] = {}  # kept alive until they report

    def start(self, path: str) -> None:
        """Load ``path`` in the background, superseding any load in progress."""
        self._latest += 1
        task = _LoadTask(self._latest, os.fspath(path), self._relay)
        self._running[self._latest] = task
        self._pool.start(task)

    def cancel(self) -> None:
        """Forget the loads in progress: their results will not be reported."""
        self._latest += 1

    def is_loading(self) -> bool:
        """True while a load whose result will be reported is in progress."""
        return self._latest in self._running

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until no task runs (tests; shutting down); True if they all ended."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _on_relay_finished(self, result: LoadResult) -> None:
        self._running.pop(result.request, None)
        if result.request != self._latest:
            return  # superseded
        if result.ink is None:
            self.failed.emit(result.path, result.message)
        else:
            self.loaded.emit(result.path, result.ink)
