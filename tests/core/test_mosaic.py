"""core.mosaic: the W1 mosaic's layout, resampling, gaps and colours, checked on data."""

from __future__ import annotations

import numpy as np
import pytest

from core.mosaic import (
    TILE,
    MosaicLayout,
    fit_layout,
    grid_for,
    render,
    resample_matrix,
    to_rgba,
)


def labelled_weights(n_units: int) -> np.ndarray:
    """(784, H) float32 where W1[i, j] = 1000*j + i: every value names its unit and pixel."""
    return (1000 * np.arange(n_units)[None, :] + np.arange(784)[:, None]).astype(np.float32)


def tile_of(image: np.ndarray, layout: MosaicLayout, unit: int) -> np.ndarray:
    x, y = layout.tile_origin(unit)
    return image[y : y + layout.tile, x : x + layout.tile]


@pytest.mark.parametrize(
    ("n_units", "width", "height", "grid", "tile"),
    [
        (1, 100, 60, (1, 1), 60),
        (2, 300, 100, (1, 2), 100),  # a wide area: side by side
        (2, 100, 300, (2, 1), 100),  # a tall one: one above the other
        (4, 99, 99, (2, 2), 49),  # 2 tiles + 1 gap = 99 exactly
        (4, 98, 98, (2, 2), 48),
        (50, 400, 400, (7, 8), 49),  # 7x8 and 8x7 tie; the wider wins
        (1000, 360, 524, (40, 25), 12),  # the tester's dock: was 8-pixel tiles
        (2000, 360, 524, (50, 40), 8),
    ],
)
def test_fit_layout_takes_the_largest_tile_that_fits(n_units, width, height, grid, tile):
    layout = fit_layout(n_units, width, height)
    assert (layout.rows, layout.cols, layout.tile) == (*grid, tile)
    mosaic_h, mosaic_w = layout.shape
    assert mosaic_w <= width
    assert mosaic_h <= height
    assert layout.rows * layout.cols >= n_units
    for cols in range(1, n_units + 1):  # no other column count gives larger tiles
        rows = -(-n_units // cols)
        assert min((width + 1) // cols, (height + 1) // rows) - 1 <= layout.tile


def test_fit_layout_in_a_tiny_area_keeps_one_pixel_tiles():
    layout = fit_layout(2000, 20, 20)
    assert layout.tile == 1
    assert layout.rows * layout.cols >= 2000


def test_fit_layout_rejects_no_units():
    with pytest.raises(ValueError, match="at least 1"):
        fit_layout(0, 100, 100)


@pytest.mark.parametrize(("n_units", "grid"), [(0, (0, 0)), (1, (1, 1)), (7, (3, 3)), (50, (7, 8))])
def test_grid_for_is_near_square(n_units, grid):
    assert grid_for(n_units) == grid


def test_layout_geometry():
    layout = MosaicLayout(n_units=7, rows=3, cols=3, tile=10)
    assert layout.step == 11
    assert layout.shape == (32, 32)  # 3 tiles and 2 gaps each way
    assert layout.tile_origin(0) == (0, 0)
    assert layout.tile_origin(4) == (11, 11)
    assert layout.tile_origin(6) == (0, 22)


@pytest.mark.parametrize(
    ("x", "y", "unit"),
    [
        (0, 0, 0),
        (9.99, 9.99, 0),
        (11, 0, 1),
        (16, 16, 4),
        (5, 27, 6),  # the last unit
        (10, 5, None),  # gaps
        (10.5, 5, None),
        (5, 21, None),
        (16, 27, None),  # unused tiles after the last unit
        (27, 27, None),
        (-0.5, 5, None),  # outside
        (5, 32, None),
        (32, 5, None),
        (float("nan"), 5, None),
        (5, float("inf"), None),
    ],
)
def test_layout_unit_at(x, y, unit):
    assert MosaicLayout(n_units=7, rows=3, cols=3, tile=10).unit_at(x, y) == unit


def test_render_at_28_pixels_shows_each_unit_as_an_upright_digit():
    W1 = labelled_weights(7)
    layout = MosaicLayout(7, 3, 3, TILE)
    image = render(W1, layout)
    assert image.shape == layout.shape == (86, 86)
    assert image.dtype == np.float32
    for unit in range(7):
        np.testing.assert_array_equal(tile_of(image, layout, unit), W1[:, unit].reshape(28, 28))
    # Unit 0: pixel 0 top left, pixel 27 top right, pixel 28*27 bottom left.
    assert (image[0, 0], image[0, 27], image[27, 0]) == (0, 27, 28 * 27)
    assert image[0, 29] == 1000
    assert image[29, 0] == 3000


@pytest.mark.parametrize("tile", [1, 5, 12, 28, 45])
def test_gaps_are_exactly_one_pixel_and_nan_everywhere(tile):
    rng = np.random.default_rng(0)
    W1 = rng.standard_normal((784, 9)).astype(np.float32)
    layout = MosaicLayout(9, 3, 3, tile)
    image = render(W1, layout)
    step = tile + 1
    gap_lines = np.arange(tile, image.shape[0], step)
    assert list(gap_lines) == [tile, tile + step]
    assert np.isnan(image[gap_lines, :]).all()
    assert np.isnan(image[:, gap_lines]).all()
    tile_lines = np.setdiff1d(np.arange(image.shape[0]), gap_lines)
    assert np.isfinite(image[np.ix_(tile_lines, tile_lines)]).all()  # all 9 tiles are used


def test_unused_tiles_are_nan():
    layout = MosaicLayout(7, 3, 3, 6)
    image = render(labelled_weights(7), layout)
    assert np.isnan(tile_of(image, layout, 7)).all()
    assert np.isnan(tile_of(image, layout, 8)).all()
    assert np.count_nonzero(~np.isnan(image)) == 36 * 7


def test_shrunk_tiles_are_area_averages():
    rng = np.random.default_rng(1)
    W1 = rng.standard_normal((784, 5))
    layout = MosaicLayout(5, 2, 3, 14)  # exactly half: each pixel the mean of a 2x2 block
    image = render(W1, layout)
    for unit in range(5):
        blocks = W1[:, unit].reshape(14, 2, 14, 2).mean(axis=(1, 3))
        np.testing.assert_allclose(tile_of(image, layout, unit), blocks, rtol=1e-5, atol=1e-6)
    layout = MosaicLayout(5, 2, 3, 9)  # any ratio: A @ tile @ A.T
    A = resample_matrix(9)
    image = render(W1, layout)
    expected = A @ W1[:, 4].reshape(28, 28) @ A.T
    np.testing.assert_allclose(tile_of(image, layout, 4), expected, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("size", [1, 3, 10, 27, 28])
def test_resample_matrix_averages_by_area(size):
    A = resample_matrix(size)
    assert A.shape == (size, TILE)
    np.testing.assert_allclose(A.sum(axis=1), 1, rtol=1e-6)  # a flat image stays flat
    np.testing.assert_allclose(A.sum(axis=0), size / TILE, rtol=1e-6)  # every pixel counts


def test_enlarged_tiles_repeat_the_nearest_weight():
    W1 = labelled_weights(2)
    layout = MosaicLayout(2, 1, 2, 56)
    image = render(W1, layout)
    np.testing.assert_array_equal(
        tile_of(image, layout, 1), np.kron(W1[:, 1].reshape(28, 28), np.ones((2, 2)))
    )


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_a_diverged_weight_blanks_only_the_pixel_that_covers_it(bad):
    W1 = np.zeros((784, 4), dtype=np.float32)
    W1[0, 2] = bad  # top-left pixel of unit 2
    layout = MosaicLayout(4, 2, 2, 14)  # shrunk: each pixel covers a 2x2 block
    tile = tile_of(render(W1, layout), layout, 2)
    assert np.isnan(tile[0, 0])
    assert np.count_nonzero(tile) == 1  # NaN counts as nonzero; the rest is 0
    layout = MosaicLayout(4, 2, 2, 56)  # enlarged: the weight itself, in a 2x2 block
    tile = tile_of(render(W1, layout), layout, 2)
    np.testing.assert_array_equal(tile[:2, :2], np.full((2, 2), bad))
    assert np.count_nonzero(tile) == 4


def test_render_rejects_a_layout_for_other_weights():
    with pytest.raises(ValueError, match="7 units"):
        render(labelled_weights(7), MosaicLayout(8, 3, 3, 5))


def test_to_rgba_maps_levels_to_the_ends_of_the_colour_map():
    lut = np.stack([np.arange(256), 255 - np.arange(256), np.zeros(256)], axis=1).astype(np.uint8)
    image = np.array([[-1.0, 1.0, 0.0, np.nan], [-5.0, 5.0, -np.inf, np.inf]], np.float32)
    rgba = to_rgba(image, (-1.0, 1.0), lut, (7, 8, 9))
    assert rgba.shape == (2, 4, 4)
    assert rgba.dtype == np.uint8
    assert (rgba[..., 3] == 255).all()
    assert rgba[0, 0, :3].tolist() == [0, 255, 0]  # low level: the first colour
    assert rgba[0, 1, :3].tolist() == [255, 0, 0]  # high level: the last
    assert rgba[0, 2, 0] in (127, 128)  # zero: the middle
    assert rgba[0, 3, :3].tolist() == [7, 8, 9]  # NaN: the gap colour
    assert rgba[1, :, 0].tolist() == [0, 255, 0, 255]  # beyond the levels: the ends
