"""The usual causes of a failed gradient check, as translatable sentences, and ``Hint``.

``USUAL_CAUSES`` holds the English templates (marked for translation in the
``GradCheckHints`` context); ``cause_text`` makes one a ``Phrase``, and ``hint_phrase``
any other template of that context. A ``Hint`` pairs a cause with what points to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.phrase import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "GradCheckHints"

USUAL_CAUSES = {
    "softmax": QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "A softmax that is not batched: each image's probabilities must sum to 1 "
        "(subtract each row's max and sum along axis 1), not all N x 10 of them together.",
    ),
    "batch": QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "A forgotten division by the batch size: SoftmaxWithLoss's backward is "
        "(y - t) / N; without it every gradient is N times too large (relative error "
        "(N - 1) / (N + 1)).",
    ),
    "log": QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "The 1e-7 in the book's log(y + 1e-7): the numerical gradient sees it, backprop "
        "does not, so they differ by about 1e-7 / y for an image whose label has probability "
        "y. A small, uniform error (~1e-6) on a trained network is this, not a bug.",
    ),
    "sign": QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "A sign error: (t - y) instead of (y - t), or a minus lost in an Affine's or an "
        "activation's backward; a flipped parameter has relative error 1.",
    ),
    "float32": QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "float32 weights: h = 1e-4 is then a few float32 steps of a weight and the "
        "numerical gradient is noise. This panel checks a float64 copy; do the same in "
        "your own.",
    ),
}
"""English templates, marked for translation; ``cause_text`` makes them ``Phrase``s."""


def hint_phrase(template: str, **values: object) -> Phrase:
    """``template`` (marked in the ``GradCheckHints`` context) with ``values`` as a ``Phrase``."""
    return Phrase(CONTEXT, template, **values)


def cause_text(cause: str) -> Phrase:
    """The usual cause ``cause`` (a ``USUAL_CAUSES`` key) as a translatable ``Phrase``."""
    return hint_phrase(USUAL_CAUSES[cause])


@dataclass(frozen=True)
class Hint:
    """A likely cause: ``cause`` (a ``USUAL_CAUSES`` key, ``"zero"`` or ``"scale"``), its
    explanation, and what in this check points to it (``""`` for a general reminder).

    ``text`` and ``evidence`` are English; when they are ``Phrase`` objects the
    window shows them translated (``Phrase.render``)."""

    cause: str
    text: str
    evidence: str = ""
