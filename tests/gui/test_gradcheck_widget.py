"""GradCheckWidget: runs the gradient check in a thread, shows progress, results and errors."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from core.data import load_mnist
from core.gradcheck import ZERO_GRADIENT, gradient_check
from core.mosaic import MosaicLayout
from core.network import PARAM_KEYS, TwoLayerNet
from gui.gradcheck_tiles import (
    CAUSES_TAB,
    HOVER_HINT,
    LOG_LEVELS,
    TILES_TAB,
    error_mosaic,
    log_errors,
    tile_mask,
)
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


# -- the diagnosis: W1's error tiles, the worst entries, the usual causes ------------------


class FlippedSigmoid(TwoLayerNet):
    """Sigmoid's backward with a sign error: W1 and b1 come out negated."""

    def gradient(self, x, t):
        grads = super().gradient(x, t)
        return {**grads, "W1": -grads["W1"], "b1": -grads["b1"]}


def direct_errors(check) -> np.ndarray:
    n, b = check.numerical, check.backprop
    return np.abs(n - b) / np.maximum(np.abs(n) + np.abs(b), ZERO_GRADIENT)


def direct_worst(result, count: int = 10) -> list[tuple[str, tuple[int, ...], float, float, float]]:
    rows = []
    for check in result.checks:
        flat = np.arange(check.checked) if check.flat_index is None else check.flat_index
        for i, error in enumerate(direct_errors(check)):
            n, b = check.numerical[i], check.backprop[i]
            index = tuple(int(k) for k in np.unravel_index(flat[i], check.shape))
            rows.append((check.key, index, n, b, error, abs(n - b)))
    rows.sort(key=lambda row: (-row[4], -row[5]))
    return [row[:5] for row in rows[:count]]


def worst_rows(widget: GradCheckWidget) -> list[list[str]]:
    table = widget.findChild(QTableWidget, "gradcheckWorstTable")
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def expected_rows(result) -> list[list[str]]:
    return [
        [key, f"[{', '.join(map(str, index))}]", f"{n:.6e}", f"{b:.6e}", f"{error:.2e}"]
        for key, index, n, b, error in direct_worst(result)
    ]


def shown_widget(qtbot, network: TwoLayerNet) -> GradCheckWidget:
    widget = make_widget(qtbot, hidden=None)
    widget.set_network_source(lambda: network)
    widget.resize(1400, 360)
    widget.show()
    return widget


def test_a_failing_check_lists_its_worst_entries_draws_w1_and_names_the_cause(qtbot):
    widget = shown_widget(qtbot, FlippedSigmoid(784, 8, 10, rng=0))
    run_to_end(qtbot, widget)
    result, view = widget.result, widget.diagnosis_view
    assert worst_rows(widget) == expected_rows(result)
    assert [row[0] for row in worst_rows(widget)] != ["W2"] * 10  # W1 and b1 are the wrong ones
    assert {row[4] for row in worst_rows(widget)} == {"1.00e+00"}
    W1 = direct_errors(result.checks[0]).reshape(784, 8)
    np.testing.assert_array_equal(view.errors, W1)
    for unit in range(8):
        np.testing.assert_array_equal(view.tile(unit), W1[:, unit].reshape(28, 28))
    np.testing.assert_array_equal(view.mosaic, error_mosaic(log_errors(W1), view.mosaic_layout))
    assert view.mosaic.shape == view.mosaic_layout.shape
    verdict = widget.findChild(QLabel, "gradcheckVerdict").text()
    assert verdict.startswith("Check failed: W1, b1 above 1e-5 (largest 1.0e+00, ")  # W1 or b1
    assert verdict.endswith("; W2, b2 agree.")
    assert view.tabs.currentIndex() == CAUSES_TAB  # a failed check opens the causes
    causes = widget.findChild(QLabel, "gradcheckCauses").text()
    assert "A sign error" in causes
    assert "Seen here: backprop / numerical is -1 in every sizeable entry of W1, b1" in causes
    assert "Other usual causes" in causes
    assert "A forgotten division by the batch size" in causes


