"""load_mnist on the real bundled files, and DatasetError on broken copies."""

from __future__ import annotations

import errno
import gc
import gzip
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from core import data
from core.data import FILES, DatasetError, bundled_data_dir, load_mnist

TRAIN_LABEL_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


@pytest.fixture(autouse=True)
def free_what_failed_loads_held():
    """A caught DatasetError's traceback holds the arrays read before it, in a cycle
    pytest keeps for a while: collect it now, or the suite's memory climbs by
    ~180 MB per broken copy until the collector gets round to it."""
    yield
    gc.collect()


def test_default_shapes_dtypes_and_range(mnist):
    (x_train, t_train), (x_test, t_test) = mnist
    assert x_train.shape == (60000, 784)
    assert x_test.shape == (10000, 784)
    assert x_train.dtype == np.float32
    assert x_train.min() == 0.0
    assert x_train.max() == 1.0
    assert t_train.shape == (60000,)
    assert t_test.shape == (10000,)
    assert np.issubdtype(t_train.dtype, np.integer)


def test_known_facts_of_the_real_set(mnist):
    (x_train, t_train), (_, t_test) = mnist
    assert t_train[:10].tolist() == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
    assert t_test[:10].tolist() == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]
    assert np.bincount(t_train).tolist() == TRAIN_LABEL_COUNTS
    assert float(x_train.mean(dtype=np.float64) * 255) == pytest.approx(33.318, abs=1e-3)


def test_unnormalized_unflattened_one_hot():
    (x_train, t_train), (x_test, t_test) = load_mnist(
        normalize=False, flatten=False, one_hot_label=True
    )
    assert x_train.shape == (60000, 1, 28, 28)
    assert x_test.shape == (10000, 1, 28, 28)
    assert x_train.dtype == np.uint8
    assert x_train.max() == 255
    assert t_train.shape == (60000, 10)
    assert t_train.dtype == np.float32
    assert t_train.sum(axis=1).tolist() == [1.0] * 60000
    assert t_train[0].argmax() == 5
    assert t_test[0].argmax() == 7


def test_normalize_is_the_books_division(mnist):
    (x_train, _), _ = mnist
    (raw, _), _ = load_mnist(normalize=False)
    for start in range(0, len(raw), 10_000):  # in pieces: no 400 MB of temporaries
        rows = slice(start, start + 10_000)
        np.testing.assert_array_equal(x_train[rows], raw[rows].astype(np.float32) / np.float32(255))


def test_returned_arrays_are_fresh_copies():
    (x1, t1), _ = load_mnist(normalize=False)
    x1[0] = 0
    t1[0] = 9
    (x2, t2), _ = load_mnist(normalize=False)
    assert x2[0].any()
    assert t2[0] == 5


# -- broken files -----------------------------------------------------------------


@pytest.fixture(scope="module")
def raw_files() -> dict[str, bytes]:
    """The uncompressed bytes of the four bundled files."""
    return {
        name: gzip.decompress((bundled_data_dir() / f"{name}.gz").read_bytes())
        for name in FILES.values()
    }


@pytest.fixture
def copy_dir(tmp_path: Path, raw_files: dict[str, bytes]) -> Path:
    """A writable copy of the bundled files, uncompressed (easy to corrupt)."""
    for name, raw in raw_files.items():
        (tmp_path / name).write_bytes(raw)
    return tmp_path


def _expect_error(folder: Path, *fragments: str) -> str:
    with pytest.raises(DatasetError) as info:
        load_mnist(data_dir=folder)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message
    return message


def test_uncompressed_copy_loads_like_the_bundled_set(copy_dir, mnist):
    (_x_train, t_train), (x_test, _) = load_mnist(data_dir=copy_dir)
    np.testing.assert_array_equal(x_test, mnist[1][0])
    np.testing.assert_array_equal(t_train, mnist[0][1])


def test_gzip_copy_loads(tmp_path):
    for name in FILES.values():
        shutil.copy(bundled_data_dir() / f"{name}.gz", tmp_path)
    (_, t_train), _ = load_mnist(data_dir=tmp_path)
    assert t_train[:3].tolist() == [5, 0, 4]


def test_missing_file(copy_dir):
    (copy_dir / FILES["test_label"]).unlink()
    message = _expect_error(copy_dir, "t10k-labels-idx1-ubyte", "not found")
    assert "four MNIST IDX files" in message


def test_missing_folder(tmp_path):
    _expect_error(tmp_path / "nowhere", "no such folder")


def test_truncated_images(copy_dir):
    path = copy_dir / FILES["train_img"]
    path.write_bytes(path.read_bytes()[:100_000])
    _expect_error(copy_dir, str(path), "truncated", "47040000")


def test_too_long_labels(copy_dir):
    path = copy_dir / FILES["train_label"]
    path.write_bytes(path.read_bytes() + b"\x00")
    _expect_error(copy_dir, "longer than its header says")


def test_header_too_short(copy_dir):
    path = copy_dir / FILES["test_label"]
    path.write_bytes(b"\x00\x00")
    _expect_error(copy_dir, "too short for an IDX header")


def test_wrong_magic_number(copy_dir):
    # The label file where the images should be: a real IDX file, but the wrong kind.
    shutil.copy(copy_dir / FILES["test_label"], copy_dir / FILES["test_img"])
    _expect_error(copy_dir, "not an MNIST image file", "0x00000801")


