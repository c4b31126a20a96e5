"""The 2-D optimizer lab against ``optimizer_compare_naive.py``, step by step and after 30 steps."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.optimizer_lab import (
    BOOK_LAB_LEARNING_RATES,
    CONTOUR_LEVELS,
    LAB_OPTIMIZERS,
    LR_RANGE,
    START,
    contour_ellipse,
    contour_grid,
    f,
    lr_from_slider,
    path,
    slider_from_lr,
    step_details,
    trace,
)

EPS = 1e-7  # the book's constant in AdaGrad and Adam


def test_book_learning_rates():
    assert BOOK_LAB_LEARNING_RATES == {"sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "adam": 0.3}
    assert START == (-7.0, 2.0)


# The first steps written out by hand from the book's formulas; gradient (x / 10, 2 y).


def test_sgd_first_steps_by_hand():
    p = path("sgd", 0.95)
    # step 1: grad (-0.7, 4); W = (-7, 2) - 0.95 * (-0.7, 4)
    # step 2: grad (-0.6335, -3.6); step 3: grad (-0.5733175, 3.24)
    expected = [(-7.0, 2.0), (-6.335, -1.8), (-5.733175, 1.62), (-5.188523375, -1.458)]
    np.testing.assert_allclose(p[:4], expected, rtol=1e-12)
    # SGD on this f is x_k = -7 * 0.905**k, y_k = 2 * (-0.9)**k: the zigzag in y.
    k = np.arange(31)
    np.testing.assert_allclose(p, np.column_stack((-7 * 0.905**k, 2 * (-0.9) ** k)), rtol=1e-9)


def test_momentum_first_steps_by_hand():
    p = path("momentum", 0.1)
    # v1 = -0.1 * (-0.7, 4) = (0.07, -0.4)
    # v2 = 0.9 * (0.07, -0.4) - 0.1 * (-0.693, 3.2) = (0.1323, -0.68)
    # v3 = 0.9 * (0.1323, -0.68) - 0.1 * (-0.67977, 1.84) = (0.187047, -0.796)
    expected = [(-7.0, 2.0), (-6.93, 1.6), (-6.7977, 0.92), (-6.610653, 0.124)]
    np.testing.assert_allclose(p[:4], expected, rtol=1e-12)


def test_adagrad_first_steps_by_hand():
    p = path("adagrad", 1.5)
    x1 = -7 - 1.5 * -0.7 / (math.sqrt(0.49) + EPS)  # h = 0.7**2
    y1 = 2 - 1.5 * 4 / (math.sqrt(16) + EPS)  # h = 4**2
    assert (x1, y1) == pytest.approx((-5.5, 0.5), abs=1e-6)
    hx, hy = 0.49 + (x1 / 10) ** 2, 16 + (2 * y1) ** 2
    x2 = x1 - 1.5 * (x1 / 10) / (math.sqrt(hx) + EPS)
    y2 = y1 - 1.5 * (2 * y1) / (math.sqrt(hy) + EPS)
    np.testing.assert_allclose(p[:3], [(-7, 2), (x1, y1), (x2, y2)], rtol=1e-12)
    assert (x2, y2) == pytest.approx((-4.5733, 0.13620), abs=1e-4)


def test_adam_first_steps_by_hand():
    p = path("adam", 0.3)
    # step 1: m = 0.1 g, v = 0.001 g**2, lr_t = 0.3 * sqrt(1 - 0.999) / (1 - 0.9)
    lr_t1 = 0.3 * math.sqrt(0.001) / 0.1
    x1 = -7 - lr_t1 * -0.07 / (math.sqrt(0.00049) + EPS)
    y1 = 2 - lr_t1 * 0.4 / (math.sqrt(0.016) + EPS)
    assert (x1, y1) == pytest.approx((-6.7, 1.7), abs=1e-5)  # Adam's first step is ~lr
    g = (x1 / 10, 2 * y1)
    m = (-0.07 + 0.1 * (g[0] + 0.07), 0.4 + 0.1 * (g[1] - 0.4))
    v = (0.00049 + 0.001 * (g[0] ** 2 - 0.00049), 0.016 + 0.001 * (g[1] ** 2 - 0.016))
    lr_t2 = 0.3 * math.sqrt(1 - 0.999**2) / (1 - 0.9**2)
    x2 = x1 - lr_t2 * m[0] / (math.sqrt(v[0]) + EPS)
    y2 = y1 - lr_t2 * m[1] / (math.sqrt(v[1]) + EPS)
    np.testing.assert_allclose(p[:3], [(-7, 2), (x1, y1), (x2, y2)], rtol=1e-12)


def book_loop(name: str, lr: float, steps: int = 30) -> np.ndarray:
    """The book's loop and optimizer formulas, rewritten with NumPy float64 scalars."""
    x, y = np.float64(-7.0), np.float64(2.0)
    vx = vy = hx = hy = mx = my = np.float64(0.0)
    out = [(x, y)]
    for i in range(1, steps + 1):
        gx, gy = x / 10.0, 2.0 * y
        if name == "sgd":
            x, y = x - lr * gx, y - lr * gy
        elif name == "momentum":
            vx, vy = 0.9 * vx - lr * gx, 0.9 * vy - lr * gy
            x, y = x + vx, y + vy
        elif name == "adagrad":
            hx, hy = hx + gx * gx, hy + gy * gy
            x, y = x - lr * gx / (np.sqrt(hx) + EPS), y - lr * gy / (np.sqrt(hy) + EPS)
        else:
            lr_t = lr * np.sqrt(1.0 - 0.999**i) / (1.0 - 0.9**i)
            mx, my = mx + 0.1 * (gx - mx), my + 0.1 * (gy - my)
            vx, vy = vx + 0.001 * (gx**2 - vx), vy + 0.001 * (gy**2 - vy)
            x, y = x - lr_t * mx / (np.sqrt(vx) + EPS), y - lr_t * my / (np.sqrt(vy) + EPS)
        out.append((x, y))
    return np.array(out)


