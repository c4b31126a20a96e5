"""The Backprop panel: one image through the network and back, step by step (chapter 5).

The window gives it an image (``set_input``: the drawing pad's, or a test image,
with its label when it has one) and a copy of the network (``set_network``).
``core.backprop_walk.walk`` runs in the background and returns the steps; Next
and Back move through them. Each step shows its formula with the numbers
(monospace), the graph as a row of boxes with the current node filled and an
arrow for the direction, and the pictures where they apply: 784-long vectors
as 28x28 images and dL/dW1 (or W1) as one 28x28 tile per hidden unit, all in
the weights view's blue-white-red colours, white at 0.

Texts are set in ``retranslate``; the steps' notes and the words in their formulas
are ``core.phrase.Phrase`` objects, shown translated (the symbols stay as they are).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.architecture import Network
from core.backprop_step import CHECK, FORWARD, graph_labels
from core.backprop_walk import Step, is_mode_dependent, walk
from core.phrase import render
from gui.background import call_in_background
from gui.backprop_graph import GraphStrip, direction_name
from gui.i18n import Retranslating
from gui.w1_mosaic import W1MosaicView
from gui.weights_widget import COLORMAP, GAP_GRAY, HIGHLIGHT_COLOR, LUT_SIZE

PICTURE_SLOTS = 3
NO_NETWORK = QT_TRANSLATE_NOOP(
    "BackpropPanel", "No network yet: press Start or Step, then choose an image."
)
NO_INPUT = QT_TRANSLATE_NOOP(
    "BackpropPanel", "Choose an image: the drawing pad's, or a test image."
)
WORKING = QT_TRANSLATE_NOOP("BackpropPanel", "Walking the graph…")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackpropPanel", text)


def translated(text: str) -> str:
    """A step's formula or note in the current language (``Phrase`` parts translated)."""
    return render(text, QCoreApplication.translate)


