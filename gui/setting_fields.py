"""The input fields of the Training dock: bounded spin boxes and the hidden-layers text.

Every range comes from ``core.config.BOUNDS``; the hidden-layers text is parsed
here into the tuple ``TrainConfig.hidden_sizes`` expects.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox

from core.config import BOUNDS, ConfigError, check_hidden_sizes

HIDDEN_SIZES_HELP = (
    f"write {BOUNDS['hidden_layers'].describe()} sizes of {BOUNDS['hidden_size'].describe()} "
    "separated by commas, e.g. 100, 100"
)
_NUMBER_SO_FAR = re.compile(r"^[+-]?(\d*\.?\d*)([eE][+-]?\d*)?$")


def parse_hidden_sizes(text: str) -> tuple[int, ...]:
    """``"100, 100"`` -> ``(100, 100)``; ConfigError with ``HIDDEN_SIZES_HELP`` if invalid."""
    parts = [part.strip() for part in text.split(",")]
    if not all(part.isdigit() for part in parts):
        raise ConfigError(f"Hidden layers: {HIDDEN_SIZES_HELP}")
    try:
        return check_hidden_sizes(tuple(int(part) for part in parts))
    except ConfigError:
        raise ConfigError(f"Hidden layers: {HIDDEN_SIZES_HELP}") from None


def format_hidden_sizes(sizes: tuple[int, ...]) -> str:
    """``(100, 100)`` -> ``"100, 100"``."""
    return ", ".join(str(size) for size in sizes)


class CompactDoubleSpinBox(QDoubleSpinBox):
    """A float spin box that shows ``0.1`` as ``0.1`` and ``1e-07`` as ``1e-07`` (``:g``).

    ``decimals`` still sets the precision values are rounded to; only the text
    is compact, so a range down to 1e-7 does not make 0.1 read ``0.1000000``.
    """

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        if stripped == self.specialValueText() and stripped:
            return QValidator.State.Acceptable, text, pos
        try:
            value = float(stripped)
        except ValueError:
            state = QValidator.State.Intermediate
            if not _NUMBER_SO_FAR.match(stripped):
                state = QValidator.State.Invalid
            return state, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


def int_spin(name: str, setting: str, tip: str) -> QSpinBox:
    """A spin box named ``name`` with the range of ``BOUNDS[setting]``."""
    spin = QSpinBox(objectName=name, toolTip=tip)
    spin.setRange(int(BOUNDS[setting].low), int(BOUNDS[setting].high))
    spin.setGroupSeparatorShown(True)
    return spin


def float_spin(name: str, setting: str, decimals: int, tip: str) -> CompactDoubleSpinBox:
    """A compact float spin box with the range of ``BOUNDS[setting]``, rounded to ``decimals``."""
    spin = CompactDoubleSpinBox(objectName=name, toolTip=tip)
    spin.setDecimals(decimals)
    spin.setRange(BOUNDS[setting].low, BOUNDS[setting].high)
    spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
    return spin


def combo(name: str, items: dict[str, object], tip: str) -> QComboBox:
    """A combo box of ``{shown text: data}``."""
    box = QComboBox(objectName=name, toolTip=tip)
    # Narrow when the dock is narrow (the popup still shows whole names).
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(9)
    for text, data in items.items():
        box.addItem(text, data)
    return box


def select_data(box: QComboBox, data: object) -> None:
    """Choose the item whose data is ``data`` (the first item if none is)."""
    box.setCurrentIndex(max(box.findData(data), 0))


class HiddenLayersEdit(QLineEdit):
    """The hidden layer sizes as text (``100, 100``), checked as the user types.

    An invalid text gets a red border and the reason as its tooltip;
    ``validity_changed`` tells the dock so that it can say so too.
    """

    validity_changed = Signal(bool)

    def __init__(self, tip: str) -> None:
        super().__init__(objectName="hiddenLayersEdit", toolTip=tip)
        self._tip = tip
        self._error: str | None = None
        self.setPlaceholderText("e.g. 100, 100")
        self.textChanged.connect(self._on_text_changed)

    def error(self) -> str | None:
        """Why the text is not a valid list of sizes, or None if it is."""
        return self._error

    def sizes(self) -> tuple[int, ...]:
        """The sizes; ConfigError (saying what to write) if the text is invalid."""
        return parse_hidden_sizes(self.text())

    def set_sizes(self, sizes: tuple[int, ...]) -> None:
        """Show ``sizes`` as ``"100, 100"``."""
        self.setText(format_hidden_sizes(sizes))

    def _on_text_changed(self, text: str) -> None:
        try:
            parse_hidden_sizes(text)
            error = None
        except ConfigError as exc:
            error = str(exc)
        was_valid = self._error is None
        self._error = error
        self.setStyleSheet("" if error is None else "QLineEdit { border: 2px solid #c62828; }")
        self.setToolTip(self._tip if error is None else f"{error}\n\n{self._tip}")
        self.setAccessibleDescription(error or "")
        if was_valid != (error is None):
            self.validity_changed.emit(error is None)
