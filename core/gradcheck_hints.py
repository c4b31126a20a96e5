"""Where a gradient check's errors are, and what usually causes them.

Per entry, the relative error is ``|n - b| / max(|n| + |b|, ZERO_GRADIENT)`` (``n``
numerical, ``b`` backprop). ``worst_entries`` lists the largest, ``error_map`` lays one
parameter's out in its shape (NaN where the quick method did not look).

``diagnose`` calls a check correct when every parameter's relative error is at most
``CORRECT_BELOW`` (the panel's "1e-7 to 1e-5"), and otherwise reads the numbers for the
usual mistakes (a parameter whose gradient is 0 both ways to the check's precision,
like a bias before batch norm, agrees whatever its relative error of noise over the
floor): a ratio ``b / n`` that is the same in every entry (``N``: the division
by the batch size is missing; ``-1``: a sign), probabilities that do not sum to 1 per
image (a softmax over the whole batch), a float32 backprop, or an error no larger than
the book's ``log(y + 1e-7)`` explains for the images' label probabilities ``y``.

The per-entry errors are in ``core.gradcheck_entries``, the usual causes' sentences in
``core.gradcheck_causes`` and the readers of the numbers in ``core.gradcheck_clues``;
their names stay importable from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.gradcheck import GradCheckResult
from core.gradcheck_causes import CONTEXT, USUAL_CAUSES, Hint, cause_text, hint_phrase
from core.gradcheck_clues import (
    BIG_SHARE,
    LOG_DELTA,
    RATIO_TOLERANCE,
    constant_ratio,
    float32_hints,
    is_uniform,
    log_delta_bound,
    ratio_hints,
    softmax_hints,
)
from core.gradcheck_entries import WorstEntry, entry_errors, error_map, is_zero, worst_entries
from core.phrase import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "BIG_SHARE",
    "CONTEXT",
    "CORRECT_BELOW",
    "LOG_DELTA",
    "RATIO_TOLERANCE",
    "USUAL_CAUSES",
    "Diagnosis",
    "Hint",
    "WorstEntry",
    "cause_text",
    "constant_ratio",
    "diagnose",
    "entry_errors",
    "error_map",
    "is_zero",
    "worst_entries",
]

CORRECT_BELOW = 1e-5
"""A parameter whose relative error is at most this is right (the panel's explanation)."""


@dataclass(frozen=True)
class Diagnosis:
    """``diagnose``'s reading of a result.

    Attributes
    ----------
    passed : bool or None
        Every relative error at most ``CORRECT_BELOW``; None when nothing was checked.
    worst_key : str or None
        The parameter with the largest relative error.
    worst_error : float
    verdict : str
        One or two sentences for the panel (English; a ``Phrase`` the window translates).
    hints : tuple of Hint
        What this check's numbers point to, the most specific first.
    other_causes : tuple of Hint
        When the check failed: the usual causes not in ``hints``.
    """

    passed: bool | None
    worst_key: str | None
    worst_error: float
    verdict: str
    hints: tuple[Hint, ...] = ()
    other_causes: tuple[Hint, ...] = ()


def diagnose(result: GradCheckResult, threshold: float = CORRECT_BELOW) -> Diagnosis:
    """Is backprop right, and if not, what in the numbers points to which usual cause."""
    if not result.checks:
        return Diagnosis(
            None,
            None,
            0.0,
            hint_phrase(QT_TRANSLATE_NOOP("GradCheckHints", "Nothing was checked.")),
        )
    zero = [c.key for c in result.checks if is_zero(c)]
    counted = [c for c in result.checks if c.key not in zero] or result.checks
    worst = max(counted, key=lambda c: c.relative_error)
    failing = [c.key for c in counted if c.relative_error > threshold and c.key not in zero]
    delta = log_delta_bound(result)
    largest = {"error": f"{worst.relative_error:.1e}", "key": worst.key}
    if not failing:
        sentences = [
            hint_phrase(
                QT_TRANSLATE_NOOP(
                    "GradCheckHints",
                    "Backprop is right: every relative error is at most {threshold} "
                    "(largest {error}, {key}).",
                ),
                threshold=_power(threshold),
                **largest,
            )
        ]
        if delta is not None and worst.relative_error > 1e-9:
            sentences.append(
                hint_phrase(
                    QT_TRANSLATE_NOOP(
                        "GradCheckHints", "Not ~1e-10 because of the book's log(y + 1e-7): {why}."
                    ),
                    why=delta[1],
                )
            )
        if zero:
            sentences.append(
                hint_phrase(
                    QT_TRANSLATE_NOOP(
                        "GradCheckHints", "{keys}: 0 both ways (a bias before batch norm)."
                    ),
                    keys=", ".join(zero),
                )
            )
        return Diagnosis(True, worst.key, worst.relative_error, Phrase.join(sentences))
    hints = ratio_hints(result, failing) + softmax_hints(result, threshold)
    hints += float32_hints(result)
    if not hints and delta is not None and is_uniform(result) and worst.relative_error <= delta[0]:
        hints.append(Hint("log", cause_text("log"), delta[1]))
    passing = [c.key for c in result.checks if c.key not in failing]
    values = {"keys": ", ".join(failing), "threshold": _power(threshold), **largest}
    if passing:
        failed = hint_phrase(
            QT_TRANSLATE_NOOP(
                "GradCheckHints",
                "Check failed: {keys} above {threshold} (largest {error}, {key}); {passing} agree.",
            ),
            passing=", ".join(passing),
            **values,
        )
    else:
        failed = hint_phrase(
            QT_TRANSLATE_NOOP(
                "GradCheckHints", "Check failed: {keys} above {threshold} (largest {error}, {key})."
            ),
            **values,
        )
    sentences = [failed]
    if [h.cause for h in hints] == ["log"]:
        sentences.append(
            hint_phrase(
                QT_TRANSLATE_NOOP(
                    "GradCheckHints", "This is the book's 1e-7 in log(y + 1e-7), not a bug."
                )
            )
        )
    named = {h.cause for h in hints}
    others = tuple(Hint(cause, cause_text(cause)) for cause in USUAL_CAUSES if cause not in named)
    verdict = Phrase.join(sentences)
    return Diagnosis(False, worst.key, worst.relative_error, verdict, tuple(hints), others)


def _power(value: float) -> str:
    """``1e-5`` rather than ``1e-05``."""
    return f"{value:.0e}".replace("e-0", "e-").replace("e+0", "e+")
