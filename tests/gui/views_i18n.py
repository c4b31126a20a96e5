"""Test helpers for the plots, the reader and the weights view: a language and a theme.

``installed(language)`` installs a translator built from this work's translation
catalogues (``gui/translations/*.ts``), so a test can switch the
language without compiled ``.qm`` files; ``theme(name)`` forces a theme and goes
back to following the system afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTranslator
from PySide6.QtWidgets import QWidget

from gui.appearance import appearance
from tests.gui.catalogue import catalogue


class FragmentTranslator(QTranslator):
    """Translates with the catalogues' table ``{context: {source: {language: text}}}``."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self._table = catalogue()

    def translate(self, context, source, disambiguation=None, n=-1):
        return self._table.get(context, {}).get(source, {}).get(self.language, "")

    def isEmpty(self) -> bool:
        return False


@contextmanager
def installed(language: str) -> Iterator[FragmentTranslator]:
    """The interface in ``language`` (``"ja"``, ...) inside the block; English after it."""
    translator = FragmentTranslator(language)
    app = QCoreApplication.instance()
    app.installTranslator(translator)  # posts LanguageChange: every widget retranslates
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def translated(context: str, source: str, language: str) -> str:
    """The catalogue's ``language`` text for ``source``."""
    return FragmentTranslator(language).translate(context, source)


@contextmanager
def theme(name: str) -> Iterator[None]:
    """Force ``"light"`` or ``"dark"`` inside the block; follow the system after it."""
    appearance().set_theme(name)
    try:
        yield
    finally:
        appearance().set_theme("system")
        appearance().set_scale(1.0)


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s rectangle in ``ancestor``'s coordinates."""
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def focus_chain(top: QWidget) -> list[QWidget]:
    """The widgets under ``top`` that Tab visits, in order, starting after ``top``."""
    chain, widget = [], top.nextInFocusChain()
    while widget is not top and widget is not None and len(chain) < 500:
        visible = top.isAncestorOf(widget) and widget.isVisibleTo(top) and widget.isEnabled()
        own = not widget.objectName().startswith("qt_")  # not a spin box's own line edit
        if visible and own and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain
