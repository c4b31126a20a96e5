"""The application's icon: ``assets/icon/mnist-trainer.svg``, wherever the app runs from.

The same SVG is found in a source checkout (``assets/icon/``), in an installed
wheel (``gui/_assets/``, see ``[tool.hatch.build.targets.wheel.force-include]``)
and in the standalone app that ``tools/build_app.py`` builds (``assets/icon/``
inside the bundle, ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_NAME = "mnist-trainer.svg"


def icon_candidates() -> list[Path]:
    """Where the SVG may be, most specific first.

    Returns
    -------
    list of Path
        The wheel's copy inside the ``gui`` package, the checkout's (or the
        frozen bundle's) ``assets/icon`` beside the packages, and the frozen
        bundle's folder when it is known.
    """
    package_dir = Path(__file__).resolve().parent
    candidates = [
        package_dir / "_assets" / ICON_NAME,  # installed wheel
        package_dir.parent / "assets" / "icon" / ICON_NAME,  # checkout, frozen bundle
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "assets" / "icon" / ICON_NAME)
    return candidates


def icon_path() -> Path | None:
    """The first existing SVG among :func:`icon_candidates`, or None."""
    return next((path for path in icon_candidates() if path.is_file()), None)


def app_icon() -> QIcon:
    """The application and window icon (a null QIcon if the SVG is missing)."""
    path = icon_path()
    return QIcon(str(path)) if path is not None else QIcon()
