"""The book's chapter-5 gradient check: backprop against the numerical gradient.

The book takes three training images, computes the gradient both ways and prints
``np.average(np.abs(grad_backprop[key] - grad_numerical[key]))`` per parameter
("W1:2.6e-13"). ``gradient_check`` does the same and adds the largest difference,
the relative error and how long each side took. Three ways to get the numerical side:

``"book"``
    The book's element-by-element loop (``core.gradient.numerical_gradient``),
    2 forward passes per parameter element: about a minute for 784-50-10.
    Reports progress and can be cancelled.
``"fast"``
    ``core.fast_gradient.numerical_gradient_fast``: the same central differences,
    every element at once, in milliseconds.
``"sample"``
    The book's central difference for a few random elements of each parameter
    (``core.fast_gradient.numerical_gradient_sample``): the quick check.

All of them run on a float64 copy of the network: the trainer's float32 weights
would turn ``h = 1e-4`` into a step of a few ulps, and the check into noise.

Each ``ParamCheck`` keeps the compared values, so ``core.gradcheck_hints`` can say
where the errors are and what usually causes them. About 440 lines: the three methods
share the float64 copy, the timing, progress and cancel, and the report.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.config import Bound
from core.fast_gradient import numerical_gradient_fast, numerical_gradient_sample
from core.functions import softmax
from core.gradient import numerical_gradient
from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet

METHODS = ("fast", "book", "sample")
IMAGES_BOUND = Bound(1, 100, whole=True)
"""Training images a check may use (the panel's range; the fast method's memory grows with it)."""
SAMPLE_COUNT_BOUND = Bound(1, 1000, whole=True)
"""Elements per parameter the quick (sample) method may check."""
"""The ways ``gradient_check`` can compute the numerical gradient; the first is the default."""

ZERO_GRADIENT = 1e-8
"""Gradients smaller than this (in norm) are zero to the numerical method's precision.

