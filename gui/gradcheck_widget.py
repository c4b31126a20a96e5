"""A panel that compares the numerical gradient with backpropagation (the book's gradient check).

It checks the current network, or a fresh 784-50-10 one (seed 0) as ``mnist-trainer
gradcheck`` does by default; a fresh one also when there is no network yet.

The check runs in a ``QObject`` worker moved to a ``QThread`` (the book's loop takes ~40 s
on the default network). Progress comes back as a signal only when the integer percent
changes; Cancel sets a ``threading.Event`` that ``gradient_check`` polls.

Beside the per-parameter table, ``gui.gradcheck_tiles`` shows where the errors are (W1
as tiles, the worst entries) and, when the check fails, what usually causes it.

This module is the panel: its settings and what it shows. The worker is in
``gui.gradcheck_worker``, its thread's life cycle in ``gui.gradcheck_job``, the texts
and time formatting in ``gui.gradcheck_texts``, the network to check in
``gui.gradcheck_networks``, the results table in ``gui.gradcheck_table`` and the
diagnosis in ``gui.gradcheck_tiles``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.gradcheck import IMAGES_BOUND, SAMPLE_COUNT_BOUND, GradCheckResult
from gui.gradcheck_command import DEFAULT_BATCH
from gui.gradcheck_job import GradCheckJob
from gui.gradcheck_networks import NetworkSource, fresh_network, network_to_check
from gui.gradcheck_table import GradCheckTable
from gui.gradcheck_texts import (
    EXPLANATION,
    FRESH_SEED,
    FRESH_SIZES,
    METHODS,
    NETWORKS,
    NO_NETWORK,
    control_texts,
    form_label_texts,
    format_times,
)
from gui.gradcheck_texts import tr as _tr
from gui.gradcheck_tiles import GradCheckDiagnosisWidget
from gui.gradcheck_worker import DataLoader, load_training_images
from gui.i18n import Retranslating

# Imported from here by the tests: the panel's English texts and its fresh network.
__all__ = ["EXPLANATION", "NO_NETWORK", "GradCheckWidget", "fresh_network"]

log = logging.getLogger(__name__)


class GradCheckWidget(Retranslating, QWidget):
    """Compare the numerical gradient with backprop for the current or a fresh network.

    Parameters
    ----------
    parent : QWidget, optional
    data_loader : callable returning ``(x, t)``, optional
        ``x (N, 784) float32`` normalised images and ``t (N,)`` labels; called in the
        worker thread, the first ``batch`` rows are used. The bundled MNIST by default.

    Attributes
    ----------
    result : GradCheckResult or None
        The last check's result (None before one finished, after an error or ``clear``).
    diagnosis_view : GradCheckDiagnosisWidget
        The verdict, W1's error tiles, the worst entries and the usual causes.
    """

    finished = Signal(object)  # GradCheckResult or None (error, cleared), once the thread ended

    def __init__(
        self, parent: QWidget | None = None, *, data_loader: DataLoader = load_training_images
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gradcheckPanel")
        self._data_loader = data_loader
        self._network_source: NetworkSource = lambda: None
        self._job = GradCheckJob(self)
        self._job.progressed.connect(self._on_job_progressed)
        self._job.succeeded.connect(self._on_job_succeeded)
        self._job.failed.connect(self._on_job_failed)
        self._job.ended.connect(self._on_job_ended)
        self.result: GradCheckResult | None = None
        # The status lines, written again in the current language on a language change.
        self._network_text: Callable[[], str] = str
        self._times_text: Callable[[], str] = str
        self._build()
        self._set_running(False)
        self.retranslate()

    def _build(self) -> None:
        self.network_combo = QComboBox(objectName="gradcheckNetworkCombo")
        for _, choice in NETWORKS:
            self.network_combo.addItem("", choice)
        self.method_combo = QComboBox(objectName="gradcheckMethodCombo")
        for _, method in METHODS:
            self.method_combo.addItem("", method)
        self.method_combo.currentIndexChanged.connect(self._on_method_combo_changed)
        self.batch_spin = QSpinBox(
            objectName="gradcheckBatchSpin",
            maximum=IMAGES_BOUND.high,
            minimum=IMAGES_BOUND.low,
            value=DEFAULT_BATCH,
        )
        self.count_spin = QSpinBox(
            objectName="gradcheckCountSpin",
            maximum=SAMPLE_COUNT_BOUND.high,
            minimum=SAMPLE_COUNT_BOUND.low,
            value=20,
        )
        self.run_button = QPushButton(objectName="gradcheckRunButton")
        self.run_button.clicked.connect(self.run_check)
        self.cancel_button = QPushButton(objectName="gradcheckCancelButton")
        self.cancel_button.clicked.connect(self.cancel_check)
        self.progress = QProgressBar(objectName="gradcheckProgress", minimum=0, maximum=100)
        self.table = GradCheckTable()
        self.network_label = QLabel(objectName="gradcheckNetworkLabel", wordWrap=True)
        self.times_label = QLabel(objectName="gradcheckTimes", wordWrap=True)
        self.explanation = QLabel(objectName="gradcheckExplanation", wordWrap=True)
        # Scrolls rather than overflowing the short dock.
        explanation_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        explanation_area.setWidget(self.explanation)
        explanation_area.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * 3)
        self.diagnosis_view = GradCheckDiagnosisWidget()

        # Settings and buttons on the left, the results beside them: the panel lives in
        # a short dock under the plots.
        side = QVBoxLayout()
        form = QFormLayout()
        self.form_labels = []
        for name, field in (
            ("gradcheckNetworkLabelText", self.network_combo),
            ("gradcheckMethodLabel", self.method_combo),
            ("gradcheckBatchLabel", self.batch_spin),
            ("gradcheckCountLabel", self.count_spin),
        ):
            label = QLabel(objectName=name)
            label.setBuddy(field)
            form.addRow(label, field)
            self.form_labels.append(label)
        side.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(explanation_area, 1)
        results = QVBoxLayout()
        results.addWidget(self.table, 1)
        results.addWidget(self.network_label)
        results.addWidget(self.times_label)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 2)
        layout.addLayout(results, 3)
        layout.addWidget(self.diagnosis_view, 4)

    def retranslate(self) -> None:
        """Set every text in the current language (the status lines from their state)."""
        for row, (text, _) in enumerate(NETWORKS):
            self.network_combo.setItemText(
                row, _tr(text).format(sizes=FRESH_SIZES, seed=FRESH_SEED)
            )
        for row, (text, _) in enumerate(METHODS):
            self.method_combo.setItemText(row, _tr(text))
        self.table.retranslate()
        self.explanation.setText(_tr(EXPLANATION))
        for label, text in zip(self.form_labels, form_label_texts(), strict=True):
            label.setText(text)
        controls = (
            self.network_combo,
            self.method_combo,
            self.batch_spin,
            self.count_spin,
            self.run_button,
            self.cancel_button,
            self.progress,
            self.table,
        )
        for widget, (name, tip) in zip(controls, control_texts(), strict=True):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        self.run_button.setText(self.tr("Run check"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.network_label.setText(self._network_text())
        self.times_label.setText(self._times_text())

    # -- API -------------------------------------------------------------------------

    def set_network_source(self, source: NetworkSource) -> None:
        """Use ``source()`` (a copy of the current network, or None) for each check.

        When it gives None, a fresh network is checked instead, and the panel says so.
        """
        self._network_source = source

    def set_data(self, x: np.ndarray, t: np.ndarray) -> None:
        """Check on ``x (N, 784) float32`` and labels ``t``, instead of the data loader."""
        self._data_loader = lambda: (x, t)

    def is_running(self) -> bool:
        """True while a check's thread exists."""
        return self._job.is_running()

    def run_check(self) -> None:
        """Start a check in a worker thread (what the Run button does)."""
        if self._job.is_running():
            return
        try:
            network, description = network_to_check(
                self.network_combo.currentData(), self._network_source
            )
        except Exception as exc:
            log.exception("could not get the network for the gradient check")
            error = f"{type(exc).__name__}: {exc}"
            self._set_times(
                lambda: self.tr("Could not get the network: {error}").format(error=error)
            )
            return
        self.result = None
        self.table.clearContents()  # no stale numbers next to a new run's progress
        self.diagnosis_view.clear()
        self.progress.setValue(0)
        self._set_network_text(description)
        method_row = self.method_combo.currentIndex()
        self._set_times(
            lambda: self.tr("checking ({method})…").format(
                method=self.method_combo.itemText(method_row)
            )
        )
        self.times_label.setToolTip("")
        self._set_running(True)
        self._job.start(
            network,
            self._data_loader,
            self.batch_spin.value(),
            method=self.method_combo.currentData(),
            sample_count=self.count_spin.value(),
        )

    def cancel_check(self) -> None:
        """Ask the running check to stop at its next parameter."""
        if self._job.cancel():
            self.cancel_button.setEnabled(False)
            self._set_times(lambda: self.tr("cancelling…"))

    def clear(self) -> None:
        """Empty the table, the progress and the messages; cancel a running check.

        A cancelled check's last signals are dropped, so nothing reappears after this.
        """
        self._job.discard()
        self.result = None
        self.table.clearContents()
        self.diagnosis_view.clear()
        self.progress.reset()
        self._set_network_text(str)
        self._set_times(str)
        for label in (self.network_label, self.times_label):
            label.setToolTip("")
        self._set_running(self.is_running())

    def stop_and_wait(self, timeout_ms: int = 3000) -> bool:
        """Cancel the check and wait for its thread; True if it ended in time."""
        if not self._job.is_running():
            return True
        self.cancel_check()
        return self._job.wait(timeout_ms)

    # -- slots -------------------------------------------------------------------------

    def _set_network_text(self, text: Callable[[], str]) -> None:
        self._network_text = text
        self.network_label.setText(text())

    def _set_times(self, text: Callable[[], str]) -> None:
        self._times_text = text
        self.times_label.setText(text())

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running and not self._job.cancel_requested())
        for widget in (self.network_combo, self.method_combo, self.batch_spin):
            widget.setEnabled(not running)
        self.count_spin.setEnabled(not running and self.method_combo.currentData() == "sample")

    def _on_method_combo_changed(self) -> None:
        self._set_running(self.is_running())

    def _on_job_progressed(self, percent: int) -> None:
        self.progress.setValue(percent)

    def _on_job_succeeded(self, result: GradCheckResult) -> None:
        self.result = result
        self.table.show_result(result)
        if not result.cancelled:
            self.progress.setValue(100)
        self._set_times(lambda: format_times(result))
        self.times_label.setToolTip("\n".join(result.format_lines()))
        self.diagnosis_view.show_result(result)

    def _on_job_failed(self, message: str) -> None:
        self._set_times(lambda: self.tr("The check failed: {message}").format(message=message))

    def _on_job_ended(self) -> None:
        self._set_running(False)
        self.finished.emit(self.result)
