"""Mistakes: the test set's confusion matrix beside a gallery of the images behind it.

The matrix comes from the session at each epoch (``set_confusion``). The gallery
needs the network's reading of every test image: ``set_network`` takes a copy of
the network, and the panel runs the 10,000 test images through it in the
background when the gallery is on screen (or asked for), once per network. The
test set is loaded once, lazily, in the same background call. The gallery shows
a clicked cell's images, the first 20 mistakes (the book's
``ch08/misclassified_mnist.py``) or the most confidently wrong first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from shiboken6 import isValid

from core.architecture import Network
from core.datasets import DEFAULT_DATASET
from core.mistakes import (
    BOOK_MISTAKES,
    Readings,
    cell_examples,
    first_mistakes,
    mistake_indices,
    most_confident_mistakes,
    read_images,
)
from gui.background import call_in_background
from gui.confusion_matrix_widget import ConfusionMatrixView
from gui.digit_reader_widget import TestSet, load_test_set
from gui.i18n import Retranslating
from gui.mistakes_gallery_widget import DIGITS, MAX_THUMBNAILS, MistakesGallery

CELL, FIRST, CONFIDENT = "cell", "first", "confident"
MODES = (
    (FIRST, QT_TRANSLATE_NOOP("MistakesPanel", "First 20 mistakes (book)")),
    (CONFIDENT, QT_TRANSLATE_NOOP("MistakesPanel", "Most confidently wrong first")),
    (CELL, QT_TRANSLATE_NOOP("MistakesPanel", "The clicked cell's images")),
)
NO_NETWORK = QT_TRANSLATE_NOOP(
    "MistakesPanel", "No network yet: train, and the test images it reads wrong show here."
)
READING = QT_TRANSLATE_NOOP("MistakesPanel", "Reading the 10,000 test images…")
NO_CELL = QT_TRANSLATE_NOOP("MistakesPanel", "Click a cell of the matrix to see its images.")
"""The gallery's messages in English (shown translated)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("MistakesPanel", text)


