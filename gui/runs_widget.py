"""The saved runs of a runs folder as a sortable table: open, rename, delete, overlay.

Selecting runs emits ``overlay_changed`` with each run's losses and epochs, which
the main window draws over its loss and accuracy plots, and shows the problem of
a run that has one (``RunInfo.problem``) below the table. Everything on disk goes
through ``core.run_store``; this widget only shows it and forwards the user's intent.
Every action is a button, an entry of the table's context menu and a key while the
table has the focus (Enter opens, F2 renames, Delete deletes, F5 refreshes).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import run_store
from core.events import EpochEvent
from core.path_display import escape_controls, show_path
from core.phrase import message as error_message
from core.run_store import RunInfo, RunStoreError
from gui.background import call_in_background
from gui.core_text import shown as shown_text
from gui.elided_label import ElidedLabel
from gui.i18n import Retranslating
from gui.run_rows import (
    COLUMNS,
    DATE,
    DURATION,
    NAME,
    NETWORK,
    PATH_ROLE,
    STATUS,
    TEST_ACC,
    column_title,
    fill_texts,
    row_for,
)
from gui.runs_messages import delete_question, folder_hint, problems_text
from gui.text_formats import format_duration

__all__ = [
    "COLUMNS",
    "DATE",
    "DURATION",
    "ELIDED_COLUMNS",
    "NAME",
    "NETWORK",
    "STATUS",
    "TEST_ACC",
    "RunsWidget",
    "format_duration",
]

ELIDED_COLUMNS = (NAME, NETWORK)  # free text: capped in width, elided in the middle
WIDEST_ELIDED = 40  # characters an elided column shows at most before it elides
BUTTON_COLUMNS = 3  # the buttons in rows of three: the panel stays narrow

Overlay = tuple[RunInfo, np.ndarray, list[EpochEvent]]
Metrics = tuple[np.ndarray, list[EpochEvent]]


def _read_metrics(path: Path) -> Metrics | Exception:
    """A run's losses and epochs, or why they cannot be read (runs in a background thread)."""
    try:
        return run_store.load_run_metrics(path)
    except (RunStoreError, OSError) as exc:
        return exc


