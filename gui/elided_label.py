"""A plain-text label that wraps anywhere and elides what does not fit its height.

QLabel wraps only at spaces, so a long path runs past its right edge; and its
layout asks for the height of every line, so a long message pushes its
neighbours until they overlap (a layout squeezed below its minimum overlaps
its items). ``ElidedLabel`` needs only ``min_lines`` lines, asks for all of its
lines as its preferred size, wraps at word boundaries or, for a long word,
anywhere, and shows as many lines as it is given: the last one ends in "…" and
the whole text goes to its tooltip (unless a tooltip of its own was set, which
should then say what is hidden, e.g. the whole path of "Runs folder: <path>").
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS_MODE = Qt.TextElideMode.ElideRight
HINT_CHARS = 40
"""Preferred width in average characters, when the label's width is not yet known."""


class ElidedLabel(QLabel):
    """A QLabel of plain text that never draws outside its rectangle.

    Parameters
    ----------
    text : str
        The text; ``text()`` always returns all of it.
    parent : QWidget, optional
    min_lines : int
        Lines it needs at least (its minimum height).
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, min_lines: int = 1):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._min_lines = min_lines
        self._lines: list[str] = []
        self._elided = False
        self._hint = QSize()
        self._own_tip = ""
        self.setText(text)

    # -- what it shows --------------------------------------------------------------

    def setText(self, text: str) -> None:
        super().setText(text)
        self._refit()
        self.update()

    def setToolTip(self, tip: str) -> None:
        """Show ``tip`` instead of the whole text when the text is cut."""
        self._own_tip = tip
        self._show_tip()

    def displayed_lines(self) -> list[str]:
        """The lines drawn now, the last one elided if the text does not fit."""
        return list(self._lines)

    def is_elided(self) -> bool:
        """True when part of the text is hidden (it is all in the tooltip then)."""
        return self._elided

    def line_height(self) -> int:
        """Pixels between the tops of two lines."""
        return self.fontMetrics().lineSpacing()

    # -- size -----------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(
            4 * self.fontMetrics().averageCharWidth() + margins.left() + margins.right(),
            self._min_lines * self.line_height() + margins.top() + margins.bottom(),
        )

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        horizontal = margins.left() + margins.right()
        width = self.width() - horizontal if self.width() > horizontal else 0
        if width <= 0 or not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            width = HINT_CHARS * self.fontMetrics().averageCharWidth()
        lines, _ = self._wrap(width, None)
        height = max(len(lines), self._min_lines) * self.line_height()
        return QSize(width + horizontal, height + margins.top() + margins.bottom())

    def hasHeightForWidth(self) -> bool:
        return False  # it fits any height it is given; layouts must not promise more

    # -- layout and painting --------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        area = self.contentsRect()
        step = self.line_height()
        for row, line in enumerate(self._lines):
            box = QRect(area.left(), area.top() + row * step, area.width(), step)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
        painter.end()

    def _refit(self) -> None:
        """Wrap and elide the text for the current size; tell the layout if the hint changed."""
        area = self.contentsRect()
        max_lines = max(1, area.height() // self.line_height())
        self._lines, self._elided = self._wrap(max(area.width(), 1), max_lines)
        self._show_tip()
        hint = self.sizeHint()
        if hint != self._hint:
            self._hint = hint
            self.updateGeometry()

    def _show_tip(self) -> None:
        super().setToolTip(self._own_tip or (self.text() if self._elided else ""))

    def _wrap(self, width: int, max_lines: int | None) -> tuple[list[str], bool]:
        """The lines of the text at ``width`` px, at most ``max_lines``; and whether it was cut."""
        text = self.text()
        if not text:
            return [], False
        # QTextLayout counts in UTF-16 units and breaks lines at U+2028, not at "\n".
        units = text.replace("\n", "\u2028").encode("utf-16-le")
        layout = QTextLayout(units.decode("utf-16-le"), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        spans: list[tuple[int, int]] = []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()

        def piece(start: int, end: int | None = None) -> str:
            chunk = units[2 * start : None if end is None else 2 * end].decode("utf-16-le")
            return chunk.replace("\u2028", " ")

        lines = [piece(start, start + length).rstrip() for start, length in spans]
        if max_lines is None or len(lines) <= max_lines:
            return lines, False
        last = piece(spans[max_lines - 1][0])
        elided = self.fontMetrics().elidedText(last, ELLIPSIS_MODE, width)
        return [*lines[: max_lines - 1], elided], True
