"""Test-wide settings: Qt draws offscreen, so the suite runs without a display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.blas import use_training_blas_threads

use_training_blas_threads()  # as the command line and the window do

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_data_folder(tmp_path, monkeypatch):
    """Runs saved by tests go to tmp_path, never to the user's data folder."""
    folder = tmp_path / "mnist-trainer-data"
    monkeypatch.setenv("MNIST_TRAINER_DATA", str(folder))
    return folder
