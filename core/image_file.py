"""An image file the user offers the drawing pad: its bytes read safely, its pixels made ink.

Decoding is the GUI's job (Qt reads PNG, JPEG, BMP, GIF); what surrounds it is
here, without Qt, so that it can be tested alone:

- ``read_image_bytes`` refuses what is no image file before reading a byte: a
  missing file, a folder, a FIFO or device (which would block or never end), a
  file it may not read, a file too large to be a picture of a digit. Each
  refusal is an ``ImageFileError`` whose message names the file, says what is
  wrong and what to do.
- ``ink_from_rgba`` turns decoded pixels into the pad's ink, white on black,
  whatever the image's polarity, background level or transparency.
- ``check_has_digit`` refuses an image without a digit (all one shade), so that
  loading it does not wipe the user's drawing for an empty pad.
"""

from __future__ import annotations

import os

import numpy as np

from core.drawing import INK_THRESHOLD
from core.npz_reader import NotRegularFile, open_regular_file
from core.path_display import show_path
from core.phrase import QT_TRANSLATE_NOOP, Phrase, message

MAX_FILE_BYTES = 256 * 2**20
"""The largest image file read (256 MiB, an uncompressed 8192x8192 RGBA bitmap)."""
LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
"""Weights of red, green and blue in the gray level (ITU-R BT.601, as Qt's qGray)."""


CONTEXT = "ImageFile"
"""The translation context of this module's sentences (``core.phrase``)."""


def _phrase(template: str, **values: object) -> Phrase:
    return Phrase(CONTEXT, template, **values)


class ImageFileError(ValueError):
    """An image file cannot go on the pad; ``str(error)`` is the message for the user."""


def read_image_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the image file ``path``, once it is known to be a readable regular file.

    Parameters
    ----------
    path : path
        The file the user chose or dropped.

    Returns
    -------
    bytes
        At most ``MAX_FILE_BYTES`` of them.

    Raises
    ------
    ImageFileError
        The file is missing, a folder, a FIFO, device or socket, not readable
        (permission), larger than ``MAX_FILE_BYTES``, or fails while read.
    """
    shown = show_path(path)
    try:
        with open_regular_file(path) as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImageFileError(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ImageFile",
                    "Cannot open {path}: there is no such file; check its name and folder.",
                ),
                path=shown,
            )
        ) from None
    except IsADirectoryError:
        raise ImageFileError(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ImageFile",
                    "Cannot open {path}: it is a folder, not an image; choose an image file in it.",
                ),
                path=shown,
            )
        ) from None
    except NotRegularFile as error:
        raise ImageFileError(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ImageFile",
                    "Cannot open {path}: it is {kind}, not an image file; "
                    "choose a PNG or JPEG file.",
                ),
                path=shown,
                kind=message(error),
            )
        ) from None
    except PermissionError:
        raise ImageFileError(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ImageFile",
                    "Cannot open {path}: permission to read it is denied; "
                    "allow reading it or copy it somewhere you can read.",
                ),
                path=shown,
            )
        ) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ImageFileError(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ImageFile", "Cannot open {path}: {reason}; check the file and try again."
                ),
                path=shown,
                reason=reason,
            )
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise ImageFileError(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ImageFile",
                    "Cannot open {path}: it is larger than {size} MB, "
                    "too large for a picture of a digit; save a smaller copy and open that.",
                ),
                path=shown,
                size=str(MAX_FILE_BYTES // 2**20),
            )
        )
    return data


IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)
"""How each image format this app reads begins, and its name for the decoder."""


def image_format(data: bytes) -> str | None:
    """The format of the image file whose bytes are ``data`` ("png", ...), from its first bytes."""
    for signature, name in IMAGE_SIGNATURES:
        if data.startswith(signature):
            return name
    return None


def not_an_image(path: str | os.PathLike[str]) -> ImageFileError:
    """The error for a file that no image reader understands."""
    return ImageFileError(
        _phrase(
            QT_TRANSLATE_NOOP(
                "ImageFile",
                "Cannot open {path}: it is not an image this app can read; "
                "choose a PNG, JPEG, BMP or GIF file.",
            ),
            path=show_path(path),
        )
    )


def too_many_pixels(
    path: str | os.PathLike[str], width: int, height: int, most: int
) -> ImageFileError:
    """The error for an image of ``width`` x ``height`` pixels, more than ``most`` in all."""
    return ImageFileError(
        _phrase(
            QT_TRANSLATE_NOOP(
                "ImageFile",
                "Cannot open {path}: it is {width} x {height} pixels, more than the "
                "{most} million this app decodes; save a smaller copy (1000 px is plenty).",
            ),
            path=show_path(path),
            width=f"{width:,}",
            height=f"{height:,}",
            most=f"{most / 1e6:.0f}",
        )
    )


def ink_from_rgba(rgba: np.ndarray) -> np.ndarray:
    """The ink of a picture: high where the digit is, 0 on its background.

    The background is what surrounds the picture: transparent pixels if it has
    any, else its border. A light background means dark ink, which is inverted.
    The border's typical level (its median, so a stroke touching the border does
    not count) is then subtracted, so grey paper becomes black, not faint ink.

    Parameters
    ----------
    rgba : (H, W, 4) uint8 ndarray
        Red, green, blue, alpha; H, W >= 1.

    Returns
    -------
    (H, W) float32 ndarray in [0, 1]
        All 0 for a picture of one shade.
    """
    gray = rgba[:, :, :3].astype(np.float32) @ LUMA / np.float32(255)
    alpha = rgba[:, :, 3].astype(np.float32) / np.float32(255)
    if alpha.min() < 1.0:  # transparent = background: the opaque pixels are the ink
        opaque = gray[alpha > 0.5]
        dark_ink = opaque.size > 0 and float(np.median(opaque)) < 0.5
        ink = alpha * ((1.0 - gray) if dark_ink else gray)
    else:
        light_page = float(np.median(_border(gray))) > 0.5
        ink = (1.0 - gray) if light_page else gray
    background = float(np.median(_border(ink)))
    if background >= 1.0:
        return np.zeros_like(ink)
    return np.clip((ink - background) / (1.0 - background), 0.0, 1.0).astype(np.float32)


def _border(image: np.ndarray) -> np.ndarray:
    """The pixels on the edge of ``image`` (H, W), as one flat array."""
    return np.concatenate([image[0], image[-1], image[:, 0], image[:, -1]])


def check_has_digit(path: str | os.PathLike[str], ink: np.ndarray) -> None:
    """Raise ImageFileError when ``ink`` (from ``ink_from_rgba``) holds nothing to read.

    Parameters
    ----------
    path : path
        The file the ink came from, for the message.
    ink : (H, W) float ndarray in [0, 1]
    """
    if not (np.asarray(ink) >= INK_THRESHOLD).any():
        raise ImageFileError(
            _phrase(
                QT_TRANSLATE_NOOP(
                    "ImageFile",
                    "No digit in {path}: the image is blank (all one shade), so the pad "
                    "keeps your drawing; open an image with a digit on it.",
                ),
                path=show_path(path),
            )
        )