def test_a_passing_check_shows_the_tiles_and_its_worst_entries(qtbot):
    widget = shown_widget(qtbot, TwoLayerNet(784, 8, 10, rng=0))
    run_to_end(qtbot, widget)
    view = widget.diagnosis_view
    assert worst_rows(widget) == expected_rows(widget.result)
    assert view.tabs.currentIndex() == TILES_TAB
    assert view.diagnosis.passed is True
    assert view.verdict_label.text().startswith("Backprop is right")
    assert "A sign error" not in view.causes_label.text()
    x, y = view.mosaic_layout.tile_origin(5)
    x, y = x + view._origin[0] + 1, y + view._origin[1] + 1  # pixel (0, 0) of unit 5's tile
    tile = view.tile(5)
    row, col = np.unravel_index(np.nanargmax(tile), tile.shape)
    assert view.describe_at(x, y) == (
        f"hidden unit 5: worst {tile[row, col]:.1e} at pixel ({row}, {col}); "
        f"pixel (0, 0): {tile[0, 0]:.1e}"
    )
    assert view.describe_at(-5, -5) == HOVER_HINT


def test_the_quick_check_draws_only_the_sampled_entries(qtbot):
    widget = shown_widget(qtbot, NoBatchDivision(784, 8, 10, rng=0))
    select_method(widget, "sample")
    widget.count_spin.setValue(30)
    run_to_end(qtbot, widget)
    view = widget.diagnosis_view
    check = widget.result.checks[0]
    expected = np.full(784 * 8, np.nan)
    expected[check.flat_index] = direct_errors(check)
    np.testing.assert_array_equal(view.errors, expected.reshape(784, 8))
    assert np.count_nonzero(~np.isnan(view.errors)) == 30
    assert worst_rows(widget) == expected_rows(widget.result)
    assert "the batch size N = 3" in view.causes_label.text()


def test_clear_empties_the_diagnosis(qtbot):
    widget = shown_widget(qtbot, FlippedSigmoid(784, 8, 10, rng=0))
    run_to_end(qtbot, widget)
    widget.clear()
    view = widget.diagnosis_view
    assert worst_rows(widget) == []
    assert (view.errors, view.mosaic, view.diagnosis) == (None, None, None)
    assert view.verdict_label.text() == ""
    with pytest.raises(LookupError):
        view.tile(0)


class NoBatchDivision(TwoLayerNet):
    """Backprop without the division by the batch size: every gradient N times too large."""

    def gradient(self, x, t):
        return {key: len(x) * grad for key, grad in super().gradient(x, t).items()}


def test_error_mosaic_places_enlarges_and_pools_the_largest_error():
    rng = np.random.default_rng(0)
    values = rng.random((784, 3)).astype(np.float32)
    values[:, 2] = np.nan
    values[0, 2] = 0.5  # one checked entry in an otherwise unchecked tile
    same = MosaicLayout(n_units=3, rows=2, cols=2, tile=28)
    mosaic = error_mosaic(values, same)
    assert mosaic.shape == (57, 57)
    np.testing.assert_array_equal(mosaic[:28, 29:], values[:, 1].reshape(28, 28))
    assert np.isnan(mosaic[28]).all()  # the gap between the rows of tiles
    assert np.isnan(mosaic[29:, 29:]).all()  # no 4th unit
    mask = tile_mask(same)
    assert mask.sum() == 3 * 28 * 28
    assert not mask[28].any()
    assert not mask[29:, 29:].any()
    big = error_mosaic(values, MosaicLayout(3, 1, 3, tile=56))
    np.testing.assert_array_equal(
        big[:56, :56], np.kron(values[:, 0].reshape(28, 28), np.ones((2, 2)))
    )
    for size in (14, 10):
        small = error_mosaic(values, MosaicLayout(3, 1, 3, tile=size))
        edges = [*((np.arange(size) * 28) // size), 28]
        for unit in range(3):
            image = values[:, unit].reshape(28, 28)
            x0 = unit * (size + 1)
            for i in range(size):
                for j in range(size):
                    block = image[edges[i] : edges[i + 1], edges[j] : edges[j + 1]]
                    want = np.nan if np.isnan(block).all() else np.nanmax(block)
                    np.testing.assert_equal(small[i, x0 + j], want)
        assert small[0, 2 * (size + 1)] == 0.5  # the lone checked entry is not averaged away


def test_log_errors_keeps_unchecked_entries_and_puts_zero_below_the_scale():
    out = log_errors(np.array([0.0, 1e-6, np.nan, 1.0]))
    assert out.dtype == np.float32
    assert out[0] < LOG_LEVELS[0]
    assert out[1] == pytest.approx(-6)
    assert np.isnan(out[2])
    assert out[3] == 0
