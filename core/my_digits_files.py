"""My digits as a folder of PNG files named by their label, to share, back up or edit.

Export writes one 28x28 8-bit grayscale PNG per drawing, white digit on black
as MNIST's, named ``<label>_<n>.png`` with ``n`` counting the drawings of that
label from 1 (``7_0001.png``, ``7_0002.png``, ``3_0001.png``) into a new or empty
folder. Everything is written into a hidden folder beside it first, which then
takes the folder's place: an export that fails leaves no half-written folder.

Import reads both layouts:

- a flat folder of ``<label>_<anything>.png`` (as export writes), the label the
  single digit before the first ``_``;
- a folder of sub-folders ``0`` to ``9``, each holding ``<anything>.png`` of that label.

A file that cannot be used (not a PNG, not 28x28, no label in its name, too
large) is skipped with the reason; the images that can be used are added to
the set in one write, so an import adds all of them or, if the write fails,
none. Pillow decodes the files; its header is read (and the size checked)
before any pixel is decoded.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from core.my_digits import SIDE, DigitSet, MyDigitsError, MyDigitsStore, digits_phrase
from core.npz_reader import NotRegularFile, open_regular_file
from core.path_display import show_path
from core.phrase import QT_TRANSLATE_NOOP, message

MAX_PNG_BYTES = 1_000_000
"""A 28x28 grayscale PNG is under 1 KB; a larger file is no exported digit."""
MAX_FILES = 20_000
"""The most PNG files an import looks at."""
FLAT_NAME = re.compile(r"([0-9])_.*", re.DOTALL)
LABEL_FOLDERS = tuple("0123456789")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Skipped:
    """A file that import did not add: its path relative to the folder, and why."""

    name: str
    reason: str


@dataclass
class ImportReport:
    """What an import did: how many drawings it added, and the files it skipped."""

    added: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def export_name(label: int, n: int) -> str:
    """``7_0001.png`` for the first drawing of a 7."""
    return f"{label}_{n:04d}.png"


def png_bytes(pixels: np.ndarray) -> bytes:
    """A ``(28, 28) uint8`` image as the bytes of an 8-bit grayscale PNG."""
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(pixels, dtype=np.uint8), mode="L").save(buffer, "PNG")
    return buffer.getvalue()


def export_folder(digits: DigitSet, folder: str | os.PathLike[str]) -> list[Path]:
    """Write every drawing of ``digits`` as a PNG into ``folder`` (new, or empty); all or nothing.

    Returns
    -------
    list of Path
        The files written, in the set's order.

    Raises
    ------
    MyDigitsError
        ``folder`` holds files already, or cannot be written; nothing is left behind.
    """
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP(
                    "MyDigits", "{path} is not an empty folder; choose a new or empty folder"
                ),
                path=show_path(folder),
            )
        )
    counts = [0] * 10
    names = []
    for label in digits.labels:
        counts[int(label)] += 1
        names.append(export_name(int(label), counts[int(label)]))
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=parent))
    except OSError as exc:
        raise MyDigitsError(_cannot_write(parent, exc)) from None
    try:
        for name, pixels in zip(names, digits.images, strict=True):
            (staging / name).write_bytes(png_bytes(pixels))
        if folder.exists():
            folder.rmdir()  # empty, checked above: the staged folder takes its place
        os.replace(staging, folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise MyDigitsError(_cannot_write(folder, exc)) from None
    return [folder / name for name in names]


def _cannot_write(folder: Path, exc: OSError) -> str:
    return digits_phrase(
        QT_TRANSLATE_NOOP(
            "MyDigits",
            "cannot write {path} ({reason}); nothing was exported; "
            "check that the folder may be written and the disk has room",
        ),
        path=show_path(folder),
        reason=exc.strerror or str(exc),
    )


def read_digit_png(path: str | os.PathLike[str]) -> np.ndarray:
    """The ``(28, 28) uint8`` pixels of a 28x28 PNG (colour or gray, made gray).

    Raises
    ------
    MyDigitsError
        Why it cannot be used: not a readable regular file, too large, not a
        PNG, damaged, or not 28x28 (checked from the header, before decoding).
    """
    try:
        with open_regular_file(path) as f:
            data = f.read(MAX_PNG_BYTES + 1)
    except NotRegularFile as exc:
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP("MyDigits", "it is {kind}, not an image file"), kind=message(exc)
            )
        ) from None
    except OSError as exc:
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP("MyDigits", "it cannot be read ({reason})"),
                reason=exc.strerror or str(exc),
            )
        ) from None
    if len(data) > MAX_PNG_BYTES:
        raise MyDigitsError(
            digits_phrase(QT_TRANSLATE_NOOP("MyDigits", "it is too large to be a 28x28 digit"))
        )
    if not data.startswith(PNG_SIGNATURE):
        raise MyDigitsError(digits_phrase(QT_TRANSLATE_NOOP("MyDigits", "it is not a PNG image")))
    try:
        with Image.open(io.BytesIO(data), formats=["PNG"]) as opened:
            image: Image.Image = opened
            if image.size != (SIDE, SIDE):
                width, height = image.size
                raise MyDigitsError(
                    digits_phrase(
                        QT_TRANSLATE_NOOP("MyDigits", "it is {width}x{height} pixels, not 28x28"),
                        width=str(width),
                        height=str(height),
                    )
                )
            if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                # Transparent pixels count as the black background.
                image = image.convert("RGBA")
                background = Image.new("RGBA", image.size, (0, 0, 0, 255))
                image = Image.alpha_composite(background, image)
            return np.array(image.convert("L"), dtype=np.uint8)
    except MyDigitsError:
        raise
    except Exception:  # Pillow raises many kinds on a damaged file
        raise MyDigitsError(
            digits_phrase(QT_TRANSLATE_NOOP("MyDigits", "it is a damaged PNG"))
        ) from None


def _label_of(relative: Path) -> int | None:
    """The label a file's place says: ``7/x.png`` or ``7_x.png``; None if it says none."""
    if len(relative.parts) == 2 and relative.parts[0] in LABEL_FOLDERS:
        return int(relative.parts[0])
    match = FLAT_NAME.fullmatch(relative.name) if len(relative.parts) == 1 else None
    return int(match[1]) if match else None


