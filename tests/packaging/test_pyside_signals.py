"""Regression: PySide6 6.12.0 on Python 3.11 aborts after a few hundred Signal.emit calls.

The pin ``PySide6-Essentials<6.12; python_version < "3.12"`` keeps it out; this
test emits many signals (with bool, None and array payloads, and through
pyqtgraph) in a child process, so a crash fails the test instead of the run.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

app = QApplication([])

class Emitter(QObject):
    flag = Signal(bool)
    anything = Signal(object)

received = []
emitter = Emitter()
emitter.flag.connect(received.append)
emitter.anything.connect(received.append)
for i in range(20_000):
    emitter.flag.emit(i % 2 == 0)
    emitter.anything.emit(None)
curve = pg.PlotDataItem()
for i in range(2_000):
    curve.setData(np.arange(10.0), np.arange(10.0) * i)
print(len(received))
"""


def test_many_signal_emits_do_not_crash():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "40000"
