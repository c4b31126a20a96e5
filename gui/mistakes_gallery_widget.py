"""Test images as 28x28 thumbnails, each captioned with its label, reading and probability.

White digits on black, as MNIST stores them, enlarged by repeating pixels (never
smoothed), drawn at the screen's device-pixel ratio so they stay sharp at 200%.
At most ``MAX_THUMBNAILS`` are shown, with "and N more" under them. Clicking a
thumbnail, or Enter on it (the arrow keys move between them), emits the image and
its label (for the drawing pad). Which images to show is the caller's choice
(``core.mistakes`` picks them); the classes are the digits unless
``set_class_names`` names them (long names are elided in the captions, whole in
the tooltips).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from core.mistakes import caption
from gui.i18n import Retranslating

MAX_THUMBNAILS = 60
ZOOM = 2
"""Screen pixels per MNIST pixel in a thumbnail (at device-pixel ratio 1)."""
THUMBNAIL = 28 * ZOOM
GRID = QSize(THUMBNAIL + 34, THUMBNAIL + 30)
NAMED_GRID = QSize(THUMBNAIL + 44, THUMBNAIL + 46)
"""Cells for named classes: two caption lines, the label's name and the reading's."""
TOP_PROBABILITIES = 3
DIGITS = tuple(str(k) for k in range(10))

INDEX_ROLE = Qt.ItemDataRole.UserRole
"""Item data: the image's index in the set."""
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWER_ROLE = Qt.ItemDataRole.UserRole + 2
PROBABILITY_ROLE = Qt.ItemDataRole.UserRole + 3
"""Item data: the probability the network gave its answer."""


def thumbnail_pixmap(image: np.ndarray, ratio: float = 1.0) -> QPixmap:
    """``image (784,)`` uint8 pixels, or floats in [0, 1], as a ``THUMBNAIL``-pixel square.

    Drawn with ``round(THUMBNAIL * ratio)`` device pixels (each MNIST pixel repeated) and
    that device-pixel ratio, so it is sharp on a screen of ``ratio``.
    """
    pixels = np.asarray(image).reshape(28, 28)
    if pixels.dtype != np.uint8:
        pixels = np.rint(np.clip(pixels, 0.0, 1.0) * 255).astype(np.uint8)
    size = max(round(THUMBNAIL * ratio), 28)
    rows = (np.arange(size) * 28) // size  # nearest neighbour: pixels repeated, never smoothed
    big = np.ascontiguousarray(pixels[rows][:, rows])
    qimage = QImage(big.data, size, size, size, QImage.Format.Format_Grayscale8)
    pixmap = QPixmap.fromImage(qimage.copy())
    pixmap.setDevicePixelRatio(size / THUMBNAIL)
    return pixmap


def as_float_image(image: np.ndarray) -> np.ndarray:
    """``(28, 28) float32`` in [0, 1] from ``(784,)`` uint8 pixels or floats."""
    pixels = np.asarray(image).reshape(28, 28)
    if pixels.dtype == np.uint8:
        return pixels.astype(np.float32) / np.float32(255.0)
    return pixels.astype(np.float32)


def probabilities_tip(
    index: int, label: int, probabilities: np.ndarray, names: Sequence[str] = DIGITS
) -> str:
    """A thumbnail's tooltip: the image's number, its label, and the top probabilities."""
    top = np.argsort(-probabilities, kind="stable")[:TOP_PROBABILITIES]
    listed = ", ".join(f"{names[k]}: {probabilities[k]:.1%}" for k in top)
    tip = QCoreApplication.translate(
        "MistakesGallery",
        "test image #{index}, labelled {label}\n"
        "probabilities {listed}; {label} (the label): {probability}",
    )
    return tip.format(
        index=index, label=names[label], listed=listed, probability=f"{probabilities[label]:.1%}"
    )


