"""Per-entry relative errors of a gradient check: where they are, and the largest.

Per entry, the relative error is ``|n - b| / max(|n| + |b|, ZERO_GRADIENT)`` (``n``
numerical, ``b`` backprop). ``worst_entries`` lists the largest, ``error_map`` lays one
parameter's out in its shape (NaN where the quick method did not look), and ``is_zero``
tells a parameter whose gradient is 0 both ways (its errors are rounding noise).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.gradcheck import ZERO_GRADIENT, GradCheckResult, ParamCheck


@dataclass(frozen=True)
class WorstEntry:
    """One compared entry: ``key[index]``, both values and their relative error."""

    key: str
    index: tuple[int, ...]
    numerical: float
    backprop: float
    relative_error: float


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
