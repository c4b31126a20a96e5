"""A status line rewritten in place (``\\r``) on a terminal, and silent elsewhere."""

from __future__ import annotations

from typing import TextIO


class TerminalLine:
    """Shows one line of progress on ``stream`` if it is a terminal; ``clear`` erases it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self._shown = False

    def show(self, text: str) -> None:
        """Replace the line with ``text``."""
        if self.enabled:
            self.stream.write(f"\r\033[K{text}")
            self.stream.flush()
            self._shown = True

    def clear(self) -> None:
        """Erase the line, so that ordinary output can follow."""
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._shown = False
