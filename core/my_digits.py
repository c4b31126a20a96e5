"""My digits: the learner's own drawings, each with its true label, as a personal test set.

The set lives in one file, ``<data dir>/my-digits/digits.npz`` (the data dir is
``core.run_store.default_data_dir()``: ``$MNIST_TRAINER_DATA`` or the platform's
user data folder), loadable with ``np.load(allow_pickle=False)``::

    format_version  () int          1
    images          (N, 28, 28) uint8   white digit on black, as MNIST's (0 to 255)
    labels          (N,) int64      the true digit of each image, 0 to 9
    ids             (N,) int64      a number per drawing, never reused: what removes it
    next_id         () int64        the id the next drawing gets (above every id given)

One file holds the whole set, and every change rewrites it atomically
(``core.atomic``): a failed write (a full disk, a killed program) leaves the old
set whole, never a set with half a drawing. Exporting to and importing from a
folder of PNG files is in ``core.my_digits_files``; scoring networks on the set
in ``core.my_digits_score``.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.atomic import atomic_write_bytes
from core.npz_reader import ArchiveError, NotRegularFile, NpzArchive, open_regular_file
from core.path_display import show_path
from core.phrase import QT_TRANSLATE_NOOP, Phrase, message
from core.run_store import default_data_dir

FOLDER = "my-digits"
FILE = "digits.npz"
FORMAT_VERSION = 1
SIDE = 28
MAX_DIGITS = 10_000
"""The most drawings a set holds (7.8 MB of pixels): more is no longer one learner's set."""
MAX_FILE_BYTES = 64 * 2**20
_KEYS = ("format_version", "images", "labels", "ids", "next_id")
CONTEXT = "MyDigits"
"""The translation context of the sentences about the set (``core.phrase``)."""


def digits_phrase(template: str, **values: object) -> Phrase:
    """A sentence about the set: ``template`` (marked in context "MyDigits") with values."""
    return Phrase(CONTEXT, template, **values)


_FIX = digits_phrase(QT_TRANSLATE_NOOP("MyDigits", "delete or rename the file to start a new set"))


class MyDigitsError(ValueError):
    """The set cannot be read or changed; ``str(error)`` says why and what to do."""


def default_store_path(data_dir: Path | None = None) -> Path:
    """``<data dir>/my-digits/digits.npz``; ``data_dir`` defaults to ``default_data_dir()``."""
    return Path(data_dir if data_dir is not None else default_data_dir()) / FOLDER / FILE


def as_pixels(image: np.ndarray) -> np.ndarray:
    """A 28x28 (or 784) image as ``(28, 28) uint8``, white on black.

    Parameters
    ----------
    image : (28, 28) or (784,) uint8 (0 to 255) or float (0 to 1) ndarray
        Floats are what the network sees (the drawing pad's preview); they are
        clipped to [0, 1] and rounded to the nearest of 256 levels.

    Raises
    ------
    MyDigitsError
        Another size, another dtype, or NaN.
    """
    array = np.asarray(image)
    if array.size != SIDE * SIDE:
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP(
                    "MyDigits", "a digit is 28x28 pixels; this image has shape {shape}"
                ),
                shape=str(array.shape),
            )
        )
    array = array.reshape(SIDE, SIDE)
    if array.dtype == np.uint8:
        return array.copy()
    if array.dtype.kind != "f":
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP("MyDigits", "a digit's pixels are uint8 or floats, not {dtype}"),
                dtype=str(array.dtype),
            )
        )
    if not np.all(np.isfinite(array)):
        raise MyDigitsError(
            digits_phrase(QT_TRANSLATE_NOOP("MyDigits", "the image holds NaN or infinite pixels"))
        )
    return np.rint(np.clip(array, 0.0, 1.0) * 255.0).astype(np.uint8)


def check_label(label: object) -> int:
    """``label`` as an int 0 to 9, or MyDigitsError."""
    if isinstance(label, bool) or not isinstance(label, int | np.integer) or not 0 <= label <= 9:
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP(
                    "MyDigits", "a digit's label is a whole number from 0 to 9, not {label}"
                ),
                label=repr(label),
            )
        )
    return int(label)


