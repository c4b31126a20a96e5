"""One training run as a Qt-free model: its phase, its data, and the decisions about it.

``TrainingSession`` owns the run's state machine (idle, running, paused,
diverged, stopping, stopped, finished), the one copy of its losses
(``LossHistory``), its epochs, its latest weights and what is needed to go on
from where it stopped. The window, the plots, the status bar, the CSV export
and the run folder read from it; none of them keeps a copy of their own.

The learner's intents (``start``, ``step``, ``pause``, ``resume``, ``stop``,
``reset``, ``set_learning_rate``) return what the training process must be
told (a ``TrainRequest`` or a ``Command``, or None when the intent makes no
sense now), and ``apply`` takes what the process reports. Every change is
announced to the subscribers as a small frozen event (``core.session_events``).

The module is longer than most (about 430 lines) because it is one state
machine: its transitions, the data they change and the decisions they imply
read best side by side.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from core.architecture import Network, network_from_params
from core.config import TrainConfig, check_learning_rate
from core.events import DivergedEvent, EpochDetails, EpochEvent, TrainerState, WeightsEvent
from core.gradient_history import GradientHistory
from core.loss_history import LossHistory
from core.messages import (
    Checkpoint,
    Command,
    Done,
    Failed,
    LossChunk,
    Message,
    Pause,
    Paused,
    Resume,
    SetLearningRate,
    StatsChunk,
    Step,
    Stop,
)
from core.run_clock import RunClock
from core.run_record import RunRecord

# The session's vocabulary lives in core.session_events; re-exported for its users.
from core.session_events import (
    Cleared,
    DetailsAdded,
    EpochAdded,
    GradientsAdded,
    LossesAdded,
    Phase,
    PhaseChanged,
    RunDiverged,
    RunEnded,
    SessionEvent,
    TrainingFailed,
    TrainRequest,
    WeightsChanged,
)
from core.weights_history import WeightsHistory


class TrainingSession:
    """The model of one run in the window (see the module docstring).

    Parameters
    ----------
    now : callable returning seconds, optional
        The clock for durations and speed (``time.monotonic``).
    """

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._subscribers: list[Callable[[SessionEvent], None]] = []
        # The same objects for the session's whole life: views keep references to them.
        self.history = LossHistory()
        self.epochs: list[EpochEvent] = []
        self.gradient_history = GradientHistory()
        self.weights_history = WeightsHistory()
        self._clear_run()

    def _clear_run(self) -> None:
        self.phase = Phase.IDLE
        self.config: TrainConfig | None = None
        self.history.clear()
        self.epochs.clear()
        self.params: dict[str, np.ndarray] | None = None
        self.buffers: dict[str, np.ndarray] = {}
        self.confusion: np.ndarray | None = None  # (K, K) at the latest epoch
        self.confusion_epoch = -1
        self.gradient_history.clear()
        self.weights_history.clear()
        self.params_iteration = -1
        self._checkpoint: Checkpoint | None = None
        self.learning_rate: float | None = None
        self.divergence: DivergedEvent | None = None
        self.failure: str | None = None
        self.paused_at: int | None = None
        self.run_dir: Path | None = None
        self.trained = False
        self.clock = RunClock(self._now)
        self._reset_when_stopped = False

    # -- subscribers ---------------------------------------------------------------------

    def subscribe(self, callback: Callable[[SessionEvent], None]) -> None:
        """Call ``callback(event)`` for every change from now on."""
        self._subscribers.append(callback)

    def _emit(self, event: SessionEvent) -> None:
        for callback in self._subscribers:
            callback(event)

    def _set_phase(self, phase: Phase) -> None:
        if phase is not Phase.PAUSED and phase is not Phase.DIVERGED:
            self.paused_at = None
        if phase is Phase.RUNNING:
            self.clock.start()
        else:
            self.clock.pause()
        if phase is not self.phase:
            self.phase = phase
            self._emit(PhaseChanged(phase))

    # -- what the run is -----------------------------------------------------------------

    @property
    def checkpoint(self) -> Checkpoint | None:
        """The exact state last reported by the training process (at a pause or the end)."""
        return self._checkpoint

    @property
    def iterations_done(self) -> int:
        """Iterations trained so far (the losses received; or the checkpoint's, if more)."""
        done = self.history.end
        if self._checkpoint is not None:
            done = max(done, self._checkpoint.iterations_done)
        return done

    @property
    def total_iterations(self) -> int:
        """The run's planned iterations (0 without a run)."""
        return self.config.iters_num if self.config is not None else 0

    @property
    def finished(self) -> bool:
        """True when every planned iteration has run."""
        return self.config is not None and self.iterations_done >= self.config.iters_num

    @property
    def has_run(self) -> bool:
        """True from the first Start (or an opened model) until Reset."""
        return self.config is not None

    @property
    def can_continue(self) -> bool:
        """True when Start would go on with the stopped run (from an exact checkpoint)."""
        return (
            self.phase is Phase.STOPPED
            and self._checkpoint is not None
            and self._checkpoint.iterations_done == self.history.end
            and self.failure is None
        )

    def network(self) -> Network | None:
        """A copy of the network as last seen (weights and batch norm statistics), or None."""
        if self.params is None or self.config is None:
            return None
        return network_from_params(self.config, self.params, buffers=self.buffers)

    @property
    def can_save(self) -> bool:
        """True when the run's exact state is known: not while the process trains it."""
        if self.params is None or self._checkpoint is None:
            return False
        if self.phase in (Phase.RUNNING, Phase.STOPPING):
            return False
        return self._checkpoint.iterations_done == self.history.end

    @property
    def status(self) -> str:
        """How the run ended (or stands): finished, diverged, failed or stopped."""
        if self.failure is not None:
            return "failed"
        if self.finished:
            return "finished"
        if self.divergence is not None:
            return "diverged"
        return "stopped"

    def trainer_state(self) -> TrainerState:
        """Everything needed to go on exactly where the run stands (copies)."""
        if self._checkpoint is None or self.config is None:
            raise RuntimeError("the session holds no run to continue")
        c = self._checkpoint
        return TrainerState(
            params={key: value.copy() for key, value in c.params.items()},
            losses=self.history.losses,
            epochs=list(self.epochs),
            iterations_done=c.iterations_done,
            rng_state=c.rng_state,
            learning_rate=self.learning_rate if self.learning_rate is not None else c.learning_rate,
            buffers={key: value.copy() for key, value in c.buffers.items()},
            optimizer_state={key: value.copy() for key, value in c.optimizer_state.items()},
        )

    def record(self) -> RunRecord:
        """A snapshot of the run for saving (copies)."""
        if self.config is None:
            raise RuntimeError("the session holds no run")
        note = None
        if self.failure is not None:
            note = f"training failed: {self.failure}"
        elif self.divergence is not None and self.status == "diverged":
            d = self.divergence
            note = (
                f"diverged at iteration {d.iteration} with learning rate {d.learning_rate:g}: "
                f"{d.reason}"
            )
        return RunRecord(
            config=self.config,
            state=self._record_state(),
            status=self.status,
            duration_s=self.clock.elapsed,
            note=note,
            run_dir=self.run_dir,
        )

    def _record_state(self) -> TrainerState:
        if self._checkpoint is not None and self._checkpoint.iterations_done == self.history.end:
            return self.trainer_state()
        # A run cut short (the process failed): the latest weights and every loss received.
        c = self._checkpoint
        params = self.params or (c.params if c is not None else {})
        return TrainerState(
            params={key: value.copy() for key, value in params.items()},
            losses=self.history.losses,
            epochs=list(self.epochs),
            iterations_done=self.history.end,
            rng_state=c.rng_state if c is not None else {},
            learning_rate=self.learning_rate or 0.0,
            buffers={key: value.copy() for key, value in self.buffers.items()},
        )

    # -- the learner's intents -----------------------------------------------------------

    def start(self, config: TrainConfig) -> TrainRequest | None:
        """Start: a fresh run from ``config`` when idle, or Continue a stopped run."""
        if self.phase is Phase.IDLE:
            return self._begin_fresh(config, ())
        if self.can_continue:
            return self._begin_continued(())
        return None

    def step(self, config: TrainConfig) -> TrainRequest | Command | None:
        """One iteration: of a paused run, or of a new or stopped run that then pauses."""
        if self.phase in (Phase.PAUSED, Phase.DIVERGED):
            self.divergence_acknowledged()
            self._set_phase(Phase.PAUSED)
            return Step()
        if self.phase is Phase.IDLE:
            return self._begin_fresh(config, (Step(),))
        if self.can_continue:
            return self._begin_continued((Step(),))
        return None

    def pause(self) -> Command | None:
        """Pause a running run."""
        if self.phase is not Phase.RUNNING:
            return None
        self._set_phase(Phase.PAUSED)
        return Pause()

    def resume(self) -> Command | None:
        """Go on with a paused (or diverged) run."""
        if self.phase not in (Phase.PAUSED, Phase.DIVERGED):
            return None
        self.divergence_acknowledged()
        self._set_phase(Phase.RUNNING)
        return Resume()

    def stop(self) -> Command | None:
        """End the run at the next iteration; Start continues it later."""
        if self.phase not in (Phase.RUNNING, Phase.PAUSED, Phase.DIVERGED):
            return None
        self._set_phase(Phase.STOPPING)
        return Stop()

    def reset(self) -> Command | None:
        """Forget the run (once the process has stopped it, if it is training)."""
        if self.phase.active:
            self._reset_when_stopped = True
            return self.stop()
        self._clear_run()
        self._emit(Cleared())
        self._emit(PhaseChanged(Phase.IDLE))
        return None

    def set_learning_rate(self, learning_rate: float) -> Command | None:
        """Use ``learning_rate`` from the next iteration (or for the run's continuation)."""
        self.learning_rate = check_learning_rate(learning_rate)
        if self.phase.active:
            return SetLearningRate(self.learning_rate)
        return None

    def divergence_acknowledged(self) -> None:
        """The learner goes on after a divergence: it no longer holds the run."""
        if self.phase is Phase.DIVERGED and self.divergence is not None:
            self.divergence = None

    def _begin_fresh(self, config: TrainConfig, commands: tuple[Command, ...]) -> TrainRequest:
        self.config = config
        self.learning_rate = config.learning_rate
        self._set_phase(Phase.PAUSED if commands else Phase.RUNNING)
        return TrainRequest(config, None, commands)

    def _begin_continued(self, commands: tuple[Command, ...]) -> TrainRequest:
        assert self.config is not None
        state = self.trainer_state()
        self.divergence = None
        self._set_phase(Phase.PAUSED if commands else Phase.RUNNING)
        return TrainRequest(self.config, state, commands)

    # -- what the training process reports -----------------------------------------------

    def apply(self, message: Message) -> None:
        """Take one message from the training process."""
        if isinstance(message, LossChunk):
            self.history.append(message.first_iteration, message.losses)
            self.trained = True
            if self.phase is Phase.RUNNING:
                self.clock.record(self.history.end)
            self._emit(LossesAdded(message.first_iteration, len(message.losses)))
        elif isinstance(message, EpochEvent):
            self.epochs.append(message)
            self._emit(EpochAdded(message))
        elif isinstance(message, EpochDetails):
            self.confusion, self.confusion_epoch = message.confusion, message.epoch
            self.weights_history.add(message.iteration, message.epoch, message.weights)
            self._emit(DetailsAdded(message.epoch))
        elif isinstance(message, StatsChunk):
            self.gradient_history.extend(message.stats)
            self._emit(GradientsAdded(len(message.stats)))
        elif isinstance(message, WeightsEvent):
            self._take_weights(message.params, message.iteration, message.buffers)
            if message.iteration == -1:  # the initial weights: the history's first frame
                self.weights_history.add(-1, None, _weight_matrices(message.params))
        elif isinstance(message, DivergedEvent):
            self.divergence = message
            if self.phase is not Phase.STOPPING:
                self._set_phase(Phase.DIVERGED)
            self._emit(RunDiverged(message))
        elif isinstance(message, Paused):
            self._take_checkpoint(message.checkpoint)
            # While running, this pause was already lifted by a Resume sent after it.
            if self.phase in (Phase.PAUSED, Phase.DIVERGED):
                self.paused_at = message.checkpoint.iterations_done
        elif isinstance(message, Done):
            self._take_checkpoint(message.checkpoint)
            self._end_run()
        elif isinstance(message, Failed):
            self.failure = message.message
            self._emit(TrainingFailed(message.message, message.traceback))
            self._end_run()

    def _take_weights(
        self, params: dict[str, np.ndarray], iteration: int, buffers: dict[str, np.ndarray]
    ) -> None:
        self.params = params
        self.buffers = buffers
        self.params_iteration = iteration
        self._emit(WeightsChanged(iteration))

    def _take_checkpoint(self, checkpoint: Checkpoint) -> None:
        self._checkpoint = checkpoint
        if self.learning_rate is None or self.phase.active:
            self.learning_rate = checkpoint.learning_rate
        self._take_weights(checkpoint.params, checkpoint.iterations_done - 1, checkpoint.buffers)

    def _end_run(self) -> None:
        self._set_phase(Phase.FINISHED if self.finished else Phase.STOPPED)
        if self.iterations_done > 0 or self.failure is not None:
            self._emit(RunEnded(self.record()))
        if self._reset_when_stopped:
            self._reset_when_stopped = False
            self.reset()

    # -- a run from a file ---------------------------------------------------------------

    def open_run(
        self,
        config: TrainConfig,
        state: TrainerState,
        *,
        trained: bool,
        run_dir: Path | None = None,
        elapsed_before: float = 0.0,
    ) -> None:
        """Hold a saved run (``core.resume`` reads one from a model file); Start continues it.

        Parameters
        ----------
        config : TrainConfig
        state : TrainerState
            Its weights, losses (possibly empty), epochs and generator state.
        trained : bool
            Whether the weights have been trained (for the digit reader's notice).
        run_dir : Path, optional
            Its run folder: continuing the run writes there again.
        elapsed_before : float
            Seconds it had trained.
        """
        if self.phase.active:
            raise RuntimeError("stop the run before opening another")
        self._clear_run()
        self._emit(Cleared())
        self.config = config
        self.learning_rate = state.learning_rate
        if len(state.losses):
            self.history.append(0, state.losses)
        else:
            self.history.start = state.iterations_done
        self._emit(LossesAdded(0, len(state.losses)))
        for epoch in state.epochs:
            self.epochs.append(epoch)
            self._emit(EpochAdded(epoch))
        self._checkpoint = Checkpoint(
            params=dict(state.params),
            iterations_done=state.iterations_done,
            rng_state=state.rng_state,
            learning_rate=state.learning_rate,
            buffers=dict(state.buffers),
            optimizer_state=dict(state.optimizer_state),
        )
        self.trained = trained
        self.run_dir = run_dir
        self.clock = RunClock(self._now, elapsed_before=elapsed_before)
        self._take_weights(dict(state.params), state.iterations_done - 1, dict(state.buffers))
        self.weights_history.add(
            state.iterations_done - 1, None, _weight_matrices(dict(state.params))
        )
        self._set_phase(Phase.FINISHED if self.finished else Phase.STOPPED)

    # -- for the status bar ----------------------------------------------------------------

    @property
    def last_loss(self) -> float | None:
        """The latest loss, or None."""
        return self.history.last

    @property
    def rate(self) -> float:
        """Iterations per second now (over the last second) while running; else the average."""
        if self.phase is Phase.RUNNING:
            return self.clock.rate
        done = self.iterations_done - self.history.start
        return self.clock.average_rate(done) if done > 0 else 0.0

    @property
    def eta_seconds(self) -> float:
        """Seconds left at the current speed (NaN when unknown)."""
        rate = self.clock.rate
        if self.phase is not Phase.RUNNING or rate <= 0:
            return math.nan
        return (self.total_iterations - self.iterations_done) / rate


def _weight_matrices(params: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The weight matrices ``W1, W2, ...`` of ``params`` (the arrays themselves)."""
    return {key: value for key, value in params.items() if key.startswith("W")}
