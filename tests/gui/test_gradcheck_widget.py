"""GradCheckWidget: runs the gradient check in a thread, shows progress, results and errors."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.data import load_mnist
from core.gradcheck import gradient_check
from core.network import PARAM_KEYS, TwoLayerNet
from gui.gradcheck_widget import EXPLANATION, NO_NETWORK, GradCheckWidget, fresh_network

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


def select_network(widget: GradCheckWidget, choice: str) -> None:
    widget.network_combo.setCurrentIndex(widget.network_combo.findData(choice))


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
    network = widget.network_combo
    assert network.objectName() == "gradcheckNetworkCombo"
    assert [network.itemData(i) for i in range(network.count())] == ["current", "fresh"]
    assert network.itemText(1) == "fresh 784-50-10 (seed 0)"
    assert network.currentData() == "current"
    explanation = widget.findChild(type(widget.times_label), "gradcheckExplanation").text()
    assert explanation == EXPLANATION


def all_cells(widget: GradCheckWidget) -> list[str]:
    return [cell(widget, row, column) for row in range(4) for column in range(4)]


def test_the_explanation_quotes_what_the_default_check_gives():
    # mnist-trainer gradcheck: fresh 784-50-10 (seed 0), the first 3 training images, fast.
    (x, t), _ = load_mnist()
    result = gradient_check(fresh_network(), x[:3], t[:3], method="fast")
    errors = {f"{check.relative_error:.1e}".replace("e-0", "e-") for check in result.checks}
    assert errors == {"5.2e-7"}
    assert "fresh 784-50-10 on 3 images gives 5.2e-7" in EXPLANATION
    assert "not ~1e-10" in EXPLANATION
    assert "log(y + 1e-7)" in EXPLANATION


def test_result_cells_are_read_only(qtbot):
    widget = make_widget(qtbot)
    run_to_end(qtbot, widget)
    table = widget.table
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    items = [table.item(row, column) for row in range(4) for column in range(4)]
    assert all(item is not None for item in items)
    assert not any(item.flags() & Qt.ItemFlag.ItemIsEditable for item in items)
    assert all(item.flags() & Qt.ItemFlag.ItemIsSelectable for item in items)


def test_fast_check_fills_the_table_with_tiny_differences(qtbot):
    widget = make_widget(qtbot)
    with qtbot.waitSignal(widget.finished, timeout=WAIT_MS) as blocker:
        widget.run_button.click()
        assert not widget.run_button.isEnabled()
        assert widget.cancel_button.isEnabled()
    result = blocker.args[0]
    assert result is widget.result
    assert result.method == "fast"
    assert not result.cancelled
    assert result.batch_size == 3  # the first 3 rows, as the book does
    assert not widget.is_running()
    sizes = {"W1": 784 * 8, "b1": 8, "W2": 8 * 10, "b2": 10}
    for row, key in enumerate(PARAM_KEYS):
        assert float(cell(widget, row, 0)) < 1e-6  # mean |diff|
        assert float(cell(widget, row, 1)) < 1e-6  # max |diff|
        assert cell(widget, row, 3) == f"{sizes[key]:,}"
    text = widget.times_label.text()
    assert text.startswith("numerical ")
    assert "backprop" in text
    assert "faster" in text
    assert widget.progress.value() == 100
    assert widget.run_button.isEnabled()
    assert not widget.cancel_button.isEnabled()


def test_book_method_reports_increasing_progress(qtbot):
    widget = make_widget(qtbot, hidden=2)
    select_method(widget, "book")
    values: list[int] = []
    widget.progress.valueChanged.connect(values.append)
    run_to_end(qtbot, widget)
    assert widget.result is not None
    assert widget.result.method == "book"
    assert not widget.result.cancelled
    progress = [v for v in values if v > 0]
    assert len(progress) >= 10  # throttled to whole percents, but more than start and end
    assert progress == sorted(progress)
    assert progress[-1] == 100
    assert float(cell(widget, 0, 1)) < 1e-6


def test_cancel_stops_the_book_loop(qtbot):
    widget = make_widget(qtbot, hidden=50)  # 39,760 elements: the loop takes tens of seconds
    select_method(widget, "book")
    widget.run_button.click()
    qtbot.waitUntil(lambda: widget.progress.value() >= 1, timeout=WAIT_MS)
    widget.cancel_button.click()
    assert not widget.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not widget.is_running(), timeout=5000)
    assert widget.result is not None
    assert widget.result.cancelled
    assert widget.progress.value() < 100
    assert "cancelled" in widget.times_label.text()
    assert not widget.cancel_button.isEnabled()
    assert widget.run_button.isEnabled()


def test_quick_mode_enables_k_and_compares_k_values_per_parameter(qtbot):
    widget = make_widget(qtbot)
    select_method(widget, "sample")
    assert widget.count_spin.isEnabled()
    widget.count_spin.setValue(5)
    run_to_end(qtbot, widget)
    assert widget.result is not None
    assert widget.result.method == "sample"
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
    assert widget.result is not None
    assert widget.result.batch_size == 2


def test_no_network_checks_a_fresh_one_and_says_so(qtbot):
    widget = make_widget(qtbot, hidden=None)
    assert widget.network_combo.currentData() == "current"
    run_to_end(qtbot, widget)
    assert widget.network_label.text() == NO_NETWORK
    assert "No network yet" in NO_NETWORK
    assert "fresh 784-50-10 (seed 0)" in NO_NETWORK
    assert widget.result is not None
    assert not widget.result.cancelled
    assert cell(widget, 0, 3) == f"{784 * 50:,}"  # W1 of 784-50-10


def test_fresh_network_is_the_command_lines_default(qtbot):
    widget = make_widget(qtbot, hidden=8)  # a current network exists, of another size
    select_network(widget, "fresh")
    run_to_end(qtbot, widget)
    assert "fresh 784-50-10 (seed 0)" in widget.network_label.text()
    x, t = random_images()
    reference = gradient_check(TwoLayerNet(784, 50, 10, rng=0), x[:3], t[:3])
    assert [c.relative_error for c in widget.result.checks] == pytest.approx(
        [c.relative_error for c in reference.checks], rel=1e-9
    )
    select_network(widget, "current")
    run_to_end(qtbot, widget)
    assert widget.network_label.text() == "Checking the current network (784-8-10)."
    assert cell(widget, 0, 3) == f"{784 * 8:,}"


def test_network_choice_is_locked_while_running(qtbot):
    widget = make_widget(qtbot, hidden=50)
    select_method(widget, "book")
    widget.run_check()
    assert not widget.network_combo.isEnabled()
    widget.cancel_check()
    qtbot.waitUntil(lambda: not widget.is_running(), timeout=WAIT_MS)
    assert widget.network_combo.isEnabled()


def test_clear_empties_results_progress_and_messages(qtbot):
    widget = make_widget(qtbot)
    widget.clear()  # nothing to clear yet: no error
    run_to_end(qtbot, widget)
    assert widget.progress.value() == 100
    assert any(all_cells(widget))
    widget.clear()
    assert all_cells(widget) == [""] * 16
    assert widget.progress.value() == widget.progress.minimum() - 1  # no progress shown
    assert widget.times_label.text() == ""
    assert widget.times_label.toolTip() == ""
    assert widget.network_label.text() == ""
    assert widget.result is None
    assert widget.run_button.isEnabled()


def test_clear_cancels_a_running_check_and_drops_what_it_sends(qtbot):
    widget = make_widget(qtbot, hidden=50)  # the book's loop: tens of seconds
    select_method(widget, "book")
    with qtbot.waitSignal(widget.finished, timeout=WAIT_MS) as blocker:
        widget.run_check()
        qtbot.waitUntil(lambda: widget.progress.value() >= 1, timeout=WAIT_MS)
        widget.clear()
        assert not widget.run_button.isEnabled()  # until the thread has ended
        assert not widget.cancel_button.isEnabled()
    assert blocker.args == [None]
    assert not widget.is_running()
    assert all_cells(widget) == [""] * 16
    assert widget.progress.value() == widget.progress.minimum() - 1
    assert widget.times_label.text() == ""
    assert widget.network_label.text() == ""
    assert widget.result is None
    assert widget.run_button.isEnabled()
    select_method(widget, "fast")
    run_to_end(qtbot, widget)  # the next check shows its results again
    assert widget.result is not None
    assert cell(widget, 0, 3) == f"{784 * 50:,}"


def test_a_broken_network_source_shows_a_message(qtbot, caplog):
    def broken() -> TwoLayerNet:
        raise RuntimeError("no weights here")

    widget = make_widget(qtbot)
    widget.set_network_source(broken)
    widget.run_button.click()
    assert "no weights here" in widget.times_label.text()
    assert not widget.is_running()
    assert widget.run_button.isEnabled()
    assert "could not get the network" in caplog.text


def test_an_error_in_the_worker_becomes_a_message(qtbot, caplog):
    def broken_loader() -> tuple[np.ndarray, np.ndarray]:
        raise OSError("the data files are missing")

    widget = GradCheckWidget(data_loader=broken_loader)
    qtbot.addWidget(widget)
    widget.set_network_source(TwoLayerNet(784, 4, 10, rng=0).copy)
    with qtbot.waitSignal(widget.finished, timeout=WAIT_MS) as blocker:
        widget.run_check()
    assert blocker.args == [None]
    assert widget.result is None
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
