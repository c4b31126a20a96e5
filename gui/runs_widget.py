"""The saved runs of a runs folder as a sortable table: rename, delete, overlay.

Selecting runs emits ``overlay_changed`` with each run's losses and epochs, which
the main window draws over its loss and accuracy plots, and shows the problem of
a run that has one (``RunInfo.problem``) below the table. Everything on disk goes
through ``core.run_store``; this widget only shows it and forwards the user's intent.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
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
from core.run_store import RunInfo, RunStoreError
from gui.background import call_in_background
from gui.text_formats import format_duration

COLUMNS = ("Name", "Date", "Network", "Test acc", "Duration", "Status")
NAME, DATE, NETWORK, TEST_ACC, DURATION, STATUS = range(len(COLUMNS))
PATH_ROLE = Qt.ItemDataRole.UserRole  # str(run folder) on column 0
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a comparable key on every column
NO_FOLDER_HINT = "No runs folder chosen yet."
ELIDED_COLUMNS = (NAME, NETWORK)  # free text: capped in width, elided in the middle
WIDEST_ELIDED = 40  # characters an elided column shows at most before it elides

Overlay = tuple[RunInfo, np.ndarray, list[EpochEvent]]
Metrics = tuple[np.ndarray, list[EpochEvent]]


def _read_metrics(path: Path) -> Metrics | Exception:
    """A run's losses and epochs, or why they cannot be read (runs in a background thread)."""
    try:
        return run_store.load_run_metrics(path)
    except (RunStoreError, OSError) as exc:
        return exc


