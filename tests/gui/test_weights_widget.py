"""WeightsWidget: the W1 mosaic's layout, gaps, levels and hover readout, checked on data."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from gui.weights_widget import DEFAULT_LIMIT, HOVER_HINT, WeightsWidget

STEP = 29  # a 28-pixel tile plus its 1-pixel gap


@pytest.fixture
def widget(qtbot) -> WeightsWidget:
    w = WeightsWidget()
    qtbot.addWidget(w)
    return w


def labelled_weights(n_units: int) -> np.ndarray:
    """(784, H) float32 where W1[i, j] = 1000*j + i: every value names its unit and pixel."""
    return (1000 * np.arange(n_units)[None, :] + np.arange(784)[:, None]).astype(np.float32)


def random_weights(n_units: int, std: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((784, n_units)) * std).astype(np.float32)


def tile(image: np.ndarray, unit: int, cols: int) -> np.ndarray:
    row, col = divmod(unit, cols)
    return image[row * STEP : row * STEP + 28, col * STEP : col * STEP + 28]


def test_object_name(widget):
    assert widget.objectName() == "weightsView"


@pytest.mark.parametrize("n_units", [1, 7, 50])
def test_each_tile_is_its_units_weights_as_an_upright_digit(widget, n_units):
    W1 = labelled_weights(n_units)
    widget.set_weights(W1)
    rows, cols = widget.grid_shape
    image = widget.image_item.image
    assert image.shape == (rows * STEP - 1, cols * STEP - 1)
    for j in sorted({0, 1 % n_units, n_units // 2, n_units - 1}):
        np.testing.assert_array_equal(tile(image, j, cols), W1[:, j].reshape(28, 28))
    # Spelled out for unit 0: pixel 0 of the digit top left, pixel 27 top right,
    # pixel 28*27 bottom left (row 0 of the digit is at row 0 of the image).
    assert (image[0, 0], image[0, 27], image[27, 0]) == (0, 27, 28 * 27)


def test_tiles_run_left_to_right_then_top_to_bottom(widget):
    widget.set_weights(labelled_weights(7))  # 3 x 3 grid
    image = widget.image_item.image
    assert image[0, STEP] == 1000  # unit 1: right of unit 0
    assert image[0, 2 * STEP] == 2000
    assert image[STEP, 0] == 3000  # unit 3: first tile of the second row
    assert image[2 * STEP, 0] == 6000


def test_gaps_and_unused_tiles_are_nan_and_tiles_are_not(widget):
    widget.set_weights(labelled_weights(7))  # 3 x 3 grid: tiles 7 and 8 unused
    image = widget.image_item.image
    assert np.isnan(image[28::STEP, :]).all()
    assert np.isnan(image[:, 28::STEP]).all()
    assert np.isnan(tile(image, 7, 3)).all() and np.isnan(tile(image, 8, 3)).all()
    assert np.count_nonzero(~np.isnan(image)) == 784 * 7


@pytest.mark.parametrize(
    ("n_units", "shape"),
    [(1, (1, 1)), (2, (1, 2)), (3, (2, 2)), (7, (3, 3)), (50, (7, 8)), (100, (10, 10)),
     (1000, (32, 32))],
)  # fmt: skip
def test_grid_shape(widget, n_units, shape):
    assert widget.grid_shape == (0, 0)
    widget.set_weights(np.zeros((784, n_units), np.float32))
    assert widget.grid_shape == shape
    rows, cols = shape
    assert widget.image_item.image.shape == (rows * STEP - 1, cols * STEP - 1)


def test_float64_weights_are_shown_as_float32(widget):
    W1 = random_weights(7, 0.05).astype(np.float64)
    widget.set_weights(W1)
    image = widget.image_item.image
    assert image.dtype == np.float32
    np.testing.assert_array_equal(tile(image, 6, 3), W1[:, 6].reshape(28, 28).astype(np.float32))


@pytest.mark.parametrize("shape", [(785, 10), (784,), (784, 0), (10, 784)])
def test_rejects_weights_of_the_wrong_shape(widget, shape):
    with pytest.raises(ValueError, match="784"):
        widget.set_weights(np.zeros(shape, np.float32))


def test_levels_default_before_any_weights(widget):
    assert widget.levels == (-DEFAULT_LIMIT, DEFAULT_LIMIT)


def test_levels_grow_to_the_weights_and_are_passed_to_the_image(widget):
    W1 = random_weights(50, 0.1)
    widget.set_weights(W1)
    low, high = widget.levels
    assert low == -high
    # The 99.9th percentile is taken on a regular sample of ~5,000 values: close to
    # that of all of them, and cheap enough for every frame.
    assert high == pytest.approx(1.25 * np.percentile(np.abs(W1), 99.9), rel=0.05)
    assert high > 1.25 * np.percentile(np.abs(W1), 99)
    assert tuple(widget.image_item.getLevels()) == pytest.approx((low, high))


def test_levels_only_grow(widget):
    widget.set_weights(random_weights(50, 0.05))
    first = widget.levels
    widget.set_weights(random_weights(50, 0.2, seed=1))
    grown = widget.levels
    assert grown[1] > first[1]
    widget.set_weights(random_weights(50, 0.01, seed=2))  # weights shrink; levels do not
    assert widget.levels == grown
    assert tuple(widget.image_item.getLevels()) == pytest.approx(grown)


def test_levels_ignore_a_few_outliers_and_small_weights(widget):
    W1 = random_weights(50, 0.005)  # 99.9th percentile ~0.016, below the default
    W1[:10, 0] = 5.0  # 10 of 39,200 values: under 0.1%
    widget.set_weights(W1)
    assert widget.levels == (-DEFAULT_LIMIT, DEFAULT_LIMIT)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_diverged_weights_keep_the_levels_and_still_show(widget, bad):
    widget.set_weights(random_weights(7, 0.05))
    before = widget.levels
    W1 = random_weights(7, 0.5, seed=4)  # would grow the levels if they were finite
    W1[:, 3] = bad
    widget.set_weights(W1)
    assert widget.levels == before
    np.testing.assert_array_equal(tile(widget.image_item.image, 3, 3), np.full((28, 28), bad))
    assert widget.show_unit_at(14, STEP + 14) == 3


def test_clear_empties_the_image_and_resets_levels(widget):
    widget.set_weights(random_weights(50, 0.2))
    assert widget.levels[1] > DEFAULT_LIMIT
    widget.show_unit_at(14, 14)
    widget.clear()
    assert widget.image_item.image is None
    assert widget.levels == (-DEFAULT_LIMIT, DEFAULT_LIMIT)
    assert widget.grid_shape == (0, 0)
    assert widget.unit_at(14, 14) is None
    assert widget.hover_label.text() == HOVER_HINT
    widget.set_weights(random_weights(7, 0.005))  # small again after a reset: back to default
    assert widget.levels == (-DEFAULT_LIMIT, DEFAULT_LIMIT)


@pytest.mark.parametrize(
    ("x", "y", "unit"),
    [
        (14, 14, 0),  # tile centres
        (STEP + 14, 14, 1),
        (2 * STEP + 14, 14, 2),
        (14, STEP + 14, 3),
        (2 * STEP + 14, STEP + 14, 5),
        (14, 2 * STEP + 14, 6),  # the last unit
        (0, 0, 0),  # tile edges
        (27.99, 27.99, 0),
        (STEP, 0, 1),
        (28.5, 14, None),  # gaps
        (14, 28.5, None),
        (STEP + 28, STEP + 28, None),
        (STEP + 14, 2 * STEP + 14, None),  # unused tiles beyond H
        (2 * STEP + 14, 2 * STEP + 14, None),
        (-0.5, 14, None),  # outside
        (14, -0.5, None),
        (3 * STEP - 1, 14, None),
        (14, 3 * STEP - 1, None),
        (float("nan"), 14, None),
    ],
)
def test_unit_at(widget, x, y, unit):
    assert widget.unit_at(x, y) is None  # nothing shown yet
    widget.set_weights(labelled_weights(7))  # 3 x 3 grid
    assert widget.unit_at(x, y) == unit


def test_show_unit_at_names_the_unit_and_its_weight_range(widget):
    W1 = random_weights(50, 0.05)
    widget.set_weights(W1)
    assert widget.hover_label.text() == HOVER_HINT
    x, y = 1 * STEP + 14, 2 * STEP + 14  # 8 columns: unit 17 is row 2, column 1
    assert widget.show_unit_at(x, y) == 17
    text = widget.hover_label.text()
    assert "hidden unit 17 " in text
    assert f"from {W1[:, 17].min():.3f} to {W1[:, 17].max():.3f}" in text
    assert widget.show_unit_at(28.5, y) is None
    assert widget.hover_label.text() == HOVER_HINT


def test_hover_label_follows_new_weights_under_a_resting_mouse(widget):
    widget.set_weights(random_weights(7, 0.05))
    widget.show_unit_at(14, 14)
    W1 = random_weights(7, 0.05, seed=3)
    W1[:, 0] = 0.5
    widget.set_weights(W1)
    assert widget.hover_label.text().endswith("from 0.500 to 0.500")


def test_mouse_move_is_mapped_through_the_inverted_view(widget):
    widget.resize(400, 600)
    widget.show()
    widget.set_weights(random_weights(50, 0.05))
    QApplication.processEvents()
    view = widget.image_item.getViewBox()
    assert view.yInverted()
    top = view.mapViewToScene(QPointF(14, 14))
    below = view.mapViewToScene(QPointF(14, STEP + 14))
    assert top.y() < below.y()  # row 0 of the mosaic is drawn above row 1
    widget._on_mouse_moved(below)
    assert widget.hover_label.text().startswith("hidden unit 8 ")  # 8 columns: unit 8 below 0
    widget._on_mouse_moved(view.mapViewToScene(QPointF(-5, -5)))
    assert widget.hover_label.text() == HOVER_HINT


def test_highlight_units_outlines_their_tiles(qtbot):
    widget = WeightsWidget()
    qtbot.addWidget(widget)
    widget.set_weights(np.zeros((784, 50), dtype=np.float32))
    widget.highlight_units([9, 0, 99])  # 99 does not exist
    assert widget.highlighted_units == [9, 0]
    rects = [outline.rect() for outline in widget._outlines]
    # unit 9 is row 1, column 1 of the 8-column grid; each tile steps 29 pixels
    assert (rects[0].x(), rects[0].y()) == (29 - 0.5, 29 - 0.5)
    assert (rects[1].x(), rects[1].y()) == (-0.5, -0.5)
    assert widget.unit_at(rects[0].center().x(), rects[0].center().y()) == 9
    widget.highlight_units([])
    assert widget.highlighted_units == [] and widget._outlines == []
    widget.highlight_units([3])
    widget.clear()
    assert widget.highlighted_units == []
