"""Reading a model file's archive safely: only what the largest allowed model can hold.

``read_model_entries`` opens only a regular file (a FIFO would block for
good), reads only the entries a model has, and reads each only after its
declared size has been checked (``core.npz_reader``) against what the largest
model of the file's own architecture can hold, so that huge declarations and
zip bombs are refused before they are allocated.

The file's small ``format_version`` and ``config`` are read first. When they
are usable, the config names every other entry (``entry_shapes``): the
weights of its layers, batch norm's running statistics and its optimizer's
state; each is bounded by the same network with every hidden layer 2,000 wide
(``BOUNDS``), so ``W2`` of a deep net at most ``(2000, 2000)`` float64, and the
metrics by the config's ``iters_num``. A format-3 file holding any other entry
is refused unread. When they are not usable, only the two-layer weights and
the metrics are read, within the largest ``BOUNDS`` allow, and
``core.model_file`` says what is wrong. It checks the contents afterwards, and
refuses to save beyond these limits, so whatever it saves loads back.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from itertools import pairwise
from typing import IO

import numpy as np

from core.config import BOUNDS, TrainConfig
from core.network import PARAM_KEYS
from core.network_summary import layer_sizes
from core.npz_reader import (
    DamagedArchive,
    EntryTooLarge,
    NotRegularFile,
    NpzArchive,
    PickledEntry,
    open_regular_file,
)
from core.phrase import QT_TRANSLATE_NOOP, Phrase, message
from core.safe_json import parse_json

INPUT_SIZE = 784
OUTPUT_SIZE = 10
BUFFER_PREFIX = "buffer/"
"""Batch norm's running statistics are stored as ``buffer/running_mean1``, ..."""
OPTIMIZER_PREFIX = "optimizer/"
"""The optimizer's state is stored as ``optimizer/iter``, ``optimizer/m/W1``, ..."""
OPTIMIZER_SLOTS: dict[str, tuple[str, ...]] = {
    "sgd": (),
    "momentum": ("v",),
    "nesterov": ("v",),
    "adagrad": ("h",),
    "rmsprop": ("h",),
    "adam": ("m", "v"),
}
"""The per-parameter arrays of each optimizer's ``state_dict``: ``'<slot>/<param key>'``."""
METADATA_KEYS = (
    "format_version",
    "config",
    "metrics_losses",
    "metrics_epochs",
    "iterations_done",
    "app",
    "extra",
)

_MAX_HIDDEN = int(BOUNDS["hidden_size"].high)
_MAX_LAYERS = int(BOUNDS["hidden_layers"].high)
_MAX_PARAMS = 2 * (_MAX_LAYERS + 1) + 2 * _MAX_LAYERS  # W, b of every layer; gamma, beta
MAX_MEMBERS = len(METADATA_KEYS) + _MAX_PARAMS + 2 * _MAX_LAYERS + 2 * _MAX_PARAMS + 1
"""Members of the archive: a 10-hidden-layer net with batch norm and Adam has 154."""
MAX_SHORT_TEXT = 10_000
"""Characters of the ``config`` and ``app`` entries (a few hundred in practice)."""
MAX_EXTRA_TEXT = 1_000_000
"""Characters of the ``extra`` entry (a generator's state takes about 200)."""
MAX_JSON_DEPTH = 32
"""Nesting of ``config`` and ``extra`` (1 and 3 in practice)."""

CONTEXT = "ModelFile"
"""The translation context of the sentences about model files (``core.phrase``)."""


def phrase(template: str, **values: object) -> Phrase:
    """A sentence about a model file: ``template`` (marked in context "ModelFile") with values."""
    return Phrase(CONTEXT, template, **values)


HOW_TO_GET_ONE = phrase(
    QT_TRANSLATE_NOOP(
        "ModelFile", "open a file saved with File > Save model or `mnist-trainer train`"
    )
)
SAVE_AGAIN = phrase(
    QT_TRANSLATE_NOOP(
        "ModelFile",
        "the file is damaged or was not written by MNIST Trainer; save the model again",
    )
)

