"""My digits as a folder of PNGs: export, import, and what import skips."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PIL import Image

from core.my_digits import MyDigitsError, MyDigitsStore
from core.my_digits_files import export_folder, import_folder, png_bytes, read_digit_png


def _digit(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (28, 28), dtype=np.uint8)


def _store(tmp_path, labels) -> MyDigitsStore:
    store = MyDigitsStore(tmp_path / "store" / "digits.npz")
    store.add_many([_digit(i) for i in range(len(labels))], list(labels))
    return store


def test_export_names_files_by_label_and_import_gives_the_same_set(tmp_path):
    store = _store(tmp_path, [7, 3, 7, 0])
    written = export_folder(store.load(), tmp_path / "out")
    assert [p.name for p in written] == ["7_0001.png", "3_0001.png", "7_0002.png", "0_0001.png"]
    assert sorted(os.listdir(tmp_path / "out")) == sorted(p.name for p in written)
    with Image.open(written[0]) as image:
        assert (image.size, image.mode) == ((28, 28), "L")

    again = MyDigitsStore(tmp_path / "again.npz")
    report = import_folder(again, tmp_path / "out")
    assert (report.added, report.skipped) == (4, [])
    original, imported = store.load(), again.load()

    # Import reads in name order: compare as (label, pixels) multisets.
    def key(images, labels):
        return sorted((int(t), image.tobytes()) for image, t in zip(images, labels, strict=True))

    assert key(imported.images, imported.labels) == key(original.images, original.labels)


def test_export_refuses_a_folder_with_files_and_writes_nothing(tmp_path):
    store = _store(tmp_path, [1])
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    with pytest.raises(MyDigitsError, match="not an empty folder"):
        export_folder(store.load(), out)
    assert os.listdir(out) == ["mine.txt"]


def test_export_into_an_empty_folder_and_a_failed_export_leaves_nothing(tmp_path, monkeypatch):
    store = _store(tmp_path, [1, 2])
    out = tmp_path / "empty"
    out.mkdir()
    assert len(export_folder(store.load(), out)) == 2

    import core.my_digits_files as files

    calls = []

    def fail_second(pixels):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return png_bytes(pixels)

    monkeypatch.setattr(files, "png_bytes", fail_second)
    with pytest.raises(MyDigitsError, match="nothing was exported"):
        export_folder(store.load(), tmp_path / "new")
    assert sorted(os.listdir(tmp_path)) == ["empty", "store"]  # no half folder, no staging


def test_import_skips_bad_files_with_reasons_and_adds_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "4_good.png").write_bytes(png_bytes(_digit(1)))
    (folder / "5_broken.png").write_bytes(png_bytes(_digit(2))[:40])  # cut short
    (folder / "6_text.png").write_text("not an image")
    Image.new("L", (32, 28)).save(folder / "2_wide.png")
    (folder / "noname.png").write_bytes(png_bytes(_digit(3)))
    (folder / ".hidden.png").write_bytes(b"ignored")
    sub = folder / "8"
    sub.mkdir()
    (sub / "anything.png").write_bytes(png_bytes(_digit(4)))
    Image.new("RGBA", (28, 28), (255, 255, 255, 0)).save(sub / "clear.png")
    store = MyDigitsStore(tmp_path / "digits.npz")
    store.add(_digit(9), 9)

    report = import_folder(store, folder)

    reasons = {item.name: item.reason for item in report.skipped}
    assert report.added == 3
    assert set(reasons) == {"5_broken.png", "6_text.png", "2_wide.png", "noname.png"}
    assert "damaged" in reasons["5_broken.png"]
    assert "not a PNG" in reasons["6_text.png"]
    assert "32x28" in reasons["2_wide.png"]
    assert "label" in reasons["noname.png"]
    digits = store.load()
    assert digits.labels.tolist() == [9, 4, 8, 8]
    np.testing.assert_array_equal(digits.images[1], _digit(1))
    np.testing.assert_array_equal(digits.images[3], np.zeros((28, 28)))  # transparent: black


def test_an_import_whose_write_fails_adds_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1_a.png").write_bytes(png_bytes(_digit(1)))
    (folder / "2_b.png").write_bytes(png_bytes(_digit(2)))
    store = _store(tmp_path, [5])
    before = store.path.read_bytes()
    import core.atomic

    def fail(*args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(core.atomic.os, "replace", fail)
    with pytest.raises(MyDigitsError):
        import_folder(store, folder)
    monkeypatch.undo()
    assert store.path.read_bytes() == before


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(MyDigitsError, match="cannot be read"):
        import_folder(MyDigitsStore(tmp_path / "d.npz"), tmp_path / "nowhere")


def test_colour_pngs_are_made_gray(tmp_path):
    path = tmp_path / "c.png"
    Image.new("RGB", (28, 28), (255, 255, 255)).save(path)
    assert read_digit_png(path).min() == 255
