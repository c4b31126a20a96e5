"""Sentences that ``core`` writes in English and the window shows in the learner's language.

A ``Phrase`` *is* the English text (a ``str``: printing it, comparing it and the
tests see the English), and it also keeps what a translator needs: the
translation context, the English template with ``{placeholders}`` and the values
to put in them. ``render`` rebuilds the text through a translate function (the
GUI passes ``QCoreApplication.translate``), so ``core`` stays free of Qt.

Templates are written at the call site as ``QT_TRANSLATE_NOOP("Context", "...")``,
the marker ``pyside6-lupdate`` looks for (it reads the source, not the import):
this module's ``QT_TRANSLATE_NOOP`` returns its text unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Translate = Callable[[str, str], str]
"""``translate(context, english_template) -> template in the current language``."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` (in ``context``); returns ``text`` unchanged."""
    return text


class Phrase(str):
    """English text that remembers its template, context and values.

    Parameters
    ----------
    context : str
        The translation context (``"GradCheckHints"``, ``"BackpropNodes"``).
    template : str
        The English template, marked with ``QT_TRANSLATE_NOOP`` where it is written.
    **values
        The placeholders' values: numbers already formatted as text, names, or
        other ``Phrase`` objects (translated with it).
    """

    context: str
    template: str
    values: dict[str, Any]
    parts: tuple[str, ...]
    separator: str

    def __new__(cls, context: str, template: str, **values: Any) -> Phrase:
        self = super().__new__(cls, template.format(**values))
        self.context, self.template, self.values = context, template, values
        self.parts, self.separator = (), ""
        return self

    @classmethod
    def join(cls, parts: Iterable[str], separator: str = " ") -> Phrase:
        """``separator.join(parts)``; the ``Phrase`` parts are translated, plain text is kept."""
        parts = tuple(part for part in parts if part)
        self = super().__new__(cls, separator.join(parts))
        self.context, self.template, self.values = "", "", {}
        self.parts, self.separator = parts, separator
        return self

    def render(self, translate: Translate) -> str:
        """The text in the language ``translate`` gives (the English with ``str``)."""
        if not self.template:
            return self.separator.join(render(part, translate) for part in self.parts)
        values = {key: render(value, translate) for key, value in self.values.items()}
        return translate(self.context, self.template).format(**values)


def render(text: Any, translate: Translate) -> Any:
    """``text.render(translate)`` for a ``Phrase``; any other value as it is."""
    return text.render(translate) if isinstance(text, Phrase) else text


def message(error: BaseException) -> str:
    """``error``'s message: its ``Phrase`` when it was raised with one, else ``str(error)``.

    ``str(error)`` of an exception raised with a ``Phrase`` is plain text (the
    English); this keeps the ``Phrase`` so that a sentence quoting the error
    translates it too.
    """
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Phrase) else str(error)
