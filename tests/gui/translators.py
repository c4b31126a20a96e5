"""Translators for tests: one from the repository's catalogues, one that marks every text.

``CatalogueTranslator`` reads the ``.ts`` catalogues (``tests.gui.catalogue``), so
a test can show a widget in Japanese without compiled ``.qm`` files. ``PseudoTranslator``
wraps every text in ``⟦…⟧`` and makes it half as long again: a text without the marks
did not go through ``tr()``, and a layout that holds it holds long translations.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from tests.gui.catalogue import catalogue

MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


class CatalogueTranslator(QTranslator):
    """Translates into ``language`` with the repository's catalogues (``tests.gui.catalogue``)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self._table = catalogue()

    def translate(self, context, source, disambiguation=None, n=-1):
        entry = self._table.get(context, {}).get(source)
        return entry.get(self.language) if entry else None  # None: not translated here

    def isEmpty(self) -> bool:
        return False


class PseudoTranslator(QTranslator):
    """Every text as ``⟦text ~ ~⟧``: marked, and half as long again; but not those in ``keep``.

    ``keep`` holds texts a real catalogue leaves as they are (``ReLU``, ``Adam``).
    """

    def __init__(self, keep: set[str] | frozenset[str] = frozenset()) -> None:
        super().__init__()
        self._keep = keep

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or source in self._keep or context.startswith("Q"):  # Qt's texts stay
            return None
        padding = " ~" * (len(source) // 4)  # words a line can break between, as real ones
        return f"{MARK_OPEN}{source}{padding}{MARK_CLOSE}"

    def isEmpty(self) -> bool:
        return False


@contextmanager
def installed(translator: QTranslator) -> Iterator[QTranslator]:
    """Install ``translator`` (every widget retranslates), and remove it afterwards.

    Qt posts ``QEvent.LanguageChange`` to the windows: the events are processed
    here, so the widgets show the new language when the block starts and ends.
    """
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    QCoreApplication.processEvents()
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        QCoreApplication.processEvents()
