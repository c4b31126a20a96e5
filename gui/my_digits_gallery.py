"""The My digits gallery: the drawings as thumbnails captioned with their label.

When a model is chosen in the scores table, each caption gets ✓ or ✗ (and the
digit the model read, when it is another). Delete or Backspace asks to remove
the selected drawings (``delete_pressed``); the owner asks the user and removes.

``MyDigitsGalleryColumn`` is the left side of My digits: the count of drawings
(``summary_text``) above the gallery, the Import, Export and Remove buttons and
the message line below it; ``MyDigitsWidget`` connects them. The texts keep the
translation context of ``MyDigitsWidget``, where they were first written.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.my_digits import DigitSet
from core.my_digits_score import Score

THUMB_SIDE = 56
ID_ROLE = Qt.ItemDataRole.UserRole


def thumbnail(pixels: np.ndarray, side: int, ratio: float) -> QPixmap:
    """A ``(28, 28) uint8`` drawing as a ``side`` px pixmap, sharp at device pixel ``ratio``."""
    data = np.ascontiguousarray(pixels, dtype=np.uint8)
    image = QImage(data.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy()
    size = max(1, round(side * ratio))
    pixmap = QPixmap.fromImage(image.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def summary_text(digits: DigitSet) -> str:
    """How many drawings there are, in all and per label (or how to make the first)."""
    if not len(digits):
        return QCoreApplication.translate(
            "MyDigitsWidget",
            "No drawings yet: draw a digit, choose its label and press Save to my digits.",
        )
    counts = np.bincount(digits.labels, minlength=10)
    per_label = "  ".join(f"{k}: {counts[k]}" for k in range(10))
    return (
        QCoreApplication.translate("MyDigitsWidget", "Drawings: {count}").format(count=len(digits))
        + f"    {per_label}"
    )


class MyDigitsGallery(QListWidget):
    """The drawings as thumbnails captioned with their label (and ✓/✗ by the chosen model)."""

    delete_pressed = Signal()
    """Delete or Backspace was pressed with drawings selected."""

    def __init__(self) -> None:
        super().__init__(objectName="myDigitsGallery")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB_SIDE, THUMB_SIDE))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformItemSizes(True)

    def retranslate(self) -> None:
        """Set the tooltip and accessible name in the current language."""
        self.setToolTip(
            QCoreApplication.translate(
                "MyDigitsWidget",
                "Your drawings and their true labels; ✓ or ✗: how the model chosen "
                "on the right reads them",
            )
        )
        self.setAccessibleName(QCoreApplication.translate("MyDigitsWidget", "My digits gallery"))

    def show_digits(self, digits: DigitSet, ratio: float) -> None:
        """One item per drawing: its thumbnail, its label, its id in ``ID_ROLE``."""
        self.clear()
        for pixels, label, digit_id in zip(digits.images, digits.labels, digits.ids, strict=True):
            item = QListWidgetItem(str(int(label)))
            item.setIcon(thumbnail(pixels, THUMB_SIDE, ratio))
            item.setData(ID_ROLE, int(digit_id))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)

    def show_marks(self, digits: DigitSet, result: Score | None) -> None:
        """Caption each drawing with ✓/✗ by ``result`` (its label alone when None)."""
        for row in range(self.count()):
            item = self.item(row)
            label = int(digits.labels[row])
            if result is None:
                item.setText(str(label))
                item.setToolTip(
                    QCoreApplication.translate("MyDigitsWidget", "True label: {label}").format(
                        label=label
                    )
                )
                continue
            read = int(result.predicted[row])
            mark = "✓" if result.correct[row] else "✗"
            item.setText(f"{label} {mark}" if read == label else f"{label} {mark} {read}")
            item.setToolTip(
                QCoreApplication.translate(
                    "MyDigitsWidget", "True label: {label}; the model reads {read}"
                ).format(label=label, read=read)
            )

    def selected_ids(self) -> list[int]:
        """The ids of the selected drawings."""
        return [int(item.data(ID_ROLE)) for item in self.selectedItems()]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedItems():
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class MyDigitsGalleryColumn(QWidget):
    """The summary line, the gallery, the file buttons and the message line, top to bottom."""

    def __init__(self) -> None:
        super().__init__()
        self.gallery = MyDigitsGallery()
        self.summary = QLabel(objectName="myDigitsSummary")
        self.message = QLabel(objectName="myDigitsMessage")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(objectName="myDigitsExportButton")
        self.import_button = QPushButton(objectName="myDigitsImportButton")
        self.remove_button = QPushButton(objectName="myDigitsRemoveButton")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.gallery, 1)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.message)

    def retranslate(self) -> None:
        """Set the gallery's and the buttons' texts in the current language."""
        self.gallery.retranslate()
        self.export_button.setText(QCoreApplication.translate("MyDigitsWidget", "Export…"))
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "MyDigitsWidget",
                "Write your digits as PNG files named by their label (7_0001.png) "
                "into a new folder",
            )
        )
        self.export_button.setAccessibleName(
            QCoreApplication.translate("MyDigitsWidget", "Export my digits")
        )
        self.import_button.setText(QCoreApplication.translate("MyDigitsWidget", "Import…"))
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "MyDigitsWidget",
                "Add the 28x28 PNG files of a folder: named by their label (7_0001.png) "
                "or in sub-folders 0 to 9",
            )
        )
        self.import_button.setAccessibleName(
            QCoreApplication.translate("MyDigitsWidget", "Import digits")
        )
        self.remove_button.setText(QCoreApplication.translate("MyDigitsWidget", "Remove"))
        self.remove_button.setToolTip(
            QCoreApplication.translate("MyDigitsWidget", "Remove the selected drawings (Delete)")
        )
        self.remove_button.setAccessibleName(
            QCoreApplication.translate("MyDigitsWidget", "Remove the selected drawings")
        )
        self.message.setAccessibleName(
            QCoreApplication.translate("MyDigitsWidget", "My digits message")
        )