_MAX_ITERS = int(BOUNDS["iters_num"].high)
_MAX_ITEMSIZE = 8  # float64 and int64, the widest dtypes a model file holds
_BYTES_PER_CHAR = 4  # numpy stores text as UTF-32
_TWO_LAYER_MAX = {"W1": INPUT_SIZE * _MAX_HIDDEN, "b1": _MAX_HIDDEN}
_TWO_LAYER_MAX |= {"W2": _MAX_HIDDEN * OUTPUT_SIZE, "b2": OUTPUT_SIZE}


class ModelFileError(ValueError):
    """A model file cannot be used (or written); the message says why and what to do."""


def param_shapes(config: TrainConfig) -> dict[str, tuple[int, ...]]:
    """The book's parameter keys of ``config``'s network and their shapes.

    ``W1 (784, H1)``, ``b1 (H1,)``, ..., ``W{n+1} (Hn, 10)``, ``b{n+1} (10,)``
    and with batch norm ``gamma{k} (Hk,)``, ``beta{k} (Hk,)`` for every hidden layer.
    """
    shapes: dict[str, tuple[int, ...]] = {}
    for k, (n_in, n_out) in enumerate(
        pairwise(layer_sizes(config, INPUT_SIZE, OUTPUT_SIZE)), start=1
    ):
        shapes[f"W{k}"], shapes[f"b{k}"] = (n_in, n_out), (n_out,)
    if config.use_batchnorm:
        for k, size in enumerate(config.hidden_sizes, start=1):
            shapes[f"gamma{k}"], shapes[f"beta{k}"] = (size,), (size,)
    return shapes


def buffer_shapes(config: TrainConfig) -> dict[str, tuple[int, ...]]:
    """Batch norm's ``running_mean{k} (Hk,)`` and ``running_var{k} (Hk,)``; empty without it."""
    if not config.use_batchnorm:
        return {}
    shapes: dict[str, tuple[int, ...]] = {}
    for k, size in enumerate(config.hidden_sizes, start=1):
        shapes[f"running_mean{k}"], shapes[f"running_var{k}"] = (size,), (size,)
    return shapes


def optimizer_shapes(config: TrainConfig) -> dict[str, tuple[int, ...]]:
    """Every key of ``config.optimizer``'s ``state_dict`` after a step, with its shape.

    ``'<slot>/<param key>'`` shaped as the parameter (``'v/W1'``, ``'m/b2'``),
    and Adam's step count ``'iter'`` ``()``; SGD has none.
    """
    params = param_shapes(config)
    shapes = {
        f"{slot}/{key}": shape
        for slot in OPTIMIZER_SLOTS[config.optimizer]
        for key, shape in params.items()
    }
    return shapes | ({"iter": ()} if config.optimizer == "adam" else {})


def entry_shapes(config: TrainConfig, version: int) -> dict[str, tuple[int, ...]]:
    """The array entries (not the metadata) a model file of ``config`` has, by entry name.

    Formats 1 and 2 hold the two-layer weights only; format 3 also
    ``buffer/<key>`` for ``buffer_shapes`` and ``optimizer/<key>`` for ``optimizer_shapes``.
    """
    if version < 3:
        return {key: shape for key, shape in param_shapes(config).items() if key in PARAM_KEYS}
    return (
        param_shapes(config)
        | {BUFFER_PREFIX + key: shape for key, shape in buffer_shapes(config).items()}
        | {OPTIMIZER_PREFIX + key: shape for key, shape in optimizer_shapes(config).items()}
    )


