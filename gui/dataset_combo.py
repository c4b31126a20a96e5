"""The Training dock's choice of data: MNIST's digits or Fashion-MNIST's clothes.

``DatasetCombo`` holds the dataset names of ``core.datasets`` as item data and
shows them translated; it retranslates itself and its row label on a language
change, so the group it sits in only adds the row:
``form.addRow(combo.label, combo)``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from core.datasets import DATASETS, DEFAULT_DATASET
from gui.i18n import Retranslating


class DatasetCombo(Retranslating, QComboBox):
    """A combo of the bundled datasets; ``currentData()`` is ``"mnist"`` or ``"fashion"``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetCombo")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(9)
        for name in DATASETS:
            self.addItem(name, name)
        self.label = QLabel(objectName="datasetLabel")
        self.label.setBuddy(self)
        self.retranslate()

    def retranslate(self) -> None:
        """The items, the row label, the tooltip and the accessible name in the current language."""
        shown = {
            "mnist": self.tr("MNIST (digits)"),
            "fashion": self.tr("Fashion-MNIST (clothes)"),
        }
        for index in range(self.count()):
            self.setItemText(index, shown[self.itemData(index)])
        self.label.setText(self.tr("Dataset"))
        self.setToolTip(
            self.tr(
                "The images the network learns: MNIST's handwritten digits, as in the book, "
                "or Fashion-MNIST's photos of clothes in ten classes (same size, harder)"
            )
        )
        self.setAccessibleName(self.tr("Dataset"))

    def dataset(self) -> str:
        """The chosen dataset's name."""
        return str(self.currentData() or DEFAULT_DATASET)

    def set_dataset(self, name: str) -> None:
        """Choose ``name`` (MNIST if it is not a bundled dataset)."""
        self.setCurrentIndex(max(self.findData(name), 0))
