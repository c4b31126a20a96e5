"""The bundled Fashion-MNIST: its known facts, its checksums, and the dataset names."""

from __future__ import annotations

import gzip
import hashlib
import shutil

import numpy as np
import pytest

from core import data
from core.data import FILES, DatasetError, bundled_data_dir, load_mnist
from core.datasets import (
    BUNDLED_SHA256,
    CLASS_NAMES,
    DATASETS,
    check_dataset,
    dataset_of,
    shared_dataset,
)


@pytest.fixture(scope="module")
def fashion():
    return load_mnist(normalize=False, dataset="fashion")


def test_known_facts_of_fashion_mnist(fashion):
    (x_train, t_train), (x_test, t_test) = fashion
    assert x_train.shape == (60000, 784)
    assert x_test.shape == (10000, 784)
    assert x_train.dtype == np.uint8
    assert t_train[:10].tolist() == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5]
    assert t_test[:10].tolist() == [9, 2, 1, 1, 6, 1, 4, 6, 5, 7]
    assert np.bincount(t_train).tolist() == [6000] * 10
    assert np.bincount(t_test).tolist() == [1000] * 10
    assert float(x_train.mean(dtype=np.float64)) == pytest.approx(72.94, abs=5e-3)


def test_fashion_is_not_mnist(fashion):
    (x_mnist, _), _ = load_mnist(normalize=False)
    assert not np.array_equal(fashion[0][0][:10], x_mnist[:10])


def test_bundled_folders_are_apart():
    assert bundled_data_dir("fashion").name == "fashion-mnist"
    assert bundled_data_dir("mnist").name == "mnist"
    assert bundled_data_dir() == bundled_data_dir("mnist")


@pytest.mark.parametrize("dataset", DATASETS)
def test_checksums_match_the_files_and_the_notice(dataset):
    folder = bundled_data_dir(dataset)
    listed = {}
    if (folder / "SHA256SUMS.uncompressed").exists():
        for line in (folder / "SHA256SUMS.uncompressed").read_text().splitlines():
            digest, name = line.split()
            listed[name] = digest
    notice = (folder / "NOTICE").read_text()
    for name, digest in BUNDLED_SHA256[dataset].items():
        raw = gzip.decompress((folder / f"{name}.gz").read_bytes())
        assert hashlib.sha256(raw).hexdigest() == digest
        assert f"{digest}  {name}" in notice
        if listed:
            assert listed[name] == digest


def test_fashion_notice_carries_the_license():
    notice = (bundled_data_dir("fashion") / "NOTICE").read_text()
    assert "Zalando SE" in notice
    assert "https://github.com/zalandoresearch/fashion-mnist" in notice
    assert "Permission is hereby granted, free of charge" in notice


def test_a_changed_fashion_file_is_caught_by_its_checksum(tmp_path, monkeypatch):
    bundle = tmp_path / "fashion-mnist"
    bundle.mkdir()
    for name in FILES.values():
        shutil.copy(bundled_data_dir("fashion") / f"{name}.gz", bundle)
    labels = gzip.decompress((bundle / f"{FILES['test_label']}.gz").read_bytes())
    changed = labels[:8] + bytes([(labels[8] + 1) % 10]) + labels[9:]
    (bundle / f"{FILES['test_label']}.gz").write_bytes(gzip.compress(changed))
    monkeypatch.setattr(data, "bundled_data_dir", lambda dataset="mnist": bundle)
    with pytest.raises(DatasetError) as info:
        load_mnist(dataset="fashion")
    assert "does not match the bundled Fashion-MNIST" in str(info.value)
    assert "git checkout -- assets/fashion-mnist" in str(info.value)


def test_mnist_files_are_not_taken_for_fashion(monkeypatch):
    load_mnist()  # MNIST's files in the cache, checked as MNIST
    mnist_folder = bundled_data_dir("mnist")
    monkeypatch.setattr(data, "bundled_data_dir", lambda dataset="mnist": mnist_folder)
    with pytest.raises(DatasetError, match="does not match the bundled Fashion-MNIST"):
        load_mnist(dataset="fashion")


def test_class_names():
    assert CLASS_NAMES["mnist"] == tuple("0123456789")
    assert CLASS_NAMES["fashion"] == (
        "T-shirt/top",
        "Trouser",
        "Pullover",
        "Dress",
        "Coat",
        "Sandal",
        "Shirt",
        "Bag",
        "Sneaker",
        "Ankle boot",
    )


def test_dataset_names():
    assert check_dataset("fashion") == "fashion"
    with pytest.raises(ValueError, match="mnist, fashion"):
        check_dataset("fashion-mnist")

    class Old:
        pass

    assert dataset_of(Old()) == "mnist"
    assert shared_dataset(["fashion", "fashion"]) == "fashion"
    with pytest.raises(ValueError, match="MNIST and Fashion-MNIST"):
        shared_dataset(["mnist", "fashion", "mnist"])