def read_model_entries(path: str | os.PathLike[str]) -> dict[str, np.ndarray]:
    """The entries the model file at ``path`` has, each read within its limit.

    Parameters
    ----------
    path : path
        The ``.npz`` model file.

    Returns
    -------
    dict of str to ndarray
        The entries found that a model has, not yet checked (``core.model_file`` does that).

    Raises
    ------
    ModelFileError
        Missing, a folder or special file, unreadable, not an npz, damaged,
        holding pickles, declaring more than a model can hold, holding entries
        a model of its config does not have, or from another program.
    """
    shown = show_path(path)
    with _opened(path, shown) as f:
        try:
            head = f.read(8)
            if not head.startswith(b"PK"):  # every zip (and so every npz) starts with PK
                raise ModelFileError(
                    phrase(
                        QT_TRANSLATE_NOOP(
                            "ModelFile", "{path} is not a model file ({what}); {fix}"
                        ),
                        path=shown,
                        what=_describe(head),
                        fix=HOW_TO_GET_ONE,
                    )
                )
            f.seek(0)
            with NpzArchive(f, max_members=MAX_MEMBERS) as archive:
                return _read_known(archive, shown)
        except PickledEntry as exc:
            raise ModelFileError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "ModelFile",
                        "{path} holds Python objects in '{key}' (stored with pickle), which "
                        "MNIST Trainer does not load because opening them can run code; {fix}",
                    ),
                    path=shown,
                    key=exc.key,
                    fix=HOW_TO_GET_ONE,
                )
            ) from None
        except EntryTooLarge as exc:
            raise ModelFileError(problem_with(shown, message(exc), SAVE_AGAIN)) from None
        except (DamagedArchive, OSError) as exc:
            raise ModelFileError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "ModelFile",
                        "{path} is damaged or incomplete ({problem}); it was probably cut short "
                        "while being saved or copied: copy or save it again",
                    ),
                    path=shown,
                    problem=message(exc),
                )
            ) from None


def problem_with(shown: str, problem: str, fix: str) -> Phrase:
    """``"{path}: {problem}; {fix}"``: what is wrong with the file ``shown`` and what to do."""
    return phrase(
        QT_TRANSLATE_NOOP("ModelFile", "{path}: {problem}; {fix}"),
        path=shown,
        problem=problem,
        fix=fix,
    )


def max_epoch_rows(iters_num: int) -> int:
    """Epoch measurements a run of ``iters_num`` iterations can make.

    One every ``iter_per_epoch`` iterations, plus one. A model file does not
    record the size of the training set, so ``iter_per_epoch`` may be 1.
    """
    return iters_num + 1


def max_entry_bytes(config: TrainConfig | None, version: int | None) -> dict[str, int]:
    """The most bytes of data each entry of a model file may have.

    Parameters
    ----------
    config : TrainConfig or None
        The file's config; None if it cannot be used (then the largest
        two-layer network and metrics ``BOUNDS`` allow).
    version : int or None
        The file's format; None if it cannot be used.

    Returns
    -------
    dict of str to int
        For every entry the file may have: its weights, running statistics and
        optimizer state as large as those of ``config``'s network with every
        hidden layer 2,000 wide, float64; ``metrics_losses`` up to
        ``(iters_num,)``, ``metrics_epochs`` up to ``(max_epoch_rows(iters_num), 4)``,
        scalars of 8 bytes, text within the ``MAX_*_TEXT`` characters.
    """
    iters = _MAX_ITERS if config is None else config.iters_num
    values = dict(_TWO_LAYER_MAX)
    if config is not None and version is not None:
        widest = dataclasses.replace(config, hidden_sizes=(_MAX_HIDDEN,) * len(config.hidden_sizes))
        shapes = entry_shapes(widest, version)
        values = {key: int(np.prod(shape)) for key, shape in shapes.items()}
    values |= {
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


def listed(names: list[str], most: int = 6) -> str:
    """Up to ``most`` names from a file, escaped for a one-line message."""
    shown = ", ".join(show_path(name[:40]) for name in names[:most])
    if len(names) <= most:
        return shown
    return phrase(
        QT_TRANSLATE_NOOP("ModelFile", "{names} and {count} more"),
        names=shown,
        count=str(len(names) - most),
    )


def _opened(path: str | os.PathLike[str], shown: str) -> IO[bytes]:
    """``path`` open to read, if it is a regular file; ModelFileError otherwise."""
    try:
        return open_regular_file(path)
    except FileNotFoundError:
        raise ModelFileError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "{path} does not exist; check the name and folder, or {fix}"
                ),
                path=shown,
                fix=HOW_TO_GET_ONE,
            )
        ) from None
    except IsADirectoryError:
        raise ModelFileError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "{path} is a folder, not a model file; choose the model.npz inside it",
                ),
                path=shown,
            )
        ) from None
    except PermissionError:
        raise ModelFileError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "{path} cannot be read: you do not have permission to read it; ask its "
                    "owner for read permission, or open a copy you may read",
                ),
                path=shown,
            )
        ) from None
    except NotRegularFile as exc:
        raise ModelFileError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "{path} is not a regular file (it is {kind}); {fix}"
                ),
                path=shown,
                kind=message(exc),
                fix=HOW_TO_GET_ONE,
            )
        ) from None
    except OSError as exc:
        raise ModelFileError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile", "{path} could not be read ({reason}); check that you may read it"
                ),
                path=shown,
                reason=exc.strerror or str(exc),
            )
        ) from None