class MistakesPanel(Retranslating, QWidget):
    """The confusion matrix (``matrix_view``), a mode selector and the gallery (``gallery``).

    Parameters
    ----------
    parent : QWidget, optional
    test_set_loader : callable returning (images (N, 784) uint8, labels (N,)), optional
        Called once, in the background, the first time the gallery needs the images.

    Signals
    -------
    image_chosen(image, label)
        A thumbnail was clicked: its ``(28, 28) float32`` image in [0, 1] and its label.
    """

    image_chosen = Signal(object, int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        test_set_loader: Callable[[], TestSet] = load_test_set,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mistakesPanel")
        self._loader = test_set_loader
        self._test_set: TestSet | None = None
        self._dataset = DEFAULT_DATASET  # the injected loader's; others: load_test_set
        self._network: Network | None = None
        self._version = 0  # counts the networks given, so late readings are recognised
        self._readings: Readings | None = None
        self._readings_version = -1
        self._busy = False
        self._failed_version = -1
        self._cell: tuple[int, int] | None = None
        self._error: BaseException | None = None
        self._names: tuple[str, ...] = DIGITS

        self.matrix_view = ConfusionMatrixView()
        self.matrix_view.cell_clicked.connect(self._on_matrix_view_cell_clicked)
        self.mode_combo = QComboBox(objectName="mistakesModeCombo")
        for mode, text in MODES:
            self.mode_combo.addItem(text, mode)
        self.mode_combo.currentIndexChanged.connect(self._refresh_gallery)
        self.gallery = MistakesGallery()
        self.gallery.image_chosen.connect(self.image_chosen)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.show_label = QLabel(objectName="mistakesShowLabel")
        self.show_label.setBuddy(self.mode_combo)
        row.addWidget(self.show_label)
        row.addWidget(self.mode_combo, stretch=1)
        column.addLayout(row)
        column.addWidget(self.gallery, stretch=1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.matrix_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # proportions: the gallery gets a few columns
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language, the gallery's title too."""
        self.show_label.setText(self.tr("&Show:"))
        for row, (_, text) in enumerate(MODES):
            self.mode_combo.setItemText(row, _tr(text))
        self.mode_combo.setToolTip(self.tr("Which test images the gallery shows"))
        self.mode_combo.setAccessibleName(self.tr("Images to show"))
        self._refresh_gallery()

    def set_class_names(self, names: Sequence[str]) -> None:
        """Name the ten classes in the matrix, the gallery and its titles (default: digits)."""
        self._names = tuple(str(name) for name in names)
        self.matrix_view.set_class_names(self._names)
        self.gallery.set_class_names(self._names)
        self._refresh_gallery()

    # -- state ---------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        """The gallery's mode: ``"first"``, ``"confident"`` or ``"cell"``."""
        return str(self.mode_combo.currentData())

    @property
    def readings(self) -> Readings | None:
        """The current network's reading of the test set, once it has been computed."""
        return self._readings if self._readings_version == self._version else None

    @property
    def is_reading(self) -> bool:
        """True while the test images are being read in the background."""
        return self._busy

    # -- input ---------------------------------------------------------------------------

    def set_confusion(self, confusion: np.ndarray | None, epoch: int | None) -> None:
        """Show the test set's ``confusion (10, 10)`` counts measured at ``epoch``."""
        self.matrix_view.set_confusion(confusion, epoch)
        if self.mode == CELL:
            self._refresh_gallery()

    def set_network(self, network: Network | None) -> None:
        """Read the test set with ``network`` (a copy the panel keeps) when the gallery needs it."""
        self._network = network
        self._version += 1
        if self.isVisible():
            self._request_readings()
        self._refresh_gallery()

    def set_dataset(self, dataset: str) -> None:
        """Show the test images of ``dataset``, the set the shown network was trained on."""
        if dataset != self._dataset:
            self._dataset, self._test_set = dataset, None
            self.set_network(self._network)  # read again, on that set

    def set_mode(self, mode: str) -> None:
        """Show the gallery in ``mode`` (``"first"``, ``"confident"`` or ``"cell"``)."""
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def show_cell(self, true: int, read: int) -> None:
        """Outline cell (true, read) and show its images, as a click on it does."""
        self._cell = (true, read)
        self.matrix_view.select_cell(self._cell)
        self._request_readings()
        if self.mode != CELL:
            self.set_mode(CELL)  # refreshes
        else:
            self._refresh_gallery()

    def clear(self) -> None:
        """Forget the matrix, the network and its readings (the test images stay loaded)."""
        self._network, self._readings, self._cell = None, None, None
        self._version += 1
        self.matrix_view.clear()
        self._refresh_gallery()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the test set now if the network has changed while the panel was hidden."""
        super().showEvent(event)
        self._request_readings()

    # -- reading the test set ----------------------------------------------------------------

    def _request_readings(self) -> None:
        version, network = self._version, self._network
        if network is None or self._busy or self._readings_version == version:
            return
        if self._failed_version == version:
            return  # said why already; a new network tries again
        self._busy = True
        test_set, loader = self._test_set, self._loader
        dataset = self._dataset
        if dataset != DEFAULT_DATASET:
            loader = partial(load_test_set, dataset)

        def work() -> tuple[TestSet, Readings]:
            images = test_set if test_set is not None else loader()
            return images, read_images(network, images[0])

        call_in_background(
            work,
            lambda result, error: self._on_read(version, result, error, dataset),
            "read-test-set",
        )

    def _on_read(
        self,
        version: int,
        result: tuple[TestSet, Readings] | None,
        error: BaseException | None,
        dataset: str = DEFAULT_DATASET,
    ) -> None:
        if not isValid(self):
            return  # the panel was closed meanwhile
        self._busy = False
        if error is not None or result is None:
            self._failed_version, self._error = version, error
            self._refresh_gallery()
            return
        if dataset == self._dataset:  # not a set another dataset replaced meanwhile
            self._test_set = result[0]
        if version == self._version:
            self._readings, self._readings_version = result[1], version
            self._refresh_gallery()
        else:  # another network came meanwhile
            self._request_readings()

    # -- the gallery ---------------------------------------------------------------------

    def _refresh_gallery(self) -> None:
        readings, test_set = self._readings, self._test_set
        if self._failed_version == self._version and self._network is not None:
            message = self.tr("Could not read the test images: {error}")
            self.gallery.show_message(message.format(error=self._error))  # keeps saying why
        elif self._network is None:
            self.gallery.show_message(_tr(NO_NETWORK))
        elif self.mode == CELL and self._cell is None:
            self.gallery.show_message(_tr(NO_CELL))
        elif readings is None or test_set is None:
            self.gallery.show_message(_tr(READING))
        else:
            images, labels = test_set
            title, indices, total = self._selection(readings, np.asarray(labels))
            self.gallery.show_images(
                title, indices, images, labels, readings.probabilities, total=total
            )

    def _selection(self, readings: Readings, labels: np.ndarray) -> tuple[str, np.ndarray, int]:
        """The gallery's title, the indices to show and how many the selection has in all."""
        answers = readings.answers
        wrong = len(mistake_indices(answers, labels))
        if self.mode == FIRST:
            indices = first_mistakes(answers, labels, BOOK_MISTAKES)
            title = self.tr(
                "The first {count} of {wrong} mistakes, in test-set order (as the book's "
                "ch08/misclassified_mnist.py): label → reading (probability)"
            ).format(count=len(indices), wrong=f"{wrong:,}")
            return title, indices, len(indices)
        if self.mode == CONFIDENT:
            indices = most_confident_mistakes(readings.probabilities, labels, MAX_THUMBNAILS)
            title = self.tr("The {wrong} mistakes, the most confidently wrong first")
            return title.format(wrong=f"{wrong:,}"), indices, wrong
        assert self._cell is not None
        true, read = self._cell
        indices = cell_examples(answers, labels, true, read)
        values = {
            "true": self._names[true],
            "read": self._names[read],
            "count": f"{len(indices):,}",
        }
        if true == read:
            title = self.tr("True “{true}”, read right: {count} images").format(**values)
        else:
            title = self.tr("True “{true}”, read as “{read}”: {count} images").format(**values)
        confusion = self.matrix_view.confusion
        if confusion is not None and int(confusion[true, read]) != len(indices):
            changed = self.tr(
                "(epoch {epoch}'s matrix counted {counted}; the network has changed since)"
            )
            counted = f"{int(confusion[true, read]):,}"
            title += " " + changed.format(epoch=self.matrix_view.epoch, counted=counted)
        return title, indices, len(indices)

    def _on_matrix_view_cell_clicked(self, true: int, read: int) -> None:
        self.show_cell(true, read)
