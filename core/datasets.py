"""The bundled datasets: their names, their class names and where their files are.

Two sets ship with the app, both 28x28 grey images in ten classes, 60,000 for
training and 10,000 for testing, in the same IDX files:

- ``"mnist"``: the book's handwritten digits (the default);
- ``"fashion"``: Zalando's Fashion-MNIST, photos of clothes
  (https://github.com/zalandoresearch/fashion-mnist, MIT license).

A ``TrainConfig`` names one of them in its ``dataset`` setting; files written
before there was a choice have no such setting and mean ``"mnist"``. The class
names here are English; ``gui.class_names`` translates them.
"""

from __future__ import annotations

from collections.abc import Iterable

DATASETS = ("mnist", "fashion")
"""The bundled datasets, by the names ``TrainConfig.dataset`` and ``--dataset`` use."""
DEFAULT_DATASET = "mnist"

TITLES = {"mnist": "MNIST", "fashion": "Fashion-MNIST"}
"""The datasets' own names (not translated)."""

FOLDERS = {"mnist": "mnist", "fashion": "fashion-mnist"}
"""The folder of each set's four IDX files, in ``assets/`` (or ``core/_assets/`` in a wheel)."""

CLASS_NAMES: dict[str, tuple[str, ...]] = {
    "mnist": tuple(str(digit) for digit in range(10)),
    "fashion": (
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
    ),
}
"""The English name of each label 0-9 (Fashion-MNIST's as its authors give them)."""

BUNDLED_SHA256: dict[str, dict[str, str]] = {
    "mnist": {
        "train-images-idx3-ubyte": (
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"
        ),
        "train-labels-idx1-ubyte": (
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"
        ),
        "t10k-images-idx3-ubyte": (
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"
        ),
        "t10k-labels-idx1-ubyte": (
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"
        ),
    },
    "fashion": {
        "train-images-idx3-ubyte": (
            "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"
        ),
        "train-labels-idx1-ubyte": (
            "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"
        ),
        "t10k-images-idx3-ubyte": (
            "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"
        ),
        "t10k-labels-idx1-ubyte": (
            "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"
        ),
    },
}
"""SHA-256 of each set's uncompressed files (their ``SHA256SUMS.uncompressed``)."""


def check_dataset(name: object) -> str:
    """``name`` if it is a bundled dataset, else ValueError naming the choices."""
    if name not in DATASETS:
        raise ValueError(f"dataset must be one of {', '.join(DATASETS)}, got {name!r}")
    return str(name)


def dataset_of(settings: object) -> str:
    """The dataset a config (or anything with a ``dataset`` attribute) names; mnist without one."""
    return str(getattr(settings, "dataset", DEFAULT_DATASET) or DEFAULT_DATASET)


def shared_dataset(names: Iterable[str]) -> str:
    """The one dataset all of ``names`` are; ValueError if they mix datasets.

    A race compares its contestants on one set of images: contestants on
    MNIST and on Fashion-MNIST cannot be raced.

    Parameters
    ----------
    names : iterable of str
        At least one dataset name.
    """
    found = list(dict.fromkeys(names))
    if not found:
        raise ValueError("no dataset given")
    if len(found) > 1:
        titles = " and ".join(TITLES.get(name, name) for name in found)
        raise ValueError(
            f"the contestants train on {titles}: a race's contestants must all train on "
            "the same dataset"
        )
    return found[0]