class BackpropPanel(Retranslating, QWidget):
    """Next and Back through one image's forward and backward pass, with the numbers.

    Signals
    -------
    input_requested(str)
        ``"pad"``: the learner wants the drawing pad's image; ``"test"``: a test image.
    walked()
        New steps are shown (after ``set_input``, ``set_network`` or a mode change).
    step_changed(int)
        The shown step's index.
    """

    input_requested = Signal(str)
    walked = Signal()
    step_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backpropPanel")
        self.steps: list[Step] = []
        self.index = 0
        self.target: int | None = None
        self.label: int | None = None
        self.pictures: list[str] = []  # the keys of the shown step's pictures
        self._network: Network | None = None
        self._image: np.ndarray | None = None
        self._generation = 0  # a walk's result is shown only if nothing changed since
        self._working = False
        self._error: BaseException | None = None
        self._lut = pg.colormap.get(COLORMAP).getLookupTable(nPts=LUT_SIZE, alpha=False)
        self._build()

    def _build(self) -> None:
        self.pad_button = QPushButton()
        self.pad_button.setObjectName("backpropPadButton")
        self.test_button = QPushButton()
        self.test_button.setObjectName("backpropTestButton")
        self.train_mode = QCheckBox()
        self.train_mode.setObjectName("backpropTrainMode")
        self.target_label = QLabel()
        self.target_label.setObjectName("backpropTarget")
        self.graph = GraphStrip()
        self.back_button = QPushButton()
        self.back_button.setObjectName("backpropBackButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("backpropNextButton")
        self.step_label = QLabel()
        self.step_label.setObjectName("backpropStepLabel")
        self.formula = QPlainTextEdit(readOnly=True)
        self.formula.setObjectName("backpropFormula")
        self.formula.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.formula.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.note = QLabel(wordWrap=True)
        self.note.setObjectName("backpropNote")
        self.captions = [QLabel(wordWrap=True) for _ in range(PICTURE_SLOTS)]
        for i, caption in enumerate(self.captions):
            caption.setObjectName(f"backpropCaption{i}")
        self.views = [W1MosaicView(self._lut, GAP_GRAY, HIGHLIGHT_COLOR) for _ in self.captions]
        for i, view in enumerate(self.views):
            view.setObjectName(f"backpropPicture{i}")
            view.setMinimumSize(120, 120)
            view.resized.connect(view.redraw)
        self._lay_out()
        self.pad_button.clicked.connect(lambda: self.input_requested.emit("pad"))
        self.test_button.clicked.connect(lambda: self.input_requested.emit("test"))
        self.train_mode.toggled.connect(self._on_train_mode_toggled)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language, the shown step's too."""
        self.pad_button.setText(self.tr("Use the drawing pad"))
        self.pad_button.setToolTip(self.tr("Walk the drawing pad's image through the network"))
        self.pad_button.setAccessibleName(self.tr("Use the drawing pad's image"))
        self.test_button.setText(self.tr("Test image"))
        self.test_button.setToolTip(
            self.tr("Walk a test image (with its label) through the network")
        )
        self.test_button.setAccessibleName(self.tr("Use a test image"))
        self.train_mode.setText(self.tr("Training mode (as gradient())"))
        self.train_mode.setToolTip(
            self.tr(
                "Batch norm and dropout as in training, as gradient() computes them; off: as "
                "the network reads a digit (running statistics, every unit kept)"
            )
        )
        self.train_mode.setAccessibleName(self.tr("Training mode"))
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("The step before"))
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("The next step"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.formula.setToolTip(self.tr("The step's formula with the numbers of this image"))
        self.formula.setAccessibleName(self.tr("Formula"))
        self.graph.setAccessibleName(self.tr("Computational graph"))
        for i, view in enumerate(self.views):
            view.setAccessibleName(self.tr("Picture {number}").format(number=i + 1))
        self._show()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for widget in (self.pad_button, self.test_button, self.train_mode):
            top.addWidget(widget)
        top.addWidget(self.target_label, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.back_button)
        moves.addWidget(self.step_label, 1, Qt.AlignmentFlag.AlignCenter)
        moves.addWidget(self.next_button)
        pictures = QVBoxLayout()
        for caption, view in zip(self.captions, self.views, strict=True):
            pictures.addWidget(caption)
            pictures.addWidget(view, 1)
        body = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.formula, 1)
        text.addWidget(self.note)
        body.addLayout(text, 2)
        body.addLayout(pictures, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.graph)
        column.addLayout(moves)
        column.addLayout(body, 1)

    # -- what the window calls ------------------------------------------------------

    def set_network(self, network: Network | None) -> None:
        """Walk this network (a copy the panel may keep) from now on; None: no network."""
        self._network = network
        mode_dependent = network is not None and is_mode_dependent(network)
        self.train_mode.setEnabled(mode_dependent)
        if not mode_dependent:
            self.train_mode.setChecked(False)
        self._walk()

    def set_input(self, image: np.ndarray | None, label: int | None = None) -> None:
        """Walk ``image (28, 28) float 0..1`` with target ``label``, or the network's reading."""
        self._image = None if image is None else np.asarray(image, dtype=np.float64).reshape(784)
        self.label = None if label is None else int(label)
        self._walk()

    def next(self) -> None:
        """Show the next step."""
        self.go_to(self.index + 1)

    def back(self) -> None:
        """Show the step before."""
        self.go_to(self.index - 1)

    def go_to(self, index: int) -> None:
        """Show step ``index`` (clamped to the steps there are)."""
        self.index = max(0, min(index, len(self.steps) - 1))
        self._show()
        self.step_changed.emit(self.index)

    @property
    def current_step(self) -> Step | None:
        """The shown step, or None before a walk."""
        return self.steps[self.index] if self.steps else None

    # -- walking ----------------------------------------------------------------------

    def _walk(self) -> None:
        self._generation += 1
        if self._network is None or self._image is None:
            self.steps, self.target, self._working = [], None, False
            self._show()
            return
        generation, network, x, label = self._generation, self._network, self._image, self.label
        train_flg = self.train_mode.isChecked()

        def work() -> tuple[list[Step], int]:
            if label is not None:
                t = label
            else:
                # A copy: a MultiLayerNet's layers keep what they saw, and two walks may overlap.
                reader = network.copy()
                t = int(np.argmax(reader.probabilities(x[None].astype(reader.dtype))))
            return walk(network, x, t, train_flg=train_flg), t

        self._working, self._error = True, None
        self.formula.setPlainText(_tr(WORKING))
        call_in_background(
            work, lambda result, error: self._on_walked(generation, result, error), "backprop-walk"
        )

    def _on_walked(
        self, generation: int, result: tuple[list[Step], int] | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:
            return  # an older walk: a newer one is on its way
        self._working = False
        if error is not None or result is None:
            self.steps, self.target, self._error = [], None, error
            self._show()
            return
        self.steps, self.target = result
        self.index = min(self.index, len(self.steps) - 1)
        self._show()
        self.walked.emit()

    def _on_train_mode_toggled(self, checked: bool) -> None:
        self._walk()

    # -- showing ----------------------------------------------------------------------

    def _show(self) -> None:
        step = self.current_step
        self.back_button.setEnabled(step is not None and self.index > 0)
        self.next_button.setEnabled(step is not None and self.index < len(self.steps) - 1)
        self.target_label.setText(self._target_text())
        if step is None:
            self.graph.show_step([], None, FORWARD)
            self.step_label.setText("")
            self.formula.setPlainText(self._hint())
            self.note.setText("")
            self._show_pictures(None)
            return
        labels = graph_labels(self.steps)
        current = labels.index(step.label) if step.label in labels else None
        self.graph.show_step(labels, current, step.direction)
        number = {"number": self.index + 1, "total": len(self.steps)}
        if step.direction == CHECK:
            text = self.tr("Step {number} of {total}: the check").format(**number)
        else:
            text = self.tr("Step {number} of {total}: {node}, {direction}").format(
                node=step.label, direction=direction_name(step.direction), **number
            )
        self.step_label.setText(text)
        self.formula.setPlainText(translated(step.formula))
        self.note.setText(translated(step.note))
        self._show_pictures(step)

    def _hint(self) -> str:
        if self._working:
            return _tr(WORKING)
        if self._error is not None:
            return self.tr("The walk failed: {error}").format(error=self._error)
        return _tr(NO_NETWORK) if self._network is None else _tr(NO_INPUT)

    def _target_text(self) -> str:
        if self.target is None:
            return ""
        if self.label is not None:
            return self.tr("Target t = {t}: the image's label").format(t=self.target)
        text = self.tr("Target t = {t}: the network's own reading (the image has no label)")
        return text.format(t=self.target)

    def _show_pictures(self, step: Step | None) -> None:
        keys = [] if step is None else [*step.images, *step.tiles]
        self.pictures = keys[:PICTURE_SLOTS]
        for i, (caption, view) in enumerate(zip(self.captions, self.views, strict=True)):
            if i >= len(self.pictures):
                caption.hide()
                view.hide()
                view.clear_weights()
                continue
            assert step is not None
            key = self.pictures[i]
            array = np.asarray(step.arrays[key], dtype=np.float32)
            matrix = array.reshape(784, -1)  # an image is a mosaic of one tile
            top = float(np.max(np.abs(matrix))) or 1.0
            name = (
                QCoreApplication.translate("BackpropPanel", "dL/d{key} (walked)").format(key=key)
                if step.direction == CHECK
                else key
            )
            caption.setText(_caption(name, matrix.shape[1], top, key == step.input_gradient))
            caption.show()
            view.show()
            view.show_weights(matrix, (-top, top))


def _caption(key: str, units: int, top: float, input_gradient: bool) -> str:
    """What a picture shows, and the value of its reddest red."""
    scale = QCoreApplication.translate("BackpropPanel", "(red +{top}, blue -{top})").format(
        top=f"{top:.3g}"
    )
    if input_gradient:
        text = QCoreApplication.translate(
            "BackpropPanel", "<b>dL/dx</b>, 28x28: which pixels would change the answer {scale}"
        )
        return text.format(scale=scale)
    if units > 1:
        text = QCoreApplication.translate(
            "BackpropPanel", "{key}: one 28x28 tile per hidden unit ({units}) {scale}"
        )
        return text.format(key=key, units=units, scale=scale)
    return QCoreApplication.translate("BackpropPanel", "{key}, 28x28 {scale}").format(
        key=key, scale=scale
    )
