"""The book's numerical gradient, every element at once.

``TwoLayerNet.numerical_gradient`` moves one parameter element by ``h = 1e-4``
up and down, runs the whole network twice and keeps
``(f(+h) - f(-h)) / 2h``: 2 x 39,760 forward passes for the 784-50-10 network.
Every one of those forward passes is mostly the unperturbed one. Moving
``W1[i, j]`` by ``d`` only moves hidden unit ``j``'s pre-activation
``a1[:, j]`` by ``d * x[:, i]``; moving ``b1[j]`` moves it by ``d``; moving
``W2[j, k]`` only moves the score ``a2[:, k]`` by ``d * z1[:, j]``, and ``b2[k]``
by ``d``. So each parameter's perturbed loss is a function of one number per
row of the batch, ``v = d * s[n]`` with ``s`` = ``x[:, i]``, 1 or ``z1[:, j]``,
and the rows' loss changes depend only on the unperturbed ``a1, z1, y``.

Two ways to evaluate ``f(+h) - f(-h)`` from that, both in float64:

``"series"`` (fast)
    Each row's loss change is a smooth function of ``v``:
    ``L_n(v) = c1 v + c2 v**2 + c3 v**3 + ...``. The coefficients come from
    the unperturbed pass by truncated Taylor arithmetic (one ``(N, H, K)``
    array per order). In the central difference the even terms cancel
    exactly, so ``(f(+h) - f(-h)) / 2h = mean_n sum_odd_m c_m s**m h**(m-1)``:
    for ``W1`` that is ``sum_m h**(m-1) (x**m).T @ c_m / N``, a few matrix
    products. The ``m = 1`` term is the exact gradient of the book's loss
    (backprop's, with row ``n`` weighted by ``y_t / (y_t + 1e-7)``); the ``h**2``
    and higher terms are what the central difference adds. For inputs in
    [0, 1] the ``h**4`` term is already ~1e-18 of the gradient; if the last kept
    term is not negligible (unscaled inputs) that parameter is recomputed with
    ``"direct"``.
``"direct"`` (slow, literal)
    Builds every perturbed score matrix ``a2 + (z1'_j - z1_j) * W2[j, :]``
    by broadcasting (chunked over ``i``) and takes each row's
    softmax/cross-entropy change.

Neither subtracts two losses of about 2.3 to get a difference of about
``2e-4 * grad``, as the book's loop does: there each ulp of the loss becomes
``4.4e-16 / 2e-4 = 2.2e-12`` of noise in the gradient. Each row's change is
computed relative to the unperturbed row, with ``expm1``/``log1p`` (or as a
series), so both give the book's central difference (same ``h``, same
``log(y + 1e-7)``) to a few float64 roundings; they agree with each other to
1e-14 and with the book's loop to its own noise (measured: at most 3 ulps).

``numerical_gradient_sample`` is the quick check: the book's loop itself, on a
few random elements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from core.functions import sigmoid, softmax
from core.gradient import H

if TYPE_CHECKING:  # core.network may import this module for a hook
    from core.network import TwoLayerNet

PARAM_KEYS = ("W1", "b1", "W2", "b2")

ORDER = 5
"""Highest Taylor order kept by ``"series"``: the central difference uses the odd terms 1, 3, 5."""

TAIL_RTOL = 1e-13
"""``"series"`` falls back to ``"direct"`` when its last term is larger than this, relatively."""

LOG_DELTA = 1e-7
"""The book's ``log(y + 1e-7)`` guard, copied so the two losses are the same function."""

CHUNK_ELEMENTS = 2_000_000
"""Elements of one ``"direct"`` temporary array (16 MB in float64)."""


def _forward(
    network: TwoLayerNet, x: np.ndarray, t: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """float64 ``x, labels, a1, z1, y`` and the weight ``w = y_t / (y_t + 1e-7)``."""
    W1, b1, W2, b2 = (network.params[key].astype(np.float64) for key in PARAM_KEYS)
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t)
    labels = t.argmax(axis=1) if t.ndim == 2 else t.astype(np.intp)
    a1 = x @ W1 + b1
    z1 = sigmoid(a1)
    y = softmax(z1 @ W2 + b2)
    y_t = y[np.arange(len(x)), labels]
    return x, labels, a1, z1, y, y_t / (y_t + LOG_DELTA)


# --- truncated Taylor series: arrays whose axis 0 is the order 0..ORDER ---


def _jet_exp(a: np.ndarray) -> np.ndarray:
    """Series of ``exp(a(v))``: ``b_m = sum_k (k/m) a_k b_(m-k)`` (from ``b' = a' b``)."""
    b = np.empty_like(a)
    b[0] = np.exp(a[0])
    for m in range(1, len(a)):
        b[m] = sum(k / m * a[k] * b[m - k] for k in range(1, m + 1))
    return b


def _jet_log(a: np.ndarray) -> np.ndarray:
    """Series of ``log(a(v))`` (from ``a b' = a'``)."""
    b = np.empty_like(a)
    b[0] = np.log(a[0])
    for m in range(1, len(a)):
        b[m] = (a[m] - sum(k / m * b[k] * a[m - k] for k in range(1, m))) / a[0]
    return b


