"""write_animation: the weights' history as a GIF (read back with Pillow) or PNG frames."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PIL import Image

import gui.weights_animation as animation
from core.mosaic import MosaicLayout, grid_for, render, to_rgba
from core.weight_layers import next_limits
from core.weights_history import Snapshot
from gui.weights_animation import (
    CAPTION_HEIGHT,
    FRAME_MS,
    GIF_PIXEL_BUDGET,
    LAST_FRAME_MS,
    MAX_FRAMES,
    STEPS,
    frame_indices,
    gif_size,
    write_animation,
)
from gui.weights_widget import COLORMAP, GAP_GRAY

H = 6


def snapshots(count: int, units: int = H) -> list[Snapshot]:
    """The untrained weights, then ``count - 1`` epochs whose weights grow."""
    rng = np.random.default_rng(0)
    W1 = (rng.standard_normal((784, units)) * 0.01).astype(np.float32)
    W2 = (rng.standard_normal((units, 10)) * 0.01).astype(np.float32)
    result = [Snapshot(-1, None, {"W1": W1, "W2": W2})]
    for epoch in range(1, count):
        grown = {"W1": W1 * (1 + epoch), "W2": W2 * (1 + 2 * epoch)}
        result.append(Snapshot(600 * epoch, epoch, grown))
    return result


def running_limit(history: list[Snapshot], index: int, layer: str) -> float:
    previous, limits = {}, {}
    for snapshot in history[: index + 1]:
        limits = next_limits(previous, limits, snapshot.weights)
        previous = snapshot.weights
    return limits[layer]


def frame_rgb(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("RGB"))


def expected_w1_picture(snapshot: Snapshot, limit: float, tile: int) -> np.ndarray:
    """The view's colouring (core.mosaic + its colour map at the GIF's steps), RGB."""
    rows, cols = grid_for(snapshot.weights["W1"].shape[1])
    mosaic = render(snapshot.weights["W1"], MosaicLayout(H, rows, cols, tile))
    lut = pg.colormap.get(COLORMAP).getLookupTable(nPts=STEPS, alpha=False)
    return to_rgba(mosaic, (-limit, limit), lut, GAP_GRAY)[:, :, :3]


def test_a_gif_has_one_frame_per_snapshot_in_the_views_colours(tmp_path):
    history = snapshots(5)
    path = tmp_path / "history.gif"
    assert write_animation(path, history, size=170) == [path]
    with Image.open(path) as gif:
        assert gif.n_frames == 5
        assert gif.info["loop"] == 0
        durations = []
        for index in range(5):
            gif.seek(index)
            durations.append(gif.info["duration"])
            rgb = frame_rgb(gif)
            limit = running_limit(history, index, "W1")
            expected = expected_w1_picture(history[index], limit, tile=56)  # 3 columns of 56
            height, width = expected.shape[:2]
            left = (rgb.shape[1] - width) // 2
            picture = rgb[CAPTION_HEIGHT : CAPTION_HEIGHT + height, left : left + width]
            np.testing.assert_array_equal(picture, expected)
    assert durations == [FRAME_MS] * 4 + [LAST_FRAME_MS]


def test_the_caption_names_the_snapshot(tmp_path):
    history = snapshots(2)
    write_animation(tmp_path / "h.gif", history)
    with Image.open(tmp_path / "h.gif") as gif:
        first = frame_rgb(gif)[:CAPTION_HEIGHT]
        gif.seek(1)
        second = frame_rgb(gif)[:CAPTION_HEIGHT]
    text = np.array([240, 240, 240])
    assert (first == text).all(axis=2).any()  # some text is drawn
    assert not np.array_equal(first, second)  # "untrained", then "epoch 1 ..."


def test_png_frames_in_a_folder_match_the_gif(tmp_path):
    history = snapshots(4)
    folder = tmp_path / "frames"
    written = write_animation(folder, history, size=170)
    assert [p.name for p in written] == [f"W1_{i:04d}.png" for i in range(4)]
    write_animation(tmp_path / "h.gif", history, size=170)
    with Image.open(tmp_path / "h.gif") as gif:
        for index, png in enumerate(written):
            gif.seek(index)
            with Image.open(png) as frame:
                np.testing.assert_array_equal(frame_rgb(frame), frame_rgb(gif))


def test_another_suffix_writes_numbered_frames_beside_it(tmp_path):
    written = write_animation(tmp_path / "run.png", snapshots(3), layer="W2")
    assert [p.name for p in written] == ["run_0000.png", "run_0001.png", "run_0002.png"]
    assert not (tmp_path / "run.png").exists()


def test_a_later_layer_is_a_heatmap_of_whole_pixel_squares(tmp_path):
    history = snapshots(3)
    (png,) = write_animation(tmp_path / "w2", history[:1], layer="W2", size=60)
    W2 = history[0].weights["W2"]  # (6, 10): 6 pixels per weight
    limit = running_limit(history, 0, "W2")
    lut = pg.colormap.get(COLORMAP).getLookupTable(nPts=STEPS, alpha=False)
    expected = to_rgba(W2, (-limit, limit), lut, GAP_GRAY)[:, :, :3]
    expected = np.repeat(np.repeat(expected, 6, axis=0), 6, axis=1)
    with Image.open(png) as frame:
        rgb = frame_rgb(frame)
    left = (rgb.shape[1] - 60) // 2
    np.testing.assert_array_equal(rgb[CAPTION_HEIGHT:, left : left + 60], expected)


def test_a_matrix_larger_than_the_frame_is_averaged_down(tmp_path):
    rng = np.random.default_rng(1)
    big = {"W1": np.zeros((784, 2), np.float32), "W2": rng.standard_normal((2, 900))}
    (png,) = write_animation(tmp_path / "f", [Snapshot(-1, None, big)], layer="W2", size=300)
    with Image.open(png) as frame:
        assert frame.size[0] == 300
        assert frame.size[1] == CAPTION_HEIGHT + 1


@pytest.mark.parametrize("units", [1, 50, 100, 1000])
def test_a_thousand_frames_fit_the_gif_budget(units):
    W1 = np.zeros((784, units), np.float32)
    size = gif_size(W1, "W1", 480, frames=1000)
    assert size < 480
    picture = animation._picture(W1, "W1", size)
    area = (picture.shape[0] + CAPTION_HEIGHT) * max(picture.shape[1], animation.MIN_WIDTH)
    assert area * 1000 <= GIF_PIXEL_BUDGET
    assert area * 1000 > GIF_PIXEL_BUDGET / 2  # not shrunk more than needed
    assert gif_size(W1, "W1", 480, frames=10) == 480  # a short run keeps its size


def test_frames_are_capped_evenly_with_both_ends():
    assert frame_indices(5) == [0, 1, 2, 3, 4]
    chosen = frame_indices(10 * MAX_FRAMES + 3)
    assert len(chosen) == MAX_FRAMES
    assert chosen[0] == 0
    assert chosen[-1] == 10 * MAX_FRAMES + 2
    assert max(np.diff(chosen)) - min(np.diff(chosen)) <= 1


def test_a_capped_gif_keeps_the_levels_of_the_whole_history(tmp_path, monkeypatch):
    monkeypatch.setattr(animation, "MAX_FRAMES", 3)
    history = snapshots(7)
    write_animation(tmp_path / "h.gif", history, size=170)
    with Image.open(tmp_path / "h.gif") as gif:
        assert gif.n_frames == 3
        gif.seek(1)  # snapshot 3
        rgb = frame_rgb(gif)
    expected = expected_w1_picture(history[3], running_limit(history, 3, "W1"), tile=56)
    height, width = expected.shape[:2]
    left = (rgb.shape[1] - width) // 2
    picture = rgb[CAPTION_HEIGHT : CAPTION_HEIGHT + height, left : left + width]
    np.testing.assert_array_equal(picture, expected)


def test_a_gif_over_budget_is_written_smaller(tmp_path, monkeypatch):
    monkeypatch.setattr(animation, "GIF_PIXEL_BUDGET", 40 * 200 * 200)
    history = snapshots(40)
    write_animation(tmp_path / "h.gif", history, size=480)
    with Image.open(tmp_path / "h.gif") as gif:
        assert gif.n_frames == 40
        assert gif.size[0] * gif.size[1] <= 200 * 200


def test_bad_input_is_refused(tmp_path):
    with pytest.raises(ValueError, match="no snapshots"):
        write_animation(tmp_path / "h.gif", [])
    with pytest.raises(ValueError, match="has no W3"):
        write_animation(tmp_path / "h.gif", snapshots(2), layer="W3")
    assert not (tmp_path / "h.gif").exists()  # nothing half-written
