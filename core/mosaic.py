"""W1 as a mosaic of tiles, one per hidden unit, laid out to fill a given pixel area.

Tile j is ``W1[:, j].reshape(28, 28)``, upright like an MNIST digit, resampled to a
whole number of pixels per side and separated from its neighbours by 1-pixel gaps.
The mosaic is computed at the exact pixel size it is shown at, so every gap is
exactly one pixel wide (a 28-pixel tile scaled by a fractional zoom would make
some gaps vanish and others double).

Pure NumPy: the window colours the result with its own colour map (``to_rgba``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

TILE = 28
"""Side of a tile at the weights' own resolution: the 28x28 input image."""

GAP = 1
"""Pixels between neighbouring tiles."""


@dataclass(frozen=True)
class MosaicLayout:
    """Where each unit's tile is: a grid of ``rows x cols`` square tiles of ``tile`` pixels.

    Tiles are filled left to right, top to bottom; tiles after the last unit stay empty.
    Pixel coordinates are relative to the mosaic's top-left corner (x = column, y = row).
    """

    n_units: int
    rows: int
    cols: int
    tile: int
    gap: int = GAP

    @property
    def step(self) -> int:
        """Pixels from one tile's left (top) edge to the next one's."""
        return self.tile + self.gap

    @property
    def shape(self) -> tuple[int, int]:
        """(height, width) in pixels: gaps only between tiles, none around them."""
        return self.rows * self.step - self.gap, self.cols * self.step - self.gap

    def tile_origin(self, unit: int) -> tuple[int, int]:
        """(x, y) of the top-left pixel of ``unit``'s tile."""
        row, col = divmod(unit, self.cols)
        return col * self.step, row * self.step

    def unit_at(self, x: float, y: float) -> int | None:
        """The unit whose tile holds pixel (x, y); None in a gap, outside, or past the last unit."""
        if not (math.isfinite(x) and math.isfinite(y)):
            return None
        px, py = math.floor(x), math.floor(y)
        height, width = self.shape
        if not (0 <= px < width and 0 <= py < height):
            return None
        if px % self.step >= self.tile or py % self.step >= self.tile:
            return None
        unit = (py // self.step) * self.cols + px // self.step
        return unit if unit < self.n_units else None


def grid_for(n_units: int) -> tuple[int, int]:
    """(rows, cols) of a near-square grid holding ``n_units`` tiles, row-filled first."""
    if n_units <= 0:
        return 0, 0
    cols = math.isqrt(n_units - 1) + 1  # ceil(sqrt(n))
    return -(-n_units // cols), cols


def fit_layout(n_units: int, width: int, height: int, gap: int = GAP) -> MosaicLayout:
    """The layout with the largest whole-pixel tiles that fits ``width x height`` pixels.

    Every column count from 1 to ``n_units`` is tried; ties go to the grid with the
    fewest empty tiles, then to the wider one. Tiles are at least 1 pixel even when
    that does not fit (the caller's area then cuts the mosaic off).

    Parameters
    ----------
    n_units : int
        Hidden units (tiles), at least 1.
    width, height : int
        The area in pixels.
    gap : int
        Pixels between tiles.
    """
    if n_units < 1:
        raise ValueError(f"n_units must be at least 1, got {n_units}")
    cols = np.arange(1, n_units + 1)
    rows = -(-n_units // cols)
    # c tiles of side s and c - 1 gaps fit in w when c * (s + gap) - gap <= w.
    tile = np.minimum((width + gap) // cols, (height + gap) // rows) - gap
    tile = np.maximum(tile, 1)
    empty = rows * cols - n_units
    best = np.lexsort((-cols, empty, -tile))[0]  # last key first: largest tile wins
    return MosaicLayout(n_units, int(rows[best]), int(cols[best]), int(tile[best]), gap)


def resample_matrix(size: int, tile: int = TILE) -> np.ndarray:
    """(size, tile) float32 ``A`` such that ``A @ image @ A.T`` shrinks a square image.

    Each target pixel is the average of the source pixels it covers, weighted by the
    area covered: exact for any ratio, not only whole ones. Rows sum to 1.
    """
    if not 1 <= size <= tile:
        raise ValueError(f"size must be from 1 to {tile}, got {size}")
    edges = np.arange(size + 1) * (tile / size)  # target pixel i covers [edges[i], edges[i+1])
    left = np.maximum(edges[:-1, None], np.arange(tile)[None, :])
    right = np.minimum(edges[1:, None], np.arange(1, tile + 1)[None, :])
    return (np.clip(right - left, 0, None) * (size / tile)).astype(np.float32)


def nearest_indices(size: int, tile: int = TILE) -> np.ndarray:
    """(size,) int: the source pixel under the centre of each target pixel."""
    return ((np.arange(size) + 0.5) * (tile / size)).astype(np.intp)


def resample_pixels(W1: np.ndarray, size: int) -> np.ndarray:
    """Every unit's image resized to ``size x size``: ``(size, size, H)`` float32.

    ``W1 (784, H)`` is read as ``(28 rows, 28 columns, H)`` without copying it.
    Enlarging repeats the nearest weight, so weights stay crisp squares. Shrinking
    averages by area with two matrix products for all units at once; a pixel that
    covers a NaN or infinite weight (a diverged run) is NaN, so it shows in the gap
    colour instead of spreading over the tile or vanishing.
    """
    n_units = W1.shape[1]
    pixels = np.ascontiguousarray(W1, dtype=np.float32).reshape(TILE, TILE, n_units)
    if size >= TILE:
        index = nearest_indices(size)
        return pixels if size == TILE else pixels[index][:, index]
    A = resample_matrix(size)
    finite = np.isfinite(pixels)
    if finite.all():
        return _shrink(A, pixels)
    shrunk = _shrink(A, np.where(finite, pixels, np.float32(0)))
    shrunk[_shrink((A > 0).astype(np.float32), (~finite).astype(np.float32)) > 0] = np.nan
    return shrunk


def _shrink(A: np.ndarray, pixels: np.ndarray) -> np.ndarray:
    """``A @ pixels[:, :, j] @ A.T`` for every unit j of ``pixels (28, 28, H)``."""
    size, (tile, _, n_units) = A.shape[0], pixels.shape
    rows = (A @ pixels.reshape(tile, tile * n_units)).reshape(size, tile, n_units)
    return np.matmul(A, rows)  # A @ rows[i] for each resized row i: (size, size, H)


def render(W1: np.ndarray, layout: MosaicLayout) -> np.ndarray:
    """The mosaic of ``W1`` in ``layout``: ``layout.shape`` float32, NaN in gaps and empty tiles.

    Parameters
    ----------
    W1 : (784, H) float ndarray
        First-layer weights, column j feeding hidden unit j; H == ``layout.n_units``.
    layout : MosaicLayout
    """
    n_units = W1.shape[1]
    if n_units != layout.n_units:
        raise ValueError(f"W1 has {n_units} units, the layout {layout.n_units}")
    rows, cols, size, step = layout.rows, layout.cols, layout.tile, layout.step
    pixels = resample_pixels(W1, size)  # (pixel row, pixel column, unit)
    mosaic = np.full((rows * step, cols * step), np.nan, dtype=np.float32)
    # View the mosaic as (tile row, pixel row, tile col, pixel col) and write every
    # full row of tiles in one assignment, then the partial last row.
    blocks = mosaic.reshape(rows, step, cols, step)
    full = n_units // cols
    blocks[:full, :size, :, :size] = (
        pixels[:, :, : full * cols].reshape(size, size, full, cols).transpose(2, 0, 3, 1)
    )
    rest = n_units - full * cols
    if rest:
        blocks[full, :size, :rest, :size] = pixels[:, :, full * cols :].transpose(0, 2, 1)
    height, width = layout.shape
    return mosaic[:height, :width]


def to_rgba(
    image: np.ndarray,
    levels: tuple[float, float],
    lut: np.ndarray,
    nan_rgb: tuple[int, int, int],
) -> np.ndarray:
    """Colour ``image (h, w)`` with ``lut (n, 3) uint8``: ``(h, w, 4)`` uint8, opaque.

    ``levels[0]`` gets the first colour, ``levels[1]`` the last, values beyond them
    the end colours; NaN (gaps, empty tiles, a diverged weight) gets ``nan_rgb``.
    """
    low, high = levels
    last = len(lut) - 1
    # One packed RGBA word per colour, NaN's colour after the map's: one lookup per pixel.
    colours = np.full((last + 2, 4), 255, dtype=np.uint8)
    colours[:-1, :3], colours[-1, :3] = lut, nan_rgb
    words = colours.view(np.uint32).ravel()
    scaled = np.asarray(image, dtype=np.float32) - np.float32(low)  # a new array
    with np.errstate(over="ignore", invalid="ignore"):  # inf weights: inf - inf
        scaled *= np.float32(last / (high - low))
    scaled += np.float32(0.5)
    np.clip(scaled, 0, last, out=scaled)  # NaN stays NaN
    np.nan_to_num(scaled, copy=False, nan=last + 1)
    return words[scaled.astype(np.intp)].view(np.uint8).reshape(*image.shape, 4)