@dataclass(frozen=True)
class DigitSet:
    """The drawings of a set, in the order they were added. Arrays are read-only.

    Attributes
    ----------
    images : (N, 28, 28) uint8
    labels : (N,) int64
    ids : (N,) int64
        Unique, increasing; the id of a removed drawing is not given again.
    """

    images: np.ndarray
    labels: np.ndarray
    ids: np.ndarray
    next_id: int = 1

    def __len__(self) -> int:
        return len(self.labels)

    @staticmethod
    def empty() -> DigitSet:
        """A set without drawings."""
        return DigitSet(
            np.zeros((0, SIDE, SIDE), np.uint8), np.zeros(0, np.int64), np.zeros(0, np.int64)
        )

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """``x (N, 784) float32`` in [0, 1] (as ``load_mnist`` normalises) and ``t (N,) int64``."""
        x = self.images.reshape(len(self), SIDE * SIDE).astype(np.float32)
        x /= np.float32(255.0)
        return x, self.labels.copy()


class MyDigitsStore:
    """The set in the file ``path``: read, add, remove, each change one atomic rewrite.

    Parameters
    ----------
    path : path, optional
        The set's file; ``default_store_path()`` by default. Its folder is made
        at the first write.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()

    def load(self) -> DigitSet:
        """The set as saved; empty if the file does not exist yet.

        Raises MyDigitsError (naming the file) if it cannot be read or is not a set.
        """
        try:
            with open_regular_file(self.path) as f:
                data = f.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return DigitSet.empty()
        except NotRegularFile:
            raise MyDigitsError(
                digits_phrase(
                    QT_TRANSLATE_NOOP("MyDigits", "{path} is not a regular file; {fix}"),
                    path=show_path(self.path),
                    fix=_FIX,
                )
            ) from None
        except OSError as exc:
            raise MyDigitsError(
                digits_phrase(
                    QT_TRANSLATE_NOOP(
                        "MyDigits", "{path} cannot be read ({reason}); check its permissions"
                    ),
                    path=show_path(self.path),
                    reason=exc.strerror or str(exc),
                )
            ) from None
        if len(data) > MAX_FILE_BYTES:
            raise MyDigitsError(
                digits_phrase(
                    QT_TRANSLATE_NOOP("MyDigits", "{path} is too large to be a set; {fix}"),
                    path=show_path(self.path),
                    fix=_FIX,
                )
            )
        try:
            return _parse(data)
        except MyDigitsError as exc:
            raise MyDigitsError(
                digits_phrase(
                    QT_TRANSLATE_NOOP("MyDigits", "{path}: {problem}; {fix}"),
                    path=show_path(self.path),
                    problem=message(exc),
                    fix=_FIX,
                )
            ) from None

    def add(self, image: np.ndarray, label: int) -> int:
        """Add one drawing with its true ``label``; returns its id."""
        return self.add_many([as_pixels(image)], [label])[0]

    def add_many(self, images: list[np.ndarray], labels: list[int]) -> list[int]:
        """Add drawings with their labels in one write (all or none); returns their ids."""
        if len(images) != len(labels):
            raise MyDigitsError(
                digits_phrase(QT_TRANSLATE_NOOP("MyDigits", "every image needs one label"))
            )
        pixels = [as_pixels(image) for image in images]
        checked = [check_label(label) for label in labels]
        current = self.load()
        if len(current) + len(pixels) > MAX_DIGITS:
            raise MyDigitsError(
                digits_phrase(
                    QT_TRANSLATE_NOOP(
                        "MyDigits",
                        "a set holds at most {most} drawings; it has {count}: remove some first",
                    ),
                    most=f"{MAX_DIGITS:,}",
                    count=f"{len(current):,}",
                )
            )
        first = current.next_id
        new_ids = np.arange(first, first + len(pixels), dtype=np.int64)
        stacked = np.stack(pixels) if pixels else np.zeros((0, SIDE, SIDE), np.uint8)
        self._write(
            DigitSet(
                np.concatenate([current.images, stacked]),
                np.concatenate([current.labels, np.asarray(checked, np.int64)]),
                np.concatenate([current.ids, new_ids]),
                first + len(pixels),
            )
        )
        return [int(i) for i in new_ids]

    def remove(self, ids: list[int]) -> int:
        """Remove the drawings with these ids; returns how many were removed."""
        current = self.load()
        keep = ~np.isin(current.ids, np.asarray(list(ids), dtype=np.int64))
        removed = int(np.count_nonzero(~keep))
        if removed:
            kept = DigitSet(
                current.images[keep], current.labels[keep], current.ids[keep], current.next_id
            )
            self._write(kept)
        return removed

    def _write(self, digits: DigitSet) -> None:
        buffer = io.BytesIO()
        np.savez(
            buffer,
            format_version=np.int64(FORMAT_VERSION),
            images=digits.images,
            labels=digits.labels,
            ids=digits.ids,
            next_id=np.int64(digits.next_id),
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, buffer.getvalue())
        except OSError as exc:
            raise MyDigitsError(
                digits_phrase(
                    QT_TRANSLATE_NOOP(
                        "MyDigits",
                        "cannot write {path} ({reason}); the set is unchanged; check that the "
                        "folder may be written and the disk has room",
                    ),
                    path=show_path(self.path),
                    reason=exc.strerror or str(exc),
                )
            ) from None


def _parse(data: bytes) -> DigitSet:
    """The set in the bytes of an npz; MyDigitsError (without the file's name) if it is none."""
    limits = {"format_version": 8, "images": MAX_DIGITS * SIDE * SIDE}
    limits["labels"] = limits["ids"] = MAX_DIGITS * 8
    limits["next_id"] = 8
    try:
        with NpzArchive(io.BytesIO(data), max_members=len(_KEYS)) as archive:
            if sorted(archive.keys()) != sorted(_KEYS):
                raise MyDigitsError(
                    digits_phrase(
                        QT_TRANSLATE_NOOP(
                            "MyDigits", "it is not a set of drawings (unexpected contents)"
                        )
                    )
                )
            entries = {key: archive.read(key, limits[key]) for key in _KEYS}
    except ArchiveError as exc:
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP("MyDigits", "it is damaged or not a set ({problem})"),
                problem=message(exc),
            )
        ) from None
    version, images = entries["format_version"], entries["images"]
    labels, ids, next_id = entries["labels"], entries["ids"], entries["next_id"]
    if version.shape != () or version.dtype.kind not in "iu" or int(version) != FORMAT_VERSION:
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP("MyDigits", "it was written by another version of MNIST Trainer")
            )
        )
    n = len(labels)
    if images.dtype != np.uint8 or images.shape != (n, SIDE, SIDE) or n > MAX_DIGITS:
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP(
                    "MyDigits", "its images are not 28x28 uint8 pixels, one per label"
                )
            )
        )
    if labels.dtype.kind not in "iu" or labels.ndim != 1 or np.any((labels < 0) | (labels > 9)):
        raise MyDigitsError(
            digits_phrase(QT_TRANSLATE_NOOP("MyDigits", "its labels are not digits from 0 to 9"))
        )
    if ids.dtype.kind not in "iu" or ids.shape != (n,) or len(np.unique(ids)) != n:
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP("MyDigits", "its drawings' ids are missing or repeated")
            )
        )
    if next_id.shape != () or next_id.dtype.kind not in "iu" or np.any(ids >= next_id):
        raise MyDigitsError(
            digits_phrase(
                QT_TRANSLATE_NOOP("MyDigits", "its next id is missing or not above every drawing's")
            )
        )
    result = DigitSet(images, labels.astype(np.int64), ids.astype(np.int64), int(next_id))
    for array in (result.images, result.labels, result.ids):
        array.flags.writeable = False
    return result