Central differences of a loss near 2.3 carry rounding noise of about
``1e-16 * 2.3 / h = 2e-12`` per element; the biases before batch norm have a
gradient of exactly 0 (the normalisation removes them), and their relative error
must not become that noise divided by nothing.
"""

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ParamCheck:
    """How far backprop is from the numerical gradient for one parameter.

    Attributes
    ----------
    key : str
        ``"W1"``, ``"b1"``, ``"W2"`` or ``"b2"``.
    mean_abs_diff : float
        The book's number: mean of ``|numerical - backprop|``.
    max_abs_diff : float
        Largest ``|numerical - backprop|``.
    relative_error : float
        ``||numerical - backprop|| / max(||numerical|| + ||backprop||, 1e-12)`` (2-norms).
    checked : int
        Number of elements compared.
    numerical, backprop : (checked,) float64 ndarray
        The compared values, flat (empty when made by hand); not part of ``==``.
    flat_index : (checked,) intp ndarray or None
        Where each value is in the parameter (C order); None: every element in order.
    shape : tuple of int
        The parameter's shape.
    backprop_dtype : str
        The dtype ``gradient`` returned for this parameter (``"float64"`` unless it
        computes in lower precision).
    """

    key: str
    mean_abs_diff: float
    max_abs_diff: float
    relative_error: float
    checked: int
    numerical: np.ndarray = field(default_factory=lambda: np.zeros(0), compare=False, repr=False)
    backprop: np.ndarray = field(default_factory=lambda: np.zeros(0), compare=False, repr=False)
    flat_index: np.ndarray | None = field(default=None, compare=False, repr=False)
    shape: tuple[int, ...] = field(default=(), compare=False)
    backprop_dtype: str = field(default="float64", compare=False)

    @classmethod
    def compare(
        cls,
        key: str,
        numerical: np.ndarray,
        backprop: np.ndarray,
        *,
        flat_index: np.ndarray | None = None,
        shape: tuple[int, ...] | None = None,
    ) -> ParamCheck:
        """Compare two float arrays of the same shape (any shape, at least one element).

        ``flat_index`` and ``shape`` say where sampled values sit in their parameter;
        without them the arrays are the whole parameter.
        """
        dtype = str(np.asarray(backprop).dtype)
        if shape is None:
            shape = np.shape(numerical)
        numerical = np.asarray(numerical, dtype=np.float64).ravel()
        backprop = np.asarray(backprop, dtype=np.float64).ravel()
        diff = np.abs(numerical - backprop)
        scale = float(np.linalg.norm(numerical) + np.linalg.norm(backprop))
        return cls(
            key=key,
            mean_abs_diff=float(np.average(diff)),
            max_abs_diff=float(diff.max()),
            relative_error=float(np.linalg.norm(diff) / max(scale, ZERO_GRADIENT)),
            checked=int(diff.size),
            numerical=numerical,
            backprop=backprop,
            flat_index=flat_index,
            shape=tuple(shape),
            backprop_dtype=dtype,
        )


@dataclass(frozen=True)
class GradCheckResult:
    """The outcome of ``gradient_check``.

    Attributes
    ----------
    method : str
        ``"book"``, ``"fast"`` or ``"sample"``.
    checks : list of ParamCheck
        In ``W1, b1, W2, b2`` order; only the parameters finished before a cancel.
    numerical_seconds : float
        Time spent on the numerical gradient (until the cancel, if cancelled).
    backprop_seconds : float
        Time of one ``network.gradient(x, t)`` (best of 3).
    batch_size : int
        Rows of ``x``.
    cancelled : bool
        True when ``cancel`` stopped the check before every parameter was done.
    parameter_count : int
        Elements in all parameters (39,760 for 784-50-10).
    param_keys : tuple of str
        Every parameter of the network, checked or not (the book's keys).
    probabilities : (N, K) float64 ndarray or None
        The checked network's softmax output on ``x`` (in training mode for a
        ``MultiLayerNet``, as its loss); None when made by hand.
    labels : (N,) int ndarray or None
        The labels of ``x``.
    """

    method: str
    checks: list[ParamCheck]
    numerical_seconds: float
    backprop_seconds: float
    batch_size: int
    cancelled: bool = False
    parameter_count: int = 0
    param_keys: tuple[str, ...] = ("W1", "b1", "W2", "b2")
    probabilities: np.ndarray | None = field(default=None, compare=False, repr=False)
    labels: np.ndarray | None = field(default=None, compare=False, repr=False)

    def format_lines(self) -> list[str]:
        """The report: one book-like line per parameter checked, then the timings.

        Returns
        -------
        list of str
            e.g. ``"W1: mean |diff| 2.6e-13, max 1.1e-11, relative error 3.0e-09
            (39,200 values)"`` and ``"numerical 41.2 s, backprop 0.0004 s: backprop
            is 100,000x faster"``.
        """
        lines = [
            f"{c.key}: mean |diff| {c.mean_abs_diff:.1e}, max {c.max_abs_diff:.1e}, "
            f"relative error {c.relative_error:.1e} ({c.checked:,} values)"
            for c in self.checks
        ]
        lines.append(self._timing_line())
        if self.cancelled:
            done = [c.key for c in self.checks]
            missing = [key for key in self.param_keys if key not in done]
            lines.append(f"cancelled: {', '.join(missing)} not checked")
        return lines

    def _timing_line(self) -> str:
        numerical, backprop = _seconds(self.numerical_seconds), _seconds(self.backprop_seconds)
        if self.method == "sample":
            checked = sum(c.checked for c in self.checks)
            line = f"numerical {numerical} for {checked:,} values, backprop {backprop} for all"
            if checked and self.parameter_count:
                whole = self.numerical_seconds * self.parameter_count / checked
                line += f" (the book's loop would take about {_seconds(whole)} for all)"
            return line
        line = f"numerical ({self.method}) {numerical}, backprop {backprop}"
        if self.cancelled or self.numerical_seconds <= 0 or self.backprop_seconds <= 0:
            return line
        ratio = self.numerical_seconds / self.backprop_seconds
        if ratio >= 1:
            return f"{line}: backprop is {ratio:,.0f}x faster"
        return f"{line}: the numerical gradient is {1 / ratio:,.1f}x faster"


def _seconds(seconds: float) -> str:
    """``41.2 s``, ``0.35 s``, ``0.00041 s``: two significant digits below 10 s, no exponent."""
    if seconds >= 10:
        return f"{seconds:,.0f} s" if seconds >= 100 else f"{seconds:.1f} s"
    if seconds <= 0:
        return "0 s"
    decimals = max(0, 1 - math.floor(math.log10(seconds)))
    return f"{seconds:.{decimals}f} s"


class _Cancelled(Exception):
    """Raised inside the book's loop to leave it when ``cancel`` is set."""


