"""Draw a digit and watch the network read it: the pad, what the network sees, its answer.

The pad's drawing is brought to MNIST's form by ``core.drawing.preprocess_drawing``
(shown as the 28x28 preview), read by the current network (probability bars),
and explained: the hidden units' activations, and the units that pushed hardest
towards the answer (announced through ``units_highlighted`` for the weights view).
Readings are throttled while drawing, and redone whenever new weights arrive.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.data import load_mnist
from core.drawing import preprocess_drawing
from core.reading import Reading, read_digit
from gui.draw_pad_widget import DrawPadWidget

READ_DELAY_MS = 40  # at most ~25 readings a second while drawing
BAR_COLOR = "#9ecae1"
TOP_BAR_COLOR = "#08519c"
STRONG_UNIT_COLOR = "#00c853"  # as the outlines in the weights view
HIGHLIGHTED_UNITS = 5
EMPTY_HINT = "Draw a digit on the pad (white on black, like MNIST)."
NO_NETWORK_HINT = "No network yet: press Start or Step, then draw."

TestSet = tuple[np.ndarray, np.ndarray]


def load_test_set() -> TestSet:
    """The bundled MNIST test images (uint8, flat) and labels."""
    return load_mnist(normalize=False)[1]


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
        self._trained = False
        self.reading: Reading | None = None
        self.preview_image: np.ndarray | None = None  # (28, 28) float32, what the net sees
        self.true_label: int | None = None

        self.pad = DrawPadWidget()
        self.pad.setMaximumSize(300, 300)  # the answer beside it gets the rest
        self.clear_button = self._button("clearButton", "Clear", "Clear the pad (Esc)")
        self.test_digit_button = self._button(
            "testDigitButton", "Test digit", "Put a random MNIST test digit on the pad"
        )
        self.open_button = self._button(
            "openImageButton", "Open image…", "Read a PNG or JPEG (or drop one on the pad)"
        )
        self.reading_label = QLabel(EMPTY_HINT)
        self.reading_label.setObjectName("readingLabel")
        self.reading_label.setWordWrap(True)
        self.reading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reading_label.setFixedWidth(150)

        self.preview = pg.GraphicsLayoutWidget()
        self.preview.setObjectName("drawPreview")
        self.preview.setFixedSize(96, 96)
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
        self.pad.load_failed.connect(self._on_pad_load_failed)
        self.clear_button.clicked.connect(self.pad.clear)
        self.test_digit_button.clicked.connect(self.show_test_digit)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.read_now()

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _build_layout(self) -> None:
        """One row, for a dock under the plots: pad | what it sees | answer | inside."""
        side = QVBoxLayout()
        side.addWidget(QLabel("The network sees:"))
        side.addWidget(self.preview)
        side.addWidget(self.reading_label, 1)
        for button in (self.clear_button, self.test_digit_button, self.open_button):
            side.addWidget(button)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.pad, 0)
        row.addLayout(side, 0)
        row.addWidget(self.probability_bars, 1)
        row.addWidget(self.hidden_plot, 1)

    # -- what the network is ------------------------------------------------------

    def set_network(self, params: dict[str, np.ndarray] | None, *, trained: bool) -> None:
        """Read with these parameters from now on (None: no network yet)."""
        self._params = params
        self._trained = trained
        self.read_now()

    # -- reading --------------------------------------------------------------------

    def _on_pad_drawing_changed(self) -> None:
        if not self._read_timer.isActive():
            self._read_timer.start()

    def _on_pad_cleared(self) -> None:
        self.true_label = None
        self.read_now()

    def _on_pad_load_failed(self, message: str) -> None:
        self.reading_label.setText(message)

    def read_now(self) -> None:
        """Preprocess the pad and read it with the current network."""
        self._read_timer.stop()
        x = None if self.pad.is_empty() else preprocess_drawing(self.pad.canvas_array())
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
        reading = read_digit(self._params, x)
        text = f"The network reads {reading.top} ({reading.probabilities[reading.top]:.1%})."
        if self.true_label is not None:
            text += f"\nThe MNIST label is {self.true_label}."
        if not self._trained:
            text = "The network has not been trained yet: this is a guess.\n" + text
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
        self.units_highlighted.emit(strongest)

    # -- input from elsewhere -------------------------------------------------------

    def show_test_digit(self) -> None:
        """Put a random MNIST test digit on the pad and remember its label."""
        if self._test_set is None:
            self._test_set = self._test_set_loader()
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
        """Put the image file at ``path`` on the pad; a file that is no image is explained."""
        try:
            self.pad.load_image_file(path)
        except ValueError as exc:
            self._on_pad_load_failed(str(exc))
            return
        self.true_label = None
        self.read_now()
