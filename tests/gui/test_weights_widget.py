"""WeightsWidget: layout that fills the canvas, even gaps, levels, hover, outlines, export."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from core.mosaic import fit_layout, render
from gui.weights_widget import DEFAULT_LIMIT, HOVER_HINT, WeightsWidget


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
