"""Training shortcuts from anywhere in the window, and what the status bar says."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSpinBox

from core.session import Phase
from gui.status_bar import RunStatus


def test_space_pauses_while_a_spin_box_has_the_focus_and_digits_still_go_in(qtbot, window):
    window.controls.iterations_spin.setValue(1_000_000)
    window.start()
    qtbot.waitUntil(lambda: len(window.session.history) > 5, timeout=30_000)
    spin = window.findChild(QSpinBox, "seedSpin")
    spin.setEnabled(True)  # a locked box cannot take the focus; unlock it for the test
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=5000)
    before = spin.value()
    QTest.keyClick(spin, Qt.Key.Key_Space)
    assert window.state is Phase.PAUSED  # Space paused the run
    assert spin.value() == before  # and did not erase the value
    lr = window.controls.learning_rate_spin
    lr.setFocus()
    qtbot.waitUntil(lr.hasFocus, timeout=5000)
    QTest.keyClick(lr, Qt.Key.Key_Space)
    assert window.state is Phase.RUNNING  # resumed
    lr.selectAll()
    QTest.keyClicks(lr, "0.05")
    assert lr.value() == 0.05  # digits still reach the box
    window.controls.seed_spin.setFocus()
    QTest.keyClick(window.controls.seed_spin, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.state is Phase.STOPPING
    qtbot.waitUntil(lambda: window.state is Phase.STOPPED, timeout=30_000)


def test_the_training_shortcuts_are_application_wide(window):
    actions = window.actions
    assert actions.start_pause.shortcut().toString() == "Space"
    assert actions.step.shortcut().toString() == "F10"
    assert actions.stop.shortcut().toString() == "Shift+F5"
    assert actions.reset.shortcut().toString() == "Ctrl+R"
    for action in (actions.start_pause, actions.step, actions.stop, actions.reset):
        assert action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


def test_the_status_names_the_phase_and_shows_speed_only_while_training():
    running = RunStatus(Phase.RUNNING, 500, 10_000, rate=3_000.0, elapsed=2.0, eta=3.2)
    texts = running.texts()
    assert texts["phase"] == "Training"
    assert texts["speed"] == "3,000 it/s"
    assert "ETA 0:03" in texts["time"]
    for phase, name in (
        (Phase.PAUSED, "Paused"),
        (Phase.STOPPING, "Stopping…"),
        (Phase.STOPPED, "Stopped"),
        (Phase.FINISHED, "Finished"),
    ):
        texts = RunStatus(phase, 500, 10_000, rate=2_500.0, elapsed=4.0, eta=math.nan).texts()
        assert texts["phase"] == name
        assert texts["speed"] == ""
        assert "ETA" not in texts["time"]
        assert texts["time"] == "trained 0:04"


def test_the_status_bar_follows_the_run(qtbot, window):
    window.controls.iterations_spin.setValue(300)
    window.start()
    qtbot.waitUntil(lambda: window.state is Phase.FINISHED, timeout=30_000)
    window._update_status()
    fields = window.status.fields
    assert fields["phase"].text() == "Finished"
    assert "ETA" not in fields["time"].text()
