"""A picture of clothes -> the 28x28 input Fashion-MNIST would have given for it.

Fashion-MNIST's images (Xiao, Rasul and Vollgraf, 2017) were made from product
photos on a light background: trimmed to the product, the longest edge resized
to 28 px, the shorter edge padded to 28 around the centre, the intensities
negated (the garment light on black) and made 8-bit grey. Their statistics
agree: in the test set 94% of the garments span the whole 28 px one way, the
middle of their bounding box is at (13.6, 13.7), and every image peaks at 255.

So, unlike MNIST's digits (``core.drawing``: a 20 px box, centred by the
centre of mass, strokes thinned), ``preprocess_clothes``:

1. takes the pixels below ``core.drawing.INK_THRESHOLD`` as background (no ink: ``None``);
2. crops to the bounding box of the rest;
3. scales the longer side to 28 px by area averaging, keeping the aspect ratio,
   and centres the box to the whole pixel;
4. rescales so the brightest pixel is 1.

A photo's light background is already black here: ``core.image_file`` inverts
light pages and subtracts the border's level before the pad shows the image.
"""

from __future__ import annotations

import math

import numpy as np

from core.drawing import SIZE, area_weights, crop_to_ink


def preprocess_clothes(canvas: np.ndarray) -> np.ndarray | None:
    """Turn a picture of a garment into the network input Fashion-MNIST would have given.

    Parameters
    ----------
    canvas : (H, W) float ndarray in [0, 1], any size
        The garment high, its background 0 (as the pad holds an opened image).

    Returns
    -------
    (784,) float32 ndarray in [0, 1], or None
        The 28x28 image, flattened row by row; ``None`` when no value of the
        canvas reaches ``core.drawing.INK_THRESHOLD``.

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
    height, width = crop.shape
    scale = max(height, width) / SIZE
    # The crop's leading edge goes where its scaled size is centred in the 28 px,
    # on a whole pixel, the odd one left over before it: as Fashion-MNIST pasted
    # its garments (92% of its test images come back bit for bit this way, 41%
    # with the exact half-pixel centre).
    offset_y = math.ceil((SIZE - height / scale) / 2)
    offset_x = math.ceil((SIZE - width / scale) / 2)
    wy = area_weights(height, SIZE, scale, offset_y)
    wx = area_weights(width, SIZE, scale, offset_x)
    image = wy @ crop @ wx.T
    image /= image.max()
    return np.clip(image, 0.0, 1.0).astype(np.float32).ravel()
