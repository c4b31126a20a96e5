"""Draw a digit and watch the network read it: the pad, what the network sees, its answer.

The pad's drawing is brought to MNIST's form by ``core.drawing.preprocess_drawing``
(shown as the 28x28 preview), read by the current network (probability bars),
and explained: the hidden units' activations, and the units that pushed hardest
towards the answer (announced through ``units_highlighted`` for the weights view).
Readings are throttled while drawing, and redone whenever new weights arrive.
Image files load in the background; what happened to the last one (opening,
or why it could not be used) shows under the buttons until the drawing changes.

The bars (``gui.reading_bars``) are labelled by ``set_class_names`` (the digits by
default); more buttons
go under the others with ``add_button``. Colours follow ``gui.appearance``, texts
the language (``retranslate``). Keyboard: Tab reaches the pad (Delete clears,
Enter reads) and every button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.clothes_input import preprocess_clothes
from core.config import TrainConfig
from core.data import load_mnist
from core.datasets import DEFAULT_DATASET
from core.drawing import PEN_WIDTH
from core.path_display import show_path
from core.pen import preprocess_strokes
from core.reading import Reading, read_digit
from gui.class_names import dataset_title
from gui.core_text import shown
from gui.digit_preview import DigitPreview
from gui.draw_pad_widget import DrawPadWidget
from gui.elided_label import ElidedLabel
from gui.i18n import Retranslating
from gui.reading_bars import ReadingBarsWidget
from gui.save_digit_widget import SaveDigitWidget

READ_DELAY_MS = 40  # at most ~25 readings a second while drawing
DIGITS = tuple(str(k) for k in range(10))
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "DigitReaderWidget", "Draw a digit on the pad (white on black, like MNIST)."
)
EMPTY_CLOTHES_HINT = QT_TRANSLATE_NOOP(
    "DigitReaderWidget", "Draw a piece of clothing on the pad (white on black, like Fashion-MNIST)."
)
NO_NETWORK_HINT = QT_TRANSLATE_NOOP(
    "DigitReaderWidget", "No network yet: press Start or Step, then draw."
)
IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.bmp *.gif"
SIDE_WIDTH = 150
"""Width of the column between the pad and the bars: preview, reading, buttons, messages."""
PREVIEW_SIDE = (56, 96)
"""Smallest and largest side of the 28x28 preview, in pixels (it shrinks in a short dock)."""

TestSet = tuple[np.ndarray, np.ndarray]


def load_test_set(dataset: str = DEFAULT_DATASET) -> TestSet:
    """The test images (uint8, flat) and labels of a bundled set (MNIST by default)."""
    return load_mnist(normalize=False, dataset=dataset)[1]


class DigitReaderWidget(Retranslating, QWidget):
    """The drawing pad with the network's reading beside it.

    Parameters
    ----------
    parent : QWidget, optional
    test_set_loader : callable returning (images (N, 784) uint8, labels (N,)), optional
        Where "Test digit" takes its images; the bundled MNIST test set by default.
    rng : numpy.random.Generator, optional
        Picks the test digits.
    """

    units_highlighted = Signal(list)  # hidden units, strongest first
    image_loaded = Signal(str)
    """An image file (the path) opened or dropped is on the pad and read."""
    load_failed = Signal(str)
    """An image file could not be used; the message, also shown under the buttons."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        test_set_loader: Callable[[], TestSet] = load_test_set,
        rng: np.random.Generator | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("digitReader")
        self._test_set_loader = test_set_loader
        self._test_set: TestSet | None = None
        self._rng = rng if rng is not None else np.random.default_rng()
        self._params: dict[str, np.ndarray] | None = None
        self._config: TrainConfig | None = None
        self._buffers: dict[str, np.ndarray] | None = None
        self._trained = False
        self.reading: Reading | None = None
        self.preview_image: np.ndarray | None = None  # (28, 28) float32, what the net sees
        self.true_label: int | None = None
        self._dataset = DEFAULT_DATASET
        self._class_names: tuple[str, ...] = DIGITS
        self._opening: str | None = None  # the path of the image being opened
        self._failure: str | None = None  # why the last image failed (a Phrase: re-rendered)
        self._extra_buttons: list[QAbstractButton] = []

        self.pad = DrawPadWidget()
        self.pad.setMaximumSize(300, 300)  # the answer beside it gets the rest
        self.clear_button = self._button("clearButton")
        self.test_digit_button = self._button("testDigitButton")
        self.open_button = self._button("openImageButton")
        self.reading_label = ElidedLabel(min_lines=2)
        self.reading_label.setObjectName("readingLabel")
        self.message_label = ElidedLabel()
        self.message_label.setObjectName("imageMessage")
        self.message_label.hide()  # shown while it has something to say
        self.save_digit = SaveDigitWidget(lambda: self.preview_image)  # "Save to my digits"

        self.preview_caption = ElidedLabel()
        self.preview_caption.setObjectName("previewCaption")
        self.preview = DigitPreview()
        self.preview.setObjectName("drawPreview")
        self.preview.setMinimumSize(PREVIEW_SIDE[0], PREVIEW_SIDE[0])
        self.preview.setMaximumSize(PREVIEW_SIDE[1], PREVIEW_SIDE[1])

        self.bars = ReadingBarsWidget()
        self.probability_bars, self.hidden_plot = self.bars.probability_bars, self.bars.hidden_plot
        self.bar_item, self.hidden_item = self.bars.bar_item, self.bars.hidden_item

        self._build_layout()
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_DELAY_MS)
        self._read_timer.timeout.connect(self.read_now)
        self.pad.drawing_changed.connect(self._on_pad_drawing_changed)
        self.pad.cleared.connect(self._on_pad_cleared)
        self.pad.loading_started.connect(self._on_pad_loading_started)
        self.pad.image_loaded.connect(self._on_pad_image_loaded)
        self.pad.load_failed.connect(self._on_pad_load_failed)
        self.pad.read_requested.connect(self.read_now)
        self.clear_button.clicked.connect(self.pad.clear)
        self.test_digit_button.clicked.connect(self.show_test_digit)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.save_digit.message.connect(self._show_message)
        self.set_class_names(DIGITS)
        self.retranslate()
        self.read_now()

    def retranslate(self) -> None:
        """Every text, tooltip and accessible name in the current language."""
        buttons = (
            (self.clear_button, self.tr("Clear"), self.tr("Clear the pad (Delete or Esc)")),
            (
                self.test_digit_button,
                self.tr("Test digit"),
                self.tr("Put a random image of the {dataset} test data on the pad").format(
                    dataset=dataset_title(self._dataset)
                ),
            ),
            (
                self.open_button,
                self.tr("Open image…"),
                self.tr("Read a PNG or JPEG (or drop one on the pad)"),
            ),
        )
        for button, text, tip in buttons:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setAccessibleDescription(tip)
        self.preview_caption.setText(self.tr("The network sees:"))
        self.preview.setToolTip(self.tr("The 28x28 image the network sees"))
        self.preview.setAccessibleName(self.tr("What the network sees"))
        self.reading_label.setAccessibleName(self.tr("The network's reading"))
        self.message_label.setAccessibleName(self.tr("Image file message"))
        self._show_reading_text()
        if self._opening is not None:
            self._show_opening(self._opening)
        elif self._failure is not None:
            self._show_failure(self._failure)

    def set_class_names(self, names: Sequence[str]) -> None:
        """Label the probability bars (and name the answer) with ``names``, one per class.

        The digits ``"0"``..``"9"`` by default; a dataset of clothes gives its
        classes' names (already translated; call again on a language change).
        """
        names = tuple(str(name) for name in names)
        if len(names) != 10:
            raise ValueError(f"expected 10 class names, got {len(names)}")
        self._class_names = names
        self.bars.set_labels(self.bar_labels())
        self._show_reading_text()

    def bar_labels(self) -> list[str]:
        """The label under each probability bar, class 0 first."""
        return list(self._class_names)

    @property
    def class_names(self) -> tuple[str, ...]:
        """The name of each class, as the bars and the reading show it."""
        return self._class_names

    def add_button(self, button: QAbstractButton) -> None:
        """Put one more button under the others (after "Open image…" in the tab order)."""
        previous = self._extra_buttons[-1] if self._extra_buttons else self.open_button
        self._button_column.addWidget(button)
        self._extra_buttons.append(button)
        QWidget.setTabOrder(previous, button)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        return button

    def _build_layout(self) -> None:
        """One row, for a dock under the plots: pad | what it sees | answer | inside."""
        side = QWidget()
        side.setObjectName("readerSide")
        side.setFixedWidth(SIDE_WIDTH)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview_caption)
        column.addWidget(self.preview)
        column.addWidget(self.reading_label, 2)  # the answer gets most of the room
        self._button_column = QVBoxLayout()  # add_button puts more under these
        self._button_column.setContentsMargins(0, 0, 0, 0)
        for button in (self.clear_button, self.test_digit_button, self.open_button):
            self._button_column.addWidget(button)
        column.addLayout(self._button_column)
        column.addWidget(self.save_digit)  # "Save to my digits"
        column.addWidget(self.message_label, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.pad, 0)
        row.addWidget(side, 0)
        row.addWidget(self.bars, 2)

    # -- what the network is ------------------------------------------------------

    def set_network(
        self,
        params: dict[str, np.ndarray] | None,
        *,
        trained: bool,
        config: TrainConfig | None = None,
        buffers: dict[str, np.ndarray] | None = None,
    ) -> None:
        """Read with these parameters from now on (None: no network yet).

        ``config`` says what network ``params`` belong to (None: the two-layer
        network) and ``buffers`` holds its batch norm statistics, if any.
        """
        self._params = params
        self._config = config
        self._buffers = buffers
        self._trained = trained
        self.read_now()

    def set_dataset(self, dataset: str) -> None:
        """Read as a network of ``dataset``: clothes are prepared as Fashion-MNIST's images
        (``core.clothes_input``), and "Test digit" takes that set's test images."""
        if dataset != self._dataset:
            self._dataset, self._test_set = dataset, None
            self.retranslate()  # the tooltip names the dataset
            self.read_now()

    # -- reading --------------------------------------------------------------------

    def _on_pad_drawing_changed(self) -> None:
        self._show_message("")  # it was about an image the drawing has moved on from
        if not self._read_timer.isActive():
            self._read_timer.start()

    def _on_pad_cleared(self) -> None:
        self.true_label = None
        self.read_now()

    def _on_pad_loading_started(self, path: str) -> None:
        self._show_opening(path)

    def _show_opening(self, path: str) -> None:
        self._show_message(self.tr("Opening {path}…").format(path=show_path(path)))
        self._opening = path

    def _on_pad_image_loaded(self, path: str) -> None:
        self._show_message("")
        self.true_label = None
        self.read_now()
        self.image_loaded.emit(path)

    def _on_pad_load_failed(self, message: str) -> None:
        self._show_failure(message)
        self.load_failed.emit(shown(message))

    def _show_failure(self, message: str) -> None:
        """Say why an image could not be opened, in the current language."""
        self._show_message(shown(message))
        self._failure = message

    def _show_message(self, text: str) -> None:
        """Say ``text`` under the buttons; "" hides the message and gives its room back."""
        self._opening = self._failure = None
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def read_now(self) -> None:
        """Preprocess the pad and read it with the current network."""
        self._read_timer.stop()
        x = (
            None
            if self.pad.is_empty()
            else preprocess_clothes(self.pad.canvas_array())
            if self._dataset == "fashion"
            else preprocess_strokes(self.pad.strokes(), PEN_WIDTH, self.pad.canvas_array())
        )
        if x is None and self.preview_image is None and self.reading is None:
            self._show_reading_text()
            return  # still empty: nothing to redraw
        self.preview_image = None if x is None else x.reshape(28, 28)
        self.preview.set_image(self.preview_image)
        if x is None or self._params is None:
            self._show_reading(None)
            return
        reading = read_digit(self._params, x, config=self._config, buffers=self._buffers)
        self._show_reading(reading)

    def reading_text(self) -> str:
        """What the reading label says now, from the state: a hint, or the answer."""
        if self.reading is None:
            empty = EMPTY_CLOTHES_HINT if self._dataset == "fashion" else EMPTY_HINT
            hint = empty if self.preview_image is None else NO_NETWORK_HINT
            return self.tr(hint)
        reading = self.reading
        # Most important first: a short dock cuts the last lines (they stay in the tooltip).
        lines = [
            self.tr("The network reads {answer} ({probability}).").format(
                answer=self._class_names[reading.top],
                probability=f"{reading.probabilities[reading.top]:.1%}",
            )
        ]
        if self.true_label is not None:
            lines.append(
                self.tr("The true label is {label}.").format(
                    label=self._class_names[self.true_label]
                )
            )
        if not self._trained:
            lines.append(self.tr("The network has not been trained yet: this is a guess."))
        return "\n".join(lines)

    def _show_reading_text(self) -> None:
        self.reading_label.setText(self.reading_text())

    def _show_reading(self, reading: Reading | None) -> None:
        self.reading = reading
        self._show_reading_text()
        self.units_highlighted.emit(self.bars.show_reading(reading))

    # -- input from elsewhere -------------------------------------------------------

    def show_image(self, image: np.ndarray, label: int | None = None) -> None:
        """Put a 28x28 image (floats 0 to 1, white on black) on the pad and read it.

        ``label`` is its true digit if known (a test image chosen in the Mistakes view).
        """
        self.pad.set_canvas(np.asarray(image, dtype=np.float32).reshape(28, 28))
        self.true_label = label
        self.read_now()

    def show_test_digit(self) -> None:
        """Put a random test image of the current dataset on the pad; remember its label."""
        if self._test_set is None:
            default = self._dataset == DEFAULT_DATASET
            self._test_set = self._test_set_loader() if default else load_test_set(self._dataset)
        images, labels = self._test_set
        index = int(self._rng.integers(len(images)))
        self.pad.set_canvas(images[index].reshape(28, 28) / np.float32(255))
        self.true_label = int(labels[index])
        self.read_now()

    def _on_open_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an image of a digit"),
            "",
            self.tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS),
        )
        if path:
            self.open_image(path)

    def open_image(self, path: str) -> None:
        """Put the image file at ``path`` on the pad, in the background.

        ``image_loaded`` follows once it is on the pad and read; ``load_failed``
        if it cannot be used (the message is shown, the drawing kept).
        """
        self.pad.start_loading(path)
