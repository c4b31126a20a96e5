"""gradient_check: the book's chapter-5 check, its three methods, progress, cancel and report."""

from __future__ import annotations

import re
import threading

import numpy as np
import pytest

from core.fast_gradient import numerical_gradient_fast
from core.functions import softmax
from core.gradcheck import ZERO_GRADIENT, GradCheckResult, ParamCheck, gradient_check
from core.gradcheck_hints import (
    CORRECT_BELOW,
    Diagnosis,
    constant_ratio,
    diagnose,
    entry_errors,
    error_map,
    is_zero,
    worst_entries,
)
from core.multi_layer_net import MultiLayerNet
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


# -- per-entry values, worst entries and the hints (core.gradcheck_hints) ---------------


def direct_errors(n: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(n - b) / np.maximum(np.abs(n) + np.abs(b), ZERO_GRADIENT)


def test_book_check_keeps_every_entry_of_both_gradients(small):
    network, x, t = small
    result = gradient_check(network, x, t, method="book")
    numerical = network.numerical_gradient(x, t)  # the book's loop, on the same float64 net
    backprop = network.gradient(x, t)
    for check in result.checks:
        assert check.flat_index is None
        assert check.shape == network.params[check.key].shape
        assert check.numerical.shape == check.backprop.shape == (SIZES[check.key],)
        np.testing.assert_array_equal(check.numerical, numerical[check.key].ravel())
        np.testing.assert_array_equal(check.backprop, backprop[check.key].ravel())
        np.testing.assert_array_equal(
            entry_errors(check), direct_errors(numerical[check.key], backprop[check.key]).ravel()
        )


def test_sample_check_keeps_only_the_sampled_entries_and_where_they_are(small):
    network, x, t = small
    result = gradient_check(network, x, t, method="sample", sample_count=5, rng=3)
    numerical = network.numerical_gradient(x, t)
    backprop = network.gradient(x, t)
    for check in result.checks:
        flat = check.flat_index
        assert flat is not None
        assert len(set(flat.tolist())) == check.checked == len(check.numerical)
        np.testing.assert_array_equal(check.backprop, backprop[check.key].ravel()[flat])
        np.testing.assert_allclose(check.numerical, numerical[check.key].ravel()[flat], atol=1e-12)
    W1 = error_map(result, "W1")
    assert W1.shape == (12, 6)
    flat = result.checks[0].flat_index
    assert np.flatnonzero(~np.isnan(W1)).tolist() == sorted(flat.tolist())
    expected = direct_errors(numerical["W1"], backprop["W1"]).ravel()[flat]
    np.testing.assert_allclose(W1.ravel()[flat], expected, rtol=1e-6, atol=1e-15)


def test_error_map_is_the_per_entry_error_in_the_parameters_shape(small):
    network, x, t = small
    result = gradient_check(network, x, t, method="fast")
    numerical = numerical_gradient_fast(network, x, t)
    backprop = network.gradient(x, t)
    for key in PARAM_KEYS:
        np.testing.assert_allclose(
            error_map(result, key), direct_errors(numerical[key], backprop[key]), rtol=1e-9
        )
    assert error_map(result, "W3") is None


def test_worst_entries_are_the_largest_relative_errors_of_all_parameters(small, monkeypatch):
    network, x, t = small
    correct = TwoLayerNet.gradient

    def noisy(self, x, t):  # a few wrong entries in W1 and b2, the rest right
        grads = correct(self, x, t)
        grads["W1"][[2, 5], [1, 4]] *= 1.5
        grads["b2"][3] *= -1
        return grads

    monkeypatch.setattr(TwoLayerNet, "gradient", noisy)
    result = gradient_check(network, x, t, method="book")
    rows = [
        (float(error), check.key, int(i), float(n), float(b))
        for check in result.checks
        for i, (error, n, b) in enumerate(
            zip(entry_errors(check), check.numerical, check.backprop, strict=True)
        )
    ]
    rows.sort(key=lambda row: -row[0])
    worst = worst_entries(result, 10)
    assert len(worst) == 10
    assert [(w.key, w.relative_error) for w in worst] == [(r[1], r[0]) for r in rows[:10]]
    shapes = {key: network.params[key].shape for key in PARAM_KEYS}
    for w, (_, key, flat, n, b) in zip(worst, rows, strict=False):
        assert w.index == tuple(int(k) for k in np.unravel_index(flat, shapes[key]))
        assert (w.numerical, w.backprop) == (n, b)
    assert {(w.key, w.index) for w in worst[:3]} == {("b2", (3,)), ("W1", (2, 1)), ("W1", (5, 4))}
    assert worst[0].relative_error == pytest.approx(1.0)  # the flipped b2[3]
    assert worst[1].relative_error == pytest.approx(0.5 / 2.5, rel=1e-4)  # 1.5 g against g


class NoBatchDivision(TwoLayerNet):
    """The book's backward pass without ``/ batch_num`` in SoftmaxWithLoss."""

    def gradient(self, x, t):
        z1, a2 = self._forward(x)
        dy = softmax(a2)
        dy[np.arange(len(x)), t] -= 1  # no dy /= batch_num
        grads = {"W2": z1.T @ dy, "b2": dy.sum(axis=0)}
        dz1 = (dy @ self.params["W2"].T) * z1 * (1 - z1)
        return {**grads, "W1": x.T @ dz1, "b1": dz1.sum(axis=0)}


class FlippedSigmoid(TwoLayerNet):
    """Sigmoid's backward with a sign error: ``dout * (y - 1) * y``."""

    def gradient(self, x, t):
        z1, a2 = self._forward(x)
        dy = softmax(a2)
        dy[np.arange(len(x)), t] -= 1
        dy /= len(x)
        grads = {"W2": z1.T @ dy, "b2": dy.sum(axis=0)}
        dz1 = (dy @ self.params["W2"].T) * (z1 - 1) * z1
        return {**grads, "W1": x.T @ dz1, "b1": dz1.sum(axis=0)}


def batch_softmax(a: np.ndarray) -> np.ndarray:
    """The book's 1-D softmax applied to a batch: normalised over all N x 10 scores."""
    e = np.exp(a - a.max())
    return e / e.sum()


class UnbatchedSoftmax(TwoLayerNet):
    """Forward and backward both with a softmax over the whole batch."""

    def predict(self, x):
        return batch_softmax(self._forward(x)[1])

    def gradient(self, x, t):
        z1, a2 = self._forward(x)
        dy = batch_softmax(a2)
        dy[np.arange(len(x)), t] -= 1
        dy /= len(x)
        grads = {"W2": z1.T @ dy, "b2": dy.sum(axis=0)}
        dz1 = (dy @ self.params["W2"].T) * z1 * (1 - z1)
        return {**grads, "W1": x.T @ dz1, "b1": dz1.sum(axis=0)}


def make(cls, small):
    network, x, t = small
    return cls.from_params(network.params), x, t


def causes(diagnosis: Diagnosis) -> list[str]:
    return [hint.cause for hint in diagnosis.hints]


@pytest.mark.parametrize("method", ["fast", "book", "sample"])
def test_a_forgotten_division_by_the_batch_size_is_named(small, method):
    result = gradient_check(*make(NoBatchDivision, small), method=method, sample_count=30)
    for check in result.checks:
        assert constant_ratio(check) == pytest.approx(3, rel=1e-4)  # N = 3
        assert check.relative_error == pytest.approx(2 / 4, rel=1e-4)  # (N - 1) / (N + 1)
    diagnosis = diagnose(result)
    assert diagnosis.passed is False
    assert causes(diagnosis) == ["batch"]
    assert "the batch size N = 3" in diagnosis.hints[0].evidence
    assert "W1, b1, W2, b2" in diagnosis.hints[0].evidence
    assert diagnosis.verdict.startswith("Check failed: W1, b1, W2, b2 above 1e-5")
    assert [h.cause for h in diagnosis.other_causes] == ["softmax", "log", "sign", "float32"]


def test_a_sign_error_is_named_with_the_layers_it_lies_between(small):
    diagnosis = diagnose(gradient_check(*make(FlippedSigmoid, small)))
    assert causes(diagnosis) == ["sign"]
    evidence = diagnosis.hints[0].evidence
    assert "-1 in every sizeable entry of W1, b1" in evidence
    assert "from layer 2 to layer 1" in evidence
    assert diagnosis.verdict.endswith("; W2, b2 agree.")
    assert "batch" not in {h.cause for h in diagnosis.hints}


def test_a_softmax_over_the_whole_batch_is_named(small):
    network, x, t = make(UnbatchedSoftmax, small)
    result = gradient_check(network, x, t, method="book")
    sums = batch_softmax(network._forward(x)[1]).sum(axis=1)
    np.testing.assert_allclose(result.probabilities.sum(axis=1), sums)
    diagnosis = diagnose(result)
    assert diagnosis.passed is False
    assert causes(diagnosis) == ["softmax"]
    assert "instead of 1" in diagnosis.hints[0].evidence
    assert f"{sums[0]:.3g}" in diagnosis.hints[0].evidence


def test_an_unbatched_softmax_in_backprop_alone_shows_in_the_last_bias(small, monkeypatch):
    """predict is right, only gradient() normalises over the batch: d b2 no longer sums to 0."""
    network, x, t = make(UnbatchedSoftmax, small)
    monkeypatch.setattr(UnbatchedSoftmax, "predict", TwoLayerNet.predict)
    diagnosis = diagnose(gradient_check(network, x, t))
    assert causes(diagnosis) == ["softmax"]
    assert "gradient of b2 sums to -0.667" in diagnosis.hints[0].evidence  # 1/N - 1


@pytest.mark.parametrize(
    ("factor", "cause"), [(0.0, "zero"), (2.0, "scale"), (1 / 3, "batch"), (-3.0, "scale")]
)
def test_other_constant_ratios(small, monkeypatch, factor, cause):
    correct = TwoLayerNet.gradient
    monkeypatch.setattr(
        TwoLayerNet,
        "gradient",
        lambda self, x, t: {
            k: v * (factor if k == "W2" else 1) for k, v in correct(self, x, t).items()
        },
    )
    diagnosis = diagnose(gradient_check(*small))
    assert causes(diagnosis) == [cause]
    assert "of W2" in diagnosis.hints[0].evidence


def test_float16_backprop_is_named(small, monkeypatch):
    correct = TwoLayerNet.gradient
    monkeypatch.setattr(
        TwoLayerNet,
        "gradient",
        lambda self, x, t: {k: v.astype(np.float16) for k, v in correct(self, x, t).items()},
    )
    result = gradient_check(*small)
    assert {c.backprop_dtype for c in result.checks} == {"float16"}
    diagnosis = diagnose(result)
    assert diagnosis.passed is False
    assert "float32" in causes(diagnosis)


def test_a_correct_backprop_passes_and_explains_the_rest_by_the_1e7(small):
    result = gradient_check(*small)
    diagnosis = diagnose(result)
    assert diagnosis.passed is True
    assert diagnosis.hints == diagnosis.other_causes == ()
    y_min = result.probabilities[np.arange(3), [0, 3, 1]].min()
    assert f"1e-7 / y = {1e-7 / y_min:.1e}" in diagnosis.verdict
    assert diagnosis.worst_error == max(c.relative_error for c in result.checks)


def test_a_confidently_wrong_network_fails_by_the_1e7_alone(small):
    network, x, t = small
    network.params["b2"][0] = -12.0  # image 0's label gets a probability of about 1e-5
    result = gradient_check(network, x, t)
    y = result.probabilities[np.arange(3), result.labels]
    assert y.min() < 1e-4
    diagnosis = diagnose(result)
    assert diagnosis.passed is False
    assert diagnosis.worst_error <= 1e-7 / y.min()
    assert causes(diagnosis) == ["log"]
    assert diagnosis.verdict.endswith("This is the book's 1e-7 in log(y + 1e-7), not a bug.")


def test_nothing_checked_has_no_verdict(small):
    cancel = threading.Event()
    cancel.set()
    diagnosis = diagnose(gradient_check(*small, cancel=cancel))
    assert diagnosis.passed is None
    assert worst_entries(gradient_check(*small, cancel=cancel)) == []


def test_biases_before_batch_norm_are_zero_both_ways_not_failures():
    rng = np.random.default_rng(0)
    network = MultiLayerNet(784, [20, 15], 10, use_batchnorm=True, rng=0)
    x, t = rng.random((4, 784)), np.array([2, 1, 1, 3])
    result = gradient_check(network, x, t, method="sample", sample_count=20, rng=0)
    checks = by_key(result)
    assert [key for key, check in checks.items() if is_zero(check)] == ["b1", "b2"]
    # the book's loop: a loss of ~2.3 has ulps of 4e-16, 2e-12 in the gradient, over the floor
    assert checks["b1"].relative_error > CORRECT_BELOW
    diagnosis = diagnose(result)
    assert diagnosis.passed is True
    assert "b1, b2: 0 both ways" in diagnosis.verdict
    assert diagnosis.worst_key not in ("b1", "b2")
    assert all(w.key not in ("b1", "b2") for w in worst_entries(result, 20))
