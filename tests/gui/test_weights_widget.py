"""WeightsWidget: W1's mosaic (layout, gaps, levels, hover, outlines, export) and every layer."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from core.mosaic import fit_layout, render
from gui.weights_widget import DEFAULT_LIMIT, HEATMAP_HINT, HOVER_HINT, WeightsWidget


@pytest.fixture
def widget(qtbot) -> WeightsWidget:
    w = WeightsWidget()
    qtbot.addWidget(w)
    w.resize(360, 600)
    w.show()
    QApplication.processEvents()
    return w


def labelled_weights(n_units: int) -> np.ndarray:
    """(784, H) float32 where W1[i, j] = 1000*j + i: every value names its unit and pixel."""
    return (1000 * np.arange(n_units)[None, :] + np.arange(784)[:, None]).astype(np.float32)


def random_weights(n_units: int, std: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((784, n_units)) * std).astype(np.float32)


def resize(widget: WeightsWidget, width: int, height: int) -> None:
    widget.resize(width, height)
    QApplication.processEvents()


def tile_centre(widget: WeightsWidget, unit: int) -> tuple[float, float]:
    """Canvas pixel at the centre of ``unit``'s tile."""
    x, y = widget.mosaic_layout.tile_origin(unit)
    half = widget.mosaic_layout.tile / 2
    return widget.origin[0] + x + half, widget.origin[1] + y + half


def test_object_names(widget):
    assert widget.objectName() == "weightsView"
    assert widget.canvas.objectName() == "weightsCanvas"
    assert widget.hover_label.objectName() == "weightsHoverLabel"


