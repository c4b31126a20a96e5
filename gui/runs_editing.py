"""Renaming and deleting saved runs from the Runs panel.

Mixed into ``RunsWidget``. Both go through ``core.run_store``; deleting asks
first (a Yes/No box whose default is No), and what could not be done is said
below the table, naming the run. Their texts keep the ``RunsWidget``
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from core import run_store
from core.path_display import escape_controls
from core.phrase import message as error_message
from core.run_store import RunInfo, RunStoreError
from gui.core_text import shown as shown_text
from gui.runs_messages import delete_question

if TYPE_CHECKING:
    from gui.runs_widget import RunsWidget

__all__ = ["RunsEditing"]


class RunsEditing:
    """Rename the selected run, delete the selected runs (a mixin of ``RunsWidget``)."""

    def delete_confirmation(self: RunsWidget, question: str) -> QMessageBox:
        """The Yes/No box that asks ``question`` before deleting; **No** is its default."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("RunsWidget", "Delete runs"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("deleteRunsConfirmation")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box

    def _ask_yes_no(self: RunsWidget, question: str) -> bool:
        box = self.delete_confirmation(question)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()

    def rename_selected(self: RunsWidget, new_name: str) -> RunInfo | None:
        """Rename the one selected run; returns its new info, or None (see ``runsMessage``)."""
        runs = self.selected_runs()
        if len(runs) != 1:
            self._show_message(
                lambda: QCoreApplication.translate(
                    "RunsWidget", "Select exactly one run to rename."
                )
            )
            return None
        try:
            renamed = run_store.rename_run(runs[0], new_name)
        except (RunStoreError, OSError) as exc:
            name, problem = escape_controls(runs[0].name), error_message(exc)
            self._show_message(
                lambda: QCoreApplication.translate(
                    "RunsWidget", "Could not rename {name}: {problem}"
                ).format(name=name, problem=escape_controls(shown_text(problem)))
            )
            return None
        self.refresh()
        return renamed

    def delete_selected(self: RunsWidget) -> int:
        """Ask, then delete the selected runs; returns how many were deleted."""
        runs = self.selected_runs()
        if not runs or not self._confirm(delete_question(len(runs))):
            return 0
        errors: list[tuple[str, str]] = []
        for info in runs:
            try:
                run_store.delete_run(info, self._root)
            except (RunStoreError, OSError) as exc:
                errors.append((escape_controls(info.name), error_message(exc)))
        self.refresh()
        if errors:
            self._show_message(
                lambda: "\n".join(
                    QCoreApplication.translate(
                        "RunsWidget", "Could not delete {name}: {problem}"
                    ).format(name=name, problem=escape_controls(shown_text(problem)))
                    for name, problem in errors
                )
            )
        return len(runs) - len(errors)

    def _on_rename_clicked(self: RunsWidget) -> None:
        runs = self.selected_runs()
        if len(runs) != 1:
            return
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("RunsWidget", "Rename run"),
            QCoreApplication.translate("RunsWidget", "New name:"),
            text=runs[0].name,
        )
        if ok:
            self.rename_selected(name)
