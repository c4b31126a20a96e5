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

The entries' shapes are in ``core.model_shapes``, the limits in
``core.model_limits`` and the words of the errors in ``core.model_problems``;
their names are re-exported here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO

import numpy as np

from core.config import TrainConfig
from core.model_limits import MAX_EXTRA_TEXT as MAX_EXTRA_TEXT
from core.model_limits import MAX_JSON_DEPTH as MAX_JSON_DEPTH
from core.model_limits import MAX_MEMBERS as MAX_MEMBERS
from core.model_limits import MAX_SHORT_TEXT as MAX_SHORT_TEXT
from core.model_limits import METADATA_KEYS as METADATA_KEYS
from core.model_limits import max_entry_bytes as max_entry_bytes
from core.model_limits import max_epoch_rows as max_epoch_rows
from core.model_problems import CONTEXT as CONTEXT
from core.model_problems import HOW_TO_GET_ONE as HOW_TO_GET_ONE
from core.model_problems import SAVE_AGAIN as SAVE_AGAIN
from core.model_problems import ModelFileError as ModelFileError
from core.model_problems import listed as listed
from core.model_problems import phrase as phrase
from core.model_problems import problem_with as problem_with
from core.model_problems import show_path as show_path
from core.model_shapes import BUFFER_PREFIX as BUFFER_PREFIX
from core.model_shapes import INPUT_SIZE as INPUT_SIZE
from core.model_shapes import OPTIMIZER_PREFIX as OPTIMIZER_PREFIX
from core.model_shapes import OPTIMIZER_SLOTS as OPTIMIZER_SLOTS
from core.model_shapes import OUTPUT_SIZE as OUTPUT_SIZE
from core.model_shapes import buffer_shapes as buffer_shapes
from core.model_shapes import entry_shapes as entry_shapes
from core.model_shapes import optimizer_shapes as optimizer_shapes
from core.model_shapes import param_shapes as param_shapes
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
