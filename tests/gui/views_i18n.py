"""Test helpers for the plots, the reader and the weights view: a language and a theme.

``installed(language)`` installs a translator reading the repository's
catalogues (``gui/translations/*.ts``), so a test can switch the language
without compiled ``.qm`` files; ``theme(name)`` forces a theme and goes
back to following the system afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from gui.appearance import appearance
from tests.gui.translators import CatalogueTranslator
from tests.gui.translators import installed as installed_translator


def installed(language: str) -> AbstractContextManager[CatalogueTranslator]:
    """The interface in ``language`` (``"ja"``, ...) inside the block; English after it."""
    return installed_translator(CatalogueTranslator(language))


def translated(context: str, source: str, language: str) -> str:
    """The catalogue's ``language`` text for ``source``."""
    return CatalogueTranslator(language).translate(context, source) or ""


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
