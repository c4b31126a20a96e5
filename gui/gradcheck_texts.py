"""The gradient-check panel's words: its choices, labels, tooltips and explanation, and its timings.

Every text is in the ``GradCheckWidget`` context, where it was first written. The
constants are marked with ``QT_TRANSLATE_NOOP`` and translated where they are shown
(``tr``); ``NO_NETWORK`` and ``FRESH`` are their English forms. ``format_times``
writes how long the numerical gradient and backprop took, in the current language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.data import IMAGE_SIZE, NUM_CLASSES
from core.gradcheck import GradCheckResult
from gui.gradcheck_command import DEFAULT_HIDDEN

METHODS = (
    (QT_TRANSLATE_NOOP("GradCheckWidget", "fast numerical (vectorised)"), "fast"),
    (QT_TRANSLATE_NOOP("GradCheckWidget", "book's loop (slow)"), "book"),
    (QT_TRANSLATE_NOOP("GradCheckWidget", "quick: k random parameters"), "sample"),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("GradCheckWidget", "mean |diff|"),
    QT_TRANSLATE_NOOP("GradCheckWidget", "max |diff|"),
    QT_TRANSLATE_NOOP("GradCheckWidget", "relative error"),
    QT_TRANSLATE_NOOP("GradCheckWidget", "values compared"),
)
FRESH_SEED = 0  # the default --seed of mnist-trainer gradcheck
FRESH_SIZES = f"{IMAGE_SIZE**2}-{DEFAULT_HIDDEN}-{NUM_CLASSES}"
FRESH_TEXT = QT_TRANSLATE_NOOP("GradCheckWidget", "fresh {sizes} (seed {seed})")
FRESH = FRESH_TEXT.format(sizes=FRESH_SIZES, seed=FRESH_SEED)
NETWORKS = (
    (QT_TRANSLATE_NOOP("GradCheckWidget", "current network"), "current"),
    (FRESH_TEXT, "fresh"),
)
NO_NETWORK_TEXT = QT_TRANSLATE_NOOP(
    "GradCheckWidget", "No network yet: checking a {fresh} network instead."
)
NO_NETWORK = NO_NETWORK_TEXT.format(fresh=FRESH)
"""What the panel says (in English) when there is no network to check."""
# Measured with core.gradcheck (fast method). The gap between backprop and the
# numerical gradient comes from the loss's log(y + 1e-7), not from h: with the 1e-7
# left out, the same check gives 1e-10 to 4e-10.
EXPLANATION = QT_TRANSLATE_NOOP(
    "GradCheckWidget",
    "Relative error of backprop against central differences (h = 1e-4, float64). "
    "Backprop is right when it is about 1e-7 to 1e-5 and much the same in every row: a "
    "fresh 784-50-10 on 3 images gives 5.2e-7, a trained one on 100 images about 1e-5. "
    "It is not ~1e-10 because the book's loss takes log(y + 1e-7): the numerical gradient "
    "sees the 1e-7, backprop does not, so they differ by about 1e-7 / y (y: the "
    "probability of an image's label); h itself adds only ~1e-10. A bug shows as a row "
    "at 1e-3 or more (dW1 off by 1% gives 5e-3, a missing term about 1).",
)
DEEP_NETWORK_NOTE = QT_TRANSLATE_NOOP(
    "GradCheckWidget",
    "The vectorised method knows the two-layer network only: the book's loop checks this "
    "one (dropout off, batch norm in training mode, as the book's check).",
)


def tr(text: str) -> str:
    """``text`` (one of the marked texts above) in the current language."""
    return QCoreApplication.translate("GradCheckWidget", text)


def fresh_name() -> str:
    """``fresh 784-50-10 (seed 0)`` in the current language."""
    return tr(FRESH_TEXT).format(sizes=FRESH_SIZES, seed=FRESH_SEED)


def format_seconds(seconds: float) -> str:
    """``41.2 s``, ``0.4 ms`` or ``12 us``: a duration in a readable unit."""
    if seconds >= 1:
        return f"{seconds:.1f} s"
    return f"{seconds * 1e3:.1f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:.0f} us"


def format_times(result: GradCheckResult) -> str:
    """``numerical 41.2 s, backprop 0.4 ms (100,000x faster)``; quick mode names its count."""
    numerical, backprop = result.numerical_seconds, result.backprop_seconds
    times = {"numerical": format_seconds(numerical), "backprop": format_seconds(backprop)}
    if result.method == "sample":  # k values against all of them: no fair ratio
        checked = sum(check.checked for check in result.checks)
        text = QCoreApplication.translate(
            "GradCheckWidget",
            "numerical {numerical} for {count} values, backprop {backprop} for all",
        )
        text = text.format(count=f"{checked:,}", **times)
    elif backprop > 0 and not result.cancelled:
        text = QCoreApplication.translate(
            "GradCheckWidget", "numerical {numerical}, backprop {backprop} ({ratio}x faster)"
        )
        text = text.format(ratio=f"{numerical / backprop:,.0f}", **times)
    else:
        text = QCoreApplication.translate(
            "GradCheckWidget", "numerical {numerical}, backprop {backprop}"
        ).format(**times)
    return (
        QCoreApplication.translate("GradCheckWidget", "cancelled: {times}").format(times=text)
        if result.cancelled
        else text
    )


def form_label_texts() -> tuple[str, str, str, str]:
    """The settings' labels with their mnemonics: network, method, images and k."""
    return (
        QCoreApplication.translate("GradCheckWidget", "&Network"),
        QCoreApplication.translate("GradCheckWidget", "&Method"),
        QCoreApplication.translate("GradCheckWidget", "&Images"),
        QCoreApplication.translate("GradCheckWidget", "&k (quick mode)"),
    )


def control_texts() -> tuple[tuple[str, str], ...]:
    """Accessible name and tooltip of each control, in the current language.

    In order: the network and method combos, the images and k spin boxes, the Run and
    Cancel buttons, the progress bar and the results table.
    """
    return (
        (
            QCoreApplication.translate("GradCheckWidget", "Network"),
            QCoreApplication.translate(
                "GradCheckWidget",
                "Check the current network, or a fresh one as mnist-trainer gradcheck does",
            ),
        ),
        (
            QCoreApplication.translate("GradCheckWidget", "Method"),
            QCoreApplication.translate(
                "GradCheckWidget",
                "How the numerical gradient is computed: vectorised, the book's loop, "
                "or k random parameters",
            ),
        ),
        (
            QCoreApplication.translate("GradCheckWidget", "Images"),
            QCoreApplication.translate(
                "GradCheckWidget", "How many training images the loss is computed on"
            ),
        ),
        (
            QCoreApplication.translate("GradCheckWidget", "k (quick mode)"),
            QCoreApplication.translate(
                "GradCheckWidget",
                "How many random entries of each parameter the quick method compares",
            ),
        ),
        (
            QCoreApplication.translate("GradCheckWidget", "Run check"),
            QCoreApplication.translate(
                "GradCheckWidget", "Compare the numerical gradient with backprop"
            ),
        ),
        (
            QCoreApplication.translate("GradCheckWidget", "Cancel"),
            QCoreApplication.translate("GradCheckWidget", "Stop the running check"),
        ),
        (
            QCoreApplication.translate("GradCheckWidget", "Progress"),
            QCoreApplication.translate("GradCheckWidget", "How much of the check is done"),
        ),
        (
            QCoreApplication.translate("GradCheckWidget", "Results"),
            QCoreApplication.translate(
                "GradCheckWidget",
                "Differences between the numerical gradient and backprop, per parameter",
            ),
        ),
    )
