"""The input fields of the Training dock: bounded spin boxes, combos, the hidden-layers text.

Every range comes from ``core.config.BOUNDS``; the hidden-layers text is parsed
here into the tuple ``TrainConfig.hidden_sizes`` expects. The fields are made
without texts: each group sets its labels, tooltips, accessible names and
combo texts in ``retranslate()`` (``set_field_texts``, ``set_item_texts``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.config import BOUNDS, ConfigError, check_hidden_sizes
from gui.appearance import appearance
from gui.settings_messages import error_color, hidden_sizes_error

_NUMBER_SO_FAR = re.compile(r"^[+-]?(\d*\.?\d*)([eE][+-]?\d*)?$")


def parse_hidden_sizes(text: str) -> tuple[int, ...]:
    """``"100, 100"`` -> ``(100, 100)``; ConfigError (``hidden_sizes_error()``) if invalid."""
    parts = [part.strip() for part in text.split(",")]
    if not all(part.isdigit() for part in parts):
        raise ConfigError(hidden_sizes_error())
    try:
        return check_hidden_sizes(tuple(int(part) for part in parts))
    except ConfigError:
        raise ConfigError(hidden_sizes_error()) from None


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


def int_spin(name: str, setting: str) -> QSpinBox:
    """A spin box named ``name`` with the range of ``BOUNDS[setting]``."""
    spin = QSpinBox(objectName=name)
    spin.setRange(int(BOUNDS[setting].low), int(BOUNDS[setting].high))
    spin.setGroupSeparatorShown(True)
    return spin


def float_spin(name: str, setting: str, decimals: int) -> CompactDoubleSpinBox:
    """A compact float spin box with the range of ``BOUNDS[setting]``, rounded to ``decimals``."""
    spin = CompactDoubleSpinBox(objectName=name)
    spin.setDecimals(decimals)
    spin.setRange(BOUNDS[setting].low, BOUNDS[setting].high)
    spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
    return spin


def combo(name: str, data: Iterable[object]) -> QComboBox:
    """A combo box with one item per ``data`` (English keys); ``set_item_texts`` names them."""
    box = QComboBox(objectName=name)
    # Narrow when the dock is narrow (the popup still shows whole names).
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(9)
    for item in data:
        box.addItem(str(item), item)
    return box


def set_item_texts(box: QComboBox, texts: dict[object, str]) -> None:
    """Show ``texts[data]`` for each item; the data and the selection stay."""
    for index in range(box.count()):
        text = texts.get(box.itemData(index))
        if text is not None:
            box.setItemText(index, text)


def select_data(box: QComboBox, data: object) -> None:
    """Choose the item whose data is ``data`` (the first item if none is)."""
    box.setCurrentIndex(max(box.findData(data), 0))


def settings_form(group: QWidget) -> QFormLayout:
    """A form whose long labels go above their field instead of widening the dock."""
    form = QFormLayout(group)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def add_row(form: QFormLayout, field: QWidget) -> QLabel:
    """Add ``field`` with a label (its text is set by ``set_field_texts``); return the label."""
    label = QLabel(objectName=f"{field.objectName()}Label", wordWrap=True)
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def set_field_texts(label: QLabel | None, field: QWidget, text: str, tip: str) -> None:
    """``text`` on ``label`` and as ``field``'s accessible name; ``tip`` as its tooltip."""
    if label is not None:
        label.setText(text)
    field.setAccessibleName(text.replace("&", ""))
    field.setToolTip(tip)
    if isinstance(field, QAbstractSpinBox | QComboBox):
        field.setAccessibleDescription(tip)


class HiddenLayersEdit(QLineEdit):
    """The hidden layer sizes as text (``100, 100``), checked as the user types.

    An invalid text gets a red border (red for the theme in use) and the reason
    as its tooltip; ``validity_changed`` tells the dock so that it can say so too.
    """

    validity_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__(objectName="hiddenLayersEdit")
        self._tip = ""
        self._error: str | None = None
        self.textChanged.connect(self._on_text_changed)
        appearance().changed.connect(self._show_error)

    def error(self) -> str | None:
        """Why the text is not a valid list of sizes, or None if it is."""
        return self._error

    def sizes(self) -> tuple[int, ...]:
        """The sizes; ConfigError (saying what to write) if the text is invalid."""
        return parse_hidden_sizes(self.text())

    def set_sizes(self, sizes: tuple[int, ...]) -> None:
        """Show ``sizes`` as ``"100, 100"``."""
        self.setText(format_hidden_sizes(sizes))

    def set_tip(self, tip: str) -> None:
        """The tooltip when the text is valid (the reason comes first when it is not)."""
        self._tip = tip
        self.setPlaceholderText(self.tr("e.g. {example}").format(example="100, 100"))
        self._on_text_changed(self.text())  # the reason in the new language

    def _on_text_changed(self, text: str) -> None:
        try:
            parse_hidden_sizes(text)
            error = None
        except ConfigError as exc:
            error = str(exc)
        was_valid = self._error is None
        self._error = error
        self._show_error()
        if was_valid != (error is None):
            self.validity_changed.emit(error is None)

    def _show_error(self) -> None:
        error = self._error
        style = f"QLineEdit {{ border: 2px solid {error_color()}; }}"
        self.setStyleSheet("" if error is None else style)
        self.setToolTip(self._tip if error is None else f"{error}\n\n{self._tip}")
        self.setAccessibleDescription(error or "")