def _loss_series(E: np.ndarray, y: np.ndarray, labels: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Series of each row's loss change when the scores move by ``E(v)``.

    Parameters
    ----------
    E : (ORDER + 1, N, P, K) float64
        Series of the change of ``a2`` for ``P`` perturbations; ``E[0] = 0``.
    y : (N, K) float64
        Unperturbed softmax output.
    labels : (N,) int
    w : (N,) float64
        ``y_t / (y_t + 1e-7)``.

    Returns
    -------
    (ORDER + 1, N, P) float64
        ``L_m``; ``L_0 = 0``.
    """
    # With q = log(p(v) / y_t) = E_t - log(1 + sum_k y_k (exp(E_k) - 1)), the row loss
    # -log(p + 1e-7) changes by -log(1 + w (exp(q) - 1)).
    S = np.einsum("mnpk,nk->mnp", _jet_exp(E), y)
    S[0] = 1.0  # 1 + sum_k y_k (exp(0) - 1)
    q = E[:, np.arange(len(y)), :, labels].transpose(1, 0, 2) - _jet_log(S)
    R = w[:, None] * _jet_exp(q)
    R[0] = 1.0  # w * exp(0) + (1 - w)
    return -_jet_log(R)


def _sigmoid_series(a1: np.ndarray, z1: np.ndarray) -> np.ndarray:
    """Series of ``sigmoid(a1 + v) - z1``, from ``s' = s u`` and ``u = 1 - s``.

    ``u`` starts from ``sigmoid(-a1)``, not ``1 - z1``, which loses digits when ``z1`` is near 1.
    """
    s = np.zeros((ORDER + 1, *z1.shape))
    u = np.zeros_like(s)
    s[0], u[0] = z1, sigmoid(-a1)
    for m in range(ORDER):
        s[m + 1] = sum(s[i] * u[m - i] for i in range(m + 1)) / (m + 1)
        u[m + 1] = -s[m + 1]
    s[0] = 0.0
    return s


def _central_from_series(L: np.ndarray, s: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """``mean_n sum_odd_m L_m s**m h**(m-1)`` and its last term.

    ``L`` is ``(ORDER + 1, N, P)``; ``s`` the ``(N, I)`` multiplier (``None``: all ones).
    Returns ``(I, P)`` (or ``(P,)``) gradients and the last term, same shape.
    """
    N = L.shape[1]
    terms = [
        H ** (m - 1) * (L[m].sum(axis=0) if s is None else (s**m).T @ L[m]) / N
        for m in range(1, ORDER + 1, 2)
    ]
    return sum(terms), terms[-1]


# --- direct evaluation of every perturbed loss ---


def _row_loss_change(D: np.ndarray, y: np.ndarray, labels: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Each row's exact loss change when the scores move by ``D`` ``(N, P, K)``; ``(N, P)``."""
    D_t = np.take_along_axis(D, labels[:, None, None], axis=2)[..., 0]
    # log(p'/y_t) = D_t - log(sum_k y_k exp(D_k)), written with expm1/log1p so that a
    # small D is not lost next to 1.
    q = D_t - np.log1p(np.einsum("npk,nk->np", np.expm1(D), y))
    return -np.log1p(w[:, None] * np.expm1(q))


def _sigmoid_change(a1: np.ndarray, z1: np.ndarray, d: np.ndarray) -> np.ndarray:
    """``sigmoid(a1 + d) - sigmoid(a1)`` without cancellation: ``-expm1(-d) (1 - z1) z1'``."""
    return -np.expm1(-d) * sigmoid(-a1) * sigmoid(a1 + d)


def _direct(key: str, W2: np.ndarray, forward: tuple[np.ndarray, ...]) -> np.ndarray:
    """The central difference of every element of ``params[key]`` by direct evaluation."""
    x, labels, a1, z1, y, w = forward
    N, K = y.shape
    if key in ("W2", "b2"):
        s = z1 if key == "W2" else np.ones((N, 1))
        # D[n, (j, k), :] = d * s[n, j] * one_hot(k)
        D = s[:, :, None, None] * np.eye(K)
        changes = [
            _row_loss_change(sign * H * D.reshape(N, -1, K), y, labels, w) for sign in (1, -1)
        ]
        grad = (changes[0] - changes[1]).sum(axis=0) / (2 * H * N)
        return grad.reshape(K) if key == "b2" else grad.reshape(-1, K)
    s = x if key == "W1" else np.ones((N, 1))
    hidden = a1.shape[1]
    step = max(1, CHUNK_ELEMENTS // (N * hidden * K))
    grad = np.empty((s.shape[1], hidden))
    for start in range(0, s.shape[1], step):
        d = H * s[:, start : start + step, None]  # (N, chunk, 1)
        changes = []
        for sign in (1, -1):
            dz = _sigmoid_change(a1[:, None, :], z1[:, None, :], sign * d)  # (N, chunk, hidden)
            D = (dz[..., None] * W2).reshape(N, -1, K)
            changes.append(_row_loss_change(D, y, labels, w))
        diff = (changes[0] - changes[1]).sum(axis=0) / (2 * H * N)
        grad[start : start + step] = diff.reshape(-1, hidden)
    return grad if key == "W1" else grad[0]


def numerical_gradient_fast(
    network: TwoLayerNet, x: np.ndarray, t: np.ndarray, *, method: str = "series"
) -> dict[str, np.ndarray]:
    """The book's ``TwoLayerNet.numerical_gradient``, computed for all elements at once.

    The same central differences ``(f(+h) - f(-h)) / 2h`` with ``h = 1e-4`` and the
    same loss (mean of ``-log(y[label] + 1e-7)``), evaluated in float64 without the
    cancellation of the book's loop. float32 parameters are promoted to float64 (an
    exact conversion) and the result is rounded back.

    Parameters
    ----------
    network : core.network.TwoLayerNet
        Not modified.
    x : (N, input_size) float ndarray
    t : (N, output_size) one-hot or (N,) integer labels
    method : {"series", "direct"}
        ``"series"``: a few milliseconds for 784-50-10 (falls back to ``"direct"`` for
        a parameter whose series has not converged). ``"direct"``: every perturbed
        loss evaluated, about 0.4 s.

    Returns
    -------
    dict
        ``W1 (input, hidden)``, ``b1 (hidden,)``, ``W2 (hidden, output)``, ``b2 (output,)``,
        in the parameters' dtype.
    """
    if method not in ("series", "direct"):
        raise ValueError(f"method must be 'series' or 'direct', got {method!r}")
    forward = _forward(network, x, t)
    x64, labels, a1, z1, y, w = forward
    W2 = network.params["W2"].astype(np.float64)
    grads: dict[str, np.ndarray] = {}
    if method == "series":
        N, K = y.shape
        E_out = np.zeros((ORDER + 1, N, K, K))
        E_out[1] = np.eye(K)  # b2[k] and W2[:, k] move score k
        E_hidden = _sigmoid_series(a1, z1)[..., None] * W2  # (ORDER + 1, N, hidden, K)
        L_out = _loss_series(E_out, y, labels, w)
        L_hidden = _loss_series(E_hidden, y, labels, w)
        for key, L, s in (
            ("W1", L_hidden, x64),
            ("b1", L_hidden, None),
            ("W2", L_out, z1),
            ("b2", L_out, None),
        ):
            grad, tail = _central_from_series(L, s)
            if np.max(np.abs(tail)) <= TAIL_RTOL * np.max(np.abs(grad)):
                grads[key] = grad
    for key in PARAM_KEYS:
        if key not in grads:
            grads[key] = _direct(key, W2, forward)
    return {key: grads[key].astype(network.params[key].dtype) for key in PARAM_KEYS}


class GradientSample(NamedTuple):
    """One element's numerical gradient: ``params[key][index]`` and its value."""

    key: str
    index: tuple[int, ...]  # type: ignore[assignment]  # the book's word; shadows tuple.index
    value: float


def numerical_gradient_sample(
    network: TwoLayerNet,
    x: np.ndarray,
    t: np.ndarray,
    count: int,
    rng: int | np.random.Generator | None = None,
    *,
    keys: tuple[str, ...] = PARAM_KEYS,
) -> list[GradientSample]:
    """The book's central difference for ``count`` random parameter elements.

    A quick gradient check: each element is perturbed in place by ``+h`` and ``-h``,
    ``network.loss(x, t)`` is evaluated, and the element is restored, exactly as in
    ``core.gradient.numerical_gradient``, so each value is bit for bit the one the
    book's loop gives. Elements are drawn without replacement, uniformly over all
    elements of ``params[key]`` for ``key`` in ``keys``.

    Parameters
    ----------
    network : core.network.TwoLayerNet
        Restored on return (also if ``loss`` raises).
    x : (N, input_size) float ndarray
    t : (N, output_size) one-hot or (N,) integer labels
    count : int
        Number of elements, at most the number of elements in ``keys``.
    rng : int or numpy.random.Generator, optional
        Chooses the elements (never NumPy's global state).
    keys : tuple of str
        Parameters to draw from; all four by default.

    Returns
    -------
    list of GradientSample
        ``(key, index, value)``; compare with ``network.gradient(x, t)[key][index]``.
    """
    rng = np.random.default_rng(rng)
    sizes = [network.params[key].size for key in keys]
    owners = np.repeat(np.arange(len(keys)), sizes)  # flat position -> which key
    offsets = np.cumsum([0, *sizes])
    samples = []
    for flat in rng.choice(len(owners), size=count, replace=False):
        key = keys[owners[flat]]
        param = network.params[key]
        idx = tuple(int(i) for i in np.unravel_index(flat - offsets[owners[flat]], param.shape))
        tmp_val = param[idx]
        try:
            param[idx] = float(tmp_val) + H
            fxh1 = network.loss(x, t)  # f(x + h)
            param[idx] = tmp_val - H
            fxh2 = network.loss(x, t)  # f(x - h)
        finally:
            param[idx] = tmp_val
        samples.append(GradientSample(key, idx, (fxh1 - fxh2) / (2 * H)))
    return samples
