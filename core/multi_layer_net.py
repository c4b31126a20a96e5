"""The fully connected network of *Deep Learning from Scratch*, chapter 6.

``MultiLayerNet`` is the book's ``MultiLayerNetExtend`` (weight decay, dropout,
batch normalisation; a superset of its ``MultiLayerNet``) with the same
constructor, ``params`` keys, layer order and methods, and a few additions:

- a ``tanh`` activation; ``rng`` (seed or ``numpy.random.Generator``) for the
  initial weights and the dropout masks, never NumPy's global state; ``dtype``;
- ``loss_and_gradient``: the loss and the gradient of one forward pass (the
  book's scripts run the network a second time for the loss);
- ``probabilities``, ``copy``, ``buffers``/``load_buffers`` (batch norm's
  running statistics), ``architecture`` and ``from_params`` for model files.

Every forward pass reads the weights from ``params``, so assigning a new array
to ``net.params['W1']`` takes effect, as does an optimizer's in-place update.

The module is longer than most (about 400 lines): it is one class, the book's
API plus what saving and copying a network need, and splitting it would
scatter one object's state over several files.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import numpy as np

from core.functions import softmax
from core.gradient import numerical_gradient
from core.layers import Affine, BatchNormalization, Dropout, Relu, Sigmoid, SoftmaxWithLoss, Tanh

ACTIVATION_LAYERS: dict[str, type[Relu | Sigmoid | Tanh]] = {
    "relu": Relu,
    "sigmoid": Sigmoid,
    "tanh": Tanh,
}


def _labels(t: np.ndarray) -> np.ndarray:
    """``(N,)`` integer labels from one-hot ``(N, K)`` targets or labels."""
    t = np.asarray(t)
    return t.argmax(axis=1) if t.ndim == 2 else t


def init_scale(weight_init_std: float | str, n_in: int) -> float:
    """The std of a layer's initial weights: the number, He's or Xavier's for ``n_in`` inputs."""
    name = str(weight_init_std).lower()
    if name in ("relu", "he"):
        return float(np.sqrt(2.0 / n_in))
    if name in ("sigmoid", "xavier"):
        return float(np.sqrt(1.0 / n_in))
    if isinstance(weight_init_std, str):
        raise ValueError(
            f"weight_init_std must be a number, 'relu'/'he' or 'sigmoid'/'xavier', "
            f"got {weight_init_std!r}"
        )
    return float(weight_init_std)


