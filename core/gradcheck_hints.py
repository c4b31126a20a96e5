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

About 320 lines: the per-entry errors and the hints read the same arrays, and each
hint's test of the numbers sits next to the sentence it produces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from core.gradcheck import ZERO_GRADIENT, GradCheckResult, ParamCheck
from core.phrase import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "GradCheckHints"

CORRECT_BELOW = 1e-5
"""A parameter whose relative error is at most this is right (the panel's explanation)."""
LOG_DELTA = 1e-7
"""The book's guard in ``log(y + 1e-7)``: backprop differentiates the loss without it."""
RATIO_TOLERANCE = 0.01
"""``b / n`` within 1% (of ``max(|ratio|, 1)``) counts as the same ratio."""
BIG_SHARE = 1e-3
"""Entries below this share of the largest ``|n|`` are too small for a ratio."""

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


def _phrase(template: str, **values: object) -> Phrase:
    return Phrase(CONTEXT, template, **values)


def cause_text(cause: str) -> Phrase:
    """The usual cause ``cause`` (a ``USUAL_CAUSES`` key) as a translatable ``Phrase``."""
    return _phrase(USUAL_CAUSES[cause])


@dataclass(frozen=True)
class WorstEntry:
    """One compared entry: ``key[index]``, both values and their relative error."""

    key: str
    index: tuple[int, ...]
    numerical: float
    backprop: float
    relative_error: float


@dataclass(frozen=True)
class Hint:
    """A likely cause: ``cause`` (a ``USUAL_CAUSES`` key, ``"zero"`` or ``"scale"``), its
    explanation, and what in this check points to it (``""`` for a general reminder).

    ``text`` and ``evidence`` are English; when they are ``Phrase`` objects the
    window shows them translated (``Phrase.render``)."""

    cause: str
    text: str
    evidence: str = ""


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


def entry_errors(check: ParamCheck) -> np.ndarray:
    """``(checked,) float64``: ``|n - b| / max(|n| + |b|, ZERO_GRADIENT)`` per compared entry."""
    n, b = check.numerical, check.backprop
    return np.abs(n - b) / np.maximum(np.abs(n) + np.abs(b), ZERO_GRADIENT)


def error_map(result: GradCheckResult, key: str = "W1") -> np.ndarray | None:
    """Parameter ``key``'s per-entry relative errors in its shape, NaN where not compared.

    Returns
    -------
    ndarray of ``check.shape`` float64 (``(784, H)`` for W1), or None if ``key`` was not checked.
    """
    check = next((c for c in result.checks if c.key == key), None)
    if check is None:
        return None
    errors = np.full(int(np.prod(check.shape)), np.nan)
    where = slice(None) if check.flat_index is None else check.flat_index
    errors[where] = entry_errors(check)
    return errors.reshape(check.shape)


def is_zero(check: ParamCheck) -> bool:
    """Both gradients of the parameter are 0 to the check's precision (``ZERO_GRADIENT``).

    A bias before batch norm: its relative error is the numerical method's rounding
    noise (~1e-12) over the floor, not a sign of a bug.
    """
    if check.numerical.size != check.checked:  # made by hand, without the values
        return False
    scale = np.linalg.norm(check.numerical) + np.linalg.norm(check.backprop)
    return bool(scale < ZERO_GRADIENT)


def worst_entries(result: GradCheckResult, count: int = 10) -> list[WorstEntry]:
    """The ``count`` entries with the largest relative error over the checked parameters.

    Parameters that are 0 both ways (``is_zero``) are left out: their entries' errors
    are rounding noise. Ties (a sign flip makes every entry 1) go to the larger ``|n - b|``.
    """
    rows = []
    for check in (c for c in result.checks if not is_zero(c)):
        flat = np.arange(check.checked) if check.flat_index is None else check.flat_index
        errors = entry_errors(check)
        diff = np.abs(check.numerical - check.backprop)
        order = np.lexsort((-diff, -errors))[:count]
        rows += [
            (float(errors[i]), float(diff[i]), check.key, check, i, int(flat[i])) for i in order
        ]
    rows.sort(key=lambda row: (-row[0], -row[1]))
    return [
        WorstEntry(
            key=key,
            index=tuple(int(k) for k in np.unravel_index(flat, check.shape)),
            numerical=float(check.numerical[i]),
            backprop=float(check.backprop[i]),
            relative_error=error,
        )
        for error, _, key, check, i, flat in rows[:count]
    ]


