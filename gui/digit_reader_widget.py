"""Draw a digit and watch the network read it: the pad, what the network sees, its answer.

The pad's drawing is brought to MNIST's form by ``core.drawing.preprocess_drawing``
(shown as the 28x28 preview), read by the current network (probability bars),
and explained: the hidden units' activations, and the units that pushed hardest
towards the answer (announced through ``units_highlighted`` for the weights view).
Readings are throttled while drawing, and redone whenever new weights arrive.
Image files load in the background; what happened to the last one (opening,
or why it could not be used) shows under the buttons until the drawing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
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
from gui.draw_pad_widget import DrawPadWidget
from gui.elided_label import ElidedLabel
from gui.save_digit_widget import SaveDigitWidget

READ_DELAY_MS = 40  # at most ~25 readings a second while drawing
BAR_COLOR = "#9ecae1"
TOP_BAR_COLOR = "#08519c"
STRONG_UNIT_COLOR = "#00c853"  # as the outlines in the weights view
HIGHLIGHTED_UNITS = 5
EMPTY_HINT = "Draw a digit on the pad (white on black, like MNIST)."
NO_NETWORK_HINT = "No network yet: press Start or Step, then draw."
SIDE_WIDTH = 150
"""Width of the column between the pad and the bars: preview, reading, buttons, messages."""
PREVIEW_SIDE = (56, 96)
"""Smallest and largest side of the 28x28 preview, in pixels (it shrinks in a short dock)."""

TestSet = tuple[np.ndarray, np.ndarray]


def load_test_set(dataset: str = DEFAULT_DATASET) -> TestSet:
    """The test images (uint8, flat) and labels of a bundled set (MNIST by default)."""
    return load_mnist(normalize=False, dataset=dataset)[1]


def _bar_plot(name: str, title: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w")
    plot.setObjectName(name)
    plot.setMinimumWidth(120)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setTitle(title, color="k", size="9pt")
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setPen("k")
        plot.getAxis(axis).setTextPen("k")
    return plot


class DigitReaderWidget(QWidget):
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
        self._class_names = [str(k) for k in range(10)]

        self.pad = DrawPadWidget()
        self.pad.setMaximumSize(300, 300)  # the answer beside it gets the rest
        self.clear_button = self._button("clearButton", "Clear", "Clear the pad (Esc)")
        self.test_digit_button = self._button(
            "testDigitButton", "Test digit", "Put a random MNIST test digit on the pad"
        )
        self.open_button = self._button(
            "openImageButton", "Open image…", "Read a PNG or JPEG (or drop one on the pad)"
        )
        self.reading_label = ElidedLabel(EMPTY_HINT, min_lines=2)
        self.reading_label.setObjectName("readingLabel")
        self.message_label = ElidedLabel()
        self.message_label.setObjectName("imageMessage")
        self.message_label.setAccessibleName("Image file message")
        self.message_label.hide()  # shown while it has something to say
        self.save_digit = SaveDigitWidget(lambda: self.preview_image)  # "Save to my digits"

        self.preview_caption = QLabel("The network sees:")
        self.preview_caption.setObjectName("previewCaption")
        self.preview = pg.GraphicsLayoutWidget()
        self.preview.setObjectName("drawPreview")
        self.preview.setMinimumSize(PREVIEW_SIDE[0], PREVIEW_SIDE[0])
        self.preview.setMaximumSize(PREVIEW_SIDE[1], PREVIEW_SIDE[1])
        self.preview.setToolTip("The 28x28 image the network sees")
        view = self.preview.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.preview_item = pg.ImageItem(axisOrder="row-major", levels=(0, 1))
        view.addItem(self.preview_item)
        view.setRange(xRange=(0, 28), yRange=(0, 28), padding=0)

        self.probability_bars = _bar_plot("probabilityBars", "probabilities")
        self.probability_bars.setYRange(0, 1, padding=0)
        self.probability_bars.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        self.bar_item = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7)
        self.probability_bars.addItem(self.bar_item)

        self.hidden_plot = _bar_plot("hiddenActivations", "hidden units z1")
        self.hidden_plot.setToolTip(
            "Activation of each hidden unit; green: the units that pushed hardest towards "
            "the answer (outlined in the weights view too)"
        )
        self.hidden_plot.setYRange(0, 1, padding=0)
        self.hidden_item = pg.BarGraphItem(x=[], height=[], width=0.8, pen=None)
        self.hidden_plot.addItem(self.hidden_item)

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
        self.clear_button.clicked.connect(self.pad.clear)
        self.test_digit_button.clicked.connect(self.show_test_digit)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.save_digit.message.connect(self._show_message)
        self.read_now()

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
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
        for button in (self.clear_button, self.test_digit_button, self.open_button):
            column.addWidget(button)
        column.addWidget(self.save_digit)
        column.addWidget(self.message_label, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.pad, 0)
        row.addWidget(side, 0)
        row.addWidget(self.probability_bars, 1)
        row.addWidget(self.hidden_plot, 1)

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

    def set_class_names(self, names: Sequence[str]) -> None:
        """Name the classes (the bars' labels, the answer) with ``names``, one per label."""
        self._class_names = list(names)
        self.probability_bars.getAxis("bottom").setTicks([list(enumerate(self._class_names))])
        if self.reading is not None:
            self.read_now()

    def set_dataset(self, dataset: str) -> None:
        """Read as a network of ``dataset``: clothes are prepared as Fashion-MNIST's images
        (``core.clothes_input``), and "Test digit" takes that set's test images."""
        if dataset != self._dataset:
            self._dataset, self._test_set = dataset, None
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
        self._show_message(f"Opening {show_path(path)}…")

    def _on_pad_image_loaded(self, path: str) -> None:
        self._show_message("")
        self.true_label = None
        self.read_now()
        self.image_loaded.emit(path)

    def _on_pad_load_failed(self, message: str) -> None:
        self._show_message(message)
        self.load_failed.emit(message)

    def _show_message(self, text: str) -> None:
        """Say ``text`` under the buttons; "" hides the message and gives its room back."""
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
            self.reading_label.setText(EMPTY_HINT)
            return  # still empty: nothing to redraw
        self.preview_image = None if x is None else x.reshape(28, 28)
        if self.preview_image is None:
            self.preview_item.clear()
        else:
            self.preview_item.setImage(self.preview_image, autoLevels=False, levels=(0, 1))
        if x is None or self._params is None:
            self._show_reading(None, EMPTY_HINT if x is None else NO_NETWORK_HINT)
            return
        reading = read_digit(self._params, x, config=self._config, buffers=self._buffers)
        # Most important first: a short dock cuts the last lines (they stay in the tooltip).
        answer = self._class_names[reading.top]
        text = f"The network reads {answer} ({reading.probabilities[reading.top]:.1%})."
        if self.true_label is not None:
            text += f"\nThe MNIST label is {self._class_names[self.true_label]}."
        if not self._trained:
            text += "\nThe network has not been trained yet: this is a guess."
        self._show_reading(reading, text)

    def _show_reading(self, reading: Reading | None, text: str) -> None:
        self.reading = reading
        self.reading_label.setText(text)
        if reading is None:
            self.bar_item.setOpts(height=np.zeros(10), brushes=[BAR_COLOR] * 10)
            self.hidden_item.setOpts(x=[], height=[])
            self.units_highlighted.emit([])
            return
        brushes = [TOP_BAR_COLOR if k == reading.top else BAR_COLOR for k in range(10)]
        self.bar_item.setOpts(height=reading.probabilities, brushes=brushes)
        strongest = reading.strongest_units(HIGHLIGHTED_UNITS)
        hidden_brushes = [
            STRONG_UNIT_COLOR if j in strongest else BAR_COLOR for j in range(reading.hidden.size)
        ]
        self.hidden_item.setOpts(
            x=np.arange(reading.hidden.size), height=reading.hidden, brushes=hidden_brushes
        )
        self.hidden_plot.setXRange(-0.5, reading.hidden.size - 0.5, padding=0)
        top = max(1.0, float(np.nanmax(reading.hidden, initial=0.0)))
        self.hidden_plot.setYRange(min(0.0, float(np.nanmin(reading.hidden))), top, padding=0)
        title = f"hidden units z{reading.layer}"
        if self.hidden_plot.plotItem.titleLabel.text != title:
            self.hidden_plot.setTitle(title, color="k", size="9pt")
        # The weights view outlines W1's tiles: only first-layer units have one.
        self.units_highlighted.emit(strongest if reading.layer == 1 else [])

    # -- input from elsewhere -------------------------------------------------------

    def show_image(self, image: np.ndarray, label: int | None = None) -> None:
        """Put a 28x28 image (floats 0 to 1, white on black) on the pad and read it.

        ``label`` is its true digit if known (a test image chosen in the Mistakes view).
        """
        self.pad.set_canvas(np.asarray(image, dtype=np.float32).reshape(28, 28))
        self.true_label = label
        self.read_now()

    def show_test_digit(self) -> None:
        """Put a random MNIST test digit on the pad and remember its label."""
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
            self, "Open an image of a digit", "", "Images (*.png *.jpg *.jpeg *.bmp *.gif)"
        )
        if path:
            self.open_image(path)

    def open_image(self, path: str) -> None:
        """Put the image file at ``path`` on the pad, in the background.

        ``image_loaded`` follows once it is on the pad and read; ``load_failed``
        if it cannot be used (the message is shown, the drawing kept).
        """
        self.pad.start_loading(path)
