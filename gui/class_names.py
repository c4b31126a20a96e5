"""The names of a dataset's ten classes, in the interface's language.

MNIST's classes are its digits, ``0`` to ``9``, the same in every language.
Fashion-MNIST's are the garments its authors named (``core.datasets.CLASS_NAMES``),
marked here for ``pyside6-lupdate`` in the context ``ClassNames`` and translated
when asked for: a view calls ``class_names(dataset)`` in its ``retranslate()``
and shows what it returns.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.datasets import CLASS_NAMES, DEFAULT_DATASET, TITLES

CONTEXT = "ClassNames"

FASHION_NAMES = (
    QT_TRANSLATE_NOOP("ClassNames", "T-shirt/top"),
    QT_TRANSLATE_NOOP("ClassNames", "Trouser"),
    QT_TRANSLATE_NOOP("ClassNames", "Pullover"),
    QT_TRANSLATE_NOOP("ClassNames", "Dress"),
    QT_TRANSLATE_NOOP("ClassNames", "Coat"),
    QT_TRANSLATE_NOOP("ClassNames", "Sandal"),
    QT_TRANSLATE_NOOP("ClassNames", "Shirt"),
    QT_TRANSLATE_NOOP("ClassNames", "Bag"),
    QT_TRANSLATE_NOOP("ClassNames", "Sneaker"),
    QT_TRANSLATE_NOOP("ClassNames", "Ankle boot"),
)
"""Fashion-MNIST's labels 0-9, marked for translation (``core.datasets`` holds the same)."""


def class_names(dataset: str | None = DEFAULT_DATASET) -> list[str]:
    """The ten class names of ``dataset`` in the current language, by label.

    Parameters
    ----------
    dataset : str or None
        ``"mnist"`` (or None: a model that does not say) or ``"fashion"``.

    Returns
    -------
    list of 10 str
        ``["0", ..., "9"]`` for MNIST; Fashion-MNIST's garments, translated.
    """
    if dataset == "fashion":
        return [QCoreApplication.translate(CONTEXT, name) for name in FASHION_NAMES]
    return list(CLASS_NAMES[DEFAULT_DATASET])


def dataset_title(dataset: str | None) -> str:
    """``"MNIST"`` or ``"Fashion-MNIST"``: the datasets' own names are not translated."""
    return TITLES.get(dataset or DEFAULT_DATASET, TITLES[DEFAULT_DATASET])
