"""The reader's "Save to my digits": the drawing on the pad, with its true label, into My digits.

A spin box for the true digit and a button; the drawing saved is what the
network sees (the 28x28 preview), so a later score reads exactly that. What
happened is announced through ``message`` (the reader shows it under its
buttons).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSpinBox, QWidget

from core.my_digits import MyDigitsError, MyDigitsStore
from gui.i18n import Retranslating


class SaveDigitWidget(Retranslating, QWidget):
    """A label chooser and a button that add the pad's drawing to My digits.

    Parameters
    ----------
    image_source : callable returning a (28, 28) float array or None
        What the network sees now (None: the pad is empty).
    parent : QWidget, optional
    store : MyDigitsStore, optional
        Where drawings go; the user's set by default (read at each save, so a
        test's ``$MNIST_TRAINER_DATA`` applies).
    """

    saved = Signal(int, int)
    """A drawing was saved: its label, and how many drawings the set holds now."""
    message = Signal(str)
    """What happened, for the user (saved, nothing to save, or why it failed)."""

    def __init__(
        self,
        image_source: Callable[[], np.ndarray | None],
        parent: QWidget | None = None,
        *,
        store: MyDigitsStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saveDigit")
        self._image_source = image_source
        self._store = store
        self.label_spin = QSpinBox(objectName="myDigitLabelSpin")
        self.label_spin.setRange(0, 9)
        self.save_button = QPushButton(objectName="saveToMyDigitsButton")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label_spin)
        row.addWidget(self.save_button, 1)
        self.setTabOrder(self.label_spin, self.save_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.label_spin.setToolTip(self.tr("The digit you drew: its true label (type 0 to 9)"))
        self.label_spin.setAccessibleName(self.tr("True label of the drawing"))
        self.save_button.setText(self.tr("Save to my digits"))
        self.save_button.setToolTip(
            self.tr(
                "Add what the network sees, with this label, to My digits: "
                "your own test set, that every model is scored on"
            )
        )
        self.save_button.setAccessibleName(self.tr("Save to my digits"))

    def keyPressEvent(self, event) -> None:
        """Enter in the spin box saves, as the button would."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def save(self) -> bool:
        """Add the drawing with the chosen label; True if it was saved."""
        image = self._image_source()
        if image is None:
            self.message.emit(self.tr("Nothing to save: draw a digit first."))
            return False
        label = self.label_spin.value()
        store = self._store if self._store is not None else MyDigitsStore()
        try:
            store.add(image, label)
            count = len(store.load())
        except MyDigitsError as exc:
            self.message.emit(self.tr("Could not save the drawing: {error}").format(error=exc))
            return False
        self.message.emit(
            self.tr("Saved as a {label} to My digits (drawings: {count}).").format(
                label=label, count=count
            )
        )
        self.saved.emit(label, count)
        return True
