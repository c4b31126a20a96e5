"""Test images as 28x28 thumbnails, each captioned with its label, reading and probability.

White digits on black, as MNIST stores them, enlarged by repeating pixels (never
smoothed). At most ``MAX_THUMBNAILS`` are shown, with "and N more" under them.
Clicking a thumbnail emits the image and its label (for the drawing pad). Which
images to show is the caller's choice (``core.mistakes`` picks them).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from core.mistakes import caption

MAX_THUMBNAILS = 60
ZOOM = 2
"""Screen pixels per MNIST pixel in a thumbnail."""
THUMBNAIL = 28 * ZOOM
GRID = QSize(THUMBNAIL + 34, THUMBNAIL + 30)
TOP_PROBABILITIES = 3

INDEX_ROLE = Qt.ItemDataRole.UserRole
"""Item data: the image's index in the set."""
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWER_ROLE = Qt.ItemDataRole.UserRole + 2
PROBABILITY_ROLE = Qt.ItemDataRole.UserRole + 3
"""Item data: the probability the network gave its answer."""


def thumbnail_pixmap(image: np.ndarray) -> QPixmap:
    """``image (784,)`` uint8 pixels, or floats in [0, 1], as a ``THUMBNAIL``-pixel square."""
    pixels = np.asarray(image).reshape(28, 28)
    if pixels.dtype != np.uint8:
        pixels = np.rint(np.clip(pixels, 0.0, 1.0) * 255).astype(np.uint8)
    big = np.ascontiguousarray(np.repeat(np.repeat(pixels, ZOOM, axis=0), ZOOM, axis=1))
    qimage = QImage(big.data, THUMBNAIL, THUMBNAIL, THUMBNAIL, QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(qimage.copy())


def as_float_image(image: np.ndarray) -> np.ndarray:
    """``(28, 28) float32`` in [0, 1] from ``(784,)`` uint8 pixels or floats."""
    pixels = np.asarray(image).reshape(28, 28)
    if pixels.dtype == np.uint8:
        return pixels.astype(np.float32) / np.float32(255.0)
    return pixels.astype(np.float32)


def probabilities_tip(index: int, label: int, probabilities: np.ndarray) -> str:
    """A thumbnail's tooltip: the image's number, its label, and the top probabilities."""
    top = np.argsort(-probabilities, kind="stable")[:TOP_PROBABILITIES]
    listed = ", ".join(f"{k}: {probabilities[k]:.1%}" for k in top)
    return (
        f"test image #{index}, labelled {label}\n"
        f"probabilities {listed}; {label} (the label): {probabilities[label]:.1%}"
    )


class MistakesGallery(QWidget):
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
        self.thumbnails.setToolTip("Click an image to put it on the drawing pad")
        self.thumbnails.itemClicked.connect(self._on_thumbnails_item_clicked)
        self.more_label = QLabel("", objectName="galleryMore")
        self.more_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.thumbnails, stretch=1)
        layout.addWidget(self.more_label)

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
        shown = [int(i) for i in np.asarray(indices)[:MAX_THUMBNAILS]]
        for index in shown:
            label, row = int(labels[index]), np.asarray(probabilities[index])
            answer = int(np.argmax(row))
            item = QListWidgetItem(
                QIcon(thumbnail_pixmap(images[index])), caption(label, answer, row[answer])
            )
            item.setData(INDEX_ROLE, index)
            item.setData(LABEL_ROLE, label)
            item.setData(ANSWER_ROLE, answer)
            item.setData(PROBABILITY_ROLE, float(row[answer]))
            item.setToolTip(probabilities_tip(index, label, row))
            self.thumbnails.addItem(item)
        more = (len(indices) if total is None else total) - len(shown)
        self.more_label.setText(f"and {more:,} more" if more > 0 else "")
        self.more_label.setVisible(more > 0)

    def show_message(self, text: str) -> None:
        """No thumbnails, only ``text`` where the title goes."""
        self._images = None
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

    def _on_thumbnails_item_clicked(self, item: QListWidgetItem) -> None:
        self.choose(self.thumbnails.row(item))
