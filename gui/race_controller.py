"""Steers a race: one ``TrainingSession`` and ``RunController`` per contestant.

Each contestant trains in a training process of its own, so a race of four
keeps both cores busy; all of them draw the same minibatches (``batch_seed``,
``core.race``). The learner's intents (start, pause, step, stop, reset) apply
to the whole race, and the race's phase follows from its contestants'
(``core.race.race_phase``). Each contestant is saved as an ordinary run with
its place in the race (``core.run_group``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.data import Dataset
from core.race import Contestant, race_phase
from core.run_group import RunGroup, new_group_id
from core.session import (
    Phase,
    PhaseChanged,
    RunEnded,
    SessionEvent,
    TrainingSession,
)
from gui.run_controller import RunController

log = logging.getLogger(__name__)


class RaceController(QObject):
    """The contestants of the race in progress, if any.

    Parameters
    ----------
    runs_root : callable returning a Path
        Where the contestants' run folders go.
    data_loader : callable returning a Dataset, optional
        Data instead of the bundled MNIST (tests).

    Signals
    -------
    phase_changed()
        The race's phase (``phase``) may have changed.
    race_ended(list)
        Every contestant has ended: their ``RunRecord``s, in order.
    contestant_failed(str, str)
        A contestant's training failed: message, details.
    """

    phase_changed = Signal()
    race_ended = Signal(list)
    contestant_failed = Signal(str, str)
    save_failed = Signal(str)

    def __init__(
        self,
        runs_root: Callable[[], Path],
        data_loader: Callable[[], Dataset] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runs_root = runs_root
        self._data_loader = data_loader
        self.contestants: list[Contestant] = []
        self.sessions: list[TrainingSession] = []
        self.controllers: list[RunController] = []
        self.name = "race"
        self._ended: dict[int, object] = {}

    @property
    def active(self) -> bool:
        """True while a race is held (from its start until Reset)."""
        return bool(self.sessions)

    @property
    def phase(self) -> Phase:
        """Where the race is (IDLE without one)."""
        return race_phase([session.phase for session in self.sessions])

    @property
    def is_training(self) -> bool:
        """True while any contestant's worker thread relays its run."""
        return any(controller.is_training for controller in self.controllers)

    # -- the learner's intents -------------------------------------------------------------

    def start(self, contestants: list[Contestant], name: str = "race") -> None:
        """Start a race of ``contestants`` (2 to 6; Reset the previous race first)."""
        if self.active:
            raise RuntimeError("reset the race before starting another")
        self.contestants = list(contestants)
        self.name = name
        self._ended = {}
        group_id = new_group_id()
        for index, contestant in enumerate(self.contestants):
            session = TrainingSession()
            controller = RunController(session, self._runs_root, self._data_loader, self)
            session.subscribe(lambda event, i=index: self._on_session_event(i, event))
            controller.training_failed.connect(self.contestant_failed)
            controller.save_failed.connect(self.save_failed)
            controller.thread_finished.connect(self.phase_changed)
            controller.group = RunGroup(
                group_id, name, contestant.label, contestant.color, index, len(contestants)
            )
            self.sessions.append(session)
            self.controllers.append(controller)
        for controller, contestant in zip(self.controllers, self.contestants, strict=True):
            controller.start(contestant.config)
        self.phase_changed.emit()

    def toggle_pause(self) -> None:
        """Pause every running contestant, or resume every paused one."""
        if self.phase is Phase.RUNNING:
            for controller, session in zip(self.controllers, self.sessions, strict=True):
                if session.phase is Phase.RUNNING:
                    controller.toggle_pause()
        else:
            for controller, session in zip(self.controllers, self.sessions, strict=True):
                if session.phase in (Phase.PAUSED, Phase.DIVERGED):
                    controller.toggle_pause()

    def step(self) -> None:
        """One iteration of every paused contestant (a stopped race continues paused)."""
        for controller, session in zip(self.controllers, self.sessions, strict=True):
            if session.phase in (Phase.PAUSED, Phase.DIVERGED) or session.can_continue:
                controller.step(session.config)  # type: ignore[arg-type]

    def resume_stopped(self) -> None:
        """Continue every contestant that stopped early."""
        for controller, session in zip(self.controllers, self.sessions, strict=True):
            if session.can_continue:
                controller.start(session.config)  # type: ignore[arg-type]

    def stop(self) -> None:
        """Stop every contestant at its next iteration."""
        for controller in self.controllers:
            controller.stop()

    def reset(self) -> None:
        """Forget the race (stopping it first); the window goes back to single runs."""
        for controller in self.controllers:
            controller.reset()
            controller.shut_down(2.0)
            controller.deleteLater()
        self.contestants, self.sessions, self.controllers = [], [], []
        self._ended = {}
        self.phase_changed.emit()

    def set_learning_rate(self, index: int, learning_rate: float) -> None:
        """Change one contestant's learning rate from its next iteration."""
        self.controllers[index].set_learning_rate(learning_rate)

    def shut_down(self, timeout: float = 5.0) -> bool:
        """Stop every contestant and let each be saved; True if all in time."""
        finished = [controller.shut_down(timeout) for controller in self.controllers]
        return all(finished)  # every one is shut down, whether or not another was in time

    # -- what the contestants say ---------------------------------------------------------------

    def _on_session_event(self, index: int, event: SessionEvent) -> None:
        if isinstance(event, PhaseChanged):
            self.phase_changed.emit()
        elif isinstance(event, RunEnded):
            self._ended[index] = event.record
            if len(self._ended) == len(self.sessions) and not any(
                session.phase.active for session in self.sessions
            ):
                records = [self._ended[i] for i in range(len(self.sessions))]
                self._ended = {}
                self.race_ended.emit(records)
