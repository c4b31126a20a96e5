"""The layers of *Deep Learning from Scratch*, chapters 5 and 6.

Each class keeps the book's constructor arguments and attribute names
(``Affine.W``, ``Affine.dW``, ``Relu.mask``, ``BatchNormalization.running_mean``
...) and its ``forward``/``backward`` formulas. ``Tanh`` is new, in the same
style. Two departures: ``Dropout`` draws its masks from a
``numpy.random.Generator`` instead of NumPy's global state, and no layer
changes the ``dout`` it is given (the book's ``Relu.backward`` zeroes it in
place). One addition: ``Affine.backward_params``, the gradients of ``W`` and
``b`` without the one of ``x``, for a network's first layer.

Every layer keeps the input's dtype: float32 in, float32 out.
"""

from __future__ import annotations

import numpy as np

from core.functions import cross_entropy_error, sigmoid, softmax


def _saved(array: np.ndarray | None) -> np.ndarray:
    """An array that ``forward`` saved for ``backward``; RuntimeError if there is none."""
    if array is None:
        raise RuntimeError("backward() needs a forward() pass first")
    return array


class Relu:
    """``max(0, x)``; ``mask`` is True where ``x <= 0`` (where the gradient is cut)."""

    def __init__(self) -> None:
        self.mask: np.ndarray | None = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``(...)`` in, ``(...)`` out, same dtype."""
        self.mask = x <= 0
        return np.maximum(x, 0)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """``dout`` with the entries where ``x <= 0`` set to 0 (a new array)."""
        # Multiplying by the kept entries is some 3x faster than np.where(mask, 0, dout).
        return dout * ~_saved(self.mask)


class Sigmoid:
    """``1 / (1 + exp(-x))``; ``out`` is the forward output, reused by backward."""

    def __init__(self) -> None:
        self.out: np.ndarray | None = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``(...)`` in, ``(...)`` out, same dtype."""
        self.out = sigmoid(x)
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """``dout * (1 - out) * out``."""
        out = _saved(self.out)
        return dout * (1.0 - out) * out


class Tanh:
    """``tanh(x)``; ``out`` is the forward output, reused by backward."""

    def __init__(self) -> None:
        self.out: np.ndarray | None = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``(...)`` in, ``(...)`` out, same dtype."""
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """``dout * (1 - out ** 2)``, since ``tanh' = 1 - tanh ** 2``."""
        out = _saved(self.out)
        return dout * (1.0 - out * out)


class Affine:
    """``x @ W + b``.

    Parameters
    ----------
    W : (D, M) float ndarray
    b : (M,) float ndarray

    Attributes
    ----------
    x : (N, D) the flattened input of the last forward pass
    original_x_shape : tuple, the input's shape before flattening
    dW : (D, M), db : (M,) the gradients from the last backward pass
    """

    def __init__(self, W: np.ndarray, b: np.ndarray) -> None:
        self.W = W
        self.b = b
        self.x: np.ndarray | None = None
        self.original_x_shape: tuple[int, ...] | None = None
        self.dW: np.ndarray | None = None
        self.db: np.ndarray | None = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``(N, D)`` or ``(N, ...)`` (flattened to ``(N, D)``) in, ``(N, M)`` out."""
        self.original_x_shape = x.shape
        self.x = x.reshape(x.shape[0], -1)
        out = np.dot(self.x, self.W)
        out += self.b
        return out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """``(N, M)`` in; sets ``dW``, ``db``; returns dx in the input's shape."""
        dx = np.dot(dout, self.W.T)
        self.backward_params(dout)
        return dx.reshape(self.original_x_shape or dx.shape)

    def backward_params(self, dout: np.ndarray) -> None:
        """Set ``dW`` and ``db`` only: for a first layer, whose dx nobody uses.

        There dx would cost as much as the forward product itself (784 x 100 on MNIST).
        """
        x = _saved(self.x)
        self.dW = np.dot(x.T, dout)
        self.db = np.sum(dout, axis=0)


class SoftmaxWithLoss:
    """Softmax followed by the cross-entropy error.

    Attributes
    ----------
    loss : float, the loss of the last forward pass
    y : (N, K) the softmax output
    t : (N, K) one-hot or (N,) integer labels, as given to forward
    """

    def __init__(self) -> None:
        self.loss: float | None = None
        self.y: np.ndarray | None = None
        self.t: np.ndarray | None = None

    def forward(self, x: np.ndarray, t: np.ndarray) -> float:
        """Mean cross-entropy of ``softmax(x)`` against ``t``.

        Parameters
        ----------
        x : (N, K) float ndarray
            Scores.
        t : (N, K) one-hot or (N,) integer labels

        Returns
        -------
        float
            ``-sum(log(y[t] + 1e-7)) / N`` (``core.functions.cross_entropy_error``).
        """
        self.t = t
        self.y = softmax(x)
        self.loss = cross_entropy_error(self.y, t)
        return self.loss

    def backward(self, dout: float = 1) -> np.ndarray:
        """``dout * (y - t) / N``, ``(N, K)`` in the dtype of ``y``."""
        y, t = _saved(self.y), _saved(self.t)
        batch_size = t.shape[0]
        if t.size == y.size:
            dx = np.subtract(y, t, dtype=y.dtype)
        else:
            dx = y.copy()
            dx[np.arange(batch_size), t] -= 1
        dx /= batch_size
        if dout != 1:
            dx *= dout
        return dx