class MistakesGallery(Retranslating, QWidget):
    """Thumbnails of chosen test images under a title.

    Signals
    -------
    image_chosen(image, label)
        A thumbnail was clicked: its ``(28, 28) float32`` image in [0, 1] and its label.
    """

    image_chosen = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mistakesGallery")
        self._images: np.ndarray | None = None
        self._probabilities: dict[int, np.ndarray] = {}  # of the shown images, for tooltips
        self._more = 0
        self._names: tuple[str, ...] = DIGITS
        self.title_label = QLabel("", objectName="galleryTitle", wordWrap=True)
        self.thumbnails = QListWidget(objectName="galleryThumbnails")
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setWrapping(True)
        self.thumbnails.setUniformItemSizes(True)
        self.thumbnails.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.thumbnails.setGridSize(GRID)
        self.thumbnails.setSpacing(2)
        self.thumbnails.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.thumbnails.itemClicked.connect(self._on_thumbnails_item_clicked)
        self.thumbnails.installEventFilter(self)  # Enter on the current thumbnail
        self.more_label = QLabel("", objectName="galleryMore")
        self.more_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.thumbnails, stretch=1)
        layout.addWidget(self.more_label)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the tooltips, accessible names and "and N more" in the current language."""
        self.thumbnails.setToolTip(
            self.tr("Click an image, or press Enter on it, to put it on the drawing pad")
        )
        self.thumbnails.setAccessibleName(self.tr("Test images"))
        self.more_label.setText(
            self.tr("and {count} more").format(count=f"{self._more:,}") if self._more > 0 else ""
        )
        for row in range(self.count):
            self._describe_item(self.thumbnails.item(row))

    def set_class_names(self, names: Sequence[str]) -> None:
        """Name the ten classes in captions and tooltips (default: the digits "0".."9")."""
        names = tuple(str(name) for name in names)
        if len(names) != 10:
            raise ValueError(f"need 10 class names, got {len(names)}")
        self._names = names
        self.thumbnails.setGridSize(GRID if names == DIGITS else NAMED_GRID)
        for row in range(self.count):
            self._describe_item(self.thumbnails.item(row))

    @property
    def class_names(self) -> tuple[str, ...]:
        return self._names

    @property
    def count(self) -> int:
        """The number of thumbnails shown."""
        return self.thumbnails.count()

    def shown_indices(self) -> list[int]:
        """The set indices of the thumbnails, in order."""
        return [self.thumbnails.item(row).data(INDEX_ROLE) for row in range(self.count)]

    def captions(self) -> list[str]:
        """The thumbnails' captions, in order."""
        return [self.thumbnails.item(row).text() for row in range(self.count)]

    def show_images(
        self,
        title: str,
        indices: np.ndarray,
        images: np.ndarray,
        labels: np.ndarray,
        probabilities: np.ndarray,
        *,
        total: int | None = None,
    ) -> None:
        """Show the images ``indices`` (the first ``MAX_THUMBNAILS``) under ``title``.

        Parameters
        ----------
        title : str
        indices : (M,) int
            Which images of the set, in the order to show them.
        images : (N, 784) uint8 or float in [0, 1]
            The whole set (only ``images[indices]`` is read; kept for clicks).
        labels : (N,) int
        probabilities : (N, 10) float
            The network's reading of each image; its answer is the row's argmax.
        total : int, optional
            How many images the selection has in all (``len(indices)`` by default):
            "and N more" counts those not shown.
        """
        self._images = images
        self.title_label.setText(title)
        self.thumbnails.clear()
        self._probabilities = {}
        ratio = self.devicePixelRatioF()
        shown = [int(i) for i in np.asarray(indices)[:MAX_THUMBNAILS]]
        for index in shown:
            label, row = int(labels[index]), np.asarray(probabilities[index])
            answer = int(np.argmax(row))
            item = QListWidgetItem(QIcon(thumbnail_pixmap(images[index], ratio)), "")
            item.setData(INDEX_ROLE, index)
            item.setData(LABEL_ROLE, label)
            item.setData(ANSWER_ROLE, answer)
            item.setData(PROBABILITY_ROLE, float(row[answer]))
            self._probabilities[index] = row
            self._describe_item(item)
            self.thumbnails.addItem(item)
        self._more = (len(indices) if total is None else total) - len(shown)
        self.more_label.setVisible(self._more > 0)
        self.retranslate()

    def _describe_item(self, item: QListWidgetItem) -> None:
        """The item's caption, tooltip and accessible text, from its data and the names."""
        index, label = int(item.data(INDEX_ROLE)), int(item.data(LABEL_ROLE))
        answer, probability = int(item.data(ANSWER_ROLE)), float(item.data(PROBABILITY_ROLE))
        if self._names == DIGITS:
            item.setText(caption(label, answer, probability))
        else:
            metrics, width = self.thumbnails.fontMetrics(), NAMED_GRID.width() - 6
            elide = Qt.TextElideMode.ElideRight
            first = metrics.elidedText(self._names[label], elide, width)
            second = metrics.elidedText(
                f"→ {self._names[answer]} ({probability:.0%})", elide, width
            )
            item.setText(f"{first}\n{second}")
        tip = probabilities_tip(index, label, self._probabilities[index], self._names)
        item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, tip.replace("\n", "; "))

    def show_message(self, text: str) -> None:
        """No thumbnails, only ``text`` where the title goes."""
        self._images = None
        self._probabilities = {}
        self._more = 0
        self.thumbnails.clear()
        self.title_label.setText(text)
        self.more_label.hide()

    def choose(self, row: int) -> None:
        """Emit ``image_chosen`` for thumbnail ``row``, as a click on it does."""
        item = self.thumbnails.item(row)
        if item is None or self._images is None:
            return
        index, label = item.data(INDEX_ROLE), item.data(LABEL_ROLE)
        self.image_chosen.emit(as_float_image(self._images[index]), int(label))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Return on the thumbnails chooses the current one (the arrow keys move it)."""
        if watched is self.thumbnails and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.count:
                self.choose(max(self.thumbnails.currentRow(), 0))
                return True
        return super().eventFilter(watched, event)

    def _on_thumbnails_item_clicked(self, item: QListWidgetItem) -> None:
        self.choose(self.thumbnails.row(item))
