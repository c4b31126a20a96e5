"""The book's training loop as a pausable, stoppable generator of events.

``Trainer.run()`` yields small frozen events (``core.events``) that carry plain
data: one per iteration, one per epoch boundary, weight snapshots when asked
for, and notices when the run pauses or diverges. The command line consumes
them directly; the training process (``core.training_process``) runs the same
generator in a child process and obeys ``pause``, ``resume``, ``step``,
``stop`` and ``set_learning_rate`` sent from the window.

The settings (``TrainConfig``) live in ``core.config`` and the event types in
``core.events``; both are re-exported here for the callers that train.

About 330 lines: the loop, its control from another thread (pause, step,
stop, learning rate) and its state (save, restore) change together.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from core.architecture import Network, buffers_of, build_network
from core.config import (  # noqa: F401  (re-exported: the trainer's settings)
    GRADIENT_METHODS,
    ConfigError,
    TrainConfig,
    check_learning_rate,
)
from core.data import Dataset
from core.divergence import DivergenceDetector
from core.epoch_order import DrawnBatches, EpochOrder
from core.evaluation import as_images, as_labels, evaluate_network, evaluate_with_confusion
from core.events import (
    DivergedEvent,
    EpochDetails,
    EpochEvent,
    Event,
    GradientStats,
    IterationEvent,
    PausedEvent,
    TrainerState,
    WeightsEvent,
)
from core.fast_gradient import numerical_gradient_fast
from core.multi_layer_net import MultiLayerNet
from core.network import TwoLayerNet
from core.optimizer import make_optimizer

STATS_EVERY = 20
"""Iterations between two measurements of the gradients' sizes (``GradientStats``)."""

Measurement = tuple[float, float, np.ndarray, dict[str, np.ndarray]]
"""train_acc, test_acc, the test set's confusion matrix, the weight matrices."""