def constant_ratio(check: ParamCheck) -> float | None:
    """``b / n`` when it is the same (within ``RATIO_TOLERANCE``) for 90% of the sizeable
    entries, else None."""
    n, b = check.numerical, check.backprop
    if n.size == 0:
        return None
    big = np.abs(n) > max(ZERO_GRADIENT, BIG_SHARE * float(np.abs(n).max()))
    if not big.any():
        return None
    ratio = b[big] / n[big]
    c = float(np.median(ratio))
    close = np.abs(ratio - c) <= RATIO_TOLERANCE * max(abs(c), 1.0)
    return c if close.mean() >= 0.9 else None


def diagnose(result: GradCheckResult, threshold: float = CORRECT_BELOW) -> Diagnosis:
    """Is backprop right, and if not, what in the numbers points to which usual cause."""
    if not result.checks:
        return Diagnosis(
            None, None, 0.0, _phrase(QT_TRANSLATE_NOOP("GradCheckHints", "Nothing was checked."))
        )
    zero = [c.key for c in result.checks if is_zero(c)]
    counted = [c for c in result.checks if c.key not in zero] or result.checks
    worst = max(counted, key=lambda c: c.relative_error)
    failing = [c.key for c in counted if c.relative_error > threshold and c.key not in zero]
    delta = _log_delta_bound(result)
    largest = {"error": f"{worst.relative_error:.1e}", "key": worst.key}
    if not failing:
        sentences = [
            _phrase(
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
                _phrase(
                    QT_TRANSLATE_NOOP(
                        "GradCheckHints", "Not ~1e-10 because of the book's log(y + 1e-7): {why}."
                    ),
                    why=delta[1],
                )
            )
        if zero:
            sentences.append(
                _phrase(
                    QT_TRANSLATE_NOOP(
                        "GradCheckHints", "{keys}: 0 both ways (a bias before batch norm)."
                    ),
                    keys=", ".join(zero),
                )
            )
        return Diagnosis(True, worst.key, worst.relative_error, Phrase.join(sentences))
    hints = _ratio_hints(result, failing) + _softmax_hints(result, threshold)
    hints += _float32_hints(result)
    if not hints and delta is not None and _uniform(result) and worst.relative_error <= delta[0]:
        hints.append(Hint("log", cause_text("log"), delta[1]))
    passing = [c.key for c in result.checks if c.key not in failing]
    values = {"keys": ", ".join(failing), "threshold": _power(threshold), **largest}
    if passing:
        failed = _phrase(
            QT_TRANSLATE_NOOP(
                "GradCheckHints",
                "Check failed: {keys} above {threshold} (largest {error}, {key}); {passing} agree.",
            ),
            passing=", ".join(passing),
            **values,
        )
    else:
        failed = _phrase(
            QT_TRANSLATE_NOOP(
                "GradCheckHints", "Check failed: {keys} above {threshold} (largest {error}, {key})."
            ),
            **values,
        )
    sentences = [failed]
    if [h.cause for h in hints] == ["log"]:
        sentences.append(
            _phrase(
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


def _layer(key: str) -> int:
    match = re.search(r"\d+$", key)
    return int(match.group()) if match else 0


def _where(keys: list[str], result: GradCheckResult) -> Phrase | str:
    """Where a sign goes wrong: between the last right layer and the first wrong one."""
    checked = [c.key for c in result.checks]
    wrong = {_layer(k) for k in keys}
    right = {_layer(k) for k in checked if k not in keys}
    if right and max(wrong) < min(right):
        return _phrase(
            QT_TRANSLATE_NOOP(
                "GradCheckHints",
                "The layers after {wrong} are right: the backward pass goes wrong on its way "
                "from layer {right} to layer {wrong} (an activation's backward, or "
                "dx = dout . W{right}.T).",
            ),
            wrong=max(wrong),
            right=min(right),
        )
    if not right:
        return _phrase(
            QT_TRANSLATE_NOOP(
                "GradCheckHints",
                "Every parameter is affected: look at the start of the backward pass (y - t).",
            )
        )
    return ""


def _ratio_hints(result: GradCheckResult, failing: list[str]) -> list[Hint]:
    """Hints from ``b / n`` being one number throughout a failing parameter."""
    n = result.batch_size
    groups: dict[str, list[tuple[str, float]]] = {}
    for check in result.checks:
        c = constant_ratio(check) if check.key in failing else None
        if c is None or abs(c - 1) <= RATIO_TOLERANCE:
            continue
        if abs(c) <= RATIO_TOLERANCE:
            cause = "zero"
        elif n > 1 and abs(c / n - 1) <= RATIO_TOLERANCE:
            cause = "batch"
        elif n > 1 and abs(c * n - 1) <= RATIO_TOLERANCE:
            cause = "batch twice"
        elif abs(c + 1) <= RATIO_TOLERANCE:
            cause = "sign"
        else:
            cause = "scale"
        groups.setdefault(cause, []).append((check.key, c))
    return [_ratio_hint(cause, items, result) for cause, items in groups.items()]


def _ratio_hint(cause: str, items: list[tuple[str, float]], result: GradCheckResult) -> Hint:
    keys = [key for key, _ in items]
    values = {
        "ratios": ", ".join(dict.fromkeys(f"{c:.4g}" for _, c in items)),  # once if all the same
        "keys": ", ".join(keys),
        "n": result.batch_size,
    }
    if cause == "batch":
        evidence = QT_TRANSLATE_NOOP(
            "GradCheckHints",
            "backprop / numerical is {ratios} in every sizeable entry of {keys}: "
            "the batch size N = {n}.",
        )
        return Hint("batch", cause_text("batch"), _phrase(evidence, **values))
    if cause == "batch twice":
        text = QT_TRANSLATE_NOOP(
            "GradCheckHints",
            "The gradient is divided by the batch size twice (once in the loss's backward "
            "is enough).",
        )
        evidence = QT_TRANSLATE_NOOP(
            "GradCheckHints",
            "backprop / numerical is {ratios} in every sizeable entry of {keys}: "
            "1 / N for N = {n}.",
        )
        return Hint("batch", _phrase(text), _phrase(evidence, **values))
    seen = _phrase(
        QT_TRANSLATE_NOOP(
            "GradCheckHints", "backprop / numerical is {ratios} in every sizeable entry of {keys}."
        ),
        **values,
    )
    if cause == "sign":
        return Hint("sign", cause_text("sign"), Phrase.join([seen, _where(keys, result)]))
    if cause == "zero":
        text = QT_TRANSLATE_NOOP(
            "GradCheckHints",
            "Backprop gives (almost) 0: the gradient is not computed, or not stored in grads.",
        )
        return Hint("zero", _phrase(text), seen)
    text = QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "Backprop is off by a constant factor: a 2 or 0.5 too many in a formula, or a "
        "learning rate applied inside gradient().",
    )
    return Hint("scale", _phrase(text), seen)


def _softmax_hints(result: GradCheckResult, threshold: float) -> list[Hint]:
    """Probabilities that do not sum to 1 per image, seen in the output or in ``d b_last``."""
    if result.probabilities is not None:
        sums = result.probabilities.sum(axis=1)
        if np.abs(sums - 1).max() > 1e-6:
            shown = ", ".join(f"{s:.3g}" for s in sums[:5]) + (", ..." if len(sums) > 5 else "")
            evidence = QT_TRANSLATE_NOOP(
                "GradCheckHints",
                "the network's probabilities sum to {sums} per image instead of 1.",
            )
            return [Hint("softmax", cause_text("softmax"), _phrase(evidence, sums=shown))]
    biases = [c for c in result.checks if re.fullmatch(r"b\d+", c.key)]
    last = max(biases, key=lambda c: _layer(c.key), default=None)
    if last is None or last.flat_index is not None:  # only every class's entry sums to 0
        return []
    total = float(last.backprop.sum())
    if abs(total) <= 1e-6 or last.relative_error <= threshold:
        return []
    evidence = QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "backprop's gradient of {key} sums to {total} over the classes; (y - t) "
        "sums to 0 for every image when y is a softmax per image.",
    )
    return [
        Hint(
            "softmax", cause_text("softmax"), _phrase(evidence, key=last.key, total=f"{total:.3g}")
        )
    ]


def _float32_hints(result: GradCheckResult) -> list[Hint]:
    low = [c.key for c in result.checks if c.backprop_dtype in ("float32", "float16")]
    if not low:
        return []
    evidence = QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "gradient() returns {keys} in float32 although the copy is float64.",
    )
    return [Hint("float32", cause_text("float32"), _phrase(evidence, keys=", ".join(low)))]


def _log_delta_bound(result: GradCheckResult) -> tuple[float, Phrase] | None:
    """``1e-7 / y_min`` (about the largest error the 1e-7 can make) and a sentence on it."""
    if result.probabilities is None or result.labels is None or len(result.labels) == 0:
        return None
    y = result.probabilities[np.arange(len(result.labels)), result.labels]
    y_min = float(y.min())
    if y_min <= 0:
        return None
    bound = LOG_DELTA / y_min
    text = QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "the smallest probability of an image's label is y = {y}, so the numerical "
        "gradient may differ by up to about 1e-7 / y = {bound}",
    )
    return bound, _phrase(text, y=f"{y_min:.2g}", bound=f"{bound:.1e}")


def _uniform(result: GradCheckResult) -> bool:
    """Every parameter with a gradient has its relative error within 10x of the others."""
    errors = [c.relative_error for c in result.checks if not is_zero(c)]
    return bool(errors) and min(errors) * 10 >= max(errors)