class MultiLayerNet:
    """(Affine -> [BatchNorm] -> activation -> [Dropout]) x n -> Affine -> softmax.

    Parameters
    ----------
    input_size, output_size : int
        784 and 10 for MNIST.
    hidden_size_list : list of int
        Units in each hidden layer, e.g. ``[100, 100, 100]``.
    activation : str
        ``'relu'``, ``'sigmoid'`` or ``'tanh'``.
    weight_init_std : float or str
        Std of the initial weights, or ``'relu'``/``'he'`` (``sqrt(2 / n)``) or
        ``'sigmoid'``/``'xavier'`` (``sqrt(1 / n)``), ``n`` the size of the layer before.
    weight_decay_lambda : float
        L2 weight decay: the loss gains ``0.5 * lambda * sum(W ** 2)`` for every W.
    use_dropout : bool
    dropout_ration : float
        Share of units dropped (the book's name).
    use_batchnorm : bool
    rng : int, numpy.random.Generator or None
        Draws the initial weights (``W1``, ``W2``, ... in order), then the dropout masks.
    dtype : numpy dtype
        Of every parameter; float32 trains about twice as fast as the book's float64.

    Attributes
    ----------
    params : dict
        ``W{i} (n_{i-1}, n_i)``, ``b{i} (n_i,)`` for i = 1 .. n + 1, and with batch
        norm ``gamma{i}``, ``beta{i} (n_i,)`` for each hidden layer.
    layers : dict
        The layers in order: ``Affine1``, ``BatchNorm1``, ``Activation_function1``,
        ``Dropout1``, ..., ``Affine{n+1}``; ``last_layer`` is the SoftmaxWithLoss.
    """

    def __init__(
        self,
        input_size: int,
        hidden_size_list: list[int] | tuple[int, ...],
        output_size: int,
        activation: str = "relu",
        weight_init_std: float | str = "relu",
        weight_decay_lambda: float = 0,
        use_dropout: bool = False,
        dropout_ration: float = 0.5,
        use_batchnorm: bool = False,
        *,
        rng: int | np.random.Generator | None = None,
        dtype: np.dtype[Any] | type = np.float64,
    ) -> None:
        self._configure(
            input_size, hidden_size_list, output_size, activation, weight_init_std,
            weight_decay_lambda, use_dropout, dropout_ration, use_batchnorm, rng,
        )  # fmt: skip
        self.params = self._init_weight(np.dtype(dtype))
        self._build_layers()

    def _configure(
        self,
        input_size: int,
        hidden_size_list: list[int] | tuple[int, ...],
        output_size: int,
        activation: str = "relu",
        weight_init_std: float | str = "relu",
        weight_decay_lambda: float = 0,
        use_dropout: bool = False,
        dropout_ration: float = 0.5,
        use_batchnorm: bool = False,
        rng: int | np.random.Generator | None = None,
    ) -> None:
        if activation not in ACTIVATION_LAYERS:
            raise ValueError(
                f"activation must be one of {', '.join(ACTIVATION_LAYERS)}, got {activation!r}"
            )
        init_scale(weight_init_std, 1)  # a ValueError now for a wrong name
        self.input_size = int(input_size)
        self.hidden_size_list = [int(size) for size in hidden_size_list]
        self.output_size = int(output_size)
        self.hidden_layer_num = len(self.hidden_size_list)
        self.activation = activation
        self.weight_init_std = weight_init_std
        self.weight_decay_lambda = weight_decay_lambda
        self.use_dropout = use_dropout
        self.dropout_ration = dropout_ration
        self.use_batchnorm = use_batchnorm
        self.rng = np.random.default_rng(rng)
        self.last_weight_decay_loss = 0.0  # the weight-decay term of the latest loss()

    @property
    def _all_size_list(self) -> list[int]:
        return [self.input_size, *self.hidden_size_list, self.output_size]

    def _init_weight(self, dtype: np.dtype[Any]) -> dict[str, np.ndarray]:
        """Gaussian weights drawn in the order W1, W2, ...; zero biases and betas, unit gammas."""
        params: dict[str, np.ndarray] = {}
        for key, shape in self._param_shapes().items():
            if key.startswith("W"):
                scale = init_scale(self.weight_init_std, shape[0])
                W = scale * self.rng.standard_normal(shape)
                params[key] = W.astype(dtype, copy=False)
            else:
                params[key] = (np.ones if key.startswith("gamma") else np.zeros)(shape, dtype)
        return params

    def _param_shapes(self) -> dict[str, tuple[int, ...]]:
        sizes = self._all_size_list
        shapes: dict[str, tuple[int, ...]] = {}
        for idx in range(1, len(sizes)):
            shapes[f"W{idx}"] = (sizes[idx - 1], sizes[idx])
            shapes[f"b{idx}"] = (sizes[idx],)
        if self.use_batchnorm:
            for idx, size in enumerate(self.hidden_size_list, start=1):
                shapes[f"gamma{idx}"] = shapes[f"beta{idx}"] = (size,)
        return shapes

    def _build_layers(self) -> None:
        dtype = self.dtype
        self.layers: dict[str, Any] = {}
        for idx in range(1, self.hidden_layer_num + 1):
            self.layers[f"Affine{idx}"] = Affine(self.params[f"W{idx}"], self.params[f"b{idx}"])
            if self.use_batchnorm:
                size = self.hidden_size_list[idx - 1]
                self.layers[f"BatchNorm{idx}"] = BatchNormalization(
                    self.params[f"gamma{idx}"],
                    self.params[f"beta{idx}"],
                    running_mean=np.zeros(size, dtype=dtype),
                    running_var=np.zeros(size, dtype=dtype),
                )
            self.layers[f"Activation_function{idx}"] = ACTIVATION_LAYERS[self.activation]()
            if self.use_dropout:
                self.layers[f"Dropout{idx}"] = Dropout(self.dropout_ration, rng=self.rng)
        idx = self.hidden_layer_num + 1
        self.layers[f"Affine{idx}"] = Affine(self.params[f"W{idx}"], self.params[f"b{idx}"])
        self.last_layer = SoftmaxWithLoss()
        # (layer, whether its forward takes train_flg), in order, looked up once
        self._forward_plan = [
            (layer, isinstance(layer, Dropout | BatchNormalization))
            for layer in self.layers.values()
        ]
        self._affines = [self.layers[f"Affine{i}"] for i in range(1, idx + 1)]
        self._backward_plan = list(self.layers.values())[:0:-1]  # all but Affine1, reversed
        self._batch_norms = [
            self.layers[f"BatchNorm{i}"] for i in range(1, idx) if self.use_batchnorm
        ]

    @property
    def dtype(self) -> np.dtype[Any]:
        """Floating-point type of the parameters."""
        return self.params["W1"].dtype

    def _refresh_layers(self) -> None:
        """Point the layers at the arrays now in ``params`` (they may have been replaced)."""
        params = self.params
        for idx, affine in enumerate(self._affines, start=1):
            affine.W = params[f"W{idx}"]
            affine.b = params[f"b{idx}"]
        for idx, batch_norm in enumerate(self._batch_norms, start=1):
            batch_norm.gamma = params[f"gamma{idx}"]
            batch_norm.beta = params[f"beta{idx}"]

    def predict(self, x: np.ndarray, train_flg: bool = False) -> np.ndarray:
        """Scores before softmax.

        Parameters
        ----------
        x : (N, input_size) ndarray
            Converted to ``dtype`` if it is not.
        train_flg : bool
            True: dropout draws masks and batch norm uses (and updates) the
            batch's statistics; False: test behaviour.

        Returns
        -------
        (N, output_size) ndarray of ``dtype``
        """
        self._refresh_layers()
        x = np.asarray(x, dtype=self.dtype)
        for layer, takes_train_flg in self._forward_plan:
            x = layer.forward(x, train_flg) if takes_train_flg else layer.forward(x)
        return x

    def weight_decay_loss(self) -> float:
        """``0.5 * lambda * sum(W ** 2)`` over every ``W``: the loss's weight-decay term."""
        lam = self.weight_decay_lambda
        if lam == 0:
            return 0.0
        return sum(0.5 * lam * float(np.sum(affine.W**2)) for affine in self._affines)

    def loss(self, x: np.ndarray, t: np.ndarray, train_flg: bool = False) -> float:
        """Cross-entropy of ``softmax(predict(x, train_flg))`` plus the weight decay term.

        Parameters
        ----------
        x : (N, input_size) ndarray
        t : (N, output_size) one-hot or (N,) integer labels
        train_flg : bool
        """
        y = self.predict(x, train_flg)
        penalty = self.weight_decay_loss()
        self.last_weight_decay_loss = penalty
        return self.last_layer.forward(y, _labels(t)) + penalty

    def accuracy(self, x: np.ndarray, t: np.ndarray) -> float:
        """Share of rows whose highest score is the label (test behaviour)."""
        y = np.argmax(self.predict(x, train_flg=False), axis=1)
        return float(np.sum(y == _labels(t)) / float(x.shape[0]))

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """``(N, output_size)`` softmax of ``predict(x)``; rows sum to 1."""
        return softmax(self.predict(x, train_flg=False))

    def numerical_gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Gradient of ``loss(x, t, train_flg=True)`` by central differences (slow).

        Returns
        -------
        dict with the keys and shapes of ``params``
        """

        def loss_W(W: np.ndarray) -> float:
            return self.loss(x, t, train_flg=True)

        return {key: numerical_gradient(loss_W, value) for key, value in self.params.items()}

    def gradient(self, x: np.ndarray, t: np.ndarray) -> dict[str, np.ndarray]:
        """Gradient of the loss by backpropagation (training behaviour).

        Returns
        -------
        dict with the keys and shapes of ``params``
        """
        return self.loss_and_gradient(x, t)[1]

    def loss_and_gradient(
        self, x: np.ndarray, t: np.ndarray, train_flg: bool = True
    ) -> tuple[float, dict[str, np.ndarray]]:
        """Loss and backprop gradient from one forward and one backward pass.

        Parameters
        ----------
        x : (N, input_size) ndarray
        t : (N, output_size) one-hot or (N,) integer labels
        train_flg : bool

        Returns
        -------
        loss : float
            ``loss(x, t, train_flg)`` of this pass, before any update.
        grads : dict with the keys, shapes and dtype of ``params``
            ``dW + lambda * W`` for the weights.
        """
        loss = self.loss(x, t, train_flg)
        dout = self.last_layer.backward()
        for layer in self._backward_plan:
            dout = layer.backward(dout)
        self._affines[0].backward_params(dout)  # the gradient for x is not needed
        lam = self.weight_decay_lambda
        grads: dict[str, np.ndarray] = {}
        for idx, affine in enumerate(self._affines, start=1):
            dW = affine.dW
            if lam != 0:
                dW += lam * affine.W  # dW is this pass's own array
            grads[f"W{idx}"] = dW
            grads[f"b{idx}"] = affine.db
        for idx, batch_norm in enumerate(self._batch_norms, start=1):
            grads[f"gamma{idx}"] = batch_norm.dgamma
            grads[f"beta{idx}"] = batch_norm.dbeta
        return loss, grads

    def buffers(self) -> dict[str, np.ndarray]:
        """Copies of batch norm's running statistics: ``running_mean{i}``, ``running_var{i}``."""
        out: dict[str, np.ndarray] = {}
        for idx, batch_norm in enumerate(self._batch_norms, start=1):
            out[f"running_mean{idx}"] = np.array(batch_norm.running_mean)
            out[f"running_var{idx}"] = np.array(batch_norm.running_var)
        return out

    def load_buffers(self, buffers: Mapping[str, np.ndarray]) -> None:
        """Put back what ``buffers()`` returned (copies); ValueError if it does not fit."""
        expected = {key: value.shape for key, value in self.buffers().items()}
        if set(buffers) != set(expected):
            raise ValueError(
                f"this network's buffers are {sorted(expected) or 'none'}, got {sorted(buffers)}"
            )
        for key, shape in expected.items():
            if np.shape(buffers[key]) != shape:
                raise ValueError(
                    f"buffer {key} must have shape {shape}, got {np.shape(buffers[key])}"
                )
        for idx, batch_norm in enumerate(self._batch_norms, start=1):
            batch_norm.running_mean = np.array(buffers[f"running_mean{idx}"], dtype=self.dtype)
            batch_norm.running_var = np.array(buffers[f"running_var{idx}"], dtype=self.dtype)

    def architecture(self) -> dict[str, Any]:
        """The constructor's settings (JSON-able): ``MultiLayerNet(**net.architecture())``."""
        init = self.weight_init_std
        return {
            "input_size": self.input_size,
            "hidden_size_list": list(self.hidden_size_list),
            "output_size": self.output_size,
            "activation": self.activation,
            "weight_init_std": init if isinstance(init, str) else float(init),
            "weight_decay_lambda": float(self.weight_decay_lambda),
            "use_dropout": bool(self.use_dropout),
            "dropout_ration": float(self.dropout_ration),
            "use_batchnorm": bool(self.use_batchnorm),
        }

    @classmethod
    def from_params(
        cls,
        params: Mapping[str, np.ndarray],
        *,
        buffers: Mapping[str, np.ndarray] | None = None,
        rng: int | np.random.Generator | None = None,
        **architecture: Any,
    ) -> MultiLayerNet:
        """A network with copies of ``params`` (in their dtype), no random initialisation.

        Parameters
        ----------
        params : dict
            The keys and shapes ``MultiLayerNet(**architecture).params`` would have.
        buffers : dict, optional
            Batch norm's running statistics (``buffers()``); zeros if not given.
        rng : int, numpy.random.Generator or None
            For the dropout masks.
        **architecture
            The constructor's arguments, as ``architecture()`` returns them.
        """
        network = cls.__new__(cls)
        network._configure(**architecture, rng=rng)
        expected = network._param_shapes()
        if set(params) != set(expected):
            raise ValueError(
                f"this architecture has parameters {sorted(expected)}, got {sorted(params)}"
            )
        dtype = np.asarray(params["W1"]).dtype
        for key, shape in expected.items():
            if np.shape(params[key]) != shape:
                raise ValueError(
                    f"parameter {key} must have shape {shape}, got {np.shape(params[key])}"
                )
        network.params = {key: np.array(params[key], dtype=dtype) for key in expected}
        network._build_layers()
        if buffers is not None:
            network.load_buffers(buffers)
        return network

    def copy(self) -> MultiLayerNet:
        """An independent network with copies of ``params``, running statistics and generator."""
        return MultiLayerNet.from_params(
            self.params, buffers=self.buffers(), rng=copy.deepcopy(self.rng), **self.architecture()
        )


MultiLayerNetExtend = MultiLayerNet
"""The book's name for the network with weight decay, dropout and batch norm."""
