"""The application icon is found in a checkout, a wheel and a frozen bundle, and draws."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from gui import app_icon as app_icon_module
from gui.app_icon import ICON_NAME, app_icon, icon_candidates, icon_path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_icon_is_found_in_the_checkout():
    assert icon_path() == REPO_ROOT / "assets" / "icon" / ICON_NAME


def test_icon_draws_at_small_and_large_sizes(qapp):
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        image = icon.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # a rounded, transparent corner
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_missing_icon_gives_a_null_icon(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(app_icon_module, "icon_candidates", lambda: [tmp_path / ICON_NAME])
    assert icon_path() is None
    assert app_icon().isNull()


def test_the_wheel_ships_the_icon_where_app_icon_looks():
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    in_wheel = mapping[f"assets/icon/{ICON_NAME}"]
    wheel_candidate = icon_candidates()[0]
    assert wheel_candidate == REPO_ROOT / in_wheel


def test_a_frozen_bundle_is_searched(monkeypatch, tmp_path):
    bundled = tmp_path / "assets" / "icon" / ICON_NAME
    bundled.parent.mkdir(parents=True)
    shutil.copy2(REPO_ROOT / "assets" / "icon" / ICON_NAME, bundled)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundled in icon_candidates()


WINDOW_SCRIPT = """
from PySide6.QtWidgets import QApplication
from gui.app import run_window
status = run_window([])
app = QApplication.instance()
print(status, app.windowIcon().isNull(), app.desktopFileName())
"""


def test_the_window_gets_the_icon_and_quits_when_asked(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MNIST_TRAINER_QUIT_AFTER_MS": "0"}
    env["HOME"] = env["XDG_CONFIG_HOME"] = str(tmp_path)  # the window's settings
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split()[-3:] == ["0", "False", "mnist-trainer"]