def test_label_out_of_range(copy_dir):
    path = copy_dir / FILES["test_label"]
    raw = bytearray(path.read_bytes())
    raw[8] = 11
    path.write_bytes(bytes(raw))
    _expect_error(copy_dir, "label 11 is out of range")


def test_count_mismatch_between_images_and_labels(copy_dir):
    path = copy_dir / FILES["test_label"]
    raw = bytearray(path.read_bytes()[:-1])
    raw[4:8] = (9999).to_bytes(4, "big")
    path.write_bytes(bytes(raw))
    _expect_error(copy_dir, "10000 images but", "9999 labels")


def test_wrong_image_size(copy_dir):
    path = copy_dir / FILES["test_img"]
    raw = bytearray(path.read_bytes())
    raw[8:12] = (56).to_bytes(4, "big")
    raw[12:16] = (14).to_bytes(4, "big")
    path.write_bytes(bytes(raw))
    _expect_error(copy_dir, "56x14", "expected 28x28")


def test_corrupt_gzip(tmp_path):
    for name in FILES.values():
        shutil.copy(bundled_data_dir() / f"{name}.gz", tmp_path)
    path = tmp_path / f"{FILES['train_label']}.gz"
    raw = bytearray(path.read_bytes())
    raw[100:140] = bytes(40)
    path.write_bytes(bytes(raw))
    _expect_error(tmp_path, str(path), "not a complete gzip file")


def test_truncated_gzip(tmp_path):
    for name in FILES.values():
        shutil.copy(bundled_data_dir() / f"{name}.gz", tmp_path)
    path = tmp_path / f"{FILES['test_img']}.gz"
    path.write_bytes(path.read_bytes()[:5000])
    _expect_error(tmp_path, "truncated or corrupt")


def test_bundled_set_is_checked_against_its_checksum(tmp_path, monkeypatch):
    bundle = tmp_path / "mnist"
    bundle.mkdir()
    for name in FILES.values():
        shutil.copy(bundled_data_dir() / f"{name}.gz", bundle)
    # Structurally valid, but one label changed: only the checksum can tell.
    labels = gzip.decompress((bundle / f"{FILES['test_label']}.gz").read_bytes())
    changed = labels[:8] + bytes([(labels[8] + 1) % 10]) + labels[9:]
    (bundle / f"{FILES['test_label']}.gz").write_bytes(gzip.compress(changed))
    monkeypatch.setattr(data, "bundled_data_dir", lambda dataset="mnist": bundle)
    with pytest.raises(DatasetError) as info:
        load_mnist()
    assert "does not match the bundled MNIST" in str(info.value)
    assert "git checkout -- assets/mnist" in str(info.value)


def test_unknown_bundled_dataset():
    with pytest.raises(DatasetError, match="not bundled"):
        load_mnist(dataset="fashion-mnist")


def test_dataset_error_is_a_value_error():
    assert issubclass(DatasetError, ValueError)


# -- unusable folders and empty sets ------------------------------------------------------


def _empty_idx(magic: int, dims: tuple[int, ...]) -> bytes:
    return magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in dims)


def test_a_set_with_no_items_is_refused(tmp_path):
    (tmp_path / FILES["train_img"]).write_bytes(_empty_idx(data.IMAGE_MAGIC, (0, 28, 28)))
    (tmp_path / FILES["train_label"]).write_bytes(_empty_idx(data.LABEL_MAGIC, (0,)))
    (tmp_path / FILES["test_img"]).write_bytes(_empty_idx(data.IMAGE_MAGIC, (0, 28, 28)))
    (tmp_path / FILES["test_label"]).write_bytes(_empty_idx(data.LABEL_MAGIC, (0,)))
    _expect_error(tmp_path, FILES["train_img"], "holds no images", "0 items")


def test_labels_with_no_items_are_refused(copy_dir):
    (copy_dir / FILES["test_label"]).write_bytes(_empty_idx(data.LABEL_MAGIC, (0,)))
    _expect_error(copy_dir, FILES["test_label"], "holds no labels")


def test_a_file_given_as_the_folder_is_called_a_file(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte"
    path.write_bytes(b"")
    message = _expect_error(path, "is a file, not a folder")
    assert "no such folder" not in message


def test_an_unreadable_folder(copy_dir, monkeypatch):
    # Tests run as root, whom chmod does not stop: the refusal is simulated.
    real_listdir = os.listdir

    def listdir(path="."):
        if Path(path) == copy_dir:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", listdir)
    _expect_error(copy_dir, str(copy_dir), "cannot be read (Permission denied)")


def test_a_file_that_cannot_be_examined(copy_dir, monkeypatch):
    real_stat = Path.stat
    blocked = copy_dir / FILES["train_img"]

    def stat(self, *args, **kwargs):
        if self == blocked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    _expect_error(copy_dir, str(blocked), "Permission denied")


def test_an_unreadable_file(copy_dir, monkeypatch):
    real_read_bytes = Path.read_bytes
    blocked = copy_dir / FILES["test_img"]

    def read_bytes(self):
        if self == blocked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    _expect_error(copy_dir, str(blocked), "cannot be read (Permission denied)")


def test_a_folder_name_too_long_for_the_system(tmp_path):
    _expect_error(tmp_path / ("d" * 300), "File name too long")


def test_control_characters_in_a_folder_name_are_escaped(tmp_path):
    message = _expect_error(tmp_path / "two\nlines\x1b[2J", "no such folder")
    assert "two\\nlines\\x1b[2J" in message
    assert message.isprintable()