class _RunItem(QTreeWidgetItem):
    """A row that sorts by its ``SORT_ROLE`` keys (dates, numbers), not by its texts."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        return self.data(column, SORT_ROLE) < other.data(column, SORT_ROLE)


def _row_for(info: RunInfo) -> _RunItem:
    acc = info.final_test_acc
    name = escape_controls(info.name)  # a name from run.json may hold a line break
    shown = name
    if info.group is not None:  # a race's contestant: the race and what tells it apart
        shown = f"{name} ({escape_controls(info.group.name)}: {escape_controls(info.group.label)})"
    cells: list[tuple[str, Any]] = [
        (shown, name.casefold()),
        (info.created.strftime("%Y-%m-%d %H:%M"), info.created.timestamp()),
        (info.describe(), info.describe()),
        ("-" if acc is None else f"{acc:.4f}", -1.0 if acc is None else acc),
        (format_duration(info.duration_s), -1.0 if info.duration_s is None else info.duration_s),
        (info.status, info.status),
    ]
    item = _RunItem([text for text, _ in cells])
    for column, (_, key) in enumerate(cells):
        item.setData(column, SORT_ROLE, key)
    item.setData(NAME, PATH_ROLE, str(info.path))
    item.setToolTip(NAME, f"{name}\n{show_path(info.path)}")
    item.setToolTip(NETWORK, info.describe())
    if info.problem:
        item.setToolTip(STATUS, escape_controls(info.problem))
    if info.group is not None:
        item.setForeground(NAME, QColor(info.group.color))
    return item


class RunsWidget(QWidget):
    """Lists the runs in a folder, newest first; renames, deletes and overlays them.

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

        self.folder_label = QLabel()
        self.folder_label.setObjectName("runsFolderLabel")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTreeWidget()
        self.table.setObjectName("runsTable")
        self.table.setHeaderLabels(list(COLUMNS))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.message = QLabel()
        self.message.setObjectName("runsMessage")
        self.message.setWordWrap(True)
        self.refresh_button = self._button("refreshRunsButton", "Refresh", self.refresh)
        self.rename_button = self._button("renameRunButton", "Rename…", self._on_rename_clicked)
        self.delete_button = self._button("deleteRunsButton", "Delete", self._on_delete_clicked)
        self.open_button = self._button("openRunButton", "Open", self.open_selected)
        self.open_button.setToolTip("Open the run's model: see it, read digits, or continue it")
        self.race_button = self._button("selectRaceButton", "Select race", self.select_race)
        self.race_button.setToolTip(
            "Select every contestant of the selected run's race, to draw them all over the plots"
        )

        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.race_button,
            self.refresh_button,
            self.rename_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.set_root(root)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def delete_confirmation(self, question: str) -> QMessageBox:
        """The Yes/No box that asks ``question`` before deleting; **No** is its default."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete runs",
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
        text = show_path(self._root) if self._root is not None else "(no runs folder)"
        self.folder_label.setText(f"Runs folder: {text}")
        self.folder_label.setToolTip(text)
        self.refresh()

    def refresh(self) -> None:
        """List the runs again, keeping the selected runs selected where they still exist."""
        selected = {str(info.path) for info in self.selected_runs()}
        runs = run_store.list_runs(self._root) if self._root is not None else []
        self._runs = {str(info.path): info for info in runs}
        self._metrics.clear()
        with QSignalBlocker(self.table):
            self.table.clear()
            self.table.addTopLevelItems([_row_for(info) for info in runs])
            for item in self._items():
                item.setSelected(item.data(NAME, PATH_ROLE) in selected)
        self._fit_columns()
        self.message.setText(self._hint() if not runs else "")
        self._on_table_selection_changed()

    def _fit_columns(self) -> None:
        """Each column as wide as its contents; free-text columns capped, then elided."""
        widest = self.table.fontMetrics().horizontalAdvance("m" * WIDEST_ELIDED)
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)
            if column in ELIDED_COLUMNS and self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def _hint(self) -> str:
        if self._root is None:
            return NO_FOLDER_HINT
        shown = show_path(self._root)
        if not os.path.lexists(self._root):
            return f"{shown} does not exist yet: runs appear here once one is saved."
        if not self._root.is_dir():
            return (
                f"{shown} is a file, not a folder: choose a folder for runs (File > Runs folder…)."
            )
        try:
            os.listdir(self._root)
        except OSError as exc:
            reason = exc.strerror or escape_controls(str(exc))
            return f"{shown} cannot be read ({reason}): check its permissions."
        return f"No runs in {shown} yet: train a network and its run appears here."

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
            self.message.setText("Select exactly one run to rename.")
            return None
        try:
            renamed = run_store.rename_run(runs[0], new_name)
        except (RunStoreError, OSError) as exc:
            name, problem = escape_controls(runs[0].name), escape_controls(str(exc))
            self.message.setText(f"Could not rename {name}: {problem}")
            return None
        self.refresh()
        return renamed

    def delete_selected(self) -> int:
        """Ask, then delete the selected runs; returns how many were deleted."""
        runs = self.selected_runs()
        if not runs or not self._confirm(
            f"Delete {len(runs)} run{'s' if len(runs) != 1 else ''}? This cannot be undone."
        ):
            return 0
        errors = []
        for info in runs:
            try:
                run_store.delete_run(info, self._root)
            except (RunStoreError, OSError) as exc:
                name, problem = escape_controls(info.name), escape_controls(str(exc))
                errors.append(f"Could not delete {name}: {problem}")
        self.refresh()
        if errors:
            self.message.setText("\n".join(errors))
        return len(runs) - len(errors)

    def _on_rename_clicked(self) -> None:
        runs = self.selected_runs()
        if len(runs) != 1:
            return
        name, ok = QInputDialog.getText(self, "Rename run", "New name:", text=runs[0].name)
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
            self.message.setText(f"{name} has no saved model ({show_path(model)} is missing).")
            return
        self.open_requested.emit(model)

    def _on_delete_clicked(self) -> None:
        self.delete_selected()

    def _on_table_selection_changed(self) -> None:
        runs = self.selected_runs()
        self.rename_button.setEnabled(len(runs) == 1)
        self.delete_button.setEnabled(len(runs) >= 1)
        self.open_button.setEnabled(len(runs) == 1)
        self.race_button.setEnabled(any(info.group is not None for info in runs))
        missing = [info.path for info in runs if str(info.path) not in self._metrics]
        self._selection_version += 1
        if not missing:
            self._emit_overlays(runs)
            return
        # A long run's losses take a while to read: not on the GUI thread.
        version = self._selection_version
        self.message.setText("Reading the selected runs…")
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
        problems = []
        for info in runs:
            name = escape_controls(info.name)
            if info.problem:
                problems.append(f"{name} ({info.status}): {escape_controls(info.problem)}")
            metrics = self._metrics.get(str(info.path))
            if isinstance(metrics, Exception) or metrics is None:
                problems.append(f"{name} is not overlaid: {escape_controls(str(metrics))}")
                continue
            losses, epochs = metrics
            if len(losses) or epochs:  # an incomplete run may have nothing to draw
                overlays.append((info, losses, epochs))
        if problems or runs:
            self.message.setText("\n".join(problems))
        self.overlay_changed.emit(overlays)
