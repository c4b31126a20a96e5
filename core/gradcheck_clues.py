"""What in a failed gradient check's numbers points to which usual cause.

Each reader looks for one mistake and returns its ``Hint`` with the evidence: a ratio
``b / n`` that is the same in every entry (``N``: the division by the batch size is
missing; ``-1``: a sign), probabilities that do not sum to 1 per image (a softmax over
the whole batch), a float32 backprop, or an error no larger than the book's
``log(y + 1e-7)`` explains for the images' label probabilities ``y``. Each reader's
test of the numbers sits next to the sentence it produces.
"""

from __future__ import annotations

import re

import numpy as np

from core.gradcheck import ZERO_GRADIENT, GradCheckResult, ParamCheck
from core.gradcheck_causes import Hint, cause_text, hint_phrase
from core.gradcheck_entries import is_zero
from core.phrase import QT_TRANSLATE_NOOP, Phrase

LOG_DELTA = 1e-7
"""The book's guard in ``log(y + 1e-7)``: backprop differentiates the loss without it."""
RATIO_TOLERANCE = 0.01
"""``b / n`` within 1% (of ``max(|ratio|, 1)``) counts as the same ratio."""
BIG_SHARE = 1e-3
"""Entries below this share of the largest ``|n|`` are too small for a ratio."""


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


def _layer(key: str) -> int:
    match = re.search(r"\d+$", key)
    return int(match.group()) if match else 0


def _where(keys: list[str], result: GradCheckResult) -> Phrase | str:
    """Where a sign goes wrong: between the last right layer and the first wrong one."""
    checked = [c.key for c in result.checks]
    wrong = {_layer(k) for k in keys}
    right = {_layer(k) for k in checked if k not in keys}
    if right and max(wrong) < min(right):
        return hint_phrase(
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
        return hint_phrase(
            QT_TRANSLATE_NOOP(
                "GradCheckHints",
                "Every parameter is affected: look at the start of the backward pass (y - t).",
            )
        )
    return ""


def ratio_hints(result: GradCheckResult, failing: list[str]) -> list[Hint]:
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
        return Hint("batch", cause_text("batch"), hint_phrase(evidence, **values))
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
        return Hint("batch", hint_phrase(text), hint_phrase(evidence, **values))
    seen = hint_phrase(
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
        return Hint("zero", hint_phrase(text), seen)
    text = QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "Backprop is off by a constant factor: a 2 or 0.5 too many in a formula, or a "
        "learning rate applied inside gradient().",
    )
    return Hint("scale", hint_phrase(text), seen)


def softmax_hints(result: GradCheckResult, threshold: float) -> list[Hint]:
    """Probabilities that do not sum to 1 per image, seen in the output or in ``d b_last``."""
    if result.probabilities is not None:
        sums = result.probabilities.sum(axis=1)
        if np.abs(sums - 1).max() > 1e-6:
            shown = ", ".join(f"{s:.3g}" for s in sums[:5]) + (", ..." if len(sums) > 5 else "")
            evidence = QT_TRANSLATE_NOOP(
                "GradCheckHints",
                "the network's probabilities sum to {sums} per image instead of 1.",
            )
            return [Hint("softmax", cause_text("softmax"), hint_phrase(evidence, sums=shown))]
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
            "softmax",
            cause_text("softmax"),
            hint_phrase(evidence, key=last.key, total=f"{total:.3g}"),
        )
    ]


def float32_hints(result: GradCheckResult) -> list[Hint]:
    low = [c.key for c in result.checks if c.backprop_dtype in ("float32", "float16")]
    if not low:
        return []
    evidence = QT_TRANSLATE_NOOP(
        "GradCheckHints",
        "gradient() returns {keys} in float32 although the copy is float64.",
    )
    return [Hint("float32", cause_text("float32"), hint_phrase(evidence, keys=", ".join(low)))]


def log_delta_bound(result: GradCheckResult) -> tuple[float, Phrase] | None:
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
    return bound, hint_phrase(text, y=f"{y_min:.2g}", bound=f"{bound:.1e}")


def is_uniform(result: GradCheckResult) -> bool:
    """Every parameter with a gradient has its relative error within 10x of the others."""
    errors = [c.relative_error for c in result.checks if not is_zero(c)]
    return bool(errors) and min(errors) * 10 >= max(errors)
