"""Load MNIST from IDX files: the book's ``load_mnist``, verified and offline.

The bundled sets (``core.datasets``: MNIST and Fashion-MNIST) live in
``assets/mnist/`` and ``assets/fashion-mnist/`` (in an installed wheel, inside
the ``core`` package). Every file is checked before any array is returned: the gzip
stream, the IDX magic number, the counts and sizes, the labels' range and, for
the bundled set, the SHA-256 of the uncompressed bytes. Any problem raises
:class:`DatasetError` with a message that names the file, says what is wrong
and how to fix it. Nothing is ever downloaded.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import stat
import threading
import zlib
from pathlib import Path

import numpy as np

from core.datasets import BUNDLED_SHA256 as _BUNDLED_SHA256
from core.datasets import DATASETS, DEFAULT_DATASET, FOLDERS, TITLES
from core.path_display import show_path

IMAGE_SIZE = 28
NUM_CLASSES = 10
IMAGE_MAGIC = 0x00000803  # unsigned bytes, 3 dimensions
LABEL_MAGIC = 0x00000801  # unsigned bytes, 1 dimension

FILES = {
    "train_img": "train-images-idx3-ubyte",
    "train_label": "train-labels-idx1-ubyte",
    "test_img": "t10k-images-idx3-ubyte",
    "test_label": "t10k-labels-idx1-ubyte",
}

BUNDLED_SHA256 = _BUNDLED_SHA256["mnist"]
"""SHA-256 of the uncompressed bundled MNIST files (``SHA256SUMS.uncompressed``)."""

BUNDLED_DATASETS = DATASETS

_FIX_BUNDLED = (
    "restore the bundled copy (`git checkout -- assets/{folder}` in a checkout, "
    "or reinstall mnist-trainer)"
)
_FIX_DATA_DIR = "replace it with a complete, uncompressed or gzip-compressed IDX file"


Dataset = tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]
"""``(x_train, t_train), (x_test, t_test)`` as ``load_mnist`` returns them."""


class DatasetError(ValueError):
    """A data file is missing, truncated or corrupt; the message says how to fix it."""


def bundled_data_dir(dataset: str = DEFAULT_DATASET) -> Path:
    """Folder of the bundled IDX files, in a checkout or an installed wheel.

    Parameters
    ----------
    dataset : str
        One of ``core.datasets.DATASETS``: ``"mnist"`` or ``"fashion"``.

    Returns
    -------
    Path
    """
    if dataset not in BUNDLED_DATASETS:
        raise DatasetError(
            f"dataset {dataset!r} is not bundled (bundled: {', '.join(BUNDLED_DATASETS)}); "
            "pass data_dir=<folder with its four IDX files>"
        )
    package_dir = Path(__file__).resolve().parent
    folder_name = FOLDERS[dataset]
    candidates = [
        package_dir / "_assets" / folder_name,  # installed wheel
        package_dir.parent / "assets" / folder_name,  # source checkout
    ]
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise DatasetError(
        f"the bundled {TITLES[dataset]} files are missing (looked in "
        f"{show_path(candidates[0])} and {show_path(candidates[1])}); "
        + _FIX_BUNDLED.format(folder=folder_name)
    )


def _check_folder(folder: Path) -> None:
    """Raise DatasetError unless ``folder`` is a folder this process can list."""
    shown = show_path(folder)
    try:
        info = folder.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise DatasetError(
            f"{shown}: no such folder; pass a folder that holds the IDX files"
        ) from None
    except OSError as exc:
        raise DatasetError(f"{shown}: cannot be used as the data folder ({exc.strerror})") from None
    if not stat.S_ISDIR(info.st_mode):
        raise DatasetError(
            f"{shown} is a file, not a folder; pass the folder that holds the IDX files"
        )
    try:
        os.listdir(folder)
    except OSError as exc:
        raise DatasetError(
            f"{shown}: the folder cannot be read ({exc.strerror}); "
            "check that you may read it, or copy the IDX files to a folder you may read"
        ) from None


def _is_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise DatasetError(
            f"{show_path(path)}: cannot be read ({exc.strerror}); check that you may read it"
        ) from None


def find_idx_file(folder: Path, name: str) -> Path:
    """Return ``folder/name.gz`` or ``folder/name``, whichever exists.

    Raises
    ------
    DatasetError
        Neither exists as a file, or the folder cannot be read.
    """
    for candidate in (folder / f"{name}.gz", folder / name):
        if _is_file(candidate):
            return candidate
    raise DatasetError(
        f"{show_path(folder / name)}[.gz] not found: the folder must hold the four MNIST "
        f"IDX files ({', '.join(FILES.values())}), gzip-compressed or not"
    )


def _read_bytes(path: Path, fix: str) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DatasetError(f"{show_path(path)}: cannot be read ({exc.strerror}); {fix}") from exc
    if path.suffix != ".gz":
        return raw
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetError(
            f"{show_path(path)}: not a complete gzip file (truncated or corrupt: {exc}); {fix}"
        ) from exc


def _parse_idx(data: bytes, path: Path, magic: int, fix: str) -> np.ndarray:
    shown = show_path(path)
    ndim = magic & 0xFF
    header_size = 4 + 4 * ndim
    if len(data) < header_size:
        raise DatasetError(f"{shown}: only {len(data)} bytes, too short for an IDX header; {fix}")
    found_magic = int.from_bytes(data[:4], "big")
    if found_magic != magic:
        raise DatasetError(
            f"{shown}: not an MNIST {'image' if ndim == 3 else 'label'} file "
            f"(IDX magic number 0x{found_magic:08x}, expected 0x{magic:08x}); {fix}"
        )
    dims = tuple(int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    if ndim == 3 and dims[1:] != (IMAGE_SIZE, IMAGE_SIZE):
        raise DatasetError(
            f"{shown}: images are {dims[1]}x{dims[2]}, expected {IMAGE_SIZE}x{IMAGE_SIZE}; {fix}"
        )
    if dims[0] == 0:
        raise DatasetError(
            f"{shown}: holds no {'images' if ndim == 3 else 'labels'} "
            f"(the header says 0 items); {fix}"
        )
    expected = int(np.prod(dims))
    payload = len(data) - header_size
    if payload != expected:
        what = "truncated" if payload < expected else "longer than its header says"
        raise DatasetError(
            f"{shown}: {what} (header promises {expected} bytes of data for "
            f"{dims[0]} items, found {payload}); {fix}"
        )
    array = np.frombuffer(data, dtype=np.uint8, offset=header_size).reshape(dims)
    if ndim == 1 and array.size and int(array.max()) >= NUM_CLASSES:
        raise DatasetError(
            f"{shown}: label {int(array.max())} is out of range 0-{NUM_CLASSES - 1}; {fix}"
        )
    return array


_cache: dict[tuple[str, int, int, str | None], np.ndarray] = {}
_cache_lock = threading.Lock()


def read_idx(
    path: Path, magic: int, *, verify_sha256: str | None = None, title: str = "MNIST"
) -> np.ndarray:
    """Read and verify one IDX file; the bundled files are decoded once per process.

    Only the bundled files (``verify_sha256`` given) are kept: the app reads
    them again and again, and they are four. Files of a ``data_dir`` are read
    afresh each time, so a cache never fills with sets read once.

    Parameters
    ----------
    path : Path
        ``.gz`` or uncompressed IDX file.
    magic : int
        ``IMAGE_MAGIC`` or ``LABEL_MAGIC``.
    verify_sha256 : str, optional
        Expected SHA-256 of the uncompressed bytes.
    title : str
        The bundled set's name, for the message when the checksum differs.

    Returns
    -------
    (N, 28, 28) or (N,) uint8 ndarray, read-only
        For the bundled files, shared with the cache: copy before changing it.

    Raises
    ------
    DatasetError
    """
    fix = _FIX_BUNDLED.format(folder=path.parent.name) if verify_sha256 else _FIX_DATA_DIR
    try:
        info = path.stat()
    except OSError as exc:
        raise DatasetError(f"{show_path(path)}: cannot be read ({exc.strerror}); {fix}") from exc
    # The expected checksum is part of the key: a file checked as one set is not
    # taken for another from the cache.
    key = (str(path.resolve()), info.st_mtime_ns, info.st_size, verify_sha256)
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            return cached
        data = _read_bytes(path, fix)
        if verify_sha256 is not None:
            digest = hashlib.sha256(data).hexdigest()
            if digest != verify_sha256:
                raise DatasetError(
                    f"{show_path(path)}: content does not match the bundled {title} "
                    f"(SHA-256 {digest[:12]}..., expected {verify_sha256[:12]}...); {fix}"
                )
        array = _parse_idx(data, path, magic, fix)
        array.flags.writeable = False
        if verify_sha256 is not None:
            _cache[key] = array
        return array


def _load_split(
    folder: Path, images: str, labels: str, verify: str | None
) -> tuple[np.ndarray, ...]:
    """One split; ``verify`` names the bundled set to check the files against (None: no check)."""

    def read(name: str, magic: int) -> np.ndarray:
        if verify is None:
            return read_idx(find_idx_file(folder, name), magic)
        sha = _BUNDLED_SHA256[verify][name]
        return read_idx(find_idx_file(folder, name), magic, verify_sha256=sha, title=TITLES[verify])

    x = read(images, IMAGE_MAGIC)
    t = read(labels, LABEL_MAGIC)
    if len(x) != len(t):
        raise DatasetError(
            f"{show_path(folder)}: {images} has {len(x)} images but {labels} has {len(t)} labels; "
            "the two files must come from the same set"
        )
    return x, t


def _to_one_hot(t: np.ndarray) -> np.ndarray:
    one_hot = np.zeros((t.size, NUM_CLASSES), dtype=np.float32)
    one_hot[np.arange(t.size), t] = 1.0
    return one_hot


def load_mnist(
    normalize: bool = True,
    flatten: bool = True,
    one_hot_label: bool = False,
    *,
    dataset: str = DEFAULT_DATASET,
    data_dir: str | os.PathLike[str] | None = None,
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Load MNIST as the book does: ``(x_train, t_train), (x_test, t_test)``.

    Parameters
    ----------
    normalize : bool
        True: float32 pixels in [0, 1]. False: uint8 pixels 0-255.
    flatten : bool
        True: images ``(N, 784)``. False: ``(N, 1, 28, 28)``.
    one_hot_label : bool
        True: labels ``(N, 10)`` float32 one-hot. False: ``(N,)`` uint8 labels.
    dataset : str
        Name of a bundled set: ``"mnist"`` (the book's digits) or ``"fashion"``
        (Fashion-MNIST, clothes; the same shapes and ten classes); ignored when
        ``data_dir`` is given.
    data_dir : path, optional
        A folder with the four IDX files (``train-images-idx3-ubyte`` and so on,
        ``.gz`` or not) to load instead of the bundled set. They are checked for
        structure but not against the bundled checksums.

    Returns
    -------
    (x_train, t_train), (x_test, t_test)
        60,000 training and 10,000 test items for either bundled set.

    Raises
    ------
    DatasetError
        A file is missing, truncated or corrupt (the message says which and how to fix it).
    """
    verify = dataset if data_dir is None else None
    folder = bundled_data_dir(dataset) if data_dir is None else Path(data_dir)
    _check_folder(folder)
    splits = []
    for images, labels in (("train_img", "train_label"), ("test_img", "test_label")):
        x, t = _load_split(folder, FILES[images], FILES[labels], verify)
        if normalize:
            x = x.astype(np.float32)
            x /= np.float32(255.0)
        else:
            x = x.copy()
        x = x.reshape(len(x), -1) if flatten else x.reshape(len(x), 1, IMAGE_SIZE, IMAGE_SIZE)
        t = _to_one_hot(t) if one_hot_label else t.copy()
        splits.append((x, t))
    return splits[0], splits[1]