class _TrainingModeNetwork:
    """A ``MultiLayerNet`` as the check sees it: ``loss`` in training mode, as ``gradient`` is.

    The book's ``MultiLayerNetExtend.numerical_gradient`` does the same: with batch
    norm, the test-mode loss (running statistics) is not the function that
    backprop differentiates (the batch's own mean and variance).
    """

    def __init__(self, network: MultiLayerNet) -> None:
        self.network = network
        self.params = network.params

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        return self.network.loss(x, t, train_flg=True)

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        return self.network.gradient(x, t)


Checked = TwoLayerNet | _TrainingModeNetwork


def _float64_copy(network: TwoLayerNet | MultiLayerNet) -> Checked:
    """A copy of ``network`` in float64 (a TwoLayerNet keeps its class and any override).

    A ``MultiLayerNet`` is checked without its dropout layers: their random masks
    would make two evaluations of the same loss differ.
    """
    params = {key: value.astype(np.float64) for key, value in network.params.items()}
    if isinstance(network, MultiLayerNet):
        architecture = {**network.architecture(), "use_dropout": False}
        clone = MultiLayerNet.from_params(params, buffers=network.buffers(), **architecture)
        return _TrainingModeNetwork(clone)
    two_layer = copy.copy(network)
    two_layer.params = params
    return two_layer


def _probabilities(network: Checked, x: np.ndarray) -> np.ndarray:
    """``(N, K)`` softmax output of the network the loss sees (a subclass's own ``predict``)."""
    if isinstance(network, _TrainingModeNetwork):
        return softmax(network.network.predict(x, train_flg=True))
    return np.asarray(network.predict(x), dtype=np.float64)


def _backprop(
    network: Checked, x: np.ndarray, t: np.ndarray
) -> tuple[dict[str, np.ndarray], float]:
    """``network.gradient(x, t)`` and the best time of 3 calls (one call is too noisy)."""
    best = math.inf
    for _ in range(3):
        start = time.perf_counter()
        grads = network.gradient(x, t)
        best = min(best, time.perf_counter() - start)
    return grads, best