def _candidates(folder: Path) -> list[Path]:
    """Every file of ``folder`` and of its sub-folders ``0`` to ``9``, relative, sorted."""
    found = [Path(entry.name) for entry in os.scandir(folder) if not entry.is_dir()]
    for label in LABEL_FOLDERS:
        sub = folder / label
        with contextlib.suppress(OSError):
            if sub.is_dir() and not sub.is_symlink():
                found += [Path(label, entry.name) for entry in os.scandir(sub)]
    return sorted(found, key=lambda path: path.as_posix())


def read_folder(
    folder: str | os.PathLike[str],
) -> tuple[list[np.ndarray], list[int], list[Skipped]]:
    """The usable drawings of ``folder`` (images, labels) and the files skipped, with reasons.

    Hidden files (``.name``) are ignored without a word.
    """
    folder = Path(folder)
    try:
        names = _candidates(folder)
    except OSError as exc:
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP(
                    "MyDigits", "{path} cannot be read ({reason}); choose a folder of PNGs"
                ),
                path=show_path(folder),
                reason=exc.strerror or str(exc),
            )
        ) from None
    images: list[np.ndarray] = []
    labels: list[int] = []
    skipped: list[Skipped] = []
    for relative in names[:MAX_FILES]:
        if relative.name.startswith("."):
            continue
        shown = relative.as_posix()
        label = _label_of(relative)
        if label is None:
            reason = digits_phrase(
                QT_TRANSLATE_NOOP(
                    "MyDigits", "its name does not start with its label (like 7_0001.png)"
                )
            )
            skipped.append(Skipped(shown, reason))
            continue
        try:
            images.append(read_digit_png(folder / relative))
        except MyDigitsError as exc:
            skipped.append(Skipped(shown, message(exc)))
            continue
        labels.append(label)
    for relative in names[MAX_FILES:]:
        only = digits_phrase(
            QT_TRANSLATE_NOOP("MyDigits", "only {count} files are read"), count=f"{MAX_FILES:,}"
        )
        skipped.append(Skipped(relative.as_posix(), only))
    return images, labels, skipped


def import_folder(store: MyDigitsStore, folder: str | os.PathLike[str]) -> ImportReport:
    """Add the usable PNGs of ``folder`` to ``store`` in one write; report what was skipped.

    Raises MyDigitsError if the folder cannot be read or the set cannot be
    written (then nothing was added).
    """
    images, labels, skipped = read_folder(folder)
    if images:
        store.add_many(images, labels)
    return ImportReport(len(images), skipped)
