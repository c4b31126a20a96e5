"""The two-layer network of *Deep Learning from Scratch*, chapter 4.

``TwoLayerNet`` keeps the book's API and vocabulary: ``params['W1']`` and so on,
``predict``, ``loss``, ``accuracy``, ``numerical_gradient`` (slow) and
``gradient`` (backpropagation, fast). Targets ``t`` may be one-hot ``(N, 10)``
or integer labels ``(N,)`` everywhere. ``loss_and_gradient`` returns the loss
of the same forward pass that the gradient used, which the trainer needs so it
does not run the network twice per iteration.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.functions import cross_entropy_error, sigmoid, softmax
from core.gradient import numerical_gradient

PARAM_KEYS = ("W1", "b1", "W2", "b2")


def _labels(t: np.ndarray) -> np.ndarray:
    """``(N,)`` integer labels from one-hot ``(N, K)`` targets or labels."""
    t = np.asarray(t)
    return t.argmax(axis=1) if t.ndim == 2 else t


class TwoLayerNet:
    """Affine -> sigmoid -> affine -> softmax, trained with cross-entropy.

    Parameters
    ----------
    input_size, hidden_size, output_size : int
        784, 50 and 10 in the book.
    weight_init_std : float
        Standard deviation of the Gaussian initial weights; biases start at 0.
    rng : int or numpy.random.Generator, optional
        Seed or generator for the initial weights (never NumPy's global state).
    dtype : numpy dtype
        float64 as in the book; the trainer uses float32 for speed.

    Attributes
    ----------
    params : dict
        ``W1 (input, hidden)``, ``b1 (hidden,)``, ``W2 (hidden, output)``, ``b2 (output,)``.
    """

    def __init__(
        self,
        input_size: int,
        hidden_size: int,
        output_size: int,
        weight_init_std: float = 0.01,
        *,
        rng: int | np.random.Generator | None = None,
        dtype: np.dtype | type = np.float64,
    ) -> None:
        rng = np.random.default_rng(rng)
        dtype = np.dtype(dtype)
        self.params: dict[str, np.ndarray] = {
            "W1": (weight_init_std * rng.standard_normal((input_size, hidden_size))).astype(dtype),
            "b1": np.zeros(hidden_size, dtype=dtype),
            "W2": (weight_init_std * rng.standard_normal((hidden_size, output_size))).astype(dtype),
            "b2": np.zeros(output_size, dtype=dtype),
        }

    @classmethod
    def from_params(cls, params: dict[str, np.ndarray]) -> TwoLayerNet:
        """A network with copies of ``params`` (``W1 (input, hidden)``, ``b1``, ``W2``, ``b2``)."""
        network = cls.__new__(cls)
        network.params = {key: np.array(params[key]) for key in PARAM_KEYS}
        return network

    def copy(self) -> TwoLayerNet:
        """An independent network with copies of ``params``."""
        clone = TwoLayerNet.__new__(TwoLayerNet)
        clone.params = {key: value.copy() for key, value in self.params.items()}
        return clone

    @property
    def dtype(self) -> np.dtype:
        """Floating-point type of the parameters."""
        return self.params["W1"].dtype

    def _forward(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return ``z1 (N, hidden)`` and the scores ``a2 (N, output)``, before softmax."""
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        a1 = np.dot(x, W1)
        a1 += b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2)
        a2 += b2
        return z1, a2

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities.

        Parameters
        ----------
        x : (N, input_size) float ndarray

        Returns
        -------
        (N, output_size) float ndarray
            Softmax output; each row sums to 1.
        """
        return softmax(self._forward(x)[1])

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """``predict(x)``, the softmax output ``(N, output_size)``, by ``MultiLayerNet``'s name."""
        return self.predict(x)

    def loss(self, x: np.ndarray, t: np.ndarray) -> float:
        """Mean cross-entropy error of ``predict(x)`` against ``t``.

        Parameters
        ----------
        x : (N, input_size) float ndarray
        t : (N, output_size) one-hot or (N,) integer labels
        """
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """Fraction of rows of ``x`` whose most likely class is the label in ``t``.

        Softmax does not change which score is largest, so it is skipped here.

        Parameters
        ----------
        x : (N, input_size) float ndarray
        t : (N, output_size) one-hot or (N,) integer labels
        """
        y = np.argmax(self._forward(x)[1], axis=1)
        return float(np.sum(y == _labels(t)) / float(x.shape[0]))

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Gradient of the loss by central differences (the book's slow method).

        Returns
        -------
        dict with the keys and shapes of ``params``
        """

        def loss_W(W: np.ndarray) -> float:
            return self.loss(x, t)

        return {key: numerical_gradient(loss_W, self.params[key]) for key in PARAM_KEYS}

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Gradient of the loss by backpropagation.

        Parameters
        ----------
        x : (N, input_size) float ndarray
        t : (N, output_size) one-hot or (N,) integer labels

        Returns
        -------
        dict with the keys and shapes of ``params``
        """
        return self.loss_and_gradient(x, t)[1]

    def loss_and_gradient(
        self, x: np.ndarray, t: np.ndarray
    ) -> tuple[float, dict[str, np.ndarray]]:
        """Loss and backprop gradient from a single forward pass.

        Parameters
        ----------
        x : (N, input_size) float ndarray
        t : (N, output_size) one-hot or (N,) integer labels

        Returns
        -------
        loss : float
            ``loss(x, t)`` at the current parameters (before any update).
        grads : dict with the keys and shapes of ``params``
        """
        W2 = self.params["W2"]
        batch_num = x.shape[0]
        rows = np.arange(batch_num)
        labels = _labels(t)

        # forward: x -> a1 -> z1 -> a2 -> y
        z1, a2 = self._forward(x)
        y = softmax(a2)
        loss = float(-np.mean(np.log(y[rows, labels] + 1e-7)))

        # backward: softmax with cross-entropy has the gradient (y - t) / N
        dy = y
        dy[rows, labels] -= 1
        dy /= batch_num
        grads = {"W2": np.dot(z1.T, dy), "b2": np.sum(dy, axis=0)}
        dz1 = np.dot(dy, W2.T)
        dz1 *= z1 * (1.0 - z1)  # sigmoid'(a1) = (1 - z1) * z1, reusing the forward pass
        grads["W1"] = np.dot(x.T, dz1)
        grads["b1"] = np.sum(dz1, axis=0)
        return loss, grads

    def train_step(
        self, x: np.ndarray, t: np.ndarray, learning_rate: float | np.floating[Any]
    ) -> float:
        """One SGD step: the book's ``params[key] -= learning_rate * grad[key]``.

        This is where the trainer computes the loss it reports: the book's
        ``cross_entropy_error(softmax(a2), t)`` (``core.functions``), i.e. the mean
        of ``-log(y[t] + 1e-7)``, of the batch before the update. The gradient is
        ``gradient(x, t)``'s. Same arithmetic as ``loss_and_gradient`` followed by
        the update, fused so that it allocates little and scales the small
        ``(N, output)`` error by ``learning_rate / N`` once instead of scaling every
        gradient (``tests/core/test_network.py`` checks both against the book's
        functions).

        Parameters
        ----------
        x : (N, input_size) float ndarray, same dtype as the parameters
        t : (N,) integer labels
        learning_rate : float

        Returns
        -------
        float
            The loss of the batch before the update.
        """
        W1, b1, W2, b2 = (self.params[key] for key in PARAM_KEYS)
        batch_num = x.shape[0]
        rows = np.arange(batch_num)

        a1 = np.dot(x, W1)
        a1 += b1
        # sigmoid in place: 1 / (1 + exp(-a1))
        np.negative(a1, out=a1)
        np.exp(a1, out=a1)
        a1 += 1
        z1 = np.reciprocal(a1, out=a1)
        y = np.dot(z1, W2)
        y += b2
        # softmax in place; the max is subtracted so exp() cannot overflow
        y -= y.max(axis=1, keepdims=True)
        np.exp(y, out=y)
        y /= y.sum(axis=1, keepdims=True)

        p = y[rows, t]
        loss = -float(np.log(p + 1e-7).sum()) / batch_num
        p -= 1
        y[rows, t] = p
        y *= learning_rate / batch_num  # dy = (y - t) / N, times the step size
        dy = y

        dz1 = np.dot(dy, W2.T)
        dsig = 1.0 - z1
        dsig *= z1
        dz1 *= dsig
        W2 -= np.dot(z1.T, dy)
        b2 -= dy.sum(axis=0)
        W1 -= np.dot(x.T, dz1)
        b1 -= dz1.sum(axis=0)
        return loss
