"""gradient_check: the book's chapter-5 check, its three methods, progress, cancel and report."""

from __future__ import annotations

import re
import threading

import numpy as np
import pytest

from core.gradcheck import GradCheckResult, ParamCheck, gradient_check
from core.network import PARAM_KEYS, TwoLayerNet

SIZES = {"W1": 12 * 6, "b1": 6, "W2": 6 * 4, "b2": 4}


@pytest.fixture
def small():
    """12-6-4 with weights of std 0.5 (so every parameter has a sizeable gradient), batch of 3."""
    rng = np.random.default_rng(7)
    network = TwoLayerNet(12, 6, 4, weight_init_std=0.5, rng=rng)
    network.params["b1"][:] = 0.1 * rng.standard_normal(6)
    x = rng.random((3, 12))
    labels = np.array([0, 3, 1])
    return network, x, labels


def by_key(result: GradCheckResult) -> dict[str, ParamCheck]:
    return {check.key: check for check in result.checks}


@pytest.mark.parametrize("method", ["fast", "book", "sample"])
def test_a_correct_backprop_gives_tiny_differences(small, method):
    result = gradient_check(*small, method=method)
    assert [c.key for c in result.checks] == list(PARAM_KEYS)
    assert not result.cancelled
    assert result.method == method
    assert result.batch_size == 3
    assert result.parameter_count == sum(SIZES.values())
    for check in result.checks:
        # Not 0: backprop differentiates the loss without the book's log(y + 1e-7) guard,
        # which weights each row by y_t / (y_t + 1e-7), a relative change of ~1e-7 / y_t
        # (784-50-10 on x_train[:3]: b2 1.5e-07). h**2 terms are smaller still.
        assert check.mean_abs_diff < 1e-6
        assert check.max_abs_diff < 1e-6
        assert check.relative_error < 1e-5
    assert result.numerical_seconds > 0
    assert result.backprop_seconds > 0


@pytest.mark.parametrize("method", ["fast", "book", "sample"])
@pytest.mark.parametrize("breakage", ["zeroed", "sign-flipped"])
def test_a_broken_backprop_shows(small, monkeypatch, method, breakage):
    correct = TwoLayerNet.gradient

    def broken(self, x, t):
        grads = correct(self, x, t)
        grads["W1"] = 0 * grads["W1"] if breakage == "zeroed" else -grads["W1"]
        return grads

    monkeypatch.setattr(TwoLayerNet, "gradient", broken)
    checks = by_key(gradient_check(*small, method=method, sample_count=40))
    assert checks["W1"].mean_abs_diff > 1e-4
    # ||g|| / (||g|| + 0) and ||2g|| / (||g|| + ||-g||): both 1, the largest possible
    assert checks["W1"].relative_error == pytest.approx(1.0, rel=1e-6)
    for key in ("b1", "W2", "b2"):
        assert checks[key].relative_error < 1e-5


def test_an_instance_level_patch_is_checked_too(small):
    """The float64 copy keeps the network's own ``gradient``, not just the class's."""
    network, x, t = small
    correct = network.gradient
    network.gradient = lambda x, t: {**correct(x, t), "b2": np.zeros(4)}
    checks = by_key(gradient_check(network, x, t))
    assert checks["b2"].relative_error == pytest.approx(1.0)
    assert checks["W1"].relative_error < 1e-5


def test_book_and_fast_give_the_same_numbers(small):
    book = gradient_check(*small, method="book")
    fast = gradient_check(*small, method="fast")
    for b, f in zip(book.checks, fast.checks, strict=True):
        assert (b.key, b.checked) == (f.key, f.checked)
        # The book's loop has ~1e-12 of rounding noise per element (a few ulps of the
        # loss divided by 2h); the differences from backprop are larger than that.
        assert b.mean_abs_diff == pytest.approx(f.mean_abs_diff, rel=1e-3, abs=1e-12)
        assert b.max_abs_diff == pytest.approx(f.max_abs_diff, rel=1e-3, abs=1e-12)
        assert b.relative_error == pytest.approx(f.relative_error, rel=1e-3, abs=1e-12)


@pytest.mark.parametrize("method", ["fast", "book", "sample"])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_given_network_is_untouched(small, method, dtype):
    network, x, t = small
    network.params = {key: value.astype(dtype) for key, value in network.params.items()}
    before = {key: value.copy() for key, value in network.params.items()}
    gradient_check(network, x.astype(dtype), t, method=method)
    for key in PARAM_KEYS:
        assert network.params[key].dtype == dtype
        assert network.params[key].tobytes() == before[key].tobytes()


def test_float32_networks_are_checked_in_float64(small):
    """In float32, h = 1e-4 is a few ulps of the weights and the check would be noise."""
    network, x, t = small
    network.params = {key: value.astype(np.float32) for key, value in network.params.items()}
    for check in gradient_check(network, x, t, method="book").checks:
        assert check.relative_error < 1e-5  # in float32: 3e-3 to 2e-2 here


def test_progress_counts_up_to_the_total(small):
    _, x, t = small
    network = TwoLayerNet(12, 30, 4, rng=1)  # 514 elements: a report every 5
    seen = []
    gradient_check(network, x, t, method="book", progress=lambda d, n: seen.append((d, n)))
    assert {total for _, total in seen} == {514}
    done = [d for d, _ in seen]
    assert done == sorted(set(done))
    assert done[-1] == 514
    assert done[:3] == [5, 10, 15]
    assert 100 <= len(done) <= 104  # about every 1%


