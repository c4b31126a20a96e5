"""The My digits store: round trip, validation, atomic changes."""

from __future__ import annotations

import numpy as np
import pytest

import core.atomic
from core.my_digits import (
    MyDigitsError,
    MyDigitsStore,
    as_pixels,
    default_store_path,
)


def _digit(value: int) -> np.ndarray:
    image = np.zeros((28, 28), np.uint8)
    image[4:24, 10 + value % 5] = 200 + value
    return image


def test_the_default_store_is_in_the_data_folder(isolated_data_folder):
    assert default_store_path() == isolated_data_folder / "my-digits" / "digits.npz"
    assert MyDigitsStore().path == default_store_path()


def test_a_missing_file_is_an_empty_set(tmp_path):
    digits = MyDigitsStore(tmp_path / "none.npz").load()
    assert len(digits) == 0
    x, t = digits.arrays()
    assert x.shape == (0, 784)
    assert t.shape == (0,)


def test_round_trip_of_uint8_and_float_images(tmp_path):
    store = MyDigitsStore(tmp_path / "sub" / "digits.npz")
    first = store.add(_digit(3), 3)
    as_float = _digit(7).astype(np.float32) / 255
    second = store.add(as_float.reshape(784), 7)
    assert (first, second) == (1, 2)
    digits = store.load()
    assert digits.labels.tolist() == [3, 7]
    assert digits.ids.tolist() == [1, 2]
    np.testing.assert_array_equal(digits.images[0], _digit(3))
    np.testing.assert_array_equal(digits.images[1], _digit(7))  # floats round back exactly
    x, t = digits.arrays()
    assert x.dtype == np.float32
    assert x.shape == (2, 784)
    np.testing.assert_allclose(x[0], _digit(3).reshape(784) / 255, rtol=1e-6)
    assert t.tolist() == [3, 7]
    assert not digits.images.flags.writeable


def test_remove_keeps_the_others_and_ids_are_not_reused(tmp_path):
    store = MyDigitsStore(tmp_path / "digits.npz")
    ids = store.add_many([_digit(k) for k in range(4)], [0, 1, 2, 3])
    assert store.remove([ids[1], ids[3]]) == 2
    assert store.load().labels.tolist() == [0, 2]
    assert store.remove([ids[1]]) == 0
    assert store.add(_digit(9), 9) == 5  # not 2, nor 4
    assert store.load().ids.tolist() == [1, 3, 5]


@pytest.mark.parametrize(
    ("image", "label"),
    [
        (np.zeros((28, 27), np.uint8), 1),
        (np.zeros((28, 28), np.int32), 1),
        (np.full((28, 28), np.nan, np.float32), 1),
        (np.zeros((28, 28), np.uint8), 10),
        (np.zeros((28, 28), np.uint8), -1),
        (np.zeros((28, 28), np.uint8), True),
        (np.zeros((28, 28), np.uint8), 2.0),
    ],
)
def test_bad_images_and_labels_are_refused_and_nothing_is_written(tmp_path, image, label):
    store = MyDigitsStore(tmp_path / "digits.npz")
    with pytest.raises(MyDigitsError):
        store.add(image, label)
    assert not store.path.exists()


def test_float_pixels_are_clipped_and_rounded():
    image = np.full(784, 0.5, np.float32)
    image[0], image[1] = -1.0, 2.0
    pixels = as_pixels(image)
    assert pixels.shape == (28, 28)
    assert pixels.dtype == np.uint8
    assert (pixels[0, 0], pixels[0, 1], pixels[0, 2]) == (0, 255, 128)


def test_a_failing_write_leaves_the_old_set(tmp_path, monkeypatch):
    store = MyDigitsStore(tmp_path / "digits.npz")
    store.add(_digit(1), 1)
    before = store.path.read_bytes()

    def fail(f, *args):  # the disk fills up mid-write
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(core.atomic.os, "fsync", fail)
    with pytest.raises(MyDigitsError, match="the set is unchanged"):
        store.add(_digit(2), 2)
    with pytest.raises(MyDigitsError):
        store.remove([1])
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert store.load().labels.tolist() == [1]
    assert [p.name for p in tmp_path.iterdir()] == ["digits.npz"]  # no temporary file left


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip at all", b"PK\x05\x06" + b"\0" * 18],
)
def test_a_damaged_file_is_a_clear_error(tmp_path, content):
    path = tmp_path / "digits.npz"
    path.write_bytes(content)
    with pytest.raises(MyDigitsError, match=r"digits\.npz") as info:
        MyDigitsStore(path).load()
    assert "new set" in str(info.value)


def test_a_file_of_other_arrays_is_refused(tmp_path):
    path = tmp_path / "digits.npz"
    np.savez(path, images=np.zeros((1, 28, 28), np.uint8), labels=np.array([3]))
    with pytest.raises(MyDigitsError, match="not a set"):
        MyDigitsStore(path).load()
    np.savez(
        path,
        format_version=np.int64(1),
        images=np.zeros((2, 28, 28), np.uint8),
        labels=np.array([3, 12]),
        ids=np.array([1, 2]),
        next_id=np.int64(3),
    )
    with pytest.raises(MyDigitsError, match="labels"):
        MyDigitsStore(path).load()
    np.savez(
        path,
        format_version=np.int64(1),
        images=np.zeros((2, 28, 28), np.uint8),
        labels=np.array([3, 1]),
        ids=np.array([1, 1]),
        next_id=np.int64(3),
    )
    with pytest.raises(MyDigitsError, match="ids"):
        MyDigitsStore(path).load()
