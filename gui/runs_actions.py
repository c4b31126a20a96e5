"""The runs panel's actions: each a button, an entry of the table's menu and a key.

``RunsActions`` makes open, select race, rename, delete and refresh as actions
of the runs table (its context menu, and its keys while it has the focus: Enter
opens, F2 renames, Delete deletes, F5 refreshes) and a button for each; it sets
their texts in the current language (the ``RunsWidget`` translation context) and
enables them for the selected runs. What they do is ``RunsWidget``'s.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QTreeWidget

from core.run_store import RunInfo

__all__ = ["RunsActions"]

Slot = Callable[[], object]

# (text, tooltip) of each action, translated in ``retranslate``
_OPEN = (
    QT_TRANSLATE_NOOP("RunsWidget", "Open"),
    QT_TRANSLATE_NOOP(
        "RunsWidget", "Open the run's model: see it, read digits, or continue it (Enter)"
    ),
)
_RACE = (
    QT_TRANSLATE_NOOP("RunsWidget", "Select race"),
    QT_TRANSLATE_NOOP(
        "RunsWidget",
        "Select every contestant of the selected run's race, to draw them all over the plots",
    ),
)
_REFRESH = (
    QT_TRANSLATE_NOOP("RunsWidget", "Refresh"),
    QT_TRANSLATE_NOOP("RunsWidget", "List the runs folder again (F5)"),
)
_RENAME = (
    QT_TRANSLATE_NOOP("RunsWidget", "Rename…"),
    QT_TRANSLATE_NOOP("RunsWidget", "Rename the selected run (F2)"),
)
_DELETE = (
    QT_TRANSLATE_NOOP("RunsWidget", "Delete"),
    QT_TRANSLATE_NOOP("RunsWidget", "Delete the selected runs, after asking (Delete)"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunsWidget", text)


def _action(
    table: QTreeWidget, name: str, slot: Slot, *keys: str | QKeySequence.StandardKey
) -> QAction:
    """An action of the table: its context menu and its keys while it has the focus."""
    action = QAction(table)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: slot())
    table.addAction(action)
    return action


def _button(name: str, action: QAction) -> QPushButton:
    button = QPushButton(objectName=name)
    button.clicked.connect(action.trigger)
    return button


class RunsActions:
    """The runs table's actions and their buttons.

    Parameters
    ----------
    table : QTreeWidget
        The runs table: the actions are its children, in its context menu.
    open_run, select_race, rename, delete, refresh : callable
        What each action does, called without arguments.
    """

    def __init__(
        self,
        table: QTreeWidget,
        *,
        open_run: Slot,
        select_race: Slot,
        rename: Slot,
        delete: Slot,
        refresh: Slot,
    ) -> None:
        self.open_action = _action(table, "openRunAction", open_run, "Return", "Enter")
        self.race_action = _action(table, "selectRaceAction", select_race)
        self.rename_action = _action(table, "renameRunAction", rename, "F2")
        self.delete_action = _action(
            table, "deleteRunsAction", delete, QKeySequence.StandardKey.Delete
        )
        self.refresh_action = _action(
            table, "refreshRunsAction", refresh, QKeySequence.StandardKey.Refresh
        )
        self.open_button = _button("openRunButton", self.open_action)
        self.race_button = _button("selectRaceButton", self.race_action)
        self.refresh_button = _button("refreshRunsButton", self.refresh_action)
        self.rename_button = _button("renameRunButton", self.rename_action)
        self.delete_button = _button("deleteRunsButton", self.delete_action)
        self._buttons = {
            self.open_action: self.open_button,
            self.race_action: self.race_button,
            self.refresh_action: self.refresh_button,
            self.rename_action: self.rename_button,
            self.delete_action: self.delete_button,
        }

    def buttons(self) -> list[QPushButton]:
        """The buttons in the order of the layout (and of Tab)."""
        return [
            self.open_button,
            self.race_button,
            self.refresh_button,
            self.rename_button,
            self.delete_button,
        ]

    def retranslate(self) -> None:
        """Each action's and button's text, tooltip and accessible name in the current language."""
        texts = {
            self.open_action: _OPEN,
            self.race_action: _RACE,
            self.refresh_action: _REFRESH,
            self.rename_action: _RENAME,
            self.delete_action: _DELETE,
        }
        for action, words in texts.items():
            text, tip = (_tr(word) for word in words)
            button = self._buttons[action]
            action.setText(text)
            action.setToolTip(tip)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.rstrip("…"))

    def enable_for(self, runs: list[RunInfo]) -> None:
        """Enable what can be done to ``runs``, the selected runs."""
        one = len(runs) == 1
        for action, enabled in (
            (self.open_action, one),
            (self.rename_action, one),
            (self.delete_action, len(runs) >= 1),
            (self.race_action, any(info.group is not None for info in runs)),
        ):
            action.setEnabled(enabled)
            self._buttons[action].setEnabled(enabled)