@pytest.mark.parametrize("method", ["fast", "sample"])
def test_progress_of_the_quick_methods_ends_at_the_total(small, method):
    seen = []
    gradient_check(*small, method=method, progress=lambda done, total: seen.append((done, total)))
    assert seen
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted({d for d, _ in seen})


def test_cancel_stops_the_book_loop_early(small):
    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        cancel.set()  # after the first report

    result = gradient_check(*small, method="book", progress=progress, cancel=cancel)
    assert result.cancelled
    assert len(seen) == 1
    assert len(result.checks) < len(PARAM_KEYS)
    # the first report comes at 1% of 106 elements, inside W1: nothing finished
    assert result.checks == []
    assert result.format_lines()[-1] == "cancelled: W1, b1, W2, b2 not checked"


def test_cancel_keeps_the_finished_parameters(small):
    cancel = threading.Event()

    def progress(done, total):
        if done >= SIZES["W1"] + SIZES["b1"]:
            cancel.set()

    result = gradient_check(*small, method="book", progress=progress, cancel=cancel)
    assert result.cancelled
    assert [c.key for c in result.checks] == ["W1", "b1"]
    assert all(c.relative_error < 1e-5 for c in result.checks)


@pytest.mark.parametrize("method", ["fast", "sample"])
def test_a_cancel_set_before_the_start_checks_nothing(small, method):
    cancel = threading.Event()
    cancel.set()
    result = gradient_check(*small, method=method, cancel=cancel)
    assert result.cancelled
    assert result.checks == []


def test_sample_compares_count_elements_of_each_parameter(small):
    result = gradient_check(*small, method="sample", sample_count=5, rng=1)
    assert [c.checked for c in result.checks] == [5, 5, 5, 4]  # b2 has only 4
    again = gradient_check(*small, method="sample", sample_count=5, rng=1)
    assert again.checks == result.checks


def test_sample_with_every_element_equals_the_book(small):
    sample = gradient_check(*small, method="sample", sample_count=100)
    book = gradient_check(*small, method="book")
    for s, b in zip(sample.checks, book.checks, strict=True):
        assert s.checked == b.checked
        # same values, compared in another order: equal up to the summation order
        assert s.mean_abs_diff == pytest.approx(b.mean_abs_diff, rel=1e-12)
        assert s.max_abs_diff == b.max_abs_diff


def test_bad_arguments_raise(small):
    with pytest.raises(ValueError, match="method must be one of"):
        gradient_check(*small, method="slow")
    with pytest.raises(ValueError, match="sample_count"):
        gradient_check(*small, method="sample", sample_count=0)


def test_param_check_compare():
    check = ParamCheck.compare("W1", np.array([[1.0, 2.0]]), np.array([[1.0, 2.5]]))
    assert check.key == "W1"
    assert check.checked == 2
    assert check.mean_abs_diff == pytest.approx(0.25)
    assert check.max_abs_diff == pytest.approx(0.5)
    assert check.relative_error == pytest.approx(0.5 / (np.sqrt(5) + np.sqrt(7.25)))
    zero = ParamCheck.compare("b2", np.zeros(3), np.zeros(3))
    assert zero.relative_error == 0.0


def test_format_lines():
    result = GradCheckResult(
        method="book",
        checks=[
            ParamCheck("W1", 2.6e-13, 1.1e-11, 3.0e-9, 39_200),
            ParamCheck("b1", 8.9e-13, 2.0e-12, 1.0e-9, 50),
        ],
        numerical_seconds=41.2,
        backprop_seconds=0.0004,
        batch_size=3,
        parameter_count=39_760,
    )
    assert result.format_lines() == [
        "W1: mean |diff| 2.6e-13, max 1.1e-11, relative error 3.0e-09 (39,200 values)",
        "b1: mean |diff| 8.9e-13, max 2.0e-12, relative error 1.0e-09 (50 values)",
        "numerical (book) 41.2 s, backprop 0.00040 s: backprop is 103,000x faster",
    ]


def test_format_lines_of_a_sample_and_a_cancelled_check():
    checks = [ParamCheck(key, 1e-10, 2e-10, 5e-7, 20) for key in PARAM_KEYS]
    sample = GradCheckResult("sample", checks, 0.004, 0.0001, 3, parameter_count=39_760)
    assert sample.format_lines()[-1] == (
        "numerical 0.0040 s for 80 values, backprop 0.00010 s for all "
        "(the book's loop would take about 2.0 s for all)"
    )
    cancelled = GradCheckResult("book", checks[:1], 12.5, 0.0001, 3, cancelled=True)
    lines = cancelled.format_lines()
    assert len(lines) == 3
    assert lines[1] == "numerical (book) 12.5 s, backprop 0.00010 s"
    assert lines[2] == "cancelled: b1, W2, b2 not checked"


def test_a_real_report_reads_like_the_book(small):
    lines = gradient_check(*small).format_lines()
    assert len(lines) == 5
    for key, line in zip(PARAM_KEYS, lines, strict=False):
        assert re.fullmatch(
            rf"{key}: mean \|diff\| \d\.\de-\d\d, max \d\.\de-\d\d, "
            r"relative error \d\.\de-\d\d \(\d+ values\)",
            line,
        ), line
    assert re.fullmatch(r"numerical \(fast\) [\d.]+ s, backprop [\d.]+ s: .*faster", lines[4])
