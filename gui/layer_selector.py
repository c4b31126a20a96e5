"""The weights view's layer selector: one item per weight matrix, named with its shape.

Items read ``"W1 (784 x 100): 28x28 tiles"``, ``"W2 (100 x 100)"``, ...; each item's
data is the matrix's name. The items are rebuilt only when the names or shapes
change, and the user's choice survives that if its matrix is still there. Texts
are translated (context ``LayerSelector``); ``retranslate`` renames the items and
keeps the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from core.weight_layers import layer_number
from gui.i18n import Retranslating

FIRST = "W1"
CONTEXT = "LayerSelector"
W1_TITLE = QT_TRANSLATE_NOOP(
    "LayerSelector", "First-layer weights W1 (one 28x28 tile per hidden unit)"
)

Shapes = list[tuple[str, tuple[int, ...]]]
"""(name, shape) of every matrix, in layer order."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def item_text(name: str, shape: tuple[int, ...]) -> str:
    """``"W1 (784 x 100): 28x28 tiles"``, ``"W2 (100 x 100)"``; no size for shape ``()``."""
    size = f"{name} ({shape[0]} x {shape[1]})" if shape else name
    if name != FIRST:
        return size
    return QCoreApplication.translate("LayerSelector", "{matrix}: 28x28 tiles").format(matrix=size)


def layer_title(name: str, shape: tuple[int, ...]) -> str:
    """What the view says it shows: W1's tiles, or a heatmap's rows and columns."""
    if name == FIRST or not shape:
        return _tr(W1_TITLE)
    k = layer_number(name)
    return QCoreApplication.translate(
        "LayerSelector",
        "Weights {name} ({rows} x {cols}): row i = input from layer {previous}, "
        "column j = unit of layer {layer}",
    ).format(name=name, rows=shape[0], cols=shape[1], previous=k - 1, layer=k)


class LayerSelector(Retranslating, QComboBox):
    """A combo box of weight matrices (objectName ``layerCombo``).

    Signals
    -------
    layer_chosen(name)
        The user (or ``select``) chose another matrix; not emitted by ``set_layers``.
    """

    layer_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerCombo")
        self._shapes: Shapes | None = None
        self.set_layers([])
        self.currentIndexChanged.connect(self._on_current_index_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Tooltip, accessible name and the items' texts in the current language."""
        self.setToolTip(self.tr("The weight matrix to show"))
        self.setAccessibleName(self.tr("Weight matrix"))
        for index, (name, shape) in enumerate(self._shapes or []):
            self.setItemText(index, item_text(name, shape))

    @property
    def selected(self) -> str:
        """The name of the chosen matrix."""
        return self.currentData()

    def set_layers(self, shapes: Shapes) -> None:
        """Offer these matrices (W1 alone, without a size, when ``shapes`` is empty).

        The chosen matrix stays chosen if it is still offered; otherwise W1 is.
        """
        shapes = shapes or [(FIRST, ())]
        if shapes == self._shapes:
            return
        keep = self.selected if any(name == self.selected for name, _ in shapes) else FIRST
        self._shapes = shapes
        self.blockSignals(True)  # the owner redraws once, after taking the new matrices
        self.clear()
        for name, shape in shapes:
            self.addItem(item_text(name, shape), name)
        self.setCurrentIndex(self.findData(keep))
        self.blockSignals(False)

    def select(self, name: str) -> None:
        """Choose matrix ``name`` as the user would; ValueError if it is not offered."""
        index = self.findData(name)
        if index < 0:
            raise ValueError(f"no matrix {name!r} among {[n for n, _ in self._shapes or []]}")
        self.setCurrentIndex(index)

    def _on_current_index_changed(self, index: int) -> None:
        if index >= 0:
            self.layer_chosen.emit(self.itemData(index))