def _read_known(archive: NpzArchive, shown: str) -> dict[str, np.ndarray]:
    """Read the small version and config first: they name and bound the other entries."""
    names = archive.keys()
    if "format_version" not in names and "W1" not in names:
        nothing = phrase(QT_TRANSLATE_NOOP("ModelFile", "nothing"))
        raise ModelFileError(
            phrase(
                QT_TRANSLATE_NOOP(
                    "ModelFile",
                    "{path} is not a model saved by MNIST Trainer (no W1 in it; it holds "
                    "{names}); {fix}",
                ),
                path=shown,
                names=listed(sorted(names)) or nothing,
                fix=HOW_TO_GET_ONE,
            )
        )
    first = max_entry_bytes(None, None)
    entries: dict[str, np.ndarray] = {
        key: archive.read(key, first[key]) for key in ("format_version", "config") if key in names
    }
    version, config = _declared_version(entries), _declared_config(entries)
    limits = max_entry_bytes(config, version)
    if version == 3 and config is not None:
        unknown = sorted(set(names) - set(limits))
        if unknown:
            raise ModelFileError(
                phrase(
                    QT_TRANSLATE_NOOP(
                        "ModelFile",
                        "{path} holds entries a model file of its network does not have: "
                        "{names}; {fix}",
                    ),
                    path=shown,
                    names=listed(unknown),
                    fix=SAVE_AGAIN,
                )
            )
    for key in names:
        if key in limits and key not in entries:
            entries[key] = archive.read(key, limits[key])
    return entries


def _declared_version(entries: Mapping[str, np.ndarray]) -> int | None:
    """The format version if it is one this module knows the entries of, else None."""
    version = entries.get("format_version")
    if version is None or version.shape != () or version.dtype.kind not in "iu":
        return None
    return int(version) if int(version) in (1, 2, 3) else None


def _declared_config(entries: Mapping[str, np.ndarray]) -> TrainConfig | None:
    """The config if it is a valid one, else None (``core.model_file`` says what is wrong)."""
    config = entries.get("config")
    if config is None or config.shape != () or config.dtype.kind != "U":
        return None
    try:
        settings = parse_json(str(config), max_length=MAX_SHORT_TEXT, max_depth=MAX_JSON_DEPTH)
        return TrainConfig.from_dict(settings)
    except (ValueError, TypeError, AttributeError):  # no JSON object, or not a valid config
        return None


def _describe(head: bytes) -> Phrase:
    """A guess at what a file is, from its first bytes."""
    if not head:
        return phrase(QT_TRANSLATE_NOOP("ModelFile", "it is empty"))
    if head.startswith(b"\x89PNG"):
        return phrase(QT_TRANSLATE_NOOP("ModelFile", "it is a PNG image"))
    if head.startswith(b"\x93NUMPY"):
        return phrase(
            QT_TRANSLATE_NOOP("ModelFile", "it is a single NumPy array (.npy), not an .npz model")
        )
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return phrase(QT_TRANSLATE_NOOP("ModelFile", "its contents are not an .npz archive"))
    return phrase(QT_TRANSLATE_NOOP("ModelFile", "it is a text file"))
