"""A drawn canvas -> the 28x28 input that MNIST would have given for the same digit.

MNIST's digits (LeCun, Cortes and Burges) were size-normalised to fit a 20x20
box, keeping their aspect ratio, with anti-aliasing, and then placed in a 28x28
field so that their centre of mass sits at the centre. ``preprocess_drawing``
does the same to a canvas of any size:

1. Pixels below ``INK_THRESHOLD`` are background; no ink at all gives ``None``.
2. Crop to the ink's bounding box. Strokes that would come out wider than
   MNIST's once scaled (a small drawing with the pad's fixed pen) are thinned
   first by ``core.stroke.thin_to_mnist``, and the thinned ink cropped again.
   Scale the longer side to ``BOX`` (20) px.
3. Translate so the centre of mass lands on ``CENTRE`` (row 14, column 14).
4. Rescale so the brightest pixel is 1, as every MNIST digit peaks at 254-255.

Steps 2 and 3 are one area (box-filter) resampling, applied per axis as a
weight matrix: ``Wy @ crop @ Wx.T``. It is exact for any non-integer scale, up
or down, and does the centring to a fraction of a pixel, where MNIST rounded
the translation to whole pixels; on redrawn test digits the sub-pixel shift
classifies at least as well (see tests/core/test_drawing.py).
"""

from __future__ import annotations

import numpy as np

from core.stroke import thin_to_mnist

SIZE = 28
"""Side of an MNIST image, in pixels."""
BOX = 20
"""Side of the box the digit's longer side is scaled to, in pixels."""
CENTRE = 14.0
"""Where the centre of mass goes, as a row and column index (pixel centres are integers).

Not the geometric centre 13.5: MNIST's whole-pixel translation put the centre of
mass in [13.5, 14.5); its training images average (13.996, 14.007).
"""
INK_THRESHOLD = 0.05
"""Canvas values below this are background: faint anti-aliasing and noise, not ink."""
PAD_SIZE = 280
"""Side of the drawing pad's canvas in pixels (10x MNIST's 28)."""
PEN_WIDTH = round(PAD_SIZE / 12)
"""23 px, the pad's pen: a digit written ~200 px tall is scaled by 20/200 to the box,
giving strokes ~2.3 px wide in the 28x28 input, like MNIST's 2-3 px. Smaller
drawings get wider strokes, which ``core.stroke.thin_to_mnist`` thins."""


def area_weights(n_in: int, n_out: int, scale: float, offset: float = 0.0) -> np.ndarray:
    """Matrix that box-filters one axis: output pixel ``i`` averages what it covers.

    Output pixel ``i`` spans ``[i, i + 1)`` and sees input ``[(i - offset) * scale,
    (i + 1 - offset) * scale)``; its weight for input pixel ``j`` is the overlap
    with ``[j, j + 1)`` divided by ``scale``, so the weights of a fully covered
    output pixel sum to 1.

    Parameters
    ----------
    n_in, n_out : int
        Pixels along the axis before and after.
    scale : float
        Input pixels per output pixel (> 1 shrinks, < 1 enlarges).
    offset : float
        Output position of the input's leading edge, in output pixels.

    Returns
    -------
    (n_out, n_in) float64 ndarray
    """
    i = np.arange(n_out, dtype=np.float64)[:, None]
    j = np.arange(n_in, dtype=np.float64)[None, :]
    low, high = (i - offset) * scale, (i + 1 - offset) * scale
    overlap = np.minimum(high, j + 1) - np.maximum(low, j)
    return np.clip(overlap, 0.0, None) / scale


def area_resize(image: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    """Resize ``image`` by area averaging (anti-aliased when shrinking).

    Parameters
    ----------
    image : (H, W) float ndarray
    out_h, out_w : int
        The new shape.

    Returns
    -------
    (out_h, out_w) float64 ndarray; its mean equals the mean of ``image``.
    """
    h, w = image.shape
    wy = area_weights(h, out_h, h / out_h)
    wx = area_weights(w, out_w, w / out_w)
    return wy @ np.asarray(image, dtype=np.float64) @ wx.T


def center_of_mass(image: np.ndarray) -> tuple[float, float]:
    """Intensity-weighted mean position ``(row, column)`` of a non-empty image.

    Pixel ``(i, j)`` has its centre at ``(i, j)``.

    Parameters
    ----------
    image : (H, W) float ndarray, non-negative, not all zero

    Returns
    -------
    (row, column) : tuple of float
    """
    image = np.asarray(image, dtype=np.float64)
    total = image.sum()
    rows = image.sum(axis=1) @ np.arange(image.shape[0]) / total
    cols = image.sum(axis=0) @ np.arange(image.shape[1]) / total
    return float(rows), float(cols)


def crop_to_ink(canvas: np.ndarray) -> np.ndarray | None:
    """The canvas cut to the bounding box of its ink, fainter values set to 0.

    Parameters
    ----------
    canvas : (H, W) float64 ndarray, ink high

    Returns
    -------
    (h, w) float64 ndarray, or None when no value reaches ``INK_THRESHOLD``
    """
    ink = canvas >= INK_THRESHOLD
    if not ink.any():
        return None
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    return np.where(ink, canvas, 0.0)[r0:r1, c0:c1]


def preprocess_drawing(canvas: np.ndarray) -> np.ndarray | None:
    """Turn a drawing into the network input MNIST would have given for it.

    Parameters
    ----------
    canvas : (H, W) float ndarray in [0, 1], any size
        Ink high, background 0 (a white digit on black, as in MNIST).

    Returns
    -------
    (784,) float32 ndarray in [0, 1], or None
        The 28x28 image, flattened row by row; ``None`` when no value of the
        canvas reaches ``INK_THRESHOLD``.

    Raises
    ------
    ValueError
        ``canvas`` is not two-dimensional.
    """
    canvas = np.asarray(canvas, dtype=np.float64)
    if canvas.ndim != 2:
        raise ValueError(f"canvas must be 2-D (H, W), got shape {canvas.shape}")
    crop = crop_to_ink(canvas)
    if crop is None:
        return None
    thinned = crop_to_ink(thin_to_mnist(crop, BOX))
    if thinned is not None:
        crop = thinned

    scale = max(crop.shape) / BOX
    cy, cx = center_of_mass(crop)
    # Input pixel centre c lies at output edge coordinate offset + (c + 0.5) / scale;
    # choose the offsets that put it on the centre of pixel CENTRE, i.e. CENTRE + 0.5.
    offset_y = CENTRE + 0.5 - (cy + 0.5) / scale
    offset_x = CENTRE + 0.5 - (cx + 0.5) / scale
    wy = area_weights(crop.shape[0], SIZE, scale, offset_y)
    wx = area_weights(crop.shape[1], SIZE, scale, offset_x)
    image = wy @ crop @ wx.T
    # A thin stroke shrunk 15x averages down to faint grey; MNIST's pen strokes
    # always reach full intensity, so stretch the brightest pixel back to 1.
    image /= image.max()
    return np.clip(image, 0.0, 1.0).astype(np.float32).ravel()
