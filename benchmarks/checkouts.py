"""Running a benchmark's child script in a checkout of MNIST Trainer (this one, or an older one).

Each measurement runs in a fresh interpreter of the checkout's own ``.venv``, with
its own data and settings folders (a temporary one), so two checkouts can be
compared side by side on the same machine. The child prints one line
``RESULT <fields...>``; ``run_child`` returns those fields.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

THIS_CHECKOUT = Path(__file__).resolve().parents[1]


def checkouts(other: Path | None) -> dict[str, Path]:
    """``{"this": this checkout}``, and ``"other"`` when another one is given."""
    repos = {"this": THIS_CHECKOUT}
    if other is not None:
        repos["other"] = other.resolve()
    return repos


def run_child(repo: Path, source: str, *args: object, timeout: float = 600) -> list[str]:
    """Run the Python ``source`` with ``args`` in ``repo``'s environment; its RESULT fields."""
    with tempfile.TemporaryDirectory() as home:
        script = Path(home) / "child.py"
        script.write_text(source)
        env = dict(os.environ, MNIST_TRAINER_DATA=home, XDG_CONFIG_HOME=home, PYTHONPATH=str(repo))
        out = subprocess.run(
            [str(repo / ".venv" / "bin" / "python"), str(script), *map(str, args)],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        ).stdout
    line = next(line for line in out.splitlines() if line.startswith("RESULT "))
    return line.split()[1:]
