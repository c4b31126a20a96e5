"""A panel that compares the numerical gradient with backpropagation (the book's gradient check).

It checks the current network, or a fresh 784-50-10 one (seed 0) as ``mnist-trainer
gradcheck`` does by default; a fresh one also when there is no network yet.

The check runs in a ``QObject`` worker moved to a ``QThread`` (the book's loop takes ~40 s
on the default network). Progress comes back as a signal only when the integer percent
changes; Cancel sets a ``threading.Event`` that ``gradient_check`` polls. The widget owns
that event: the worker is deleted with its thread, so nothing here touches the worker
after starting it.

Beside the per-parameter table, ``gui.gradcheck_tiles`` shows where the errors are (W1
as tiles, the worst entries) and, when the check fails, what usually causes it.

About 370 lines: its settings, its worker's life cycle and the result table are
one panel; the worker itself is in ``gui.gradcheck_worker``, the diagnosis in
``gui.gradcheck_tiles``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.architecture import Network
from core.data import IMAGE_SIZE, NUM_CLASSES
from core.gradcheck import IMAGES_BOUND, SAMPLE_COUNT_BOUND, GradCheckResult
from core.network import PARAM_KEYS, TwoLayerNet
from gui.gradcheck_command import DEFAULT_BATCH, DEFAULT_HIDDEN
from gui.gradcheck_tiles import GradCheckDiagnosisWidget
from gui.gradcheck_worker import DataLoader, GradCheckWorker, load_training_images
from gui.i18n import Retranslating
from gui.worker_thread import thread_for

log = logging.getLogger(__name__)

METHODS = (
    (QT_TRANSLATE_NOOP("GradCheckWidget", "fast numerical (vectorised)"), "fast"),
    (QT_TRANSLATE_NOOP("GradCheckWidget", "book's loop (slow)"), "book"),
    (QT_TRANSLATE_NOOP("GradCheckWidget", "quick: k random parameters"), "sample"),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("GradCheckWidget", "mean |diff|"),
    QT_TRANSLATE_NOOP("GradCheckWidget", "max |diff|"),
    QT_TRANSLATE_NOOP("GradCheckWidget", "relative error"),
    QT_TRANSLATE_NOOP("GradCheckWidget", "values compared"),
)
FRESH_SEED = 0  # the default --seed of mnist-trainer gradcheck
FRESH_SIZES = f"{IMAGE_SIZE**2}-{DEFAULT_HIDDEN}-{NUM_CLASSES}"
FRESH_TEXT = QT_TRANSLATE_NOOP("GradCheckWidget", "fresh {sizes} (seed {seed})")
FRESH = FRESH_TEXT.format(sizes=FRESH_SIZES, seed=FRESH_SEED)
NETWORKS = (
    (QT_TRANSLATE_NOOP("GradCheckWidget", "current network"), "current"),
    (FRESH_TEXT, "fresh"),
)
NO_NETWORK_TEXT = QT_TRANSLATE_NOOP(
    "GradCheckWidget", "No network yet: checking a {fresh} network instead."
)
NO_NETWORK = NO_NETWORK_TEXT.format(fresh=FRESH)
"""What the panel says (in English) when there is no network to check."""
# Measured with core.gradcheck (fast method). The gap between backprop and the
# numerical gradient comes from the loss's log(y + 1e-7), not from h: with the 1e-7
# left out, the same check gives 1e-10 to 4e-10.
EXPLANATION = QT_TRANSLATE_NOOP(
    "GradCheckWidget",
    "Relative error of backprop against central differences (h = 1e-4, float64). "
    "Backprop is right when it is about 1e-7 to 1e-5 and much the same in every row: a "
    "fresh 784-50-10 on 3 images gives 5.2e-7, a trained one on 100 images about 1e-5. "
    "It is not ~1e-10 because the book's loss takes log(y + 1e-7): the numerical gradient "
    "sees the 1e-7, backprop does not, so they differ by about 1e-7 / y (y: the "
    "probability of an image's label); h itself adds only ~1e-10. A bug shows as a row "
    "at 1e-3 or more (dW1 off by 1% gives 5e-3, a missing term about 1).",
)
DEEP_NETWORK_NOTE = QT_TRANSLATE_NOOP(
    "GradCheckWidget",
    "The vectorised method knows the two-layer network only: the book's loop checks this "
    "one (dropout off, batch norm in training mode, as the book's check).",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GradCheckWidget", text)


def fresh_name() -> str:
    """``fresh 784-50-10 (seed 0)`` in the current language."""
    return _tr(FRESH_TEXT).format(sizes=FRESH_SIZES, seed=FRESH_SEED)


NetworkSource = Callable[[], Network | None]


def fresh_network() -> TwoLayerNet:
    """The network ``mnist-trainer gradcheck`` checks by default: 784-50-10, seed 0."""
    return TwoLayerNet(IMAGE_SIZE**2, DEFAULT_HIDDEN, NUM_CLASSES, rng=FRESH_SEED)


def network_sizes(network: Network) -> str:
    """``784-50-10`` or ``784-100-100-10``: the width of every layer, input to output."""
    weights = [
        network.params[f"W{k}"]
        for k in range(1, len(network.params) + 1)
        if f"W{k}" in network.params
    ]
    return "-".join(str(size) for size in [weights[0].shape[0], *(W.shape[1] for W in weights)])


def format_seconds(seconds: float) -> str:
    """``41.2 s``, ``0.4 ms`` or ``12 us``: a duration in a readable unit."""
    if seconds >= 1:
        return f"{seconds:.1f} s"
    return f"{seconds * 1e3:.1f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:.0f} us"


def format_times(result: GradCheckResult) -> str:
    """``numerical 41.2 s, backprop 0.4 ms (100,000x faster)``; quick mode names its count."""
    numerical, backprop = result.numerical_seconds, result.backprop_seconds
    times = {"numerical": format_seconds(numerical), "backprop": format_seconds(backprop)}
    if result.method == "sample":  # k values against all of them: no fair ratio
        checked = sum(check.checked for check in result.checks)
        text = QCoreApplication.translate(
            "GradCheckWidget",
            "numerical {numerical} for {count} values, backprop {backprop} for all",
        )
        text = text.format(count=f"{checked:,}", **times)
    elif backprop > 0 and not result.cancelled:
        text = QCoreApplication.translate(
            "GradCheckWidget", "numerical {numerical}, backprop {backprop} ({ratio}x faster)"
        )
        text = text.format(ratio=f"{numerical / backprop:,.0f}", **times)
    else:
        text = QCoreApplication.translate(
            "GradCheckWidget", "numerical {numerical}, backprop {backprop}"
        ).format(**times)
    return (
        QCoreApplication.translate("GradCheckWidget", "cancelled: {times}").format(times=text)
        if result.cancelled
        else text
    )


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
        self._thread: QThread | None = None
        self._worker: GradCheckWorker | None = None  # only kept alive, never called
        self._cancel: threading.Event | None = None
        self._discard_run = False  # set by clear(): what the running check sends is dropped
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
        self.table = QTableWidget(len(PARAM_KEYS), len(COLUMNS), objectName="gradcheckTable")
        self.table.setVerticalHeaderLabels(list(PARAM_KEYS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
        self.table.setHorizontalHeaderLabels([_tr(text) for text in COLUMNS])
        self.explanation.setText(_tr(EXPLANATION))
        texts = (
            self.tr("&Network"),
            self.tr("&Method"),
            self.tr("&Images"),
            self.tr("&k (quick mode)"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        tips = (
            (
                self.network_combo,
                self.tr("Network"),
                self.tr(
                    "Check the current network, or a fresh one as mnist-trainer gradcheck does"
                ),
            ),
            (
                self.method_combo,
                self.tr("Method"),
                self.tr(
                    "How the numerical gradient is computed: vectorised, the book's loop, "
                    "or k random parameters"
                ),
            ),
            (
                self.batch_spin,
                self.tr("Images"),
                self.tr("How many training images the loss is computed on"),
            ),
            (
                self.count_spin,
                self.tr("k (quick mode)"),
                self.tr("How many random entries of each parameter the quick method compares"),
            ),
            (
                self.run_button,
                self.tr("Run check"),
                self.tr("Compare the numerical gradient with backprop"),
            ),
            (self.cancel_button, self.tr("Cancel"), self.tr("Stop the running check")),
            (self.progress, self.tr("Progress"), self.tr("How much of the check is done")),
            (
                self.table,
                self.tr("Results"),
                self.tr("Differences between the numerical gradient and backprop, per parameter"),
            ),
        )
        for widget, name, tip in tips:
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
        return self._thread is not None

    def run_check(self) -> None:
        """Start a check in a worker thread (what the Run button does)."""
        if self._thread is not None:
            return
        try:
            network, description = self._network_to_check()
        except Exception as exc:
            log.exception("could not get the network for the gradient check")
            error = f"{type(exc).__name__}: {exc}"
            self._set_times(
                lambda: self.tr("Could not get the network: {error}").format(error=error)
            )
            return
        cancel = threading.Event()
        method, count = self.method_combo.currentData(), self.count_spin.value()
        worker = GradCheckWorker(
            network,
            self._data_loader,
            self.batch_spin.value(),
            cancel,
            method=method,
            sample_count=count,
        )
        thread = thread_for(worker, "gradcheckThread")
        worker.progressed.connect(self._on_worker_progressed)
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.failed.connect(self._on_worker_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker, self._cancel = thread, worker, cancel
        self._discard_run = False
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
        thread.start()

    def cancel_check(self) -> None:
        """Ask the running check to stop at its next parameter."""
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self._set_times(lambda: self.tr("cancelling…"))

    def clear(self) -> None:
        """Empty the table, the progress and the messages; cancel a running check.

        A cancelled check's last signals are dropped, so nothing reappears after this.
        """
        if self._cancel is not None:
            self._cancel.set()
            self._discard_run = True
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
        thread = self._thread
        if thread is None:
            return True
        self.cancel_check()
        return thread.wait(timeout_ms)

    # -- slots -------------------------------------------------------------------------

    def _network_to_check(self) -> tuple[Network, Callable[[], str]]:
        """The network the settings ask for and what writes a line saying which it is."""
        if self.network_combo.currentData() == "current":
            network = self._network_source()
            if network is not None:
                sizes, deep = network_sizes(network), not isinstance(network, TwoLayerNet)

                def current() -> str:
                    text = self.tr("Checking the current network ({sizes}).").format(sizes=sizes)
                    return f"{text} {_tr(DEEP_NETWORK_NOTE)}" if deep else text

                return network, current
            return fresh_network(), lambda: _tr(NO_NETWORK_TEXT).format(fresh=fresh_name())
        return fresh_network(), lambda: self.tr(
            "Checking a {fresh} network, as mnist-trainer gradcheck does."
        ).format(fresh=fresh_name())

    def _set_network_text(self, text: Callable[[], str]) -> None:
        self._network_text = text
        self.network_label.setText(text())

    def _set_times(self, text: Callable[[], str]) -> None:
        self._times_text = text
        self.times_label.setText(text())

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running and not self._cancel_requested())
        for widget in (self.network_combo, self.method_combo, self.batch_spin):
            widget.setEnabled(not running)
        self.count_spin.setEnabled(not running and self.method_combo.currentData() == "sample")

    def _cancel_requested(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def _on_method_combo_changed(self) -> None:
        self._set_running(self.is_running())

    def _on_worker_progressed(self, percent: int) -> None:
        if not self._discard_run:
            self.progress.setValue(percent)

    def _on_worker_succeeded(self, result: GradCheckResult) -> None:
        if self._discard_run:
            return
        self.result = result
        self.table.clearContents()
        self.table.setRowCount(len(result.param_keys))
        self.table.setVerticalHeaderLabels(list(result.param_keys))
        rows = {key: row for row, key in enumerate(result.param_keys)}
        for check in result.checks:
            values = (check.mean_abs_diff, check.max_abs_diff, check.relative_error)
            cells = [f"{value:.2e}" for value in values] + [f"{check.checked:,}"]
            for column, text in enumerate(cells):
                self.table.setItem(rows[check.key], column, _result_item(text))
        if not result.cancelled:
            self.progress.setValue(100)
        self._set_times(lambda: format_times(result))
        self.times_label.setToolTip("\n".join(result.format_lines()))
        self.diagnosis_view.show_result(result)

    def _on_worker_failed(self, message: str) -> None:
        if not self._discard_run:
            self._set_times(lambda: self.tr("The check failed: {message}").format(message=message))

    def _on_thread_finished(self) -> None:
        # The worker was deleted with its thread (see thread_for): only forget it.
        if self._thread is not None:
            # ``finished`` comes just before the thread exits, and the worker's deferred
            # delete runs in between: deleting the QThread before then crashed, now and
            # then (a segmentation fault in the gradient-check tests).
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = self._worker = self._cancel = None
        self._discard_run = False
        self._set_running(False)
        self.finished.emit(self.result)


def _result_item(text: str) -> QTableWidgetItem:
    """A right-aligned cell that can be selected but not edited."""
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
