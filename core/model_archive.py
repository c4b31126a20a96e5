"""Reading a model file's archive safely: only what the largest allowed model can hold.

``read_model_entries`` opens only a regular file (a FIFO would block for
good), reads only the entries a model has, and reads each only after its
declared size has been checked (``core.npz_reader``) against what a model of
the largest settings in ``core.config.BOUNDS`` can hold: ``W1`` up to
``(784, 2000)``, and metrics up to the file's own ``config.iters_num``, so
that huge declarations and zip bombs are refused before they are allocated.
``core.model_file`` checks the contents afterwards, and refuses to save
beyond these limits, so whatever it saves loads back.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO

import numpy as np

from core.config import BOUNDS, TrainConfig, check_setting
from core.npz_reader import (
    DamagedArchive,
    EntryTooLarge,
    NotRegularFile,
    NpzArchive,
    PickledEntry,
    open_regular_file,
)
from core.safe_json import parse_json

INPUT_SIZE = 784
OUTPUT_SIZE = 10
MAX_MEMBERS = 32
"""Members of the archive (a model file has 11)."""
MAX_SHORT_TEXT = 10_000
"""Characters of the ``config`` and ``app`` entries (a few hundred in practice)."""
MAX_EXTRA_TEXT = 1_000_000
"""Characters of the ``extra`` entry (a generator's state takes about 200)."""
MAX_JSON_DEPTH = 32
"""Nesting of ``config`` and ``extra`` (1 and 3 in practice)."""

HOW_TO_GET_ONE = "open a file saved with File > Save model or `mnist-trainer train`"
SAVE_AGAIN = "the file is damaged or was not written by MNIST Trainer; save the model again"

_MAX_HIDDEN = int(BOUNDS["hidden_size"].high)
_MAX_ITERS = int(BOUNDS["iters_num"].high)
_MAX_ITEMSIZE = 8  # float64 and int64, the widest dtypes a model file holds
_BYTES_PER_CHAR = 4  # numpy stores text as UTF-32


class ModelFileError(ValueError):
    """A model file cannot be used (or written); the message says why and what to do."""


def read_model_entries(path: str | os.PathLike[str], keys: Sequence[str]) -> dict[str, np.ndarray]:
    """The entries ``keys`` that the model file at ``path`` has, each read within its limit.

    Parameters
    ----------
    path : path
        The ``.npz`` model file.
    keys : sequence of str
        The entries to read; others are left unread.

    Returns
    -------
    dict of str to ndarray
        The entries of ``keys`` found, not yet checked (``core.model_file`` does that).

    Raises
    ------
    ModelFileError
        Missing, a folder or special file, unreadable, not an npz, damaged,
        holding pickles, declaring more than a model can hold, or from another program.
    """
    shown = show_path(path)
    with _opened(path, shown) as f:
        try:
            head = f.read(8)
            if not head.startswith(b"PK"):  # every zip (and so every npz) starts with PK
                raise ModelFileError(
                    f"{shown} is not a model file ({_describe(head)}); {HOW_TO_GET_ONE}"
                )
            f.seek(0)
            with NpzArchive(f, max_members=MAX_MEMBERS) as archive:
                return _read_known(archive, keys, shown)
        except PickledEntry as exc:
            raise ModelFileError(
                f"{shown} holds Python objects in '{exc.key}' (stored with pickle), which MNIST "
                f"Trainer does not load because opening them can run code; {HOW_TO_GET_ONE}"
            ) from None
        except EntryTooLarge as exc:
            raise ModelFileError(f"{shown}: {exc}; {SAVE_AGAIN}") from None
        except (DamagedArchive, OSError) as exc:
            raise ModelFileError(
                f"{shown} is damaged or incomplete ({exc}); it was probably cut short while "
                "being saved or copied: copy or save it again"
            ) from None


def max_epoch_rows(iters_num: int) -> int:
    """Epoch measurements a run of ``iters_num`` iterations can make.

    One every ``iter_per_epoch`` iterations, plus one. A model file does not
    record the size of the training set, so ``iter_per_epoch`` may be 1.
    """
    return iters_num + 1


def max_entry_bytes(iters_num: int | None) -> dict[str, int]:
    """The most bytes of data each entry of a model file may have.

    Parameters
    ----------
    iters_num : int or None
        The file's ``config.iters_num``; None if its config cannot be used
        (then the largest ``BOUNDS`` allows).

    Returns
    -------
    dict of str to int
        For every entry of format 2: ``W1`` up to ``(784, 2000)`` float64,
        ``metrics_losses`` up to ``(iters_num,)``, ``metrics_epochs`` up to
        ``(max_epoch_rows(iters_num), 4)``, scalars of 8 bytes, text within the
        ``MAX_*_TEXT`` characters.
    """
    iters = _MAX_ITERS if iters_num is None else iters_num
    values = {
        "W1": INPUT_SIZE * _MAX_HIDDEN,
        "b1": _MAX_HIDDEN,
        "W2": _MAX_HIDDEN * OUTPUT_SIZE,
        "b2": OUTPUT_SIZE,
        "format_version": 1,
        "iterations_done": 1,
        "metrics_losses": iters,
        "metrics_epochs": max_epoch_rows(iters) * 4,
    }
    texts = {"config": MAX_SHORT_TEXT, "app": MAX_SHORT_TEXT, "extra": MAX_EXTRA_TEXT}
    return {key: count * _MAX_ITEMSIZE for key, count in values.items()} | {
        key: chars * _BYTES_PER_CHAR for key, chars in texts.items()
    }


def show_path(path: str | os.PathLike[str]) -> str:
    """``path`` for a one-line message: control characters and undecodable bytes escaped."""
    text = os.fsdecode(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def _opened(path: str | os.PathLike[str], shown: str) -> IO[bytes]:
    """``path`` open to read, if it is a regular file; ModelFileError otherwise."""
    try:
        return open_regular_file(path)
    except FileNotFoundError:
        raise ModelFileError(
            f"{shown} does not exist; check the name and folder, or {HOW_TO_GET_ONE}"
        ) from None
    except IsADirectoryError:
        raise ModelFileError(
            f"{shown} is a folder, not a model file; choose the model.npz inside it"
        ) from None
    except PermissionError:
        raise ModelFileError(
            f"{shown} cannot be read: you do not have permission to read it; ask its owner "
            "for read permission, or open a copy you may read"
        ) from None
    except NotRegularFile as exc:
        raise ModelFileError(
            f"{shown} is not a regular file (it is {exc}); {HOW_TO_GET_ONE}"
        ) from None
    except OSError as exc:
        raise ModelFileError(
            f"{shown} could not be read ({exc.strerror or exc}); check that you may read it"
        ) from None


def _read_known(archive: NpzArchive, keys: Sequence[str], shown: str) -> dict[str, np.ndarray]:
    """Read the entries of ``keys``, the small config first: it bounds the metrics."""
    names = archive.keys()
    if "format_version" not in names and "W1" not in names:
        listed = ", ".join(show_path(name) for name in sorted(names)[:6]) or "nothing"
        raise ModelFileError(
            f"{shown} is not a model saved by MNIST Trainer (no W1 in it; it holds {listed}); "
            f"{HOW_TO_GET_ONE}"
        )
    entries: dict[str, np.ndarray] = {}
    iters_num = None
    if "config" in names:
        entries["config"] = archive.read("config", max_entry_bytes(None)["config"])
        iters_num = _declared_iters_num(entries["config"])
    limits = max_entry_bytes(iters_num)
    for key in keys:
        if key in names and key not in entries:
            entries[key] = archive.read(key, limits[key])
    return entries


def _declared_iters_num(config: np.ndarray) -> int | None:
    """The config's ``iters_num`` if it is one allowed, else None (the config is checked later)."""
    if config.shape != () or config.dtype.kind != "U":
        return None
    try:
        settings = parse_json(str(config), max_length=MAX_SHORT_TEXT, max_depth=MAX_JSON_DEPTH)
        iters_num = settings.get("iters_num", TrainConfig.iters_num)
        return int(check_setting("iters_num", iters_num))
    except (ValueError, AttributeError):  # no valid JSON, no JSON object, no allowed number
        return None


def _describe(head: bytes) -> str:
    """A guess at what a file is, from its first bytes."""
    if not head:
        return "it is empty"
    if head.startswith(b"\x89PNG"):
        return "it is a PNG image"
    if head.startswith(b"\x93NUMPY"):
        return "it is a single NumPy array (.npy), not an .npz model"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "its contents are not an .npz archive"
    return "it is a text file"