@pytest.mark.parametrize("name", LAB_OPTIMIZERS)
def test_whole_path_matches_the_book_loop(name):
    lr = BOOK_LAB_LEARNING_RATES[name]
    p = path(name, lr)
    assert p.shape == (31, 2)
    assert p.dtype == np.float64
    np.testing.assert_allclose(p, book_loop(name, lr), rtol=1e-12, atol=1e-15)
    # Every optimizer of the book's figure ends near the minimum, well inside the start.
    assert np.hypot(*p[-1]) < 1.0 < np.hypot(*p[0])


def test_other_lr_and_steps():
    np.testing.assert_allclose(path("adam", 0.05, steps=7), book_loop("adam", 0.05, 7), rtol=1e-12)
    assert path("sgd", 0.1, steps=0).tolist() == [[-7.0, 2.0]]
    with pytest.raises(ValueError, match="nesterov"):
        path("nesterov", 0.1)


def test_step_details_sgd():
    d = step_details("sgd", 0.95, 2)
    assert d.k == 2
    assert d.before == pytest.approx((-6.335, -1.8))
    assert d.grad == pytest.approx((-0.6335, -3.6))
    assert d.after == pytest.approx((-5.733175, 1.62))
    assert d.state_before == d.state_after == {}
    assert d.lr_t is None
    text = d.formula_text()
    assert "W = W - 0.95 * dL/dW = (-6.335, -1.8) - 0.95 * (-0.6335, -3.6) = (-5.733, 1.62)" in text


def test_step_details_momentum_state_before_and_after():
    d = step_details("momentum", 0.1, 2)
    assert d.state_before["v"] == pytest.approx((0.07, -0.4))
    assert d.state_after["v"] == pytest.approx((0.1323, -0.68))
    assert d.settings == {"momentum": 0.9}
    text = d.formula_text()
    assert "v = 0.9 * v - 0.1 * dL/dW = 0.9 * (0.07, -0.4) - 0.1 * (-0.693, 3.2)" in text
    assert "= (0.1323, -0.68)" in text
    assert "W = W + v = (-6.93, 1.6) + (0.1323, -0.68) = (-6.798, 0.92)" in text


def test_step_details_adagrad_first_step_starts_from_zero():
    d = step_details("adagrad", 1.5, 1)
    assert d.state_before["h"] == (0.0, 0.0)
    assert d.state_after["h"] == pytest.approx((0.49, 16.0))
    assert "h = h + dL/dW * dL/dW = (0, 0) + (0.49, 16) = (0.49, 16)" in d.formula_text()


def test_step_details_adam_lr_t_and_moments():
    d = step_details("adam", 0.3, 2)
    assert d.lr_t == pytest.approx(0.3 * math.sqrt(1 - 0.999**2) / (1 - 0.9**2))
    assert d.state_before["m"] == pytest.approx((-0.07, 0.4))
    assert d.state_before["v"] == pytest.approx((0.00049, 0.016))
    assert d.state_after["m"] == pytest.approx((-0.13, 0.7), rel=1e-5)
    assert d.settings == {"beta1": 0.9, "beta2": 0.999}
    text = d.formula_text()
    assert "lr_t = 0.3 * sqrt(1 - 0.999^2) / (1 - 0.9^2) = 0.0706" in text
    assert "m = m + (1 - 0.9) * (dL/dW - m) = (-0.07, 0.4) + 0.1 *" in text


@pytest.mark.parametrize("name", LAB_OPTIMIZERS)
def test_step_details_agree_with_path_and_trace(name):
    lr = BOOK_LAB_LEARNING_RATES[name]
    p = path(name, lr)
    details = trace(name, lr)
    for k in (1, 15, 30):
        d = step_details(name, lr, k)
        assert d == details[k - 1]
        assert d.before == tuple(p[k - 1])
        assert d.after == tuple(p[k])
        assert d.grad == (p[k - 1, 0] / 10, 2 * p[k - 1, 1])
    with pytest.raises(ValueError, match="from 1"):
        step_details(name, lr, 0)


def test_contour_grid_is_the_books():
    X, Y, Z = contour_grid()
    assert X.shape == Y.shape == Z.shape == (1000, 2000)
    assert (X[0, 0], Y[0, 0]) == (-10.0, -5.0)
    np.testing.assert_allclose(Z, X**2 / 20 + Y**2)


@pytest.mark.parametrize("level", CONTOUR_LEVELS)
def test_contour_ellipse_lies_on_its_level(level):
    points = contour_ellipse(level, n=50)
    assert points.shape == (50, 2)
    np.testing.assert_allclose(f(points[:, 0], points[:, 1]), level)
    np.testing.assert_array_equal(points[0], points[-1])


def test_log_slider_mapping():
    assert lr_from_slider(0, 300) == pytest.approx(LR_RANGE[0])
    assert lr_from_slider(300, 300) == pytest.approx(LR_RANGE[1])
    assert lr_from_slider(150, 300) == pytest.approx(math.sqrt(LR_RANGE[0] * LR_RANGE[1]))
    for lr in BOOK_LAB_LEARNING_RATES.values():
        position = slider_from_lr(lr, 300)
        assert lr_from_slider(position, 300) == pytest.approx(lr, rel=0.02)
    assert slider_from_lr(1e-9, 300) == 0
    assert slider_from_lr(100.0, 300) == 300