class RunsWidget(Retranslating, QWidget):
    """Lists the runs in a folder, newest first; opens, renames, deletes and overlays them.

    Parameters
    ----------
    parent : QWidget, optional
        The Qt parent.
    root : Path, optional
        The runs folder; can be set later with ``set_root``.
    confirm : callable, optional
        ``confirm(question) -> bool`` asks the user before deleting; the default
        is the Yes/No box of ``delete_confirmation``, whose default button is No.

    Signals
    -------
    overlay_changed(list)
        The selection changed: one ``(RunInfo, losses (N,) float, epochs list[EpochEvent])``
        per selected run whose metrics could be read.
    """

    overlay_changed = Signal(list)
    open_requested = Signal(object)  # the model file (Path) of the run to open and resume

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        root: Path | None = None,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runsPanel")
        self._root: Path | None = None
        self._confirm = confirm or self._ask_yes_no
        self._runs: dict[str, RunInfo] = {}
        self._metrics: dict[str, Metrics | Exception] = {}  # read once per listing
        self._selection_version = 0
        self._reading = 0  # background reads not back yet
        self._message: Callable[[], str] = str  # words the message again in a new language

        self.folder_label = ElidedLabel()
        self.folder_label.setObjectName("runsFolderLabel")
        self.table = QTreeWidget()
        self.table.setObjectName("runsTable")
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.message = ElidedLabel(min_lines=2)
        self.message.setObjectName("runsMessage")
        self.open_action = self._action("openRunAction", self.open_selected, "Return", "Enter")
        self.race_action = self._action("selectRaceAction", self.select_race)
        self.rename_action = self._action("renameRunAction", self._on_rename_clicked, "F2")
        self.delete_action = self._action(
            "deleteRunsAction", self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.refresh_action = self._action(
            "refreshRunsAction", self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.open_button = self._button("openRunButton", self.open_action)
        self.race_button = self._button("selectRaceButton", self.race_action)
        self.refresh_button = self._button("refreshRunsButton", self.refresh_action)
        self.rename_button = self._button("renameRunButton", self.rename_action)
        self.delete_button = self._button("deleteRunsButton", self.delete_action)
        self._buttons = {
            self.open_action: self.open_button,
            self.race_action: self.race_button,
            self.refresh_action: self.refresh_button,
            self.rename_action: self.rename_button,
            self.delete_action: self.delete_button,
        }
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.open_selected())

        buttons = QGridLayout()
        for index, button in enumerate(self.buttons()):
            buttons.addWidget(button, *divmod(index, BUTTON_COLUMNS))
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.set_root(root)
        self.retranslate()

    def buttons(self) -> list[QPushButton]:
        """The buttons in the order of the layout (and of Tab)."""
        return [
            self.open_button,
            self.race_button,
            self.refresh_button,
            self.rename_button,
            self.delete_button,
        ]

    def _action(
        self, name: str, slot: Callable[[], object], *keys: str | QKeySequence.StandardKey
    ) -> QAction:
        """An action of the table: its context menu and its keys while it has the focus."""
        action = QAction(self.table)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: slot())
        self.table.addAction(action)
        return action

    def _button(self, name: str, action: QAction) -> QPushButton:
        button = QPushButton(objectName=name)
        button.clicked.connect(action.trigger)
        return button

    def retranslate(self) -> None:
        """Set every text in the current language: headers, buttons, menu, rows, messages."""
        self.table.setHeaderLabels([column_title(column) for column in range(len(COLUMNS))])
        self.table.setToolTip(
            self.tr(
                "The saved runs; select some to draw their curves over the plots. "
                "Enter opens, F2 renames, Delete deletes, F5 refreshes; right-click or "
                "the Menu key for more"
            )
        )
        self.table.setAccessibleName(self.tr("Saved runs"))
        texts = {
            self.open_action: (
                self.tr("Open"),
                self.tr("Open the run's model: see it, read digits, or continue it (Enter)"),
            ),
            self.race_action: (
                self.tr("Select race"),
                self.tr(
                    "Select every contestant of the selected run's race, to draw them all "
                    "over the plots"
                ),
            ),
            self.refresh_action: (self.tr("Refresh"), self.tr("List the runs folder again (F5)")),
            self.rename_action: (self.tr("Rename…"), self.tr("Rename the selected run (F2)")),
            self.delete_action: (
                self.tr("Delete"),
                self.tr("Delete the selected runs, after asking (Delete)"),
            ),
        }
        for action, (text, tip) in texts.items():
            button = self._buttons[action]
            action.setText(text)
            action.setToolTip(tip)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.rstrip("…"))
        self._show_folder()
        for item in self._items():
            info = self._runs.get(item.data(NAME, PATH_ROLE))
            if info is not None:
                fill_texts(item, info)
        self._fit_columns()  # the headers and statuses have new widths
        self.message.setText(self._message())

    def _show_message(self, make: Callable[[], str]) -> None:
        """Show ``make()`` below the table, and again after a change of language."""
        self._message = make
        self.message.setText(make())

    def delete_confirmation(self, question: str) -> QMessageBox:
        """The Yes/No box that asks ``question`` before deleting; **No** is its default."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete runs"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("deleteRunsConfirmation")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box

    def _ask_yes_no(self, question: str) -> bool:
        box = self.delete_confirmation(question)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()

    @property
    def reading(self) -> bool:
        """True while the selected runs' curves are being read in the background."""
        return self._reading > 0

    @property
    def root(self) -> Path | None:
        """The runs folder shown, or None."""
        return self._root

    def set_root(self, root: Path | None) -> None:
        """Show the runs in ``root`` (None: no folder, an empty table)."""
        self._root = None if root is None else Path(root)
        self._show_folder()
        self.refresh()

    def _show_folder(self) -> None:
        shown = self.tr("(no runs folder)") if self._root is None else show_path(self._root)
        self.folder_label.setText(self.tr("Runs folder: {folder}").format(folder=shown))
        self.folder_label.setToolTip(shown)  # the whole path, however narrow the panel
        self.folder_label.setAccessibleName(self.folder_label.text())

    def refresh(self) -> None:
        """List the runs again, keeping the selected runs selected where they still exist."""
        selected = {str(info.path) for info in self.selected_runs()}
        runs = run_store.list_runs(self._root) if self._root is not None else []
        self._runs = {str(info.path): info for info in runs}
        self._metrics.clear()
        with QSignalBlocker(self.table):
            self.table.clear()
            self.table.addTopLevelItems([row_for(info) for info in runs])
            for item in self._items():
                item.setSelected(item.data(NAME, PATH_ROLE) in selected)
        self._fit_columns()
        self._show_message((lambda: folder_hint(self._root)) if not runs else str)
        self._on_table_selection_changed()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents; free-text columns capped, then elided."""
        widest = self.table.fontMetrics().horizontalAdvance("m" * WIDEST_ELIDED)
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)
            if column in ELIDED_COLUMNS and self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]

    def selected_runs(self) -> list[RunInfo]:
        """The selected runs, in the table's order."""
        paths = [item.data(NAME, PATH_ROLE) for item in self._items() if item.isSelected()]
        return [self._runs[path] for path in paths if path in self._runs]

    def rename_selected(self, new_name: str) -> RunInfo | None:
        """Rename the one selected run; returns its new info, or None (see ``runsMessage``)."""
        runs = self.selected_runs()
        if len(runs) != 1:
            self._show_message(lambda: self.tr("Select exactly one run to rename."))
            return None
        try:
            renamed = run_store.rename_run(runs[0], new_name)
        except (RunStoreError, OSError) as exc:
            name, problem = escape_controls(runs[0].name), error_message(exc)
            self._show_message(
                lambda: self.tr("Could not rename {name}: {problem}").format(
                    name=name, problem=escape_controls(shown_text(problem))
                )
            )
            return None
        self.refresh()
        return renamed

    def delete_selected(self) -> int:
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
                    self.tr("Could not delete {name}: {problem}").format(
                        name=name, problem=escape_controls(shown_text(problem))
                    )
                    for name, problem in errors
                )
            )
        return len(runs) - len(errors)

    def _on_rename_clicked(self) -> None:
        runs = self.selected_runs()
        if len(runs) != 1:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename run"), self.tr("New name:"), text=runs[0].name
        )
        if ok:
            self.rename_selected(name)

    def select_race(self) -> None:
        """Select every run of the races the selected runs are contestants of."""
        groups = {info.group.id for info in self.selected_runs() if info.group is not None}
        if not groups:
            return
        with QSignalBlocker(self.table):
            for item in self._items():
                info = self._runs.get(item.data(NAME, PATH_ROLE))
                item.setSelected(
                    info is not None and info.group is not None and info.group.id in groups
                )
        self._on_table_selection_changed()

    def open_selected(self) -> None:
        """Ask to open the model of the one selected run (``open_requested``)."""
        runs = self.selected_runs()
        if len(runs) != 1:
            return
        model = runs[0].path / "model.npz"
        if not model.is_file():
            name = escape_controls(runs[0].name)
            self._show_message(
                lambda: self.tr("{name} has no saved model ({file} is missing).").format(
                    name=name, file=show_path(model)
                )
            )
            return
        self.open_requested.emit(model)

    def _on_table_selection_changed(self) -> None:
        runs = self.selected_runs()
        one = len(runs) == 1
        for action, enabled in (
            (self.open_action, one),
            (self.rename_action, one),
            (self.delete_action, len(runs) >= 1),
            (self.race_action, any(info.group is not None for info in runs)),
        ):
            action.setEnabled(enabled)
            self._buttons[action].setEnabled(enabled)
        missing = [info.path for info in runs if str(info.path) not in self._metrics]
        self._selection_version += 1
        if not missing:
            self._emit_overlays(runs)
            return
        # A long run's losses take a while to read: not on the GUI thread.
        version = self._selection_version
        self._show_message(lambda: self.tr("Reading the selected runs…"))
        self._reading += 1
        call_in_background(
            lambda: {str(path): _read_metrics(path) for path in missing},
            lambda read, error: self._on_metrics_read(version, read, error),
            "read-runs",
        )

    def _on_metrics_read(
        self, version: int, read: dict[str, Metrics | Exception] | None, error: object
    ) -> None:
        self._reading -= 1
        if read is not None:
            self._metrics.update(read)
        if version == self._selection_version:  # the selection has not changed since
            self._emit_overlays(self.selected_runs())

    def _emit_overlays(self, runs: list[RunInfo]) -> None:
        overlays: list[Overlay] = []
        for info in runs:
            metrics = self._metrics.get(str(info.path))
            if isinstance(metrics, Exception) or metrics is None:
                continue
            losses, epochs = metrics
            if len(losses) or epochs:  # an incomplete run may have nothing to draw
                overlays.append((info, losses, epochs))
        if runs:
            self._show_message(lambda: problems_text(runs, self._metrics))
        self.overlay_changed.emit(overlays)