def _book_gradients(
    network: Checked,
    x: np.ndarray,
    t: np.ndarray,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> dict[str, np.ndarray]:
    """The book's ``TwoLayerNet.numerical_gradient``, one parameter at a time.

    ``core.gradient.numerical_gradient`` itself does the work; its loss function
    counts the calls (2 per element) to report progress about every 1% and raises
    ``_Cancelled`` between elements once ``cancel`` is set. The parameters finished
    before that are returned; the one interrupted is left perturbed (the network
    is a private copy).
    """
    total = sum(value.size for value in network.params.values())
    step = max(1, total // 100)
    calls = 0
    next_report = step

    def loss_W(W: np.ndarray) -> float:
        nonlocal calls, next_report
        if calls % 2 == 0 and cancel is not None and cancel.is_set():
            raise _Cancelled
        calls += 1
        value = network.loss(x, t)
        done = calls // 2
        if progress is not None and calls % 2 == 0 and (done >= next_report or done == total):
            next_report = done + step
            progress(done, total)
        return value

    grads: dict[str, np.ndarray] = {}
    for key in network.params:
        try:
            grads[key] = numerical_gradient(loss_W, network.params[key])
        except _Cancelled:
            break
    return grads


def _sample_gradients(
    network: Checked,
    x: np.ndarray,
    t: np.ndarray,
    count: int,
    rng: np.random.Generator,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> dict[str, tuple[tuple[np.ndarray, ...], np.ndarray]]:
    """Per parameter: the indices of up to ``count`` random elements and their book values."""
    result = {}
    keys = tuple(network.params)
    for done, key in enumerate(keys, start=1):
        if cancel is not None and cancel.is_set():
            break
        n = min(count, network.params[key].size)
        samples = numerical_gradient_sample(network, x, t, n, rng, keys=(key,))  # type: ignore[arg-type]
        index = tuple(np.array(axis) for axis in zip(*(s.index for s in samples), strict=True))
        result[key] = (index, np.array([s.value for s in samples]))
        if progress is not None:
            progress(done, len(keys))
    return result


def gradient_check(
    network: TwoLayerNet | MultiLayerNet,
    x: np.ndarray,
    t: np.ndarray,
    *,
    method: str = "fast",
    sample_count: int = 20,
    rng: int | np.random.Generator | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> GradCheckResult:
    """Compare ``network.gradient`` (backprop) with the numerical gradient on ``x, t``.

    Parameters
    ----------
    network : TwoLayerNet or MultiLayerNet
        Not modified: the check runs on a float64 copy (same class), without
        dropout, with batch norm in training mode as the book's check does.
    x : (N, input_size) float ndarray
        A small batch; the book uses ``x_train[:3]``.
    t : (N, output_size) one-hot or (N,) integer labels
    method : {"fast", "book", "sample"}
        How to compute the numerical gradient (see the module docstring). The
        vectorised ``"fast"`` method knows the two-layer network only: a deeper
        network is checked by the book's loop instead (the result says ``"book"``).
    sample_count : int
        ``"sample"`` only: random elements checked per parameter (all of a smaller one).
    rng : int or numpy.random.Generator, optional
        ``"sample"`` only: chooses the elements.
    progress : callable ``(done, total)``, optional
        Called from this thread. ``"book"``: about every 1% of the elements and at the
        end; the others: after each parameter. ``done`` counts elements (``"book"``,
        ``"fast"``) or parameters (``"sample"``).
    cancel : threading.Event, optional
        When set, the check stops at the next element (``"book"``) or parameter.

    Returns
    -------
    GradCheckResult
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, got {method!r}")
    if sample_count < 1:
        raise ValueError(f"sample_count must be at least 1, got {sample_count}")
    net = _float64_copy(network)
    if method == "fast" and not isinstance(net, TwoLayerNet):
        method = "book"
    keys = tuple(net.params)
    x = np.asarray(x, dtype=np.float64)
    backprop, backprop_seconds = _backprop(net, x, t)
    total = sum(value.size for value in net.params.values())

    start = time.perf_counter()
    checks: dict[str, ParamCheck] = {}
    if method == "book":
        numerical = _book_gradients(net, x, t, progress, cancel)
        checks = {key: ParamCheck.compare(key, numerical[key], backprop[key]) for key in numerical}
    elif method == "fast":
        if cancel is None or not cancel.is_set():
            assert isinstance(net, TwoLayerNet)
            numerical = numerical_gradient_fast(net, x, t)
            checks = {key: ParamCheck.compare(key, numerical[key], backprop[key]) for key in keys}
            if progress is not None:
                progress(total, total)
    else:
        generator = np.random.default_rng(rng)
        samples = _sample_gradients(net, x, t, sample_count, generator, progress, cancel)
        for key, (index, values) in samples.items():
            shape = net.params[key].shape
            flat = np.ravel_multi_index(index, shape)
            checks[key] = ParamCheck.compare(
                key, values, backprop[key][index], flat_index=flat, shape=shape
            )
    numerical_seconds = time.perf_counter() - start
    t = np.asarray(t)

    return GradCheckResult(
        method=method,
        checks=[checks[key] for key in keys if key in checks],
        numerical_seconds=numerical_seconds,
        backprop_seconds=backprop_seconds,
        batch_size=len(x),
        cancelled=len(checks) < len(keys),
        parameter_count=total,
        param_keys=keys,
        probabilities=_probabilities(net, x),
        labels=t.argmax(axis=1) if t.ndim == 2 else t.astype(np.intp),
    )
