"""Build hook: compile the interface's translations (``gui/translations/*.ts`` -> ``.qm``).

The ``.qm`` files are build outputs (not in git); this makes every wheel, and the
editable install that ``uv run`` makes, carry them. It runs ``pyside6-lrelease``
from the build environment (PySide6-Essentials is a build requirement).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        import PySide6

        lrelease = Path(PySide6.__file__).resolve().parent / "lrelease"
        folder = Path(self.root) / "gui" / "translations"
        for ts in sorted(folder.glob("*.ts")):
            subprocess.run(
                [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
            )
        build_data["artifacts"].append("gui/translations/*.qm")