@pytest.mark.parametrize("n_units", [1, 7, 50, 1000, 2000])
def test_the_mosaic_is_laid_out_for_the_canvas_size(widget, n_units):
    assert widget.grid_shape == (0, 0)
    assert widget.mosaic is None
    widget.set_weights(np.zeros((784, n_units), np.float32))
    width, height = widget.canvas.pixel_size()
    layout = widget.mosaic_layout
    assert layout == fit_layout(n_units, width, height)
    assert widget.grid_shape == (layout.rows, layout.cols)
    assert widget.mosaic.shape == layout.shape
    mosaic_h, mosaic_w = layout.shape
    assert mosaic_w <= width
    assert mosaic_h <= height
    # Centred: the grey field around it is split evenly.
    assert widget.origin == ((width - mosaic_w) // 2, (height - mosaic_h) // 2)


def test_a_thousand_units_fill_the_dock_with_larger_tiles(widget):
    widget.set_weights(np.zeros((784, 1000), np.float32))
    layout = widget.mosaic_layout
    assert layout.tile >= 11  # a near-square 32x32 grid scaled to the width gave ~8 pixels
    mosaic_h, mosaic_w = layout.shape
    width, height = widget.canvas.pixel_size()
    assert max(mosaic_w / width, mosaic_h / height) > 0.95


def test_resizing_lays_the_tiles_out_again(widget):
    widget.set_weights(random_weights(50, 0.05))
    resize(widget, 900, 300)
    wide = widget.grid_shape
    assert widget.mosaic_layout == fit_layout(50, *widget.canvas.pixel_size())
    resize(widget, 300, 900)
    tall = widget.grid_shape
    assert wide[1] > wide[0]
    assert tall[0] > tall[1]
    assert widget.mosaic.shape == widget.mosaic_layout.shape


def test_gaps_are_one_pixel_at_every_tile_size(widget):
    W1 = random_weights(50, 0.05)
    widget.set_weights(W1)
    for size in [(360, 600), (333, 517), (250, 251), (901, 402)]:
        resize(widget, *size)
        layout = widget.mosaic_layout
        image = widget.mosaic
        gaps = np.arange(layout.tile, image.shape[1], layout.step)
        assert len(gaps) == layout.cols - 1
        assert np.isnan(image[:, gaps]).all()
        full_rows = 50 // layout.cols * layout.step - 1  # rows of tiles with no unused tile
        columns = np.setdiff1d(np.arange(image.shape[1]), gaps)
        rows = np.setdiff1d(np.arange(full_rows), np.arange(layout.tile, full_rows, layout.step))
        assert np.isfinite(image[np.ix_(rows, columns)]).all()
        np.testing.assert_array_equal(image, render(W1, layout))


def test_the_picture_shown_is_the_mosaic_at_its_own_size(widget):
    widget.set_weights(random_weights(50, 0.05))
    picture = widget.canvas._picture
    assert (picture.height(), picture.width()) == widget.mosaic.shape


def test_float64_weights_are_shown_as_float32(widget):
    W1 = random_weights(7, 0.05).astype(np.float64)
    widget.set_weights(W1)
    assert widget.weights.dtype == np.float32
    assert widget.mosaic.dtype == np.float32
    np.testing.assert_array_equal(widget.weights, W1.astype(np.float32))


def test_the_weights_are_a_copy(widget):
    W1 = random_weights(7, 0.05)
    widget.set_weights(W1)
    W1[:] = 1.0  # the trainer changes its arrays in place
    assert widget.weights.max() < 1.0


@pytest.mark.parametrize("shape", [(785, 10), (784,), (784, 0), (10, 784)])
def test_rejects_weights_of_the_wrong_shape(widget, shape):
    with pytest.raises(ValueError, match="784"):
        widget.set_weights(np.zeros(shape, np.float32))


def test_levels_default_before_any_weights(widget):
    assert widget.levels == (-DEFAULT_LIMIT, DEFAULT_LIMIT)


def test_levels_grow_to_the_weights(widget):
    W1 = random_weights(50, 0.1)
    widget.set_weights(W1)
    low, high = widget.levels
    assert low == -high
    # The 99.9th percentile is taken on a regular sample of ~5,000 values: close to
    # that of all of them, and cheap enough for every frame.
    assert high == pytest.approx(1.25 * np.percentile(np.abs(W1), 99.9), rel=0.05)
    assert high > 1.25 * np.percentile(np.abs(W1), 99)
    assert tuple(widget._colorbar.levels()) == pytest.approx((low, high))


def test_levels_only_grow(widget):
    widget.set_weights(random_weights(50, 0.05))
    first = widget.levels
    widget.set_weights(random_weights(50, 0.2, seed=1))
    grown = widget.levels
    assert grown[1] > first[1]
    widget.set_weights(random_weights(50, 0.01, seed=2))  # weights shrink; levels do not
    assert widget.levels == grown


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
    x, y = widget.mosaic_layout.tile_origin(3)
    tile = widget.mosaic[y : y + widget.mosaic_layout.tile, x : x + widget.mosaic_layout.tile]
    assert not np.isfinite(tile).any()
    assert widget.show_unit_at(*tile_centre(widget, 3)) == 3


def test_clear_empties_the_mosaic_and_resets_levels(widget):
    widget.set_weights(random_weights(50, 0.2))
    assert widget.levels[1] > DEFAULT_LIMIT
    centre = tile_centre(widget, 0)
    widget.highlight_units([0])
    widget.show_unit_at(*centre)
    widget.clear()
    assert widget.mosaic is None
    assert widget.weights is None
    assert widget.canvas._picture is None
    assert widget.levels == (-DEFAULT_LIMIT, DEFAULT_LIMIT)
    assert widget.grid_shape == (0, 0)
    assert widget.unit_at(*centre) is None
    assert widget.hover_label.text() == HOVER_HINT
    assert widget.highlighted_units == []
    assert widget.outline_rects() == []
    widget.set_weights(random_weights(7, 0.005))  # small again after a reset: back to default
    assert widget.levels == (-DEFAULT_LIMIT, DEFAULT_LIMIT)


def test_unit_at_maps_every_tile_and_nothing_else(widget):
    widget.set_weights(labelled_weights(7))
    layout, (ox, oy) = widget.mosaic_layout, widget.origin
    assert widget.unit_at(ox - 1, oy) is None  # left of the mosaic
    for unit in range(7):
        x, y = layout.tile_origin(unit)
        assert widget.unit_at(ox + x, oy + y) == unit  # top-left pixel
        last = layout.tile - 1
        assert widget.unit_at(ox + x + last + 0.99, oy + y + last) == unit  # bottom-right
        assert widget.unit_at(ox + x + layout.tile, oy + y) is None  # the gap to the right
        assert widget.unit_at(ox + x, oy + y + layout.tile) is None  # the gap below
    unused = layout.rows * layout.cols > 7
    if unused:
        assert widget.unit_at(*tile_centre(widget, 7)) is None


def test_show_unit_at_names_the_unit_and_its_weight_range(widget):
    W1 = random_weights(50, 0.05)
    widget.set_weights(W1)
    assert widget.hover_label.text() == HOVER_HINT
    assert widget.show_unit_at(*tile_centre(widget, 17)) == 17
    text = widget.hover_label.text()
    assert "hidden unit 17 " in text
    assert f"from {W1[:, 17].min():.3f} to {W1[:, 17].max():.3f}" in text
    assert widget.canvas.toolTip() == text
    x, y = widget.mosaic_layout.tile_origin(17)
    assert widget.show_unit_at(widget.origin[0] + x - 1, widget.origin[1] + y) is None  # gap
    assert widget.hover_label.text() == HOVER_HINT


def test_the_mouse_on_the_canvas_drives_the_readout(widget):
    widget.set_weights(random_weights(50, 0.05))
    widget.canvas.hovered.emit(*tile_centre(widget, 9))
    assert widget.hover_label.text().startswith("hidden unit 9 ")
    widget.canvas.left.emit()
    assert widget.hover_label.text() == HOVER_HINT


def test_hover_label_follows_new_weights_and_layouts_under_a_resting_mouse(widget):
    widget.set_weights(random_weights(7, 0.05))
    widget.show_unit_at(*tile_centre(widget, 0))
    W1 = random_weights(7, 0.05, seed=3)
    W1[:, 0] = 0.5
    widget.set_weights(W1)
    assert widget.hover_label.text().endswith("from 0.500 to 0.500")
    mouse = tile_centre(widget, 0)
    resize(widget, 900, 250)  # the tiles move under the resting mouse
    unit = widget.unit_at(*mouse)
    expected = HOVER_HINT if unit is None else f"hidden unit {unit} "
    assert widget.hover_label.text().startswith(expected)


def test_highlight_units_outlines_their_tiles_through_the_gaps(widget):
    widget.set_weights(np.zeros((784, 50), dtype=np.float32))
    widget.highlight_units([9, 0, 99])  # 99 does not exist
    assert widget.highlighted_units == [9, 0]
    layout, (ox, oy) = widget.mosaic_layout, widget.origin
    expected = []
    for unit in (9, 0):
        x, y = layout.tile_origin(unit)
        expected.append(QRect(ox + x - 1, oy + y - 1, layout.tile + 2, layout.tile + 2))
    assert widget.outline_rects() == expected
    assert [pen for _, pen in widget.canvas._outlines] == [3, 2]  # the strongest thickest
    centre = widget.outline_rects()[0].center()
    assert widget.unit_at(centre.x(), centre.y()) == 9
    widget.highlight_units([])
    assert widget.highlighted_units == []
    assert widget.outline_rects() == []


def test_outlines_follow_the_tiles_when_the_layout_changes(widget):
    widget.set_weights(np.zeros((784, 50), dtype=np.float32))
    widget.highlight_units([9])
    before = widget.outline_rects()
    resize(widget, 900, 300)
    after = widget.outline_rects()
    assert after != before
    assert widget.unit_at(after[0].center().x(), after[0].center().y()) == 9
    assert [r for r, _ in widget.canvas._outlines] == after


def test_export_image_is_larger_and_has_no_hover_line(widget):
    widget.set_weights(random_weights(50, 0.05))
    widget.highlight_units([3])
    exported = widget.export_image()
    mosaic_h, mosaic_w = widget.mosaic.shape
    assert exported.width() >= 2 * mosaic_w
    assert exported.height() >= 2 * mosaic_h
    widget.show_unit_at(*tile_centre(widget, 3))
    assert widget.hover_label.text().startswith("hidden unit 3")
    assert widget.export_image() == exported  # the hover readout is not in the picture
    larger = widget.export_image(scale=4)
    assert larger.width() > exported.width()
    assert larger.height() > exported.height()


def test_export_tiles_are_whole_multiples_of_28(widget):
    W1 = labelled_weights(6)
    widget.set_weights(W1)
    layout = widget._export_layout(2)
    assert (layout.rows, layout.cols) == widget.grid_shape
    assert layout.tile % 28 == 0
    assert layout.tile >= 2 * widget.mosaic_layout.tile
    assert layout.gap == 2


def test_export_image_before_any_weights_and_bad_scale(widget):
    assert not widget.export_image().isNull()
    with pytest.raises(ValueError, match="scale"):
        widget.export_image(scale=0)


def test_export_of_a_hidden_view_uses_a_near_square_grid_of_28_pixel_tiles(widget):
    widget.set_weights(labelled_weights(50))
    widget.hide()
    layout = widget._export_layout(2)
    assert (layout.rows, layout.cols, layout.tile, layout.gap) == (7, 8, 28, 2)
    assert widget.export_image().width() >= 8 * 30


# -- every layer: the selector and the heatmaps ------------------------------------------------


def network_params(sizes: list[int], std: float = 0.05, seed: int = 0) -> dict[str, np.ndarray]:
    """MultiLayerNet-like params for layer widths ``sizes``, with biases and batch norm's."""
    rng = np.random.default_rng(seed)
    params = {}
    for k, (n_in, n_out) in enumerate(itertools.pairwise(sizes), start=1):
        params[f"W{k}"] = (rng.standard_normal((n_in, n_out)) * std).astype(np.float32)
        params[f"b{k}"] = np.zeros(n_out, np.float32)
        if k < len(sizes) - 1:
            params[f"gamma{k}"] = np.ones(n_out, np.float32)
            params[f"beta{k}"] = np.zeros(n_out, np.float32)
    return params


FIVE_LAYERS = [784, 100, 90, 80, 70, 10]


def combo_items(widget: WeightsWidget) -> list[tuple[str, str]]:
    combo = widget.layer_combo
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_selector_lists_every_weight_matrix(widget):
    assert widget.layer_combo.objectName() == "layerCombo"
    assert combo_items(widget) == [("W1: 28x28 tiles", "W1")]
    widget.set_params(network_params([784, 50, 10]))
    assert combo_items(widget) == [("W1 (784 x 50): 28x28 tiles", "W1"), ("W2 (50 x 10)", "W2")]
    widget.set_params(network_params(FIVE_LAYERS))
    assert combo_items(widget) == [
        ("W1 (784 x 100): 28x28 tiles", "W1"),
        ("W2 (100 x 90)", "W2"),
        ("W3 (90 x 80)", "W3"),
        ("W4 (80 x 70)", "W4"),
        ("W5 (70 x 10)", "W5"),
    ]
    assert list(widget.matrices) == ["W1", "W2", "W3", "W4", "W5"]
    assert widget.shown_layer == "W1"


def test_ten_layers_are_listed_in_layer_order(widget):
    widget.set_params(network_params([784, *[5] * 10, 10]))
    assert [name for _, name in combo_items(widget)] == [f"W{k}" for k in range(1, 12)]


def test_choosing_w3_shows_it_as_a_heatmap_rows_inputs_columns_units(widget):
    params = network_params(FIVE_LAYERS)
    widget.set_params(params)
    mosaic_before = widget.mosaic
    widget.layer_combo.setCurrentIndex(2)
    assert widget.shown_layer == "W3"
    assert widget._stack.currentWidget() is widget.heatmap
    image = widget.heatmap.image_item.image
    assert image.shape == (90, 80)  # (inputs from layer 2, units of layer 3)
    np.testing.assert_array_equal(image, params["W3"])
    assert widget.heatmap.image_item.axisOrder == "row-major"  # row i drawn at y = i
    plot = widget.heatmap.getPlotItem()
    assert plot.getAxis("bottom").labelText == "unit of layer 3"
    assert plot.getAxis("left").labelText == "input from layer 2"
    assert "W3 (90 x 80)" in widget.title_label.text()
    assert "row i = input from layer 2, column j = unit of layer 3" in widget.title_label.text()
    assert widget.mosaic is mosaic_before  # the mosaic is not rebuilt while W3 is shown
    widget.show_layer("W5")
    assert plot.getAxis("bottom").labelText == "unit of layer 5 (the output: digit)"
    widget.show_layer("W1")
    assert widget._stack.currentWidget() is widget.canvas
    assert widget.title_label.text().startswith("First-layer weights W1")


def test_new_params_update_the_same_image_item(widget):
    widget.set_params(network_params(FIVE_LAYERS))
    widget.show_layer("W2")
    item = widget.heatmap.image_item
    items = list(widget.heatmap.getPlotItem().items)
    newer = network_params(FIVE_LAYERS, seed=5)
    widget.set_params(newer)
    assert widget.heatmap.image_item is item
    assert list(widget.heatmap.getPlotItem().items) == items
    np.testing.assert_array_equal(item.image, newer["W2"])
    assert tuple(item.levels) == pytest.approx(widget.levels_of("W2"))


def test_each_layer_has_symmetric_levels_that_only_grow(widget):
    params = network_params(FIVE_LAYERS, std=0.05)
    params["W3"] = random_weights(90, 0.2, seed=1)[:90, :80].copy()
    widget.set_params(params)
    low, high = widget.levels_of("W3")
    assert low == -high
    assert high == pytest.approx(1.25 * np.percentile(np.abs(params["W3"]), 99.9), rel=0.05)
    assert widget.levels_of("W3") != widget.levels_of("W2")  # each its own
    widget.show_layer("W3")
    assert widget.levels == (low, high)
    assert tuple(widget._colorbar.levels()) == pytest.approx((low, high))
    assert tuple(widget.heatmap.image_item.levels) == pytest.approx((low, high))
    params["W3"] = params["W3"] * 3  # grows
    widget.set_params(params)
    grown = widget.levels_of("W3")
    assert grown[1] > high
    params["W3"] = params["W3"] / 100  # shrinks: the levels do not
    widget.set_params(params)
    assert widget.levels_of("W3") == grown
    widget.show_layer("W1")
    assert tuple(widget._colorbar.levels()) == pytest.approx(widget.levels_of("W1"))


def test_levels_grow_for_layers_that_are_not_shown(widget):
    params = network_params(FIVE_LAYERS, std=0.005)
    widget.set_params(params)
    assert widget.levels_of("W4") == (-DEFAULT_LIMIT, DEFAULT_LIMIT)
    params["W4"] = params["W4"] * 100
    widget.set_params(params)  # W1 shown
    assert widget.levels_of("W4")[1] > DEFAULT_LIMIT


def test_a_new_shape_starts_its_levels_again(widget):
    widget.set_params(network_params([784, 50, 10], std=0.5))
    assert widget.levels_of("W2")[1] > 0.5
    widget.set_params(network_params([784, 50, 20], std=0.001))  # another network
    assert widget.levels_of("W2") == (-DEFAULT_LIMIT, DEFAULT_LIMIT)


def test_the_choice_survives_new_params_and_falls_back_to_w1(widget):
    widget.set_params(network_params(FIVE_LAYERS))
    widget.show_layer("W4")
    widget.set_params(network_params(FIVE_LAYERS, seed=2))
    assert widget.shown_layer == "W4"
    assert widget.layer_combo.currentData() == "W4"
    widget.set_params(network_params([784, 100, 90, 80, 60, 10], seed=3))  # W4 reshaped
    assert widget.shown_layer == "W4"
    assert widget.heatmap.image_item.image.shape == (80, 60)
    widget.set_params(network_params([784, 30, 10]))  # no W4 any more
    assert widget.shown_layer == "W1"
    assert widget.layer_combo.currentData() == "W1"
    assert widget._stack.currentWidget() is widget.canvas
    assert widget.mosaic_layout.n_units == 30  # W1 drawn anew


def test_a_two_layer_network_offers_both_matrices(widget):
    params = network_params([784, 50, 10])
    widget.set_params(params)
    widget.show_layer("W2")
    np.testing.assert_array_equal(widget.heatmap.image_item.image, params["W2"])
    with pytest.raises(ValueError, match="W3"):
        widget.show_layer("W3")


def test_set_weights_still_shows_w1_alone(widget):
    widget.set_params(network_params(FIVE_LAYERS))
    widget.show_layer("W3")
    W1 = random_weights(20, 0.05)
    widget.set_weights(W1)
    assert combo_items(widget) == [("W1 (784 x 20): 28x28 tiles", "W1")]
    assert widget.shown_layer == "W1"
    np.testing.assert_array_equal(widget.weights, W1)
    assert widget.mosaic_layout.n_units == 20


def test_set_params_takes_float64_and_needs_w1(widget):
    params = {key: value.astype(np.float64) for key, value in network_params([784, 8, 10]).items()}
    widget.set_params(params)
    assert all(W.dtype == np.float32 for W in widget.matrices.values())
    np.testing.assert_array_equal(widget.weights, params["W1"].astype(np.float32))
    with pytest.raises(ValueError, match="W1"):
        widget.set_params({"W2": np.zeros((8, 10))})
    with pytest.raises(ValueError, match="784"):
        widget.set_params({"W1": np.zeros((10, 8)), "W2": np.zeros((8, 10))})


def test_clear_goes_back_to_w1_alone_and_default_levels(widget):
    widget.set_params(network_params(FIVE_LAYERS, std=0.5))
    widget.show_layer("W3")
    widget.show_value_at(0.5, 0.5)
    widget.clear()
    assert combo_items(widget) == [("W1: 28x28 tiles", "W1")]
    assert widget.shown_layer == "W1"
    assert widget.matrices == {}
    assert widget._stack.currentWidget() is widget.canvas
    assert widget.heatmap.image_item.image is None
    assert widget.hover_label.text() == HOVER_HINT
    assert widget.levels_of("W3") == (-DEFAULT_LIMIT, DEFAULT_LIMIT)
    widget.set_params(network_params(FIVE_LAYERS, std=0.001))
    assert widget.levels_of("W3") == (-DEFAULT_LIMIT, DEFAULT_LIMIT)
    assert widget.shown_layer == "W1"


def test_the_hover_readout_names_a_heatmap_weight(widget):
    params = network_params(FIVE_LAYERS)
    widget.set_params(params)
    widget.show_layer("W3")
    assert widget.hover_label.text() == HEATMAP_HINT
    assert widget.show_value_at(7.5, 12.25) == (12, 7)  # x = unit j, y = input i
    text = f"W3[12, 7] = {params['W3'][12, 7]:.4g}"
    assert widget.hover_label.text() == text
    assert widget.heatmap.toolTip() == text
    assert widget.show_value_at(79.99, 89.99) == (89, 79)
    assert widget.show_value_at(80.0, 0.5) is None  # right of the last unit
    assert widget.show_value_at(0.5, -0.01) is None  # above the first input
    assert widget.hover_label.text() == HEATMAP_HINT
    widget.show_layer("W1")
    assert widget.show_value_at(0.5, 0.5) is None  # no heatmap shown


def test_the_heatmap_readout_follows_new_weights_and_the_mouse_leaving(widget):
    params = network_params(FIVE_LAYERS)
    widget.set_params(params)
    widget.show_layer("W2")
    widget.heatmap.hovered.emit(3.5, 4.5)
    assert widget.hover_label.text().startswith("W2[4, 3] = ")
    params["W2"] = params["W2"].copy()
    params["W2"][4, 3] = 0.125
    widget.set_params(params)
    assert widget.hover_label.text() == "W2[4, 3] = 0.125"
    widget.heatmap.left.emit()
    assert widget.hover_label.text() == HEATMAP_HINT
    widget.heatmap.hovered.emit(3.5, 4.5)
    widget.show_layer("W1")  # another layer: the old readout goes
    assert widget.hover_label.text() == HOVER_HINT


def test_the_mouse_over_a_heatmap_pixel_names_that_weight(widget):
    """Through the scene: the pixel drawn at column j, row i is W[i, j]."""
    params = network_params(FIVE_LAYERS)
    widget.set_params(params)
    widget.show_layer("W4")
    QApplication.processEvents()
    view_box = widget.heatmap.view_box
    for i, j in [(0, 0), (5, 60), (79, 69)]:
        scene_pos = view_box.mapViewToScene(QPointF(j + 0.5, i + 0.5))
        widget.heatmap.scene().sigMouseMoved.emit(scene_pos)
        assert widget.hover_label.text() == f"W4[{i}, {j}] = {params['W4'][i, j]:.4g}"
    # Row 0 is at the top, like a printed matrix.
    top = view_box.mapViewToScene(QPointF(0.5, 0.5)).y()
    bottom = view_box.mapViewToScene(QPointF(0.5, 79.5)).y()
    assert top < bottom


def test_the_heatmap_keeps_square_unsmoothed_pixels(widget):
    widget.set_params(network_params(FIVE_LAYERS))
    widget.show_layer("W5")
    QApplication.processEvents()
    view_box = widget.heatmap.view_box
    assert view_box.state["aspectLocked"] == 1.0
    one_x = view_box.mapViewToScene(QPointF(1, 0)) - view_box.mapViewToScene(QPointF(0, 0))
    one_y = view_box.mapViewToScene(QPointF(0, 1)) - view_box.mapViewToScene(QPointF(0, 0))
    assert abs(one_x.x()) == pytest.approx(abs(one_y.y()), rel=1e-6)
    assert not widget.heatmap.renderHints() & QPainter.RenderHint.SmoothPixmapTransform


def test_export_shows_the_heatmap_when_one_is_shown(widget):
    widget.set_params(network_params(FIVE_LAYERS))
    mosaic_picture = widget.export_image()
    widget.show_layer("W3")
    exported = widget.export_image()
    area = widget._picture_area
    assert (exported.width(), exported.height()) == (2 * area.width(), 2 * area.height())
    assert exported != mosaic_picture
    widget.show_value_at(1.5, 1.5)
    assert widget.export_image() == exported  # the hover readout is not in the picture
    widget.show_layer("W1")
    assert widget.export_image() == mosaic_picture


# -- language, theme, 200% scale, small sizes, accessibility -------------------------------------


def test_texts_follow_the_language_and_the_selection_stays(widget):
    from tests.gui.views_i18n import installed, translated

    widget.set_params(network_params(FIVE_LAYERS))
    widget.show_layer("W3")
    plot = widget.heatmap.getPlotItem()
    with installed("ja"):
        assert combo_items(widget)[0] == ("W1 (784 x 100): 28x28 のタイル", "W1")
        assert combo_items(widget)[1] == ("W2 (100 x 90)", "W2")
        assert widget.layer_combo.selected == "W3"
        assert plot.getAxis("bottom").labelText == "第 3 層のニューロン"
        assert plot.getAxis("left").labelText == "第 2 層からの入力"
        assert widget.title_label.text().startswith("重み W3")
        assert "90 x 80" in widget.title_label.text()
        hint = translated("WeightsWidget", "hover a cell to see its weight", "ja")
        assert widget.hover_label.text() == hint
        widget.show_layer("W1")
        assert widget.hover_label.text() == "タイルにマウスを乗せるとニューロンを表示"
        assert widget.title_label.text().startswith("第 1 層の重み W1")
    assert combo_items(widget)[0] == ("W1 (784 x 100): 28x28 tiles", "W1")
    assert widget.hover_label.text() == HOVER_HINT


def test_the_hover_readout_is_rendered_again_in_the_new_language(widget):
    from tests.gui.views_i18n import installed

    widget.set_weights(random_weights(20, 0.1))
    widget.show_unit_at(*tile_centre(widget, 3))
    assert widget.hover_label.text().startswith("hidden unit 3 ")
    with installed("ko"):
        assert widget.hover_label.text().startswith("은닉층 뉴런 3 — 가중치 ")
    assert widget.hover_label.text().startswith("hidden unit 3 ")


def test_the_background_and_gaps_follow_the_theme(widget):
    from gui.appearance import DARK
    from gui.weights_widget import GAP_GRAY, colors_for
    from tests.gui.views_i18n import theme

    widget.set_weights(np.zeros((784, 7), np.float32))
    with theme("dark"):
        dark = colors_for(DARK)[0]
        assert dark != GAP_GRAY
        assert widget.canvas._background.getRgb()[:3] == dark
        assert widget.heatmap.backgroundBrush().color().getRgb()[:3] == dark
        row, col = np.argwhere(np.isnan(widget.mosaic))[0]  # a gap between the tiles
        gap = widget.canvas._picture.pixelColor(int(col), int(row))
        assert (gap.red(), gap.green(), gap.blue()) == dark
        exported = widget.export_image(scale=1).pixelColor(0, 0)  # an export stays grey
        assert (exported.red(), exported.green(), exported.blue()) == GAP_GRAY
    with theme("light"):
        assert widget.canvas._background.getRgb()[:3] == GAP_GRAY


def test_the_mosaic_is_computed_in_device_pixels_at_200_percent(widget, monkeypatch):
    from gui.mosaic_canvas import device_size

    assert device_size(300, 200, 2.0) == (600, 400)
    assert device_size(301, 200, 1.5) == (451, 300)
    widget.set_weights(np.zeros((784, 50), np.float32))
    width, height = widget.canvas.width(), widget.canvas.height()
    monkeypatch.setattr(widget.canvas, "devicePixelRatioF", lambda: 2.0)
    widget.canvas.redraw()
    assert widget.canvas.pixel_size() == (2 * width, 2 * height)
    assert widget.mosaic_layout == fit_layout(50, 2 * width, 2 * height)
    picture = widget.canvas._picture
    assert (picture.width(), picture.height()) == widget.mosaic.shape[::-1]


def test_every_control_has_a_tooltip_and_an_accessible_name(widget):
    from tests.gui.views_i18n import focus_chain

    widget.set_params(network_params(FIVE_LAYERS))
    chain = focus_chain(widget)
    assert widget.layer_combo in chain
    for control in chain:
        assert control.toolTip(), control.objectName()
        assert control.accessibleName(), control.objectName()


@pytest.mark.parametrize("layer", ["W1", "W3"])
def test_at_a_small_size_no_text_lies_over_the_weights(widget, layer):
    from tests.gui.views_i18n import installed, rect_in

    widget.set_params(network_params(FIVE_LAYERS))
    widget.show_layer(layer)
    widget.show_unit_at(*tile_centre(widget, 3)) if layer == "W1" else widget.show_value_at(2, 3)
    with installed("ja"):
        resize(widget, 300, 200)
        picture = widget._stack.currentWidget()
        for text in (widget.title_label, widget.hover_label, widget.layer_combo):
            assert not rect_in(text, widget).intersects(rect_in(picture, widget)), text
        assert rect_in(widget.title_label, widget).bottom() < rect_in(picture, widget).top()


def test_the_arrow_keys_go_from_tile_to_tile_and_name_the_unit(qtbot, widget):
    from PySide6.QtCore import Qt

    widget.set_weights(labelled_weights(50))
    cols = widget.mosaic_layout.cols
    canvas = widget.canvas
    assert canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    widget.activateWindow()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    assert widget.hover_label.text().startswith("hidden unit 0 ")
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert widget.hover_label.text().startswith("hidden unit 1 ")
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert widget.hover_label.text().startswith(f"hidden unit {1 + cols} ")
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert widget.hover_label.text().startswith("hidden unit 49 ")
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # no further than the last
    assert canvas.keyboard_unit == 49
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert widget.hover_label.text().startswith("hidden unit 0 ")
    canvas.clearFocus()
    assert widget.hover_label.text() == HOVER_HINT