class Dropout:
    """Drops each unit with probability ``dropout_ratio`` in training (arXiv:1207.0580).

    Parameters
    ----------
    dropout_ratio : float
    rng : int, numpy.random.Generator or None
        Source of the masks: a generator is used as is (and may be shared),
        a seed or None makes a new one.
    """

    def __init__(
        self, dropout_ratio: float = 0.5, *, rng: int | np.random.Generator | None = None
    ) -> None:
        self.dropout_ratio = dropout_ratio
        self.rng = np.random.default_rng(rng)
        self.mask: np.ndarray | None = None

    def forward(self, x: np.ndarray, train_flg: bool = True) -> np.ndarray:
        """Training: ``x * mask`` with a fresh mask; test: ``x * (1 - dropout_ratio)``."""
        if train_flg:
            self.mask = self.rng.random(x.shape) > self.dropout_ratio
            return x * self.mask
        return x * (1.0 - self.dropout_ratio)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """``dout * mask``."""
        return dout * _saved(self.mask)


class BatchNormalization:
    """Batch normalisation (arXiv:1502.03167) with the book's formulas.

    Parameters
    ----------
    gamma, beta : (D,) float ndarray
        Scale and shift.
    momentum : float
        Weight of the old value in the running averages.
    running_mean, running_var : (D,) float ndarray, optional
        Statistics used at test time; zeros (in the input's dtype) on the
        first forward pass if not given.

    Input of any shape ``(N, ...)`` is normalised as ``(N, D)`` rows.
    """

    def __init__(
        self,
        gamma: np.ndarray,
        beta: np.ndarray,
        momentum: float = 0.9,
        running_mean: np.ndarray | None = None,
        running_var: np.ndarray | None = None,
    ) -> None:
        self.gamma = gamma
        self.beta = beta
        self.momentum = momentum
        self.input_shape: tuple[int, ...] | None = None
        self.running_mean = running_mean
        self.running_var = running_var
        self.batch_size: int | None = None
        self.xc: np.ndarray | None = None
        self.xn: np.ndarray | None = None
        self.std: np.ndarray | None = None
        self.dgamma: np.ndarray | None = None
        self.dbeta: np.ndarray | None = None

    def forward(self, x: np.ndarray, train_flg: bool = True) -> np.ndarray:
        """``(N, ...)`` in, same shape and dtype out: ``gamma * xn + beta``."""
        self.input_shape = x.shape
        if x.ndim != 2:
            x = x.reshape(x.shape[0], -1)
        return self._forward(x, train_flg).reshape(self.input_shape)

    def _forward(self, x: np.ndarray, train_flg: bool) -> np.ndarray:
        if self.running_mean is None or self.running_var is None:
            self.running_mean = np.zeros(x.shape[1], dtype=x.dtype)
            self.running_var = np.zeros(x.shape[1], dtype=x.dtype)
        if train_flg:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc**2, axis=0)
            # The book's 10e-7 (that is, 1e-6) keeps the division finite when var is 0.
            std = np.sqrt(var + 10e-7)
            xn = xc / std
            self.batch_size = x.shape[0]
            self.xc = xc
            self.xn = xn
            self.std = std
            m = self.momentum
            self.running_mean = m * self.running_mean + (1 - m) * mu
            self.running_var = m * self.running_var + (1 - m) * var
        else:
            xc = x - self.running_mean
            xn = xc / np.sqrt(self.running_var + 10e-7)
        return self.gamma * xn + self.beta

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """``(N, ...)`` in; sets ``dgamma``, ``dbeta``; returns dx in the input's shape."""
        if dout.ndim != 2:
            dout = dout.reshape(dout.shape[0], -1)
        dx = self._backward(dout)
        return dx.reshape(self.input_shape or dx.shape)

    def _backward(self, dout: np.ndarray) -> np.ndarray:
        xc, xn, std = _saved(self.xc), _saved(self.xn), _saved(self.std)
        batch_size = self.batch_size or dout.shape[0]
        dbeta = dout.sum(axis=0)
        dgamma = np.sum(xn * dout, axis=0)
        dxn = self.gamma * dout
        dxc = dxn / std
        dstd = -np.sum((dxn * xc) / (std * std), axis=0)
        dvar = 0.5 * dstd / std
        dxc += (2.0 / batch_size) * xc * dvar
        dmu = np.sum(dxc, axis=0)
        dx = dxc - dmu / batch_size
        self.dgamma = dgamma
        self.dbeta = dbeta
        return dx
