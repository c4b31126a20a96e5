"""OptimizerLabWidget: the book's paths drawn, sliders redraw one path, hover text, reset."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSlider

from core.optimizer_lab import BOOK_LAB_LEARNING_RATES, CONTOUR_LEVELS, LAB_OPTIMIZERS, path
from core.race import RACE_COLORS
from gui.optimizer_lab_widget import HINT, SLIDER_POSITIONS, OptimizerLabWidget


@pytest.fixture
def lab(qtbot) -> OptimizerLabWidget:
    widget = OptimizerLabWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    return widget


def curve_points(lab: OptimizerLabWidget, name: str) -> np.ndarray:
    x, y = lab.curves[name].getData()
    return np.column_stack((x, y))


def test_names_tooltips_and_book_ranges(lab):
    assert lab.objectName() == "optimizerLab"
    for name in LAB_OPTIMIZERS:
        slider = lab.findChild(QSlider, f"labLr-{name}")
        assert slider is lab.sliders[name]
        assert slider.toolTip()
        assert lab.findChild(QLabel, f"labLrValue-{name}").toolTip()
        assert lab.findChild(QCheckBox, f"labShow-{name}").toolTip()
    assert lab.findChild(QPushButton, "labResetButton").toolTip()
    assert lab.findChild(QLabel, "labStepDetail").text() == HINT
    (x0, x1), (y0, y1) = lab.plot_widget.getPlotItem().getViewBox().viewRange()
    assert (x0, x1, y0, y1) == (-10, 10, -10, 10)  # the book's xlim and ylim


def test_book_paths_drawn_in_race_colours(lab):
    for name, color in zip(LAB_OPTIMIZERS, RACE_COLORS, strict=False):
        expected = path(name, BOOK_LAB_LEARNING_RATES[name])
        np.testing.assert_array_equal(curve_points(lab, name), expected)
        assert lab.curves[name].opts["pen"].color().name().lower() == color.lower()
        assert lab.value_labels[name].text() == f"lr {BOOK_LAB_LEARNING_RATES[name]:g}"
    legend = lab.plot_widget.getPlotItem().legend
    assert legend.getLabel(lab.curves["sgd"]).text == "SGD lr 0.95"
    for level, contour in zip(CONTOUR_LEVELS, lab.contour_curves, strict=True):
        x, y = contour.getData()
        np.testing.assert_allclose(x**2 / 20 + y**2, level)


def test_moving_a_slider_redraws_only_that_path(lab):
    before = {name: curve_points(lab, name) for name in LAB_OPTIMIZERS}
    lab.sliders["momentum"].setValue(SLIDER_POSITIONS // 2)
    lr = lab.lrs["momentum"]
    assert lr == pytest.approx(np.sqrt(1e-3 * 3.0))
    after = curve_points(lab, "momentum")
    assert not np.allclose(after, before["momentum"])
    np.testing.assert_array_equal(after, path("momentum", lr))
    assert lab.value_labels["momentum"].text() == f"lr {lr:.3g}"
    assert lab.plot_widget.getPlotItem().legend.getLabel(lab.curves["momentum"]).text == (
        f"Momentum lr {lr:.3g}"
    )
    for name in ("sgd", "adagrad", "adam"):
        np.testing.assert_array_equal(curve_points(lab, name), before[name])


def test_too_large_a_rate_says_it_diverges(lab):
    lab.sliders["sgd"].setValue(SLIDER_POSITIONS)
    assert lab.value_labels["sgd"].text() == "lr 3 (diverges)"
    assert abs(lab.path("sgd")[-1, 1]) > 1e20  # (-5)**30 * 2
    # pyqtgraph clips what it draws of so far a point; the curve stays finite.
    assert np.isfinite(curve_points(lab, "sgd")).all()


def test_reset_restores_the_book_rates_exactly(lab, qtbot):
    for name in LAB_OPTIMIZERS:
        lab.sliders[name].setValue(10)
    assert lab.lrs["sgd"] != 0.95
    lab.reset_button.click()
    assert lab.lrs == BOOK_LAB_LEARNING_RATES
    for name in LAB_OPTIMIZERS:
        np.testing.assert_array_equal(
            curve_points(lab, name), path(name, BOOK_LAB_LEARNING_RATES[name])
        )


def test_hover_shows_the_step_that_reached_a_point(lab):
    target = path("momentum", 0.1)[2]  # (-6.7977, 0.92), reached by step 2
    detail = lab.show_step_at(target[0] + 0.05, target[1] - 0.05)
    assert detail is not None
    assert (detail.optimizer, detail.k) == ("momentum", 2)
    text = lab.detail_label.text()
    assert text.startswith("Momentum, step 2 (lr 0.1, momentum 0.9)")
    assert "v = 0.9 * v - 0.1 * dL/dW = 0.9 * (0.07, -0.4) - 0.1 * (-0.693, 3.2)" in text
    assert "W = W + v = (-6.93, 1.6) + (0.1323, -0.68) = (-6.798, 0.92)" in text
    np.testing.assert_allclose(np.column_stack(lab.highlight.getData()), [target])


def test_hover_uses_the_current_learning_rate(lab):
    lab.set_learning_rate("sgd", 0.5)
    target = path("sgd", 0.5)[1]  # (-6.65, 0): y jumps straight to the valley floor
    detail = lab.show_step_at(*target)
    assert detail is not None
    assert (detail.optimizer, detail.lr, detail.k) == ("sgd", 0.5, 1)
    assert "W = W - 0.5 * dL/dW = (-7, 2) - 0.5 * (-0.7, 4) = (-6.65, 0)" in lab.detail_label.text()


def test_hover_far_from_paths_and_on_the_start(lab):
    assert lab.show_step_at(8.0, -8.0) is None
    assert lab.detail_label.text() == HINT
    assert lab.highlight.getData()[0].size == 0
    assert lab.show_step_at(-7.0, 2.0) is None
    assert lab.detail_label.text().startswith("Start: W = (x, y) = (-7, 2)")


def test_hidden_paths_are_not_hovered(lab):
    target = path("adagrad", 1.5)[5]
    assert lab.show_step_at(*target).optimizer == "adagrad"
    lab.show_boxes["adagrad"].setChecked(False)
    assert not lab.curves["adagrad"].isVisible()
    hidden = lab.show_step_at(*target)
    assert hidden is None or hidden.optimizer != "adagrad"
