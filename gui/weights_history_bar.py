"""Scrubbing and playing the weights' history: a slider, a play button and a label.

The slider has one position per snapshot of ``core.weights_history.WeightsHistory``
(the untrained weights first, then one per epoch, evenly thinned on long runs)
and one more at its right end: the live weights. At the right end the weights
view follows training; anywhere else it shows that snapshot and stays there
while snapshots arrive (``refresh`` keeps the slider on the same snapshot, or the
nearest earlier one once thinning has dropped it), until the learner returns to
the end or presses play. The bar is hidden while there is no snapshot.

A snapshot is coloured with the levels the live view would have reached by then
(``RunningLevels``): every matrix's symmetric ``(-L, L)`` only grows, so a colour
means the same value from one frame to the next while playing forward.

Texts are translated (context ``WeightsHistoryBar``; ``retranslate``). The keyboard
moves the slider (arrows, Home, End) and presses Play and Export.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QToolButton, QWidget

from core.weight_layers import next_limits, weight_matrices
from core.weights_history import Snapshot, WeightsHistory
from gui.i18n import Retranslating

PLAY_INTERVAL_MS = 200  # 5 frames a second
MAX_PLAY_FRAMES = 100  # a long history is played in steps of several snapshots: ~20 s
CONTEXT = "WeightsHistoryBar"
LIVE = QT_TRANSLATE_NOOP("WeightsHistoryBar", "live")
UNTRAINED = QT_TRANSLATE_NOOP("WeightsHistoryBar", "untrained")
AT_ITERATION = QT_TRANSLATE_NOOP("WeightsHistoryBar", "iteration {iteration}")
AT_EPOCH = QT_TRANSLATE_NOOP("WeightsHistoryBar", "epoch {epoch} (iteration {iteration})")


def snapshot_label(snapshot: Snapshot | None, *, translate: bool = True) -> str:
    """``"untrained"``, ``"epoch 3 (iteration 1,800)"``, ``"iteration 1,800"`` or ``"live"``.

    In the current language, or in English when ``translate`` is False.
    """

    def text(source: str) -> str:
        return QCoreApplication.translate(CONTEXT, source) if translate else source

    if snapshot is None:
        return text(LIVE)
    if snapshot.iteration < 0:
        return text(UNTRAINED)
    iteration = f"{snapshot.iteration:,}"
    if snapshot.epoch is None:  # a run opened from a file: its weights when it was saved
        return text(AT_ITERATION).format(iteration=iteration)
    return text(AT_EPOCH).format(epoch=snapshot.epoch, iteration=iteration)


class RunningLevels:
    """Each snapshot's levels as the live view grows them: ``next_limits`` over 0..k.

    Remembers (weakly: thinned snapshots are freed) the snapshots it has seen, so a
    new one costs one step and thinning costs one pass from the first change.
    """

    def __init__(self) -> None:
        self._seen: list[weakref.ref[Snapshot]] = []
        self._limits: list[dict[str, float]] = []

    def limits_at(self, snapshots: Sequence[Snapshot], index: int) -> dict[str, float]:
        """L of every matrix of ``snapshots[index]``: its levels are ``(-L, L)``."""
        same = 0
        while same < min(len(self._seen), index + 1) and self._seen[same]() is snapshots[same]:
            same += 1
        del self._seen[same:], self._limits[same:]
        for k in range(same, index + 1):
            matrices = weight_matrices(snapshots[k].weights)
            previous = weight_matrices(snapshots[k - 1].weights) if k else {}
            limits = self._limits[k - 1] if k else {}
            self._limits.append(next_limits(previous, limits, matrices))
            self._seen.append(weakref.ref(snapshots[k]))
        return self._limits[index]


class WeightsHistoryBar(Retranslating, QWidget):
    """Play button, slider (snapshots, then live at the right end) over a label, Export button.

    Signals
    -------
    snapshot_chosen(weights, limits)
        Show this snapshot: ``weights`` ``{"W1": (784, H) float32, ...}`` and ``limits``
        ``{"W1": L, ...}``, the levels ``(-L, L)`` of each matrix.
    live_chosen
        Follow the live weights again.
    export_requested
        The learner pressed Export: ask for a path, then run
        ``gui.weights_animation.write_animation(path, bar.snapshots(), layer)`` with
        ``gui.background.call_in_background``.
    """

    snapshot_chosen = Signal(object, object)
    live_chosen = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightsHistoryBar")
        self._history: WeightsHistory | None = None
        self._shown: Snapshot | None = None  # None: live
        self._levels = RunningLevels()
        self._visible: bool | None = None
        self.play_button = QToolButton(objectName="weightsHistoryPlayButton")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play_button_toggled)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="weightsHistorySlider")
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setPageStep(1)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.slider.actionTriggered.connect(self._on_slider_action_triggered)
        self.label = QLabel(objectName="weightsHistoryLabel")
        self.export_button = QToolButton(objectName="weightsHistoryExportButton")
        self.export_button.clicked.connect(self.export_requested)
        self.timer = QTimer(self, interval=PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self.advance)
        layout = QGridLayout(self)  # the label under the slider: narrow enough for the dock
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.play_button, 0, 0)
        layout.addWidget(self.slider, 0, 1)
        layout.addWidget(self.export_button, 0, 2)
        layout.addWidget(self.label, 1, 1)
        layout.setColumnStretch(1, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Buttons, tooltips, accessible names and the label in the current language."""
        self._show_play_text()
        self.play_button.setToolTip(
            self.tr("Play the weights from the untrained ones to the latest")
        )
        self.play_button.setAccessibleName(self.tr("Play the weights' history"))
        self.slider.setToolTip(
            self.tr("The weights at the start and after each epoch; right end: live")
        )
        self.slider.setAccessibleName(self.tr("Weights' history"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the history as an animated GIF or PNG frames"))
        self.export_button.setAccessibleName(self.tr("Export the weights' history"))
        self.label.setAccessibleName(self.tr("Weights shown"))
        self._show_label(self.snapshots())

    def _show_play_text(self) -> None:
        self.play_button.setText(
            self.tr("Pause") if self.play_button.isChecked() else self.tr("Play")
        )

    # -- state ---------------------------------------------------------------------------

    @property
    def at_live(self) -> bool:
        """Whether the view follows the live weights (the slider at its right end)."""
        return self._shown is None

    @property
    def shown_snapshot(self) -> Snapshot | None:
        """The snapshot shown, or None while following the live weights."""
        return self._shown

    @property
    def is_playing(self) -> bool:
        """Whether play is advancing the slider."""
        return self.timer.isActive()

    def snapshots(self) -> list[Snapshot]:
        """The history's snapshots now, oldest first (a new list: safe to hand to a thread)."""
        return [] if self._history is None else list(self._history.snapshots)

    # -- input ---------------------------------------------------------------------------

    def set_history(self, history: WeightsHistory | None) -> None:
        """Scrub through ``history`` (the session's ``weights_history``); back to live."""
        self._history = history
        self._levels = RunningLevels()
        self.pause()
        self._go_live()

    def refresh(self) -> None:
        """Take new (or thinned, or cleared) snapshots; cheap enough for every redraw."""
        snapshots = self.snapshots()
        index = None if self._shown is None else self._index_of(self._shown, snapshots)
        if self._shown is not None and index is None:
            self._go_live()  # the history was cleared: a new run
            return
        self._set_slider(len(snapshots), len(snapshots) if index is None else index)
        if index is not None and snapshots[index] is not self._shown:
            self._show(snapshots, index)  # the one shown was thinned away
        self._update_controls(snapshots)

    def play(self) -> None:
        """Animate from the start (or on from the snapshot shown) to the live weights."""
        if not self.play_button.isChecked():
            self.play_button.setChecked(True)  # its slot starts the timer

    def pause(self) -> None:
        """Stop playing; the snapshot reached stays shown."""
        if self.play_button.isChecked():
            self.play_button.setChecked(False)

    def advance(self) -> None:
        """One frame of play: the next snapshot, or the live weights and a stop at the end."""
        snapshots = self.snapshots()
        step = max(1, math.ceil(len(snapshots) / MAX_PLAY_FRAMES))
        position = min(self.slider.value() + step, len(snapshots))
        self.slider.setValue(position)
        if position >= len(snapshots):
            self.pause()

    # -- internals -----------------------------------------------------------------------

    def _index_of(self, snapshot: Snapshot, snapshots: list[Snapshot]) -> int | None:
        """Its index, or the latest one not after it (thinned), or the first; None if none."""
        for index, candidate in enumerate(snapshots):
            if candidate is snapshot:
                return index
        earlier = [i for i, s in enumerate(snapshots) if s.iteration <= snapshot.iteration]
        return earlier[-1] if earlier else (0 if snapshots else None)

    def _set_slider(self, maximum: int, value: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(0, maximum)
        self.slider.setValue(value)
        self.slider.blockSignals(False)

    def _show(self, snapshots: list[Snapshot], index: int) -> None:
        snapshot = self._shown = snapshots[index]
        limits = self._levels.limits_at(snapshots, index)
        self.snapshot_chosen.emit(dict(snapshot.weights), limits)

    def _go_live(self) -> None:
        was_snapshot = self._shown is not None
        self._shown = None
        snapshots = self.snapshots()
        self._set_slider(len(snapshots), len(snapshots))
        self._update_controls(snapshots)
        if was_snapshot:
            self.live_chosen.emit()

    def _update_controls(self, snapshots: list[Snapshot]) -> None:
        if self.label.text() != snapshot_label(self._shown):
            self._show_label(snapshots)
        if self._visible != bool(snapshots):
            self._visible = bool(snapshots)
            self.setVisible(self._visible)  # nothing to scrub before a run

    def _show_label(self, snapshots: list[Snapshot]) -> None:
        self.label.setText(snapshot_label(self._shown))
        if not snapshots:
            tip = ""
        elif self._shown is None:
            tip = self.tr("live; snapshots: {count}").format(count=len(snapshots))
        else:
            tip = self.tr("snapshot {index} of {count}").format(
                index=self.slider.value() + 1, count=len(snapshots)
            )
        self.label.setToolTip(tip)

    def _on_slider_value_changed(self, position: int) -> None:
        snapshots = self.snapshots()
        if position >= len(snapshots):
            self._go_live()
            return
        self._show(snapshots, position)
        self._update_controls(snapshots)

    def _on_slider_action_triggered(self, action: int) -> None:
        self.pause()  # the learner took the slider (setValue triggers no action)

    def _on_play_button_toggled(self, checked: bool) -> None:
        self._show_play_text()
        if not checked:
            self.timer.stop()
            return
        if not self.snapshots():
            self.play_button.setChecked(False)
            return
        if self.at_live:
            self.slider.setValue(0)  # from the untrained weights
        self.timer.start()
