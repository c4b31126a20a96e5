"""Choosing the activation and the initial weight scale of the activation histograms.

The book's ``weight_init_activation_histogram.py`` is run by editing two lines;
here they are two lists, and **Draw** draws the five histograms for the choice.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from core.activation_histograms import SCALES

ACTIVATIONS = ("sigmoid", "relu", "tanh")
SCALE_NAMES = {"1": "std 1", "0.01": "std 0.01", "xavier": "Xavier", "he": "He"}


class HistogramChoiceDialog(QDialog):
    """Asks for an activation and a scale (the book's script ships ReLU with He)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("histogramChoiceDialog")
        self.setWindowTitle("Activation histograms")
        self.activation_combo = QComboBox(objectName="histogramActivationCombo")
        for name in ACTIVATIONS:
            self.activation_combo.addItem(name, name)
        self.activation_combo.setCurrentIndex(ACTIVATIONS.index("relu"))
        self.activation_combo.setToolTip("The activation of the five hidden layers")
        self.scale_combo = QComboBox(objectName="histogramScaleCombo")
        for scale in SCALES:
            self.scale_combo.addItem(SCALE_NAMES.get(scale, scale), scale)
        self.scale_combo.setCurrentIndex(SCALES.index("he"))
        self.scale_combo.setToolTip(
            "The initial weights' standard deviation: 1 and 0.01 as the book's first "
            "figures, Xavier sqrt(1/n), He sqrt(2/n)"
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Draw")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                "1,000 random inputs through 5 layers of 100 units: the 30-bin "
                "histogram of each layer's activations (ch06/weight_init_activation_histogram.py)."
            )
        )
        form.addRow("Activation", self.activation_combo)
        form.addRow("Initial weights", self.scale_combo)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        """``(activation, scale)`` as chosen."""
        return self.activation_combo.currentData(), self.scale_combo.currentData()
