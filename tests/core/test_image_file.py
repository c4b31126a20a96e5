"""core.image_file: refusing what is no image file, and turning pixels into the pad's ink."""

from __future__ import annotations

import os
import threading

import numpy as np
import pytest

from core import image_file
from core.image_file import (
    ImageFileError,
    check_has_digit,
    ink_from_rgba,
    read_image_bytes,
)


def read_with_timeout(path, seconds: float = 10.0):
    """read_image_bytes(path) in a thread: returns its result or exception, fails if it hangs."""
    outcome: list[object] = []

    def target() -> None:
        try:
            outcome.append(read_image_bytes(path))
        except Exception as error:
            outcome.append(error)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive() and os.path.exists(path):  # free a reader stuck on a FIFO
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        worker.join(seconds)
    assert outcome, f"reading {path} did not return within {seconds} s"
    return outcome[0]


def message_for(path) -> str:
    error = read_with_timeout(path)
    assert isinstance(error, ImageFileError), f"expected ImageFileError, got {error!r}"
    message = str(error)
    assert "\n" not in message
    assert "Traceback" not in message
    return message


def test_a_regular_file_is_read(tmp_path):
    path = tmp_path / "digit.png"
    path.write_bytes(b"\x89PNG data")
    assert read_image_bytes(path) == b"\x89PNG data"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.png"
    os.mkfifo(path)
    message = message_for(path)
    assert "pipe.png" in message
    assert "named pipe" in message
    assert "choose" in message


def test_a_missing_file_says_not_found(tmp_path):
    message = message_for(tmp_path / "gone.png")
    assert "gone.png" in message
    assert "no such file" in message


def test_a_folder_says_it_is_a_folder(tmp_path):
    folder = tmp_path / "pictures.png"
    folder.mkdir()
    message = message_for(folder)
    assert "pictures.png" in message
    assert "is a folder" in message


def test_a_file_without_read_permission_says_permission(tmp_path, monkeypatch):
    path = tmp_path / "secret.png"
    path.write_bytes(b"\x89PNG")
    path.chmod(0)
    if os.name != "posix" or os.geteuid() == 0:  # chmod does not stop root: simulate it
        real_open = os.open

        def refusing_open(name, flags, *args, **kwargs):
            if os.fspath(name) == os.fspath(path):
                raise PermissionError(13, "Permission denied", os.fspath(name))
            return real_open(name, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
    message = message_for(path)
    assert "secret.png" in message
    assert "permission" in message.lower()
    assert "no such file" not in message


def test_a_name_with_a_newline_stays_on_one_line(tmp_path):
    message = message_for(tmp_path / "two\nlines\x1b.png")
    assert "two\\nlines\\x1b.png" in message
    assert "\n" not in message


def test_a_file_too_large_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(image_file, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.bmp"
    path.write_bytes(bytes(1001))
    message = message_for(path)
    assert "huge.bmp" in message
    assert "larger than" in message
    path.write_bytes(bytes(1000))
    assert len(read_image_bytes(path)) == 1000


# -- pixels to ink ---------------------------------------------------------------------


def rgba(gray: np.ndarray, alpha: np.ndarray | float = 255) -> np.ndarray:
    """(H, W, 4) uint8 from gray levels 0-255 and an alpha (array or constant)."""
    gray = np.asarray(gray, dtype=np.uint8)
    alpha = np.broadcast_to(np.asarray(alpha, dtype=np.uint8), gray.shape)
    return np.stack([gray, gray, gray, alpha], axis=-1)


def bar(ink: int, background: int) -> np.ndarray:
    image = np.full((40, 40), background, dtype=np.uint8)
    image[5:35, 18:22] = ink
    return image


@pytest.mark.parametrize(("ink", "background"), [(255, 0), (0, 255), (40, 200), (230, 60)])
def test_ink_is_high_on_the_digit_and_zero_on_the_background(ink, background):
    result = ink_from_rgba(rgba(bar(ink, background)))
    assert result.dtype == np.float32
    assert result.shape == (40, 40)
    paper = background if ink > background else 255 - background
    expected = abs(ink - background) / (
        255 - paper
    )  # the paper's level becomes 0, ink keeps its rise
    assert result[5:35, 18:22] == pytest.approx(expected, abs=0.01)
    assert result[:, :15].max() == 0.0
    assert result[:, 25:].max() == 0.0


@pytest.mark.parametrize("ink", [0, 255])
def test_ink_on_transparency_is_the_opaque_part(ink):
    alpha = np.where(bar(255, 0) > 0, 255, 0)
    result = ink_from_rgba(rgba(np.full((40, 40), ink), alpha))
    assert result[5:35, 18:22].min() == pytest.approx(1.0)
    assert result[:, :15].max() == 0.0


@pytest.mark.parametrize(
    "pixels",
    [
        rgba(np.full((30, 30), 255)),  # white
        rgba(np.full((30, 30), 0)),  # black
        rgba(np.full((30, 30), 128)),  # grey
        rgba(np.full((30, 30), 255), 0),  # fully transparent
        rgba(np.full((30, 30), 77), 128),  # half-transparent grey
        rgba(np.full((1, 1), 0)),  # one pixel
        rgba(np.full((1, 1), 255)),
    ],
)
def test_an_image_of_one_shade_has_no_digit(pixels, tmp_path):
    ink = ink_from_rgba(pixels)
    assert not ink.any()
    with pytest.raises(ImageFileError, match=r"No digit in .*blank\.png: .*keeps your drawing"):
        check_has_digit(tmp_path / "blank.png", ink)


def test_an_image_with_a_digit_passes(tmp_path):
    check_has_digit(tmp_path / "digit.png", ink_from_rgba(rgba(bar(0, 255))))
