"""core.stroke: measuring stroke width, and thinning strokes too wide for MNIST."""

from __future__ import annotations

import numpy as np
import pytest

from core.data import load_mnist
from core.stroke import (
    MNIST_STROKE_WIDTH,
    WIDEST_STROKE,
    erode_disk,
    stroke_width,
    thin_to_mnist,
    thinning_radius,
)


def ring(size: int, outer: float, width: float) -> np.ndarray:
    """A (size, size) anti-aliased ring: ink between radii outer - width and outer."""
    rows, cols = np.mgrid[0:size, 0:size] + 0.5
    r = np.hypot(rows - size / 2, cols - size / 2)
    return np.clip(np.minimum(outer - r, r - (outer - width)) + 0.5, 0.0, 1.0)


def brute_force_erosion(image: np.ndarray, radius: float) -> np.ndarray:
    """Minimum over every offset within ``radius``, the outside counting as 0."""
    reach = int(radius)
    padded = np.pad(image, reach)
    h, w = image.shape
    out = image.copy()
    for dy in range(-reach, reach + 1):
        for dx in range(-reach, reach + 1):
            if dy * dy + dx * dx <= radius * radius:
                shifted = padded[reach + dy : reach + dy + h, reach + dx : reach + dx + w]
                out = np.minimum(out, shifted)
    return out


def test_mnist_stroke_widths_are_the_constants():
    images = load_mnist(normalize=False)[1][0].reshape(-1, 28, 28) / 255.0
    widths = np.array([stroke_width(image) for image in images])
    median, p90 = np.median(widths), np.percentile(widths, 90)
    print(f"MNIST test stroke widths: median {median:.3f}, 90th percentile {p90:.3f}")
    assert median == pytest.approx(MNIST_STROKE_WIDTH, abs=0.01)
    assert p90 == pytest.approx(WIDEST_STROKE, abs=0.01)


@pytest.mark.parametrize("width", [3.0, 8.0, 23.0])
def test_stroke_width_of_a_long_band_and_of_a_ring(width):
    band = np.zeros((60, 2000))
    band[10 : 10 + int(width), 5:1995] = 1.0
    assert stroke_width(band) == pytest.approx(int(width), rel=0.02)
    assert stroke_width(ring(300, 140, width)) == pytest.approx(width, rel=0.05)


def test_stroke_width_counts_ink_on_the_image_edge_and_is_zero_without_ink():
    assert stroke_width(np.ones((4, 1000))) == pytest.approx(4, rel=0.01)
    assert stroke_width(np.zeros((5, 5))) == 0.0


@pytest.mark.parametrize("radius", [0.5, 1.0, 1.5, 2.3, 3.0, 4.7])
def test_erode_disk_is_the_minimum_over_a_disk(radius):
    image = np.random.default_rng(0).random((23, 31))
    np.testing.assert_allclose(erode_disk(image, radius), brute_force_erosion(image, radius))


def test_thinning_radius_gives_the_target_width_once_scaled():
    width, extent, box, target = 23.0, 60.0, 20.0, MNIST_STROKE_WIDTH
    r = thinning_radius(width, extent, box, target)
    assert (width - 2 * r) * box / (extent - 2 * r) == pytest.approx(target)
    assert thinning_radius(23.0, 250.0, box, target) == 0.0  # thin enough already


def test_a_small_ring_is_thinned_towards_mnists_width():
    small = ring(60, 30, 23)  # a 0 written 60 px tall with the pad's 23-px pen
    before = stroke_width(small) * 20 / 60
    thinned = thin_to_mnist(small, 20)
    rows, cols = np.nonzero(thinned)
    extent = max(np.ptp(rows), np.ptp(cols)) + 1
    after = stroke_width(thinned) * 20 / extent
    print(f"a 60-px ring's stroke once scaled: {before:.1f} px, thinned {after:.1f} px")
    assert before > 2 * WIDEST_STROKE
    assert after <= WIDEST_STROKE
    assert thinned[30, 30] == 0  # the hole stays open


def test_a_large_drawing_is_left_as_it_is():
    large = ring(250, 125, 23)  # 250 px tall: strokes 1.8 px once scaled
    assert thin_to_mnist(large, 20) is large or np.array_equal(thin_to_mnist(large, 20), large)


def test_a_dot_is_never_wiped_out():
    dot = np.ones((3, 3))
    thinned = thin_to_mnist(dot, 20)
    assert thinned.max() == 1.0