class Trainer:
    """Runs the book's SGD loop on ``TwoLayerNet`` and reports through events.

    Parameters
    ----------
    config : TrainConfig
    data : Dataset
        ``(x_train, t_train), (x_test, t_test)``: images ``(N, 784)`` (or
        ``(N, 1, 28, 28)``), either uint8 pixels as ``load_mnist(normalize=False)``
        gives, normalised here exactly as ``load_mnist`` does (``/ 255`` in
        float32), or floats used as they are; labels ``(N,)`` or one-hot ``(N, 10)``.
        The images are kept as given (uint8 pixels are a quarter of the memory
        of floats) and converted batch by batch.

    Notes
    -----
    The loop is fastest with one BLAS thread: call
    ``core.blas.use_training_blas_threads()`` once when the program starts
    (the command line and the window do).

    Attributes
    ----------
    network : TwoLayerNet
        float32 parameters, initialised from ``config.seed``.
    iterations_done : int
        Iterations finished so far; ``run()`` continues from here.
    epochs : list of EpochEvent
        The accuracy measurements so far.
    """

    def __init__(self, config: TrainConfig, data: Dataset) -> None:
        (x_train, t_train), (x_test, t_test) = data
        train_size = len(x_train)
        if train_size == 0 or len(x_test) == 0:
            raise ConfigError("the training and test sets must each hold at least one image")
        self.config = config
        used = min(train_size, config.train_size or train_size)
        if config.batch_size > used:
            raise ConfigError(
                f"batch_size {config.batch_size} is larger than the training set "
                f"({used} images); choose at most {used}"
            )
        # The book's overfitting experiments train on the first train_size images.
        self.x_train = as_images(x_train)[:used]
        self.t_train = as_labels(t_train)[:used]
        self.x_test = as_images(x_test)
        self.t_test = as_labels(t_test)
        self.iter_per_epoch = config.iter_per_epoch(train_size)

        self.rng = np.random.default_rng(config.seed)
        n_classes = int(max(self.t_train.max(), self.t_test.max())) + 1
        self.n_classes = n_classes
        self.network: Network = build_network(
            config, self.x_train.shape[1], n_classes, rng=self.rng, dtype=np.float32
        )
        self.optimizer = make_optimizer(
            config.optimizer, config.learning_rate, **config.optimizer_params()
        )
        self._fused_sgd = (
            isinstance(self.network, TwoLayerNet)
            and config.optimizer == "sgd"
            and config.gradient == "backprop"
        )
        batch_seed = config.seed if config.batch_seed is None else config.batch_seed
        self._order = EpochOrder(len(self.x_train), config.batch_size, batch_seed)
        self._drawn = DrawnBatches(len(self.x_train), config.batch_size, batch_seed)
        self.iterations_done = 0
        self._losses = np.full(config.iters_num, np.nan)
        self.epochs: list[EpochEvent] = []
        self._divergence = DivergenceDetector(n_classes)

        self._learning_rate = config.learning_rate
        self._cond = threading.Condition()
        self._pause_requested = False
        self._stop_requested = False
        self._steps_allowed = 0
        self._weights_requested = False

    # -- state the caller may read ------------------------------------------------

    @property
    def train_loss_list(self) -> np.ndarray:
        """Loss of every iteration so far, ``(iterations_done,)`` float64."""
        return self._losses[: self.iterations_done]

    @property
    def train_acc_list(self) -> list[float]:
        """Training-set accuracy at each epoch boundary so far."""
        return [e.train_acc for e in self.epochs]

    @property
    def test_acc_list(self) -> list[float]:
        """Test-set accuracy at each epoch boundary so far."""
        return [e.test_acc for e in self.epochs]

    @property
    def learning_rate(self) -> float:
        """The learning rate the next iteration will use."""
        return self._learning_rate

    @property
    def finished(self) -> bool:
        """True once all ``config.iters_num`` iterations have run."""
        return self.iterations_done >= self.config.iters_num

    @property
    def dataset(self) -> Dataset:
        """The data as the trainer holds it (uint8 or float32 images, integer labels)."""
        return (self.x_train, self.t_train), (self.x_test, self.t_test)

    def state(self) -> TrainerState:
        """A copy of everything that changes as the trainer runs (call between iterations)."""
        return TrainerState(
            params=self.network.copy().params,
            losses=self.train_loss_list.copy(),
            epochs=list(self.epochs),
            iterations_done=self.iterations_done,
            rng_state=dict(self.rng.bit_generator.state),
            learning_rate=self._learning_rate,
            buffers=buffers_of(self.network),
            optimizer_state=self.optimizer.state_dict(),
        )

    def restore(self, state: TrainerState) -> None:
        """Put the trainer in ``state``; the next ``run()`` goes on from there, bit for bit."""
        for key, value in state.params.items():
            self.network.params[key] = np.array(value, dtype=np.float32)
        if isinstance(self.network, MultiLayerNet):
            self.network.load_buffers(state.buffers)
        self.optimizer.load_state_dict(state.optimizer_state)
        self._losses[: len(state.losses)] = state.losses
        self.iterations_done = state.iterations_done
        self.epochs = list(state.epochs)
        self.rng.bit_generator.state = state.rng_state
        self.set_learning_rate(state.learning_rate)

    # -- control, safe to call from any thread ------------------------------------

    def set_learning_rate(self, learning_rate: float) -> None:
        """Use ``learning_rate`` from the next iteration on."""
        self._learning_rate = check_learning_rate(learning_rate)

    def pause(self) -> None:
        """Stop between iterations until ``resume``, ``step`` or ``stop``."""
        with self._cond:
            self._pause_requested = True

    def resume(self) -> None:
        """Continue after ``pause`` (after a divergence too: its detector starts afresh)."""
        with self._cond:
            self._pause_requested = False
            self._divergence.acknowledge()
            self._cond.notify_all()

    def step(self) -> None:
        """Run exactly one more iteration, then stay paused (pauses a running loop)."""
        with self._cond:
            self._pause_requested = True
            self._steps_allowed += 1
            self._cond.notify_all()

    def stop(self) -> None:
        """End the current ``run()`` before its next iteration (also when paused).

        A stop requested before ``run()`` starts ends that run at once. Calling
        ``run()`` again afterwards continues from ``iterations_done``.
        """
        with self._cond:
            self._stop_requested = True
            self._cond.notify_all()

    def request_weights(self) -> None:
        """Yield a ``WeightsEvent`` after the next iteration."""
        self._weights_requested = True

    @property
    def paused(self) -> bool:
        """True while a pause is requested (the run may still be finishing an iteration)."""
        return self._pause_requested

    # -- the loop -----------------------------------------------------------------

    def evaluate(self, network: Network | None = None) -> tuple[float, float]:
        """Accuracy on the whole train and test sets.

        Parameters
        ----------
        network : TwoLayerNet or MultiLayerNet, optional
            The network to measure; the trainer's own by default.

        Returns
        -------
        (train_acc, test_acc) : tuple of float
        """
        return evaluate_network(network or self.network, self.dataset)

    def run(self) -> Iterator[Event]:
        """Train until ``iters_num`` iterations are done or ``stop()`` is called.

        Each iteration draws a minibatch as the book does (``batch_size``
        indices, uniform, with replacement), takes the backprop gradient and the
        loss from one forward pass, and updates ``params`` in place. The book
        runs a second forward pass for the loss; here the loss is that of the
        batch before its update. After iteration ``i`` with
        ``i % iter_per_epoch == 0`` the train and test accuracy of that network
        are measured on a copy in a background thread, so the loop goes on
        meanwhile; the ``EpochEvent`` follows a few iterations later, in order.
        Calling ``run()`` again after ``stop()`` continues the same run.

        Yields
        ------
        IterationEvent, EpochEvent, WeightsEvent, PausedEvent, DivergedEvent
        """
        evaluator = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evaluate")
        pending: deque[tuple[int, Future[Measurement]]] = deque()
        try:
            yield from self._loop(evaluator, pending)
            yield from self._drain(pending, wait=True)
        finally:
            evaluator.shutdown(wait=True, cancel_futures=True)
            with self._cond:
                self._stop_requested = False

    def _loop(
        self, evaluator: ThreadPoolExecutor, pending: deque[tuple[int, Future[Measurement]]]
    ) -> Iterator[Event]:
        config = self.config
        train_size = len(self.x_train)
        x_batch = np.empty((config.batch_size, self.x_train.shape[1]), dtype=np.float32)
        from_uint8 = self.x_train.dtype == np.uint8
        pixels = np.empty(x_batch.shape, dtype=np.uint8)
        while self.iterations_done < config.iters_num:
            if self._pause_requested or self._stop_requested:
                yield from self._drain(pending, wait=True)
                if self._pause_requested and not self._stop_requested:
                    yield PausedEvent(self.iterations_done)
                if not self._wait_while_paused():
                    return
            i = self.iterations_done
            if config.sampling == "shuffle":
                batch_mask = self._order.batch(i)
            elif config.batch_seed is not None:
                batch_mask = self._drawn.batch(i)
            else:
                batch_mask = self.rng.integers(0, train_size, config.batch_size)
            if from_uint8:
                # Gathering the compact uint8 pixels moves a quarter of the bytes.
                np.take(self.x_train, batch_mask, axis=0, out=pixels)
                np.copyto(x_batch, pixels)
                x_batch /= np.float32(255.0)
            else:
                np.take(self.x_train, batch_mask, axis=0, out=x_batch)
            learning_rate = self._learning_rate
            measured = i % STATS_EVERY == 0
            before = self._weight_copies() if measured else None
            with np.errstate(over="ignore", invalid="ignore"):
                loss, grads = self._step(x_batch, self.t_train[batch_mask], learning_rate)
            self._losses[i] = loss
            self.iterations_done = i + 1
            yield IterationEvent(i, loss)
            if before is not None:
                yield self._gradient_stats(i, before, grads, learning_rate)

            if i % self.iter_per_epoch == 0:  # measured even when this iteration diverged
                pending.append((i, evaluator.submit(self._measure, self.network.copy())))
            reason = self._divergence.check(self._cross_entropy(loss))
            if reason is not None:
                self.pause()
                yield DivergedEvent(i, loss, reason, learning_rate)
                continue
            if self._weights_requested:
                self._weights_requested = False
                yield WeightsEvent(i, self.network.copy().params, buffers_of(self.network))
            yield from self._drain(pending, wait=False)

    def _step(
        self, x_batch: np.ndarray, t_batch: np.ndarray, learning_rate: float
    ) -> tuple[float, dict[str, np.ndarray] | None]:
        """One update with the configured gradient and optimizer.

        Returns the loss before it and the gradient (None from the fused SGD step,
        which never forms it).
        """
        network = self.network
        if self._fused_sgd:
            assert isinstance(network, TwoLayerNet)
            return network.train_step(x_batch, t_batch, np.float32(learning_rate)), None
        if self.config.gradient == "numerical":
            assert isinstance(network, TwoLayerNet)
            loss = network.loss(x_batch, t_batch)
            grads = numerical_gradient_fast(network, x_batch, t_batch)
        else:
            loss, grads = network.loss_and_gradient(x_batch, t_batch)
        self.optimizer.lr = learning_rate
        self.optimizer.update(network.params, grads)
        return loss, grads

    def _weight_copies(self) -> dict[str, np.ndarray]:
        return {key: W.copy() for key, W in self.network.params.items() if key.startswith("W")}

    def _gradient_stats(
        self,
        iteration: int,
        before: dict[str, np.ndarray],
        grads: dict[str, np.ndarray] | None,
        learning_rate: float,
    ) -> GradientStats:
        """Each weight matrix's gradient norm and relative update in the step just taken.

        The fused SGD step never forms the gradient; its update is exactly
        ``-learning_rate * grad``, so the norm is read from the update.
        """
        names = tuple(sorted(before, key=lambda key: int(key[1:])))
        norms, ratios = [], []
        with np.errstate(over="ignore", invalid="ignore"):
            for key in names:
                update = float(np.linalg.norm(self.network.params[key] - before[key]))
                size = float(np.linalg.norm(before[key]))
                ratios.append(update / size if size > 0 else np.inf)
                norms.append(
                    float(np.linalg.norm(grads[key]))
                    if grads is not None
                    else update / learning_rate
                )
        return GradientStats(iteration, names, np.array(norms), np.array(ratios))

    def _cross_entropy(self, loss: float) -> float:
        """``loss`` without its weight-decay term (the divergence detector's measure)."""
        if isinstance(self.network, MultiLayerNet):
            return loss - self.network.last_weight_decay_loss
        return loss

    def _measure(self, network: Network) -> Measurement:
        """Accuracy, the test set's confusion matrix and the weights of ``network`` (a copy)."""
        train_acc, test_acc, confusion = evaluate_with_confusion(
            network, self.dataset, self.n_classes
        )
        weights = {key: value for key, value in network.params.items() if key.startswith("W")}
        return train_acc, test_acc, confusion, weights

    def _drain(
        self, pending: deque[tuple[int, Future[Measurement]]], *, wait: bool
    ) -> Iterator[Event]:
        """Yield the finished measurements in order (all of them if ``wait``).

        Each is an ``EpochEvent`` (the book's accuracies) and its ``EpochDetails``.
        """
        while pending and (wait or pending[0][1].done()):
            iteration, future = pending.popleft()
            train_acc, test_acc, confusion, weights = future.result()
            epoch = EpochEvent(len(self.epochs), iteration, train_acc, test_acc)
            self.epochs.append(epoch)
            yield epoch
            yield EpochDetails(epoch.epoch, iteration, confusion, weights)

    def _wait_while_paused(self) -> bool:
        """Block while paused; return False if the run should end."""
        with self._cond:
            while self._pause_requested and not self._stop_requested and not self._steps_allowed:
                self._cond.wait()
            if self._stop_requested:
                return False
            if self._steps_allowed:
                self._steps_allowed -= 1
                self._divergence.acknowledge()
            return True
