"""Entry point of the standalone app that ``tools/build_app.py`` builds with PyInstaller.

It does what the ``mnist-trainer`` console script (``gui.app:main``) does: no
arguments open the window, ``train ...`` and the other subcommands run the
command line. ``freeze_support`` comes first: the training process and the race's
workers are started with ``spawn``, which runs this same executable again.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from gui.app import main

    sys.exit(main())
