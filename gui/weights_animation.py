"""The weights' history as an animation: an animated GIF or numbered PNG frames.

Each frame is one snapshot of one matrix, drawn as the weights view draws it: W1
as 28x28 tiles (``core.mosaic.render``), a later matrix as a heatmap with one
square of pixels per weight, in the view's colour map with the levels the view
would have used then (``RunningLevels``), under a caption naming the snapshot
and its levels. Frames are palette images: the colour map at 254 steps (the view
has 256), the gap grey and the caption's text, so no colour is quantised away.

Bounded for long runs: at most ``MAX_FRAMES`` frames (evenly spread over the
history, the first and the last always among them), made one at a time. PNG
frames are written as they are made (memory: one frame; 1,000 frames of the
book's W1 in about 10 s). Pillow holds every GIF frame until the file is written,
so a GIF's frames are shrunk until all of them together stay within
``GIF_PIXEL_BUDGET`` pixels (one byte each): 1,000 snapshots of the book's W1 are
about 250 x 250 pixels each, 64 MB in all, written in 2-4 s.

No widget is needed: this runs in a background thread
(``gui.background.call_in_background``).
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PIL import Image, ImageDraw, ImageFont

from core.atomic import atomic_open
from core.mosaic import TILE, MosaicLayout, grid_for, render, resample_matrix, to_rgba
from core.weights_history import Snapshot
from gui.weights_history_bar import RunningLevels, snapshot_label
from gui.weights_widget import COLORMAP, GAP_GRAY, TEXT_ON_GRAY

DEFAULT_SIZE = 480
"""The longest side of a frame's picture, in pixels (the caption comes on top)."""

GIF_PIXEL_BUDGET = 64_000_000
MAX_FRAMES = 1000  # a tiny network's history can hold many more snapshots
MIN_SIZE = 28
FRAME_MS = 200  # 5 frames a second, as the history bar plays
LAST_FRAME_MS = 2000  # the trained weights stay a while before the GIF loops
STEPS = 254  # colour-map steps: with the gap grey and the text, a 256-colour palette
GAP_INDEX, TEXT_INDEX = STEPS, STEPS + 1
CAPTION_HEIGHT = 20
MIN_WIDTH = 240  # room for the caption above a narrow heatmap
FONT_PIXELS = 12


@functools.cache
def _palette() -> list[int]:
    """The frames' 256 colours, flat ``[r, g, b, ...]``: the colour map, gap, text."""
    lut = pg.colormap.get(COLORMAP).getLookupTable(nPts=STEPS, alpha=False)
    return [*np.asarray(lut, dtype=np.uint8).ravel().tolist(), *GAP_GRAY, *TEXT_ON_GRAY]


def _indices(image: np.ndarray, limit: float) -> np.ndarray:
    """Palette indices of ``image (h, w)`` at levels ``(-limit, limit)``; NaN -> the gap.

    ``to_rgba`` with a "colour map" whose red channel is each colour's own index
    maps values exactly as the view does and yields the index in the red channel.
    """
    index_lut = np.repeat(np.arange(STEPS, dtype=np.uint8)[:, None], 3, axis=1)
    nan = (GAP_INDEX, GAP_INDEX, GAP_INDEX)
    return np.ascontiguousarray(to_rgba(image, (-limit, limit), index_lut, nan)[:, :, 0])


