"""The main window's look-inside views (a mixin of ``MainWindow``).

Mistakes (the confusion matrix and the galleries), the activation histograms,
the gradient sizes, the weights' history and the Backprop panel all follow the
run the window shows: the single run, or in a race the contestant selected in
the race table. They are fed from the redraw timer, only when they are on
screen, and only when their data changed.
"""

from __future__ import annotations

import logging
import math
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtWidgets import QDockWidget

from core.session import Phase, TrainingSession
from gui.background import call_in_background

if TYPE_CHECKING:
    from gui.main_window import MainWindow

log = logging.getLogger(__name__)

MISTAKES_SECONDS = 1.0
"""While training, the confusion matrix is redrawn at most this often."""


class WindowInside:
    """Feeds the look-inside views from the shown run's session."""

    _inside_session: TrainingSession | None = None
    _inside_confusion = (-1, -1)  # (id of the session, confusion_epoch) shown
    _inside_weights = (-1, -2)  # (id of the session, params_iteration) given to the views
    _mistakes_drawn_at = -math.inf

    def shown_session(self: MainWindow) -> TrainingSession:
        """The run the views show: the window's, or in a race the selected contestant's."""
        if self.race.active:
            return self.race.sessions[max(self.race_view.selected_index(), 0)]
        return self.session

    def _refresh_inside(self: MainWindow) -> None:
        """Bring every look-inside view up to date with the shown run (cheap if nothing changed)."""
        session = self.shown_session()
        if session is not self._inside_session:
            self._inside_session = session
            self.weights_view.history_bar.set_history(session.weights_history)
            self._inside_confusion = self._inside_weights = (-1, -2)
        self.weights_view.history_bar.refresh()
        if _on_screen(self.gradients_dock):
            if self.gradient_norms.history is not session.gradient_history:
                self.gradient_norms.set_history(session.gradient_history)
            self.gradient_norms.refresh()
        if _on_screen(self.mistakes_dock):
            self._refresh_mistakes(session)
        key = (id(session), session.params_iteration)
        if key != self._inside_weights and session.params is not None:
            views = [
                (self.activations_dock, self.activation_histograms),
                (self.backprop_dock, self.backprop),
            ]
            shown = [view for dock, view in views if _on_screen(dock)]
            if shown:
                self._inside_weights = key
                network = session.network()
                for view in shown:
                    view.set_network(network)

    def _refresh_mistakes(self: MainWindow, session: TrainingSession) -> None:
        """The latest epoch's confusion matrix, at most once a second while training.

        Drawing the matrix's hundred numbers takes ~20 ms: at every epoch of the
        book's run (five a second) that would make the window stutter.
        """
        if session.confusion is None:
            if self._inside_confusion != (id(session), -1):
                self.mistakes.clear()
                self._inside_confusion = (id(session), -1)
            return
        if self._inside_confusion == (id(session), session.confusion_epoch):
            return
        now = time.monotonic()
        if session.phase is Phase.RUNNING and now - self._mistakes_drawn_at < MISTAKES_SECONDS:
            return
        self._mistakes_drawn_at = now
        self._inside_confusion = (id(session), session.confusion_epoch)
        self.mistakes.set_confusion(session.confusion, session.confusion_epoch)
        self.mistakes.set_network(session.network())

    def _clear_inside(self: MainWindow) -> None:
        if self.mistakes_page.built:
            self.mistakes.clear()
        self.activation_histograms.clear()
        if self.gradients_page.built:
            self.gradient_norms.clear()
        self._inside_session = None
        self._inside_confusion = self._inside_weights = (-1, -2)

    def _on_mistakes_image_chosen(self: MainWindow, image: np.ndarray, label: int) -> None:
        """A test image from the Mistakes view goes on the drawing pad, to edit and reread."""
        self.reader.show_image(image, label)
        self.reader_dock.raise_()

    def _on_backprop_input_requested(self: MainWindow, source: str) -> None:
        if source == "test":
            self.reader.show_test_digit()
        image = self.reader.preview_image
        if image is None:
            self._show_message(
                self.tr("Nothing on the pad"),
                self.tr("Draw a digit (or press Test digit) to walk it through."),
            )
            return
        self.backprop.set_input(image, self.reader.true_label)
        network = self.shown_session().network()
        if network is not None:
            self.backprop.set_network(network)

    def ask_export_weights_animation(self: MainWindow) -> None:
        """Export the weights' history as an animated GIF or PNG frames."""
        from gui.weights_animation import write_animation

        snapshots = self.weights_view.history_bar.snapshots()
        if not snapshots:
            self._show_message(
                self.tr("No history yet"),
                self.tr("Train a network first: each epoch adds a frame."),
            )
            return
        path = self.dialogs.save_path(
            "images",
            self.tr("Export the weights' history"),
            "weights.gif",
            self.tr("Animated GIF (*.gif);;PNG frames (*.png)"),
            ".gif",
        )
        if not path:
            return
        layer = self.weights_view.shown_layer
        call_in_background(
            lambda: write_animation(path, snapshots, layer),
            lambda _, error: self._on_file_written(path, error, "animation"),
            "weights-animation",
        )


def _on_screen(dock: QDockWidget) -> bool:
    """True if any of ``dock`` can be seen: a tab behind another is "visible" to Qt too."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()
