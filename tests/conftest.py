"""Test-wide settings: Qt draws offscreen, so the suite runs without a display."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.blas import use_training_blas_threads

use_training_blas_threads()  # as the command line and the window do

REPO_ROOT = Path(__file__).resolve().parents[1]
