"""GradCheckWidget: runs the gradient check in a thread, shows progress, results and errors."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QThread

from core.network import PARAM_KEYS, TwoLayerNet
from gui.gradcheck_widget import NO_NETWORK, GradCheckWidget

WAIT_MS = 20_000  # generous for a loaded 2-core machine; the checks take well under a second


def random_images(rows: int = 5, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(rows, 784) float32 pixels in [0, 1] and (rows,) labels 0-9."""
    rng = np.random.default_rng(seed)
    return rng.random((rows, 784), dtype=np.float32), rng.integers(0, 10, rows)


def make_widget(qtbot, hidden: int | None = 8) -> GradCheckWidget:
    widget = GradCheckWidget(data_loader=random_images)
    qtbot.addWidget(widget)
    if hidden is not None:
        net = TwoLayerNet(784, hidden, 10, rng=0, dtype=np.float32)
        widget.set_network_source(net.copy)
    return widget


def select_method(widget: GradCheckWidget, method: str) -> None:
    widget.method_combo.setCurrentIndex(widget.method_combo.findData(method))


def run_to_end(qtbot, widget: GradCheckWidget) -> None:
    widget.run_button.click()
    assert widget.is_running()
    qtbot.waitUntil(lambda: not widget.is_running(), timeout=WAIT_MS)


def cell(widget: GradCheckWidget, row: int, column: int) -> str:
    item = widget.table.item(row, column)
    return "" if item is None else item.text()


def test_controls_and_defaults(qtbot):
    widget = make_widget(qtbot)
    assert widget.objectName() == "gradcheckPanel"
    combo = widget.method_combo
    assert combo.objectName() == "gradcheckMethodCombo"
    assert [combo.itemData(i) for i in range(combo.count())] == ["fast", "book", "sample"]
    assert combo.itemText(1) == "book's loop (slow)"
    assert (widget.batch_spin.value(), widget.batch_spin.maximum()) == (3, 100)
    assert (widget.count_spin.value(), widget.count_spin.maximum()) == (20, 1000)
    assert widget.run_button.isEnabled()
    assert not widget.cancel_button.isEnabled()
    assert not widget.count_spin.isEnabled()
    table = widget.table
    assert table.objectName() == "gradcheckTable"
    assert [table.verticalHeaderItem(r).text() for r in range(4)] == list(PARAM_KEYS)
    assert table.horizontalHeaderItem(3).text() == "values compared"
    assert "1e-10" in widget.findChild(type(widget.times_label), "gradcheckExplanation").text()


def test_fast_check_fills_the_table_with_tiny_differences(qtbot):
    widget = make_widget(qtbot)
    with qtbot.waitSignal(widget.finished, timeout=WAIT_MS) as blocker:
        widget.run_button.click()
        assert not widget.run_button.isEnabled()
        assert widget.cancel_button.isEnabled()
    result = blocker.args[0]
    assert result is widget.result
    assert result.method == "fast" and not result.cancelled
    assert result.batch_size == 3  # the first 3 rows, as the book does
    assert not widget.is_running()
    sizes = {"W1": 784 * 8, "b1": 8, "W2": 8 * 10, "b2": 10}
    for row, key in enumerate(PARAM_KEYS):
        assert float(cell(widget, row, 0)) < 1e-6  # mean |diff|
        assert float(cell(widget, row, 1)) < 1e-6  # max |diff|
        assert cell(widget, row, 3) == f"{sizes[key]:,}"
    text = widget.times_label.text()
    assert text.startswith("numerical ") and "backprop" in text and "faster" in text
    assert widget.progress.value() == 100
    assert widget.run_button.isEnabled() and not widget.cancel_button.isEnabled()


def test_book_method_reports_increasing_progress(qtbot):
    widget = make_widget(qtbot, hidden=2)
    select_method(widget, "book")
    values: list[int] = []
    widget.progress.valueChanged.connect(values.append)
    run_to_end(qtbot, widget)
    assert widget.result is not None and widget.result.method == "book"
    assert not widget.result.cancelled
    progress = [v for v in values if v > 0]
    assert len(progress) >= 10  # throttled to whole percents, but more than start and end
    assert progress == sorted(progress) and progress[-1] == 100
    assert float(cell(widget, 0, 1)) < 1e-6


