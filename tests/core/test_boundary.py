"""core/ is pure NumPy: importing every core module must not pull in Qt or gui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import core

CORE_MODULES = sorted(
    f"core.{path.stem}"
    for path in Path(core.__file__).parent.glob("*.py")
    if path.stem != "__init__"
)

BLOCKER = """
import importlib.abc, sys
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "gui")

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in FORBIDDEN:
            raise ImportError(f"core must not import {name}")
        return None

sys.meta_path.insert(0, Block())
for module in sys.argv[1:]:
    __import__(module)
print("ok", len(sys.argv) - 1)
"""


def test_core_modules_are_found():
    assert {"core.data", "core.network", "core.trainer", "core.functions"} <= set(CORE_MODULES)


def test_core_imports_no_qt_pyqtgraph_or_gui():
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, *CORE_MODULES], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(CORE_MODULES)}"


def test_the_blocker_does_block():
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, "pyqtgraph"], capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "core must not import pyqtgraph" in result.stderr
