"""W1's per-entry relative errors laid out as 28x28 tiles on a log scale (pure NumPy).

``log_errors`` takes log10 of the errors (exact zeros below the scale, NaN kept where
the quick method did not look); ``error_mosaic`` lays them out as tiles, keeping the
*largest* error under each pixel of a shrunk tile so one bad entry never averages
away; ``tile_mask`` tells the tiles' pixels from the gaps. The colour map's ends and
colours are here too.
"""

from __future__ import annotations

import numpy as np

from core.mosaic import TILE, MosaicLayout, resample_pixels

LOG_LEVELS = (-10.0, -2.0)
"""log10 of the relative errors at the two ends of the colour map."""
COLORMAP = "viridis"
WHITE, BLACK = (255, 255, 255), "#000000"
UNCHECKED_GRAY = (215, 215, 215)


def log_errors(errors: np.ndarray) -> np.ndarray:
    """``log10`` of relative errors, exact zeros below the scale, NaN kept: float32."""
    floor = 10.0 ** (LOG_LEVELS[0] - 2)
    return np.log10(np.maximum(errors, floor)).astype(np.float32)  # maximum keeps NaN


def error_mosaic(values: np.ndarray, layout: MosaicLayout) -> np.ndarray:
    """``values (784, H)`` as tiles in ``layout``: ``layout.shape`` float32, NaN in the gaps.

    Enlarged tiles repeat each entry (``core.mosaic.resample_pixels``); shrunk ones keep
    the largest finite value under each pixel (NaN only where no entry was checked).
    """
    size, n_units = layout.tile, values.shape[1]
    if size >= TILE:
        pixels = resample_pixels(values, size)
    else:
        starts = (np.arange(size) * TILE) // size  # disjoint bins covering 0..27
        pixels = values.astype(np.float32).reshape(TILE, TILE, n_units)
        pixels = np.fmax.reduceat(np.fmax.reduceat(pixels, starts, axis=0), starts, axis=1)
    mosaic = np.full(layout.shape, np.nan, dtype=np.float32)
    for unit in range(n_units):
        x, y = layout.tile_origin(unit)
        mosaic[y : y + size, x : x + size] = pixels[:, :, unit]
    return mosaic


def tile_mask(layout: MosaicLayout) -> np.ndarray:
    """``layout.shape`` bool: True on the tiles' pixels, False in gaps and unused tiles."""
    inside = np.zeros(layout.shape, dtype=bool)
    for unit in range(layout.n_units):
        x, y = layout.tile_origin(unit)
        inside[y : y + layout.tile, x : x + layout.tile] = True
    return inside
