"""A panel that compares the numerical gradient with backpropagation (the book's gradient check).

The check runs in a ``QObject`` worker moved to a ``QThread`` (the book's loop takes ~40 s
on the default network). Progress comes back as a signal only when the integer percent
changes; Cancel sets a ``threading.Event`` that ``gradient_check`` polls.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.data import load_mnist
from core.gradcheck import GradCheckResult, gradient_check
from core.network import PARAM_KEYS, TwoLayerNet
from gui.worker_thread import thread_for

log = logging.getLogger(__name__)

METHODS = (
    ("fast numerical (vectorised)", "fast"),
    ("book's loop (slow)", "book"),
    ("quick: k random parameters", "sample"),
)
COLUMNS = ("mean |diff|", "max |diff|", "relative error", "values compared")
NO_NETWORK = "train or open a network first"
EXPLANATION = (
    "Each row compares backprop's gradient with the numerical one (central differences, "
    "h = 1e-4). Differences around 1e-10 (relative error below ~1e-7) mean backprop is right; "
    "differences near the gradients' own size mean a bug."
)

DataLoader = Callable[[], tuple[np.ndarray, np.ndarray]]
NetworkSource = Callable[[], TwoLayerNet | None]


def load_training_images() -> tuple[np.ndarray, np.ndarray]:
    """The bundled MNIST training set: ``x (60000, 784) float32`` in [0, 1], ``t (60000,)``."""
    (x, t), _ = load_mnist()
    return x, t


def format_seconds(seconds: float) -> str:
    """``41.2 s``, ``0.4 ms`` or ``12 us``: a duration in a readable unit."""
    if seconds >= 1:
        return f"{seconds:.1f} s"
    return f"{seconds * 1e3:.1f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:.0f} us"


def format_times(result: GradCheckResult) -> str:
    """``numerical 41.2 s, backprop 0.4 ms (100,000x faster)``; quick mode names its count."""
    numerical, backprop = result.numerical_seconds, result.backprop_seconds
    if result.method == "sample":  # k values against all of them: no fair ratio
        checked = sum(check.checked for check in result.checks)
        text = f"numerical {format_seconds(numerical)} for {checked:,} values, "
        text += f"backprop {format_seconds(backprop)} for all"
    else:
        text = f"numerical {format_seconds(numerical)}, backprop {format_seconds(backprop)}"
        if backprop > 0 and not result.cancelled:
            text += f" ({numerical / backprop:,.0f}x faster)"
    return f"cancelled: {text}" if result.cancelled else text


class GradCheckWorker(QObject):
    """Runs one ``gradient_check`` in its thread; always ends with ``finished``."""

    progressed = Signal(int)  # percent done, 0-100
    succeeded = Signal(object)  # GradCheckResult
    failed = Signal(str)
    finished = Signal()

    def __init__(self, network: TwoLayerNet, data: DataLoader, batch: int, **options) -> None:
        super().__init__()
        self._network, self._data, self._batch, self._options = network, data, batch, options
        self.cancel_event = threading.Event()
        self._percent = -1

    def run(self) -> None:
        """Load the data, check the gradients and report the result or the error."""
        try:
            x, t = self._data()
            result = gradient_check(
                self._network,
                x[: self._batch],
                t[: self._batch],
                progress=self._on_check_progress,
                cancel=self.cancel_event,
                **self._options,
            )
            self.succeeded.emit(result)
        except Exception as exc:
            log.exception("gradient check failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.finished.emit()

    def _on_check_progress(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != self._percent:  # a signal per percent, not per parameter
            self._percent = percent
            self.progressed.emit(percent)


class GradCheckWidget(QWidget):
    """Compare the numerical gradient with backprop for the current network.

    Parameters
    ----------
    parent : QWidget, optional
    data_loader : callable returning ``(x, t)``, optional
        ``x (N, 784) float32`` normalised images and ``t (N,)`` labels; called in the
        worker thread, the first ``batch`` rows are used. The bundled MNIST by default.

    Attributes
    ----------
    result : GradCheckResult or None
        The last check's result (None before one finished, or after an error).
    """

    finished = Signal(object)  # GradCheckResult or None (error), once the thread has ended

    def __init__(
        self, parent: QWidget | None = None, *, data_loader: DataLoader = load_training_images
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gradcheckPanel")
        self._data_loader = data_loader
        self._network_source: NetworkSource = lambda: None
        self._thread: QThread | None = None
        self._worker: GradCheckWorker | None = None
        self.result: GradCheckResult | None = None
        self._build()
        self._set_running(False)

    def _build(self) -> None:
        self.method_combo = QComboBox(objectName="gradcheckMethodCombo")
        for text, method in METHODS:
            self.method_combo.addItem(text, method)
        self.method_combo.currentIndexChanged.connect(self._on_method_combo_changed)
        # 3 images, as the book's gradient_check
        self.batch_spin = QSpinBox(objectName="gradcheckBatchSpin", maximum=100, minimum=1, value=3)
        self.count_spin = QSpinBox(
            objectName="gradcheckCountSpin", maximum=1000, minimum=1, value=20
        )
        self.run_button = QPushButton("Run check", objectName="gradcheckRunButton")
        self.run_button.clicked.connect(self.run_check)
        self.cancel_button = QPushButton("Cancel", objectName="gradcheckCancelButton")
        self.cancel_button.clicked.connect(self.cancel_check)
        self.progress = QProgressBar(objectName="gradcheckProgress", minimum=0, maximum=100)
        self.table = QTableWidget(len(PARAM_KEYS), len(COLUMNS), objectName="gradcheckTable")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setVerticalHeaderLabels(list(PARAM_KEYS))
        self.times_label = QLabel(objectName="gradcheckTimes", wordWrap=True)
        explanation = QLabel(EXPLANATION, objectName="gradcheckExplanation", wordWrap=True)

        # Settings and buttons on the left, the results beside them: the panel lives in
        # a short dock under the plots.
        side = QVBoxLayout()
        form = QFormLayout()
        form.addRow("Method", self.method_combo)
        form.addRow("Images", self.batch_spin)
        form.addRow("k (quick mode)", self.count_spin)
        side.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(explanation)
        side.addStretch(1)
        results = QVBoxLayout()
        results.addWidget(self.table, 1)
        results.addWidget(self.times_label)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 2)
        layout.addLayout(results, 3)

    # -- API -------------------------------------------------------------------------

    def set_network_source(self, source: NetworkSource) -> None:
        """Use ``source()`` (a copy of the current network, or None) for each check."""
        self._network_source = source

    def set_data(self, x: np.ndarray, t: np.ndarray) -> None:
        """Check on ``x (N, 784) float32`` and labels ``t``, instead of the data loader."""
        self._data_loader = lambda: (x, t)

    def is_running(self) -> bool:
        """True while a check's thread exists."""
        return self._thread is not None

    def run_check(self) -> None:
        """Start a check in a worker thread (what the Run button does)."""
        if self._thread is not None:
            return
        try:
            network = self._network_source()
        except Exception as exc:
            log.exception("could not get the network for the gradient check")
            self.times_label.setText(f"Could not get the network: {type(exc).__name__}: {exc}")
            return
        if network is None:
            self.times_label.setText(NO_NETWORK)
            return
        method, count = self.method_combo.currentData(), self.count_spin.value()
        worker = GradCheckWorker(
            network, self._data_loader, self.batch_spin.value(), method=method, sample_count=count
        )
        thread = thread_for(worker, "gradcheckThread")
        worker.progressed.connect(self._on_worker_progressed)
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.failed.connect(self._on_worker_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.result = None
        self.table.clearContents()  # no stale numbers next to a new run's progress
        self.progress.setValue(0)
        self.times_label.setText(f"checking ({self.method_combo.currentText()})…")
        self._set_running(True)
        thread.start()

    def cancel_check(self) -> None:
        """Ask the running check to stop at its next parameter."""
        if self._worker is not None:
            self._worker.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.times_label.setText("cancelling…")

    def stop_and_wait(self, timeout_ms: int = 3000) -> bool:
        """Cancel the check and wait for its thread; True if it ended in time."""
        thread = self._thread
        if thread is None:
            return True
        self.cancel_check()
        return thread.wait(timeout_ms)

    # -- slots -------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.method_combo, self.batch_spin):
            widget.setEnabled(not running)
        self.count_spin.setEnabled(not running and self.method_combo.currentData() == "sample")

    def _on_method_combo_changed(self) -> None:
        self._set_running(self.is_running())

    def _on_worker_progressed(self, percent: int) -> None:
        self.progress.setValue(percent)

    def _on_worker_succeeded(self, result: GradCheckResult) -> None:
        self.result = result
        self.table.clearContents()
        rows = {key: row for row, key in enumerate(PARAM_KEYS)}
        for check in result.checks:
            values = (check.mean_abs_diff, check.max_abs_diff, check.relative_error)
            cells = [f"{value:.2e}" for value in values] + [f"{check.checked:,}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(rows[check.key], column, item)
        if not result.cancelled:
            self.progress.setValue(100)
        self.times_label.setText(format_times(result))
        self.times_label.setToolTip("\n".join(result.format_lines()))

    def _on_worker_failed(self, message: str) -> None:
        self.times_label.setText(f"The check failed: {message}")

    def _on_thread_finished(self) -> None:
        # The worker was deleted with its thread (see thread_for): only forget it.
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = self._worker = None
        self._set_running(False)
        self.finished.emit(self.result)