def _picture(W: np.ndarray, layer: str, size: int) -> np.ndarray:
    """``W`` as the view shows it, its longest side at most ``size``: ``(h, w)`` float32.

    W1: tiles on a near-square grid (NaN gaps), a multiple of 28 pixels when
    larger than 28. A later matrix ``(inputs, units)``: each weight a square of
    whole pixels or, when the matrix is larger than ``size``, averaged over the
    area a pixel covers.
    """
    if layer == "W1":
        rows, cols = grid_for(W.shape[1])
        tile = max(1, (size + 1) // max(rows, cols) - 1)
        if tile > TILE:
            tile -= tile % TILE  # every weight a whole square of pixels, as the view's export
        return render(W, MosaicLayout(W.shape[1], rows, cols, tile))
    W = np.asarray(W, dtype=np.float32)
    scale = size // max(W.shape)
    if scale >= 1:
        return np.repeat(np.repeat(W, scale, axis=0), scale, axis=1)
    shrink = size / max(W.shape)
    height, width = (max(1, round(n * shrink)) for n in W.shape)
    return resample_matrix(height, W.shape[0]) @ W @ resample_matrix(width, W.shape[1]).T


def frame_indices(count: int) -> list[int]:
    """The snapshots that get a frame: all, or ``MAX_FRAMES`` evenly spread with both ends."""
    if count <= MAX_FRAMES:
        return list(range(count))
    return sorted({round(i * (count - 1) / (MAX_FRAMES - 1)) for i in range(MAX_FRAMES)})


def _frames(
    snapshots: Sequence[Snapshot], chosen: list[int], layer: str, size: int
) -> Iterator[Image.Image]:
    """A palette image per snapshot ``chosen``: the caption above the picture of ``layer``."""
    levels = RunningLevels()  # over every snapshot, as the view's
    font = ImageFont.load_default(size=FONT_PIXELS)
    for index in chosen:
        snapshot = snapshots[index]
        limit = levels.limits_at(snapshots, index)[layer]
        indices = _indices(_picture(snapshot.weights[layer], layer, size), limit)
        height, width = indices.shape
        frame_width = max(width, MIN_WIDTH)
        frame = np.full((height + CAPTION_HEIGHT, frame_width), GAP_INDEX, dtype=np.uint8)
        left = (frame_width - width) // 2
        frame[CAPTION_HEIGHT:, left : left + width] = indices
        image = Image.frombytes("P", (frame.shape[1], frame.shape[0]), frame.tobytes())
        image.putpalette(_palette())
        draw = ImageDraw.Draw(image)
        draw.fontmode = "1"  # crisp text in the palette's one text colour
        # English: Pillow's built-in font has no CJK glyphs (and this runs off the GUI thread).
        label = snapshot_label(snapshot, translate=False)
        caption = f"{layer} {label}   \N{PLUS-MINUS SIGN}{limit:.3g}"
        draw.text((4, (CAPTION_HEIGHT - FONT_PIXELS) // 2), caption, fill=TEXT_INDEX, font=font)
        yield image


def gif_size(W: np.ndarray, layer: str, size: int, frames: int) -> int:
    """``size``, shrunk until ``frames`` frames of ``W`` fit ``GIF_PIXEL_BUDGET`` together."""
    per_frame = GIF_PIXEL_BUDGET / max(frames, 1)
    while size > MIN_SIZE:
        height, width = _picture(W, layer, size).shape
        area = (height + CAPTION_HEIGHT) * max(width, MIN_WIDTH)
        if area <= per_frame:
            break
        size = max(MIN_SIZE, min(size - 1, math.floor(size * math.sqrt(per_frame / area))))
    return size


def write_animation(
    path: str | os.PathLike[str],
    snapshots: Sequence[Snapshot],
    layer: str = "W1",
    size: int = DEFAULT_SIZE,
) -> list[Path]:
    """Write ``layer`` of every snapshot as an animated GIF or as numbered PNG frames.

    Parameters
    ----------
    path : path
        ``*.gif``: one looping GIF (written atomically), shrunk if needed (see
        ``gif_size``; Pillow merges identical neighbouring frames). A folder
        (existing, or a name without a suffix): frames ``{layer}_0000.png``, ...
        in it (created; other files are left alone). Any other name
        ``stem.suffix``: frames ``stem_0000.png``, ... beside it.
    snapshots : sequence of Snapshot
        ``core.weights_history.Snapshot``, oldest first; each needs ``layer``. Over
        ``MAX_FRAMES`` of them: that many, evenly spread (``frame_indices``).
    layer : str
        ``"W1"`` (tiles) or ``"W2"``, ... (heatmaps).
    size : int
        The longest side of each frame's picture, in pixels; the caption adds
        ``CAPTION_HEIGHT`` on top.

    Returns
    -------
    list of Path
        The files written, in frame order.
    """
    if not snapshots:
        raise ValueError("no snapshots to write")
    if size < 1:
        raise ValueError(f"size must be at least 1, got {size}")
    for index, snapshot in enumerate(snapshots):
        if layer not in snapshot.weights:
            raise ValueError(f"snapshot {index} has no {layer}: {sorted(snapshot.weights)}")
    path, chosen = Path(path), frame_indices(len(snapshots))
    if path.suffix.lower() == ".gif":
        size = gif_size(snapshots[0].weights[layer], layer, size, len(chosen))
        _write_gif(path, _frames(snapshots, chosen, layer, size), len(chosen))
        return [path]
    if path.is_dir() or not path.suffix:
        path.mkdir(parents=True, exist_ok=True)
        folder, stem = path, layer
    else:
        folder, stem = path.parent, path.stem
    written = []
    for number, frame in enumerate(_frames(snapshots, chosen, layer, size)):
        target = folder / f"{stem}_{number:04d}.png"
        with atomic_open(target, "wb") as f:
            frame.save(f, format="PNG")
        written.append(target)
    return written


def _write_gif(path: Path, frames: Iterator[Image.Image], count: int) -> None:
    first = next(frames)
    durations = [FRAME_MS] * (count - 1) + [LAST_FRAME_MS]
    with atomic_open(path, "wb") as f:
        first.save(
            f,
            format="GIF",
            save_all=True,
            append_images=frames,
            duration=durations,
            loop=0,
            optimize=False,
        )
