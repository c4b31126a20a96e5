"""Choosing the activation and the initial weight scale of the activation histograms.

The book's ``weight_init_activation_histogram.py`` is run by editing two lines;
here they are two lists, and **Draw** draws the five histograms for the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from core.activation_histograms import SCALES
from gui.i18n import Retranslating

ACTIVATIONS = ("sigmoid", "relu", "tanh")
ACTIVATION_NAMES = {
    "sigmoid": QT_TRANSLATE_NOOP("HistogramChoiceDialog", "sigmoid"),
    "relu": "ReLU",
    "tanh": "tanh",
}
SCALE_NAMES = {
    "1": QT_TRANSLATE_NOOP("HistogramChoiceDialog", "std 1"),
    "0.01": QT_TRANSLATE_NOOP("HistogramChoiceDialog", "std 0.01"),
    "xavier": "Xavier",
    "he": "He",
}


class HistogramChoiceDialog(Retranslating, QDialog):
    """Asks for an activation and a scale (the book's script ships ReLU with He)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("histogramChoiceDialog")
        self.activation_combo = QComboBox(objectName="histogramActivationCombo")
        for name in ACTIVATIONS:
            self.activation_combo.addItem(name, name)
        self.activation_combo.setCurrentIndex(ACTIVATIONS.index("relu"))
        self.scale_combo = QComboBox(objectName="histogramScaleCombo")
        for scale in SCALES:
            self.scale_combo.addItem(scale, scale)
        self.scale_combo.setCurrentIndex(SCALES.index("he"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel(objectName="histogramIntro")
        self.intro.setWordWrap(True)
        self.activation_label = QLabel(objectName="histogramActivationLabel")
        self.activation_label.setBuddy(self.activation_combo)
        self.scale_label = QLabel(objectName="histogramScaleLabel")
        self.scale_label.setBuddy(self.scale_combo)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.activation_label, self.activation_combo)
        form.addRow(self.scale_label, self.scale_combo)
        form.addRow(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (the combos keep their choice)."""
        self.setWindowTitle(self.tr("Activation histograms"))
        self.intro.setText(
            self.tr(
                "1,000 random inputs through 5 layers of 100 units: the 30-bin histogram of "
                "each layer's activations (ch06/weight_init_activation_histogram.py)."
            )
        )
        self.activation_label.setText(self.tr("&Activation"))
        self.scale_label.setText(self.tr("&Initial weights"))
        for index, name in enumerate(ACTIVATIONS):
            self.activation_combo.setItemText(index, self.tr(ACTIVATION_NAMES[name]))
        for index, scale in enumerate(SCALES):
            self.scale_combo.setItemText(index, self.tr(SCALE_NAMES.get(scale, scale)))
        self.activation_combo.setToolTip(self.tr("The activation of the five hidden layers"))
        self.activation_combo.setAccessibleName(self.tr("Activation"))
        self.scale_combo.setToolTip(
            self.tr(
                "The initial weights' standard deviation: 1 and 0.01 as the book's first "
                "figures, Xavier sqrt(1/n), He sqrt(2/n)"
            )
        )
        self.scale_combo.setAccessibleName(self.tr("Initial weights"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Draw"))
        ok.setToolTip(self.tr("Draw the five histograms into the runs folder"))
        ok.setAccessibleName(self.tr("Draw"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without drawing"))
        cancel.setAccessibleName(self.tr("Cancel"))

    def choice(self) -> tuple[str, str]:
        """``(activation, scale)`` as chosen."""
        return self.activation_combo.currentData(), self.scale_combo.currentData()
