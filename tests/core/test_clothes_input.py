"""Fashion-MNIST's preparation of a picture: its test images come back as they were."""

from __future__ import annotations

import numpy as np
import pytest

from core.clothes_input import preprocess_clothes
from core.data import load_mnist
from core.drawing import preprocess_drawing


@pytest.fixture(scope="module")
def fashion_test():
    (_, _), (x, t) = load_mnist(dataset="fashion")
    return x.reshape(-1, 28, 28), t


def _blown_up(image: np.ndarray, factor: int = 10) -> np.ndarray:
    """A 28x28 image as the pad holds it: 10 times larger, on a black canvas."""
    return np.kron(image, np.ones((factor, factor), dtype=np.float32))


def _correlation(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a.ravel(), b.ravel())[0, 1])


def test_fashion_test_images_come_back_as_they_were(fashion_test):
    images, _ = fashion_test
    clothes, digits = [], []
    for image in images[:50]:
        canvas = _blown_up(image)
        clothes.append(_correlation(preprocess_clothes(canvas), image))
        digits.append(_correlation(preprocess_drawing(canvas), image))
    assert np.mean(np.array(clothes) > 0.999) > 0.85  # most come back as they were
    assert np.median(clothes) > 0.999
    assert np.median(digits) < 0.7  # MNIST's preparation: a 20 px box, centre of mass


def test_the_longer_side_fills_28_pixels_centred():
    canvas = np.zeros((280, 280), dtype=np.float32)
    canvas[40:240, 100:150] = 0.6  # a tall thin garment, off centre
    x = preprocess_clothes(canvas).reshape(28, 28)
    rows = np.flatnonzero(x.any(axis=1))
    cols = np.flatnonzero(x.any(axis=0))
    assert (rows[0], rows[-1]) == (0, 27)
    assert (cols[0] + cols[-1]) / 2 == pytest.approx(13.5, abs=0.5)
    assert cols[-1] - cols[0] + 1 == pytest.approx(7, abs=1)
    assert x.max() == 1.0


def test_nothing_to_read():
    assert preprocess_clothes(np.zeros((50, 40))) is None
    assert preprocess_clothes(np.full((50, 40), 0.01)) is None
    with pytest.raises(ValueError, match="2-D"):
        preprocess_clothes(np.zeros(10))