def test_cancel_stops_the_book_loop(qtbot):
    widget = make_widget(qtbot, hidden=50)  # 39,760 elements: the loop takes tens of seconds
    select_method(widget, "book")
    widget.run_button.click()
    qtbot.waitUntil(lambda: widget.progress.value() >= 1, timeout=WAIT_MS)
    widget.cancel_button.click()
    assert not widget.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not widget.is_running(), timeout=5000)
    assert widget.result is not None and widget.result.cancelled
    assert widget.progress.value() < 100
    assert "cancelled" in widget.times_label.text()
    assert not widget.cancel_button.isEnabled() and widget.run_button.isEnabled()


def test_quick_mode_enables_k_and_compares_k_values_per_parameter(qtbot):
    widget = make_widget(qtbot)
    select_method(widget, "sample")
    assert widget.count_spin.isEnabled()
    widget.count_spin.setValue(5)
    run_to_end(qtbot, widget)
    assert widget.result is not None and widget.result.method == "sample"
    assert [cell(widget, row, 3) for row in range(4)] == ["5"] * 4
    assert sum(check.checked for check in widget.result.checks) == 4 * 5
    assert "for 20 values" in widget.times_label.text()
    assert float(cell(widget, 0, 1)) < 1e-6
    select_method(widget, "fast")
    assert not widget.count_spin.isEnabled()


def test_set_data_replaces_the_loader(qtbot):
    widget = make_widget(qtbot)
    x, t = random_images(rows=2, seed=1)
    widget.set_data(x, t)
    widget.batch_spin.setValue(10)  # more than there are: all of them
    run_to_end(qtbot, widget)
    assert widget.result is not None and widget.result.batch_size == 2


def test_no_network_explains_and_starts_no_thread(qtbot, monkeypatch):
    started: list[QThread] = []
    monkeypatch.setattr(QThread, "start", lambda self, *args: started.append(self))
    widget = make_widget(qtbot, hidden=None)
    widget.run_button.click()
    assert widget.times_label.text() == NO_NETWORK
    assert not widget.is_running() and not started and widget.result is None
    widget.set_network_source(lambda: None)
    widget.run_check()
    assert widget.times_label.text() == NO_NETWORK and not started


def test_a_broken_network_source_shows_a_message(qtbot, caplog):
    def broken() -> TwoLayerNet:
        raise RuntimeError("no weights here")

    widget = make_widget(qtbot)
    widget.set_network_source(broken)
    widget.run_button.click()
    assert "no weights here" in widget.times_label.text()
    assert not widget.is_running() and widget.run_button.isEnabled()
    assert "could not get the network" in caplog.text


def test_an_error_in_the_worker_becomes_a_message(qtbot, caplog):
    def broken_loader() -> tuple[np.ndarray, np.ndarray]:
        raise OSError("the data files are missing")

    widget = GradCheckWidget(data_loader=broken_loader)
    qtbot.addWidget(widget)
    widget.set_network_source(TwoLayerNet(784, 4, 10, rng=0).copy)
    with qtbot.waitSignal(widget.finished, timeout=WAIT_MS) as blocker:
        widget.run_check()
    assert blocker.args == [None] and widget.result is None
    assert "the data files are missing" in widget.times_label.text()
    assert "gradient check failed" in caplog.text
    assert widget.run_button.isEnabled()


@pytest.mark.parametrize("running", [False, True])
def test_stop_and_wait_ends_the_thread(qtbot, running):
    widget = make_widget(qtbot, hidden=50)
    select_method(widget, "book")
    if running:
        widget.run_check()
        qtbot.waitUntil(lambda: widget.progress.value() >= 1, timeout=WAIT_MS)
    assert widget.stop_and_wait(5000)
    qtbot.waitUntil(lambda: not widget.is_running(), timeout=WAIT_MS)
    assert widget.result is None or widget.result.cancelled
