"""What the Runs panel says below its table, in the user's language.

The messages are worded by functions (context ``RunsWidget``) so that the panel
can word them again after a change of language. The problems ``core.run_store``
finds are ``core.phrase.Phrase`` objects, rendered in the same language
(``gui.core_text.shown``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.path_display import escape_controls, show_path
from core.run_store import RunInfo
from gui.core_text import shown as shown_text
from gui.run_rows import status_title

translate = QCoreApplication.translate


def folder_hint(root: Path | None) -> str:
    """Why the runs folder ``root`` lists no run, and what to do."""
    if root is None:
        return translate("RunsWidget", "No runs folder chosen yet.")
    shown = show_path(root)
    if not os.path.lexists(root):
        return translate(
            "RunsWidget", "{folder} does not exist yet: runs appear here once one is saved."
        ).format(folder=shown)
    if not root.is_dir():
        return translate(
            "RunsWidget",
            "{folder} is a file, not a folder: choose a folder for runs (File > Runs folder…).",
        ).format(folder=shown)
    try:
        os.listdir(root)
    except OSError as exc:
        reason = exc.strerror or escape_controls(str(exc))
        return translate(
            "RunsWidget", "{folder} cannot be read ({reason}): check its permissions."
        ).format(folder=shown, reason=reason)
    return translate(
        "RunsWidget", "No runs in {folder} yet: train a network and its run appears here."
    ).format(folder=shown)


def delete_question(count: int) -> str:
    """The question asked before deleting ``count`` runs."""
    if count == 1:
        return translate("RunsWidget", "Delete 1 run? This cannot be undone.")
    return translate("RunsWidget", "Delete {count} runs? This cannot be undone.").format(
        count=count
    )


def problems_text(runs: list[RunInfo], metrics: dict[str, object]) -> str:
    """What is wrong with the selected runs, one line each (empty if nothing).

    ``metrics`` maps a run folder (``str``) to its losses and epochs as read, or
    the exception that says why they could not be read.
    """
    lines = []
    for info in runs:
        name = escape_controls(info.name)
        if info.problem:
            lines.append(
                translate("RunsWidget", "{name} ({status}): {problem}").format(
                    name=name,
                    status=status_title(info.status),
                    problem=escape_controls(shown_text(info.problem)),
                )
            )
        read = metrics.get(str(info.path))
        if isinstance(read, Exception) or read is None:
            reason = shown_text(read) if read is not None else str(read)
            lines.append(
                translate("RunsWidget", "{name} is not overlaid: {reason}").format(
                    name=name, reason=escape_controls(reason)
                )
            )
    return "\n".join(lines)
